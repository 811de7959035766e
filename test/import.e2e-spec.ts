import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { gqlOkAls, sqlRijen } from './support/als';
import { wachtTot } from './support/collab-clients';
import { naarOdt, naarPdf, ruimOp } from './support/docx-bestanden';
import { akkoordDocx, uploadAkkoord } from './support/import';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Issue 20: an existing agreement, uploaded as Word or PDF, is read into a proposal (parties,
 * preamble, chapters, typed afspraken); nothing is created until the gemeente confirms it, and
 * then everything at once, with the file kept and the import in the audit trail. The afspraken
 * are paraphrased from the seeds (002: Krimpen aan den IJssel, Hoeksche Waard, Breda; 003).
 */

const AFSPRAKEN = [
  {
    tekst:
      'Woonstichting De Vliet houdt ten minste 1.661 sociale huurwoningen die toegankelijk en levensloopbestendig zijn beschikbaar.',
    type: 'GARANTIE',
  },
  {
    tekst:
      'Woonstichting De Vliet realiseert in 2027 en 2028 samen 120 woningen die geschikt zijn voor senioren.',
    type: 'HANDELING',
  },
  {
    tekst:
      'Het concept verzorgd wonen hanteren partijen als richtinggevend uitgangspunt voor wonen en zorg voor senioren.',
    type: 'BESCHRIJVEND',
  },
  {
    tekst:
      'Als de locatie Vlietzicht vrijkomt, dan wordt het vastgoed getransformeerd tot een locatie voor gemengd wonen.',
    type: 'INTENTIE',
  },
  {
    tekst:
      'Woonstichting De Vliet draagt € 200.000 bij aan de preventieve schuldhulp van de gemeente.',
    type: 'TRANSACTIE',
  },
  {
    tekst:
      'Partijen voeren twee keer per jaar bestuurlijk overleg en evalueren de afspraken na vier jaar.',
    type: 'PROCES',
  },
];

const IMPORT = `query($id: ID!) { overeenkomstImport(id: $id) { id status overeenkomstId titel
  partijen { naam soort partijId } considerans ondertekening overig
  hoofdstukken { titel afspraken { nummer tekst jaren bedragen trekker type { type zekerheid signalen }
    doelgroepen normen { onderwerp vergelijking waarde totWaarde eenheid eenheidTekst woorden }
    locaties { soort naam } geld { euro frequentie jaar totJaar doel woorden } } } } }`;

/** What the text states, as the review sends it unchanged (the trekker pays the amounts). */
const gegevensVan = (a: any, trekker: number) => ({
  doelgroepen: a.doelgroepen,
  normen: a.normen.map(({ woorden: _, ...n }: any) => n),
  locaties: a.locaties,
  bedragen: a.geld.map(({ woorden: _, ...g }: any) => ({ ...g, betaler: trekker })),
});
const BEVESTIG = `mutation($input: BevestigImportInput!) { bevestigImport(input: $input) {
  id titel startjaar eindjaar deelnemers { partij { naam soort } }
  indicatoren { naam eenheid streefwaarden { jaar waarde } }
  documenten { bestandsnaam sha256 }
  onderdelen { id soort afspraken { id nummer titel type tekst trekker { naam } thema { naam } } } } }`;

