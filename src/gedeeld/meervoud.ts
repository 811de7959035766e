/**
 * A count with its noun in the right number: `aantal(1, 'afspraak', 'afspraken')` → "1 afspraak",
 * `aantal(3, …)` → "3 afspraken" (also "0 afspraken", as Dutch has it).
 */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
