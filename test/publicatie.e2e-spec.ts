import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { PdfOmzetter } from '../src/export/pdf/pdf-omzetter';
import { type Gebeurtenis, Gebeurtenissen } from '../src/live/gebeurtenissen';
import { docxTekst } from './support/docx-bestanden';
import { sqlRijen } from './support/als';
import {
  CREATE_INDICATOR,
  CREATE_STREEFWAARDE,
  createAfspraak,
  afspraakInput,
  createFixture,
  defaultThemas,
  type Fixture,
  theError,
} from './support/api';
import { startTestApp, TESTER, type TestApp } from './support/test-app';
import { bevriesEnOndertekenVoor } from './support/versies';

/*
 * Publication under the Woo (issue 18, point 4): only a fully signed overeenkomst is published,
 * as a snapshot of its signed versions; the public JSON, Word document and list answer without
 * login and hold nothing of the negotiation; withdrawing makes every public address a 404; the
 * API without a token still refuses what it refused.
 */

const schema = JSON.parse(
  readFileSync(join(__dirname, '..', 'docs', 'publicatie.schema.json'), 'utf8'),
) as Record<string, unknown>;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
const valideer = ajv.compile(schema);

/** What the negotiation wrote: none of it may be public. */
const GEHEIM = {
  toelichting: 'GEHEIM-TOELICHTING-standpunt-7f3a',
  opmerking: 'GEHEIM-OPMERKING-draad-91c2',
  concept: 'GEHEIM-CONCEPT-na-ondertekening-55d0',
  bevriesReden: 'GEHEIM-OVERRIDE-bevriezing-2b8e',
};

const PUBLICEER = `mutation($input: PubliceerInput!) { publiceerOvereenkomst(input: $input) { id slug pagina json actief verouderd } }`;
const TREK_IN = `mutation($input: TrekPublicatieInInput!) { trekPublicatieIn(input: $input) { slug actief ingetrokkenOp intrekReden } }`;
const STAND = `query($id: ID!) { publicatie(overeenkomstId: $id) { slug actief verouderd } magPubliceren(overeenkomstId: $id) { mag code reden } }`;

