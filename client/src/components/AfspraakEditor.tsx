import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCursor from '@tiptap/extension-collaboration-cursor';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { DOCUMENT_EXTENSIES } from '@gedeeld/document-extensies';
import { useEffect, useRef, useState } from 'react';
import type { Transaction } from '@tiptap/pm/state';
import type { Gebruiker, Samenwerking } from '../lib/collab';
import { AkkoordWaarschuwing } from '../screens/onderdeel/AkkoordWaarschuwing';
import {
  ankerBijCursor,
  opmerkingAnkerExtensie,
  tekenAnkersOpnieuw,
  type AnkerBron,
} from '../lib/opmerking-ankers';
import { cursorLabelsBinnen } from '../lib/cursor-labels';
import { OpmerkingenMarge, type MargeDraad } from './OpmerkingenMarge';
import {
  koppelSuggestieModus,
  koppelingVan,
  suggestieBijCursor,
  suggestieExtensie,
  suggestieOmschrijving,
  tekenSuggestiesOpnieuw,
  weigeringTekst,
  zetSuggestieModus,
  type SuggestieContext,
  type SuggestieWeergave,
} from '../lib/suggestiemodus';
import { leesSelectieVoorToets } from '../lib/dom-selectie';

/** The control characters the co-editor refuses (all of C0 but tab and newline): left out of a paste. */
// eslint-disable-next-line no-control-regex -- exactly those characters are matched
const STUURTEKENS = /[\u0000-\u0008\u000b-\u001f]/g;

export interface Selectie {
  afspraakId: string;
  citaat: string;
  voorkomen: number;
}

interface Props {
  afspraakId: string;
  nummer: string;
  titel: string;
  samen: Samenwerking;
  gebruiker: Gebruiker;
  bewerkbaar: boolean;
  onFocus: () => void;
  onSelectie: (selectie: Selectie | null) => void;
  /** Suggestion mode (ONDERHANDELEN) and who suggests; absent for the preamble. */
  suggesties?: SuggestieContext;
  /** Colours and names of the suggestions' authors. */
  weergave?: SuggestieWeergave;
  /** The editor once it exists (null when it goes), for the suggestion panel's actions. */
  onEditor?: (editor: Editor | null) => void;
  /**
   * The partijen whose akkoord holds for this text: while drafting, a direct edit would void it,
   * so the first one asks first.
   */
  akkoorden?: string[];
  /** The open threads anchored in this text: highlighted, and beside it at desktop width. */
  opmerkingen?: {
    draden: readonly MargeDraad[];
    actief: string | null;
    /** A click in a highlighted passage: that thread becomes the active one. */
    onKies: (opmerkingId: string) => void;
    /** A margin card chosen: open the thread where it can be answered. */
    onOpen: (opmerkingId: string) => void;
  };
}

const GEEN_SUGGESTIES: SuggestieContext = {
  aan: false,
  partijId: '',
  gebruikerId: '',
  partijIds: [],
};
const GEEN_DRADEN: readonly MargeDraad[] = [];
const GEEN_WEERGAVE: SuggestieWeergave = {
  kleurVanPartij: () => 'currentColor',
  partijNaam: () => '',
  auteurVan: () => null,
};

/** Which occurrence of the quote within the text the selection is (the server counts the same way). */
function selectieVan(editor: Editor, afspraakId: string): Selectie | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const citaat = editor.state.doc.textBetween(from, to, '\n').trim();
  if (!citaat || citaat.includes('\n')) return null;
  const ervoor = editor.state.doc.textBetween(0, from, '\n');
  let voorkomen = 1;
  for (let i = ervoor.indexOf(citaat); i !== -1; i = ervoor.indexOf(citaat, i + 1)) voorkomen++;
  return { afspraakId, citaat, voorkomen };
}

/**
 * The text of one afspraak: Tiptap bound to the Y.XmlFragment named after the afspraak's id in
 * the onderdeel's document, with the cursors of everyone else in it. The document's nodes and
 * marks come from DOCUMENT_EXTENSIES, the list the server builds its schema from.
 */
