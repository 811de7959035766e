import { transformToSuggestionTransaction } from '#suggest-changes';
import { Node as PmModelNode } from '@tiptap/pm/model';
import { wrapInList } from '@tiptap/pm/schema-list';
import { EditorState, TextSelection, type Command, type Transaction } from '@tiptap/pm/state';
import * as Y from 'yjs';
import {
  aanvaardSuggestie,
  geaccepteerdeTekst,
  maakSuggestieId,
  suggestiesIn,
  toetsSuggestieWijziging,
  verwerpSuggestie,
} from '../gedeeld/suggesties';
import {
  documentSchema,
  fragmentToProseMirror,
  proseMirrorToText,
  setFragmentProseMirror,
  wijzigFragment,
  type PmNode,
} from './prosemirror';

/*
 * A list or table proposed in the negotiation is a suggestion on whole blocks: the block
 * containers of the schema allow the suggestion marks, and the patched y-prosemirror carries
 * marks on blocks through the Yjs document, so the other editors and the server see the same
 * suggestion (and the server's rule can tell it from a direct change).
 */

const partij = '11111111-1111-4111-8111-111111111111';
const gebruiker = '22222222-2222-4222-8222-222222222222';
const ander = '33333333-3333-4333-8333-333333333333';

const BASIS: PmNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'De corporatie bouwt 40 woningen.' }] },
  ],
};

function uitvoeren(doc: PmModelNode, opdracht: (state: EditorState) => Transaction): Transaction {
  const state = EditorState.create({ doc });
  return opdracht(state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3))));
}

function metOpdracht(opdracht: Command) {
  return (state: EditorState): Transaction => {
    let tr: Transaction | null = null;
    if (!opdracht(state, (t) => (tr = t))) throw new Error('opdracht niet uitgevoerd');
    return tr!;
  };
}

const alsLijst = metOpdracht(wrapInList(documentSchema.nodes['bulletList']!));

function tabelAchteraan(state: EditorState): Transaction {
  const cel = (tekst: string) => ({
    type: 'tableCell',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: tekst }] }],
  });
  const tabel = documentSchema.nodeFromJSON({
    type: 'table',
    content: [{ type: 'tableRow', content: [cel('Jaar'), cel('Woningen')] }],
  });
  return state.tr.insert(state.doc.content.size, tabel);
}

function alsSuggestie(doc: PmModelNode, opdracht: (state: EditorState) => Transaction) {
  const state = EditorState.create({ doc });
  const tr = uitvoeren(doc, opdracht);
  const id = maakSuggestieId(partij, gebruiker);
  return { id, doc: transformToSuggestionTransaction(tr, state, () => id).doc };
}

/**
 * Through a Y.Doc, changed from BASIS to each of `stappen` in turn as an editor would, and its
 * update to a second one, as another editor (or the server) gets it.
 */
function viaYjs(...stappen: PmModelNode[]): PmModelNode {
  const bron = new Y.Doc();
  setFragmentProseMirror(bron.getXmlFragment('a'), BASIS);
  for (const stap of stappen) wijzigFragment(bron.getXmlFragment('a'), () => stap);
  const ontvanger = new Y.Doc();
  Y.applyUpdate(ontvanger, Y.encodeStateAsUpdate(bron));
  return documentSchema.nodeFromJSON(fragmentToProseMirror(ontvanger.getXmlFragment('a')));
}

describe('a list or table as a suggestion', () => {
  const basis = documentSchema.nodeFromJSON(BASIS);

  it('turns a paragraph into a list as a suggestion that every copy of the document holds', () => {
    const { id, doc } = alsSuggestie(basis, alsLijst);
    const ontvangen = viaYjs(doc);
    expect(ontvangen.eq(doc)).toBe(true);
    expect(geaccepteerdeTekst(ontvangen).eq(basis)).toBe(true);
    expect(toetsSuggestieWijziging(basis, ontvangen, gebruiker, [partij])).toBeNull();
    expect(suggestiesIn(ontvangen).get(id)).toMatchObject({
      geschrapt: 'De corporatie bouwt 40 woningen.',
      ingevoegd: 'De corporatie bouwt 40 woningen.',
    });
    expect(aanvaardSuggestie(ontvangen, id).firstChild?.type.name).toBe('bulletList');
    expect(verwerpSuggestie(ontvangen, id).eq(basis)).toBe(true);
  });

  it('inserts a table at the end as a suggestion, accepted or rejected whole', () => {
    const { id, doc } = alsSuggestie(basis, tabelAchteraan);
    const ontvangen = viaYjs(doc);
    expect(ontvangen.eq(doc)).toBe(true);
    expect(toetsSuggestieWijziging(basis, ontvangen, gebruiker, [partij])).toBeNull();
    expect(suggestiesIn(ontvangen).get(id)?.ingevoegd).toBe('Jaar Woningen');
    const aanvaard = aanvaardSuggestie(ontvangen, id);
    expect(proseMirrorToText(aanvaard.toJSON() as PmNode)).toBe(
      'De corporatie bouwt 40 woningen.\nJaar\tWoningen',
    );
    // Accepted in a document that held the suggestion, the block's mark leaves it too.
    expect(JSON.stringify(viaYjs(doc).toJSON())).toContain('insertion');
    expect(JSON.stringify(viaYjs(doc, aanvaard).toJSON())).not.toContain('insertion');
    expect(verwerpSuggestie(ontvangen, id).eq(basis)).toBe(true);
  });

  it('refuses the same list made directly, and someone else changing the suggestion', () => {
    const direct = viaYjs(uitvoeren(basis, alsLijst).doc);
    expect(toetsSuggestieWijziging(basis, direct, gebruiker, [partij])).toEqual({
      soort: 'DIRECTE_WIJZIGING',
    });
    const { doc } = alsSuggestie(basis, alsLijst);
    const zonderLijst = verwerpSuggestie(doc, [...suggestiesIn(doc).keys()][0]!);
    expect(toetsSuggestieWijziging(viaYjs(doc), zonderLijst, ander, [partij])).toMatchObject({
      soort: 'ANDERMANS_SUGGESTIE',
    });
  });
});

describe('marks on blocks from elsewhere', () => {
  /** A paragraph element in a fresh fragment, with the given attributes set by hand. */
  function alineaMet(attributen: Record<string, unknown>): PmNode {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('a');
    setFragmentProseMirror(fragment, BASIS);
    const alinea = fragment.get(0) as Y.XmlElement;
    for (const [naam, waarde] of Object.entries(attributen))
      alinea.setAttribute(naam, waarde as string);
    return fragmentToProseMirror(fragment);
  }

  it('keeps a suggestion mark the parent allows', () => {
    const id = maakSuggestieId(partij, gebruiker);
    expect(alineaMet({ __mark_deletion: { id } }).content![0]!.marks).toEqual([
      { type: 'deletion', attrs: { id } },
    ]);
  });

  it('leaves out a mark the schema does not allow there, or that is not an object, and keeps the block', () => {
    for (const attributen of [
      { __mark_bold: {} },
      { __mark_onbekend: { id: 'x' } },
      { __mark_insertion: 'geen object' },
    ]) {
      const doc = alineaMet(attributen);
      expect(doc.content).toHaveLength(1);
      expect(doc.content![0]).toEqual(BASIS.content![0]);
    }
  });
});
