import type { Editor } from '@tiptap/react';
import { useEffect, useReducer, useRef, type KeyboardEvent } from 'react';

interface Knop {
  sleutel: string;
  label: string;
  teken: string;
  sneltoets?: string;
  /** Whether the format is on at the cursor (aria-pressed); absent for a one-off action. */
  aan?: (e: Editor) => boolean;
  doe: (e: Editor) => boolean;
}

/*
 * Each command runs as an ordinary edit through the view's dispatch, so in the negotiation the
 * suggestion mode (client/src/lib/suggestiemodus.ts) turns it into a suggestion and checks it
 * against the rule the server holds every update to, exactly like typed text. Bold and italic
 * become a suggestion (the words struck and inserted again in the new format); a list or table
 * one on whole blocks (the paragraph struck, the list or table inserted).
 */
const KNOPPEN: Knop[] = [
  {
    sleutel: 'vet',
    label: 'Vet',
    teken: 'B',
    sneltoets: 'Control+B',
    aan: (e) => e.isActive('bold'),
    doe: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    sleutel: 'cursief',
    label: 'Cursief',
    teken: 'I',
    sneltoets: 'Control+I',
    aan: (e) => e.isActive('italic'),
    doe: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    sleutel: 'opsomming',
    label: 'Opsomming',
    teken: '•',
    sneltoets: 'Control+Shift+8',
    aan: (e) => e.isActive('bulletList'),
    doe: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    sleutel: 'nummering',
    label: 'Genummerde lijst',
    teken: '1.',
    sneltoets: 'Control+Shift+7',
    aan: (e) => e.isActive('orderedList'),
    doe: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    sleutel: 'tabel',
    label: 'Tabel invoegen',
    teken: '▦',
    doe: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
];

/**
 * The formatting toolbar of the text last worked in (one for the page, like a word
 * processor's): bold, italic, lists and a table. A WAI-ARIA toolbar: one Tab stop, arrow keys
 * (and Home, End) between the buttons, Escape back to the text; from the text, Alt+F10 comes here. The
 * buttons keep the text's selection (a mouse press does not take the focus).
 */
export function Opmaakbalk({
  editor,
  naam,
  suggesties,
}: {
  editor: Editor | null;
  /** What the buttons act on, e.g. "afspraak 2.3 Nieuwbouw". */
  naam: string;
  /** In the negotiation: the buttons make suggestions. */
  suggesties: boolean;
}) {
  const [, bijwerken] = useReducer((n: number) => n + 1, 0);
  const [focus, zetFocus] = useReducer((_: number, i: number) => i, 0);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!editor) return;
    // The pressed state follows the cursor and every change.
    editor.on('transaction', bijwerken);
    return () => {
      editor.off('transaction', bijwerken);
    };
  }, [editor]);

  const bruikbaar = !!editor && !editor.isDestroyed && editor.isEditable;
  const uitleg = !bruikbaar
    ? 'Klik in een tekst die u mag bewerken om op te maken.'
    : suggesties
      ? `${naam}: opmaak, lijsten en tabellen worden een suggestie.`
      : naam;
  const toets = (e: KeyboardEvent<HTMLDivElement>) => {
    const stap = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const naar =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? KNOPPEN.length - 1
          : stap
            ? (focus + stap + KNOPPEN.length) % KNOPPEN.length
            : null;
    if (naar !== null) {
      e.preventDefault();
      const volgende = naar;
      zetFocus(volgende);
      ref.current?.querySelectorAll('button')[volgende]?.focus();
    } else if (e.key === 'Escape' && bruikbaar) {
      e.preventDefault();
      editor.commands.focus();
    }
  };

  return (
    <div
      ref={ref}
      id="opmaakbalk"
      role="toolbar"
      aria-label={`Opmaak${bruikbaar ? ` van ${naam}` : ''}`}
      aria-describedby="opmaakbalk-uitleg"
      className="opmaakbalk"
      onKeyDown={toets}
    >
      {KNOPPEN.map((k, i) => (
        <button
          key={k.sleutel}
          type="button"
          className={`opmaak-knop opmaak-${k.sleutel}`}
          title={k.sneltoets ? `${k.label} (${k.sneltoets.replace('Control', 'Ctrl')})` : k.label}
          aria-pressed={k.aan ? bruikbaar && k.aan(editor) : undefined}
          aria-disabled={!bruikbaar}
          tabIndex={i === focus ? 0 : -1}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            zetFocus(i);
            if (bruikbaar) k.doe(editor);
          }}
        >
          <span aria-hidden="true">{k.teken}</span>
          <span className="sr-only">{k.label}</span>
        </button>
      ))}
      <span id="opmaakbalk-uitleg" className="klein opmaakbalk-uitleg" title={uitleg}>
        {uitleg}
      </span>
    </div>
  );
}
