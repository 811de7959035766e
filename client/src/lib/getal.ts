/** A number as a Dutch reader types it: "1.661" is 1661, "2,5" is 2.5; null when it is none. */
export function leesGetal(tekst: string): number | null {
  const schoon = tekst.trim().replace(/\./g, '').replace(',', '.');
  return schoon !== '' && Number.isFinite(Number(schoon)) ? Number(schoon) : null;
}
