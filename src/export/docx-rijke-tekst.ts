import {
  DeletedTextRun,
  type FileChild,
  InsertedTextRun,
  type IParagraphRunOptions,
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

/**
 * Pending suggestions as Word revisions: who made each (Word's author and date) and the next
 * revision id, which Word wants unique in the whole document.
 */
export interface Revisies {
  maker(suggestieId: string): { author: string; date: string };
  volgendeId(): number;
}

type Wijziging = { soort: 'insertion' | 'deletion'; id: string };

/** The insertion or deletion mark among a node's marks (a modification changes no text). */
function wijzigingVan(marks: PmMark[] | undefined): Wijziging | null {
  const mark = (marks ?? []).find((m) => m.type === 'insertion' || m.type === 'deletion');
  if (!mark) return null;
  const id = mark.attrs?.['id'];
  return {
    soort: mark.type as Wijziging['soort'],
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : '',
  };
}

/**
 * Marks a suggestion leaves at a block boundary (a split or joined paragraph): not text, never
 * printed; a paragraph ending in one has its paragraph mark inserted or deleted.
 */
const GRENS = '\u200B';

function runs(
  nodes: PmNode[] | undefined,
  revisies?: Revisies,
  blokWijziging?: Wijziging | null,
): ParagraphChild[] {
  return (nodes ?? []).flatMap((node): ParagraphChild[] => {
    const wijziging = wijzigingVan(node.marks) ?? blokWijziging ?? null;
    // Without revisions the accepted text: a pending insertion is not (yet) part of it.
    if (!revisies && wijziging?.soort === 'insertion') return [];
    const revisie =
      revisies && wijziging ? { id: revisies.volgendeId(), ...revisies.maker(wijziging.id) } : null;
    if (node.type === 'text') {
      const text = (node.text ?? '').replaceAll(GRENS, '');
      if (!text) return [];
      const marks = new Set((node.marks ?? []).map((m: PmMark) => m.type));
      const opmaak = {
        text,
        bold: marks.has('bold') || marks.has('strong'),
        italics: marks.has('italic') || marks.has('em'),
        underline: marks.has('underline') ? {} : undefined,
        strike: marks.has('strike'),
      };
      if (revisie && wijziging?.soort === 'insertion')
        return [new InsertedTextRun({ ...opmaak, ...revisie })];
      if (revisie) return [new DeletedTextRun({ ...opmaak, ...revisie })];
      return [new TextRun(opmaak)];
    }
    if (node.type === 'hardBreak' || node.type === 'hard_break') {
      if (revisie && wijziging?.soort === 'insertion')
        return [new InsertedTextRun({ break: 1, ...revisie })];
      if (revisie) return [new DeletedTextRun({ break: 1, ...revisie })];
      return [new TextRun({ break: 1 })];
    }
    return runs(node.content, revisies, wijziging);
  });
}

/**
 * The revision of a paragraph's own mark: the whole paragraph is a suggestion (a node mark), or
 * it ends in a suggestion's boundary marker (a paragraph split or joined).
 */
function alineaRevisie(
  node: PmNode,
  revisies: Revisies | undefined,
): { run: IParagraphRunOptions } | Record<string, never> {
  if (!revisies) return {};
  const laatste = node.content?.at(-1);
  const wijziging =
    wijzigingVan(node.marks) ??
    (laatste?.type === 'text' && laatste.text?.endsWith(GRENS)
      ? wijzigingVan(laatste.marks)
      : null);
  if (!wijziging) return {};
  const revisie = { id: revisies.volgendeId(), ...revisies.maker(wijziging.id) };
  return { run: wijziging.soort === 'insertion' ? { insertion: revisie } : { deletion: revisie } };
}

/**
 * A block suggested as a whole (a list, a table) carries its mark on the block only; Word keeps
 * revisions on rows, paragraphs and runs, so the mark goes down to every part inside that has no
 * insertion or deletion of its own.
 */
function blokMarkNaarBinnen(node: PmNode, omhullend: PmMark | null = null): PmNode {
  const eigen = (node.marks ?? []).find((m) => m.type === 'insertion' || m.type === 'deletion');
  const mark = eigen ?? omhullend;
  return {
    ...node,
    ...(mark && !eigen ? { marks: [...(node.marks ?? []), mark] } : {}),
    ...(node.content
      ? { content: node.content.map((kind) => blokMarkNaarBinnen(kind, mark ?? null)) }
      : {}),
  };
}

/**
 * ProseMirror JSON as Word paragraphs and tables; plain text when there is no JSON. Suggestion
 * marks in the JSON: with `revisies` as Word revisions (w:ins, w:del) by their makers, without
 * as the accepted text (insertions left out, deletions kept).
 */
export function rijkeTekst(
  json: Record<string, unknown> | null,
  platteTekst: string,
  revisies?: Revisies,
): FileChild[] {
  const doc = json ? blokMarkNaarBinnen(json as unknown as PmNode) : null;
  if (!doc?.content?.length) {
    return platteTekst
      .split('\n')
      .filter((r) => r.trim())
      .map((r) => alinea(r));
  }
  // The accepted text leaves out a block that is a pending insertion as a whole.
  const telt = (node: PmNode) => revisies || wijzigingVan(node.marks)?.soort !== 'insertion';
  /** A paragraph's runs and the revision of its own mark; `binnen` is the marked block around it. */
  const alineaInhoud = (node: PmNode, binnen?: PmNode) => ({
    children: runs(node.content, revisies, wijzigingVan(node.marks) ?? wijzigingVan(binnen?.marks)),
    ...alineaRevisie(
      binnen && !node.marks?.length ? { ...node, marks: binnen.marks } : node,
      revisies,
    ),
  });
  /** A table row suggested as a whole is a row revision, so rejecting it in Word leaves no row. */
  const rijRevisie = (rij: PmNode) => {
    const wijziging = revisies && wijzigingVan(rij.marks);
    if (!revisies || !wijziging) return {};
    const revisie = { id: revisies.volgendeId(), ...revisies.maker(wijziging.id) };
    return wijziging.soort === 'insertion' ? { insertion: revisie } : { deletion: revisie };
  };
  const blokken = (nodes: PmNode[], lijst?: { genummerd: boolean; niveau: number }): FileChild[] =>
    nodes.filter(telt).flatMap((node, index): FileChild[] => {
      switch (node.type) {
        case 'heading': {
          const level = Number(node.attrs?.level ?? 3);
          return [
            new Paragraph({
              heading: level <= 2 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
              ...alineaInhoud(node),
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
          return (node.content ?? []).filter(telt).flatMap((kind, i) => {
            if (kind.type !== 'paragraph' || i > 0) return blokken([kind], lijst);
            const { children, ...revisie } = alineaInhoud(kind, node);
            return [
              // Marks as text rather than Word numbering, so the body needs no numbering part.
              new Paragraph({
                indent: { left: 360 * ((lijst?.niveau ?? 0) + 1), hanging: 280 },
                children: [new TextRun(lijst?.genummerd ? `${index + 1}.\t` : '•\t'), ...children],
                ...revisie,
              }),
            ];
          });
        case 'table':
          return [
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: (node.content ?? []).filter(telt).map(
                (rij) =>
                  new TableRow({
                    ...rijRevisie(rij),
                    children: (rij.content ?? []).map(
                      (cel) =>
                        new TableCell({
                          shading:
                            cel.type === 'tableHeader' || cel.type === 'table_header'
                              ? { type: ShadingType.CLEAR, color: 'auto', fill: KOP_KLEUR }
                              : undefined,
                          children: (cel.content ?? []).filter(telt).map(
                            (p) =>
                              new Paragraph({
                                style: 'Tabeltekst',
                                ...alineaInhoud(p, cel.marks?.length ? cel : rij),
                              }),
                          ),
                        }),
                    ),
                  }),
              ),
            }),
          ];
        case 'blockquote':
          return (node.content ?? [])
            .filter(telt)
            .map((p) => new Paragraph({ indent: { left: 567 }, ...alineaInhoud(p, node) }));
        default:
          return [new Paragraph(alineaInhoud(node))];
      }
    });
  return blokken(doc.content);
}
