/*
 * npm run bench:collab:instanties  (needs DATABASE_URL: two processes cannot share PGlite)
 *
 * The co-editor on two instances through Redis, behind nginx (round robin, no sticky sessions),
 * against one instance, in the same run: the app as `npm start` runs it, in processes of its own
 * (transpiled like the crash suite's). CLIENTS stock y-websocket clients (default 500) through
 * nginx over two instances, then CLIENTS / 2 on one instance directly; WRITERS (default 4) of
 * them insert RATE edits per second each (default 20) for SECONDS (default 30), as
 * bench:collab does (its clients, in a child process). The readers only receive (bench:collab's
 * DUNNE_LEZERS): 500 Yjs documents in one client process took both cores from the servers. Prints p50/p99 of the fan-out latency of
 * both, the ratio, the updates lost, the memory per connection (the resident size of the one
 * instance before and while its clients are connected) and per open document (every onderdeel
 * of the demo opened at once by a client of its own, less what those connections cost).
 * Target (issue 19): the two-instance p99 at most 2 × the one-instance p99, no update lost.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { bouw } from '../test/crash/bouw';
import { Kind } from '../test/crash/kind';
import { negeerToegang } from '../test/support/collab-clients';
import { startNginx } from '../test/support/nginx';
import { dropSchemas } from '../test/support/test-app';
import { type Cijfers, cijfers, draaiClients, kop, regel } from './collab-fanout';

const CLIENTS = Number(process.env.CLIENTS ?? 500);
const WRITERS = Number(process.env.WRITERS ?? 4);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SCHRIJVERS = ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2'];
const LEZERS = ['gemeente-lezer', 'zorg', 'ggz', 'zorgkantoor', 'welzijn', 'provincie'];

/**
 * Opens each document with one client of its own and resolves once all are synced: what one open
 * document costs the instance, beside what a connection costs.
 */
