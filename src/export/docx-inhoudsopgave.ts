import { type FileChild, HeadingLevel, PageBreak, Paragraph, TableOfContents } from 'docx';
import { type InhoudRegel, tekst } from './docx-bouwstenen';

/** Word's outline level of body text: a paragraph of it is no entry of a contents field. */
const PLATTE_TEKST = 9;

/**
 * The contents page: a heading and the contents field of headings 1–2, then a page break. The
 * field comes with its entries filled in, each linked to its heading's bookmark, so it reads well
 * before any update. The page numbers need a layout: the PDF export and the Word document of a
 * version fill them in from LibreOffice's (pdf/inhoudsopgave.ts) and write the field clean; left
 * empty, the field stays dirty so Word fills them in when it opens the document.
 */
export function inhoudsopgave(toc: InhoudRegel[]): FileChild[] {
  return [
    // Styled as a chapter, but no entry of its own when Word rebuilds the contents.
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      outlineLevel: PLATTE_TEKST,
      children: [tekst('Inhoud')],
    }),
    new TableOfContents('Inhoud', {
      hyperlink: true,
      headingStyleRange: '1-2',
      cachedEntries: toc.map((e) => ({ title: e.title, level: e.level, href: e.href })),
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}
