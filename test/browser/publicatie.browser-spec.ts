import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../src/gedeeld/demo-accounts';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  DEMO_WACHTWOORD,
  inloggen,
  openOvereenkomst,
  paginaBreedte,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
} from './browser';

const GEMEENTE = 'gemeente@demo.driehoek.nl';

/**
 * Publication under the Woo, end to end: the demo agreement Vlietdam is signed (every onderdeel,
 * by every signing partij's account), the gemeente publishes it from the overeenkomst page, a
 * visitor without an account reads it on a 390 px phone (axe, no sideways scrolling) and
 * downloads the open data; after the gemeente withdraws it, the page says it is gone.
 */
describe('publiceren onder de Woo', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: Venster;
  let slug = '';

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    const tokens = new Map<string, string>();
    for (const { email } of DEMO_ACCOUNTS.filter((a) => !a.email.includes('-')))
      tokens.set(email, await t.login(email, DEMO_WACHTWOORD));
    const g = tokens.get(GEMEENTE)!;
    const { overeenkomsten } = await gqlOkAls(
      t,
      g,
      `{ overeenkomsten { items { titel onderdelen { id titel ondertekenaars { id } } } } }`,
    );
    const vlietdam = overeenkomsten.items.find((o: any) => /Vlietdam/.test(o.titel));
    const partijenVan = new Map<string, string[]>();
    for (const [email, token] of tokens) {
      const { me } = await gqlOkAls(t, token, `{ me { lidmaatschappen { partij { id } } } }`);
      partijenVan.set(
        email,
        me.lidmaatschappen.map((l: any) => l.partij.id),
      );
    }
    for (const onderdeel of vlietdam.onderdelen) {
      const { bevriesOnderdeel } = await gqlOkAls(
        t,
        g,
        `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
        {
          input: { onderdeelId: onderdeel.id, overrideReden: 'Akkoord in het bestuurlijk overleg' },
        },
      );
      for (const { id: partijId } of onderdeel.ondertekenaars) {
        const email = [...partijenVan].find(([, ids]) => ids.includes(partijId))![0];
        await gqlOkAls(
          t,
          tokens.get(email)!,
          `mutation($input: OndertekenInput!) { onderteken(input: $input) { status } }`,
          {
            input: {
              versieId: bevriesOnderdeel.id,
              partijId,
              functie: 'bestuurder',
              wachtwoord: DEMO_WACHTWOORD,
            },
          },
        );
      }
    }
  }, 180_000);
  afterAll(async () => {
    await gemeente?.context.close();
    await browser?.close();
    await t?.close();
  });

  it('the gemeente publishes the signed agreement after a confirmation', async () => {
    gemeente = await inloggen(browser, t.baseUrl, GEMEENTE);
    const p = gemeente.page;
    await openOvereenkomst(p);
    await p.getByRole('button', { name: 'Publiceren (Woo)' }).click();
    const dialoog = p.getByRole('dialog', { name: 'Publiceren (Woo)' });
    await dialoog.getByText('Niet openbaar worden: standpunten').waitFor();
    await dialoog.getByRole('button', { name: 'Ja, publiceren' }).click();
    const link = p.getByRole('link', { name: 'openbare pagina' });
    // Publishing lays the PDF/A out twice with LibreOffice (the contents' page numbers): on a
    // loaded machine that alone took over half a minute.
    await link.waitFor({ timeout: 120_000 });
    slug = (await link.getAttribute('href'))!.replace('/publicatie/', '');
    expect(slug).toBe('gemeente-vlietdam-prestatieafspraken-2026-2029');
    await expect(p.getByRole('button', { name: 'Publicatie intrekken' }).isVisible()).resolves.toBe(
      true,
    );
    await p.locator('.woo').scrollIntoViewIfNeeded();
    await schermafdruk(p, 'publicatie-regie', true);
    expect(gemeente.fouten).toEqual([]);
  });

  it('a visitor without an account reads it on a phone and downloads the open data', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    await page.goto(`${t.baseUrl}/publicatie/${slug}`);
    await page.getByRole('heading', { level: 1, name: /Prestatieafspraken Vlietdam/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('heading', { level: 2, name: 'Hoofddocument' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Bijlage wonen en zorg' }).waitFor();
    expect(await page.getByRole('main').count()).toBe(1);
    // The logos of the cover, loaded from the public route.
    const logo = page.getByRole('img', { name: 'Logo Gemeente Vlietdam' });
    await logo.waitFor();
    await page.waitForFunction(
      `[...document.querySelectorAll('.publicatie-logos img')].every((i) => i.complete && i.naturalWidth > 0)`,
    );
    expect(await page.getByRole('img', { name: /^Logo / }).count()).toBe(4);
    expect(await page.getByRole('table').count()).toBeGreaterThan(0);
    expect(await paginaBreedte(page)).toBeLessThanOrEqual(390);
    expect(await toegankelijkheid(page, 'publicatie-telefoon')).toEqual([]);
    await schermafdruk(page, 'publicatie-telefoon');
    await schermafdruk(page, 'publicatie-telefoon-boven', true);
    await page
      .getByRole('heading', { level: 3, name: 'Ondertekening' })
      .first()
      .scrollIntoViewIfNeeded();
    await schermafdruk(page, 'publicatie-telefoon-ondertekening', true);
    const doelen = page.getByRole('region', { name: /^Streefwaarden bij afspraak/ }).first();
    await doelen.scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollBy(0, 200)');
    await schermafdruk(page, 'publicatie-telefoon-streefwaarden', true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Open data (JSON)' }).click(),
    ]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(json).toMatchObject({ slug, titel: expect.stringMatching(/Vlietdam/) });
    expect(JSON.stringify(json)).not.toContain('@demo.driehoek.nl');
    const docx = await page.request.get(`${t.baseUrl}/publicatie/${slug}/overeenkomst.docx`);
    expect(docx.status()).toBe(200);
    // CI has LibreOffice, so the publication carries its PDF/A.
    const pdfLink = page.getByRole('link', { name: 'Ondertekende overeenkomst (PDF/A)' });
    const pdf = await page.request.get(`${t.baseUrl}${await pdfLink.getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    await page.goto(`${t.baseUrl}/publicaties`);
    await page.getByRole('link', { name: /Prestatieafspraken Vlietdam/ }).waitFor();
    expect(await toegankelijkheid(page, 'publicaties-telefoon')).toEqual([]);
    await schermafdruk(page, 'publicaties-telefoon');
    expect(fouten).toEqual([]);
    await context.close();
  });

  it('after the gemeente withdraws it with a reason, the public page says it is gone', async () => {
    const p = gemeente.page;
    await p.getByRole('button', { name: 'Publicatie intrekken' }).click();
    const dialoog = p.getByRole('dialog', { name: 'Publicatie intrekken' });
    await dialoog.getByLabel('Reden van intrekken').fill('Verkeerde bijlage gepubliceerd');
    await dialoog.getByRole('button', { name: 'Intrekken' }).click();
    await p.getByText('Ingetrokken op').waitFor();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/publicatie/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Publicatie niet gevonden' }).waitFor();
    await context.close();
  });
});
