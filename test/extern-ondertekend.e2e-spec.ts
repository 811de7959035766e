import { createHash } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { GebeurtenisSoort, Gebeurtenissen } from '../src/live/gebeurtenissen';
import { Klok } from '../src/common/klok';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { gqlOkAls, sqlRijen } from './support/als';
import { wachtTot } from './support/collab-clients';
import { docxTekst } from './support/docx-bestanden';
import { download as haal } from './support/download';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Issue 15, point 11: a gemeente starts using Driehoek in December 2026, in the middle of an
 * agreement for 2025–2028 whose first years were signed on paper. Recording the hoofddocument as
 * signed outside Driehoek carries the jaarschijven on, so the jaarcyclus stops reporting the
 * signing as overdue; verantwoording is asked only of years in uitvoering.
 */

const REGISTREER = `mutation($input: ExterneOndertekeningInput!) { registreerExterneOndertekening(input: $input) {
  datum ondertekenaars { partijId partij naam functie } jaren bestandsnaam grootte sha256
  geregistreerdOp geregistreerdDoor downloadUrl } }`;
const CYCLUS = `query($op: DateTime, $o: ID) { jaarcyclus(op: $op, overeenkomstId: $o) { items {
  teLaat cycli { rol jaar status externOndertekendOp mijlpalen { soort toestand toelichting } } } } }`;
const ONDERDEEL = `query($id: ID!) { onderdeel(id: $id) { id status externeOndertekening {
  datum jaren bestandsnaam sha256 downloadUrl ondertekenaars { partij naam functie } } } }`;
const JAARSCHIJVEN = `query($id: ID!) { overeenkomst(id: $id) { jaarschijven { id jaar status } } }`;
const NU = '2026-12-06T10:00:00Z';
const PROEF = '00000000-0000-4000-8000-000000000001';