describe('publicatie (Woo)', () => {
  let t: TestApp;
  let fx: Fixture;
  let ander: Fixture;
  let afspraakTitel: string;
  const gebeurtenissen: Gebeurtenis[] = [];

  const anoniem = (pad: string) => fetch(`${t.baseUrl}${pad}`);

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(Gebeurtenissen).luister((g) => gebeurtenissen.push(g));
    const themas = await defaultThemas(t);
    const thema = [...themas.values()].find((th) => th.domein)!;
    fx = await createFixture(t, 'Woo');
    ander = await createFixture(t, 'Ongepubliceerd');
    const afspraak = await createAfspraak(
      t,
      afspraakInput(fx, thema.id, {
        titel: 'Geclusterde woonvormen',
        tekst: 'Als de locatie vrijkomt, ontwikkelen partijen 110 geclusterde wooneenheden.',
      }),
    );
    afspraakTitel = afspraak.titel;
    await createAfspraak(
      t,
      afspraakInput(fx, thema.id, {
        onderdeelId: fx.bijlageId,
        titel: 'Uitstroom beschermd wonen',
      }),
    );
    const indicator = await t.gqlOk<{ createIndicator: { id: string } }>(CREATE_INDICATOR, {
      input: {
        overeenkomstId: fx.overeenkomstId,
        naam: 'Geclusterde wooneenheden',
        eenheid: 'woningen',
        nulmetingWaarde: 20,
        nulmetingJaar: 2025,
        afspraakIds: [afspraak.id],
      },
    });
    await t.gqlOk(CREATE_STREEFWAARDE, {
      input: {
        indicatorId: indicator.createIndicator.id,
        jaar: 2027,
        soort: 'BANDBREEDTE',
        min: 50,
        max: 75,
      },
    });
    // The negotiation leaves its traces: a standpunt with a toelichting and a comment.
    await t.gqlOk(`mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id } }`, {
      input: {
        afspraakId: afspraak.id,
        partijId: fx.corpA,
        oordeel: 'AKKOORD_MET_VOORBEHOUD',
        toelichting: GEHEIM.toelichting,
      },
    });
    await t.gqlOk(
      `mutation($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { id } }`,
      {
        input: { afspraakId: afspraak.id, partijId: fx.gemeente, tekst: GEHEIM.opmerking },
      },
    );
    await bevriesEnOndertekenVoor(
      t,
      fx.hoofdId,
      [fx.gemeente, fx.corpA, fx.corpB, fx.huurders],
      GEHEIM.bevriesReden,
    );
  }, 120_000);
  afterAll(() => t?.close());

  it('refuses to publish before every onderdeel is signed, naming what is not', async () => {
    const fout = theError(await t.gql(PUBLICEER, { input: { overeenkomstId: fx.overeenkomstId } }));
    expect(fout.extensions).toMatchObject({
      code: 'NIET_ONDERTEKEND',
      veld: 'input.overeenkomstId',
    });
    expect(fout.message).toContain('"Bijlage wonen en zorg"');
    const { magPubliceren } = await t.gqlOk<any>(STAND, { id: fx.overeenkomstId });
    expect(magPubliceren).toMatchObject({ mag: false, code: 'NIET_ONDERTEKEND' });
    const slug = theError(
      await t.gql(PUBLICEER, {
        input: { overeenkomstId: fx.overeenkomstId, slug: 'Met Spaties!' },
      }),
    );
    expect(slug.extensions).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'input.slug' });
  });

  it('publishes a snapshot of the signed versions, public without login and valid against the schema', async () => {
    await bevriesEnOndertekenVoor(
      t,
      fx.bijlageId,
      [fx.gemeente, fx.corpA, fx.corpB, fx.huurders, fx.zorg, fx.welzijn],
      GEHEIM.bevriesReden,
    );
    expect((await t.gqlOk<any>(STAND, { id: fx.overeenkomstId })).magPubliceren.mag).toBe(true);
    const voor = gebeurtenissen.length;
    const { publiceerOvereenkomst: p } = await t.gqlOk<any>(PUBLICEER, {
      input: { overeenkomstId: fx.overeenkomstId },
    });
    expect(p).toMatchObject({
      slug: 'gemeente-woo-prestatieafspraken-2026-2029',
      pagina: '/publicatie/gemeente-woo-prestatieafspraken-2026-2029',
      actief: true,
      verouderd: false,
    });
    expect(gebeurtenissen.slice(voor).map((g) => g.soort)).toEqual(['PUBLICATIE']);

    const res = await anoniem(p.json);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const json = (await res.json()) as any;
    expect(valideer(json)).toBe(true);
    expect(valideer.errors ?? []).toEqual([]);
    expect(json.onderdelen.map((o: any) => o.titel)).toEqual([
      'Hoofddocument',
      'Bijlage wonen en zorg',
    ]);
    const hoofd = json.onderdelen[0];
    expect(hoofd.ondertekeningen).toHaveLength(4);
    expect(hoofd.ondertekeningen[0]).toMatchObject({ naam: 'Tester', functie: 'bestuurder' });
    const afspraak = hoofd.themas[0].afspraken[0];
    expect(afspraak).toMatchObject({ titel: afspraakTitel, nummer: '1.1' });
    expect(afspraak.indicatoren[0]).toMatchObject({
      naam: 'Geclusterde wooneenheden',
      nulmeting: { waarde: 20, jaar: 2025 },
      streefwaarden: [{ jaar: 2027, soort: 'BANDBREEDTE', min: 50, max: 75 }],
    });

    const docx = await anoniem(json.downloads.docx);
    expect(docx.status).toBe(200);
    const tekst = await docxTekst(Buffer.from(await docx.arrayBuffer()));
    expect(tekst).toContain(afspraakTitel);

    // The PDF/A of the same document, when this machine has a converter (CI installs LibreOffice).
    if (await t.app.get(PdfOmzetter).beschikbaar()) {
      expect(json.downloads.pdf).toBe(`/publicatie/${p.slug}/overeenkomst.pdf`);
      const pdf = await anoniem(json.downloads.pdf);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toContain('application/pdf');
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.toString('latin1')).toMatch(/pdfaid:part[^0-9]{0,4}2/);
    } else {
      expect(json.downloads.pdf).toBeNull();
    }

    const lijst = (await (await anoniem('/publicaties.json')).json()) as any;
    expect(valideer(lijst)).toBe(true);
    expect(lijst.publicaties.map((x: any) => x.slug)).toEqual([p.slug]);
    const perGemeente = (await (await anoniem('/publicaties.json?gemeente=woo')).json()) as any;
    expect(perGemeente.publicaties).toHaveLength(1);
    const elders = (await (await anoniem('/publicaties.json?gemeente=elders')).json()) as any;
    expect(elders.publicaties).toHaveLength(0);

    const [audit] = await sqlRijen<{ gegevens: any }>(
      t.app,
      `select gegevens from "${t.schema}".audit_regel where actie = 'GEPUBLICEERD'`,
    );
    expect(audit!.gegevens).toMatchObject({ slug: p.slug, opnieuw: false });
    expect(audit!.gegevens.versies).toHaveLength(2);
  }, 60_000);

  it('holds nothing of the negotiation: no internal keys, texts, e-mail addresses or later drafts', async () => {
    // An addendum reopens the hoofddocument; a draft edit after signing must not show.
    await t.gqlOk(`mutation($input: AddendumInput!) { startAddendum(input: $input) }`, {
      input: { onderdeelId: fx.hoofdId, reden: 'Versnelling' },
    });
    const [afspraak] = (
      await t.gqlOk<any>(`query($id: ID!) { onderdeel(id: $id) { afspraken { id } } }`, {
        id: fx.hoofdId,
      })
    ).onderdeel.afspraken;
    await t.gqlOk(
      `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id } }`,
      {
        input: { id: afspraak.id, titel: GEHEIM.concept },
      },
    );
    const { publicatie } = await t.gqlOk<any>(STAND, { id: fx.overeenkomstId });
    // The addendum is not signed yet: what is published is still the latest signed content.
    expect(publicatie).toMatchObject({ actief: true, verouderd: false });

    const tekst = await (await anoniem(`/publicatie/${publicatie.slug}.json`)).text();
    const docx = await docxTekst(
      Buffer.from(
        await (await anoniem(`/publicatie/${publicatie.slug}/overeenkomst.docx`)).arrayBuffer(),
      ),
    );
    for (const geheim of [...Object.values(GEHEIM), TESTER, '@']) {
      expect(tekst).not.toContain(geheim);
      expect(docx).not.toContain(geheim);
    }
    const sleutels = new Set<string>();
    const verzamel = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(verzamel);
      else if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) {
          sleutels.add(k);
          verzamel(v);
        }
    };
    verzamel(JSON.parse(tekst));
    for (const intern of [
      'id',
      'standpunten',
      'opmerkingen',
      'voorstellen',
      'suggesties',
      'toelichting',
      'audit',
      'leden_',
      'email',
      'overrideReden',
      'tekstJson',
      'details',
      'realisaties',
      'deelnemers',
      'status',
    ]) {
      expect(sleutels).not.toContain(intern);
    }
    // Nothing is published twice without a newer signed version.
    const nogmaals = theError(
      await t.gql(PUBLICEER, { input: { overeenkomstId: fx.overeenkomstId } }),
    );
    expect(nogmaals.extensions).toMatchObject({ code: 'AL_GEPUBLICEERD' });
  });

  it('answers 404 for what is not published, and the API without a token refuses as before', async () => {
    expect(
      (await anoniem('/publicatie/gemeente-ongepubliceerd-prestatieafspraken-2026-2029.json'))
        .status,
    ).toBe(404);
    expect((await anoniem('/publicatie/bestaat-niet/overeenkomst.docx')).status).toBe(404);
    expect((await anoniem('/publicatie/..%2F..%2Fetc.json')).status).toBe(404);
    expect((await anoniem(`/export/overeenkomsten/${fx.overeenkomstId}.docx`)).status).toBe(401);
    for (const query of [
      `query($id: ID!) { publicatie(overeenkomstId: $id) { slug } }`,
      `query($id: ID!) { overeenkomst(id: $id) { titel } }`,
      `query($id: ID!) { magPubliceren(overeenkomstId: $id) { mag } }`,
    ]) {
      const fout = theError(await t.gqlAs(null, query, { id: fx.overeenkomstId }));
      expect(fout.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const fout = theError(
      await t.gqlAs(null, TREK_IN, { input: { overeenkomstId: fx.overeenkomstId, reden: 'x' } }),
    );
    expect(fout.extensions?.code).toBe('UNAUTHENTICATED');
    const ongepubliceerd = theError(
      await t.gql(TREK_IN, { input: { overeenkomstId: ander.overeenkomstId, reden: 'x' } }),
    );
    expect(ongepubliceerd.extensions).toMatchObject({ code: 'NIET_GEPUBLICEERD' });
  });

  it('withdraws with a reason: every public address answers 404, audited; publishing again keeps the slug', async () => {
    const { trekPublicatieIn } = await t.gqlOk<any>(TREK_IN, {
      input: { overeenkomstId: fx.overeenkomstId, reden: 'Persoonsgegevens in bijlage' },
    });
    expect(trekPublicatieIn).toMatchObject({
      actief: false,
      intrekReden: 'Persoonsgegevens in bijlage',
    });
    const slug = trekPublicatieIn.slug as string;
    expect((await anoniem(`/publicatie/${slug}.json`)).status).toBe(404);
    expect((await anoniem(`/publicatie/${slug}/overeenkomst.docx`)).status).toBe(404);
    expect((await anoniem(`/publicatie/${slug}/overeenkomst.pdf`)).status).toBe(404);
    expect(((await (await anoniem('/publicaties.json')).json()) as any).publicaties).toEqual([]);
    const acties = await sqlRijen<{ actie: string; gegevens: any }>(
      t.app,
      `select actie, gegevens from "${t.schema}".audit_regel where onderwerp_soort = 'Publicatie' order by volgnummer`,
    );
    expect(acties.map((a) => a.actie)).toEqual(['GEPUBLICEERD', 'PUBLICATIE_INGETROKKEN']);
    expect(acties[1]!.gegevens).toMatchObject({ reden: 'Persoonsgegevens in bijlage' });
    const { publiceerOvereenkomst } = await t.gqlOk<any>(PUBLICEER, {
      input: { overeenkomstId: fx.overeenkomstId },
    });
    expect(publiceerOvereenkomst).toMatchObject({ slug, actief: true });
    expect((await anoniem(`/publicatie/${slug}.json`)).status).toBe(200);
  });
});
