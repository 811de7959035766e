import { PartijSoort } from '../partijen/partij.entity';
import { DeelnemerRol, InstrumentSoort } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { AfspraakType, Volwassenheid } from '../overeenkomsten/afspraak-type';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import type { DemoData } from './demo-types';

/** Fictitious gemeente Vlietdam; PLACEHOLDER until the full demo is written. */
export const DEMO: DemoData = {
  partijen: [
    { key: 'gemeente', naam: 'Gemeente Vlietdam', soort: PartijSoort.GEMEENTE, regio: 'Zuid-Holland' },
    { key: 'corpA', naam: 'Woonstichting De Vliet', soort: PartijSoort.WONINGCORPORATIE },
    { key: 'huurdersA', naam: 'Huurdersvereniging De Vliet', soort: PartijSoort.HUURDERSORGANISATIE },
  ],
  overeenkomst: {
    titel: 'Prestatieafspraken Vlietdam 2026–2029',
    startjaar: 2026,
    eindjaar: 2029,
    preambule: 'Overwegingen.',
    gemeenten: ['gemeente'],
    deelnemers: [
      { partij: 'corpA', rol: DeelnemerRol.ONDERTEKENAAR },
      { partij: 'huurdersA', rol: DeelnemerRol.ONDERTEKENAAR },
    ],
    referenties: [{ soort: InstrumentSoort.WOONVISIE, titel: 'Woonvisie Vlietdam 2025–2030' }],
  },
  onderdelen: [
    { key: 'hoofd', soort: OnderdeelSoort.HOOFDDOCUMENT, titel: 'Hoofddocument', ondertekenaars: ['gemeente', 'corpA', 'huurdersA'] },
  ],
  afspraken: [
    {
      key: 'a1',
      onderdeel: 'hoofd',
      titel: 'Garantie toegankelijke woningen',
      type: AfspraakType.GARANTIE,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'corpA',
      tekst: 'De corporatie houdt ten minste 1.661 toegankelijke woningen in bezit.',
      volwassenheid: Volwassenheid.SMART,
      jaren: [{ jaar: 2026 }],
      details: { garantie: { garantstellers: ['corpA'], wat: 'Ten minste 1.661 toegankelijke sociale huurwoningen' } },
    },
  ],
  indicatoren: [
    {
      naam: 'Nultredenwoningen',
      eenheid: 'woningen',
      definitie: 'Woning zonder traptreden tussen voordeur, woonkamer, keuken, badkamer en slaapkamer',
      definitieBron: 'BZK 2023',
      nulmeting: { waarde: 1661, jaar: 2025 },
      afspraken: ['a1'],
      streefwaarden: [{ jaar: 2026, soort: StreefwaardeSoort.BANDBREEDTE, min: 1661, max: 1700 }],
      realisaties: [{ jaar: 2026, waarde: 1670, bron: 'Jaarverslag 2026' }],
    },
  ],
};