/** A small but real-looking PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe('een onderdeel ondertekend buiten Driehoek', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids = {} as Record<
    'overeenkomst' | 'hoofd' | 'bijlage' | 'gemeente' | 'corpA' | 'huurdersA' | 'vvt' | 'provincie',
    string
  >;
  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);
  const poging = (wie: string, query: string, variables?: Record<string, unknown>) =>
    t.gqlAs(tokens[wie]!, query, variables);
  const cycli = async () =>
    (await als('gemeente', CYCLUS, { op: NU, o: ids.overeenkomst })).jaarcyclus.items[0];
  const jaarschijven = async () =>
    Object.fromEntries(
      (await als('gemeente', JAARSCHIJVEN, { id: ids.overeenkomst })).overeenkomst.jaarschijven.map(
        (j: { jaar: number; status: string }) => [j.jaar, j.status],
      ),
    );
  const auditAantal = async () =>
    Number(
      (
        await sqlRijen<{ n: string }>(
          t.app,
          'select count(*) as n from audit_regel where overeenkomst_id = ?',
          [ids.overeenkomst],
        )
      )[0]!.n,
    );
  const invoer = (overrides: Record<string, unknown> = {}) => ({
    onderdeelId: ids.hoofd,
    datum: '2024-12-12',
    ondertekenaars: [
      { partijId: ids.gemeente, naam: 'A. de Wit', functie: 'wethouder Wonen' },
      { partijId: ids.corpA, naam: 'B. Jansen', functie: 'directeur-bestuurder' },
      { partijId: ids.huurdersA, naam: 'C. Pieters', functie: 'voorzitter' },
    ],
    jaren: [2025, 2026],
    bestandsnaam: 'Prestatieafspraken 2025 getekend.pdf',
    bestand: PDF.toString('base64'),
    ...overrides,
  });
  const download = (pad: string, token: string) => haal(t, pad, token);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of ['gemeente', 'gemeente-lezer', 'corporatie', 'buiten'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    t.app.get(Klok).zet(new Date(NU));
    const partijen = (await als('gemeente', `{ partijen(take: 100) { items { id naam } } }`))
      .partijen.items as { id: string; naam: string }[];
    const partij = (naam: string) => partijen.find((p) => p.naam === naam)!.id;
    ids.gemeente = partij('Gemeente Vlietdam');
    ids.corpA = partij('Woonstichting De Vliet');
    ids.huurdersA = partij('Huurdersvereniging De Vliet');
    ids.vvt = partij('Zorggroep Vlietzicht');
    ids.provincie = partij('Provincie Zuid-Holland');
    ids.overeenkomst = (
      await als(
        'gemeente',
        `mutation($input: CreateOvereenkomstInput!) { createOvereenkomst(input: $input) { id } }`,
        {
          input: {
            titel: 'Prestatieafspraken Vlietdam 2025–2028 (op papier begonnen)',
            startjaar: 2025,
            eindjaar: 2028,
            gemeenteIds: [ids.gemeente],
            deelnemers: [
              { partijId: ids.corpA, rol: 'ONDERTEKENAAR' },
              { partijId: ids.huurdersA, rol: 'ONDERTEKENAAR' },
              { partijId: ids.vvt, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
              { partijId: ids.provincie, rol: 'WAARNEMER' },
            ],
          },
        },
      )
    ).createOvereenkomst.id;
    const onderdeel = async (soort: string, titel: string, ondertekenaarIds: string[]) =>
      (
        await als(
          'gemeente',
          `mutation($input: CreateOnderdeelInput!) { createOnderdeel(input: $input) { id } }`,
          { input: { overeenkomstId: ids.overeenkomst, soort, titel, ondertekenaarIds } },
        )
      ).createOnderdeel.id as string;
    ids.hoofd = await onderdeel('HOOFDDOCUMENT', 'Prestatieafspraken', [
      ids.gemeente,
      ids.corpA,
      ids.huurdersA,
    ]);
    ids.bijlage = await onderdeel('BIJLAGE', 'Bijlage wonen en zorg', [ids.gemeente, ids.vvt]);
    const themaId = (
      await als(
        'gemeente',
        `mutation($input: CreateThemaInput!) { createThema(input: $input) { id } }`,
        { input: { overeenkomstId: ids.overeenkomst, naam: 'Wonen en zorg' } },
      )
    ).createThema.id;
    for (const onderdeelId of [ids.hoofd, ids.bijlage])
      await als(
        'gemeente',
        `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { id } }`,
        {
          input: {
            onderdeelId,
            titel: 'Transformatie vrijkomende locatie',
            type: 'INTENTIE',
            themaId,
            trekkerId: ids.gemeente,
            volwassenheid: 'VOORNEMEN',
            details: {
              intentie: {
                voorwaarde: 'Als locatie De Linde vrijkomt',
                gevolg: 'dan wordt het vastgoed getransformeerd',
              },
            },
          },
        },
      );
  });
  afterAll(async () => {
    await client?.dispose();
    await t?.close();
  });

  let client: Client;
  const ontvangen: { soort: string; onderdeelId: string | null; onderwerpId: string }[] = [];
  /** Subscribes as the corporatie and waits until the subscription hears (a probe). */
  async function luister(): Promise<void> {
    client = createClient({
      url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: tokens.corporatie },
      lazy: false,
    });
    client.subscribe<{ overeenkomstGebeurtenissen: (typeof ontvangen)[number] }>(
      {
        query: `subscription($id: ID!) { overeenkomstGebeurtenissen(overeenkomstId: $id) { soort onderdeelId onderwerpId } }`,
        variables: { id: ids.overeenkomst },
      },
      {
        next: (bericht) => {
          if (bericht.data) ontvangen.push(bericht.data.overeenkomstGebeurtenissen);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    const gebeurtenissen = t.app.get(Gebeurtenissen);
    await wachtTot(
      'het abonnement hoort gebeurtenissen',
      () => {
        if (ontvangen.some((g) => g.onderwerpId === PROEF)) return true;
        gebeurtenissen.meldDeel(GebeurtenisSoort.THEMA_GEWIJZIGD, null, {
          overeenkomstId: ids.overeenkomst,
          onderwerpId: PROEF,
        });
        return null;
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
  }

  it('before: the paper-signed years are overdue, verantwoording is not asked of a year never carried out', async () => {
    const [vorig, dit] = (await cycli()).cycli;
    expect(vorig).toMatchObject({ jaar: 2025, status: 'CONCEPT', externOndertekendOp: null });
    expect(vorig.mijlpalen.map((m: any) => [m.soort, m.toestand])).toEqual([
      ['BOD', 'TE_LAAT'],
      ['ONDERTEKENING', 'TE_LAAT'],
      ['UITVOERING', 'TE_LAAT'],
      ['VERANTWOORDING', 'NIET_GEVRAAGD'],
      ['EVALUATIE', 'NIET_GEVRAAGD'],
    ]);
    expect(vorig.mijlpalen[3].toelichting).toMatch(/niet in uitvoering genomen/);
    expect(dit.mijlpalen.map((m: any) => [m.soort, m.toestand])).toEqual([
      ['BOD', 'TE_LAAT'],
      ['ONDERTEKENING', 'TE_LAAT'],
      ['UITVOERING', 'LOPEND'],
      ['VERANTWOORDING', 'KOMEND'],
      ['EVALUATIE', 'KOMEND'],
    ]);
  });

  it('refuses, before writing anything, with a code naming the field', async () => {
    const voor = await auditAantal();
    const fout = async (wie: string, input: Record<string, unknown>) => {
      const e = theError(await poging(wie, REGISTREER, { input }));
      return { code: e.extensions?.code, veld: e.extensions?.veld };
    };
    expect(await fout('corporatie', invoer())).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fout('gemeente-lezer', invoer())).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fout('buiten', invoer())).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fout('gemeente', invoer({ datum: '2026-12-07' }))).toEqual({
      code: 'DATUM_IN_DE_TOEKOMST',
      veld: 'input.datum',
    });
    expect(await fout('gemeente', invoer({ datum: '2025-02-30' }))).toEqual({
      code: 'VALIDATIE_FOUT',
      veld: 'input.datum',
    });
    expect(await fout('gemeente', invoer({ datum: '12-12-2024' }))).toMatchObject({
      code: 'VALIDATIE_FOUT',
    });
    expect(
      await fout('gemeente', invoer({ ondertekenaars: invoer().ondertekenaars.slice(0, 2) })),
    ).toEqual({ code: 'ONDERTEKENAAR_ONTBREEKT', veld: 'input.ondertekenaars' });
    expect(
      await fout(
        'gemeente',
        invoer({
          ondertekenaars: [
            ...invoer().ondertekenaars,
            { partijId: ids.provincie, naam: 'D. Klaassen', functie: 'gedeputeerde' },
          ],
        }),
      ),
    ).toEqual({ code: 'VALIDATIE_FOUT', veld: 'input.ondertekenaars[3].partijId' });
    expect(await fout('gemeente', invoer({ jaren: [2024, 2025] }))).toEqual({
      code: 'JAAR_BUITEN_PERIODE',
      veld: 'input.jaren',
    });
    expect(await fout('gemeente', invoer({ jaren: [2026, 2027] }))).toEqual({
      code: 'TE_VROEG',
      veld: 'input.jaren',
    });
    expect(await fout('gemeente', invoer({ jaren: [] }))).toEqual({
      code: 'VALIDATIE_FOUT',
      veld: 'input.jaren',
    });
    expect(
      await fout('gemeente', invoer({ bestand: Buffer.from('geen pdf').toString('base64') })),
    ).toEqual({ code: 'BESTAND_ONGELDIG', veld: 'input.bestand' });
    const teGroot = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]).toString('base64');
    expect(await fout('gemeente', invoer({ bestand: teGroot }))).toEqual({
      code: 'BESTAND_ONGELDIG',
      veld: 'input.bestand',
    });
    // A year already signed in Driehoek cannot be signed again on paper.
    await sqlRijen(
      t.app,
      `update jaarschijf set status = 'ONDERTEKEND' where overeenkomst_id = ? and jaar = 2026`,
      [ids.overeenkomst],
    );
    expect(await fout('gemeente', invoer())).toEqual({
      code: 'STATUS_ONJUIST',
      veld: 'input.jaren',
    });
    await sqlRijen(
      t.app,
      `update jaarschijf set status = 'CONCEPT' where overeenkomst_id = ? and jaar = 2026`,
      [ids.overeenkomst],
    );
    // An onderdeel lying ter ondertekening in Driehoek is signed there.
    await als(
      'gemeente',
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
      { input: { onderdeelId: ids.bijlage, overrideReden: 'Proef' } },
    );
    const bijlageVoor = await auditAantal();
    expect(
      await fout(
        'gemeente',
        invoer({
          onderdeelId: ids.bijlage,
          ondertekenaars: [{ partijId: ids.gemeente, naam: 'A. de Wit', functie: 'wethouder' }],
          jaren: [2025],
        }),
      ),
    ).toEqual({ code: 'ONDERDEEL_BEVROREN', veld: 'input.onderdeelId' });
    // Nothing was written by any refusal.
    expect(await auditAantal()).toBe(bijlageVoor);
    // Only the freeze of the bijlage wrote to the audit trail.
    expect(bijlageVoor - voor).toBe(1);
    expect((await als('gemeente', ONDERDEEL, { id: ids.hoofd })).onderdeel).toMatchObject({
      status: 'CONCEPT',
      externeOndertekening: null,
    });
    expect(await jaarschijven()).toMatchObject({ 2025: 'CONCEPT', 2026: 'CONCEPT' });
  });

  it('records it in one go: onderdeel signed, years carried on, PDF kept with its hash, audit entry', async () => {
    await luister();
    const { registreerExterneOndertekening: extern } = await als('gemeente', REGISTREER, {
      input: invoer(),
    });
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(extern).toMatchObject({
      datum: '2024-12-12',
      jaren: [2025, 2026],
      bestandsnaam: 'Prestatieafspraken 2025 getekend.pdf',
      grootte: PDF.length,
      sha256,
      geregistreerdOp: new Date(NU).toISOString(),
      downloadUrl: `/export/onderdelen/${ids.hoofd}/ondertekend.pdf`,
    });
    expect(extern.ondertekenaars.map((o: any) => [o.partij, o.naam, o.functie])).toEqual([
      ['Gemeente Vlietdam', 'A. de Wit', 'wethouder Wonen'],
      ['Woonstichting De Vliet', 'B. Jansen', 'directeur-bestuurder'],
      ['Huurdersvereniging De Vliet', 'C. Pieters', 'voorzitter'],
    ]);
    expect(extern.geregistreerdDoor).toBeTruthy();
    await wachtTot(
      'het live-bericht van de ondertekening buiten Driehoek',
      () => ontvangen.find((g) => g.soort === 'EXTERN_ONDERTEKEND' && g.onderdeelId === ids.hoofd),
      { timeoutMs: 20_000 },
    );

    // Everyone taking part reads it; the onderdeel is signed, its content kept as a version.
    const { onderdeel } = await als('corporatie', ONDERDEEL, { id: ids.hoofd });
    expect(onderdeel.status).toBe('ONDERTEKEND');
    expect(onderdeel.externeOndertekening.sha256).toBe(sha256);
    const { versies } = await als(
      'gemeente',
      `query($id: ID!) { versies(onderdeelId: $id) { nummer status } }`,
      { id: ids.hoofd },
    );
    expect(versies).toEqual([{ nummer: 1, status: 'ONDERTEKEND' }]);

    // The years it covers: ondertekend and, having begun, in uitvoering; later years untouched.
    expect(await jaarschijven()).toEqual({
      2025: 'IN_UITVOERING',
      2026: 'IN_UITVOERING',
      2027: 'CONCEPT',
      2028: 'CONCEPT',
    });

    // The PDF round trip, for a reader of the onderdeel; an outsider finds nothing.
    const pdf = await download(extern.downloadUrl, tokens.corporatie!);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toMatch(/^application\/pdf/);
    expect(pdf.naam).toContain('Prestatieafspraken 2025 getekend.pdf');
    expect(createHash('sha256').update(pdf.body).digest('hex')).toBe(sha256);
    expect((await download(extern.downloadUrl, tokens.buiten!)).status).toBe(404);

    // The audit trail holds the recording and each step of the jaarschijven.
    const audit = await sqlRijen<{ actie: string; gegevens: any }>(
      t.app,
      `select actie, gegevens from audit_regel where overeenkomst_id = ? order by volgnummer`,
      [ids.overeenkomst],
    );
    const registratie = audit.find((a) => a.actie === 'EXTERN_ONDERTEKEND');
    expect(registratie?.gegevens).toMatchObject({
      onderdeelId: ids.hoofd,
      datum: '2024-12-12',
      jaren: [2025, 2026],
      sha256,
    });
    expect(
      audit
        .filter((a) => a.actie === 'JAARSCHIJF_STATUS')
        .map((a) => [a.gegevens.jaar, a.gegevens.naar, a.gegevens.door]),
    ).toEqual([
      [2025, 'ONDERTEKEND', 'buiten Driehoek ondertekend'],
      [2025, 'IN_UITVOERING', 'buiten Driehoek ondertekend'],
      [2026, 'ONDERTEKEND', 'buiten Driehoek ondertekend'],
      [2026, 'IN_UITVOERING', 'buiten Driehoek ondertekend'],
    ]);
    const { verifyAuditTrail } = await als(
      'gemeente',
      `query($id: ID!) { verifyAuditTrail(overeenkomstId: $id) { geldig } }`,
      { id: ids.overeenkomst },
    );
    expect(verifyAuditTrail.geldig).toBe(true);

    // Once is enough.
    const nogmaals = theError(await poging('gemeente', REGISTREER, { input: invoer() }));
    expect(nogmaals.extensions).toMatchObject({
      code: 'AL_ONDERTEKEND',
      veld: 'input.onderdeelId',
    });
  });

  it('after: bod and ondertekening done "extern ondertekend", verantwoording asked of the years in uitvoering', async () => {
    const overzicht = await cycli();
    const [vorig, dit, volgend] = overzicht.cycli;
    expect(vorig).toMatchObject({
      jaar: 2025,
      status: 'IN_UITVOERING',
      externOndertekendOp: '2024-12-12',
    });
    expect(vorig.mijlpalen.map((m: any) => [m.soort, m.toestand, m.toelichting])).toEqual([
      ['BOD', 'GEDAAN', 'Buiten Driehoek ondertekend op 12 december 2024'],
      ['ONDERTEKENING', 'GEDAAN', 'Buiten Driehoek ondertekend op 12 december 2024'],
      ['UITVOERING', 'TE_LAAT', null],
      ['VERANTWOORDING', 'TE_LAAT', null],
      ['EVALUATIE', 'TE_LAAT', null],
    ]);
    expect(dit.mijlpalen.map((m: any) => [m.soort, m.toestand])).toEqual([
      ['BOD', 'GEDAAN'],
      ['ONDERTEKENING', 'GEDAAN'],
      ['UITVOERING', 'LOPEND'],
      ['VERANTWOORDING', 'KOMEND'],
      ['EVALUATIE', 'KOMEND'],
    ]);
    // 2027 is negotiated in Driehoek: its own steps still run.
    expect(volgend).toMatchObject({ jaar: 2027, status: 'CONCEPT', externOndertekendOp: null });
    // The verantwoording overview says which years are asked.
    const gevraagd = async (jaar: number) =>
      (
        await als(
          'gemeente',
          `query($id: ID!, $jaar: Int!) { verantwoording(overeenkomstId: $id, jaar: $jaar) { gevraagd } }`,
          { id: ids.overeenkomst, jaar },
        )
      ).verantwoording.gevraagd;
    expect([await gevraagd(2025), await gevraagd(2026), await gevraagd(2027)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('the Word export says who signed outside Driehoek, instead of empty signature lines', async () => {
    const docx = await download(`/export/onderdelen/${ids.hoofd}.docx`, tokens.gemeente!);
    expect(docx.status).toBe(200);
    const tekst = await docxTekst(docx.body);
    expect(tekst).toContain(
      'Ondertekend buiten Driehoek op 12 december 2024 door A. de Wit (wethouder Wonen, Gemeente Vlietdam), B. Jansen (directeur-bestuurder, Woonstichting De Vliet), C. Pieters (voorzitter, Huurdersvereniging De Vliet).',
    );
    expect(tekst).not.toContain('nog niet ondertekend');
  });

  it('an addendum starts from the version signed on paper; the paper signing stays on record', async () => {
    await als('gemeente', `mutation($input: AddendumInput!) { startAddendum(input: $input) }`, {
      input: { onderdeelId: ids.hoofd, reden: 'Nieuwe afspraken voor 2027' },
    });
    const { onderdeel } = await als(
      'gemeente',
      `query($id: ID!) { onderdeel(id: $id) { status externeOndertekening { versieId datum } } }`,
      { id: ids.hoofd },
    );
    const { versies } = await als(
      'gemeente',
      `query($id: ID!) { versies(onderdeelId: $id) { id status } }`,
      { id: ids.hoofd },
    );
    expect(onderdeel).toEqual({
      status: 'CONCEPT',
      externeOndertekening: { versieId: versies[0].id, datum: '2024-12-12' },
    });
    // The years signed on paper stay where they are.
    expect(await jaarschijven()).toMatchObject({ 2025: 'IN_UITVOERING', 2026: 'IN_UITVOERING' });
  });
});
