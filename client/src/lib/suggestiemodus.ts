import {
  suggestChanges,
  suggestChangesKey,
  isSuggestChangesEnabled,
  transformToSuggestionTransaction,
  withSuggestChanges,
} from '#suggest-changes';
import {
  SUGGESTIE_MARKS,
  geaccepteerdeTekst,
  leesSuggestieId,
  maakSuggestieId,
  toetsSuggestieWijziging,
  type SuggestieMaker,
  type SuggestieOvertreding,
} from '@gedeeld/suggesties';
import { Extension } from '@tiptap/core';
import type { Mark, Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { yUndoPluginKey } from 'y-prosemirror';
import { kortTijdstip } from './labels';

/*
 * Suggestion mode in the co-editor (ONDERHANDELEN): the library turns every edit into insertion
 * and deletion marks; this module makes those marks name the right person and partij, keeps the
 * user from touching someone else's suggestion (the server would refuse the update and close
 * the connection), and colours and attributes the suggestions in the text.
 */

/** Who edits, and for which partijen: what the suggestion ids and the rule are made of. */
export interface SuggestieContext {
  /** Whether the onderdeel is in ONDERHANDELEN and this user may write its text. */
  aan: boolean;
  partijId: string;
  gebruikerId: string;
  /** Every partij the user may write for (the server checks a new id's partij against these). */
  partijIds: readonly string[];
}

/** What the text shows of a suggestion's author: names come from the server, colour per partij. */
export interface SuggestieWeergave {
  kleurVanPartij: (partijId: string) => string;
  partijNaam: (partijId: string) => string;
  /** The author's name, once the server has told it (null until then). */
  auteurVan: (suggestieId: string) => string | null;
}

const weergaveKey = new PluginKey<DecorationSet>('suggestieWeergave');
/** Meta that asks the colour plugin to draw again (names or colours arrived). */
const OPNIEUW = 'suggestieWeergaveOpnieuw';

function isSuggestieMark(mark: Mark): boolean {
  return (SUGGESTIE_MARKS as readonly string[]).includes(mark.type.name);
}

function vanAnder(mark: Mark, gebruikerId: string): boolean {
  return leesSuggestieId(mark.attrs['id'])?.gebruikerId !== gebruikerId;
}

/** The suggestion marks of the inline content at `pos` (a character), or of the node there. */
function marksOp(doc: PmNode, pos: number, tekst: boolean): readonly Mark[] {
  if (tekst) return doc.resolve(pos).nodeAfter?.marks ?? [];
  return doc.nodeAt(pos)?.marks ?? [];
}

/**
 * The library joins an edit to the suggestion right next to it, whoever made that one, and may
 * give a neighbouring suggestion the new id. Put that right before the change leaves: content
 * that already carried a suggestion mark keeps its id, and what this change marked anew with
 * someone else's id carries the user's own. Whatever still breaks the rule afterwards is refused by the check.
 */
function herstelMakers(tr: Transaction, eigenId: string, gebruikerId: string): void {
  const voor = tr.before;
  const terug = tr.mapping.invert();
  interface Herstel {
    pos: number;
    tekst: boolean;
    weg: Mark;
    erbij: Mark;
  }
  const herstel: Herstel[] = [];
  const bekijk = (pos: number, tekst: boolean, marks: readonly Mark[]) => {
    const a = terug.mapResult(pos, 1);
    const b = terug.mapResult(pos + 1, -1);
    const oudPos = !a.deleted && b.pos - a.pos === 1 ? a.pos : null;
    const oud = oudPos === null ? [] : marksOp(voor, oudPos, tekst);
    for (const mark of marks.filter(isSuggestieMark)) {
      if (oud.some((m) => m.eq(mark))) continue;
      const vorige = oud.find((m) => m.type === mark.type && isSuggestieMark(m));
      if (vorige) herstel.push({ pos, tekst, weg: mark, erbij: vorige });
      else if (vanAnder(mark, gebruikerId))
        herstel.push({
          pos,
          tekst,
          weg: mark,
          erbij: mark.type.create({ ...mark.attrs, id: eigenId }),
        });
    }
  };
  tr.doc.descendants((node, pos) => {
    if (node.isText) {
      if (node.marks.some(isSuggestieMark))
        for (let i = 0; i < node.nodeSize; i++) bekijk(pos + i, true, node.marks);
      return false;
    }
    if (node.marks.length > 0) bekijk(pos, false, node.marks);
    return true;
  });
  // Consecutive characters that need the same repair become one mark step.
  for (let i = 0; i < herstel.length;) {
    const eerste = herstel[i]!;
    let eind = eerste.pos + 1;
    let j = i + 1;
    while (
      eerste.tekst &&
      j < herstel.length &&
      herstel[j]!.tekst &&
      herstel[j]!.pos === eind &&
      herstel[j]!.weg.eq(eerste.weg) &&
      herstel[j]!.erbij.eq(eerste.erbij)
    ) {
      eind++;
      j++;
    }
    if (eerste.tekst) {
      tr.removeMark(eerste.pos, eind, eerste.weg);
      tr.addMark(eerste.pos, eind, eerste.erbij);
    } else {
      tr.removeNodeMark(eerste.pos, eerste.weg);
      tr.addNodeMark(eerste.pos, eerste.erbij);
    }
    i = j;
  }
}

/** The short Dutch message for an edit the rule refuses. */
export function weigeringTekst(
  overtreding: SuggestieOvertreding,
  partijNaam: (partijId: string) => string,
): string {
  if (overtreding.soort === 'ANDERMANS_SUGGESTIE') {
    const naam = overtreding.maker ? partijNaam(overtreding.maker.partijId) : '';
    return `Dit is een suggestie van ${naam || 'een andere partij'}; alleen de indiener kan die wijzigen.`;
  }
  if (overtreding.soort === 'DIRECTE_WIJZIGING')
    return 'De onderhandeling is geopend: de tekst verandert alleen via suggesties. Deze wijziging is niet doorgevoerd.';
  return 'Deze wijziging kon niet als uw suggestie worden vastgelegd.';
}

interface YSyncMeta {
  isChangeOrigin?: boolean;
  isUndoRedoOperation?: boolean;
}

/** Whether a transaction is the user's own edit (not a remote change, undo or plugin bookkeeping). */
function eigenBewerking(tr: Transaction): boolean {
  const ySync = (tr.getMeta('y-sync$') ?? {}) as YSyncMeta;
  return tr.docChanged && !ySync.isChangeOrigin;
}

/**
 * A change from elsewhere that moved the accepted text: a suggestion was accepted or rejected
 * (by the server), or the phase changed. Undoing one's own typing from before it would now
 * change the accepted text directly, which the server refuses (it closes the connection).
 */
function verschuiftAanvaardeTekst(tr: Transaction): boolean {
  const ySync = (tr.getMeta('y-sync$') ?? {}) as YSyncMeta;
  return (
    tr.docChanged &&
    !!ySync.isChangeOrigin &&
    !ySync.isUndoRedoOperation &&
    !geaccepteerdeTekst(tr.before).eq(geaccepteerdeTekst(tr.doc))
  );
}

const koppelingen = new WeakMap<EditorView, SuggestieKoppeling>();

/** The koppeling of a view (the editor a component shows may be another than the first made). */
export function koppelingVan(view: EditorView): SuggestieKoppeling | null {
  return koppelingen.get(view) ?? null;
}

/** Meta of a direct edit the user confirmed (or made a suggestion) after the akkoord warning. */
const BEVESTIGD = 'suggestieBevestigd';

/** What to do with a direct edit that was held back for the akkoord warning. */
export interface SuggestieKoppeling {
  /** Change the text directly after all. False when it no longer fits the text. */
  doorlaten(tr: Transaction): boolean;
  /** Make the held edit a suggestion instead. False when it no longer fits the text. */
  alsSuggestie(tr: Transaction): boolean;
}

/**
 * Turns suggestion mode on in an editor's view: the library's dispatch decorator with ids that
 * name the user and partij, the repair of ids it borrowed from neighbours, and the check of the
 * result. `context` is read on every edit, so a phase change needs no new editor. While drafting,
 * `houdVast` may hold back a direct edit (true: held; the caller decides through the koppeling).
 */
export function koppelSuggestieModus(
  view: EditorView,
  context: () => SuggestieContext,
  onWeigering: (melding: SuggestieOvertreding) => void,
  houdVast?: (tr: Transaction) => boolean,
): SuggestieKoppeling | null {
  const origineel = view.props.dispatchTransaction;
  if (!origineel) return null;
  let laatsteId = '';
  const nieuwId = () => {
    const c = context();
    laatsteId = maakSuggestieId(c.partijId, c.gebruikerId);
    return laatsteId;
  };
  const gecontroleerd = function (this: EditorView, tr: Transaction) {
    const c = context();
    // What was typed before a settled suggestion cannot be undone any more: the history goes.
    if (c.aan && verschuiftAanvaardeTekst(tr))
      yUndoPluginKey.getState(this.state)?.undoManager.clear();
    if (c.aan && isSuggestChangesEnabled(this.state) && eigenBewerking(tr)) {
      let overtreding = toetsSuggestieWijziging(tr.before, tr.doc, c.gebruikerId, c.partijIds);
      if (overtreding && overtreding.soort !== 'DIRECTE_WIJZIGING') {
        herstelMakers(tr, laatsteId || nieuwId(), c.gebruikerId);
        overtreding = toetsSuggestieWijziging(tr.before, tr.doc, c.gebruikerId, c.partijIds);
      }
      if (overtreding) {
        onWeigering(overtreding);
        return;
      }
    } else if (
      !c.aan &&
      houdVast &&
      eigenBewerking(tr) &&
      !isSuggestChangesEnabled(this.state) &&
      !tr.getMeta(BEVESTIGD) &&
      houdVast(tr)
    )
      return;
    origineel.call(this, tr);
  };
  const alsSuggesties = withSuggestChanges(gecontroleerd, nieuwId);
  view.setProps({
    dispatchTransaction(this: EditorView, tr: Transaction) {
      try {
        alsSuggesties.call(this, tr);
      } catch {
        // A change the library cannot mark as a suggestion: refused, not thrown.
        onWeigering({ soort: 'ONBEKENDE_MAKER', suggestieId: '' });
      }
    },
  });
  // The held edit again on the text as it is now (someone else may have typed meanwhile).
  const opnieuw = (tr: Transaction): Transaction | null => {
    const nu = view.state.tr;
    try {
      for (const stap of tr.steps) if (nu.maybeStep(stap).failed) return null;
    } catch {
      // A position past the end of the text as it is now.
      return null;
    }
    return nu;
  };
  const koppeling: SuggestieKoppeling = {
    doorlaten(tr) {
      const nu = opnieuw(tr);
      if (!nu) return false;
      view.dispatch(nu.setMeta(BEVESTIGD, true));
      return true;
    },
    alsSuggestie(tr) {
      const nu = opnieuw(tr);
      if (!nu) return false;
      view.dispatch(
        transformToSuggestionTransaction(nu, view.state, nieuwId).setMeta(BEVESTIGD, true),
      );
      return true;
    },
  };
  koppelingen.set(view, koppeling);
  return koppeling;
}

/** Switch the library's suggestion mode on or off (a phase change, or the right to write). */
export function zetSuggestieModus(view: EditorView, aan: boolean): void {
  if (isSuggestChangesEnabled(view.state) === aan) return;
  view.dispatch(view.state.tr.setMeta(suggestChangesKey, { enabled: aan }));
}

/** Draw the suggestions again, e.g. when the authors' names have arrived. */
export function tekenSuggestiesOpnieuw(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(OPNIEUW, true));
}

