const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

const CENTEN = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A number as Dutch readers write it: 1.250,5 */
export const getal = (n: number): string => GETAL.format(n);

/**
 * A number with its unit as Dutch readers write it: "€ 200.000" for an amount in euros, "12,5%"
 * for a percentage, else "120 woningen".
 */
export function metEenheid(n: number, eenheid: string): string {
  const e = eenheid.trim();
  if (/^(euro|€|eur)$/i.test(e)) return `€ ${Number.isInteger(n) ? getal(n) : CENTEN.format(n)}`;
  if (e === '%' || /^procent$/i.test(e)) return `${getal(n)}%`;
  return `${getal(n)} ${e}`.trim();
}

/** A range with its unit: "40 – 60 woningen", "€ 50.000 – € 75.000". */
function bereik(min: number, max: number, eenheid: string): string {
  const e = eenheid.trim();
  if (/^(euro|€|eur)$/i.test(e) || e === '%' || /^procent$/i.test(e))
    return `${metEenheid(min, e)} – ${metEenheid(max, e)}`;
  return `${getal(min)} – ${getal(max)} ${e}`.trim();
}

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
  if (s.soort === 'BANDBREEDTE') return bereik(s.min ?? 0, s.max ?? 0, eenheid);
  if (s.soort === 'MINIMAAL') return `ten minste ${metEenheid(s.min ?? 0, eenheid)}`;
  if (s.soort === 'MAXIMAAL') return `hoogstens ${metEenheid(s.max ?? 0, eenheid)}`;
  if (s.soort === 'EFFECT') return s.effect ?? '';
  return s.waarde == null ? '' : metEenheid(s.waarde, eenheid);
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
  if (r.waarde != null) delen.push(metEenheid(r.waarde, eenheid));
  if (r.oordeel)
    delen.push(`${OORDEEL[r.oordeel] ?? r.oordeel}${r.toelichting ? `: ${r.toelichting}` : ''}`);
  if (r.tussenstand) delen.push('(tussenstand)');
  return delen.join(' ');
}
