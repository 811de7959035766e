import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';

/*
 * The passages comments hang on, highlighted in the text. The server stores an anchor as two Yjs
 * relative positions (base64, see src/collaboration/anker.ts), which follow every edit; here they
 * become ProseMirror positions through y-prosemirror's mapping and are drawn as decorations, so
 * nothing enters the shared document.
 */

/** One open thread's anchor in this afspraak's text. */
export interface TekstAnker {
  opmerkingId: string;
  start: string;
  eind: string;
  /** What a screen reader and the tooltip say: who commented. */
  omschrijving: string;
}

export interface AnkerBron {
  ankers: readonly TekstAnker[];
  /** The thread the user is looking at (in the margin or the panel): drawn stronger. */
  actief: string | null;
  /** A click in a highlighted passage. */
  onKlik: (opmerkingId: string) => void;
}

const ankerKey = new PluginKey<DecorationSet>('opmerkingAnkers');
/** Meta that asks for the anchors to be drawn again (the list or the active one changed). */
const OPNIEUW = 'opmerkingAnkersOpnieuw';

function decodeer(base64: string): Y.RelativePosition | null {
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

type Mapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

interface YSyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Mapping } | null;
}

/** Where an anchor stands in the editor's text now, or null (text deleted, not yet synced). */
export function ankerBereik(
  state: EditorState,
  anker: Pick<TekstAnker, 'start' | 'eind'>,
): { van: number; tot: number } | null {
  const ys = ySyncPluginKey.getState(state) as YSyncState | undefined;
  if (!ys?.binding) return null;
  const start = decodeer(anker.start);
  const eind = decodeer(anker.eind);
  if (!start || !eind) return null;
  try {
    const van = relativePositionToAbsolutePosition(ys.doc, ys.type, start, ys.binding.mapping);
    const tot = relativePositionToAbsolutePosition(ys.doc, ys.type, eind, ys.binding.mapping);
    const max = state.doc.content.size;
    if (van === null || tot === null || tot <= van || van < 0 || tot > max) return null;
    return { van, tot };
  } catch {
    // A Yjs type the editor has not rendered yet (the mapping lacks it): drawn at the next sync.
    return null;
  }
}

function teken(state: EditorState, bron: AnkerBron): DecorationSet {
  const decoraties: Decoration[] = [];
  for (const anker of bron.ankers) {
    const bereik = ankerBereik(state, anker);
    if (!bereik) continue;
    const actief = anker.opmerkingId === bron.actief;
    decoraties.push(
      Decoration.inline(
        bereik.van,
        bereik.tot,
        {
          class: `opmerking-anker${actief ? ' opmerking-anker-actief' : ''}`,
          'data-opmerking': anker.opmerkingId,
          title: anker.omschrijving,
        },
        { opmerkingId: anker.opmerkingId },
      ),
    );
  }
  return DecorationSet.create(state.doc, decoraties);
}

/** Whether a transaction carries a change from the shared document (then Yjs knows it already). */
function vanYjs(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return !!meta?.isChangeOrigin;
}

/**
 * The plugin: recomputed from the relative positions when the shared document changed or the
 * list did; a local edit (not yet in Yjs when this runs) only moves the highlights along.
 */
export function opmerkingAnkerExtensie(bron: () => AnkerBron) {
  return Extension.create({
    name: 'opmerkingAnkers',
    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationSet>({
          key: ankerKey,
          state: {
            init: () => DecorationSet.empty,
            apply: (tr, oud, _voor, na) =>
              tr.getMeta(OPNIEUW) || vanYjs(tr)
                ? teken(na, bron())
                : tr.docChanged
                  ? oud.map(tr.mapping, tr.doc)
                  : oud,
          },
          props: {
            decorations: (state) => ankerKey.getState(state),
            handleClick: (view, pos) => {
              const gevonden = ankerKey.getState(view.state)?.find(pos, pos) ?? [];
              const id = (gevonden[0]?.spec as { opmerkingId?: string } | undefined)?.opmerkingId;
              if (id) bron().onKlik(id);
              return false;
            },
          },
        }),
      ];
    },
  });
}

/** Draw the anchors again: the list of threads or the active one changed. */
export function tekenAnkersOpnieuw(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(OPNIEUW, true));
}

/** The thread whose passage holds the cursor (for keyboard users, who cannot click it). */
export function ankerBijCursor(state: EditorState): string | null {
  const { from } = state.selection;
  const gevonden = ankerKey.getState(state)?.find(from, from) ?? [];
  return (gevonden[0]?.spec as { opmerkingId?: string } | undefined)?.opmerkingId ?? null;
}