/** Who made the suggestion at the cursor, for the line under the text (keyboard users). */
export function suggestieBijCursor(
  state: EditorState,
): { id: string; soort: string; maker: SuggestieMaker } | null {
  const { $from } = state.selection;
  for (const node of [$from.nodeAfter, $from.nodeBefore, $from.parent]) {
    const mark = node?.marks.find(isSuggestieMark);
    const maker = mark ? leesSuggestieId(mark.attrs['id']) : null;
    if (mark && maker) return { id: String(mark.attrs['id']), soort: mark.type.name, maker };
  }
  return null;
}

/** "Ingevoegd door Anne (Woonstede), 6 dec. 2026 14:02", the words of a suggestion's tooltip. */
export function suggestieOmschrijving(
  soort: string,
  id: string,
  maker: SuggestieMaker,
  weergave: SuggestieWeergave,
): string {
  const wat =
    soort === 'insertion' ? 'Ingevoegd' : soort === 'deletion' ? 'Geschrapt' : 'Opmaak gewijzigd';
  const auteur = weergave.auteurVan(id);
  const partij = weergave.partijNaam(maker.partijId) || 'onbekende partij';
  const wanneer = kortTijdstip(maker.tijd);
  return `${wat} door ${auteur ? `${auteur} (${partij})` : partij}, ${wanneer}`;
}

