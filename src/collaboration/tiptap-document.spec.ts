import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  CELLEN,
  documentSchema,
  fragmentToProseMirror,
  type PmNode,
  proseMirrorToText,
  REGELBLOKKEN,
  setFragmentProseMirror,
} from './prosemirror';

/*
 * What the web client stores: its Tiptap editor (DOCUMENT_EXTENSIES plus Collaboration) writes
 * every change into the fragment with y-prosemirror's updateYFragment, the function behind
 * prosemirrorToYXmlFragment, from a node of the same schema. The browser test
 * (samenwerken.browser-spec.ts) covers the editor itself.
 */
function zoalsDeEditor(inhoud: PmNode): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('afspraak');
  doc.transact(() => prosemirrorToYXmlFragment(documentSchema.nodeFromJSON(inhoud), fragment));
  return fragment;
}

const tekst = (t: string, marks?: PmNode['marks']): PmNode =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const alinea = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });

const VAN_DE_EDITOR: PmNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [tekst('Wonen')] },
    alinea(
      tekst('Gewoon, '),
      tekst('vet', [{ type: 'bold' }]),
      tekst(' en '),
      tekst('schuin', [{ type: 'italic' }]),
    ),
    alinea(tekst('Regel'), { type: 'hardBreak' }, tekst('erna')),
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [{ type: 'listItem', content: [alinea(tekst('eerste'))] }],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1 },
              content: [alinea(tekst('jaar'))],
            },
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1 },
              content: [alinea(tekst('aantal'))],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1 },
              content: [alinea(tekst('2026'))],
            },
            {
              type: 'tableCell',
              attrs: { colspan: 2, rowspan: 1 },
              content: [alinea(tekst('110')), alinea(tekst('woningen'))],
            },
          ],
        },
      ],
    },
  ],
};

describe('the co-editor document in the schema the Tiptap client writes', () => {
  it('reads what the editor stored, attributes and marks as stored', () => {
    expect(fragmentToProseMirror(zoalsDeEditor(VAN_DE_EDITOR))).toEqual(
      // The editor stores every attribute that has a value; the reader gives back just those.
      VAN_DE_EDITOR,
    );
  });

  it('turns it into one line per block, cells separated by tabs', () => {
    expect(proseMirrorToText(fragmentToProseMirror(zoalsDeEditor(VAN_DE_EDITOR)))).toBe(
      'Wonen\nGewoon, vet en schuin\nRegel\nerna\neerste\njaar\taantal\n2026\t110 woningen',
    );
  });

  it('writes what the editor would have written', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('afspraak');
    setFragmentProseMirror(fragment, VAN_DE_EDITOR);
    expect(fragment.toJSON()).toBe(zoalsDeEditor(VAN_DE_EDITOR).toJSON());
  });

  it('leaves out what the schema does not know, without changing the document', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('afspraak');
    const vreemd = new Y.XmlElement('marquee');
    vreemd.insert(0, [new Y.XmlText('weg')]);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('blijft')]);
    fragment.insert(0, [vreemd, p]);
    const voor = Y.encodeStateAsUpdate(doc);
    expect(fragmentToProseMirror(fragment)).toEqual({
      type: 'doc',
      content: [alinea(tekst('blijft'))],
    });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(voor);
  });

  it('names only node types the schema has in its plain-text rules', () => {
    for (const naam of [...REGELBLOKKEN, ...CELLEN])
      expect(documentSchema.nodes[naam]).toBeDefined();
  });
});
