import type { BedragInput } from '../overeenkomsten/afspraak-bedragen';
import { BedragFrequentie } from '../overeenkomsten/financieel-overzicht';
import type { PartijKey } from './demo-types';

/*
 * The money in the demo afspraken, by the afspraak's key (Vlietdam, Rietwijk and Zandmeer have no
 * key in common): what their texts and betrokkenen say in words, now also as amounts. Kept apart from
 * demo-data.ts so the amounts read as one financial picture.
 *
 * The kinds of amounts come from the seeds: a yearly municipal budget for residents' initiatives
 * and a one-off contribution to the onrendabele top of a meeting room (seed 003, "Budget van x
 * euro voor burgerinitiatieven", "Afspraken over financiering ontmoetingsruimte"), corporaties
 * paying their share of a joint approach with a split (seed 002, "Neem in de prestatieafspraken ook
 * op wie welke kosten voor zijn rekening neemt"), the gemeente paying a yearly sum to the
 * corporaties (seed 002, "Zoetermeer koopt jaarlijks het onderhoud van deuropeners af bij de
 * woningcorporaties") and a total over the period (seed 001, "voor de periode 2023-2027 in totaal
 * 5 miljoen euro").
 */

export interface DemoBedrag extends Omit<BedragInput, 'betalers' | 'ontvangerIds'> {
  betalers: { partij: PartijKey; centen?: number; percentage?: number }[];
  ontvangers?: PartijKey[];
}

const euro = (bedrag: number) => bedrag * 100;

/** One-off € 50.000 per meeting room, in the year its location is built (afspraak 110 eenheden). */
const ontmoetingsruimte = (jaar: number, locatie: string, corporatie: PartijKey): DemoBedrag => ({
  centen: euro(50_000),
  frequentie: BedragFrequentie.EENMALIG,
  jaar,
  doel: `Onrendabele top van de ontmoetingsruimte ${locatie}`,
  betalers: [{ partij: 'gemeente' }],
  ontvangers: [corporatie],
});

export const DEMO_BEDRAGEN: Record<string, DemoBedrag[]> = {
  // Vlietdam
  'geclusterd-110': [
    ontmoetingsruimte(2026, 'Molenhof', 'corpB'),
    ontmoetingsruimte(2027, 'Vlietkade', 'corpA'),
    ontmoetingsruimte(2028, 'De Boomgaard', 'corpB'),
    ontmoetingsruimte(2029, 'Schouwpad', 'corpA'),
  ],
  wooninitiatieven: [
    {
      centen: euro(25_000),
      frequentie: BedragFrequentie.PER_JAAR,
      doel: 'Procesbegeleiding van woonzorginitiatieven van bewoners',
      betalers: [{ partij: 'gemeente' }],
      ontvangerOmschrijving: 'bewonersinitiatieven (via een procesbegeleider)',
    },
  ],
  'schuldhulp-200k': [
    {
      centen: euro(50_000),
      frequentie: BedragFrequentie.PER_JAAR,
      jaar: 2026,
      totJaar: 2029,
      doel: 'Aanpak Vroeg Erop Af: huisbezoek en schuldhulp na een gemiste huurbetaling',
      betalers: [
        { partij: 'corpA', centen: euro(30_000) },
        { partij: 'corpB', centen: euro(20_000) },
      ],
      ontvangers: ['gemeente'],
    },
  ],
  ontmoetingsruimten: [
    {
      centen: euro(60_000),
      frequentie: BedragFrequentie.PER_JAAR,
      doel: 'Subsidie exploitatie van vier ontmoetingsruimten (€ 15.000 per ruimte)',
      betalers: [{ partij: 'gemeente' }],
      ontvangers: ['welzijn'],
    },
  ],
  // Rietwijk
  rietpark: [
    {
      centen: euro(14_000_000),
      frequentie: BedragFrequentie.TOTAAL,
      jaar: 2027,
      totJaar: 2028,
      doel: 'Bouw van 60 nultredenwoningen op de kavels A en B in het Rietpark (circa)',
      betalers: [{ partij: 'corporatie' }],
    },
  ],
  lisdodde: [
    {
      centen: euro(50_000),
      frequentie: BedragFrequentie.EENMALIG,
      jaar: 2027,
      doel: 'Inrichting van de ontmoetingsruimte in De Lisdodde',
      betalers: [{ partij: 'gemeente' }],
      ontvangers: ['corporatie'],
    },
  ],
  // Zandmeer: the money belongs to lid b only (the advice), not to the whole afspraak.
  'zandmeer-aanpassingen': [
    {
      centen: euro(15_000),
      frequentie: BedragFrequentie.PER_JAAR,
      doel: 'Advies door een ergotherapeut bij aanvragen van woningaanpassingen',
      betalers: [{ partij: 'gemeente' }],
      ontvangerOmschrijving: 'ergotherapeut (ingehuurd)',
      deel: { lid: 'b' },
    },
  ],
};

/** The amounts of a demo afspraak as the API takes them. */
export function demoBedragen(key: string, id: (key: PartijKey) => string): BedragInput[] {
  return (DEMO_BEDRAGEN[key] ?? []).map(({ betalers, ontvangers, ...b }) => ({
    ...b,
    betalers: betalers.map(({ partij, ...deel }) => ({ partijId: id(partij), ...deel })),
    ontvangerIds: (ontvangers ?? []).map(id),
  }));
}