function tekenSuggesties(doc: PmNode, weergave: SuggestieWeergave): DecorationSet {
  const decoraties: Decoration[] = [];
  doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (!isSuggestieMark(mark)) continue;
      const id = String(mark.attrs['id']);
      const maker = leesSuggestieId(id);
      if (!maker) continue;
      const attrs = {
        class: `suggestie suggestie-${mark.type.name}`,
        style: `--suggestie-kleur: ${weergave.kleurVanPartij(maker.partijId)}`,
        title: suggestieOmschrijving(mark.type.name, id, maker, weergave),
        'data-suggestie': id,
      };
      decoraties.push(
        node.isInline
          ? Decoration.inline(pos, pos + node.nodeSize, attrs)
          : Decoration.node(pos, pos + node.nodeSize, attrs),
      );
    }
    return true;
  });
  return DecorationSet.create(doc, decoraties);
}

/**
 * The library's plugin (its on/off state and the pilcrows of block changes) and the colours per
 * partij with author, partij and time on hover. `weergave` is read when drawing.
 */
export function suggestieExtensie(weergave: () => SuggestieWeergave) {
  return Extension.create({
    name: 'suggestieModus',
    addProseMirrorPlugins() {
      return [
        suggestChanges(),
        new Plugin<DecorationSet>({
          key: weergaveKey,
          state: {
            init: (_config, state) => tekenSuggesties(state.doc, weergave()),
            apply: (tr, oud) =>
              tr.docChanged || tr.getMeta(OPNIEUW) ? tekenSuggesties(tr.doc, weergave()) : oud,
          },
          props: {
            decorations: (state) => weergaveKey.getState(state),
          },
        }),
      ];
    },
  });
}

