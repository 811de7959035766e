import type { Browser, Page } from 'playwright-core';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  DEMO_WACHTWOORD,
  focusOp,
  inloggen,
  openOnderdeel,
  openOvereenkomst,
  schermafdruk,
  startBrowser,
  tabNaar,
  totDat,
  type Venster,
} from './browser';

const DRIEHOEK = [
  'gemeente@demo.driehoek.nl',
  'corporatie@demo.driehoek.nl',
  'corporatie2@demo.driehoek.nl',
  'huurders@demo.driehoek.nl',
  'huurders2@demo.driehoek.nl',
] as const;

/**
 * WCAG 2.1 AA beyond axe (issue 17, point 12): the main flow with the keyboard only — log in
 * (a wrong password first), take a standpunt, anchor a comment to text selected with the keyboard,
 * and sign (after the gemeente froze by keyboard) — checking after each step where the focus is,
 * the page titles, the announcements of who comes and goes, and the cursor labels.
 */
describe('alleen met het toetsenbord', () => {
  let t: TestApp;
  let browser: Browser;
  let huurders: Page;
  const vensters: Venster[] = [];
  const tokens: Record<string, string> = {};
  let hoofd: { id: string; afspraken: { id: string }[] };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    for (const email of DRIEHOEK) tokens[email] = await t.login(email, DEMO_WACHTWOORD);
    const demo = await gqlOkAls(
      t,
      tokens[DRIEHOEK[0]]!,
      `{ overeenkomsten { items { titel onderdelen { id soort afspraken { id } } } } }`,
    );
    hoofd = demo.overeenkomsten.items
      .find((o: { titel: string }) => o.titel.includes('Vlietdam'))
      .onderdelen.find((o: { soort: string }) => o.soort === 'HOOFDDOCUMENT');
  });
  afterAll(async () => {
    for (const v of vensters) expect(v.fouten).toEqual([]);
    await browser?.close();
    await t?.close();
  });

  const focusIs = (page: Page, klopt: (f: Awaited<ReturnType<typeof focusOp>>) => boolean) =>
    totDat(() => focusOp(page), klopt);

  it('inloggen: na een verkeerd wachtwoord blijft de focus op het veld; daarna de kop van de lijst', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    huurders = await context.newPage();
    const fouten: string[] = [];
    huurders.on('pageerror', (e) => fouten.push(e.message));
    vensters.push({ context, page: huurders, fouten });
    await huurders.goto(t.baseUrl);
    await huurders.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect(await huurders.title()).toBe('Inloggen – Driehoek');
    await tabNaar(huurders, huurders.getByLabel('E-mailadres'));
    await huurders.keyboard.type('huurders@demo.driehoek.nl');
    await huurders.keyboard.press('Tab');
    await huurders.keyboard.type('niet-mijn-wachtwoord');
    await huurders.keyboard.press('Enter');
    await huurders.getByRole('alert').waitFor();
    await focusIs(huurders, (f) => f.id === 'wachtwoord');
    // The wrong password is selected: typing replaces it.
    await huurders.keyboard.type(DEMO_WACHTWOORD);
    await huurders.keyboard.press('Enter');
    await huurders.getByRole('heading', { name: 'Mijn overeenkomsten' }).waitFor();
    await focusIs(huurders, (f) => f.tag === 'H1' && f.tekst === 'Mijn overeenkomsten');
    expect(await huurders.title()).toBe('Mijn overeenkomsten – Driehoek');
  });

  it('een standpunt en een opmerking bij met het toetsenbord geselecteerde tekst', async () => {
    const page = huurders;
    await tabNaar(page, page.getByRole('link', { name: /Prestatieafspraken Vlietdam/ }).first());
    await page.keyboard.press('Enter');
    // A new screen: its heading has the focus and it is announced; the page has its own title.
    await focusIs(page, (f) => f.tag === 'H1' && /Prestatieafspraken Vlietdam/.test(f.tekst));
    await totDat(
      () => page.textContent('#aankondiging'),
      (s) => /^Overzicht – Prestatieafspraken Vlietdam.* geopend$/.test(s ?? ''),
    );
    expect(await page.title()).toMatch(/^Overzicht – Prestatieafspraken Vlietdam.* – Driehoek$/);
    await tabNaar(page, page.getByRole('link', { name: /Hoofddocument/ }).first());
    await page.keyboard.press('Enter');
    await page.locator('.verbinding[data-status="online"]').waitFor();
    await focusIs(page, (f) => f.tag === 'H1' && f.tekst === 'Hoofddocument');
    expect(await page.title()).toMatch(/^Hoofddocument – Prestatieafspraken Vlietdam/);

    // Into the first afspraak's text; select its last words with Ctrl+Shift+←.
    const tekst = page.locator('[data-afspraak-id] .afspraak-tekst').first();
    await tabNaar(page, tekst);
    await page.keyboard.press('End');
    // The last words (a word and its full stop count as two steps).
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowLeft');
    const woord = (await page.evaluate<string>('getSelection().toString()')).trim();
    expect(woord.length).toBeGreaterThan(3);

    // The next Tab stop is the panel of THIS afspraak; it opens with the focus on its heading.
    await page.keyboard.press('Tab');
    const knop = await focusOp(page);
    expect(knop.tekst).toMatch(/^Standpunt, opmerkingen en details van afspraak 1\.1$/);
    await page.keyboard.press('Enter');
    await focusIs(page, (f) => f.id === 'zijpaneel-kop' && f.tekst === 'Afspraak 1.1');

    const paneel = page.locator('#zijpaneel');
    await tabNaar(page, paneel.getByRole('radio', { name: 'Akkoord', exact: true }));
    await page.keyboard.press('Space');
    await tabNaar(page, paneel.getByRole('button', { name: 'Standpunt opslaan' }));
    await page.keyboard.press('Enter');
    await paneel.getByText('Opgeslagen.').waitFor();
    await focusIs(page, (f) => f.tekst === 'Standpunt opslaan');

    // The selection made in the text is still the comment's anchor.
    const veld = paneel.getByLabel('Nieuwe opmerking');
    const stappen = await tabNaar(page, veld, 200);
    await paneel.getByText('Bij de geselecteerde tekst:').waitFor();
    expect(await paneel.locator('.opmerking-formulier q').textContent()).toContain(woord);
    await page.keyboard.type('Wat verstaan we hieronder?');
    await tabNaar(page, paneel.getByRole('button', { name: 'Opmerking plaatsen' }));
    await page.keyboard.press('Enter');
    await paneel.locator('.opmerking blockquote.citaat', { hasText: woord }).waitFor();
    await paneel.getByText('Uw opmerking is geplaatst.').waitFor();
    await focusIs(page, (f) => f.tag === 'TEXTAREA');
    await schermafdruk(page, '50-toetsenbord-opmerking');

    // From a fresh page load, the skip links reach the panel in a few key presses.
    await page.reload();
    await page.locator('.verbinding[data-status="online"]').waitFor();
    const sprongen = await tabNaar(page, page.getByRole('button', { name: /^Naar het zijpaneel/ }));
    expect(sprongen).toBeLessThanOrEqual(10);
    await page.keyboard.press('Enter');
    await focusIs(page, (f) => f.id === 'zijpaneel-kop');
    console.log(
      `Tab-stappen: ${sprongen} tot het zijpaneel, ${stappen} van standpunt tot opmerking`,
    );
  });

  it('aanwezigheid wordt gemeld; cursorlabels horen niet bij de tekst', async () => {
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    vensters.push(gemeente);
    await openOvereenkomst(gemeente.page);
    await openOnderdeel(gemeente.page);
    await totDat(
      () => huurders.textContent('#aankondiging'),
      (s) => /nu aanwezig/.test(s ?? ''),
    );
    await gemeente.page.locator('[data-afspraak-id] .afspraak-tekst').first().click();
    const label = huurders.locator('.collaboration-cursor__caret').first();
    await label.waitFor();
    expect(await label.getAttribute('aria-hidden')).toBe('true');
  });

  it('bevriezen door de gemeente en ondertekenen door de huurders, met het toetsenbord', async () => {
    for (const email of DRIEHOEK)
      for (const afspraak of hoofd.afspraken)
        await gqlOkAls(
          t,
          tokens[email]!,
          `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id } }`,
          { input: { afspraakId: afspraak.id, oordeel: 'AKKOORD' } },
        );
    const g = vensters[1]!.page;
    await tabNaar(g, g.getByRole('button', { name: /^Naar het zijpaneel/ }), 200);
    await g.keyboard.press('Enter');
    await tabNaar(g, g.getByRole('tab', { selected: true }));
    for (let i = 0; i < 3; i++) await g.keyboard.press('ArrowRight');
    await g.getByRole('tab', { name: 'Versies en ondertekening', selected: true }).waitFor();
    await tabNaar(g, g.getByRole('button', { name: 'Ter ondertekening voorleggen' }));
    await g.keyboard.press('Enter');
    const dialoog = g.getByRole('dialog', { name: 'Ter ondertekening voorleggen' });
    await tabNaar(g, dialoog.getByRole('button', { name: 'Bevriezen en voorleggen' }));
    await g.keyboard.press('Enter');
    await g.getByText('Bevroren: de nieuwe versie ligt ter ondertekening.').waitFor();
    await focusIs(g, (f) => f.tekst === 'Bevroren: de nieuwe versie ligt ter ondertekening.');

    const page = huurders;
    await tabNaar(page, page.getByRole('tab', { selected: true }));
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const teken = page.getByRole('button', {
      name: 'Ondertekenen namens Huurdersvereniging De Vliet',
    });
    await teken.waitFor();
    await tabNaar(page, teken);
    await page.keyboard.press('Enter');
    const tekenDialoog = page.getByRole('dialog', { name: /^Ondertekenen namens/ });
    await tabNaar(page, tekenDialoog.getByLabel('Uw functie'));
    await page.keyboard.type('voorzitter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('verkeerd-wachtwoord');
    await page.keyboard.press('Enter');
    await tekenDialoog.getByRole('alert').waitFor();
    await focusIs(page, (f) => f.id === 'teken-ww');
    await page.keyboard.type(DEMO_WACHTWOORD);
    await page.keyboard.press('Enter');
    await page.getByText('Uw handtekening is vastgelegd.').waitFor();
    await focusIs(page, (f) => f.tekst === 'Uw handtekening is vastgelegd.');
    await schermafdruk(page, '51-toetsenbord-getekend');
  });
});
