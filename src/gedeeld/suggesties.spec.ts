import { Node as PmModelNode } from '@tiptap/pm/model';
import { documentSchema } from '../collaboration/prosemirror';
import {
  aanvaardSuggestie,
  geaccepteerdeTekst,
  leesSuggestieId,
  maakSuggestieId,
  suggestiesIn,
  toetsSuggestieWijziging,
  verwerpSuggestie,
  voorgesteldeTekst,
} from './suggesties';

const partij = '11111111-1111-4111-8111-111111111111';
const gebruiker = '22222222-2222-4222-8222-222222222222';
const ander = '33333333-3333-4333-8333-333333333333';

function alinea(...stukken: { text: string; mark?: string; id?: string }[]) {
  return PmModelNode.fromJSON(documentSchema, {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: stukken.map((s) => ({
          type: 'text',
          text: s.text,
          ...(s.mark ? { marks: [{ type: s.mark, attrs: { id: s.id } }] } : {}),
        })),
      },
    ],
  });
}

describe('suggesties', () => {
  const id = maakSuggestieId(partij, gebruiker, new Date('2027-03-01T10:00:00Z'));
  const basis = alinea({ text: 'De corporatie bouwt 40 woningen.' });
  const voorstel = alinea(
    { text: 'De corporatie bouwt ' },
    { text: '40', mark: 'deletion', id },
    { text: '60', mark: 'insertion', id },
    { text: ' woningen.' },
  );

  it('reads the author and time back from the id', () => {
    expect(leesSuggestieId(id)).toEqual({
      partijId: partij,
      gebruikerId: gebruiker,
      tijd: new Date('2027-03-01T10:00:00Z'),
    });
    expect(leesSuggestieId('3')).toBeNull();
  });

  it('keeps the accepted text apart from the proposed one', () => {
    expect(geaccepteerdeTekst(voorstel).textContent).toBe('De corporatie bouwt 40 woningen.');
    expect(voorgesteldeTekst(voorstel).textContent).toBe('De corporatie bouwt 60 woningen.');
    expect(aanvaardSuggestie(voorstel, id).textContent).toBe('De corporatie bouwt 60 woningen.');
    expect(verwerpSuggestie(voorstel, id).textContent).toBe('De corporatie bouwt 40 woningen.');
    expect([...suggestiesIn(voorstel).values()]).toEqual([
      { id, ingevoegd: '60', geschrapt: '40', overig: [], van: 21, tot: 25 },
    ]);
  });

  it('lets the author suggest, and refuses a direct edit or another author', () => {
    expect(toetsSuggestieWijziging(basis, voorstel, gebruiker, [partij])).toBeNull();
    expect(
      toetsSuggestieWijziging(
        basis,
        alinea({ text: 'De corporatie bouwt 60 woningen.' }),
        gebruiker,
        [partij],
      ),
    ).toEqual({ soort: 'DIRECTE_WIJZIGING' });
    expect(toetsSuggestieWijziging(basis, voorstel, ander, [partij])).toMatchObject({
      soort: 'ANDERMANS_SUGGESTIE',
    });
    expect(toetsSuggestieWijziging(basis, voorstel, gebruiker, [])).toMatchObject({
      soort: 'ONBEKENDE_MAKER',
    });
    // Withdrawing is the author's alone.
    expect(toetsSuggestieWijziging(voorstel, basis, gebruiker, [partij])).toBeNull();
    expect(toetsSuggestieWijziging(voorstel, basis, ander, [partij])).toMatchObject({
      soort: 'ANDERMANS_SUGGESTIE',
    });
  });

  it('accepts or rejects one suggestion and leaves an adjacent one of someone else', () => {
    const ander = maakSuggestieId(partij, '44444444-4444-4444-8444-444444444444');
    const naast = alinea(
      { text: 'De corporatie bouwt ' },
      { text: '40', mark: 'deletion', id },
      { text: '45', mark: 'deletion', id: ander },
      { text: '60', mark: 'insertion', id },
      { text: '70', mark: 'insertion', id: ander },
      { text: ' woningen.' },
    );
    const open = (doc: ReturnType<typeof alinea>) =>
      [...suggestiesIn(doc).values()].map((s) => [
        s.id === id ? 'eigen' : 'ander',
        s.ingevoegd,
        s.geschrapt,
      ]);
    expect(verwerpSuggestie(naast, id).textContent).toBe('De corporatie bouwt 404570 woningen.');
    expect(open(verwerpSuggestie(naast, id))).toEqual([['ander', '70', '45']]);
    expect(aanvaardSuggestie(naast, id).textContent).toBe('De corporatie bouwt 456070 woningen.');
    expect(open(aanvaardSuggestie(naast, id))).toEqual([['ander', '70', '45']]);
  });

  it('settling a suggestion that is no longer there changes nothing (a replayed document command)', () => {
    const eenmaal = verwerpSuggestie(voorstel, id);
    expect(verwerpSuggestie(eenmaal, id).eq(eenmaal)).toBe(true);
    expect(aanvaardSuggestie(eenmaal, id).eq(eenmaal)).toBe(true);
  });
});
