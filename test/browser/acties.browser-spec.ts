import type { Browser, Page } from 'playwright-core';
import { Klok } from '../../src/common/klok';
import { sqlRijen } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import { inloggen, schermafdruk, startBrowser, toegankelijkheid } from './browser';

/**
 * Actions only when they can succeed (issue 17, point 6): the verantwoording, evaluatie and
 * jaarcyclus screens offer a step only when the server's rule allows it now, and otherwise say
 * why and from when; the stoplicht is a group of choices in colour with words.
 */
describe('acties alleen als ze kunnen', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
  });
  afterAll(async () => {
    t?.app.get(Klok).zet(null);
    await browser?.close();
    await t?.close();
  });

  async function controleer(page: Page, naam: string) {
    await schermafdruk(page, naam);
    expect(await toegankelijkheid(page, naam)).toEqual([]);
  }

  async function openTab(page: Page, tab: string) {
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    await page.getByRole('link', { name: tab, exact: true }).last().click();
  }

  it('in december 2026 biedt het scherm verantwoorden over 2027 niet aan, maar zegt vanaf wanneer', async () => {
    t.app.get(Klok).zet(new Date('2026-12-06T10:00:00+01:00'));
    const corporatie = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl');
    const page = corporatie.page;
    await openTab(page, 'Verantwoording');
    await page.getByLabel('Jaar').selectOption('2027');
    await page.getByText('Verantwoorden over 2027 kan vanaf 1 januari 2028').waitFor();
    expect(await page.getByRole('button', { name: /^Verantwoorden/ }).count()).toBe(0);
    await controleer(page, 'acties-verantwoording-te-vroeg');
    expect(corporatie.fouten).toEqual([]);
    await corporatie.context.close();
  });

  it('evalueren en bevestigen van 2027 worden niet aangeboden in 2026, met de reden', async () => {
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    const page = gemeente.page;
    await openTab(page, 'Evaluatie');
    await page.getByLabel('Jaar').selectOption('2027');
    await page.getByText('Evalueren van 2027 kan vanaf 1 januari 2028').waitFor();
    await page.getByText('De evaluatie van 2027 kan worden bevestigd vanaf 1 juni 2028').waitFor();
    expect(await page.getByRole('button', { name: /^Evalueren/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /bevestigen namens/ }).count()).toBe(0);
    await controleer(page, 'acties-evaluatie-te-vroeg');

    // The jaarschijven on the overview: only steps that would succeed, else why not.
    await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
    await page.getByRole('heading', { name: 'Jaarschijven' }).waitFor();
    const rij2028 = page.getByRole('row', { name: /^2028/ });
    await rij2028.waitFor();
    expect(await page.getByRole('button', { name: /Naar in uitvoering/ }).count()).toBe(0);
    await controleer(page, 'acties-jaarschijven');
    await gemeente.context.close();
  });

  it('in juni 2028 evalueert de driehoek 2027 met een stoplicht als keuze in kleur en woord', async () => {
    // 2027 carried out and accounted for (set directly: the steps are tested elsewhere).
    await sqlRijen(
      t.app,
      `update jaarschijf set status = 'VERANTWOORDING' where jaar = 2027 and overeenkomst_id in
         (select id from overeenkomst where titel like 'Prestatieafspraken Vlietdam%')`,
    );
    t.app.get(Klok).zet(new Date('2028-05-08T10:00:00+02:00'));
    const corporatie = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl');
    await openTab(corporatie.page, 'Verantwoording');
    await corporatie.page.getByLabel('Jaar').selectOption('2027');
    await corporatie.page
      .getByRole('button', { name: /^Verantwoorden/ })
      .first()
      .waitFor();
    // Afspraken another partij leads are not offered to this corporatie, and it says so.
    await corporatie.page
      .getByText(/^Alleen de trekker \(/)
      .first()
      .waitFor();
    await controleer(corporatie.page, 'acties-verantwoording-mei');
    await corporatie.context.close();

    t.app.get(Klok).zet(new Date('2028-06-05T10:00:00+02:00'));
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    const page = gemeente.page;
    await openTab(page, 'Evaluatie');
    await page.getByLabel('Jaar').selectOption('2027');
    // Not all afspraken judged yet: confirming is not offered, and the screen says why.
    await page.getByText(/^Nog niet geëvalueerd: \d+ afspraken/).waitFor();
    expect(await page.getByRole('button', { name: /bevestigen namens/ }).count()).toBe(0);
    await page
      .getByRole('button', { name: /^Evalueren/ })
      .first()
      .click();
    const groep = page.getByRole('group', { name: 'Stoplicht' });
    expect(await groep.getByRole('radio').count()).toBe(3);
    const oranje = groep.getByRole('radio', { name: 'Oranje (deels)' });
    await oranje.check();
    expect(await oranje.isChecked()).toBe(true);
    await groep.getByText('Oranje (deels)').waitFor();
    expect(
      await page.locator('.stoplicht-keuze.gekozen').evaluate((e) => e.textContent?.trim()),
    ).toBe('Oranje (deels)');
    await controleer(page, 'acties-evaluatie-stoplicht');
    expect(gemeente.fouten).toEqual([]);
    await gemeente.context.close();
  });
});
