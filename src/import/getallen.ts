/** Numbers as Dutch agreements write them: "1.661" and "12,5", or in words ("drie"). */

export const GETALWOORDEN: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
};

/**
 * A number as Dutch writes it ("1.661", "2,5", "veertig", "tweemaal", "2x"). Not a part of
 * another word or number: "24-uurs", "55-plussers", "75+", "CIZ-4" are no amounts of anything.
 */
export const GETAL_BRON =
  `(?<![\\p{L}\\p{N}.,/+]|\\p{L}[-–])` +
  `(?:(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?|(één|${Object.keys(GETALWOORDEN).join('|')}))` +
  `(maal|x)?(?![\\p{L}\\p{N}+]|[.,]\\d|[-–]\\p{L})`;
export const GETAL = new RegExp(GETAL_BRON, 'giu');
export const GETAL_HIER = new RegExp(GETAL_BRON, 'iuy');

export interface Getal {
  waarde: number;
  van: number;
  tot: number;
  /** Written as a word ("een", "veertig"), not in digits. */
  woord: string | null;
  /** "tweemaal", "2x": a number of times. */
  maal: string | null;
  /** Written like a year: four digits from 1900 to 2099. */
  jaartal: boolean;
}

export function getal(m: RegExpExecArray): Getal {
  const woord = m[3]?.toLowerCase() ?? null;
  const waarde =
    woord !== null
      ? // "Eén" and "één" are the number one, and no key of their own.
        GETALWOORDEN[woord.normalize('NFD').replace(/\p{M}/gu, '')]!
      : Number(`${m[1]!.replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`);
  return {
    waarde,
    van: m.index,
    tot: m.index + m[0].length,
    woord,
    maal: m[4]?.toLowerCase() ?? null,
    jaartal: /^(19|20)\d\d$/.test(m[1] ?? '') && !m[2],
  };
}

export function getalOp(tekst: string, positie: number): Getal | null {
  GETAL_HIER.lastIndex = positie;
  const m = GETAL_HIER.exec(tekst);
  return m ? getal(m) : null;
}
