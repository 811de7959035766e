/*
 * Writes the default house-style template, templates/huisstijl.docx: `npm run template:write`.
 * A gemeente makes its own by opening this file in Word, changing fonts, colours, the cover and
 * the styles, and keeping the placeholders (see README, "Export to Word").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';

const KLEUR = '1F4E79';
const FONT = 'Calibri';

const document = new Document({
  creator: 'Driehoek',
  title: 'Prestatieafspraken',
  styles: {
    default: {
      document: {
        run: { font: FONT, size: 22 },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: { font: FONT, size: 52, bold: true, color: KLEUR },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 240 } },
      },
      heading1: {
        run: { font: FONT, size: 36, bold: true, color: KLEUR },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
      },
      heading2: {
        run: { font: FONT, size: 28, bold: true, color: KLEUR },
        paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
      },
      heading3: {
        run: { font: FONT, size: 24, bold: true, color: '404040' },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: 'Afspraakkop',
        name: 'Afspraakkop',
        basedOn: 'Heading3',
        next: 'Normal',
        run: { font: FONT, size: 24, bold: true, color: KLEUR },
        paragraph: {
          spacing: { before: 240, after: 80 },
          keepNext: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 2 } },
        },
      },
      {
        id: 'Kenmerk',
        name: 'Kenmerk',
        basedOn: 'Normal',
        run: { font: FONT, size: 18, color: '595959' },
        paragraph: { spacing: { after: 40 } },
      },
      {
        id: 'Tabeltekst',
        name: 'Tabeltekst',
        basedOn: 'Normal',
        run: { font: FONT, size: 18 },
        paragraph: { spacing: { before: 20, after: 20 } },
      },
      {
        id: 'Ondertitel',
        name: 'Ondertitel',
        basedOn: 'Normal',
        run: { font: FONT, size: 32, color: '404040' },
        paragraph: { spacing: { after: 240 } },
      },
    ],
  },
  sections: [
    {
      headers: {
        default: new Header({
          children: [
            new Paragraph({
              style: 'Kenmerk',
              alignment: AlignmentType.RIGHT,
              children: [new TextRun('{{titel}}')],
            }),
          ],
        }),
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              style: 'Kenmerk',
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun({
                  children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
                }),
              ],
            }),
          ],
        }),
      },
      children: [
        new Paragraph({ spacing: { before: 2400 }, children: [] }),
        new Paragraph({ style: 'Title', children: [new TextRun('{{titel}}')] }),
        new Paragraph({ style: 'Ondertitel', children: [new TextRun('{{periode}}')] }),
        new Paragraph({ children: [new TextRun({ text: '{{gemeenten}}', bold: true })] }),
        new Paragraph({ style: 'Kenmerk', children: [new TextRun('{{status}}')] }),
        new Paragraph({ spacing: { before: 600 }, children: [new TextRun('{{partijen}}')] }),
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({ children: [new TextRun('{{inhoud}}')] }),
      ],
    },
  ],
});

void Packer.toBuffer(document).then((buffer) => {
  writeFileSync(join(__dirname, '..', 'templates', 'huisstijl.docx'), buffer);
  console.log('templates/huisstijl.docx geschreven');
});
