import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { gqlOkAls } from './support/als';
import { docxTekst, docxXml, naarPdf, ruimOp } from './support/docx-bestanden';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The Word exports, opened for real: the XML inside the .docx, and LibreOffice's PDF of it read
 * back with pdftotext. No test depends on a fixed byte output.
 */

const ARTEFACTEN = join(__dirname, '..', 'test-artefacten', 'export');

describe('DOCX export', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let demo: {
    id: string;
    titel: string;
    onderdelen: {
      id: string;
      soort: string;
      titel: string;
      afspraken: { id: string; nummer: string; titel: string; tekst: string }[];
    }[];
  };

  const download = async (pad: string, token = tokens.gemeente) => {
    const res = await fetch(`${t.baseUrl}${pad}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      naam: res.headers.get('content-disposition'),
      body: Buffer.from(await res.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of ['gemeente', 'zorg', 'provincie', 'buiten'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    demo = (
      await gqlOkAls(
        t,
        tokens.gemeente,
        `{ overeenkomsten { items { id titel onderdelen { id soort titel afspraken { id nummer titel tekst } } } } }`,
      )
    ).overeenkomsten.items[0];
    await mkdir(ARTEFACTEN, { recursive: true });
  }, 60_000);
  afterAll(() => t?.close());

  it('exports the demo agreement as a document a gemeenteraad can read', async () => {
    const res = await download(`/export/overeenkomsten/${demo.id}.docx`);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/wordprocessingml/);
    await writeFile(join(ARTEFACTEN, 'overeenkomst.docx'), res.body);
    const tekst = await docxTekst(res.body);
    expect(tekst).toContain(demo.titel);
    const { tekst: pdf, map } = await naarPdf(res.body);
    await writeFile(join(ARTEFACTEN, 'overeenkomst.txt'), pdf);
    expect(pdf).toContain('Preambule');
    await ruimOp(map);
    expect(await docxXml(res.body)).toContain('<w:tbl>');
  }, 180_000);
});
