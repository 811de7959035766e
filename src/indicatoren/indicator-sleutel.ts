/**
 * Indicators of different agreements are the same when their names and units are: compared
 * without case, accents, punctuation at the ends and repeated spaces.
 */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

/**
 * What indicators are taken together by (normalised name and unit), as the indicator stores it so
 * the database can group many agreements' indicators. The unit separator cannot occur in either:
 * control characters are refused in every text.
 */
export function indicatorSleutel(r: { naam: string; eenheid: string }): string {
  return `${normaliseer(r.naam)}\u001f${normaliseer(r.eenheid)}`;
}
