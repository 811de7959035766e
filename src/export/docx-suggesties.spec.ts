import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { documentSchema, type PmNode, proseMirrorToText } from '../collaboration/prosemirror';
import { geaccepteerdeTekst, maakSuggestieId, voorgesteldeTekst } from '../gedeeld/suggesties';
import { rijkeTekst } from './docx-rijke-tekst';
import { geaccepteerd, suggestieRevisies } from './docx-suggesties';

// An afspraak text from the seeds (a handreiking's example of a handelingsafspraak), with a
// suggestion of the corporatie (one word replaced) and one of the huurders (a new paragraph).
const CORPORATIE = '11111111-1111-4111-8111-111111111111';
const HUURDERS = '22222222-2222-4222-8222-222222222222';
const namen = { [CORPORATIE]: 'Woonstichting De Vliet', [HUURDERS]: 'Huurdersvereniging Vlietdam' };
const gemaakt = new Date('2026-11-30T10:15:00Z');
const vanCorporatie = maakSuggestieId(CORPORATIE, 'gebruiker-1', gemaakt);
const vanHuurders = maakSuggestieId(HUURDERS, 'gebruiker-2', new Date('2026-12-01T09:00:00Z'));

const tekst = (text: string, id?: string, soort?: 'insertion' | 'deletion') => ({
  type: 'text',
  text,
  ...(id && soort ? { marks: [{ type: soort, attrs: { id } }] } : {}),
});
const doc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        tekst('Woningcorporatie y organiseert in de bestaande bouw '),
        tekst('twee', vanCorporatie, 'deletion'),
        tekst('drie', vanCorporatie, 'insertion'),
        tekst(' geclusterde eenheden van 40 woningen met een ontmoetingsruimte.'),
        tekst('\u200B', vanHuurders, 'insertion'),
      ],
    },
    {
      type: 'paragraph',
      content: [
        tekst('\u200B', vanHuurders, 'insertion'),
        tekst('De huurders worden bij de inrichting betrokken.', vanHuurders, 'insertion'),
      ],
    },
  ],
};

async function documentXml(json: Record<string, unknown>, metRevisies: boolean): Promise<string> {
  const buffer = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: rijkeTekst(json, '', metRevisies ? suggestieRevisies(namen) : undefined),
        },
      ],
    }),
  );
  const deel = 'word/document.xml';
  return strFromU8(unzipSync(new Uint8Array(buffer), { filter: (f) => f.name === deel })[deel]!);
}

