/*
 * The parts a partij plays in one afspraak, in words, shared by the server (export, refusals)
 * and the web client (side panel), so both say "medetrekker" and "alle corporaties" alike.
 */

export type BetrokkeneRolNaam =
  'TREKKER' | 'MEDETREKKER' | 'UITVOERDER' | 'FINANCIER' | 'GARANTSTELLER' | 'BETROKKEN';

export const BETROKKENE_ROL_LABEL: Record<BetrokkeneRolNaam, string> = {
  TREKKER: 'trekker',
  MEDETREKKER: 'medetrekker',
  UITVOERDER: 'uitvoerder',
  FINANCIER: 'financier',
  GARANTSTELLER: 'garantsteller',
  BETROKKEN: 'betrokken',
};

export type TrekkerGroepNaam =
  | 'ALLE_PARTIJEN'
  | 'ALLE_GEMEENTEN'
  | 'ALLE_CORPORATIES'
  | 'ALLE_HUURDERSORGANISATIES'
  | 'ALLE_ZORGPARTIJEN';

export const TREKKER_GROEP_LABEL: Record<TrekkerGroepNaam, string> = {
  ALLE_PARTIJEN: 'alle partijen',
  ALLE_GEMEENTEN: 'alle gemeenten',
  ALLE_CORPORATIES: 'alle corporaties',
  ALLE_HUURDERSORGANISATIES: 'alle huurdersorganisaties',
  ALLE_ZORGPARTIJEN: 'alle zorg- en welzijnspartijen',
};

/** The partij soorten a group consists of; null: every deelnemer (not the waarnemers). */
export const TREKKER_GROEP_SOORTEN: Record<TrekkerGroepNaam, readonly string[] | null> = {
  ALLE_PARTIJEN: null,
  ALLE_GEMEENTEN: ['GEMEENTE'],
  ALLE_CORPORATIES: ['WONINGCORPORATIE'],
  ALLE_HUURDERSORGANISATIES: ['HUURDERSORGANISATIE'],
  ALLE_ZORGPARTIJEN: ['ZORGAANBIEDER', 'ZORGKANTOOR', 'WELZIJNSORGANISATIE'],
};

export function inTrekkerGroep(groep: TrekkerGroepNaam, soort: string): boolean {
  const soorten = TREKKER_GROEP_SOORTEN[groep];
  return soorten === null || soorten.includes(soort);
}

/** Names joined as people write them: "A", "A en B", "A, B en C". */
export function opsomming(namen: string[]): string {
  if (namen.length <= 1) return namen[0] ?? '';
  return `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]}`;
}

/**
 * Who pulls an afspraak, in words: the group as such ("alle corporaties"), otherwise the
 * accountable trekker followed by the other trekkers.
 */
export function trekkerTekst(groep: TrekkerGroepNaam | null, trekkers: string[]): string {
  return groep ? TREKKER_GROEP_LABEL[groep] : opsomming(trekkers);
}
