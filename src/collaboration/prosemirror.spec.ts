import * as Y from 'yjs';
import {
  fragmentToProseMirror,
  type PmNode,
  proseMirrorToText,
  setFragmentProseMirror,
  setFragmentText,
} from './prosemirror';

describe('the co-editor document as ProseMirror JSON and plain text', () => {
  it('reads headings, paragraphs with marks, lists and tables', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('afspraak');
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 2 as unknown as string);
    heading.insert(0, [new Y.XmlText('Geclusterd wonen')]);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const list = new Y.XmlElement('bulletList');
    const item = new Y.XmlElement('listItem');
    const itemParagraph = new Y.XmlElement('paragraph');
    itemParagraph.insert(0, [new Y.XmlText('80 in nieuwbouw')]);
    item.insert(0, [itemParagraph]);
    list.insert(0, [item]);
    const table = new Y.XmlElement('table');
    const row = new Y.XmlElement('tableRow');
    const cells = ['2026', '110'].map((value) => {
      const cell = new Y.XmlElement('tableCell');
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(value)]);
      cell.insert(0, [p]);
      return cell;
    });
    row.insert(0, cells);
    table.insert(0, [row]);
    fragment.insert(0, [heading, paragraph, list, table]);
    text.insert(0, 'In 2025 zijn er ');
    text.insert(16, '110', { bold: true });
    text.insert(19, ' wooneenheden.', { bold: null });

    const json = fragmentToProseMirror(fragment);
    expect(json.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Geclusterd wonen' }],
    });
    expect(json.content?.[1]?.content).toEqual([
      { type: 'text', text: 'In 2025 zijn er ' },
      { type: 'text', text: '110', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' wooneenheden.' },
    ]);
    expect(proseMirrorToText(json)).toBe(
      'Geclusterd wonen\nIn 2025 zijn er 110 wooneenheden.\n80 in nieuwbouw\n2026\t110',
    );
  });

  it('writes plain text as one paragraph per line, replacing what was there', () => {
    const fragment = new Y.Doc().getXmlFragment('x');
    setFragmentText(fragment, 'oud');
    setFragmentText(fragment, 'Eerste regel\nTweede regel');
    expect(proseMirrorToText(fragmentToProseMirror(fragment))).toBe('Eerste regel\nTweede regel');
    expect(fragmentToProseMirror(fragment).content).toHaveLength(2);
  });
});

describe('setFragmentProseMirror', () => {
  it('writes back what fragmentToProseMirror read, marks and tables included', () => {
    const bron: PmNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kop' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Gewoon en ' },
            { type: 'text', text: 'vet', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('x');
    setFragmentText(fragment, 'weg ermee');
    setFragmentProseMirror(fragment, bron);
    expect(fragmentToProseMirror(fragment)).toEqual(bron);
  });
});
