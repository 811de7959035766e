import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { DemoService, DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { LidRol } from '../src/partijen/lidmaatschap.entity';
import { theError } from './support/api';
import { gqlOkAls } from './support/als';
import { docxTekst, docxXml, naarPdf, ruimOp } from './support/docx-bestanden';
import { opmaakFouten } from './support/docx-typografie';
import { generatedAgreement } from './support/generated-agreement';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The Word exports, opened for real: the XML inside the .docx, and LibreOffice's PDF of it read
 * back with pdftotext. No test depends on a fixed byte output. The produced files (and page
 * images of the agreement) are kept in test-artefacten/export to look at.
 */

const exec = promisify(execFile);
const ARTEFACTEN = join(__dirname, '..', 'test-artefacten', 'export');
const DRIEHOEK = ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2'];
const ZORG = ['zorg', 'ggz', 'zorgkantoor', 'welzijn'];
const FUNCTIE: Record<string, string> = {
  gemeente: 'wethouder Wonen',
  corporatie: 'directeur-bestuurder',
  corporatie2: 'bestuurder',
  huurders: 'voorzitter',
  huurders2: 'voorzitter',
};

interface Afspraak {
  id: string;
  nummer: string;
  titel: string;
  tekst: string;
  type: string;
}
interface Demo {
  id: string;
  titel: string;
  onderdelen: { id: string; soort: string; titel: string; afspraken: Afspraak[] }[];
}

/** pdftotext breaks lines and may hyphenate: compare on words only. */
const woorden = (tekst: string) => tekst.replace(/\s+/g, ' ').trim();

describe('DOCX export', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let demo: Demo;
  let hoofd: Demo['onderdelen'][number];
  let bijlage: Demo['onderdelen'][number];

  const download = async (pad: string, token: string | null = tokens.gemeente!) => {
    const res = await fetch(`${t.baseUrl}${pad}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      naam: res.headers.get('content-disposition') ?? '',
      body,
      json: () => JSON.parse(body.toString('utf8')) as { code: string; message: string },
    };
  };
  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of [...DRIEHOEK, ...ZORG, 'provincie', 'buiten'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    demo = (
      await als(
        'gemeente',
        `{ overeenkomsten { items { id titel onderdelen { id soort titel afspraken { id nummer titel tekst type } } } } }`,
      )
    ).overeenkomsten.items[0];
    hoofd = demo.onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!;
    bijlage = demo.onderdelen.find((o) => o.soort === 'BIJLAGE')!;
    await mkdir(ARTEFACTEN, { recursive: true });
  });
  afterAll(() => t?.close());

  it('exports the whole agreement: cover, contents, preamble, afspraken by theme with their details, indicator tables, bijlage and signature pages', async () => {
    const res = await download(`/export/overeenkomsten/${demo.id}.docx`);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/wordprocessingml\.document/);
    expect(res.naam).toMatch(/attachment; filename=".*Prestatieafspraken Vlietdam.*\.docx"/);
    await writeFile(join(ARTEFACTEN, 'overeenkomst.docx'), res.body);

    // The XML: real tables, a contents field, the house-style styles, every afspraak.
    const xml = await docxXml(res.body);
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC /);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('w:val="Afspraakkop"');
    expect(xml).not.toMatch(/\{\{\w+\}\}/);
    const tekst = await docxTekst(res.body);
    for (const a of [...hoofd.afspraken, ...bijlage.afspraken])
      expect(tekst).toContain(`${a.nummer}  ${a.titel}`);
    for (const label of [
      'Procesafspraak',
      'Beschrijvende afspraak',
      'Intentieafspraak',
      'Handelingsafspraak',
      'Garantieafspraak',
      'Transactieafspraak',
    ])
      expect(tekst).toContain(label);

    // The PDF LibreOffice makes of it, as a reader sees it.
    const { tekst: pdf, pdf: bestand, map } = await naarPdf(res.body, 'overeenkomst');
    await writeFile(join(ARTEFACTEN, 'overeenkomst.pdf'), bestand);
    await exec('pdftoppm', [
      '-r',
      '45',
      '-png',
      '-f',
      '1',
      '-l',
      '8',
      join(map, 'overeenkomst.pdf'),
      join(ARTEFACTEN, 'pagina'),
    ]);
    await ruimOp(map);
    const leesbaar = woorden(pdf);
    for (const verwacht of [
      'Prestatieafspraken Vlietdam 2026–2029',
      'Gemeente Vlietdam',
      'Inhoud',
      'Considerans',
      'Indicatoren en streefwaarden',
      'Bijlage 1: Wonen en zorg',
      'Ondertekening: Hoofddocument',
      'Aldus overeengekomen en ondertekend te Vlietdam',
      'Betrokken partij Bijdrage',
      'Partij Levert Ontvangt',
      'Wat Wie Wanneer',
      'Garantsteller(s):',
      'Nulmeting',
    ])
      expect(leesbaar).toContain(verwacht);
    expect(leesbaar).toMatch(/Als .+ → dan /);
    // A bandwidth as min – max, a realisatie with its source.
    expect(leesbaar).toMatch(/\d+ – \d+ \w+/);
    expect(leesbaar).toMatch(/bron: /);
  }, 180_000);

  it('obeys the permissions: a zorgaanbieder exports its bijlage, not the hoofddocument or the whole', async () => {
    expect((await download(`/export/onderdelen/${bijlage.id}.docx`, tokens.zorg)).status).toBe(200);
    const heel = await download(`/export/overeenkomsten/${demo.id}.docx`, tokens.zorg);
    expect(heel.status).toBe(403);
    expect(heel.json()).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/bijlagen die zij ondertekenen/),
    });
    expect((await download(`/export/onderdelen/${hoofd.id}.docx`, tokens.zorg)).status).toBe(403);
    expect(
      (await download(`/export/overeenkomsten/${demo.id}.docx`, tokens.provincie)).status,
    ).toBe(200);
    const buiten = await download(`/export/overeenkomsten/${demo.id}.docx`, tokens.buiten);
    expect(buiten.status).toBe(404);
    expect(buiten.json().message).toMatch(/bestaat niet of is niet zichtbaar/);
    expect((await download(`/export/overeenkomsten/${demo.id}.docx`, null)).status).toBe(401);
    // A download link carries a one-time ticket, never the access token.
    expect(
      (await download(`/export/overeenkomsten/${demo.id}.docx?token=${tokens.gemeente}`, null))
        .status,
    ).toBe(401);
    const { exportTicket } = await als(
      'gemeente',
      `mutation($input: ExportTicketInput!) { exportTicket(input: $input) { url } }`,
      { input: { pad: `/export/overeenkomsten/${demo.id}.docx` } },
    );
    expect((await download(exportTicket.url, null)).status).toBe(200);
    expect((await download(exportTicket.url, null)).status).toBe(401);
    expect((await download(`/export/overeenkomsten/niet-een-id.docx`)).status).toBe(404);
    const versie = await download(`/export/overeenkomsten/${demo.id}.docx?versie=gisteren`);
    expect(versie.status).toBe(400);
    expect(versie.json()).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'versie' });
  }, 60_000);

  it('exports a single bijlage for a zorgaanbieder’s board', async () => {
    const res = await download(`/export/onderdelen/${bijlage.id}.docx`, tokens.zorg);
    const { tekst } = await naarPdf(res.body, 'bijlage');
    const leesbaar = woorden(tekst);
    expect(leesbaar).toContain('Bijlage 1: Wonen en zorg');
    for (const a of bijlage.afspraken)
      expect(leesbaar).toContain(woorden(`${a.nummer} ${a.titel}`));
    expect(leesbaar).not.toContain(
      woorden(`${hoofd.afspraken[0]!.nummer} ${hoofd.afspraken[0]!.titel}`),
    );
    expect(leesbaar).toContain('Zorggroep Vlietzicht');
  }, 120_000);

  it('a signed version carries its signatures and a certificate; a redline shows what an addendum changed as tracked changes', async () => {
    const v1 = (
      await als(
        'gemeente',
        `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id hash } }`,
        {
          input: { onderdeelId: hoofd.id, overrideReden: 'Akkoord in het bestuurlijk overleg' },
        },
      )
    ).bevriesOnderdeel;
    for (const wie of DRIEHOEK) {
      await als(
        wie,
        `mutation($input: OndertekenInput!) { onderteken(input: $input) { status } }`,
        {
          input: { versieId: v1.id, functie: FUNCTIE[wie], wachtwoord: DEMO_WACHTWOORD },
        },
      );
    }
    const getekend = await download(`/export/overeenkomsten/${demo.id}.docx?versie=ondertekend`);
    expect(getekend.status).toBe(200);
    await writeFile(join(ARTEFACTEN, 'ondertekend.docx'), getekend.body);
    const { tekst } = await naarPdf(getekend.body, 'ondertekend');
    const leesbaar = woorden(tekst);
    expect(leesbaar).toContain('Certificaat van ondertekening: Hoofddocument');
    expect(leesbaar.replace(/\s/g, '')).toContain(v1.hash);
    expect(leesbaar).toMatch(/Gemeente Vlietdam Sanne de Vries wethouder Wonen \d+ \w+ 20\d\d/);
    expect(leesbaar).toContain(
      'De hashketen is bij het maken van dit document gecontroleerd: geldig',
    );
    // The bijlage is not signed: its page still has lines to sign on.
    expect(leesbaar).toContain('handtekening');

    // An addendum: the corporatie's proposal, accepted by the others, changes one afspraak.
    const afspraak = hoofd.afspraken.find((a) => a.tekst.split(' ').length > 12)!;
    await als('gemeente', `mutation($input: AddendumInput!) { startAddendum(input: $input) }`, {
      input: { onderdeelId: hoofd.id, reden: 'Versnelling nieuwbouw' },
    });
    const woordenOud = afspraak.tekst.split(' ');
    const geschrapt = woordenOud[3];
    const nieuweTekst = [
      ...woordenOud.slice(0, 3),
      ...woordenOud.slice(4),
      'Dit geldt ook voor de nieuwe wijk Vlietoever.',
    ].join(' ');
    const voorstel = (
      await als(
        'corporatie',
        `mutation($input: WijzigingsvoorstelInput!) { dienVoorstelIn(input: $input) { id } }`,
        {
          input: {
            soort: 'WIJZIGING',
            afspraakId: afspraak.id,
            nieuweTekst,
            motivering: 'Nieuwe wijk',
          },
        },
      )
    ).dienVoorstelIn;
    for (const wie of ['gemeente', 'corporatie2', 'huurders', 'huurders2'])
      await als(
        wie,
        `mutation($input: BeoordeelVoorstelInput!) { beoordeelVoorstel(input: $input) { status } }`,
        {
          input: { voorstelId: voorstel.id, beoordeling: 'AANVAARD' },
        },
      );
    const v2 = (
      await als(
        'gemeente',
        `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
        {
          input: { onderdeelId: hoofd.id, overrideReden: 'Addendum besproken' },
        },
      )
    ).bevriesOnderdeel;

    const redline = await download(
      `/export/onderdelen/${hoofd.id}/redline.docx?van=${v1.id}&naar=${v2.id}`,
      tokens.huurders,
    );
    expect(redline.status).toBe(200);
    await writeFile(join(ARTEFACTEN, 'redline.docx'), redline.body);
    const xml = await docxXml(redline.body);
    expect(opmaakFouten(xml)).toEqual([]);
    const ins = [...xml.matchAll(/<w:ins\b([^>]*)>/g)].map((m) => m[1]);
    const del = [...xml.matchAll(/<w:del\b([^>]*)>/g)].map((m) => m[1]);
    expect(ins.length).toBeGreaterThan(0);
    expect(del.length).toBeGreaterThan(0);
    expect(ins[0]).toMatch(/w:author="Woonstichting De Vliet"/);
    expect(ins[0]).toMatch(/w:date="20\d\d-\d\d-\d\dT/);
    expect(xml).toMatch(new RegExp(`<w:delText[^>]*>[^<]*${geschrapt}`));
    expect(xml).toContain('Vlietoever');
    // LibreOffice reads the revisions: the PDF shows both the deleted and the inserted words.
    const { tekst: pdf } = await naarPdf(redline.body, 'redline');
    expect(woorden(pdf)).toContain('nieuwe wijk Vlietoever');
    expect(woorden(pdf)).toContain(geschrapt);
    // And against the current draft (no "naar"), a wrong pairing is refused.
    expect(
      (await download(`/export/onderdelen/${hoofd.id}/redline.docx?van=${v1.id}`)).status,
    ).toBe(200);
    expect(
      (await download(`/export/onderdelen/${bijlage.id}/redline.docx?van=${v1.id}`)).status,
    ).toBe(400);
  }, 240_000);

  it('takes a gemeente’s own template, and refuses one without the placeholders', async () => {
    const UPLOAD = `mutation($input: SjabloonInput!) { uploadExportSjabloon(input: $input) { naam eigen plaatshouders } }`;
    const maak = (...alineas: string[]) =>
      Packer.toBuffer(
        new Document({
          sections: [
            { children: alineas.map((a) => new Paragraph({ children: [new TextRun(a)] })) },
          ],
        }),
      );
    const zonder = theError(
      await t.gqlAs(tokens.gemeente!, UPLOAD, {
        input: {
          overeenkomstId: demo.id,
          naam: 'Fout',
          bestand: (await maak('{{titel}}', 'geen inhoud')).toString('base64'),
        },
      }),
    );
    expect(zonder.extensions).toMatchObject({ code: 'SJABLOON_ONGELDIG', veld: 'input.bestand' });
    expect(zonder.message).toContain('{{inhoud}}');
    const geenWord = theError(
      await t.gqlAs(tokens.gemeente!, UPLOAD, {
        input: {
          overeenkomstId: demo.id,
          naam: 'Fout',
          bestand: Buffer.from('geen zip').toString('base64'),
        },
      }),
    );
    expect(geenWord.extensions?.code).toBe('SJABLOON_ONGELDIG');
    expect(
      theError(
        await t.gqlAs(tokens.corporatie!, UPLOAD, {
          input: {
            overeenkomstId: demo.id,
            naam: 'x',
            bestand: (await maak('{{inhoud}}')).toString('base64'),
          },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');

    const eigen = await maak(
      'Huisstijl Gemeente Vlietdam — afdeling Wonen',
      '{{titel}}',
      '{{inhoud}}',
    );
    const geupload = (
      await als('gemeente', UPLOAD, {
        input: {
          overeenkomstId: demo.id,
          naam: 'Vlietdam 2026',
          bestand: eigen.toString('base64'),
        },
      })
    ).uploadExportSjabloon;
    expect(geupload).toEqual({
      naam: 'Vlietdam 2026',
      eigen: true,
      plaatshouders: ['inhoud', 'titel'],
    });
    const res = await download(`/export/overeenkomsten/${demo.id}.docx`);
    const tekst = await docxTekst(res.body);
    expect(tekst).toContain('Huisstijl Gemeente Vlietdam — afdeling Wonen');
    expect(tekst).toContain('Prestatieafspraken Vlietdam 2026–2029');
    expect(tekst).toContain(`${hoofd.afspraken[0]!.nummer}  ${hoofd.afspraken[0]!.titel}`);
    await als(
      'gemeente',
      `mutation($id: ID!) { verwijderExportSjabloon(overeenkomstId: $id) { eigen } }`,
      { id: demo.id },
    );
    expect(
      await docxTekst((await download(`/export/overeenkomsten/${demo.id}.docx`)).body),
    ).not.toContain('afdeling Wonen');
  }, 60_000);

  it('exports an agreement of 200 afspraken', async () => {
    const id = await t.app.get(DemoService).load({
      ...generatedAgreement('Groot', { afspraken: 200, indicatoren: 40 }),
      gebruikers: [
        {
          email: 'groot@test.driehoek.nl',
          naam: 'Groot',
          partij: 'gemeente',
          rollen: [LidRol.LEZER],
        },
      ],
    });
    const token = await t.login('groot@test.driehoek.nl', DEMO_WACHTWOORD);
    const res = await download(`/export/overeenkomsten/${id}.docx`, token);
    expect(res.status).toBe(200);
    const xml = await docxXml(res.body);
    expect(xml.match(/w:val="Afspraakkop"/g)).toHaveLength(200);
    expect(await readFile(join(__dirname, '..', 'templates', 'huisstijl.docx'))).toBeTruthy();
  }, 120_000);
});
