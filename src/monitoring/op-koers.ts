import { EffectOordeel, IndicatorRichting } from '../indicatoren/richting';

interface Doel {
  soort: string | null;
  waarde: number | null;
  min: number | null;
  max: number | null;
}

/** Floating-point sums (0.1 + 0.2) still count as exactly on target. */
const gelijk = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * The direction from the baseline, as it was decided before indicators carried one: a target at
 * or above the nulmeting means more is better, below it less is better (without a nulmeting, more
 * is better). Only for callers that do not know the indicator's richting.
 */
export function afgeleideRichting(doel: Doel, nulmeting: number | null): IndicatorRichting {
  const getal =
    doel.soort === 'BANDBREEDTE' ? ((doel.min ?? 0) + (doel.max ?? 0)) / 2 : doel.waarde;
  return nulmeting == null || getal == null || getal >= nulmeting
    ? IndicatorRichting.HOGER_IS_BETER
    : IndicatorRichting.LAGER_IS_BETER;
}

/**
 * Whether a realised value is on track for its target, in the indicator's richting. An open
 * bandwidth is met on its open side whatever the direction ("ten minste 30", "hoogstens 6
 * weken"). An exact target is met at or beyond it in the direction of improvement, and only
 * exactly where the indicator must stay within bounds; a bandwidth is met inside it and beyond
 * it in the direction of improvement (inside only, for BINNEN_BANDBREEDTE). A described effect
 * cannot be judged by a number: null; nor can a year without a target or without a realisatie.
 * Without a richting, the direction follows from the nulmeting (see afgeleideRichting).
 */
export function opKoers(
  streefwaarde: Doel,
  realisatie: number | null,
  nulmeting: number | null,
  richting?: IndicatorRichting | null,
): boolean | null {
  const { soort, waarde, min, max } = streefwaarde;
  if (soort == null || realisatie == null || soort === 'EFFECT') return null;
  if (soort === 'MINIMAAL') return min == null ? null : realisatie >= min;
  if (soort === 'MAXIMAAL') return max == null ? null : realisatie <= max;
  if (soort === 'BANDBREEDTE' ? min == null && max == null : waarde == null) return null;
  const r = richting ?? afgeleideRichting(streefwaarde, nulmeting);
  if (soort === 'BANDBREEDTE') {
    const onder = realisatie >= (min ?? -Infinity);
    const boven = realisatie <= (max ?? Infinity);
    if (r === IndicatorRichting.BINNEN_BANDBREEDTE) return onder && boven;
    return r === IndicatorRichting.LAGER_IS_BETER ? boven : onder;
  }
  const doel = waarde!;
  if (r === IndicatorRichting.BINNEN_BANDBREEDTE) return gelijk(realisatie, doel);
  return r === IndicatorRichting.LAGER_IS_BETER
    ? realisatie <= doel || gelijk(realisatie, doel)
    : realisatie >= doel || gelijk(realisatie, doel);
}

/** One year of an indicator as the readers give it: target, realisatie and how it was entered. */
export interface TeBeoordelenPunt extends Doel {
  realisatie: number | null;
  oordeel: EffectOordeel | null;
  tussenstand: boolean;
  nulmetingWaarde: number | null;
  richting: IndicatorRichting;
}

/**
 * The judgement shown everywhere (monitoring, evaluatie, regio, export, charts): an interim
 * figure is not judged yet; a described effect is on track when judged reached, off track when
 * judged not reached, and neither when partly reached (its oordeel says so); numbers follow
 * opKoers in the indicator's richting.
 */
export function puntOpKoers(p: TeBeoordelenPunt): boolean | null {
  if (p.tussenstand) return null;
  if (p.soort === 'EFFECT')
    return p.oordeel === EffectOordeel.BEREIKT
      ? true
      : p.oordeel === EffectOordeel.NIET
        ? false
        : null;
  return opKoers(p, p.realisatie, p.nulmetingWaarde, p.richting);
}