async function openDocumenten(
  serverUrl: string,
  token: string,
  onderdelen: string[],
): Promise<() => void> {
  const providers = onderdelen.map((id) =>
    negeerToegang(
      new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/collab`, id, new Y.Doc(), {
        params: { token },
        disableBc: true,
      }),
    ),
  );
  await Promise.all(
    providers.map(
      (p) =>
        new Promise<void>((resolve, reject) => {
          p.on('sync', (synced: boolean) => synced && resolve());
          p.on('connection-close', (event: { code: number } | null) => {
            if (event && event.code >= 4400 && event.code < 4500)
              reject(new Error(`Document geweigerd met ${event.code}`));
          });
        }),
    ),
  );
  // The document too: its awareness keeps a timer running until the document is destroyed.
  return () =>
    providers.forEach((p) => {
      p.destroy();
      p.doc.destroy();
    });
}

/** Resident memory of a process, in bytes (Linux). */
async function rss(pid: number | undefined): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Zet DATABASE_URL: twee instanties delen een PostgreSQL-server');
  await bouw();
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const opslag = { soort: 'postgresql' as const, url, schema };
  const env = { REDIS_URL, REDIS_PREFIX: schema };
  const map = await mkdtemp(join(tmpdir(), 'driehoek-bench-nginx-'));
  const instanties: Kind[] = [];
  let nginx: { url: string; proces: ChildProcess } | undefined;
  try {
    instanties.push(await Kind.start(opslag, undefined, { ...env, SEED_DEMO: 'true' }));
    const [a] = instanties as [Kind];
    const login = (naam: string) => a.login(`${naam}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    const schrijfTokens = await Promise.all(SCHRIJVERS.map(login));
    const leesTokens = [...schrijfTokens, ...(await Promise.all(LEZERS.map(login)))];
    const { overeenkomsten } = await a.gqlOk<{
      overeenkomsten: {
        items: { onderdelen: { id: string; soort: string; afspraken: { id: string }[] }[] }[];
      };
    }>(
      schrijfTokens[0]!,
      `{ overeenkomsten { items { onderdelen { id soort afspraken { id } } } } }`,
    );
    const alleOnderdelen = overeenkomsten.items.flatMap((o) => o.onderdelen);
    const hoofd = overeenkomsten.items[0]!.onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!;
    const opdracht = (serverUrl: string) => ({
      serverUrl: `${serverUrl.replace(/^http/, 'ws')}/collab`,
      room: hoofd.id,
      schrijfTokens,
      leesTokens,
      fragmenten: hoofd.afspraken.slice(0, WRITERS).map((x) => x.id),
    });
    const db = new Client({ connectionString: url });
    await db.connect();
    await db.query('analyze');
    await db.query('checkpoint');
    await db.end();

    console.log(
      `Fan-out over instanties: ${WRITERS} schrijvers × ${process.env.RATE ?? 20} bewerkingen/s, ${process.env.SECONDS ?? 10} s, Redis ${REDIS_URL}`,
    );
    // Every onderdeel of the demo open at once, one client each, before anything else loaded them.
    const zonderDocumenten = await rss(a.pid);
    const sluit = await openDocumenten(
      a.baseUrl,
      schrijfTokens[0]!,
      alleOnderdelen.map((o) => o.id),
    );
    const metDocumenten = await rss(a.pid);
    sluit();

    // One instance first, with half the clients.
    const leeg = await rss(a.pid);
    let verbonden = 0;
    const een = cijfers(
      await draaiClients(
        opdracht(a.baseUrl),
        { CLIENTS: String(CLIENTS / 2), WRITERS: String(WRITERS), DUNNE_LEZERS: '1' },
        () => void rss(a.pid).then((r) => (verbonden = r)),
      ),
    );
    const perVerbinding = (verbonden - leeg) / (CLIENTS / 2);
    // The same through nginx: on two cores the load balancer's own work is a large part of the
    // two-instance figure, and a deployment runs it elsewhere. Both ratios are printed.
    const enkel = await startNginx(map, [a.baseUrl]);
    let eenViaNginx: Cijfers;
    try {
      eenViaNginx = cijfers(
        await draaiClients(opdracht(enkel.url), {
          CLIENTS: String(CLIENTS / 2),
          WRITERS: String(WRITERS),
          DUNNE_LEZERS: '1',
        }),
      );
    } finally {
      enkel.proces.kill('SIGTERM');
      await once(enkel.proces, 'exit');
    }

    instanties.push(await Kind.start(opslag, undefined, env));
    nginx = await startNginx(
      map,
      instanties.map((k) => k.baseUrl),
    );
    const twee = cijfers(
      await draaiClients(opdracht(nginx.url), {
        CLIENTS: String(CLIENTS),
        WRITERS: String(WRITERS),
        DUNNE_LEZERS: '1',
      }),
    );

    kop();
    regel(`1 instantie, ${CLIENTS / 2} clients`, een);
    regel(`1 instantie (nginx), ${CLIENTS / 2} clients`, eenViaNginx);
    regel(`2 instanties (nginx), ${CLIENTS} clients`, twee);
    const verhouding = twee.p99 / een.p99;
    console.log(
      `${'Verhouding 2 / 1 instantie (p99)'.padEnd(34)}${verhouding.toFixed(2).padStart(21)}`,
    );
    console.log(
      `${'Verhouding 2 / 1 via nginx (p99)'.padEnd(34)}${(twee.p99 / eenViaNginx.p99).toFixed(2).padStart(21)}`,
    );
    // The resident growth of the instance while the clients were connected, per connection:
    // the one open document (loaded for the first) is in it, shared by all.
    console.log(
      `Geheugen: ${(perVerbinding / 1024).toFixed(0)} kB per verbinding (resident, ${CLIENTS / 2} verbindingen op één instantie, ` +
        `samen ${((verbonden - leeg) / 1024 / 1024).toFixed(1)} MB inclusief het geopende document)`,
    );
    const afspraken = alleOnderdelen.reduce((n, o) => n + o.afspraken.length, 0);
    const perDocument = (metDocumenten - zonderDocumenten) / alleOnderdelen.length - perVerbinding;
    console.log(
      `Geheugen: ${(perDocument / 1024).toFixed(0)} kB per open document (resident, ${alleOnderdelen.length} onderdelen van de demo ` +
        `met samen ${afspraken} afspraken tegelijk open, min één verbinding elk)`,
    );
    const verloren = (c: Cijfers) => c.uitslag.ontbrekend;
    const gehaald = verhouding <= 2 && verloren(een) === 0 && verloren(twee) === 0;
    console.log(
      `Doel p99 met 2 instanties ≤ 2 × p99 met 1, niets verloren: ${gehaald ? 'gehaald' : 'NIET gehaald'} ` +
        `(${verhouding.toFixed(2)} ×, verloren ${verloren(twee)})`,
    );
  } finally {
    nginx?.proces.kill('SIGTERM');
    if (nginx) await once(nginx.proces, 'exit');
    await Promise.all(instanties.map((k) => k.stop()));
    const db = new Client({ connectionString: url });
    await db.connect();
    await dropSchemas(db, schema);
    await db.end();
    await rm(map, { recursive: true, force: true });
  }
}

main().catch((fout: unknown) => {
  console.error(fout);
  process.exit(1);
});
