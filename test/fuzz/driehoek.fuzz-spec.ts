import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CollabServer } from '../../src/collaboration/collab.server';
import { DEMO_WACHTWOORD } from '../../src/demo/demo.service';
import { gqlOkAls, sqlRijen } from '../support/als';
import {
  Editors,
  rauweVerbinding,
  sluitingBinnen,
  syncBericht,
  wachtTot,
  type RauweVerbinding,
} from '../support/collab-clients';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  awarenessStaatArb,
  basisBerichten,
  bewerkingArb,
  frameReceptArb,
  maakFrame,
  peilingBericht,
} from './frames';
import {
  aantalRuns,
  controleer,
  EMAIL,
  fouten,
  lees,
  type Persoon,
  postMutatie,
  problemen,
  Tellers,
  verschil,
  vingerafdruk,
  vingerafdrukQuery,
} from './fuzz-support';
import { type IdPool, mutatieArbitraries } from './graphql-arbitraries';
import { httpArb, type HttpGeval } from './http-arbitraries';

/*
 * The fuzz suite of the integrity issue: generated input for every mutation, whole HTTP
 * requests and co-editor frames, against the whole app with the demo. Per case: never an
 * internal error or internals in an answer, every error with a stable code and a message,
 * nothing written on a refusal; per batch: the server still answers; per document: a fresh
 * client sees what GraphQL materialised, and a read-only user's frames change nothing.
 */

const SCHRIJVERS: Persoon[] = ['gemeente', 'corporatie', 'rietwijk'];

interface OnderdeelRef {
  id: string;
  soort: string;
  afspraken: { id: string }[];
}