/**
 * The author takes back their own suggestion: its insertions go, its deletions are undone. Not
 * the library's revertSuggestion, which also removes an insertion of someone else that directly
 * follows (it looks for the end of any insertion, whatever its id). Passed as it is, not as a
 * suggestion; the rule allows it (only the author).
 */
export function trekEigenSuggestieIn(view: EditorView, id: string): boolean {
  const tr = view.state.tr;
  const weg: { van: number; tot: number }[] = [];
  view.state.doc.descendants((node, pos) => {
    const eigen = (naam: string) =>
      node.marks.find((m) => m.type.name === naam && m.attrs['id'] === id);
    if (eigen('insertion')) {
      weg.push({ van: pos, tot: pos + node.nodeSize });
      return false;
    }
    const schrapping = eigen('deletion');
    if (schrapping) {
      // The library's anchor of a deletion across a paragraph break goes with the mark.
      if (node.isText && /^\u200b+$/.test(node.text ?? ''))
        weg.push({ van: pos, tot: pos + node.nodeSize });
      else if (node.isInline) tr.removeMark(pos, pos + node.nodeSize, schrapping);
      else tr.removeNodeMark(pos, schrapping);
    }
    return true;
  });
  // Removing marks moves nothing; the deletions from the end keep the earlier positions right.
  for (const { van, tot } of weg.reverse()) tr.delete(van, tot);
  if (!tr.docChanged) return false;
  view.dispatch(tr.setMeta(suggestChangesKey, { skip: true }));
  return true;
}
