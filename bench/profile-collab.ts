/*
 * npm run bench:collab:profile
 *
 * Runs `npm run bench:collab` unchanged (this file is loaded before it, in the server process
 * only) and watches the measured Driehoek phase: from the first client edit the server accepts,
 * for WARMUP + SECONDS + 0.5 s. Prints, per stage, p50/p99/max of
 *
 *  - arrival → accepted: the message's arrival on the socket until Yjs applied it (queue,
 *    checks, permissions);
 *  - accepted → broadcast: until its append committed (the wait for an append in flight
 *    included);
 *  - broadcast: sending it to every connection;
 *  - append, materialiseer, compact: each call's duration;
 *
 * the event-loop delay, the server's CPU time, and for the slowest edits what ran beside them
 * (appends, materialisation, compaction, garbage collections). With PROFILE=<file> the phase is
 * also CPU-profiled (open in Chrome DevTools or VS Code). The client processes are not watched.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import {
  constants,
  monitorEventLoopDelay,
  type PerformanceEntry,
  PerformanceObserver,
} from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { CollabStore } from '../src/collaboration/collab.store';
import { LokaleDocumentBus } from '../src/collaboration/document-bus';
import { Materialiser } from '../src/collaboration/materialiser';
import { Schrijfwachtrij } from '../src/collaboration/schrijfwachtrij';

const DUUR_MS = (Number(process.env.WARMUP ?? 1) + Number(process.env.SECONDS ?? 10) + 0.5) * 1000;

type Methode = (...args: unknown[]) => unknown;

/** Replaces a prototype's method by one that calls `om` around the original. */
function omwikkel(
  prototype: object,
  naam: string,
  om: (origineel: Methode, self: unknown, args: unknown[]) => unknown,
): void {
  const doel = prototype as Record<string, Methode>;
  const origineel = doel[naam]!;
  doel[naam] = function (this: unknown, ...args: unknown[]) {
    return om(origineel, this, args);
  };
}

interface Bewerking {
  aankomst: number;
  geaccepteerd: number;
  verstuurd: number;
  klaar: number;
}

function percentiel(waarden: number[], p: number): number {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return (
    gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)] ?? NaN
  );
}

