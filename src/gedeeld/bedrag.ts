/*
 * Money as Dutch readers write it, the one formatter for the server (GraphQL, export) and the web
 * client (`@gedeeld/bedrag`). Amounts travel and are stored as whole euro cents, so adding them up
 * never loses a cent to floating point.
 */

/** Groups the digits of a whole number in threes with a full stop: 150000 → "150.000". */
function groepeer(cijfers: string): string {
  return cijfers.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * An amount in cents as Dutch text: "€ 150.000", "€ 1.250,50", "€ 0,35". Whole euros are written
 * without ",00", as agreements write them. Written out by hand rather than with
 * Intl.NumberFormat: browsers and Node disagree on grouping four-digit numbers in nl-NL
 * ("1250" or "1.250"), and the export and the screen must say the same.
 */
export function bedragTekst(centen: number): string {
  if (!Number.isFinite(centen)) return '';
  const geheel = Math.round(Math.abs(centen));
  const euros = Math.floor(geheel / 100);
  const rest = geheel % 100;
  const teken = centen < 0 && geheel > 0 ? '-' : '';
  const tekst = groepeer(String(euros)) + (rest ? `,${String(rest).padStart(2, '0')}` : '');
  return `€ ${teken}${tekst}`;
}

const MILJOEN = /^(mln|miljoen)$/;
const DUIZEND = /^(k|dzd|duizend)$/;

/**
 * Reads an amount as a person types it in Dutch into cents: "150.000", "€ 1.250,50", "0,35",
 * "5 miljoen", "2,5 mln", "25 duizend", "€ 150.000,-". A full stop groups thousands and a comma starts the
 * cents, as in Dutch; "12.5" (a full stop not followed by three digits) is read as a decimal
 * point, since no Dutch writer groups that way. Null when the text is not an amount or has more
 * than two decimals after scaling to cents.
 */
export function leesBedrag(invoer: string): number | null {
  const tekst = invoer
    .trim()
    .toLowerCase()
    .replace(/^€\s*/, '')
    .replace(/^eur\s+/, '')
    .replace(/,[-–—]$/, '');
  const delen = /^([\d.,\s]+?)\s*([a-z]*)\.?$/.exec(tekst);
  if (!delen) return null;
  const [, getalDeel = '', woord = ''] = delen;
  const factor = MILJOEN.test(woord) ? 1_000_000 : DUIZEND.test(woord) ? 1_000 : woord ? 0 : 1;
  if (!factor) return null;
  const getal = getalDeel.replace(/\s/g, '');
  let genormaliseerd: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(getal) || /^\d+(,\d+)?$/.test(getal)) {
    genormaliseerd = getal.replace(/\./g, '').replace(',', '.');
  } else if (/^\d+\.\d{1,2}$/.test(getal)) {
    genormaliseerd = getal;
  } else {
    return null;
  }
  const centen = Number(genormaliseerd) * factor * 100;
  const afgerond = Math.round(centen);
  if (!Number.isSafeInteger(afgerond) || Math.abs(centen - afgerond) > 1e-6) return null;
  return afgerond;
}

/**
 * Splits `centen` over shares in proportion to `gewichten` (percentages, or any weights) in
 * whole cents that add up to exactly `centen`: each gets its rounded-down part, and the cents
 * left over go to the largest remainders (the earlier share on a tie), so 100 over three equal
 * shares is 34, 33, 33.
 */
export function verdeelCenten(centen: number, gewichten: number[]): number[] {
  const som = gewichten.reduce((s, g) => s + g, 0);
  if (som <= 0) return gewichten.map(() => 0);
  const exact = gewichten.map((g) => (centen * g) / som);
  const delen = exact.map((x) => Math.floor(x));
  let over = centen - delen.reduce((s, d) => s + d, 0);
  const volgorde = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of volgorde) {
    if (over <= 0) break;
    delen[i] = (delen[i] ?? 0) + 1;
    over -= 1;
  }
  return delen;
}
