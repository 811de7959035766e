import { canonicalJson } from '../audit/canonical';
import type { Indicator, Streefwaarde } from './indicator.entity';

/*
 * What the audit trail records of an indicator or a target: they are part of what the afspraken
 * they measure say (and of their content hash), so their edits are recorded like an afspraak's.
 */

/** The indicator's own fields as the trail shows them; the afspraken by id. */
export function indicatorStand(i: Indicator, afspraakIds: string[]): Record<string, unknown> {
  return {
    naam: i.naam,
    eenheid: i.eenheid,
    definitie: i.definitie,
    definitieBron: i.definitieBron ?? null,
    richting: i.richting,
    nulmetingWaarde: i.nulmetingWaarde ?? null,
    nulmetingJaar: i.nulmetingJaar ?? null,
    afspraakIds: [...afspraakIds].sort(),
  };
}

/** A target as the trail shows it: which year and place, and what it says. */
export function streefwaardeStand(s: Streefwaarde): Record<string, unknown> {
  return {
    jaar: s.jaar,
    locatieId: s.locatie?.id ?? null,
    soort: s.soort,
    waarde: s.waarde ?? null,
    min: s.min ?? null,
    max: s.max ?? null,
    effect: s.effect ?? null,
  };
}

/** The fields that changed, with their values before and after; null when none did. */
export function standWijziging(
  voor: Record<string, unknown>,
  na: Record<string, unknown>,
): { gewijzigd: string[]; van: Record<string, unknown>; naar: Record<string, unknown> } | null {
  const gewijzigd = Object.keys(na).filter(
    (k) => canonicalJson(voor[k] ?? null) !== canonicalJson(na[k] ?? null),
  );
  if (gewijzigd.length === 0) return null;
  return {
    gewijzigd,
    van: Object.fromEntries(gewijzigd.map((k) => [k, voor[k] ?? null])),
    naar: Object.fromEntries(gewijzigd.map((k) => [k, na[k] ?? null])),
  };
}
