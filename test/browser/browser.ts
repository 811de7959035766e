import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEMO_WACHTWOORD = 'driehoek-demo';
export const ARTEFACTEN = resolve(__dirname, '..', '..', 'test-artefacten', 'browser');
mkdirSync(ARTEFACTEN, { recursive: true });

/** Debian's Chromium, headless; CHROMIUM_PATH for another one. */
export function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface Venster {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed page scripts, to assert there were none. */
  fouten: string[];
}

/** A fresh browser context (its own session) logged in as a demo account. */
export async function inloggen(
  browser: Browser,
  baseUrl: string,
  email: string,
  viewport = { width: 1280, height: 800 },
): Promise<Venster> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', acceptDownloads: true });
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(`console: ${m.text()}`);
  });
  await page.goto(baseUrl);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: 'Mijn overeenkomsten' }).waitFor();
  return { context, page, fouten };
}

export async function schermafdruk(page: Page, naam: string): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTEN, `${naam}.png`), fullPage: true });
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOvertreding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core in the page against WCAG 2.1 A and AA; returns the serious and critical violations
 * (all findings are kept in test-artefacten/browser/axe-<naam>.json).
 */
export async function toegankelijkheid(page: Page, naam: string): Promise<AxeOvertreding[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) {
    // Evaluated by the browser itself, not as an inline <script>, which the app's
    // Content-Security-Policy refuses (as it should).
    await page.evaluate(AXE);
  }
  const overtredingen = await page.evaluate<AxeOvertreding[]>(`
    window.axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
      })))
  `);
  writeFileSync(join(ARTEFACTEN, `axe-${naam}.json`), JSON.stringify(overtredingen, null, 2));
  return overtredingen.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Asks again until the answer passes, or fails with the last answer after the timeout. */
export async function totDat<T>(
  vraag: () => Promise<T>,
  klopt: (antwoord: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const tot = Date.now() + timeout;
  for (;;) {
    const antwoord = await vraag();
    if (klopt(antwoord)) return antwoord;
    if (Date.now() > tot) throw new Error(`Niet op tijd: ${JSON.stringify(antwoord)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
