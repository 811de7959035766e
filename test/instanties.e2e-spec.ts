import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createApp } from '../src/app.factory';
import { CollabStore } from '../src/collaboration/collab.store';
import { Materialiser } from '../src/collaboration/materialiser';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { gqlOkAls } from './support/als';
import {
  Editors,
  rauweVerbinding,
  toegangBerichten,
  typ,
  wachtOpSync,
  wachtTot,
} from './support/collab-clients';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Two instances of the app on one database and one Redis (REDIS_URL), as behind a load balancer
 * without sticky sessions: what one accepts, the other's clients see; the materialised text is
 * the merge of both; access changes and live events reach every instance.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DEMO = `{ overeenkomsten { items { id onderdelen { id soort afspraken { id } } } } }`;
const TEKST = `query($id: ID!) { afspraak(id: $id) { tekst } }`;

/** Redis runs beside PostgreSQL (see README, "Tests"); without it this suite says so plainly. */
async function redisBereikbaar(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

describe('two instances through Redis', () => {
  let t: TestApp;
  let tweede: INestApplication;
  let tweedeUrl: string;
  const editors1 = new Editors(() => t.baseUrl);
  const editors2 = new Editors(() => tweedeUrl);
  const abonnees: Client[] = [];
  let gemeente: string;
  let corporatie: string;
  let overeenkomstId: string;
  let hoofd: { id: string; afspraken: { id: string }[] };
  let bijlage: { id: string; afspraken: { id: string }[] };

  beforeAll(async () => {
    if (!(await redisBereikbaar()))
      throw new Error(`Geen Redis op ${REDIS_URL}: start Redis of zet REDIS_URL voor deze tests`);
    const instanties = {
      redisUrl: REDIS_URL,
      redisPrefix: `test-${randomBytes(4).toString('hex')}`,
    };
    t = await startTestApp({ seedDemo: true, instanties });
    const clientUrl = t.app.get(MikroORM).config.get('clientUrl')!;
    tweede = await createApp({
      clientUrl,
      schema: t.schema,
      embedded: t.embedded,
      instanties,
      logger: ['error'],
      quiet: true,
    });
    await tweede.listen(0, '127.0.0.1');
    tweedeUrl = (await tweede.getUrl()).replace('[::1]', '127.0.0.1');
    gemeente = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    corporatie = await t.login('corporatie@demo.driehoek.nl', DEMO_WACHTWOORD);
    const demo = (
      await gqlOkAls<{
        overeenkomsten: {
          items: {
            id: string;
            onderdelen: { id: string; soort: string; afspraken: { id: string }[] }[];
          }[];
        };
      }>(t, gemeente, DEMO)
    ).overeenkomsten.items[0]!;
    overeenkomstId = demo.id;
    hoofd = demo.onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!;
    bijlage = demo.onderdelen.find((o) => o.soort === 'BIJLAGE')!;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(abonnees.map(async (c) => c.dispose()));
    editors1.sluitAlles();
    editors2.sluitAlles();
    await tweede?.close();
    await t?.close();
  });

  it('clients on different instances see each other live, and the stored text is the merge of both', async () => {
    const afspraakId = hoofd.afspraken[0]!.id;
    const een = editors1.open(hoofd.id, gemeente);
    const twee = editors2.open(hoofd.id, corporatie);
    await Promise.all([wachtOpSync(een), wachtOpSync(twee)]);
    for (let i = 0; i < 20; i++) {
      typ(een.fragment(afspraakId), 0, `[een ${i}]`);
      typ(twee.fragment(afspraakId), 0, `[twee ${i}]`);
    }
    const alles = (tekst: string) =>
      [...Array(20).keys()].every(
        (i) => tekst.includes(`[een ${i}]`) && tekst.includes(`[twee ${i}]`),
      );
    await wachtTot(
      'beide kanten bij beide clients',
      () => alles(een.tekst(afspraakId)) && alles(twee.tekst(afspraakId)),
    );
    expect(een.tekst(afspraakId)).toBe(twee.tekst(afspraakId));
    for (const url of [t.baseUrl, tweedeUrl])
      await wachtTot(
        `de samengevoegde tekst via ${url}`,
        async () => {
          const antwoord = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${gemeente}` },
            body: JSON.stringify({ query: TEKST, variables: { id: afspraakId } }),
          });
          const { data } = (await antwoord.json()) as { data: { afspraak: { tekst: string } } };
          return alles(data.afspraak.tekst);
        },
        { timeoutMs: 10_000 },
      );
  });

  it('an instance whose copy lags behind never writes text older than what another stored', async () => {
    const afspraakId = hoofd.afspraken[2]!.id;
    const { updates } = await t.app.get(CollabStore).load(hoofd.id);
    const achter = new Y.Doc();
    updates.forEach((u) => Y.applyUpdate(achter, u));
    const twee = editors2.open(hoofd.id, corporatie);
    await wachtOpSync(twee);
    typ(twee.fragment(afspraakId), 0, '[pas op instantie 2] ');
    const gelezen = async () =>
      (await gqlOkAls<{ afspraak: { tekst: string } }>(t, gemeente, TEKST, { id: afspraakId }))
        .afspraak.tekst;
    await wachtTot('de tekst van instantie 2 opgeslagen', async () =>
      (await gelezen()).includes('[pas op instantie 2]'),
    );
    // Instance 1 materialises a copy from before that edit, as when its message was delayed.
    await t.app.get(Materialiser).materialiseer(hoofd.id, achter, undefined, { vergelijk: true });
    expect(await gelezen()).toContain('[pas op instantie 2]');
    achter.destroy();
  });

  it('a live event caused on one instance reaches a subscriber on the other', async () => {
    const ontvangen: { soort: string; afspraakId: string | null }[] = [];
    const client = createClient({
      url: `${tweedeUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: corporatie },
      lazy: false,
    });
    abonnees.push(client);
    client.subscribe<{ overeenkomstGebeurtenissen: { soort: string; afspraakId: string | null } }>(
      {
        query: `subscription($id: ID!) { overeenkomstGebeurtenissen(overeenkomstId: $id) { soort afspraakId } }`,
        variables: { id: overeenkomstId },
      },
      {
        next: (bericht) => {
          if (bericht.data) ontvangen.push(bericht.data.overeenkomstGebeurtenissen);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    const afspraakId = hoofd.afspraken[1]!.id;
    // graphql-ws does not acknowledge a subscription: change the afspraak until the event arrives.
    let poging = 0;
    await wachtTot(
      'de gebeurtenis van instantie 1 bij een abonnee op instantie 2',
      async () => {
        if (ontvangen.some((g) => g.afspraakId === afspraakId)) return true;
        await gqlOkAls(
          t,
          gemeente,
          `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id } }`,
          {
            input: {
              id: afspraakId,
              voorwaarden: [`Voorwaarde gezet op instantie 1 (${poging++})`],
            },
          },
        );
        return false;
      },
      { timeoutMs: 15_000, intervalMs: 200 },
    );
  });

  it('freezing on one instance makes a writer on the other read-only before the mutation returns', async () => {
    const schrijver = rauweVerbinding(tweedeUrl, bijlage.id, corporatie);
    await schrijver.open;
    await wachtTot('het eerste toegangsbericht', () => toegangBerichten(schrijver).length > 0);
    expect(toegangBerichten(schrijver).at(-1)?.alleenLezen).toBe(false);
    await gqlOkAls(
      t,
      gemeente,
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
      { input: { onderdeelId: bijlage.id, overrideReden: 'Akkoord in het bestuurlijk overleg' } },
    );
    expect(toegangBerichten(schrijver).at(-1)).toMatchObject({ alleenLezen: true, bevroren: true });
    schrijver.ws.close();

    // An instance whose writer had not heard of it yet stores nothing anymore.
    const store = tweede.get(CollabStore);
    const { updates } = await store.load(bijlage.id);
    const doc = new Y.Doc();
    updates.forEach((u) => Y.applyUpdate(doc, u));
    const voor = Y.encodeStateVector(doc);
    typ(doc.getXmlFragment(bijlage.afspraken[0]!.id), 0, 'Na het bevriezen. ');
    expect(await store.appendInConcept(bijlage.id, [Y.encodeStateAsUpdate(doc, voor)])).toBeNull();
    expect((await store.load(bijlage.id)).updates).toEqual(updates);
  });

  it('the frozen version holds an edit another instance stored that this one had not heard of', async () => {
    const afspraakId = hoofd.afspraken[3]!.id;
    const een = editors1.open(hoofd.id, gemeente);
    await wachtOpSync(een);
    // Stored as instance 2 would, without its message reaching instance 1.
    const store = tweede.get(CollabStore);
    const { updates } = await store.load(hoofd.id);
    const doc = new Y.Doc();
    updates.forEach((u) => Y.applyUpdate(doc, u));
    const voor = Y.encodeStateVector(doc);
    typ(doc.getXmlFragment(afspraakId), 0, '[elders opgeslagen] ');
    await store.append(hoofd.id, Y.encodeStateAsUpdate(doc, voor));
    expect(een.tekst(afspraakId)).not.toContain('[elders opgeslagen]');

    await gqlOkAls(
      t,
      gemeente,
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
      { input: { onderdeelId: hoofd.id, overrideReden: 'Akkoord in het bestuurlijk overleg' } },
    );
    const { afspraak } = await gqlOkAls<{ afspraak: { tekst: string } }>(t, gemeente, TEKST, {
      id: afspraakId,
    });
    expect(afspraak.tekst).toContain('[elders opgeslagen]');
    await wachtTot('de bewerking bij de client op instantie 1', () =>
      een.tekst(afspraakId).includes('[elders opgeslagen]'),
    );
  });
});
