import {
  applySuggestion,
  applySuggestions,
  deletion,
  insertion,
  modification,
  revertSuggestion,
  revertSuggestions,
} from '#suggest-changes';
import { Mark } from '@tiptap/core';
import {
  type MarkSpec,
  Node as PmNodeKlasse,
  type NodeSpec,
  type Node as PmNode,
  Schema,
} from '@tiptap/pm/model';
import { EditorState, type Command } from '@tiptap/pm/state';

/*
 * Suggestion mode (ONDERHANDELEN): an edit to an afspraak's text is kept as a suggestion, in the
 * marks of @handlewithcare/prosemirror-suggest-changes (insertion, deletion, modification), so
 * it lives in the Yjs document like any other formatting. This module is the one definition of
 * those marks, of who made a suggestion (its id) and of the rule every update is held to; the
 * web client checks its own edits with it before they leave, the server checks every update.
 */

export const SUGGESTIE_MARKS = ['insertion', 'deletion', 'modification'] as const;
export type SuggestieMark = (typeof SUGGESTIE_MARKS)[number];

function alsTiptapMark(naam: SuggestieMark, spec: MarkSpec) {
  return Mark.create({
    name: naam,
    inclusive: spec.inclusive ?? false,
    excludes: spec.excludes,
    addAttributes() {
      const attributen: Record<string, { default: unknown }> = {};
      for (const [sleutel, attr] of Object.entries(spec.attrs ?? {}))
        attributen[sleutel] = { default: 'default' in attr ? attr.default : null };
      return attributen;
    },
    parseHTML() {
      return spec.parseDOM ?? [];
    },
    renderHTML({ mark }) {
      return (spec.toDOM as (m: unknown, inline: boolean) => never)(mark, true);
    },
  });
}

/** The three suggestion marks (document-extensies.ts lets the block containers hold them). */
export const SUGGESTIE_EXTENSIES = [
  alsTiptapMark('insertion', insertion),
  alsTiptapMark('deletion', deletion),
  alsTiptapMark('modification', modification),
];

/**
 * Who made a suggestion, carried in its id so that every copy of the document knows it:
 * `partijId.gebruikerId.tijd.volgnummer`, time in base 36 milliseconds. The server refuses a
 * new id that names someone other than the connection's user.
 */
export interface SuggestieMaker {
  partijId: string;
  gebruikerId: string;
  /** When the suggestion was made (the author's clock; the server records its own). */
  tijd: Date;
}

let volgnummer = 0;