describe('fuzz', () => {
  let t: TestApp;
  const tokens = {} as Record<Persoon, string>;
  const tellers = new Tellers();
  const editors = new Editors(() => t.baseUrl);
  /** Makes each case's client id unique, also when shrinking replays a case. */
  let clientIdTeller = 0;
  let onderdelen: OnderdeelRef[] = [];
  let overeenkomstId: string;

  const login = async (persoon: Persoon) => {
    tokens[persoon] = await t.login(EMAIL[persoon], DEMO_WACHTWOORD);
  };

  /** The server still answers: /health, and a simple query as a demo user. */
  async function gezond(): Promise<void> {
    tellers.tel('gezondheidscontroles');
    const health = await fetch(`${t.baseUrl}/health`);
    if (health.status !== 200) throw new Error(`/health antwoordt ${health.status}`);
    // A fuzz case may have ended this session (logout, a revoked refresh token): log in again then.
    if ((await t.gqlAs(tokens.gemeente, '{ me { id } }')).errors) await login('gemeente');
    const { me } = await gqlOkAls(t, tokens.gemeente, '{ me { id } }');
    if (!me?.id) throw new Error('{ me } antwoordt niet');
  }

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    await Promise.all((Object.keys(EMAIL) as Persoon[]).map(login));
    const { overeenkomsten } = await gqlOkAls(
      t,
      tokens.gemeente,
      `{ overeenkomsten { items { id onderdelen { id soort afspraken { id } } } } }`,
    );
    overeenkomstId = overeenkomsten.items[0].id;
    onderdelen = overeenkomsten.items[0].onderdelen;
  });

  afterAll(async () => {
    editors.sluitAlles();
    const database = t?.embedded ? 'PGlite' : 'PostgreSQL';
    const bewaard = await tellers.bewaarTraagste(join('test-artefacten', 'fuzz', database));
    process.stdout.write(
      `\n${tellers.samenvatting(database)}\n  traagste gevallen bewaard: ${bewaard.join(', ')}\n\n`,
    );
    await t?.close();
  });

  describe('co-editor frames', () => {
    /** The whole document as the server holds it, asked over a connection of the read-only user. */
    async function volledigeStaat(onderdeelId: string): Promise<Uint8Array> {
      const v = rauweVerbinding(t.baseUrl, onderdeelId, tokens.lezer);
      try {
        await v.open;
        v.ws.send(syncBericht(0, new Uint8Array([0])));
        const antwoord = await wachtTot(
          'het antwoord op sync stap 1',
          () => v.berichten.find((b) => b[0] === 0 && b[1] === 1),
          { timeoutMs: 10_000, intervalMs: 5 },
        );
        const decoder = decoding.createDecoder(antwoord);
        decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
        return decoding.readVarUint8Array(decoder);
      } finally {
        v.ws.close();
      }
    }

    /** A fresh client syncs, and every text it sees is what GraphQL materialised (polled). */
    async function intact(onderdeel: OnderdeelRef): Promise<void> {
      tellers.tel('documentcontroles (verse client = GraphQL)');
      const vers = await editors.gesynct(onderdeel.id, tokens.gemeente);
      try {
        await wachtTot(
          `de gematerialiseerde tekst van onderdeel ${onderdeel.id}`,
          async () => {
            const { onderdeel: o, overeenkomst } = await gqlOkAls(
              t,
              tokens.gemeente,
              `query($id: ID!, $o: ID!) { onderdeel(id: $id) { afspraken { id tekst } } overeenkomst(id: $o) { preambule } }`,
              { id: onderdeel.id, o: overeenkomstId },
            );
            const verschilt = (naam: string, graphql: string | null) => {
              const document = vers.tekst(naam);
              if (graphql === document) return;
              let i = 0;
              while (
                i < Math.min(graphql?.length ?? 0, document.length) &&
                graphql![i] === document[i]
              )
                i++;
              const rond = (tekst: string) =>
                JSON.stringify(tekst.slice(Math.max(0, i - 20), i + 40));
              throw new Error(
                `${naam}: GraphQL (${graphql?.length} tekens) en document (${document.length}) verschillen vanaf teken ${i}: ${rond(graphql ?? '')} / ${rond(document)}`,
              );
            };
            for (const a of o.afspraken as { id: string; tekst: string }[])
              verschilt(a.id, a.tekst);
            if (onderdeel.soort === 'HOOFDDOCUMENT') verschilt('preambule', overeenkomst.preambule);
            return true;
          },
          { timeoutMs: 8000, intervalMs: 100 },
        );
      } finally {
        vers.destroy();
      }
    }

    /**
     * Opens with a probe (an awareness state of the connection's own client id, relayed back),
     * sends the frames, and probes again: once the second probe comes back or the server closed
     * the connection, the server has handled every frame.
     */
    async function stuurEnWacht(
      v: RauweVerbinding,
      clientId: number,
      frames: Uint8Array[],
    ): Promise<void> {
      let gesloten = false;
      void v.sluiting.then(() => (gesloten = true));
      const peil = async (clock: number) => {
        const merk = `peiling-${randomInt(1e9)}`;
        if (v.ws.readyState === v.ws.OPEN) v.ws.send(peilingBericht(clientId, clock, merk));
        await wachtTot(
          'de server (relay van de peiling of sluiting)',
          () => gesloten || v.berichten.some((b) => Buffer.from(b).includes(merk)),
          { timeoutMs: 10_000, intervalMs: 5 },
        );
      };
      await v.open;
      await peil(1);
      if (gesloten) throw new Error('de server sloot een verbinding die niets verkeerds stuurde');
      for (const frame of frames) {
        if (v.ws.readyState !== v.ws.OPEN) break;
        v.ws.send(frame);
      }
      await peil(2 ** 30);
    }

    it('random, truncated and bit-flipped frames of a writer and a read-only user', async () => {
      const mislukt: string[] = [];
      // Observers keep each document loaded and mirror it: the base of every writer's frames.
      const waarnemers = await Promise.all(
        onderdelen.map((o) => editors.gesynct(o.id, tokens.gemeente)),
      );
      const gevalArb = fc.record({
        lezer: fc.boolean(),
        clientId: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        onderdeel: fc.nat({ max: onderdelen.length - 1 }),
        bewerking: bewerkingArb,
        awareness: awarenessStaatArb,
        frames: fc.array(frameReceptArb, { minLength: 1, maxLength: 4 }),
      });
      const batch = aantalRuns(25);
      for (let ronde = 0; ronde < 4; ronde++) {
        const fout = await controleer(
          `co-editor ronde ${ronde}`,
          gevalArb,
          async (geval) => {
            const onderdeel = onderdelen[geval.onderdeel]!;
            // Awareness keeps the clock of a client id that left; a replayed case needs a fresh one.
            const clientId = ((geval.clientId + clientIdTeller++ * 7919) % (2 ** 31 - 2)) + 1;
            const fragmenten = ['preambule', ...onderdeel.afspraken.map((a) => a.id)];
            const berichten = basisBerichten(
              clientId,
              Y.encodeStateAsUpdate(waarnemers[geval.onderdeel]!.doc),
              fragmenten,
              geval.bewerking,
              geval.awareness,
            );
            const frames = geval.frames.map((r) => maakFrame(berichten, r));
            const voor = geval.lezer ? await volledigeStaat(onderdeel.id) : undefined;
            const v = rauweVerbinding(
              t.baseUrl,
              onderdeel.id,
              geval.lezer ? tokens.lezer : tokens.gemeente,
            );
            try {
              await stuurEnWacht(v, clientId, frames);
            } finally {
              v.ws.close();
            }
            const wie = geval.lezer ? 'alleen-lezen' : 'schrijver';
            tellers.tel(`websocket-gevallen ${wie}`);
            tellers.tel(`websocket-frames ${wie}`, frames.length);
            if (voor) {
              const na = await volledigeStaat(onderdeel.id);
              if (Buffer.compare(Buffer.from(voor), Buffer.from(na)) !== 0)
                throw new Error('de frames van een alleen-lezer veranderden het document');
            }
          },
          batch,
        );
        if (fout) mislukt.push(fout);
        try {
          await gezond();
          for (const onderdeel of onderdelen) await intact(onderdeel);
        } catch (error) {
          mislukt.push(`na ronde ${ronde}: ${(error as Error).message}`);
        }
      }
      // Wrong paths and wrong people: refused with a close code, never a hang.
      const padFout = await controleer(
        'co-editor paden',
        fc.oneof(
          fc.uuid(),
          fc.string({ maxLength: 40 }),
          fc.constantFrom('..%2f..', '%00', 'x'.repeat(5000)),
        ),
        async (pad) => {
          tellers.tel('websocket-verbindingen met verkeerd pad');
          const v = rauweVerbinding(t.baseUrl, encodeURIComponent(pad), tokens.gemeente);
          v.open.catch(() => undefined);
          const sluiting = await sluitingBinnen(v, 5000);
          v.ws.terminate();
          if (!sluiting) throw new Error('de server sloot een onbekend onderdeel niet');
        },
        aantalRuns(20),
      );
      if (padFout) mislukt.push(padFout);
      waarnemers.forEach((w) => w.destroy());
      editors.sluitAlles();
      // Everything stored and unloaded, so the fingerprints of the next phase stand still.
      await wachtTot(
        'het ontladen van de documenten',
        () => t.app.get(CollabServer).geladenDocumenten.length === 0,
        {
          timeoutMs: 15_000,
        },
      );
      expect(mislukt).toEqual([]);
    });
  });

  describe('GraphQL', () => {
    let afdrukQuery: string;
    /** The fingerprint after the last refused case; a case that was accepted forgets it. */
    let bekend: string | undefined;

    it('every mutation with generated arguments, as a regie and as a corporatie', async () => {
      afdrukQuery = await vingerafdrukQuery(t.app);
      const pool = await idPool();
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const mutaties = mutatieArbitraries(schema, pool);
      const mislukt: string[] = [];
      for (const { naam, arbitrary } of mutaties) {
        const fout = await controleer(
          naam,
          fc.record({ persoon: fc.constantFrom(...SCHRIJVERS), geval: arbitrary }),
          async ({ persoon, geval }) => {
            const voor =
              bekend ??
              (await tellers.meet('vingerafdruk', () => vingerafdruk(t.app, afdrukQuery)));
            const begin = performance.now();
            const antwoord = await tellers.meet('graphql-mutaties', () =>
              postMutatie(t.baseUrl, tokens[persoon], geval),
            );
            tellers.traag(naam, performance.now() - begin, { persoon, geval });
            tellers.tel('graphql-mutaties');
            const gevonden = problemen(antwoord);
            const codes = fouten(antwoord).map(
              (f) => (f as { extensions?: { code?: string } }).extensions?.code,
            );
            if (codes.includes('UNAUTHENTICATED') || naam === 'logout') await login(persoon);
            if (gevonden.length) {
              bekend = undefined;
              throw new Error(gevonden.join('; '));
            }
            if (codes.length === 0 && antwoord.status === 200) {
              tellers.tel('graphql-mutaties aanvaard');
              bekend = undefined;
              return;
            }
            tellers.tel('graphql-mutaties geweigerd (vingerafdruk gelijk)');
            const na = await tellers.meet('vingerafdruk', () => vingerafdruk(t.app, afdrukQuery));
            bekend = na;
            if (na !== voor)
              throw new Error(
                `geweigerd (${codes.join(', ')}) maar veranderd: ${verschil(voor, na)}`,
              );
          },
          aantalRuns(naam === 'logout' ? 3 : 12),
        );
        if (fout) mislukt.push(fout);
        try {
          await gezond();
        } catch (error) {
          mislukt.push(`na ${naam}: ${(error as Error).message}`);
        }
      }
      expect(mislukt).toEqual([]);
    });

    it('whole HTTP requests: malformed JSON, wrong content types, random documents, huge variables', async () => {
      const mislukt: string[] = [];
      const fout = await controleer(
        'http',
        httpArb,
        async (geval: HttpGeval) => {
          const response = await fetch(`${t.baseUrl}${geval.pad}`, {
            method: geval.methode,
            headers: {
              ...(geval.contentType !== undefined ? { 'content-type': geval.contentType } : {}),
              ...(geval.metToken ? { authorization: `Bearer ${tokens.http}` } : {}),
              // Apollo's CSRF prevention wants this on a GET; without it the refusal is the answer.
              'apollo-require-preflight': 'true',
            },
            body: geval.methode === 'POST' ? geval.body : undefined,
          });
          const antwoord = await lees(response);
          tellers.tel(`http: ${geval.soort}`);
          const codes = fouten(antwoord).map(
            (f) => (f as { extensions?: { code?: string } }).extensions?.code,
          );
          if (codes.includes('UNAUTHENTICATED')) await login('http');
          const gevonden = problemen(antwoord);
          if (gevonden.length) throw new Error(gevonden.join('; '));
        },
        aantalRuns(150),
      );
      if (fout) mislukt.push(fout);
      try {
        await gezond();
      } catch (error) {
        mislukt.push(`na de HTTP-gevallen: ${(error as Error).message}`);
      }
      expect(mislukt).toEqual([]);
    });
  });

  /** Real ids of the demo per table; the fuzzers' own footing is kept from destructive mutations. */
  async function idPool(): Promise<IdPool> {
    const tabellen = await sqlRijen<{ table_name: string }>(
      t.app,
      `select table_name from information_schema.columns
        where table_schema = current_schema() and column_name = 'id' and data_type = 'uuid'`,
    );
    const perTabel = new Map<string, string[]>();
    for (const { table_name } of tabellen) {
      const rijen = await sqlRijen<{ id: string }>(
        t.app,
        `select id from "${table_name}" order by id limit 300`,
      );
      if (rijen.length)
        perTabel.set(
          table_name,
          rijen.map((r) => r.id),
        );
    }
    const emails = Object.values(EMAIL);
    const eigen = await sqlRijen<{ id: string }>(
      t.app,
      `select o.id from overeenkomst o
       union select g.id from gebruiker g where g.email in (?)
       union select l.id from lidmaatschap l join gebruiker g on g.id = l.gebruiker_id where g.email in (?)
       union select l.partij_id from lidmaatschap l join gebruiker g on g.id = l.gebruiker_id where g.email in (?)
       union select d.id from deelnemer d join lidmaatschap l on l.partij_id = d.partij_id
             join gebruiker g on g.id = l.gebruiker_id where g.email in (?)
       union select id from onderdeel`,
      [emails, emails, emails, emails],
    );
    return {
      perTabel,
      alle: [...perTabel.values()].flat(),
      beschermd: new Set(eigen.map((r) => r.id)),
    };
  }
});
