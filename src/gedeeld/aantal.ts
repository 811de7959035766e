/**
 * A count with its noun in the right number: "1 afspraak", "20 afspraken", "geen afspraken".
 * Shared by the server (task titles) and the web client.
 */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  if (n === 0) return `geen ${meervoud}`;
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