export function maakSuggestieId(partijId: string, gebruikerId: string, nu = new Date()): string {
  volgnummer = (volgnummer + 1) % 1_000_000;
  const uniek = `${volgnummer.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `${partijId}.${gebruikerId}.${nu.getTime().toString(36)}.${uniek}`;
}

export function leesSuggestieId(id: unknown): SuggestieMaker | null {
  if (typeof id !== 'string') return null;
  const delen = id.split('.');
  if (delen.length !== 4) return null;
  const [partijId, gebruikerId, tijd] = delen as [string, string, string, string];
  const ms = parseInt(tijd, 36);
  if (!partijId || !gebruikerId || !Number.isFinite(ms)) return null;
  return { partijId, gebruikerId, tijd: new Date(ms) };
}

function voerUit(doc: PmNode, opdracht: Command): PmNode {
  let uitkomst = doc;
  opdracht(EditorState.create({ doc }), (tr) => {
    uitkomst = tr.doc;
  });
  return uitkomst;
}

/** The text as agreed so far: every pending suggestion reverted. Standpunten hash this. */
export function geaccepteerdeTekst(doc: PmNode): PmNode {
  return voerUit(doc, revertSuggestions);
}

/** The text as it would read with every pending suggestion accepted. */
export function voorgesteldeTekst(doc: PmNode): PmNode {
  return voerUit(doc, applySuggestions);
}

/*
 * The library's per-suggestion commands look for the end of any insertion or deletion, whatever
 * its id: accepting or rejecting one suggestion also took a directly adjacent suggestion of
 * someone else. So they run on a copy in which every other suggestion wears a stand-in mark the
 * library does not know, and get their own marks back afterwards.
 */
const VERVANGER = 'anders_';
const afgeschermdeSchemas = new WeakMap<Schema, Schema>();

function afgeschermdSchema(schema: Schema): Schema {
  let afgeschermd = afgeschermdeSchemas.get(schema);
  if (afgeschermd) return afgeschermd;
  const extra = SUGGESTIE_MARKS.map((naam) => VERVANGER + naam).join(' ');
  const nodes: Record<string, NodeSpec> = {};
  schema.spec.nodes.forEach((naam, spec) => {
    nodes[naam] = spec.marks?.includes('insertion')
      ? { ...spec, marks: `${spec.marks} ${extra}` }
      : spec;
  });
  let marks = schema.spec.marks;
  for (const naam of SUGGESTIE_MARKS) {
    const spec = schema.spec.marks.get(naam)!;
    marks = marks.addToEnd(VERVANGER + naam, { attrs: spec.attrs, inclusive: false });
  }
  afgeschermd = new Schema({ nodes, marks, topNode: schema.spec.topNode });
  afgeschermdeSchemas.set(schema, afgeschermd);
  return afgeschermd;
}

type Json = { marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Json[] };

function hernoemMarks(json: Json, naam: (type: string, id: unknown) => string): Json {
  return {
    ...json,
    ...(json.marks
      ? { marks: json.marks.map((m) => ({ ...m, type: naam(m.type, m.attrs?.['id']) })) }
      : {}),
    ...(json.content ? { content: json.content.map((kind) => hernoemMarks(kind, naam)) } : {}),
  };
}

function alleenDeze(doc: PmNode, id: string, opdracht: Command): PmNode {
  const schema = doc.type.schema;
  const afgeschermd = afgeschermdSchema(schema);
  const kopie = PmNodeKlasse.fromJSON(
    afgeschermd,
    hernoemMarks(doc.toJSON() as Json, (type, markId) =>
      (SUGGESTIE_MARKS as readonly string[]).includes(type) && String(markId) !== id
        ? VERVANGER + type
        : type,
    ),
  );
  const uitkomst = voerUit(kopie, opdracht);
  return PmNodeKlasse.fromJSON(
    schema,
    hernoemMarks(uitkomst.toJSON() as Json, (type) =>
      type.startsWith(VERVANGER) ? type.slice(VERVANGER.length) : type,
    ),
  );
}

/** Accepts one suggestion: its insertions stay as text, what it deletes goes. Others stay. */
export function aanvaardSuggestie(doc: PmNode, id: string): PmNode {
  return alleenDeze(doc, id, applySuggestion(id));
}

/** Rejects (or withdraws) one suggestion: its insertions go, its deletions are undone. */
export function verwerpSuggestie(doc: PmNode, id: string): PmNode {
  return alleenDeze(doc, id, revertSuggestion(id));
}

/** What one suggestion holds: the text it inserts and deletes, and its other marked nodes. */
export interface SuggestieInhoud {
  id: string;
  /** The words it inserts, those of a whole inserted block (a list, a table) included. */
  ingevoegd: string;
  geschrapt: string;
  /** Marked nodes that are not text (blocks, changed attributes), as JSON, in document order. */
  overig: string[];
  /** Where it starts and ends in the document (the first and last marked node). */
  van: number;
  tot: number;
}

function erbij(tekst: string, meer: string): string {
  return tekst && meer && !/\s$/.test(tekst) ? `${tekst} ${meer}` : tekst + meer;
}

/** Every suggestion in the document, in order of first appearance. */
export function suggestiesIn(doc: PmNode): Map<string, SuggestieInhoud> {
  const uitkomst = new Map<string, SuggestieInhoud>();
  /** Per suggestion and kind, where the block whose words were taken whole ends. */
  const blokEind = new Map<string, number>();
  doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (!(SUGGESTIE_MARKS as readonly string[]).includes(mark.type.name)) continue;
      const id = String(mark.attrs['id']);
      const inhoud = uitkomst.get(id) ?? {
        id,
        ingevoegd: '',
        geschrapt: '',
        overig: [],
        van: pos,
        tot: pos,
      };
      inhoud.tot = Math.max(inhoud.tot, pos + node.nodeSize);
      const sleutel = `${id} ${mark.type.name}`;
      const alGeteld = pos < (blokEind.get(sleutel) ?? -1);
      const woorden = node.isText
        ? (node.text ?? '')
        : node.textBetween(0, node.content.size, ' ', ' ');
      if (!node.isText)
        inhoud.overig.push(
          JSON.stringify({ mark: mark.attrs, soort: mark.type.name, node: node.type.name }),
        );
      if (!node.isText && !alGeteld && node.content.size > 0)
        blokEind.set(sleutel, pos + node.nodeSize);
      const veld =
        mark.type.name === 'insertion'
          ? 'ingevoegd'
          : mark.type.name === 'deletion'
            ? 'geschrapt'
            : null;
      if (veld && !alGeteld)
        inhoud[veld] = node.isText ? inhoud[veld] + woorden : erbij(inhoud[veld], woorden);
      uitkomst.set(id, inhoud);
    }
    return true;
  });
  return uitkomst;
}

export type SuggestieOvertreding =
  | { soort: 'DIRECTE_WIJZIGING' }
  | { soort: 'ONBEKENDE_MAKER'; suggestieId: string }
  | { soort: 'ANDERMANS_SUGGESTIE'; suggestieId: string; maker: SuggestieMaker | null };

/**
 * The rule of suggestion mode for one change of an afspraak's text, by one user for the
 * partijen they may act for: the accepted text stays as it was (every change is a suggestion),
 * and only a suggestion's author adds to it, changes it or withdraws it. Accepting and
 * rejecting are not edits: the server applies them. Null when the change keeps the rule.
 */
export function toetsSuggestieWijziging(
  voor: PmNode,
  na: PmNode,
  gebruikerId: string,
  partijIds: readonly string[],
): SuggestieOvertreding | null {
  if (!geaccepteerdeTekst(voor).eq(geaccepteerdeTekst(na))) return { soort: 'DIRECTE_WIJZIGING' };
  const oud = suggestiesIn(voor);
  const nieuw = suggestiesIn(na);
  for (const id of new Set([...oud.keys(), ...nieuw.keys()])) {
    const a = oud.get(id);
    const b = nieuw.get(id);
    if (a && b && a.ingevoegd === b.ingevoegd && a.geschrapt === b.geschrapt)
      if (a.overig.join('\n') === b.overig.join('\n')) continue;
    const maker = leesSuggestieId(id);
    if (!maker || (!a && !partijIds.includes(maker.partijId)))
      return { soort: 'ONBEKENDE_MAKER', suggestieId: id };
    if (maker.gebruikerId !== gebruikerId)
      return { soort: 'ANDERMANS_SUGGESTIE', suggestieId: id, maker };
  }
  return null;
}
