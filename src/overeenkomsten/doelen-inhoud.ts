import type { IndicatorRichting } from '../indicatoren/richting';
import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import type { Doelgroep } from './afspraak-type';

/*
 * What an afspraak aims at, in its signed content and its hash: the indicators it is measured by,
 * with their targets (per year, per place, and beyond the periode as a horizon), and the standard
 * doelgroepen (issue 15, "everywhere": a change makes standpunten stale).
 */

/** An indicator as signed with the afspraak: its definition and every target. */
export interface IndicatorInhoud {
  id: string;
  naam: string;
  eenheid: string;
  definitie: string;
  richting: IndicatorRichting;
  nulmetingWaarde: number | null;
  nulmetingJaar: number | null;
  streefwaarden: StreefwaardeInhoud[];
}

/** One target: a year of the periode or a horizon year, for the whole agreement or one place. */
export interface StreefwaardeInhoud {
  jaar: number;
  locatie: { id: string; naam: string } | null;
  soort: StreefwaardeSoort;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
}

/** The rows the onderdeel-inhoud reader selects for this. */
export interface IndicatorRij {
  afspraak_id: string;
  id: string;
  naam: string;
  eenheid: string;
  definitie: string;
  richting: IndicatorRichting;
  nulmeting_waarde: number | null;
  nulmeting_jaar: number | null;
}
export interface StreefwaardeRij {
  indicator_id: string;
  jaar: number;
  locatie_id: string | null;
  locatie_naam: string | null;
  soort: StreefwaardeSoort;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
}

/** An afspraak's indicators; no key at all without any, as in versions frozen before. */
export function indicatorenVan(
  indicatoren: IndicatorRij[],
  streefwaarden: StreefwaardeRij[],
  afspraakId: string,
): { indicatoren?: IndicatorInhoud[] } {
  const eigen = indicatoren.filter((i) => i.afspraak_id === afspraakId);
  if (eigen.length === 0) return {};
  return {
    indicatoren: eigen.map((i) => ({
      id: i.id,
      naam: i.naam,
      eenheid: i.eenheid,
      definitie: i.definitie,
      richting: i.richting,
      nulmetingWaarde: i.nulmeting_waarde,
      nulmetingJaar: i.nulmeting_jaar,
      streefwaarden: streefwaarden
        .filter((s) => s.indicator_id === i.id)
        .map((s) => ({
          jaar: s.jaar,
          locatie: s.locatie_id ? { id: s.locatie_id, naam: s.locatie_naam ?? '' } : null,
          soort: s.soort,
          waarde: s.waarde,
          min: s.min,
          max: s.max,
          effect: s.effect,
        })),
    })),
  };
}

/**
 * What the indicators and doelgroepen add to the afspraak's hash, or null when it has neither.
 * Places by id (a renamed place is the same place); indicators by id and targets by year and
 * place, so the order they were read in does not matter. Migration20261208030000 writes this
 * formula out as it stands there: change it only together with a migration that restamps.
 */
export function doelenVoorHash(a: {
  indicatoren?: IndicatorInhoud[];
  doelgroepen: Doelgroep[];
}): Record<string, unknown> | null {
  const uit: Record<string, unknown> = {};
  if (a.indicatoren?.length) {
    uit.indicatoren = [...a.indicatoren]
      .sort((x, y) => vergelijk(x.id, y.id))
      .map(({ streefwaarden, ...i }) => ({
        ...i,
        streefwaarden: streefwaarden
          .map(({ locatie, ...s }) => ({ ...s, locatie: locatie?.id ?? null }))
          .sort((x, y) => x.jaar - y.jaar || vergelijk(x.locatie ?? '', y.locatie ?? '')),
      }));
  }
  if (a.doelgroepen.length) uit.doelgroepen = [...a.doelgroepen].sort(vergelijk);
  return Object.keys(uit).length ? uit : null;
}

/** By code point, as in the migration: not by locale, which may differ between machines. */
function vergelijk(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
