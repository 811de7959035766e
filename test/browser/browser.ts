import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';

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

/** A screenshot of the whole page, or with `alleenVenster` of what the screen shows (a sheet). */
export async function schermafdruk(page: Page, naam: string, alleenVenster = false): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTEN, `${naam}.png`), fullPage: !alleenVenster });
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

/** From the list of agreements (or any screen with the link) into an overeenkomst. */
export async function openOvereenkomst(
  page: Page,
  naam: RegExp = /Prestatieafspraken Vlietdam/,
): Promise<void> {
  await page.getByRole('link', { name: naam }).first().click();
  await page.getByRole('heading', { level: 1, name: naam }).waitFor();
}

/**
 * From an overeenkomst (or the list, which links the hoofddocument too) into an onderdeel: back
 * once the afspraken are drawn and the co-editor is online.
 */
export async function openOnderdeel(page: Page, naam: RegExp = /Hoofddocument/): Promise<void> {
  await page.getByRole('link', { name: naam }).first().click();
  await page.locator('[data-afspraak-id] .afspraak-tekst').first().waitFor();
  await page.locator('.verbinding[data-status="online"]').waitFor();
}

/**
 * The side panel of one afspraak (its standpunt, comments and details) through the button after
 * its text; on a narrow screen that opens the full-screen sheet. Back once its details are shown.
 */
export async function openAfspraakPaneel(page: Page, nummer?: string): Promise<void> {
  const knop = nummer
    ? page.getByRole('button', {
        name: `Standpunt, opmerkingen en details van afspraak ${nummer}`,
        exact: true,
      })
    : page.getByRole('button', { name: /^Standpunt, opmerkingen en details van afspraak/ }).first();
  await knop.click();
  await page.locator('.afspraak-paneel').waitFor();
}

/** How wide the page is laid out: more than the viewport means sideways scrolling (SC 1.4.10). */
export function paginaBreedte(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/**
 * Presses Tab until `doel` has the focus, as a keyboard user would; returns the number of presses
 * (fails after `max`).
 */
export async function tabNaar(page: Page, doel: Locator, max = 150): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    const erop = await doel
      .evaluate((e) => e === e.ownerDocument.activeElement, undefined, { timeout: 2000 })
      .catch(() => false);
    if (erop) return n;
  }
  throw new Error(`Na ${max} keer Tab nog niet bij ${doel.toString()}`);
}

/** What has the keyboard focus: tag, id, and the start of its text (for assertions). */
export function focusOp(page: Page): Promise<{ tag: string; id: string; tekst: string }> {
  return page.evaluate(`(() => {
    const e = document.activeElement;
    return { tag: e?.tagName ?? '', id: e?.id ?? '', tekst: (e?.textContent ?? '').trim().slice(0, 80) };
  })()`);
}