function volg(): void {
  const duren = new Map<string, number[]>();
  const noteer = (stadium: string, ms: number) => {
    const lijst = duren.get(stadium) ?? [];
    lijst.push(ms);
    duren.set(stadium, lijst);
  };
  /** What ran when: [name, start, end]. */
  const intervallen: [string, number, number][] = [];
  const bewerkingen: Bewerking[] = [];
  const aankomsten = new WeakMap<Uint8Array, number>();
  const acceptaties = new WeakMap<Uint8Array, number>();
  let laatsteAankomst = 0;
  let actief = false;
  let gestart = false;

  const gcSoorten = new Map([
    [constants.NODE_PERFORMANCE_GC_MINOR, 'minor'],
    [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
    [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weakcb'],
  ]);
  new PerformanceObserver((lijst) => {
    if (!actief) return;
    for (const gc of lijst.getEntries()) {
      const soort = (gc as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      const naam = `gc ${gcSoorten.get(soort ?? 0) ?? soort}`;
      intervallen.push([naam, gc.startTime, gc.startTime + gc.duration]);
    }
  }).observe({ entryTypes: ['gc'] });

  // A sync update (0, 2) arriving on any socket of the server.
  omwikkel(WebSocket.prototype, 'emit', (origineel, self, args) => {
    const data = args[1];
    if (args[0] === 'message' && Buffer.isBuffer(data) && data[0] === 0 && data[1] === 2)
      laatsteAankomst = performance.now();
    return origineel.apply(self, args);
  });

  for (const [prototype, naam] of [
    [CollabStore.prototype, 'append'],
    [CollabStore.prototype, 'compact'],
    [Materialiser.prototype, 'materialiseer'],
  ] as const) {
    omwikkel(prototype, naam, async (origineel, self, args) => {
      const begin = performance.now();
      try {
        return await origineel.apply(self, args);
      } finally {
        if (actief) {
          noteer(naam, performance.now() - begin);
          intervallen.push([naam, begin, performance.now()]);
        }
      }
    });
  }

  omwikkel(Schrijfwachtrij.prototype, 'geaccepteerd', (origineel, self, args) => {
    const [, update, origin] = args;
    if (!gestart && typeof origin === 'object' && origin !== null && 'ws' in origin) {
      gestart = true;
      void meet();
    }
    if (actief && update instanceof Uint8Array) {
      acceptaties.set(update, performance.now());
      aankomsten.set(update, laatsteAankomst);
    }
    return origineel.apply(self, args);
  });

  omwikkel(LokaleDocumentBus.prototype, 'update', (origineel, self, args) => {
    const verstuurd = performance.now();
    const uitkomst = origineel.apply(self, args);
    const update = args[1] as Uint8Array;
    const geaccepteerd = acceptaties.get(update);
    const aankomst = aankomsten.get(update);
    if (actief && geaccepteerd !== undefined && aankomst !== undefined)
      bewerkingen.push({ aankomst, geaccepteerd, verstuurd, klaar: performance.now() });
    return uitkomst;
  });

  async function meet(): Promise<void> {
    const bestand = process.env.PROFILE;
    const session = new Session();
    if (bestand) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    }
    const vertraging = monitorEventLoopDelay({ resolution: 1 });
    vertraging.enable();
    const cpu = process.cpuUsage();
    actief = true;
    await new Promise((resolve) => setTimeout(resolve, DUUR_MS));
    actief = false;
    vertraging.disable();
    const { user, system } = process.cpuUsage(cpu);
    if (bestand) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(bestand, JSON.stringify(profile));
      session.disconnect();
    }

    const stadia: [string, number[]][] = [
      ['aankomst → geaccepteerd', bewerkingen.map((b) => b.geaccepteerd - b.aankomst)],
      ['geaccepteerd → verstuurd', bewerkingen.map((b) => b.verstuurd - b.geaccepteerd)],
      ['versturen', bewerkingen.map((b) => b.klaar - b.verstuurd)],
      ['aankomst → klaar', bewerkingen.map((b) => b.klaar - b.aankomst)],
      ...duren,
    ];
    const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;
    console.log(`Stadia in de server (${bewerkingen.length} bewerkingen):`);
    for (const [naam, waarden] of stadia)
      console.log(
        `  ${naam.padEnd(26)} n=${String(waarden.length).padStart(4)} p50 ${ms(percentiel(waarden, 50))} p99 ${ms(percentiel(waarden, 99))} max ${ms(Math.max(...waarden))}`,
      );
    console.log(
      `  event-loopvertraging         p50 ${ms(vertraging.percentile(50) / 1e6)} p99 ${ms(vertraging.percentile(99) / 1e6)} max ${ms(vertraging.max / 1e6)}`,
    );
    console.log(
      `  CPU van de server: ${((user + system) / 1000).toFixed(0)} ms in ${(DUUR_MS / 1000).toFixed(1)} s`,
    );
    const traagst = [...bewerkingen]
      .sort((a, b) => b.klaar - b.aankomst - (a.klaar - a.aankomst))
      .slice(0, 5);
    console.log('Traagste bewerkingen (tijden ten opzichte van de aankomst):');
    for (const b of traagst) {
      const ernaast = intervallen
        .filter(([, begin, eind]) => begin < b.klaar && eind > b.aankomst - 5)
        .map(
          ([naam, begin, eind]) =>
            `${naam} ${(begin - b.aankomst).toFixed(1)}..${(eind - b.aankomst).toFixed(1)}`,
        );
      console.log(
        `  ${ms(b.klaar - b.aankomst)}: geaccepteerd +${(b.geaccepteerd - b.aankomst).toFixed(1)}, verstuurd +${(b.verstuurd - b.aankomst).toFixed(1)}; ernaast: ${ernaast.join(', ') || '-'}`,
      );
    }
  }
}

// The benchmark forks its clients from the same file; only the server process is watched.
if (!process.env.COLLAB_BENCH_CLIENTS) volg();
