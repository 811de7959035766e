import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { GebeurtenisSoort, Gebeurtenissen } from '../src/live/gebeurtenissen';
import { theError } from './support/api';
import { gqlOkAls, sqlRij, sqlRijen } from './support/als';
import { wachtTot } from './support/collab-clients';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The two phases of an onderdeel (issue 16): drafting until the regie opens the negotiation or
 * the first standpunt is taken, never after a freeze; and the blanket akkoord, which takes the
 * afspraken the person ticked in one transaction.
 */

const EMAIL = {
  gemeente: 'gemeente@demo.driehoek.nl',
  corporatie: 'corporatie@demo.driehoek.nl',
  corporatie2: 'corporatie2@demo.driehoek.nl',
  huurders: 'huurders@demo.driehoek.nl',
} as const;
type Persoon = keyof typeof EMAIL;

interface Onderdeel {
  id: string;
  soort: 'HOOFDDOCUMENT' | 'BIJLAGE';
  fase: string;
  ondertekenaars: { id: string }[];
  afspraken: { id: string }[];
}

const DEMO = `{ overeenkomsten { items { id onderdelen { id soort fase ondertekenaars { id } afspraken { id } } } } }`;
const FASE = `query($id: ID!) { onderdeel(id: $id) { fase status } }`;
const OPEN = `mutation($id: ID!) { openOnderhandeling(onderdeelId: $id) { id fase } }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id } }`;
const STANDPUNTEN = `mutation($input: StandpuntenInput!) { neemStandpunten(input: $input) { afspraakId oordeel verouderd partij { naam } } }`;
const PROEF = '00000000-0000-4000-8000-000000000000';

