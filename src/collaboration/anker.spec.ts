import * as Y from 'yjs';
import { ankerTekst, ankerVoorCitaat } from './anker';
import { setFragmentText } from './prosemirror';

function documentMet(tekst: string): { doc: Y.Doc; fragment: Y.XmlFragment } {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('afspraak');
  setFragmentText(fragment, tekst);
  return { doc, fragment };
}

function paragraaf(fragment: Y.XmlFragment, n: number): Y.XmlText {
  return (fragment.get(n) as Y.XmlElement).get(0) as Y.XmlText;
}

describe('anchors on a range of text', () => {
  it('find a quoted sentence and follow edits before and inside it', () => {
    const { doc, fragment } = documentMet(
      'De corporatie bouwt 120 woningen.\nDe gemeente levert grond.',
    );
    const anker = ankerVoorCitaat(fragment, 'levert grond')!;
    expect(ankerTekst(doc, fragment, anker)).toEqual({
      geldig: true,
      tekst: 'levert grond',
      verloren: false,
    });
    paragraaf(fragment, 1).insert(0, 'Uiterlijk 2027: ');
    paragraaf(fragment, 1).insert('Uiterlijk 2027: De gemeente levert '.length, 'bouwrijpe ');
    expect(ankerTekst(doc, fragment, anker).tekst).toBe('levert bouwrijpe grond');
  });

  it('picks the n-th occurrence and reports a deleted range as lost', () => {
    const { doc, fragment } = documentMet('twee keer twee is vier');
    const tweede = ankerVoorCitaat(fragment, 'twee', 2)!;
    paragraaf(fragment, 0).delete(0, 'twee keer '.length);
    expect(ankerTekst(doc, fragment, tweede).tekst).toBe('twee');
    paragraaf(fragment, 0).delete(0, 4);
    expect(ankerTekst(doc, fragment, tweede)).toMatchObject({ geldig: true, verloren: true });
    expect(ankerVoorCitaat(fragment, 'vijf')).toBeNull();
  });

  it('spans paragraphs, and refuses positions from another fragment or garbage', () => {
    const { doc, fragment } = documentMet('eerste regel\ntweede regel');
    const [start] = [ankerVoorCitaat(fragment, 'regel')!.start];
    const eind = ankerVoorCitaat(fragment, 'tweede')!.eind;
    expect(ankerTekst(doc, fragment, { start, eind }).tekst).toBe('regel\ntweede');
    const ander = doc.getXmlFragment('ander');
    setFragmentText(ander, 'iets anders');
    const elders = ankerVoorCitaat(ander, 'iets')!;
    expect(ankerTekst(doc, fragment, elders).geldig).toBe(false);
    expect(ankerTekst(doc, fragment, { start: '!!', eind: 'AAAA' }).geldig).toBe(false);
    // Decodes, but names neither an item nor a type (the fuzz suite's find): refused, not thrown.
    expect(ankerTekst(doc, fragment, { start: 'AwA=', eind: 'AwA=' }).geldig).toBe(false);
    expect(ankerTekst(doc, fragment, { start: eind, eind: start }).geldig).toBe(false);
  });
});