describe('een bestaand akkoord importeren', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let docx: Buffer;
  let pdf: Buffer;
  let odt: Buffer;
  const mappen: string[] = [];

  const upload = (token: string | null, bestand: Buffer, naam: string) =>
    uploadAkkoord(t, token, bestand, naam);
  const aantalOvereenkomsten = async () =>
    (await sqlRijen<{ n: number }>(t.app, 'select count(*)::int as n from overeenkomst'))[0]!.n;

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of ['gemeente', 'corporatie', 'gemeente-lezer'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    docx = await akkoordDocx(AFSPRAKEN.map((a) => a.tekst));
    const [alsPdf, alsOdt] = await Promise.all([
      naarPdf(docx, 'akkoord'),
      naarOdt(docx, 'akkoord'),
    ]);
    pdf = alsPdf.pdf;
    odt = alsOdt.odt;
    mappen.push(alsPdf.map, alsOdt.map);
  });

  afterAll(async () => {
    await Promise.all(mappen.map(ruimOp));
    await t?.close();
  });

  it.each([
    ['Word', 'akkoord.docx', () => docx],
    ['PDF', 'akkoord.pdf', () => pdf],
    ['OpenDocument', 'akkoord.odt', () => odt],
  ])(
    'reads a %s agreement into parties, preamble, chapters and typed afspraken; creates nothing',
    async (_soort, naam, bestand) => {
      const voor = await aantalOvereenkomsten();
      const { status, body } = await upload(tokens.gemeente!, bestand(), naam);
      expect(status).toBe(201);
      expect(await aantalOvereenkomsten()).toBe(voor);

      const { overeenkomstImport: v } = await gqlOkAls(t, tokens.gemeente!, IMPORT, {
        id: body.id,
      });
      expect(v.status).toBe('CONCEPT');
      expect(v.titel).toBe('Prestatieafspraken Vlietdam 2027–2030');
      expect(v.partijen.map((p: any) => [p.naam, p.soort, !!p.partijId])).toEqual([
        ['Gemeente Vlietdam', 'GEMEENTE', true],
        ['Woonstichting De Vliet', 'WONINGCORPORATIE', true],
        ['Huurdersvereniging De Vliet', 'HUURDERSORGANISATIE', true],
        ['Zorgcoöperatie Vlietland', 'ZORGAANBIEDER', false],
      ]);
      expect(v.considerans).toEqual([
        'het aantal ouderen in Vlietdam tot 2040 sterk groeit;',
        'partijen samen verantwoordelijk zijn voor wonen met zorg in de wijk;',
        'Komen het volgende overeen:',
      ]);
      expect(
        v.hoofdstukken.map((h: any) => [h.titel, h.afspraken.map((a: any) => a.nummer)]),
      ).toEqual([
        ['Beschikbaarheid', ['1.1', '1.2']],
        ['Wonen en zorg', ['2.1', '2.2', '2.3']],
        ['Samenwerking', ['3.1']],
      ]);
      const afspraken = v.hoofdstukken.flatMap((h: any) => h.afspraken);
      // Every sentence kept, whole, in its own afspraak.
      expect(afspraken.map((a: any) => a.tekst)).toEqual(AFSPRAKEN.map((a) => a.tekst));
      expect(afspraken.map((a: any) => a.type.type)).toEqual(AFSPRAKEN.map((a) => a.type));
      for (const a of afspraken) for (const s of a.type.signalen) expect(a.tekst).toContain(s);
      expect(afspraken[1].jaren).toEqual([2027, 2028]);
      expect(afspraken[4].bedragen).toEqual([200000]);
      expect(afspraken[0].trekker).toBe('Woonstichting De Vliet');
      expect(v.ondertekening).toEqual([
        'Aldus overeengekomen en ondertekend te Vlietdam op 12 december 2026.',
        'Gemeente Vlietdam',
      ]);
      expect(v.overig).toEqual([]);
    },
  );

  it('refuses what it cannot read, in Dutch, naming the field; only a gemeente opsteller may upload', async () => {
    expect((await upload(null, docx, 'akkoord.docx')).status).toBe(401);
    const corporatie = await upload(tokens.corporatie!, docx, 'akkoord.docx');
    expect(corporatie.status).toBe(403);
    expect(corporatie.body.message).toMatch(/daar opsteller of ondertekenaar zijn/);

    const tekst = await upload(tokens.gemeente!, Buffer.from('Gewoon wat tekst'), 'akkoord.txt');
    expect(tekst.status).toBe(400);
    expect(tekst.body).toMatchObject({ code: 'BESTAND_ONGELDIG', veld: 'bestand' });
    expect(tekst.body.message).toMatch(
      /Word-bestand \(\.docx\), OpenDocument-bestand \(\.odt\) of PDF/,
    );

    // A PDF with pages but no text layer: what a scanner makes.
    const scan = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const gescand = await upload(tokens.gemeente!, scan, 'scan.pdf');
    expect(gescand.status).toBe(400);
    expect(gescand.body).toMatchObject({ code: 'GEEN_TEKSTLAAG', veld: 'bestand' });
    expect(gescand.body.message).toMatch(/geen tekst, alleen afbeeldingen/);
  });

  it('confirms the corrected proposal in one go: partijen, afspraken in the co-editor, the file kept, audited', async () => {
    const { body } = await upload(tokens.gemeente!, docx, 'akkoord.docx');
    const { overeenkomstImport: v } = await gqlOkAls(t, tokens.gemeente!, IMPORT, { id: body.id });
    expect(
      theError(await t.gqlAs(tokens.corporatie!, IMPORT, { id: body.id })).extensions?.code,
    ).toBe('FORBIDDEN');

    const input = {
      importId: body.id,
      titel: v.titel,
      startjaar: 2027,
      eindjaar: 2030,
      preambule: v.considerans.join('\n'),
      partijen: v.partijen.map((p: any) => ({
        naam: p.naam,
        soort: p.soort,
        partijId: p.partijId,
      })),
      hoofdstukken: v.hoofdstukken.map((h: any) => ({
        titel: h.titel,
        afspraken: h.afspraken.map((a: any) => {
          const trekker = Math.max(
            0,
            v.partijen.findIndex((p: any) => p.naam === a.trekker),
          );
          return {
            tekst: a.tekst,
            type: a.type.type,
            trekker,
            jaren: a.jaren,
            ...gegevensVan(a, trekker),
          };
        }),
      })),
    };
    // A table the file did not have, as the reviewer could add it.
    Object.assign(input, {
      indicatoren: [
        {
          naam: 'Seniorenwoningen',
          eenheid: 'woningen',
          streefwaarden: [
            { jaar: 2027, waarde: 60 },
            { jaar: 2028, waarde: 120 },
          ],
        },
      ],
    });
    // The reviewer corrects one type: the handeling is, on reflection, a garantie.
    input.hoofdstukken[0].afspraken[1].type = 'GARANTIE';
    // And one detail of another: the intentie's consequence in words of her own; its condition
    // stays as the text states it.
    Object.assign(input.hoofdstukken[1].afspraken[1], {
      kenmerken: { gevolg: 'transformeert de corporatie het vastgoed tot gemengd wonen' },
    });

    // A mistake anywhere refuses all of it, naming the field, before anything is written.
    const voor = await aantalOvereenkomsten();
    const fout = structuredClone(input);
    fout.hoofdstukken[2].afspraken[0].jaren = [2031];
    const geweigerd = theError(await t.gqlAs(tokens.gemeente!, BEVESTIG, { input: fout }));
    expect(geweigerd.extensions).toMatchObject({
      code: 'JAAR_BUITEN_PERIODE',
      veld: 'input.hoofdstukken.2.afspraken.0.jaren',
    });
    expect(await aantalOvereenkomsten()).toBe(voor);

    const betaler = structuredClone(input);
    betaler.hoofdstukken[1].afspraken[2].bedragen[0].betaler = 9;
    expect(
      theError(await t.gqlAs(tokens.gemeente!, BEVESTIG, { input: betaler })).extensions,
    ).toMatchObject({
      veld: 'input.hoofdstukken.1.afspraken.2.bedragen.0.betaler',
    });
    const doel = structuredClone(input);
    doel.hoofdstukken[1].afspraken[2].bedragen[0].doel = '';
    expect(
      theError(await t.gqlAs(tokens.gemeente!, BEVESTIG, { input: doel })).extensions,
    ).toMatchObject({
      veld: expect.stringMatching(/^input\.hoofdstukken\.1\.afspraken\.2\.bedragen\.0\.doel$/),
    });
    expect(await aantalOvereenkomsten()).toBe(voor);

    const { bevestigImport: o } = await gqlOkAls(t, tokens.gemeente!, BEVESTIG, { input });
    expect(await aantalOvereenkomsten()).toBe(voor + 1);
    expect(o.deelnemers.map((d: any) => d.partij.naam).sort()).toEqual(
      [
        'Gemeente Vlietdam',
        'Huurdersvereniging De Vliet',
        'Woonstichting De Vliet',
        'Zorgcoöperatie Vlietland',
      ].sort(),
    );
    expect(o.indicatoren).toEqual([
      {
        naam: 'Seniorenwoningen',
        eenheid: 'woningen',
        streefwaarden: [
          { jaar: 2027, waarde: 60 },
          { jaar: 2028, waarde: 120 },
        ],
      },
    ]);
    expect(o.documenten).toEqual([
      { bestandsnaam: 'akkoord.docx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    const [hoofd] = o.onderdelen;
    expect(hoofd.afspraken.map((a: any) => [a.nummer, a.type, a.thema.naam])).toEqual(
      [
        ['1', 'GARANTIE', 'Beschikbaarheid'],
        ['2', 'GARANTIE', 'Beschikbaarheid'],
        ['3', 'BESCHRIJVEND', 'Wonen en zorg'],
        ['4', 'INTENTIE', 'Wonen en zorg'],
        ['5', 'TRANSACTIE', 'Wonen en zorg'],
        ['6', 'PROCES', 'Samenwerking'],
      ].map(([, type, thema], i) => [expect.any(String), type ?? AFSPRAKEN[i]!.type, thema]),
    );
    expect(hoofd.afspraken[0].trekker.naam).toBe('Woonstichting De Vliet');

    // The texts are in the co-editor's document, as the source has them.
    await wachtTot(
      'de teksten in de co-editor',
      async () => {
        const { onderdeel, overeenkomst } = await gqlOkAls(
          t,
          tokens.gemeente!,
          `query($id: ID!, $o: ID!) { onderdeel(id: $id) { afspraken { tekst } }
             overeenkomst(id: $o) { preambule } }`,
          { id: hoofd.id, o: o.id },
        );
        return onderdeel.afspraken.map((a: any) => a.tekst).join('|') ===
          AFSPRAKEN.map((a) => a.tekst).join('|') && overeenkomst.preambule === input.preambule
          ? true
          : null;
      },
      { timeoutMs: 10_000 },
    );

    const audit = await sqlRijen<{ actie: string; gegevens: any }>(
      t.app,
      `select actie, gegevens from audit_regel where overeenkomst_id = ? and actie = 'GEIMPORTEERD'`,
      [o.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.gegevens).toMatchObject({ bestandsnaam: 'akkoord.docx', afspraken: 6 });

    const { afspraak: intentie } = await gqlOkAls(
      t,
      tokens.gemeente!,
      `query($id: ID!) { afspraak(id: $id) { details { ... on IntentieDetails { voorwaarde gevolg } } } }`,
      { id: hoofd.afspraken[3].id },
    );
    expect(intentie.details).toEqual({
      voorwaarde: 'de locatie Vlietzicht vrijkomt',
      gevolg: 'transformeert de corporatie het vastgoed tot gemengd wonen',
    });
    const { afspraak: proces } = await gqlOkAls(
      t,
      tokens.gemeente!,
      `query($id: ID!) { afspraak(id: $id) { details { ... on ProcesDetails { overlegvorm frequentie } } } }`,
      { id: hoofd.afspraken[5].id },
    );
    expect(proces.details).toEqual({
      overlegvorm: 'bestuurlijk overleg',
      frequentie: 'twee keer per jaar',
    });

    // What the texts state became the afspraken' fields.
    const { onderdeel: velden } = await gqlOkAls(
      t,
      tokens.gemeente!,
      `query($id: ID!) { onderdeel(id: $id) { afspraken { doelgroepen
         normen { vergelijking waarde eenheid onderwerp } locaties { soort naam }
         bedragen { centen frequentie doel betalers { partij { naam } } } } } }`,
      { id: hoofd.id },
    );
    expect(velden.afspraken[0].normen).toEqual([
      {
        vergelijking: 'TEN_MINSTE',
        waarde: 1661,
        eenheid: 'WONINGEN',
        onderwerp: expect.stringMatching(/^sociale huurwoningen/),
      },
    ]);
    expect(velden.afspraken[1].doelgroepen).toEqual(['OUDEREN']);
    expect(velden.afspraken[3].locaties).toEqual([{ soort: 'COMPLEX', naam: 'Vlietzicht' }]);
    expect(velden.afspraken[4].bedragen).toEqual([
      {
        centen: 20_000_000,
        frequentie: expect.any(String),
        doel: expect.stringContaining('preventieve schuldhulp'),
        betalers: [{ partij: { naam: 'Woonstichting De Vliet' } }],
      },
    ]);

    // The others a text names take part in the afspraak, with the sentence that names them.
    const { afspraak: bijdrage } = await gqlOkAls(
      t,
      tokens.gemeente!,
      `query($id: ID!) { afspraak(id: $id) { trekker { naam } betrokkenen { partij { naam } bijdrage } } }`,
      { id: hoofd.afspraken[4].id },
    );
    expect(bijdrage).toEqual({
      trekker: { naam: 'Woonstichting De Vliet' },
      betrokkenen: [{ partij: { naam: 'Gemeente Vlietdam' }, bijdrage: AFSPRAKEN[4]!.tekst }],
    });

    const nogmaals = theError(await t.gqlAs(tokens.gemeente!, BEVESTIG, { input }));
    expect(nogmaals.extensions?.code).toBe('STATUS_ONJUIST');
    const { overeenkomstImport: na } = await gqlOkAls(t, tokens.gemeente!, IMPORT, { id: body.id });
    expect(na).toMatchObject({ status: 'BEVESTIGD', overeenkomstId: o.id });
  });

  /** What the review screen sends for a proposal, unchanged. */
  const alsInvoer = (v: any) => ({
    importId: v.id,
    titel: v.titel,
    startjaar: 2027,
    eindjaar: 2030,
    preambule: v.considerans.join('\n'),
    partijen: v.partijen.map((p: any) => ({ naam: p.naam, soort: p.soort, partijId: p.partijId })),
    hoofdstukken: v.hoofdstukken.map((h: any) => ({
      titel: h.titel,
      afspraken: h.afspraken.map((a: any) => ({
        tekst: a.tekst,
        type: a.type.type,
        trekker: Math.max(
          0,
          v.partijen.findIndex((p: any) => p.naam === a.trekker),
        ),
        jaren: a.jaren,
      })),
    })),
  });

  it('adds an agreement to an existing overeenkomst as a bijlage, its new partijen as ondertekenaars', async () => {
    const eerste = (await upload(tokens.gemeente!, docx, 'akkoord.docx')).body;
    const v1 = (await gqlOkAls(t, tokens.gemeente!, IMPORT, { id: eerste.id })).overeenkomstImport;
    const { bevestigImport: o } = await gqlOkAls(t, tokens.gemeente!, BEVESTIG, {
      input: { ...alsInvoer(v1), partijen: alsInvoer(v1).partijen.slice(0, 3) },
    });
    expect(o.deelnemers).toHaveLength(3);

    const tweede = (await upload(tokens.gemeente!, docx, 'zorgbijlage.docx')).body;
    const v2 = (await gqlOkAls(t, tokens.gemeente!, IMPORT, { id: tweede.id })).overeenkomstImport;
    const input = {
      ...alsInvoer(v2),
      overeenkomstId: o.id,
      titel: 'Bijlage wonen en zorg',
      startjaar: 2000,
      eindjaar: 2001,
    };
    const voor = await aantalOvereenkomsten();

    // Only the regie adds to an overeenkomst; a bijlage has no preamble of its own.
    expect(theError(await t.gqlAs(tokens.corporatie!, BEVESTIG, { input })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(theError(await t.gqlAs(tokens.gemeente!, BEVESTIG, { input })).extensions).toMatchObject(
      { code: 'VALIDATIE_FOUT', veld: 'input.preambule' },
    );

    const { bevestigImport: na } = await gqlOkAls(t, tokens.gemeente!, BEVESTIG, {
      input: { ...input, preambule: '' },
    });
    expect(await aantalOvereenkomsten()).toBe(voor);
    expect(na.id).toBe(o.id);
    // In the overeenkomst's own period, whatever the form said.
    expect([na.startjaar, na.eindjaar]).toEqual([2027, 2030]);
    expect(na.onderdelen.map((d: any) => [d.soort, d.afspraken.length])).toEqual([
      ['HOOFDDOCUMENT', 6],
      ['BIJLAGE', 6],
    ]);
    expect(na.deelnemers.map((d: any) => d.partij.naam)).toContain('Zorgcoöperatie Vlietland');
    // Its chapters are the overeenkomst's themes, not copies of them.
    expect(na.onderdelen[1].afspraken.map((a: any) => a.thema.naam)).toEqual(
      na.onderdelen[0].afspraken.map((a: any) => a.thema.naam),
    );
    const audit = await sqlRijen<{ actie: string; gegevens: any }>(
      t.app,
      `select actie, gegevens from audit_regel where overeenkomst_id = ? and actie in ('GEIMPORTEERD', 'DEELNEMER_TOEGEVOEGD') order by volgnummer`,
      [o.id],
    );
    expect(audit.map((a) => [a.actie, a.gegevens.alsBijlage ?? null])).toEqual([
      ['GEIMPORTEERD', false],
      ['DEELNEMER_TOEGEVOEGD', null],
      ['GEIMPORTEERD', true],
    ]);
  });

  it('asks someone who drafts for two gemeenten which one the agreement is for', async () => {
    const [oostwaard] = await sqlRijen<{ id: string }>(
      t.app,
      `select id from partij where naam = 'Gemeente Oostwaard'`,
    );
    await sqlRijen(
      t.app,
      `insert into lidmaatschap (id, created_at, updated_at, gebruiker_id, partij_id, rollen)
       select gen_random_uuid(), now(), now(), id, ?, '["OPSTELLER"]' from gebruiker where email = 'gemeente@demo.driehoek.nl'`,
      [oostwaard!.id],
    );
    const token = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    const zonder = await upload(token, docx, 'akkoord.docx');
    expect(zonder.status).toBe(400);
    expect(zonder.body).toMatchObject({ veld: 'gemeenteId' });

    const { status, body } = await uploadAkkoord(t, token, docx, 'akkoord.docx', oostwaard!.id);
    expect(status).toBe(201);
    expect(body.gemeenteId).toBe(oostwaard!.id);
    // Not for a gemeente she does not draft for.
    const [andere] = await sqlRijen<{ id: string }>(
      t.app,
      `select id from partij where soort = 'WONINGCORPORATIE' limit 1`,
    );
    expect((await uploadAkkoord(t, token, docx, 'akkoord.docx', andere!.id)).status).toBe(403);
  });
});