describe('pending suggestions in Word', () => {
  it('are Word revisions by the partij that made them, dated when made', async () => {
    const xml = await documentXml(doc, true);
    const ins = [...xml.matchAll(/<w:ins\b([^>]*)>/g)].map((m) => m[1]!);
    const del = [...xml.matchAll(/<w:del\b([^>]*)>/g)].map((m) => m[1]!);
    expect(del).toHaveLength(1);
    expect(del[0]).toContain('w:author="Woonstichting De Vliet"');
    expect(del[0]).toContain('w:date="2026-11-30T10:15:00.000Z"');
    expect(xml).toMatch(/<w:delText[^>]*>twee<\/w:delText>/);
    expect(ins.some((a) => a.includes('w:author="Woonstichting De Vliet"'))).toBe(true);
    expect(xml).toMatch(
      /<w:ins\b[^>]*Woonstichting De Vliet[^>]*>\s*<w:r>(?:(?!<\/w:ins>).)*drie/s,
    );
    // The new paragraph: its text and the paragraph mark that splits it off are inserted.
    expect(xml).toMatch(
      /<w:ins\b[^>]*Huurdersvereniging Vlietdam[^>]*>(?:(?!<\/w:ins>).)*De huurders worden/s,
    );
    expect(xml).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr>\s*<w:ins\b[^>]*Huurdersvereniging/s);
    // Every revision has its own id, and no boundary marker reaches the text.
    const ids = [...xml.matchAll(/<w:(?:ins|del)\b[^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).not.toContain('\u200B');
  });

  it('leave the accepted text alone in every other export', async () => {
    const xml = await documentXml(doc, false);
    expect(xml).not.toMatch(/<w:(ins|del)\b/);
    expect(xml).toContain('twee');
    expect(xml).not.toContain('drie');
    expect(xml).not.toContain('De huurders worden');
    expect(geaccepteerd(doc, 'met alles').tekst).toBe(
      'Woningcorporatie y organiseert in de bestaande bouw twee geclusterde eenheden van 40 woningen met een ontmoetingsruimte.',
    );
    const zonder = { type: 'doc', content: [{ type: 'paragraph', content: [tekst('Gewoon.')] }] };
    expect(geaccepteerd(zonder, 'Gewoon.')).toEqual({ json: zonder, tekst: 'Gewoon.' });
  });

  it("Word's 'accept all' gives the suggested text, 'reject all' the accepted one", async () => {
    const xml = await documentXml(doc, true);
    /** The text Word shows after accepting (or rejecting) every revision. */
    const naAlles = (aanvaarden: boolean) => {
      const regels: string[] = [];
      let lopend = '';
      for (const [, alinea] of xml.matchAll(/<w:p>((?:(?!<\/w:p>).)*)<\/w:p>/gs)) {
        const weg = aanvaarden ? /<w:del\b.*?<\/w:del>/gs : /<w:ins\b.*?<\/w:ins>/gs;
        const body = alinea!.replace(/<w:pPr>.*?<\/w:pPr>/s, '').replace(weg, '');
        lopend += [...body.matchAll(/<w:(?:t|delText)\b[^>]*>([^<]*)</g)].map((m) => m[1]).join('');
        // A paragraph mark that goes joins the paragraph with the next.
        const mark = /<w:pPr>.*?<w:rPr>(.*?)<\/w:rPr>.*?<\/w:pPr>/s.exec(alinea!)?.[1] ?? '';
        if (mark.includes(aanvaarden ? '<w:del ' : '<w:ins ')) continue;
        regels.push(lopend);
        lopend = '';
      }
      return regels.join('\n');
    };
    const node = documentSchema.nodeFromJSON(doc);
    const tekst = (n: typeof node) =>
      proseMirrorToText(n.toJSON() as PmNode)
        .replaceAll('\u200B', '')
        .trim();
    expect(naAlles(true)).toBe(tekst(voorgesteldeTekst(node)));
    expect(naAlles(false)).toBe(tekst(geaccepteerdeTekst(node)));
    expect(naAlles(true)).toContain('drie geclusterde');
    expect(naAlles(true).split('\n')).toHaveLength(2);
  });

  it('a table row suggested as a whole is a row revision', async () => {
    const cel = (tekstInCel: string, id?: string) => ({
      type: 'tableCell',
      content: [
        { type: 'paragraph', content: [tekst(tekstInCel, id, id ? 'insertion' : undefined)] },
      ],
    });
    const tabel = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cel('Locatie x'), cel('40 woningen')] },
            {
              type: 'tableRow',
              marks: [{ type: 'insertion', attrs: { id: vanHuurders } }],
              content: [cel('Locatie y', vanHuurders), cel('50 woningen', vanHuurders)],
            },
          ],
        },
      ],
    };
    const xml = await documentXml(tabel, true);
    expect(xml).toMatch(/<w:trPr>\s*<w:ins\b[^>]*w:author="Huurdersvereniging Vlietdam"/);
    expect(xml).toMatch(
      /<w:ins\b[^>]*Huurdersvereniging Vlietdam[^>]*>(?:(?!<\/w:ins>).)*50 woningen/s,
    );
    const zonder = await documentXml(tabel, false);
    expect(zonder).toContain('40 woningen');
    expect(zonder).not.toContain('50 woningen');
  });

  it('shows a list or table suggested as a whole block as revisions of everything in it', async () => {
    const blok = (type: string, soort: 'insertion' | 'deletion', content: PmNode[]) => ({
      type,
      marks: [{ type: soort, attrs: { id: vanCorporatie } }],
      content,
    });
    const alinea = (text: string) => ({ type: 'paragraph', content: [tekst(text)] });
    const omgezet = {
      type: 'doc',
      content: [
        // The paragraph made into a list: struck as a paragraph, inserted as a list.
        blok('paragraph', 'deletion', [tekst('Locatie x: 40 woningen')]),
        blok('bulletList', 'insertion', [
          { type: 'listItem', content: [alinea('Locatie x: 40 woningen')] },
        ]),
        blok('table', 'insertion', [
          {
            type: 'tableRow',
            content: [{ type: 'tableCell', content: [alinea('Locatie y')] }],
          },
        ]),
      ],
    };
    const xml = await documentXml(omgezet, true);
    expect(xml).toMatch(/<w:delText[^>]*>Locatie x: 40 woningen<\/w:delText>/);
    expect(xml).toMatch(/<w:ins\b[^>]*Woonstichting De Vliet[^>]*>(?:(?!<\/w:ins>).)*•/s);
    expect(xml).toMatch(/<w:trPr>\s*<w:ins\b[^>]*w:author="Woonstichting De Vliet"/);
    expect(xml).toMatch(/<w:ins\b[^>]*Woonstichting De Vliet[^>]*>(?:(?!<\/w:ins>).)*Locatie y/s);
    const zonder = await documentXml(omgezet, false);
    expect(zonder).toContain('Locatie x: 40 woningen');
    expect(zonder).not.toContain('Locatie y');
    expect(zonder).not.toContain('•');
  });
});
