/*
 * npm run bench:client
 *
 * The web client as a person gets it, on this machine:
 *
 *  1. the JavaScript of the first screen (login page and the list of overeenkomsten) and of the
 *     co-editor (what opening an onderdeel loads on top), as the files Chromium fetched: their
 *     size as built, compressed with gzip (level 9) and brotli (quality 11), and the bytes the
 *     server actually sent (with the Content-Encoding it chose);
 *  2. in Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH), each round in a fresh
 *     context (empty cache): the time from pressing "Inloggen" to the list of overeenkomsten, and
 *     from clicking an onderdeel to its co-editor showing the text and being online; medians over
 *     BENCH_RUNS rounds (default 5) after one warm-up round, on the local network and on a
 *     simulated mobile connection (BENCH_PROFIELEN=lokaal,mobiel).
 *
 * The client is built fresh into .tmp/bench-client (or BENCH_CLIENT_DIR, reused when it holds a
 * build); the app runs with the demo on DATABASE_URL when set, otherwise on embedded PGlite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { startBenchApp } from './support/bench-app';
import { median } from './support/timing';
import { DEMO_WACHTWOORD, DemoService } from '../src/demo/demo.service';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUP = 1;
const PROFIELEN = (process.env.BENCH_PROFIELEN ?? 'lokaal,mobiel').split(',').filter(Boolean);
const ROOT = resolve(__dirname, '..');

/** A mobile connection as Chrome's DevTools preset "Fast 4G" has it. */
const MOBIEL = {
  latency: 60,
  downloadThroughput: (9 * 1024 * 1024) / 8,
  uploadThroughput: 1.5e6 / 8,
};

function bouwClient(): string {
  const gegeven = process.env.BENCH_CLIENT_DIR;
  const map = resolve(gegeven ?? join(ROOT, '.tmp', 'bench-client'));
  if (gegeven && existsSync(join(map, 'index.html'))) return map;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [
    'build',
    '--config',
    'client/vite.config.ts',
    '--outDir',
    map,
    '--logLevel',
    'warn',
  ];
  execFileSync(process.execPath, [vite, ...args], { cwd: ROOT, stdio: 'inherit' });
  return map;
}

interface Geladen {
  pad: string;
  /** Bytes of the body as sent (compressed when the server compressed it). */
  overDeLijn: number;
  codering: string;
}

interface Ronde {
  lijstMs: number;
  editorMs: number;
  eersteScherm: Geladen[];
  editor: Geladen[];
}

async function ronde(browser: Browser, base: string, profiel: string): Promise<Ronde> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (profiel === 'mobiel') {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBIEL });
  }
  const scripts: Promise<Geladen>[] = [];
  page.on('requestfinished', (request: Request) => {
    const url = new URL(request.url());
    if (request.resourceType() !== 'script' || !url.pathname.endsWith('.js')) return;
    scripts.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const codering = (await response?.headerValue('content-encoding')) ?? 'geen';
        return { pad: url.pathname, overDeLijn: sizes.responseBodySize, codering };
      })(),
    );
  });
  try {
    await page.goto(base);
    await page.getByLabel('E-mailadres').fill('gemeente@demo.driehoek.nl');
    await page.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
    const start = performance.now();
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .waitFor();
    const lijstMs = performance.now() - start;
    const eersteScherm = await Promise.all(scripts.splice(0));

    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    const voorEditor = await Promise.all(scripts.splice(0));
    const open = performance.now();
    await page
      .getByRole('link', { name: /Hoofddocument/ })
      .first()
      .click();
    await editorOpen(page);
    const editorMs = performance.now() - open;
    const editor = [...voorEditor, ...(await Promise.all(scripts.splice(0)))];
    return { lijstMs, editorMs, eersteScherm, editor };
  } finally {
    await context.close();
  }
}

async function editorOpen(page: Page): Promise<void> {
  await page.locator('[data-afspraak-id] .afspraak-tekst').first().waitFor();
  await page.locator('.verbinding[data-status="online"]').waitFor();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`.padStart(10);

function grootten(map: string, geladen: Geladen[]): string {
  const uniek = [...new Map(geladen.map((g) => [g.pad, g])).values()];
  let ruw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const { pad } of uniek) {
    const inhoud = readFileSync(join(map, pad));
    ruw += inhoud.length;
    gzip += gzipSync(inhoud, { level: 9 }).length;
    brotli += brotliCompressSync(inhoud, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  const verzonden = uniek.reduce((n, g) => n + g.overDeLijn, 0);
  const coderingen = [...new Set(uniek.map((g) => g.codering))].join('/');
  return (
    `${String(uniek.length).padStart(2)} bestand(en)  ruw ${kb(ruw)}  gzip ${kb(gzip)}  ` +
    `brotli ${kb(brotli)}  verzonden ${kb(verzonden)} (${coderingen})`
  );
}

const ms = (waarde: number) => `${waarde.toFixed(0)} ms`.padStart(8);

async function main(): Promise<void> {
  const map = bouwClient();
  process.env.CLIENT_DIR = map;
  const bench = await startBenchApp();
  const { app, embedded } = bench;
  await app.get(DemoService).seedIfEmpty();
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const uitslagen: string[] = [];
    let eerste: Ronde | undefined;
    for (const profiel of PROFIELEN) {
      const rondes: Ronde[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const r = await ronde(browser, base, profiel);
        if (i >= WARMUP) rondes.push(r);
      }
      eerste ??= rondes[0];
      const lijst = median(rondes.map((r) => r.lijstMs));
      const editor = median(rondes.map((r) => r.editorMs));
      uitslagen.push(
        `  ${profiel.padEnd(7)} inloggen → lijst ${ms(lijst)}   onderdeel → editor open ${ms(editor)}`,
      );
    }
    console.log(
      `Webclient (${map}); database: ${embedded ? 'ingebouwde PGlite' : 'PostgreSQL-server'}; ` +
        `demo, gemeente@demo.driehoek.nl`,
    );
    if (eerste) {
      console.log('JavaScript');
      console.log(`  eerste scherm (inloggen + lijst)  ${grootten(map, eerste.eersteScherm)}`);
      console.log(`  erbij voor de editor              ${grootten(map, eerste.editor)}`);
    }
    console.log(`Tijden, mediaan van ${RUNS} rondes (elk in een nieuwe context, lege cache)`);
    for (const regel of uitslagen) console.log(regel);
  } finally {
    await browser.close();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
