import {
  Bookmark,
  type FileChild,
  HeadingLevel,
  type IPatch,
  LineRuleType,
  Paragraph,
  PatchType,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/*
 * The content of an export as docx elements, from data gathered beforehand. Style ids used
 * (a gemeente's template defines them to restyle the document): Title, Heading1–3, Afspraakkop,
 * Kenmerk, Tabeltekst; tables get a light header shading.
 */

export const KOP_KLEUR = 'D9E2F3';

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
export const datum = (d: Date) => DATUM.format(d);
const DATUM_TIJD = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
export const datumTijd = (d: Date) => DATUM_TIJD.format(d);

export const tekst = (t: string, opmaak: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text: t, ...opmaak });
export const alinea = (t: string, style?: string) => new Paragraph({ style, children: [tekst(t)] });
/** A heading of the table of contents: its text, level and the bookmark on it. */
export interface InhoudRegel {
  title: string;
  level: number;
  /** A hidden bookmark (Word's `_Toc…` names), for the entry's link and its page number. */
  href: string;
}

/** Headings of levels 1–2 written while a document is built, for its table of contents. */
let inhoudsopgave: InhoudRegel[] | null = null;

/** Builds a document while collecting its headings of levels 1–2 for the table of contents. */
export function metInhoudsopgave<T>(bouw: (toc: InhoudRegel[]) => T): T {
  inhoudsopgave = [];
  try {
    return bouw(inhoudsopgave);
  } finally {
    inhoudsopgave = null;
  }
}

export const kop = (t: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => {
  const level = heading === HeadingLevel.HEADING_1 ? 1 : heading === HeadingLevel.HEADING_2 ? 2 : 0;
  if (!level || !inhoudsopgave) return new Paragraph({ heading, children: [tekst(t)] });
  // The bookmark is how the PDF tells on which page the heading landed (see pdf/inhoudsopgave.ts).
  const href = `_Toc${String(inhoudsopgave.length + 1).padStart(8, '0')}`;
  inhoudsopgave.push({ title: t, level, href });
  return new Paragraph({ heading, children: [new Bookmark({ id: href, children: [tekst(t)] })] });
};
export const kenmerk = (label: string, waarde: string) =>
  new Paragraph({
    style: 'Kenmerk',
    children: [tekst(`${label}: `, { bold: true }), tekst(waarde)],
  });

/**
 * A table with a shaded header row; cells hold plain text (lines become paragraphs). `vulling`
 * gives a body cell its own background colour (hex), e.g. a traffic light.
 */
export function tabel(
  kolommen: string[],
  rijen: string[][],
  breedtes?: number[],
  vulling?: (rij: number, kolom: number) => string | undefined,
): Table {
  const cel = (waarde: string, kopcel: boolean, i: number, rij = -1) => {
    const fill = kopcel ? KOP_KLEUR : vulling?.(rij, i);
    return new TableCell({
      width: breedtes ? { size: breedtes[i]!, type: WidthType.PERCENTAGE } : undefined,
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: (waarde || '–')
        .split('\n')
        .map(
          (regel) =>
            new Paragraph({ style: 'Tabeltekst', children: [tekst(regel, { bold: kopcel })] }),
        ),
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      // A row never breaks over a page; the header row repeats on every page the table spans.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: kolommen.map((k, i) => cel(k, true, i)),
      }),
      ...rijen.map(
        (rij, r) =>
          new TableRow({ cantSplit: true, children: rij.map((w, i) => cel(w, false, i, r)) }),
      ),
    ],
  });
}

/**
 * Puts a small empty paragraph between two tables that would otherwise touch: Word and
 * LibreOffice merge adjacent tables into one, so the second ran on under the first's header row
 * (and repeated that header when it broke over a page).
 */
export function scheidTabellen(inhoud: FileChild[]): FileChild[] {
  const uit: FileChild[] = [];
  for (const deel of inhoud) {
    if (deel instanceof Table && uit.at(-1) instanceof Table) uit.push(tussenruimte());
    uit.push(deel);
  }
  return uit;
}

/** An empty paragraph of 4 pt: just enough to keep two tables apart. */
export const tussenruimte = () =>
  new Paragraph({
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    children: [],
  });

export const regel = (t: string): IPatch => ({
  type: PatchType.PARAGRAPH,
  children: [new TextRun(t)],
});
