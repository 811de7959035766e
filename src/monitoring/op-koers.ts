/**
 * Whether a realised value is on track for its target. The direction of improvement follows from
 * the baseline: a target above the nulmeting means more is better, below it less is better
 * (without a nulmeting, more is better). A bandwidth is met inside it and beyond it in the
 * direction of improvement. A described effect cannot be judged by a number: null; nor can a
 * year without a target or without a realisatie.
 */
export function opKoers(
  streefwaarde: {
    soort: string | null;
    waarde: number | null;
    min: number | null;
    max: number | null;
  },
  realisatie: number | null,
  nulmeting: number | null,
): boolean | null {
  if (streefwaarde.soort == null || realisatie == null) return null;
  const doel =
    streefwaarde.soort === 'BANDBREEDTE'
      ? ((streefwaarde.min ?? 0) + (streefwaarde.max ?? 0)) / 2
      : streefwaarde.waarde;
  if (streefwaarde.soort === 'EFFECT' || doel == null) return null;
  const meerIsBeter = nulmeting == null || doel >= nulmeting;
  if (streefwaarde.soort === 'BANDBREEDTE') {
    const min = streefwaarde.min ?? -Infinity;
    const max = streefwaarde.max ?? Infinity;
    return meerIsBeter ? realisatie >= min : realisatie <= max;
  }
  return meerIsBeter ? realisatie >= doel : realisatie <= doel;
}
