import { getSchema } from '@tiptap/core';
import { Node as PmModelNode } from '@tiptap/pm/model';
import {
  prosemirrorToYXmlFragment,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode,
} from 'y-prosemirror';
import * as Y from 'yjs';
import { DOCUMENT_EXTENSIES } from '../gedeeld/document-extensies';

/*
 * The document layout shared with the web client (Tiptap bound to Yjs through y-prosemirror):
 * an XmlFragment per afspraak, named after the afspraak's id, in the schema of
 * DOCUMENT_EXTENSIES. Both directions use y-prosemirror's own converters with that schema, so
 * the server reads and writes exactly what the editor does. The preamble lives in the
 * hoofddocument's document as the fragment "preambule".
 */
export const PREAMBULE_FRAGMENT = 'preambule';

/** The ProseMirror schema of the co-editor, built from the extension list the client uses. */
export const documentSchema = getSchema(DOCUMENT_EXTENSIES);

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

/**
 * How a block's marks (a suggestion that inserts or deletes a list, item or table) are kept on
 * its element: y-prosemirror drops marks on nodes, so patches/y-prosemirror+1.3.7.patch stores
 * each as the attribute `__mark_<name>`, for the editor and the server alike.
 */
const BLOKMARK_ATTRIBUUT = '__mark_';

/** Node types whose text ends a line in the plain-text form. */
export const REGELBLOKKEN = new Set([
  'paragraph',
  'heading',
  'listItem',
  'tableRow',
  'blockquote',
  'codeBlock',
]);
/** Table cells: separated by a tab on their row's line. */
export const CELLEN = new Set(['tableCell', 'tableHeader']);

/**
 * Whether y-prosemirror can read the fragment without changing it. Its reader deletes from the
 * Y.Doc what the schema does not know (a node or mark of another editor) and merges adjacent
 * texts of its own client: right for an editor, but the server only reads while it materialises.
 */
function leesbaarZonderWijziging(type: Y.XmlFragment | Y.XmlElement): boolean {
  let vorigeWasTekst = false;
  for (const kind of type.toArray()) {
    if (kind instanceof Y.XmlText) {
      if (vorigeWasTekst) return false;
      vorigeWasTekst = true;
      for (const op of kind.toDelta() as { insert: unknown; attributes?: object }[]) {
        if (typeof op.insert !== 'string' || op.insert.length === 0) return false;
        for (const sleutel of Object.keys(op.attributes ?? {}))
          if (!documentSchema.marks[sleutel.split('--')[0]!]) return false;
      }
      continue;
    }
    vorigeWasTekst = false;
    if (!(kind instanceof Y.XmlElement) || !documentSchema.nodes[kind.nodeName]) return false;
    if (!leesbaarZonderWijziging(kind)) return false;
  }
  return true;
}

/**
 * Calls `bezoek` for each element below `type` with the ProseMirror node it stands for: elements
 * pair up one to one, and a Y.XmlText holds a run of adjacent text nodes.
 */
function perElement(
  type: Y.XmlFragment | Y.XmlElement,
  nodes: PmNode[],
  bezoek: (element: Y.XmlElement, node: PmNode) => void,
): void {
  let i = 0;
  for (const kind of type.toArray()) {
    if (kind instanceof Y.XmlText) {
      while (nodes[i]?.type === 'text') i++;
      continue;
    }
    const node = nodes[i++];
    if (!(kind instanceof Y.XmlElement) || !node) continue;
    bezoek(kind, node);
    perElement(kind, node.content ?? [], bezoek);
  }
}

/**
 * Keeps only the attributes the document holds: the schema's defaults that an editor fills in
 * as it reads are not part of the text (and an editor stores every attribute it sets).
 */
function alleenOpgeslagenAttributen(fragment: Y.XmlFragment, doc: PmNode): PmNode {
  perElement(fragment, doc.content ?? [], (element, node) => {
    const opgeslagen = element.getAttributes();
    const attrs = Object.fromEntries(
      Object.entries(node.attrs ?? {}).filter(([naam]) => naam in opgeslagen),
    );
    if (Object.keys(attrs).length) node.attrs = attrs;
    else delete node.attrs;
  });
  return doc;
}

/**
 * The fragment as a ProseMirror document (JSON), in the co-editor's schema: what an editor
 * opening it shows. What the schema does not know is left out, as the editor drops it; such a
 * fragment is read from a copy, so the document itself stays as it is.
 */
export function fragmentToProseMirror(fragment: Y.XmlFragment): PmNode {
  let bron = fragment;
  if (!leesbaarZonderWijziging(fragment) && fragment.doc) {
    const kopie = new Y.Doc();
    Y.applyUpdate(kopie, Y.encodeStateAsUpdate(fragment.doc));
    bron = kopie.getXmlFragment(Y.findRootTypeKey(fragment));
  }
  const doc = yXmlFragmentToProseMirrorRootNode(bron, documentSchema).toJSON() as PmNode;
  return alleenOpgeslagenAttributen(bron, doc);
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
    if (node.type === 'hardBreak') line += '\n';
    node.content?.forEach((child, i) => {
      if (CELLEN.has(child.type) && i > 0) line += '\t';
      else if (inCell && REGELBLOKKEN.has(child.type) && i > 0) line += ' ';
      walk(child, inCell || CELLEN.has(child.type));
    });
    // Inside a table cell a paragraph ends nothing: the row ends the line.
    if (REGELBLOKKEN.has(node.type) && !inCell && line.length > 0) {
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
  const alineas = tekst
    .split(/\r?\n/)
    .filter((line, i, all) => line.length > 0 || (i > 0 && i < all.length - 1))
    .map((line): PmNode => ({
      type: 'paragraph',
      ...(line.length ? { content: [{ type: 'text', text: line }] } : {}),
    }));
  setFragmentProseMirror(fragment, { type: 'doc', content: alineas });
}

/** Replaces a fragment's content with a ProseMirror document (JSON), formatting included. */
export function setFragmentProseMirror(fragment: Y.XmlFragment, doc: PmNode): void {
  const node = PmModelNode.fromJSON(documentSchema, doc);
  const schrijf = () => {
    fragment.delete(0, fragment.length);
    prosemirrorToYXmlFragment(node, fragment);
    // The document holds what the JSON says, not the schema's defaults y-prosemirror filled in.
    perElement(fragment, doc.content ?? [], (element, bron) => {
      for (const naam of Object.keys(element.getAttributes()))
        if (bron.attrs?.[naam] === undefined && !naam.startsWith(BLOKMARK_ATTRIBUUT))
          element.removeAttribute(naam);
    });
  };
  if (fragment.doc) fragment.doc.transact(schrijf);
  else schrijf();
}

/**
 * Changes a fragment to what `wijzig` makes of its ProseMirror document, with y-prosemirror's
 * own diff (as an editor would): only the blocks that differ are rewritten, so other people's
 * cursors and pending suggestions elsewhere in the text stay. Nothing is written when the
 * document comes back equal. Runs inside a transaction of the caller's.
 */
export function wijzigFragment(
  fragment: Y.XmlFragment,
  wijzig: (doc: PmModelNode) => PmModelNode,
): void {
  const doc = fragment.doc;
  if (!doc) return;
  const huidig = yXmlFragmentToProseMirrorRootNode(fragment, documentSchema);
  const nieuw = wijzig(huidig);
  if (nieuw.eq(huidig)) return;
  updateYFragment(doc, fragment, nieuw, { mapping: new Map(), isOMark: new Map() });
}
