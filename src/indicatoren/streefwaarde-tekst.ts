const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A number as Dutch readers write it: 1.250,5 */
export const getal = (n: number): string => GETAL.format(n);

export interface StreefwaardeWaarden {
  soort: string;
  waarde?: number | null;
  min?: number | null;
  max?: number | null;
  effect?: string | null;
}

/** A target as one line of text: "120 woningen", "40 – 60 woningen" or the described effect. */
export function streefwaardeTekst(s: StreefwaardeWaarden | undefined, eenheid: string): string {
  if (!s) return '';
  if (s.soort === 'BANDBREEDTE') return `${getal(s.min ?? 0)} – ${getal(s.max ?? 0)} ${eenheid}`;
  if (s.soort === 'EFFECT') return s.effect ?? '';
  return s.waarde == null ? '' : `${getal(s.waarde)} ${eenheid}`;
}
