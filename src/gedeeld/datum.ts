/*
 * Calendar days in Dutch, the same on the server (export, jaarcyclus) and in the web client. A
 * day ("2024-12-12") has no time zone: it is never turned into a Date.
 */

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2024-12-12" → "12 december 2024". */
export function dagTekst(datum: string): string {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  return `${dag} ${MAANDEN[(maand ?? 1) - 1]} ${jaar}`;
}

/** "12-15" (mm-dd, a yearly deadline) → "15 dec". */
export function kortDagTekst(mmdd: string): string {
  const [maand, dag] = mmdd.split('-').map(Number) as [number, number];
  const naam = MAANDEN[maand - 1]!;
  return `${dag} ${naam === 'maart' ? 'mrt' : naam.slice(0, 3)}`;
}
