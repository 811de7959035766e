import { StreefwaardeSoort } from '../../src/indicatoren/indicator.entity';
import { AfspraakType, Doelgroep, Volwassenheid } from '../../src/overeenkomsten/afspraak-type';
import { BeschrijvendSoort } from '../../src/overeenkomsten/afspraak-details';
import { OnderdeelSoort } from '../../src/overeenkomsten/onderdeel.entity';
import { DeelnemerRol, InstrumentSoort } from '../../src/overeenkomsten/overeenkomst.entity';
import { STANDAARD_THEMAS } from '../../src/overeenkomsten/themas.service';
import { PartijSoort } from '../../src/partijen/partij.entity';
import type { DemoAfspraak, DemoData, DemoDetails } from '../../src/demo/demo-types';

const OPGAVEN = STANDAARD_THEMAS.flatMap((d) => d.opgaven);
const TYPES = Object.values(AfspraakType);

function details(type: AfspraakType, i: number): DemoDetails {
  switch (type) {
    case AfspraakType.PROCES:
      return {
        proces: {
          overlegvorm: 'Regietafel',
          frequentie: '4x per jaar',
          deelnemers: ['gemeente', 'corporatie', 'huurders'],
        },
      };
    case AfspraakType.BESCHRIJVEND:
      return {
        beschrijvend: { soort: BeschrijvendSoort.UITGANGSPUNT, omschrijving: `Uitgangspunt ${i}` },
      };
    case AfspraakType.INTENTIE:
      return {
        intentie: {
          voorwaarde: `Als locatie ${i} vrijkomt`,
          gevolg: 'dan onderzoeken partijen transformatie',
        },
      };
    case AfspraakType.HANDELING:
      return {
        handeling: {
          activiteiten: [
            { wat: `Activiteit ${i}a`, partijen: ['corporatie'], wanneer: 'Q1' },
            { wat: `Activiteit ${i}b`, partijen: ['zorg', 'gemeente'], wanneer: 'Q3' },
          ],
        },
      };
    case AfspraakType.GARANTIE:
      return {
        garantie: {
          garantstellers: ['gemeente', 'corporatie'],
          wat: `Garantie ${i}`,
          geldigTot: '2029-12-31',
        },
      };
    case AfspraakType.TRANSACTIE:
      return {
        transactie: {
          posten: [
            { partij: 'corporatie', levert: 'Woningen', ontvangt: 'Grond' },
            { partij: 'gemeente', levert: 'Grond', ontvangt: 'Woningen' },
            { partij: 'zorg', levert: 'Begeleiding', ontvangt: 'Huisvesting' },
          ],
        },
      };
  }
}

/**
 * An agreement of any size with every kind of nested data, for the N+1 test and the benchmark.
 * Partij names carry `tag`, so several can live in one database.
 */
export function generatedAgreement(
  tag: string,
  size: { afspraken: number; indicatoren: number },
): DemoData {
  const jaren = [2026, 2027, 2028, 2029];
  const afspraken: DemoAfspraak[] = Array.from({ length: size.afspraken }, (_, i) => ({
    key: `a${i}`,
    onderdeel: i % 5 === 4 ? 'bijlage' : 'hoofd',
    titel: `Afspraak ${i + 1}`,
    type: TYPES[i % TYPES.length]!,
    thema: OPGAVEN[i % OPGAVEN.length]!,
    trekker: i % 2 ? 'corporatie' : 'gemeente',
    tekst: `De partijen spreken af dat ${i + 1} dingen gebeuren. `.repeat(3),
    volwassenheid: Volwassenheid.SMART,
    voorwaarden: ['mits financieel haalbaar'],
    doelgroepen: [Doelgroep.OUDEREN, Doelgroep.URGENTEN],
    betrokkenen: [
      { partij: 'corporatie', bijdrage: 'Bouwt', kostenaandeel: 60 },
      { partij: 'gemeente', bijdrage: 'Grond', kostenaandeel: 40 },
    ],
    jaren: jaren.map((jaar) => ({ jaar, concretisering: `In ${jaar}: stap ${i}` })),
    details: details(TYPES[i % TYPES.length]!, i),
  }));
  return {
    partijen: [
      { key: 'gemeente', naam: `Gemeente ${tag}`, soort: PartijSoort.GEMEENTE },
      { key: 'corporatie', naam: `Corporatie ${tag}`, soort: PartijSoort.WONINGCORPORATIE },
      { key: 'huurders', naam: `Huurders ${tag}`, soort: PartijSoort.HUURDERSORGANISATIE },
      { key: 'zorg', naam: `Zorg ${tag}`, soort: PartijSoort.ZORGAANBIEDER },
    ],
    overeenkomst: {
      titel: `Prestatieafspraken ${tag} 2026–2029`,
      startjaar: 2026,
      eindjaar: 2029,
      preambule: 'Overwegingen',
      gemeenten: ['gemeente'],
      deelnemers: [
        { partij: 'corporatie', rol: DeelnemerRol.ONDERTEKENAAR },
        { partij: 'huurders', rol: DeelnemerRol.ONDERTEKENAAR },
        { partij: 'zorg', rol: DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE },
      ],
      referenties: [{ soort: InstrumentSoort.WOONVISIE, titel: 'Woonvisie' }],
    },
    onderdelen: [
      {
        key: 'hoofd',
        soort: OnderdeelSoort.HOOFDDOCUMENT,
        titel: 'Hoofddocument',
        ondertekenaars: ['gemeente', 'corporatie', 'huurders'],
      },
      {
        key: 'bijlage',
        soort: OnderdeelSoort.BIJLAGE,
        titel: 'Bijlage wonen en zorg',
        ondertekenaars: ['gemeente', 'corporatie', 'huurders', 'zorg'],
      },
    ],
    afspraken,
    indicatoren: Array.from({ length: size.indicatoren }, (_, i) => ({
      naam: `Indicator ${String(i + 1).padStart(3, '0')}`,
      eenheid: 'woningen',
      definitie: 'Definitie',
      definitieBron: 'BZK 2023',
      nulmeting: { waarde: 100 + i, jaar: 2025 },
      afspraken: size.afspraken ? [`a${i % size.afspraken}`, `a${(i * 7) % size.afspraken}`] : [],
      streefwaarden: jaren.map((jaar, j) =>
        j % 2
          ? { jaar, soort: StreefwaardeSoort.BANDBREEDTE, min: 100 + j, max: 120 + j }
          : { jaar, soort: StreefwaardeSoort.EXACT, waarde: 110 + j },
      ),
      realisaties: jaren.map((jaar, j) => ({
        jaar,
        waarde: 105 + j,
        bron: 'Monitor',
        toelichting: '',
      })),
    })),
  };
}
