import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { PDF_INSTELLINGEN } from '../src/export/pdf/pdf-omzetter';
import type { PdfInstellingen } from '../src/config/config';
import { gqlOkAls } from './support/als';
import { docxXml } from './support/docx-bestanden';
import { addendumMetWijziging, bevriesEnOnderteken } from './support/versies';
import { inhoudsopgave, leesPdf, woorden, type GelezenPdf } from './support/pdf-bestanden';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * PDF/A exports made by LibreOffice, read back with poppler (veraPDF is not installable here):
 * the PDF/A-2b identification in the XMP metadata, every font embedded, and a contents page
 * whose numbers are the pages the headings really are on. Every PDF is kept with its pages as
 * images in test-artefacten/documenten, to look at.
 */

const DRIEHOEK = ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2'];

interface Onderdeel {
  id: string;
  soort: string;
  afspraken: { id: string; tekst: string }[];
}

describe('PDF/A export', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let id: string;
  let hoofd: Onderdeel;
  let bijlage: Onderdeel;

  const download = async (pad: string, token = tokens.gemeente!) => {
    const res = await fetch(`${t.baseUrl}${pad}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      naam: res.headers.get('content-disposition') ?? '',
      body: Buffer.from(await res.arrayBuffer()),
    };
  };
  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);

  /** PDF/A-2b, fonts embedded, kept with its page images. */
  const pdfA = async (pad: string, naam: string): Promise<GelezenPdf> => {
    const res = await download(pad);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/pdf/);
    expect(res.naam).toMatch(/\.pdf"/);
    const pdf = await leesPdf(res.body, naam);
    expect(pdf.pdfa).toBe('2B');
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.filter((f) => !f.ingebed)).toEqual([]);
    return pdf;
  };

  /** Every contents entry has a number, and its heading is on that page. */
  const inhoudKlopt = async (pdf: GelezenPdf) => {
    const { pagina, regels } = await inhoudsopgave(pdf);
    expect(regels.length).toBeGreaterThan(5);
    let vorige = pagina;
    for (const { titel, nummer } of regels) {
      expect({ titel, nummer }).toEqual({ titel, nummer: expect.any(Number) as unknown });
      expect(nummer!).toBeGreaterThanOrEqual(vorige);
      expect({ titel, pagina: woorden(await pdf.tekst(nummer!)) }).toEqual({
        titel,
        pagina: expect.stringContaining(titel) as unknown,
      });
      vorige = nummer!;
    }
    return regels;
  };

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of [...DRIEHOEK, 'provincie'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    const demo = (
      await als(
        'gemeente',
        `{ overeenkomsten { items { id onderdelen { id soort afspraken { id tekst } } } } }`,
      )
    ).overeenkomsten.items[0];
    id = demo.id;
    hoofd = demo.onderdelen.find((o: Onderdeel) => o.soort === 'HOOFDDOCUMENT');
    bijlage = demo.onderdelen.find((o: Onderdeel) => o.soort === 'BIJLAGE');
  });
  afterAll(() => t?.close());

  it('exports the agreement as PDF/A-2b with its fonts embedded and the contents page numbered as laid out', async () => {
    const pdf = await pdfA(`/export/overeenkomsten/${id}.pdf`, 'overeenkomst');
    const regels = await inhoudKlopt(pdf);
    expect(regels.map((r) => r.titel)).toEqual(
      expect.arrayContaining(['Afspraken', 'Ondertekening']),
    );
    // The contents page's own heading is no entry, also when Word rebuilds the field.
    expect(regels.map((r) => r.titel)).not.toContain('Inhoud');
    expect(await docxXml((await download(`/export/overeenkomsten/${id}.docx`)).body)).toMatch(
      /<w:outlineLvl w:val="9"\/>(?:(?!<\/w:p>)[\s\S])*Inhoud/,
    );
    // The concept's Word document is not held up by a layout: Word numbers it when opening.
    const docx = await download(`/export/overeenkomsten/${id}.docx`);
    expect(await docxXml(docx.body)).toMatch(/w:dirty="true"\/><w:instrText[^>]*>TOC /);
  }, 240_000);

  it('exports a bijlage and the evaluation report as PDF/A-2b, the report with a numbered contents page', async () => {
    await pdfA(`/export/onderdelen/${bijlage.id}.pdf`, 'bijlage');
    const rapport = await pdfA(`/export/overeenkomsten/${id}/evaluatie/2026.pdf`, 'evaluatie');
    expect(woorden(await rapport.tekst(1))).toContain('Prestatieafspraken Vlietdam');
    const regels = await inhoudKlopt(rapport);
    expect(regels.map((r) => r.titel)).toEqual(expect.arrayContaining(['Samenvatting']));
  }, 240_000);

  it("exports a signed version and a redline as PDF/A-2b; the version's Word document has the contents' page numbers, written clean", async () => {
    const v1 = await bevriesEnOnderteken(als, hoofd.id, DRIEHOEK);
    const pdf = await pdfA(`/export/overeenkomsten/${id}.pdf?versie=${v1.id}`, 'versie');
    const regels = await inhoudKlopt(pdf);

    // The same numbers in the Word document of that version, as the field's result, not dirty.
    const docx = await download(`/export/overeenkomsten/${id}.docx?versie=${v1.id}`);
    const xml = await docxXml(docx.body);
    expect(xml).not.toMatch(/w:dirty="true"\/><w:instrText[^>]*>TOC /);
    const nummers = [
      ...xml.matchAll(
        /<w:hyperlink [^>]*w:anchor="_Toc\d+"[^>]*>[\s\S]*?<w:tab\/><w:t[^>]*>(\d*)</g,
      ),
    ].map((m) => Number(m[1]));
    expect(nummers).toEqual(regels.map((r) => r.nummer));

    // An addendum changes one afspraak; the redline shows it as tracked changes in the PDF too.
    const afspraak = hoofd.afspraken.find((a) => a.tekst.split(' ').length > 12)!;
    await addendumMetWijziging(
      als,
      {
        onderdeelId: hoofd.id,
        afspraakId: afspraak.id,
        nieuweTekst: `${afspraak.tekst} Dit geldt ook voor de nieuwe wijk Vlietoever.`,
        indiener: 'corporatie',
      },
      ['gemeente', 'corporatie2', 'huurders', 'huurders2'],
    );
    const redline = await pdfA(
      `/export/onderdelen/${hoofd.id}/redline.pdf?van=${v1.id}`,
      'redline',
    );
    let alles = '';
    for (let p = 1; p <= redline.paginas; p++) alles += await redline.tekst(p);
    expect(woorden(alles)).toContain('nieuwe wijk Vlietoever');
  }, 300_000);

  it('without a converter answers 503 PDF_NIET_BESCHIKBAAR with a Dutch message; the Word document still comes', async () => {
    const instellingen = t.app.get<PdfInstellingen>(PDF_INSTELLINGEN);
    const soffice = instellingen.soffice;
    instellingen.soffice = '/bestaat/niet/soffice';
    try {
      const res = await download(`/export/overeenkomsten/${id}.pdf`);
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body.toString())).toMatchObject({
        code: 'PDF_NIET_BESCHIKBAAR',
        message: expect.stringContaining('LibreOffice') as unknown,
      });
      expect((await download(`/export/overeenkomsten/${id}.docx?versie=ondertekend`)).status).toBe(
        200,
      );
    } finally {
      instellingen.soffice = soffice;
    }
  });
});