export function AfspraakEditor({
  afspraakId,
  nummer,
  titel,
  samen,
  gebruiker,
  bewerkbaar,
  onFocus,
  onSelectie,
  suggesties = GEEN_SUGGESTIES,
  weergave = GEEN_WEERGAVE,
  onEditor,
  akkoorden = [],
  opmerkingen,
}: Props) {
  // Read on every edit and every drawing, so a phase change or new names need no new editor.
  const context = useRef(suggesties);
  context.current = suggesties;
  const namen = useRef(weergave);
  namen.current = weergave;
  const [weigering, zetWeigering] = useState<string | null>(null);
  const geldig = useRef(akkoorden);
  geldig.current = akkoorden;
  // The user's answer to the akkoord warning, for this text while the page is open.
  const keuze = useRef<'toch' | 'suggestie' | null>(null);
  const [alsSuggestie, zetAlsSuggestie] = useState(false);
  const [vastgehouden, zetVastgehouden] = useState<Transaction | null>(null);
  const houdVast = (tr: Transaction) => {
    if (keuze.current || geldig.current.length === 0) return false;
    zetVastgehouden(tr);
    return true;
  };
  const draden = opmerkingen?.draden ?? GEEN_DRADEN;
  // Read by the editor's own handlers, which are made once.
  const dradenNu = useRef(draden);
  dradenNu.current = draden;
  const ankerBron = useRef<AnkerBron>({ ankers: [], actief: null, onKlik: () => undefined });
  ankerBron.current = {
    ankers: draden.map((d) => ({
      opmerkingId: d.id,
      start: d.anker.start,
      eind: d.anker.eind,
      omschrijving: `Opmerking van ${d.auteur} (${d.partij})`,
    })),
    actief: opmerkingen?.actief ?? null,
    onKlik: (id) => opmerkingen?.onKies(id),
  };
  const [bijCursor, zetBijCursor] = useState<string | null>(null);
  const werkCursorBij = (e: Editor) => {
    const s = suggestieBijCursor(e.state);
    const opmerkingId = ankerBijCursor(e.state);
    const opmerking = dradenNu.current.find((d) => d.id === opmerkingId);
    zetBijCursor(
      !e.isFocused
        ? null
        : s
          ? suggestieOmschrijving(s.soort, s.id, s.maker, namen.current)
          : opmerking
            ? `Opmerking van ${opmerking.auteur} (${opmerking.partij}) bij deze tekst: ${opmerking.tekst}`
            : null,
    );
  };

  const editor = useEditor(
    {
      extensions: [
        ...DOCUMENT_EXTENSIES,
        suggestieExtensie(() => namen.current),
        opmerkingAnkerExtensie(() => ankerBron.current),
        cursorLabelsBinnen(),
        Collaboration.configure({ document: samen.doc, field: afspraakId }),
        CollaborationCursor.configure({
          provider: samen.provider,
          user: gebruiker,
          render: (user: { color: string; name: string }) => {
            const caret = document.createElement('span');
            caret.className = 'collaboration-cursor__caret';
            // Another person's name is no part of the afspraak's text (the chips name who is here).
            caret.setAttribute('aria-hidden', 'true');
            caret.style.borderColor = user.color;
            const label = document.createElement('span');
            label.className = 'collaboration-cursor__label';
            label.style.backgroundColor = user.color;
            label.textContent = user.name;
            // The name is shown, not part of the text a screen reader reads (presence says who is here).
            caret.setAttribute('aria-hidden', 'true');
            caret.append(label);
            return caret;
          },
          // A light tint: the text under another's selection (suggestions in colour too) stays
          // readable (y-prosemirror's default is the colour at 44%).
          selectionRender: (user: { color: string }) => ({
            style: `background-color: ${user.color}1f`,
            class: 'ProseMirror-yjs-selection',
          }),
        }),
      ],
      editable: bewerkbaar,
      editorProps: {
        transformPastedText: (tekst) => tekst.replace(STUURTEKENS, ''),
        transformPastedHTML: (html) => html.replace(STUURTEKENS, ''),
        handleKeyDown: (view, event) => {
          // Alt+F10 moves to the formatting toolbar, as in the editors people know.
          if (event.altKey && event.key === 'F10') {
            document.querySelector<HTMLElement>('#opmaakbalk [tabindex="0"]')?.focus();
            return true;
          }
          return leesSelectieVoorToets(view, event);
        },
        attributes: {
          'aria-label': `Tekst van afspraak ${nummer} ${titel}`,
          'aria-multiline': 'true',
          role: 'textbox',
          class: 'afspraak-tekst',
          'data-afspraak': afspraakId,
        },
      },
      onFocus: ({ editor: e }) => {
        werkCursorBij(e);
        onFocus();
      },
      onBlur: () => zetBijCursor(null),
      onCreate: ({ editor: e }) => {
        koppelSuggestieModus(
          e.view,
          () => context.current,
          (overtreding) =>
            zetWeigering(weigeringTekst(overtreding, (id) => namen.current.partijNaam(id))),
          houdVast,
        );
      },
      onSelectionUpdate: ({ editor: e }) => {
        onSelectie(selectieVan(e, afspraakId));
        werkCursorBij(e);
      },
    },
    [afspraakId, samen],
  );

  useEffect(() => {
    if (editor && editor.isEditable !== bewerkbaar) editor.setEditable(bewerkbaar);
    editor?.view.dom.setAttribute('aria-readonly', String(!bewerkbaar));
  }, [editor, bewerkbaar]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
    // Once per editor: the callback itself may be new on every render.
  }, [editor]);

  useEffect(() => {
    if (editor && !editor.isDestroyed)
      zetSuggestieModus(editor.view, suggesties.aan || alsSuggestie);
  }, [editor, suggesties.aan, alsSuggestie]);

  const beantwoord = (antwoord: 'toch' | 'suggestie' | null) => {
    const tr = vastgehouden;
    zetVastgehouden(null);
    const koppeling = editor && !editor.isDestroyed ? koppelingVan(editor.view) : null;
    if (!antwoord || !tr || !koppeling) return;
    keuze.current = antwoord;
    // From now on this text's edits are suggestions too, as the user chose.
    if (antwoord === 'suggestie') zetAlsSuggestie(true);
    const gelukt = antwoord === 'toch' ? koppeling.doorlaten(tr) : koppeling.alsSuggestie(tr);
    if (!gelukt) zetWeigering('De tekst is intussen gewijzigd; typ uw wijziging opnieuw.');
    editor?.commands.focus();
  };

  useEffect(() => {
    if (editor && !editor.isDestroyed) tekenSuggestiesOpnieuw(editor.view);
  }, [editor, weergave]);

  const ankerSleutel = draden.map((d) => `${d.id}:${d.anker.start}:${d.anker.eind}`).join(',');
  const actiefAnker = opmerkingen?.actief ?? null;
  useEffect(() => {
    if (editor && !editor.isDestroyed) tekenAnkersOpnieuw(editor.view);
  }, [editor, ankerSleutel, actiefAnker]);

  useEffect(() => {
    if (!weigering) return;
    const klok = setTimeout(() => zetWeigering(null), 8000);
    return () => clearTimeout(klok);
  }, [weigering]);

  return (
    <>
      <div className={`afspraak-lichaam${draden.length > 0 ? ' met-marge' : ''}`}>
        <EditorContent editor={editor} />
        {opmerkingen && (
          <OpmerkingenMarge
            editor={editor}
            nummer={nummer}
            draden={draden}
            actief={opmerkingen.actief}
            onKies={opmerkingen.onOpen}
          />
        )}
      </div>
      {weigering && (
        <p className="suggestie-weigering" role="alert">
          {weigering}
        </p>
      )}
      <p className="suggestie-bij-cursor klein" aria-live="polite">
        {bijCursor}
      </p>
      {vastgehouden && (
        <AkkoordWaarschuwing
          open
          partijen={akkoorden}
          onToch={() => beantwoord('toch')}
          onAlsSuggestie={() => beantwoord('suggestie')}
          onAnnuleer={() => beantwoord(null)}
        />
      )}
    </>
  );
}
