import { createHash } from 'node:crypto';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { CREATE_ONDERDEEL, CREATE_OVEREENKOMST, theError } from './support/api';
import { gqlOkAls, sqlRijen } from './support/als';
import { docxTekst } from './support/docx-bestanden';
import { download as haal } from './support/download';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Issue 15, point 8: a verwijzing to an instrument may point at a document uploaded to the
 * overeenkomst instead of a link ("woonzorgvisie-2026.pdf"). Uploaded by whoever writes afspraken
 * there, downloaded by whoever reads the overeenkomst, named in the DOCX, and part of the content
 * hash only when a verwijzing has one.
 */

const UPLOAD = `mutation($input: UploadDocumentInput!) { uploadDocument(input: $input) {
  id bestandsnaam mimeType grootte sha256 downloadUrl geuploadDoor } }`;
const VERWIJZINGEN = `verwijzingen { soort titel documentId tekst
  document { id bestandsnaam grootte sha256 downloadUrl } }`;
const CREATE = `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { id ${VERWIJZINGEN} } }`;
const UPDATE = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id ${VERWIJZINGEN} } }`;
const DOCUMENTEN = `query($id: ID!) { overeenkomst(id: $id) { documenten { id bestandsnaam sha256 downloadUrl } } }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id verouderd } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) {
  rijen { afspraakId cellen { standpunt { verouderd } } } } }`;

/** A small but real-looking PDF, made here rather than kept as a file. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
/** The start of an ODT: a zip whose first, stored entry is "mimetype". */
const ODT = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0, 0, 0]),
  Buffer.alloc(16),
  Buffer.from([8, 0, 0, 0]),
  Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text'),
]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('documenten bij een overeenkomst, waarnaar verwijzingen wijzen', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let overeenkomstId: string;
  let hoofdId: string;
  let themaId: string;
  let corporatieId: string;
  let gemeenteId: string;
  let huurdersId: string;
  let pdf: Record<string, any>;
  let afspraakId: string;

  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);
  const poging = (wie: string, query: string, variables?: Record<string, unknown>) =>
    t.gqlAs(tokens[wie]!, query, variables);
  const upload = (wie: string, bestandsnaam: string, inhoud: Buffer, id = overeenkomstId) =>
    poging(wie, UPLOAD, {
      input: { overeenkomstId: id, bestandsnaam, inhoud: inhoud.toString('base64') },
    });
  const download = (pad: string, token: string) => haal(t, pad, token);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of ['gemeente', 'gemeente-lezer', 'corporatie', 'provincie', 'buiten'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    const demo = (
      await als(
        'gemeente',
        `{ overeenkomsten { items { id deelnemers { partij { id soort } }
           themas { id domein { id } } onderdelen { id soort } gemeenten { id } } } }`,
      )
    ).overeenkomsten.items[0];
    overeenkomstId = demo.id;
    gemeenteId = demo.gemeenten[0].id;
    huurdersId = demo.deelnemers.find(
      (d: { partij: { soort: string } }) => d.partij.soort === 'HUURDERSORGANISATIE',
    ).partij.id;
    hoofdId = demo.onderdelen.find((o: { soort: string }) => o.soort === 'HOOFDDOCUMENT').id;
    themaId = demo.themas.find((th: { domein: unknown }) => th.domein).id;
    corporatieId = demo.deelnemers.find(
      (d: { partij: { soort: string } }) => d.partij.soort === 'WONINGCORPORATIE',
    ).partij.id;
  }, 120_000);
  afterAll(() => t?.close());

  it('a writer of the afspraken uploads a PDF; it is listed, audited and downloads byte for byte', async () => {
    const antwoord = await upload('corporatie', 'C:\\stukken\\woonzorgvisie-2026.pdf', PDF);
    expect(antwoord.errors).toBeUndefined();
    pdf = (antwoord.data as any).uploadDocument;
    expect(pdf).toMatchObject({
      bestandsnaam: 'woonzorgvisie-2026.pdf',
      mimeType: 'application/pdf',
      grootte: PDF.length,
      sha256: sha(PDF),
      downloadUrl: `/export/overeenkomsten/${overeenkomstId}/documenten/${pdf.id}`,
    });
    // The demo's woonzorgvisie comes first: its verwijzing points at it.
    expect(
      (await als('gemeente', DOCUMENTEN, { id: overeenkomstId })).overeenkomst.documenten,
    ).toEqual([
      expect.objectContaining({ bestandsnaam: 'woonzorgvisie-vlietdam-2025-2030.pdf' }),
      {
        id: pdf.id,
        bestandsnaam: 'woonzorgvisie-2026.pdf',
        sha256: sha(PDF),
        downloadUrl: pdf.downloadUrl,
      },
    ]);
    const audit = await sqlRijen<{ gegevens: Record<string, unknown> }>(
      t.app,
      `select gegevens from audit_regel where overeenkomst_id = ? and actie = 'DOCUMENT_GEUPLOAD'`,
      [overeenkomstId],
    );
    expect(audit.map((a) => a.gegevens)).toEqual([
      expect.objectContaining({ bestandsnaam: 'woonzorgvisie-2026.pdf', sha256: sha(PDF) }),
    ]);

    // The provincie (waarnemer) reads the overeenkomst, so it may download.
    const terug = await download(pdf.downloadUrl, tokens.provincie!);
    expect(terug.status).toBe(200);
    expect(terug.type).toBe('application/pdf');
    expect(terug.naam).toContain('filename="woonzorgvisie-2026.pdf"');
    expect(sha(terug.body)).toBe(sha(PDF));
    expect((await download(pdf.downloadUrl, tokens.buiten!)).status).toBe(404);
    const ander = pdf.downloadUrl.replace(pdf.id, '00000000-0000-4000-8000-000000000099');
    expect((await download(ander, tokens.gemeente!)).status).toBe(404);
  });

  it('takes DOCX and ODT by their first bytes, and refuses anything else or too large', async () => {
    const docx = await download(`/export/onderdelen/${hoofdId}.docx`, tokens.gemeente!);
    const word = (await upload('gemeente', 'volkshuisvestingsprogramma.pdf', docx.body))
      .data as any;
    expect(word.uploadDocument).toMatchObject({
      bestandsnaam: 'volkshuisvestingsprogramma.pdf.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const terug = await download(word.uploadDocument.downloadUrl, tokens.gemeente!);
    expect(terug.type).toContain('wordprocessingml');
    expect(((await upload('gemeente', 'visie', ODT)).data as any).uploadDocument).toMatchObject({
      bestandsnaam: 'visie.odt',
      mimeType: 'application/vnd.oasis.opendocument.text',
    });

    for (const inhoud of [
      Buffer.from('gewoon tekst'),
      Buffer.from('PK\u0003\u0004 een ander zip-bestand'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]),
    ]) {
      expect(theError(await upload('gemeente', 'x.pdf', inhoud)).extensions).toMatchObject({
        code: 'BESTAND_ONGELDIG',
        veld: 'input.inhoud',
      });
    }
    expect(theError(await upload('gemeente', 'x.png', Buffer.from('PNG'))).message).toMatch(
      /input\.inhoud is geen PDF, DOCX of ODT-bestand/,
    );
  });

  it('only those who write afspraken there upload; an outsider finds nothing', async () => {
    for (const wie of ['gemeente-lezer', 'provincie']) {
      expect(theError(await upload(wie, 'x.pdf', PDF)).extensions).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(theError(await upload('buiten', 'x.pdf', PDF)).extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('a verwijzing points at a document of this overeenkomst and names it', async () => {
    // Seed 002: "conform de woonzorgvisie" — the visie itself has no public address.
    const afspraak = (
      await als('gemeente', CREATE, {
        input: {
          onderdeelId: hoofdId,
          titel: 'Woonzorgzones volgens de woonzorgvisie',
          themaId,
          trekkerId: corporatieId,
          volwassenheid: 'VOORNEMEN',
          type: 'INTENTIE',
          tekst: 'Partijen richten woonzorgzones in zoals de woonzorgvisie beschrijft.',
          details: {
            intentie: {
              voorwaarde: 'Als de woonzorgvisie is vastgesteld',
              gevolg: 'dan richten partijen de woonzorgzones in',
            },
          },
          verwijzingen: [
            { soort: 'WOONZORGVISIE', titel: 'Woonzorgvisie Vlietdam 2026', documentId: pdf.id },
            { soort: 'WOONDEAL', titel: 'Regionale woondeal' },
          ],
        },
      })
    ).createAfspraak;
    afspraakId = afspraak.id;
    expect(afspraak.verwijzingen[0]).toEqual({
      soort: 'WOONZORGVISIE',
      titel: 'Woonzorgvisie Vlietdam 2026',
      documentId: pdf.id,
      tekst: 'Woonzorgvisie: Woonzorgvisie Vlietdam 2026 (document: woonzorgvisie-2026.pdf)',
      document: {
        id: pdf.id,
        bestandsnaam: 'woonzorgvisie-2026.pdf',
        grootte: PDF.length,
        sha256: sha(PDF),
        downloadUrl: pdf.downloadUrl,
      },
    });
    expect(afspraak.verwijzingen[1]).toMatchObject({ documentId: null, document: null });

    // A document alone (with the soort) is enough for an instrument.
    const alleen = (
      await als('gemeente', UPDATE, {
        input: { id: afspraakId, verwijzingen: [{ soort: 'WOONZORGVISIE', documentId: pdf.id }] },
      })
    ).updateAfspraak;
    expect(alleen.verwijzingen[0].tekst).toBe('Woonzorgvisie (document: woonzorgvisie-2026.pdf)');
  });

  it("refuses another overeenkomst's document, or a document beside an afspraak, naming the field", async () => {
    const nieuw = (
      await als('gemeente', CREATE_OVEREENKOMST, {
        input: {
          titel: 'Tweede overeenkomst',
          startjaar: 2027,
          eindjaar: 2030,
          gemeenteIds: [gemeenteId],
          deelnemers: [
            { partijId: corporatieId, rol: 'ONDERTEKENAAR' },
            { partijId: huurdersId, rol: 'ONDERTEKENAAR' },
          ],
        },
      })
    ).createOvereenkomst;
    await als('gemeente', CREATE_ONDERDEEL, {
      input: {
        overeenkomstId: nieuw.id,
        soort: 'HOOFDDOCUMENT',
        titel: 'Hoofddocument',
        ondertekenaarIds: [gemeenteId, corporatieId, huurdersId],
      },
    });
    const elders = ((await upload('gemeente', 'elders.pdf', PDF, nieuw.id)).data as any)
      .uploadDocument;
    const fout = async (verwijzingen: unknown[]) =>
      theError(await poging('gemeente', UPDATE, { input: { id: afspraakId, verwijzingen } }))
        .extensions;
    expect(
      await fout([
        { soort: 'WOONDEAL', titel: 'Woondeal' },
        { soort: 'WOONZORGVISIE', documentId: elders.id },
      ]),
    ).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'input.verwijzingen.1.documentId' });
    expect(await fout([{ soort: 'WOONZORGVISIE' }])).toMatchObject({
      veld: 'input.verwijzingen.0.titel',
    });
    const ander = (await als('gemeente', `{ afspraken(take: 1) { items { id } } }`)).afspraken
      .items[0].id;
    expect(await fout([{ afspraakId: ander, documentId: pdf.id }])).toMatchObject({
      veld: 'input.verwijzingen.0.documentId',
    });
  });

  it('standpunten go stale when a document is set or changed, not when it stays', async () => {
    const verouderd = async () =>
      (await als('gemeente', MATRIX, { id: hoofdId })).standpunten.rijen
        .find((r: { afspraakId: string }) => r.afspraakId === afspraakId)
        .cellen.some((c: { standpunt: { verouderd: boolean } | null }) => c.standpunt?.verouderd);
    const zet = (verwijzingen: unknown[]) =>
      als('gemeente', UPDATE, { input: { id: afspraakId, verwijzingen } });
    const zonder = { soort: 'WOONZORGVISIE', titel: 'Woonzorgvisie Vlietdam 2026' };
    await zet([zonder]);
    await als('corporatie', STANDPUNT, { input: { afspraakId, oordeel: 'AKKOORD' } });
    await zet([zonder]);
    expect(await verouderd()).toBe(false);
    await zet([{ ...zonder, documentId: pdf.id }]);
    expect(await verouderd()).toBe(true);

    await als('corporatie', STANDPUNT, { input: { afspraakId, oordeel: 'AKKOORD' } });
    await zet([{ ...zonder, documentId: pdf.id }]);
    expect(await verouderd()).toBe(false);
    const ander = (
      (
        await upload(
          'gemeente',
          'woonzorgvisie-2026-v2.pdf',
          Buffer.concat([PDF, Buffer.from('%v2\n')]),
        )
      ).data as any
    ).uploadDocument;
    await zet([{ ...zonder, documentId: ander.id }]);
    expect(await verouderd()).toBe(true);
    await zet([{ ...zonder, documentId: pdf.id }]);
  });

  it('the DOCX names the document', async () => {
    const res = await download(`/export/onderdelen/${hoofdId}.docx`, tokens.gemeente!);
    expect(res.status).toBe(200);
    expect(await docxTekst(res.body)).toContain(
      'Woonzorgvisie: Woonzorgvisie Vlietdam 2026 (document: woonzorgvisie-2026.pdf)',
    );
  });
});
