/*
 * The details of an imported afspraak's type as its text states them: how often a procesafspraak
 * meets, an intentie's condition and consequence, what a garantie or handeling holds. Shared:
 * the review screen shows them (and recomputes them after a split or merge) and the server falls
 * back on them for whatever the reviewer left as it was.
 */

export type ImportBeschrijvendSoort = 'UITGANGSPUNT' | 'DEFINITIE' | 'FINANCIEEL_UITGANGSPUNT';

export interface ImportKenmerken {
  overlegvorm: string;
  frequentie: string;
  beschrijvendSoort: ImportBeschrijvendSoort;
  omschrijving: string;
  voorwaarde: string;
  gevolg: string;
  /** What a handeling does, a garantie holds or the trekker of a transactie delivers. */
  wat: string;
  wanneer: string;
  ontvangt: string;
}

/** "twee keer per jaar", "jaarlijks", "per kwartaal": how often a procesafspraak meets. */
const FREQUENTIE =
  /\b(?:(?:\d+|een|twee|drie|vier|zes)\s?(?:x|keer|maal) per (?:jaar|kwartaal|maand|twee jaar)|jaarlijks|halfjaarlijks|per kwartaal|maandelijks|ieder jaar|elk jaar)\b/i;

/** "Bestuurlijk overleg", "een werkgroep": the form a procesafspraak's meeting takes. */
const OVERLEGVORM =
  /\b(?:(?:bestuurlijk|ambtelijk|driehoeks|periodiek|gezamenlijk|regionaal)\s+)?(?:overleg|werkgroep|stuurgroep|regiegroep|klankbordgroep|bijeenkomst)\b/i;

/** "Als …, dan …" / "Indien …, …": an intentie's condition and what follows from it. */
const VOORWAARDE = /^\s*(?:als|indien|wanneer|zodra|mits)\b(.+?),\s*(?:dan\s+)?(.+)$/is;

export function kenmerkenUit(tekst: string, jaren: number[]): ImportKenmerken {
  const samenvatting = tekst.slice(0, 1000);
  const voorwaarde = VOORWAARDE.exec(tekst);
  return {
    overlegvorm: OVERLEGVORM.exec(tekst)?.[0] ?? '',
    frequentie: FREQUENTIE.exec(tekst)?.[0] ?? '',
    beschrijvendSoort: /€|\beuro\b|\bkosten\b|\bhuur(prijs|verhoging)?\b/i.test(tekst)
      ? 'FINANCIEEL_UITGANGSPUNT'
      : /\bverstaan\b|\bdefinitie\b|\bgeldt als\b/i.test(tekst)
        ? 'DEFINITIE'
        : 'UITGANGSPUNT',
    omschrijving: '',
    voorwaarde: voorwaarde ? voorwaarde[1]!.trim() : '',
    gevolg: voorwaarde ? voorwaarde[2]!.trim() : '',
    wat: samenvatting,
    wanneer: jaren.map(String).join(', '),
    ontvangt: '',
  };
}

export const BESCHRIJVEND_SOORT_LABEL: Record<string, string> = {
  UITGANGSPUNT: 'Uitgangspunt',
  DEFINITIE: 'Definitie',
  FINANCIEEL_UITGANGSPUNT: 'Financieel uitgangspunt',
  STANDPUNT: 'Standpunt',
};
