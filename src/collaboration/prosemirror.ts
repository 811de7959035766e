import * as Y from 'yjs';

/*
 * The document layout shared with the web client (Tiptap/ProseMirror through y-prosemirror):
 * an XmlFragment per afspraak, named after the afspraak's id, holding ProseMirror nodes as
 * XmlElements (nodeName = node type, attributes = node attrs) and text as XmlText whose
 * formatting attributes are the marks. The preamble lives in the hoofddocument's document as
 * the fragment "preambule".
 */
export const PREAMBULE_FRAGMENT = 'preambule';

export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: PmMark[];
}

/** Node types whose text ends a line in the plain-text form. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'list_item',
  'tableRow',
  'table_row',
  'blockquote',
  'codeBlock',
  'code_block',
]);
const CELLS = new Set(['tableCell', 'table_cell', 'tableHeader', 'table_header']);

function marksOf(attributes: Record<string, unknown> | undefined): PmMark[] | undefined {
  if (!attributes) return undefined;
  const marks = Object.entries(attributes).map(([type, attrs]) =>
    attrs && typeof attrs === 'object' && Object.keys(attrs).length > 0
      ? { type, attrs: attrs as Record<string, unknown> }
      : { type },
  );
  return marks.length ? marks : undefined;
}

function nodeToPm(node: Y.XmlElement | Y.XmlText | Y.XmlHook): PmNode[] {
  if (node instanceof Y.XmlText) {
    const delta = node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
    return delta
      .filter(
        (op): op is { insert: string; attributes?: Record<string, unknown> } =>
          typeof op.insert === 'string' && op.insert.length > 0,
      )
      .map((op) => {
        const marks = marksOf(op.attributes);
        return marks ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert };
      });
  }
  if (node instanceof Y.XmlElement) {
    const attrs = node.getAttributes() as Record<string, unknown>;
    const content = node.toArray().flatMap((child) => nodeToPm(child as Y.XmlElement | Y.XmlText));
    return [
      {
        type: node.nodeName,
        ...(Object.keys(attrs).length ? { attrs } : {}),
        ...(content.length ? { content } : {}),
      },
    ];
  }
  return [];
}

/** The fragment as a ProseMirror document (JSON). */
export function fragmentToProseMirror(fragment: Y.XmlFragment): PmNode {
  return {
    type: 'doc',
    content: fragment.toArray().flatMap((child) => nodeToPm(child as Y.XmlElement | Y.XmlText)),
  };
}

/** The plain text of a ProseMirror document: one line per block, cells separated by tabs. */
export function proseMirrorToText(doc: PmNode): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: PmNode, inCell: boolean) => {
    if (node.type === 'text') {
      line += node.text ?? '';
      return;
    }
    if (node.type === 'hardBreak' || node.type === 'hard_break') line += '\n';
    node.content?.forEach((child, i) => {
      if (CELLS.has(child.type) && i > 0) line += '\t';
      else if (inCell && BLOCKS.has(child.type) && i > 0) line += ' ';
      walk(child, inCell || CELLS.has(child.type));
    });
    // Inside a table cell a paragraph ends nothing: the row ends the line.
    if (BLOCKS.has(node.type) && !inCell && line.length > 0) {
      lines.push(line);
      line = '';
    }
  };
  walk(doc, false);
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Replaces a fragment's content with plain text: one paragraph per line. */
export function setFragmentText(fragment: Y.XmlFragment, tekst: string): void {
  fragment.delete(0, fragment.length);
  const paragraphs = tekst
    .split(/\r?\n/)
    .filter((line, i, all) => line.length > 0 || (i > 0 && i < all.length - 1))
    .map((line) => {
      const paragraph = new Y.XmlElement('paragraph');
      if (line.length) paragraph.insert(0, [new Y.XmlText(line)]);
      return paragraph;
    });
  if (paragraphs.length) fragment.insert(0, paragraphs);
}

function pmToNodes(nodes: PmNode[]): (Y.XmlElement | Y.XmlText)[] {
  const uit: (Y.XmlElement | Y.XmlText)[] = [];
  let tekst: Y.XmlText | null = null;
  let lengte = 0;
  for (const node of nodes) {
    if (node.type === 'text') {
      // Adjacent text nodes are one XmlText with formatted runs, as y-prosemirror keeps them.
      if (!tekst) {
        tekst = new Y.XmlText();
        lengte = 0;
        uit.push(tekst);
      }
      const attributen = Object.fromEntries((node.marks ?? []).map((m) => [m.type, m.attrs ?? {}]));
      tekst.insert(lengte, node.text ?? '', attributen);
      lengte += (node.text ?? '').length;
      continue;
    }
    tekst = null;
    const element = new Y.XmlElement(node.type);
    for (const [naam, waarde] of Object.entries(node.attrs ?? {}))
      element.setAttribute(naam, waarde as string);
    const kinderen = pmToNodes(node.content ?? []);
    if (kinderen.length) element.insert(0, kinderen);
    uit.push(element);
  }
  return uit;
}

/** Replaces a fragment's content with a ProseMirror document (JSON), formatting included. */
export function setFragmentProseMirror(fragment: Y.XmlFragment, doc: PmNode): void {
  fragment.delete(0, fragment.length);
  const nodes = pmToNodes(doc.content ?? []);
  if (nodes.length) fragment.insert(0, nodes);
}
