import { Node as PmModelNode } from '@tiptap/pm/model';
import { maakSuggestieId, suggestiesIn } from '../gedeeld/suggesties';
import { documentSchema } from './prosemirror';
import { regelSuggestie } from './suggestie-afhandeling';

const partij = '11111111-1111-4111-8111-111111111111';
const a = maakSuggestieId(partij, '22222222-2222-4222-8222-222222222222');
const b = maakSuggestieId(partij, '33333333-3333-4333-8333-333333333333');

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

describe('regelSuggestie', () => {
  // Two insertions of different people, one right after the other.
  const doc = alinea(
    { text: 'Wij bouwen' },
    { text: ' veertig', mark: 'insertion', id: a },
    { text: ' sociale', mark: 'insertion', id: b },
    { text: ' woningen' },
    { text: ' snel', mark: 'deletion', id: a },
    { text: '.' },
  );

  it('rejecting one suggestion leaves the neighbouring suggestion of someone else', () => {
    const na = regelSuggestie(doc, a, 'VERWORPEN');
    expect(na.textContent).toBe('Wij bouwen sociale woningen snel.');
    expect([...suggestiesIn(na).keys()]).toEqual([b]);
  });

  it('accepting one suggestion applies only its own changes', () => {
    const na = regelSuggestie(doc, a, 'AANVAARD');
    expect(na.textContent).toBe('Wij bouwen veertig sociale woningen.');
    expect([...suggestiesIn(na).keys()]).toEqual([b]);
    expect(suggestiesIn(na).get(b)?.ingevoegd).toBe(' sociale');
  });

  it('a suggestion that is no longer there changes nothing', () => {
    const eenmaal = regelSuggestie(doc, a, 'VERWORPEN');
    expect(regelSuggestie(eenmaal, a, 'VERWORPEN').eq(eenmaal)).toBe(true);
  });
});
