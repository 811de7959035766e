import {
  type FileChild,
  HeadingLevel,
  type ParagraphChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PmMark, PmNode } from '../collaboration/prosemirror';
import { alinea, KOP_KLEUR } from './docx-bouwstenen';

function runs(nodes: PmNode[] | undefined): ParagraphChild[] {
  return (nodes ?? []).flatMap((node): ParagraphChild[] => {
    if (node.type === 'text') {
      const marks = new Set((node.marks ?? []).map((m: PmMark) => m.type));
      return [
        new TextRun({
          text: node.text ?? '',
          bold: marks.has('bold') || marks.has('strong'),
          italics: marks.has('italic') || marks.has('em'),
          underline: marks.has('underline') ? {} : undefined,
          strike: marks.has('strike'),
        }),
      ];
    }
    if (node.type === 'hardBreak' || node.type === 'hard_break') return [new TextRun({ break: 1 })];
    return runs(node.content);
  });
}

/** ProseMirror JSON as Word paragraphs and tables; plain text when there is no JSON. */
export function rijkeTekst(json: Record<string, unknown> | null, platteTekst: string): FileChild[] {
  const doc = json as PmNode | null;
  if (!doc?.content?.length) {
    return platteTekst
      .split('\n')
      .filter((r) => r.trim())
      .map((r) => alinea(r));
  }
  const blokken = (nodes: PmNode[], lijst?: { genummerd: boolean; niveau: number }): FileChild[] =>
    nodes.flatMap((node, index): FileChild[] => {
      switch (node.type) {
        case 'heading': {
          const level = Number(node.attrs?.level ?? 3);
          return [
            new Paragraph({
              heading: level <= 2 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
              children: runs(node.content),
            }),
          ];
        }
        case 'bulletList':
        case 'bullet_list':
        case 'orderedList':
        case 'ordered_list':
          return blokken(node.content ?? [], {
            genummerd: node.type.startsWith('ordered'),
            niveau: lijst ? lijst.niveau + 1 : 0,
          });
        case 'listItem':
        case 'list_item':
          return (node.content ?? []).flatMap((kind, i) =>
            kind.type === 'paragraph' && i === 0
              ? [
                  // Marks as text rather than Word numbering, so the body needs no numbering part.
                  new Paragraph({
                    indent: { left: 360 * ((lijst?.niveau ?? 0) + 1), hanging: 280 },
                    children: [
                      new TextRun(lijst?.genummerd ? `${index + 1}.\t` : '•\t'),
                      ...runs(kind.content),
                    ],
                  }),
                ]
              : blokken([kind], lijst),
          );
        case 'table':
          return [
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: (node.content ?? []).map(
                (rij) =>
                  new TableRow({
                    children: (rij.content ?? []).map(
                      (cel) =>
                        new TableCell({
                          shading:
                            cel.type === 'tableHeader' || cel.type === 'table_header'
                              ? { type: ShadingType.CLEAR, color: 'auto', fill: KOP_KLEUR }
                              : undefined,
                          children: (cel.content ?? []).map(
                            (p) =>
                              new Paragraph({ style: 'Tabeltekst', children: runs(p.content) }),
                          ),
                        }),
                    ),
                  }),
              ),
            }),
          ];
        case 'blockquote':
          return (node.content ?? []).map(
            (p) => new Paragraph({ indent: { left: 567 }, children: runs(p.content) }),
          );
        default:
          return [new Paragraph({ children: runs(node.content) })];
      }
    });
  return blokken(doc.content);
}