describe('fase en bewust akkoord', () => {
  let t: TestApp;
  const tokens = {} as Record<Persoon, string>;
  let overeenkomstId: string;
  let hoofd: Onderdeel;
  let bijlage: Onderdeel;
  const abonnees: Client[] = [];
  const live: { soort: string; onderdeelId: string | null; afspraakId: string | null }[] = [];

  const als = <T = Record<string, any>>(
    wie: Persoon,
    query: string,
    variables?: Record<string, unknown>,
  ) => gqlOkAls<T>(t, tokens[wie], query, variables);
  const poging = (wie: Persoon, query: string, variables?: Record<string, unknown>) =>
    t.gqlAs(tokens[wie], query, variables);
  const faseVan = async (id: string) => (await als('huurders', FASE, { id })).onderdeel.fase;
  const faseAudit = (onderdeelId: string) =>
    sqlRijen<{ gegevens: { aanleiding: string }; partij_naam: string | null }>(
      t.app,
      `select gegevens, partij_naam from audit_regel where actie = 'FASE_GEWIJZIGD' and onderwerp_id = ? order by volgnummer`,
      [onderdeelId],
    );

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const [wie, email] of Object.entries(EMAIL))
      tokens[wie as Persoon] = await t.login(email, DEMO_WACHTWOORD);
    const demo = (await als('gemeente', DEMO)).overeenkomsten.items[0];
    overeenkomstId = demo.id;
    hoofd = demo.onderdelen.find((o: Onderdeel) => o.soort === 'HOOFDDOCUMENT');
    bijlage = demo.onderdelen.find((o: Onderdeel) => o.soort === 'BIJLAGE');

    const client = createClient({
      url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: tokens.huurders },
      lazy: false,
    });
    abonnees.push(client);
    client.subscribe<{ overeenkomstGebeurtenissen: (typeof live)[number] }>(
      {
        query: `subscription($id: ID!) { overeenkomstGebeurtenissen(overeenkomstId: $id) { soort onderdeelId afspraakId onderwerpId } }`,
        variables: { id: overeenkomstId },
      },
      {
        next: (bericht) => {
          if (bericht.data) live.push(bericht.data.overeenkomstGebeurtenissen);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    // graphql-ws does not acknowledge a subscription: publish a probe until it arrives.
    const gebeurtenissen = t.app.get(Gebeurtenissen);
    await wachtTot(
      'het abonnement hoort gebeurtenissen',
      () => {
        if (live.some((g) => g.soort === 'AFSPRAAK_GEWIJZIGD')) return true;
        gebeurtenissen.publiceer({
          soort: GebeurtenisSoort.AFSPRAAK_GEWIJZIGD,
          overeenkomstId,
          onderdeelId: null,
          afspraakId: null,
          onderwerpId: PROEF,
          door: 'test',
          partij: null,
        });
        return null;
      },
      { timeoutMs: 20_000, intervalMs: 50 },
    );
  });

  afterAll(async () => {
    await Promise.all(abonnees.map(async (c) => c.dispose()));
    await t?.close();
  });

  it('starts drafting; only the regie opens the negotiation, once, with an audit entry and a live event', async () => {
    expect(hoofd.fase).toBe('OPSTELLEN');
    expect(bijlage.fase).toBe('OPSTELLEN');

    const geweigerd = await poging('corporatie', OPEN, { id: bijlage.id });
    expect(theError(geweigerd).extensions?.code).toBe('FORBIDDEN');
    expect(theError(geweigerd).message).toMatch(/De onderhandeling openen is voorbehouden/);
    expect(await faseVan(bijlage.id)).toBe('OPSTELLEN');
    expect(await faseAudit(bijlage.id)).toEqual([]);

    const open = await als('gemeente', OPEN, { id: bijlage.id });
    expect(open.openOnderhandeling).toEqual({ id: bijlage.id, fase: 'ONDERHANDELEN' });
    expect(await faseVan(bijlage.id)).toBe('ONDERHANDELEN');
    await wachtTot('het FASE-bericht', () =>
      live.some((g) => g.soort === 'FASE' && g.onderdeelId === bijlage.id) ? true : null,
    );

    // Asking again changes nothing and records nothing more. A uuid is the same id in capitals
    // (PostgreSQL takes it so), and the answer names the onderdeel as the database spells it.
    const nogmaals = await als('gemeente', OPEN, { id: bijlage.id.toUpperCase() });
    expect(nogmaals.openOnderhandeling).toEqual({ id: bijlage.id, fase: 'ONDERHANDELEN' });
    const audit = await faseAudit(bijlage.id);
    expect(audit.map((r) => r.gegevens.aanleiding)).toEqual(['REGIE']);
    expect(audit[0]!.partij_naam).toBe('Gemeente Vlietdam');
    expect(live.filter((g) => g.soort === 'FASE' && g.onderdeelId === bijlage.id)).toHaveLength(1);
  });

  it('the first standpunt on a draft opens the negotiation in the same transaction', async () => {
    expect(await faseVan(hoofd.id)).toBe('OPSTELLEN');
    await als('corporatie', STANDPUNT, {
      input: { afspraakId: hoofd.afspraken[0]!.id, oordeel: 'AKKOORD' },
    });
    expect(await faseVan(hoofd.id)).toBe('ONDERHANDELEN');
    await wachtTot('het FASE-bericht', () =>
      live.some((g) => g.soort === 'FASE' && g.onderdeelId === hoofd.id) ? true : null,
    );
    // The phase change comes before the standpunten in the trail.
    const volgorde = await sqlRijen<{ actie: string }>(
      t.app,
      `select actie from audit_regel where onderwerp_id in (?, ?) order by volgnummer`,
      [hoofd.id, hoofd.afspraken[0]!.id],
    );
    expect(volgorde.map((r) => r.actie)).toEqual(['FASE_GEWIJZIGD', 'STANDPUNT']);
    const [audit] = await faseAudit(hoofd.id);
    expect(audit).toEqual({
      gegevens: { fase: 'ONDERHANDELEN', aanleiding: 'EERSTE_STANDPUNT' },
      partij_naam: 'Woonstichting De Vliet',
    });

    await als('huurders', STANDPUNT, {
      input: { afspraakId: hoofd.afspraken[0]!.id, oordeel: 'AKKOORD' },
    });
    expect(await faseAudit(hoofd.id)).toHaveLength(1);
  });

  it('not after a freeze: the phase stays as it was', async () => {
    const nieuw = await als(
      'gemeente',
      `mutation($input: CreateOnderdeelInput!) { createOnderdeel(input: $input) { id } }`,
      {
        input: {
          overeenkomstId,
          soort: 'BIJLAGE',
          titel: 'Bijlage om te bevriezen',
          ondertekenaarIds: bijlage.ondertekenaars.map((p) => p.id),
        },
      },
    );
    const id = nieuw.createOnderdeel.id as string;
    const { themas } = await als(
      'gemeente',
      `query($id: ID!) { themas(overeenkomstId: $id) { id } }`,
      {
        id: overeenkomstId,
      },
    );
    await als(
      'gemeente',
      `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { id } }`,
      {
        input: {
          onderdeelId: id,
          titel: 'Transformatie vrijkomende locatie',
          type: 'INTENTIE',
          themaId: themas[0].id,
          trekkerId: hoofd.ondertekenaars[0]!.id,
          tekst: 'Als de locatie vrijkomt, onderzoeken partijen transformatie tot gemengd wonen.',
          volwassenheid: 'VOORNEMEN',
          details: {
            intentie: {
              voorwaarde: 'Als de locatie vrijkomt',
              gevolg: 'dan wordt zij getransformeerd',
            },
          },
        },
      },
    );
    await als(
      'gemeente',
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
      {
        input: { onderdeelId: id, overrideReden: 'Een lege bijlage, alleen voor deze test' },
      },
    );
    const fout = await poging('gemeente', OPEN, { id });
    expect(theError(fout).extensions?.code).toBe('ONDERDEEL_BEVROREN');
    expect(await faseVan(id)).toBe('OPSTELLEN');
    expect(await faseAudit(id)).toEqual([]);
  });

  it('the blanket akkoord takes exactly the afspraken ticked, all or none', async () => {
    const [a, b, c] = hoofd.afspraken;
    const telStandpunten = async () =>
      Number(
        (
          await sqlRij<{ n: string }>(
            t.app,
            `select count(*) as n from standpunt s join partij p on p.id = s.partij_id where p.naam = 'Woningstichting Polderpoort'`,
          )
        ).n,
      );
    // An afspraak of another onderdeel refuses the lot: nothing is written.
    const fout = await poging('corporatie2', STANDPUNTEN, {
      input: { afspraakIds: [a!.id, bijlage.afspraken[0]!.id], oordeel: 'AKKOORD' },
    });
    expect(theError(fout).extensions?.code).toBe('NOT_FOUND');
    expect(await telStandpunten()).toBe(0);
    const dubbel = await poging('corporatie2', STANDPUNTEN, {
      input: { afspraakIds: [a!.id, a!.id], oordeel: 'AKKOORD' },
    });
    expect(theError(dubbel).extensions?.veld).toBe('input.afspraakIds');

    const voor = live.length;
    const genomen = await als('corporatie2', STANDPUNTEN, {
      input: { afspraakIds: [a!.id, c!.id], oordeel: 'AKKOORD' },
    });
    expect(genomen.neemStandpunten).toEqual([
      {
        afspraakId: a!.id,
        oordeel: 'AKKOORD',
        verouderd: false,
        partij: { naam: 'Woningstichting Polderpoort' },
      },
      {
        afspraakId: c!.id,
        oordeel: 'AKKOORD',
        verouderd: false,
        partij: { naam: 'Woningstichting Polderpoort' },
      },
    ]);
    expect(await telStandpunten()).toBe(2);
    const matrix = await als(
      'gemeente',
      `query($id: ID!) { standpunten(onderdeelId: $id) { rijen { afspraakId cellen { partij { naam } standpunt { oordeel } } } } }`,
      { id: hoofd.id },
    );
    const van = (afspraakId: string) =>
      matrix.standpunten.rijen
        .find((r: { afspraakId: string }) => r.afspraakId === afspraakId)
        .cellen.find(
          (cel: { partij: { naam: string } }) => cel.partij.naam === 'Woningstichting Polderpoort',
        ).standpunt;
    expect(van(a!.id)).toEqual({ oordeel: 'AKKOORD' });
    expect(van(b!.id)).toBeNull();
    expect(van(c!.id)).toEqual({ oordeel: 'AKKOORD' });
    // One live event for the lot.
    await wachtTot('het STANDPUNT-bericht', () =>
      live.slice(voor).some((g) => g.soort === 'STANDPUNT') ? true : null,
    );
    const standpuntBerichten = live.slice(voor).filter((g) => g.soort === 'STANDPUNT');
    expect(standpuntBerichten).toEqual([
      expect.objectContaining({ onderdeelId: hoofd.id, afspraakId: null }),
    ]);
  });
});
