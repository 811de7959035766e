/**
 * A document to import, read into the blocks its layout shows: whatever the file format, the
 * structure is recognised on these.
 */
export type Blok =
  | { soort: 'kop'; tekst: string; niveau: number }
  | { soort: 'alinea'; tekst: string }
  /** A list item with the number Word or the PDF shows for it ("1.2", "a.", "•"), if any. */
  | { soort: 'lijstitem'; tekst: string; nummer: string | null; niveau: number }
  | { soort: 'tabel'; rijen: string[][] };

/** Runs of white space as one space, no space at the ends: text compares as a reader sees it. */
export function schoon(tekst: string): string {
  return tekst.replace(/\s+/g, ' ').trim();
}

/** The number or bullet a clause or list item starts with: "2.1", "3.", "b)", "•". */
export const NUMMER = /^(\d{1,2}(?:\.\d{1,2})*\.?|[a-z][.)]|[•▪◦·\-–])\s+/;

/**
 * A line that ends a sentence or clause, unlike one that ends in an initial or abbreviation
 * ("de heer G.", "drs.") and runs on to the next line.
 */
export const ZINSEINDE =
  /(?<!\b[A-Z]|\b(?:mr|drs|ir|dr|ing|mevr|dhr|bijv|nr|art|o\.a|e\.o|t\.a\.v|m\.b\.t|i\.v\.m))[.;:]$/i;

/** An article's heading: "Artikel 3 Betaalbaarheid", "Artikel 3. Betaalbaarheid". */
export const ARTIKEL = /^artikel\s+(\d{1,2})\b\.?\s*[:.–-]?\s*/i;

/** "De ondergetekenden:", or "Partijen" as a heading of its own, not a sentence about them. */
export const PARTIJEN = /^(de\s+)?ondergetekenden\b\s*:?|^partijen\s*:?\s*$/i;
export const CONSIDERANS =
  /^(overwegende|in aanmerking nemende|nemen in aanmerking)\b( dat)?\s*:?/i;
export const OVEREENKOMST =
  /^(en\s+)?(komen|spreken|verklaren)\b[^.]*\b(overeen|overeengekomen|af)\b\s*:?/i;
export const ONDERTEKENING =
  /^(aldus|ondertekend|voor akkoord|getekend|handtekening|namens\b.*\bondertekend)/i;
/**
 * Where a new part of the agreement begins ("Aldus overeengekomen …", "Artikel 4 …"): never the
 * continuation of the line above. Only with a capital, as such a line starts; a wrapped line
 * inside a sentence ("… spreken zij af") does not.
 */
export function begintDeel(tekst: string): boolean {
  return (
    /^\p{Lu}/u.test(tekst) &&
    [PARTIJEN, CONSIDERANS, OVEREENKOMST, ONDERTEKENING, ARTIKEL].some((p) => p.test(tekst))
  );
}
