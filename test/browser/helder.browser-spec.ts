import type { Browser, Page, Request } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { join } from 'node:path';
import { ARTEFACTEN, inloggen, startBrowser, toegankelijkheid, type Venster } from './browser';

/**
 * Issue 17, points 8–10 in the browser: the blanket akkoord is one mutation and one reload (no
 * burst of cancelled requests); errors stand next to their field in Dutch; the
 * toegankelijkheidsverklaring is reachable from every page and passes axe.
 */
describe('helder en zuinig', () => {
  let t: TestApp;
  let browser: Browser;
  const vensters: Venster[] = [];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(vensters.map((v) => v.context.close()));
    await browser?.close();
    await t?.close();
  });

  async function venster(email: string, breedte = 1280): Promise<Page> {
    const v = await inloggen(browser, t.baseUrl, email, { width: breedte, height: 800 });
    vensters.push(v);
    return v.page;
  }

  async function openHoofddocument(page: Page): Promise<void> {
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await page
      .getByRole('link', { name: /Hoofddocument/ })
      .first()
      .click();
    await page.locator('[data-afspraak-id] .afspraak-tekst').first().waitFor();
    await page.locator('.verbinding[data-status="online"]').waitFor();
  }

  /** GraphQL requests of a page by operation name, and those that were cancelled. */
  function volgVerzoeken(page: Page) {
    const verzonden: string[] = [];
    const afgebroken: string[] = [];
    const naam = (r: Request) => {
      try {
        return (
          (JSON.parse(r.postData() ?? '{}') as { operationName?: string }).operationName ?? '?'
        );
      } catch {
        return '?';
      }
    };
    const graphql = (r: Request) =>
      r.method() === 'POST' && new URL(r.url()).pathname === '/graphql';
    page.on('request', (r) => graphql(r) && verzonden.push(naam(r)));
    page.on('requestfailed', (r) => graphql(r) && afgebroken.push(naam(r)));
    return { verzonden, afgebroken };
  }

  /** Waits until no GraphQL request has started for a second (the reloads have all gone out). */
  async function totStil(verzonden: string[]): Promise<void> {
    let aantal = -1;
    while (aantal !== verzonden.length) {
      aantal = verzonden.length;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  it('the blanket akkoord is one mutation and one reload, nothing cancelled', async () => {
    const c = await venster('corporatie@demo.driehoek.nl');
    await openHoofddocument(c);
    await c.getByRole('tab', { name: 'Standpunten' }).click();
    await c.getByRole('button', { name: /^Akkoord namens Woonstichting De Vliet op/ }).click();
    const dialoog = c.getByRole('dialog');
    await dialoog.getByRole('button', { name: 'Verder' }).click();
    const { verzonden, afgebroken } = volgVerzoeken(c);
    await dialoog.getByRole('button', { name: /^Akkoord geven op \d+ afspra/ }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await totStil(verzonden);
    expect(afgebroken).toEqual([]);
    expect(verzonden.filter((n) => n === 'NeemStandpunten')).toHaveLength(1);
    expect(verzonden.filter((n) => n === 'Standpunten')).toHaveLength(1);
    // The phase the first standpunt opens reloads the onderdeel once; nothing goes out twice.
    expect(verzonden).toEqual([...new Set(verzonden)]);
  });

  it('niet akkoord without toelichting: a Dutch error next to the field, never an object', async () => {
    const h = await venster('huurders@demo.driehoek.nl');
    await openHoofddocument(h);
    const formulier = h.locator('.standpunt-formulier').first();
    await formulier.getByRole('radio', { name: 'Niet akkoord' }).check();
    await formulier.getByRole('button', { name: 'Standpunt opslaan' }).click();
    const veld = formulier.locator('.veld', { has: h.getByLabel('Toelichting (verplicht)') });
    const fout = veld.getByRole('alert');
    await fout.waitFor();
    expect(await fout.textContent()).toMatch(/^Vul een toelichting in/);
    expect(await formulier.textContent()).not.toContain('[object Object]');
    expect(await veld.getByLabel('Toelichting (verplicht)').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await formulier.screenshot({ path: join(ARTEFACTEN, '90-fout-bij-toelichting.png') });
    expect(await toegankelijkheid(h, '90-fout-bij-toelichting')).toEqual([]);
  });

  it('the toegankelijkheidsverklaring, linked in the footer before and after login, passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(t.baseUrl);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Toegankelijkheidsverklaring' })
      .click();
    await page.getByRole('heading', { name: 'Toegankelijkheidsverklaring', level: 1 }).waitFor();
    for (const kop of ['Status', 'Wat nog niet voldoet', 'Contact'])
      await page.getByRole('heading', { name: kop, level: 2 }).waitFor();
    expect(await page.title()).toBe('Toegankelijkheidsverklaring – Driehoek');
    expect(await toegankelijkheid(page, '91-toegankelijkheidsverklaring')).toEqual([]);
    await context.close();

    const g = await venster('gemeente@demo.driehoek.nl', 390);
    await g
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Toegankelijkheidsverklaring' })
      .click();
    await g.getByText('voldoet gedeeltelijk', { exact: false }).first().waitFor();
    await g.screenshot({
      path: join(ARTEFACTEN, '91-toegankelijkheidsverklaring-390.png'),
      fullPage: true,
    });
    expect(await toegankelijkheid(g, '91-toegankelijkheidsverklaring-390')).toEqual([]);
  });
});
