import { PartijSoort } from '../partijen/partij.entity';
import { DeelnemerRol, InstrumentSoort } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { AfspraakType, Doelgroep, Volwassenheid } from '../overeenkomsten/afspraak-type';
import { LidRol } from '../partijen/lidmaatschap.entity';
import { NormEenheid, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { IndicatorRichting } from '../indicatoren/richting';
import type { DemoData } from './demo-types';

/*
 * The third demo agreement: the fictitious gemeente Zandmeer (Gelderland, outside the region of
 * the other two, so the regional view of Zuid-Holland is unchanged) signed its 2025–2028
 * prestatieafspraken on paper in December 2024 and started using Driehoek afterwards. The
 * hoofddocument is recorded as signed outside Driehoek, so its jaarcyclus carries on from the
 * paper signing. All names and numbers are made up.
 */

const DRIEHOEK = ['gemeente', 'corporatie', 'huurders'];

export const DEMO_ZANDMEER_TITEL = 'Prestatieafspraken Zandmeer 2025–2028';

export const DEMO_ZANDMEER: DemoData = {
  partijen: [
    {
      key: 'gemeente',
      naam: 'Gemeente Zandmeer',
      soort: PartijSoort.GEMEENTE,
      regio: 'Gelderland',
      statutaireNaam: 'Gemeente Zandmeer',
      vestigingsplaats: 'Zandmeer',
      kvkNummer: '27411872',
      vertegenwoordiger: 'J. (Jeroen) van Dijk',
      vertegenwoordigerFunctie: 'wethouder Wonen',
    },
    {
      key: 'corporatie',
      naam: 'Woonstichting Zandmeer',
      soort: PartijSoort.WONINGCORPORATIE,
      regio: 'Gelderland',
      statutaireNaam: 'Woonstichting Zandmeer',
      vestigingsplaats: 'Zandmeer',
      kvkNummer: '09047713',
      vertegenwoordiger: 'M. (Marleen) Smit',
      vertegenwoordigerFunctie: 'directeur-bestuurder',
    },
    {
      key: 'huurders',
      naam: 'Huurdersvereniging Het Zandmeer',
      soort: PartijSoort.HUURDERSORGANISATIE,
      regio: 'Gelderland',
      statutaireNaam: 'Huurdersvereniging Het Zandmeer',
      vestigingsplaats: 'Zandmeer',
      kvkNummer: '40120358',
      vertegenwoordiger: 'A. (Ahmed) Yilmaz',
      vertegenwoordigerFunctie: 'voorzitter',
    },
  ],

  gebruikers: [
    {
      email: 'gemeente-zandmeer@demo.driehoek.nl',
      naam: 'Ilse Brouwer',
      partij: 'gemeente',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'corporatie-zandmeer@demo.driehoek.nl',
      naam: 'Ruben Hoekstra',
      partij: 'corporatie',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'huurders-zandmeer@demo.driehoek.nl',
      naam: 'Fatima El Idrissi',
      partij: 'huurders',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
  ],

  overeenkomst: {
    titel: DEMO_ZANDMEER_TITEL,
    startjaar: 2025,
    eindjaar: 2028,
    preambule: [
      'Gemeente Zandmeer, Woonstichting Zandmeer en Huurdersvereniging Het Zandmeer maken op grond van ' +
        'artikel 44 van de Woningwet prestatieafspraken voor de jaren 2025 tot en met 2028.',
      'Partijen hebben deze afspraken op 12 december 2024 op papier ondertekend. Sinds 2026 werken zij ' +
        'de jaarschijven, de verantwoording en de evaluatie in Driehoek uit; het ondertekende hoofddocument ' +
        'is daarin als buiten Driehoek ondertekend vastgelegd.',
    ].join('\n\n'),
    gemeenten: ['gemeente'],
    deelnemers: [
      { partij: 'gemeente', rol: DeelnemerRol.ONDERTEKENAAR, regie: true },
      { partij: 'corporatie', rol: DeelnemerRol.ONDERTEKENAAR },
      { partij: 'huurders', rol: DeelnemerRol.ONDERTEKENAAR },
    ],
    referenties: [
      {
        soort: InstrumentSoort.WOONZORGVISIE,
        titel: 'Woonzorgvisie Zandmeer 2024–2030',
      },
    ],
  },

  onderdelen: [
    {
      key: 'hoofd',
      soort: OnderdeelSoort.HOOFDDOCUMENT,
      titel: 'Hoofddocument',
      ondertekenaars: DRIEHOEK,
    },
  ],

  afspraken: [
    {
      key: 'zandmeer-overleg',
      onderdeel: 'hoofd',
      titel: 'Jaarlijks bod en bestuurlijk overleg',
      type: AfspraakType.PROCES,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'gemeente',
      tekst:
        'Woonstichting Zandmeer doet voor 1 juli een bod op de volkshuisvestelijke opgave van het ' +
        'volgende jaar. Partijen bespreken het bod en de voortgang twee keer per jaar bestuurlijk.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.ALLE_HUURDERS],
      betrokkenen: [
        { partij: 'corporatie', bijdrage: 'Doet voor 1 juli het bod voor het volgende jaar' },
        { partij: 'huurders', bijdrage: 'Geeft een zienswijze op het bod' },
      ],
      jaren: [2025, 2026, 2027, 2028].map((jaar) => ({ jaar })),
      details: {
        proces: {
          overlegvorm: 'Bestuurlijk overleg lokale driehoek',
          frequentie: '2x per jaar (voorjaar en najaar)',
          deelnemers: DRIEHOEK,
        },
      },
    },
    {
      key: 'zandmeer-huurbeleid',
      onderdeel: 'hoofd',
      titel: 'Gematigde huurverhoging voor huishoudens met een laag inkomen',
      type: AfspraakType.INTENTIE,
      thema: 'Betaalbaarheid',
      trekker: 'corporatie',
      tekst:
        'Woonstichting Zandmeer spant zich in de huur van huishoudens met een inkomen onder de ' +
        'huurtoeslaggrens niet meer te verhogen dan de inflatie.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      doelgroepen: [Doelgroep.ALLE_HUURDERS],
      betrokkenen: [{ partij: 'huurders', bijdrage: 'Adviseert over het jaarlijkse huurvoorstel' }],
      jaren: [2025, 2026, 2027, 2028].map((jaar) => ({ jaar })),
      details: {
        intentie: {
          voorwaarde: 'Als de financiële positie van de woonstichting het toelaat',
          gevolg: 'Dan blijft de huurverhoging voor lage inkomens op of onder de inflatie',
        },
      },
    },
    {
      key: 'zandmeer-aanpassingen',
      onderdeel: 'hoofd',
      titel: 'Woningaanpassingen voor ouderen die willen blijven wonen',
      type: AfspraakType.HANDELING,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'corporatie',
      tekst:
        'Woonstichting Zandmeer past elk jaar meer dan 20 woningen van oudere huurders aan (drempels, ' +
        'douche, traplift), binnen 12 weken na de aanvraag. De gemeente betaalt een ergotherapeut die ' +
        'de huurders adviseert.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN],
      betrokkenen: [{ partij: 'gemeente', bijdrage: 'Betaalt het advies van de ergotherapeut' }],
      jaren: [2025, 2026, 2027, 2028].map((jaar) => ({ jaar })),
      // The corporatie's own promise, in numbers: more than 20 a year.
      normen: [
        {
          onderwerp: 'Aangepaste woningen van oudere huurders per jaar',
          vergelijking: NormVergelijking.MEER_DAN,
          waarde: 20,
          eenheid: NormEenheid.WONINGEN,
          partij: 'corporatie',
        },
      ],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Woningen op aanvraag aanpassen',
              partijen: ['corporatie'],
              wanneer: 'doorlopend',
            },
            { wat: 'Advies door een ergotherapeut', partijen: ['gemeente'], wanneer: 'doorlopend' },
          ],
        },
      },
    },
  ],

  indicatoren: [
    {
      naam: 'Doorlooptijd van een woningaanpassing',
      eenheid: 'weken',
      definitie:
        'Gemiddeld aantal weken tussen de aanvraag van een woningaanpassing door een oudere huurder en ' +
        'de oplevering, over de aanpassingen die in het jaar zijn opgeleverd.',
      definitieBron: 'Registratie woningaanpassingen Woonstichting Zandmeer',
      nulmeting: { waarde: 16, jaar: 2024 },
      richting: IndicatorRichting.LAGER_IS_BETER,
      afspraken: ['zandmeer-aanpassingen'],
      // "Binnen 12 weken": an open bandwidth upwards.
      streefwaarden: [2025, 2026, 2027, 2028].map((jaar) => ({
        jaar,
        soort: StreefwaardeSoort.MAXIMAAL,
        max: 12,
      })),
      realisaties: [
        { jaar: 2025, waarde: 13, bron: 'Jaarverslag Woonstichting Zandmeer 2025' },
        {
          jaar: 2026,
          waarde: 11,
          bron: 'Registratie woningaanpassingen, stand 1 december 2026',
          toelichting: 'Tussenstand: de aanpassingen van december tellen nog niet mee.',
          tussenstand: true,
        },
      ],
    },
  ],

  buitenDriehoekOndertekend: {
    onderdeel: 'hoofd',
    datum: '2024-12-12',
    ondertekenaars: [
      { partij: 'gemeente', naam: 'J. (Jeroen) van Dijk', functie: 'wethouder Wonen' },
      { partij: 'corporatie', naam: 'M. (Marleen) Smit', functie: 'directeur-bestuurder' },
      { partij: 'huurders', naam: 'A. (Ahmed) Yilmaz', functie: 'voorzitter' },
    ],
    bestandsnaam: 'Prestatieafspraken Zandmeer 2025-2028 ondertekend.pdf',
  },
};
