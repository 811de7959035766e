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

/**
 * A target as one line of text: "120 woningen", "40 – 60 woningen", "ten minste 30 woningen",
 * "hoogstens 6 weken" or the described effect.
 */
export function streefwaardeTekst(s: StreefwaardeWaarden | undefined, eenheid: string): string {
  if (!s) return '';
  if (s.soort === 'BANDBREEDTE') return `${getal(s.min ?? 0)} – ${getal(s.max ?? 0)} ${eenheid}`;
  if (s.soort === 'MINIMAAL') return `ten minste ${getal(s.min ?? 0)} ${eenheid}`.trim();
  if (s.soort === 'MAXIMAAL') return `hoogstens ${getal(s.max ?? 0)} ${eenheid}`.trim();
  if (s.soort === 'EFFECT') return s.effect ?? '';
  return s.waarde == null ? '' : `${getal(s.waarde)} ${eenheid}`;
}

export interface RealisatieWaarden {
  waarde: number | null;
  oordeel?: string | null;
  toelichting?: string | null;
  tussenstand?: boolean;
}

const OORDEEL: Record<string, string> = {
  BEREIKT: 'bereikt',
  DEELS: 'deels bereikt',
  NIET: 'niet bereikt',
};

/** A realisatie as text: "74 woningen", "bereikt: de ontmoetingsplek is open", "(tussenstand)". */
export function realisatieTekst(r: RealisatieWaarden | undefined, eenheid: string): string {
  if (!r) return '';
  const delen: string[] = [];
  if (r.waarde != null) delen.push(`${getal(r.waarde)} ${eenheid}`.trim());
  if (r.oordeel)
    delen.push(`${OORDEEL[r.oordeel] ?? r.oordeel}${r.toelichting ? `: ${r.toelichting}` : ''}`);
  if (r.tussenstand) delen.push('(tussenstand)');
  return delen.join(' ');
}
