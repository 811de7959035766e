import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { nl } from 'date-fns/locale';

/** The time zone every date of the yearly cycle is meant in. */
export const NEDERLANDSE_TIJD = 'Europe/Amsterdam';

/** A day in the year, as "MM-DD". */
export type MaandDag = `${number}-${number}`;

/** Midnight at the start of that day, Dutch time (CET or CEST, as that day has it). */
export function dag(jaar: number, maandDag: MaandDag): Date {
  return fromZonedTime(`${jaar}-${maandDag}T00:00:00`, NEDERLANDSE_TIJD);
}

/** The calendar year a moment falls in, in Dutch time. */
export function jaarVan(op: Date): number {
  return Number(formatInTimeZone(op, NEDERLANDSE_TIJD, 'yyyy'));
}

/** A day as the messages name it: "1 juni 2027", in Dutch time. */
export function datumTekst(op: Date): string {
  return formatInTimeZone(op, NEDERLANDSE_TIJD, 'd MMMM yyyy', { locale: nl });
}

/** The calendar day a moment falls on, "YYYY-MM-DD", in Dutch time. */
export function dagVan(op: Date): string {
  return formatInTimeZone(op, NEDERLANDSE_TIJD, 'yyyy-MM-dd');
}
