import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEMO_WACHTWOORD } from '../../src/demo/demo.service';
import { Editors, type Editor, typ, wachtOpSync, wachtTot } from '../support/collab-clients';
import { dropSchemas } from '../support/test-app';
import { startNginx } from '../support/nginx';
import { Kind } from './kind';

/*
 * Two app processes on one PostgreSQL database and one Redis, behind nginx as a round-robin load
 * balancer without sticky sessions (the topology of docker-compose, without Docker). Writers
 * connect through nginx, so they land on both instances; one instance is killed with SIGKILL in
 * the middle of their burst. Its clients reconnect through nginx to the other, and every edit
 * any writer made ends up in every client and in the stored text: nothing is lost.
 *
 * Two processes cannot share an embedded database, so this runs on the PostgreSQL server
 * (DATABASE_URL, as in the crash suite's PostgreSQL lane).
 */

const POSTGRES = process.env.DATABASE_URL;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SCHRIJVERS = 4;
const BEWERKINGEN = 40;
const DOOD_NA = 15;

(POSTGRES ? describe : describe.skip)('two instances behind nginx, one killed', () => {
  const schema = `inst_${randomBytes(4).toString('hex')}`;
  const extra = { REDIS_URL, REDIS_PREFIX: schema };
  const opslag = { soort: 'postgresql' as const, url: POSTGRES ?? '', schema };
  let map: string;
  let a: Kind;
  let b: Kind;
  let nginx: { url: string; proces: ChildProcess };
  const editors = new Editors(() => nginx.url);

  beforeAll(async () => {
    map = await mkdtemp(join(tmpdir(), 'driehoek-nginx-'));
    a = await Kind.start(opslag, undefined, { ...extra, SEED_DEMO: 'true' });
    b = await Kind.start(opslag, undefined, extra);
    nginx = await startNginx(map, [a.baseUrl, b.baseUrl]);
  }, 180_000);

  afterAll(async () => {
    editors.sluitAlles();
    nginx?.proces.kill('SIGTERM');
    if (nginx) await once(nginx.proces, 'exit');
    await a?.stop();
    await b?.stop();
    const client = new Client({ connectionString: POSTGRES });
    await client.connect();
    await dropSchemas(client, schema);
    await client.end();
    await rm(map, { recursive: true, force: true });
  });

  it('loses no edit when an instance dies mid-burst; its clients carry on through the other', async () => {
    const token = await b.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    const { overeenkomsten } = await b.gqlOk<{
      overeenkomsten: {
        items: { onderdelen: { id: string; soort: string; afspraken: { id: string }[] }[] }[];
      };
    }>(token, `{ overeenkomsten { items { onderdelen { id soort afspraken { id } } } } }`);
    const hoofd = overeenkomsten.items[0]!.onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!;
    const afspraakId = hoofd.afspraken[0]!.id;

    const schrijvers: Editor[] = [];
    for (let i = 0; i < SCHRIJVERS; i++) {
      const editor = editors.open(hoofd.id, token);
      await wachtOpSync(editor, 15_000);
      schrijvers.push(editor);
    }
    const merk = (s: number, i: number) => `[s${s}e${i}]`;
    for (let i = 0; i < BEWERKINGEN; i++) {
      if (i === DOOD_NA) await a.dood();
      schrijvers.forEach((editor, s) => typ(editor.fragment(afspraakId), 0, merk(s, i)));
      await new Promise((r) => setImmediate(r));
    }
    const compleet = (tekst: string) =>
      schrijvers.every((_e, s) =>
        [...Array(BEWERKINGEN).keys()].every((i) => tekst.includes(merk(s, i))),
      );
    await wachtTot(
      'elke bewerking bij elke schrijver',
      () => schrijvers.every((e) => compleet(e.tekst(afspraakId))),
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    // Round robin put writers on the killed instance: they had to connect again.
    expect(schrijvers.filter((e) => e.pogingen > 1).length).toBeGreaterThan(0);
    await wachtTot(
      'elke bewerking in de opgeslagen tekst (via nginx)',
      async () => {
        const { afspraak } = await b.gqlOk<{ afspraak: { tekst: string } }>(
          token,
          `query($id: ID!) { afspraak(id: $id) { tekst } }`,
          { id: afspraakId },
        );
        return compleet(afspraak.tekst);
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
  });
});
