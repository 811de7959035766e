import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTEFACTEN,
  inloggen,
  openOnderdeel,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
} from './browser';

/**
 * Every main screen as the gemeente, at 1280×800 and at tablet width: it renders without
 * errors, passes axe-core (no serious or critical WCAG 2.1 AA violations), and a screenshot is
 * kept in test-artefacten/browser/.
 */
describe('schermen', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: Venster;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function controleer(page: Page, naam: string) {
    await schermafdruk(page, naam);
    expect(await toegankelijkheid(page, naam)).toEqual([]);
  }

  it('het inlogscherm, met een Nederlandse foutmelding bij een verkeerd wachtwoord', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(t.baseUrl);
    await page.getByRole('heading', { name: 'Driehoek' }).waitFor();
    await controleer(page, '01-inloggen');
    await page.getByLabel('E-mailadres').fill('gemeente@demo.driehoek.nl');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/onjuist|wachtwoord/i);
    await context.close();
  });

  it('overzicht, overeenkomst en haar tabbladen', async () => {
    gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    const { page } = gemeente;
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .waitFor();
    await controleer(page, '02-overeenkomsten');

    // Filters: a year outside the period leaves nothing, with an explanation.
    await page.getByLabel('Jaar').selectOption('2023');
    await page.getByText('Geen overeenkomsten met deze filters').waitFor();
    await page.getByLabel('Jaar').selectOption('');

    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    await page.getByRole('heading', { name: 'Partijen' }).waitFor();
    await controleer(page, '03-overeenkomst');

    await page.getByRole('link', { name: 'Jaarcyclus' }).last().click();
    await page.getByText('Kalender: bod vóór').waitFor();
    await controleer(page, '04-overeenkomst-jaarcyclus');

    await page.getByRole('link', { name: 'Verantwoording' }).click();
    await page.getByRole('heading', { name: 'Verantwoording' }).waitFor();
    await page.locator('.samenvatting, .fout').first().waitFor();
    await controleer(page, '05-verantwoording');

    await page.getByRole('link', { name: 'Indicatoren' }).click();
    await page.locator('.grafiek svg').waitFor();
    await controleer(page, '06-indicatoren');

    await page.getByRole('link', { name: 'Uitnodigingen' }).click();
    await page.getByRole('heading', { name: 'Openstaande uitnodigingen' }).waitFor();
    await controleer(page, '07-uitnodigingen');

    // Invite a new partij; the one-time link creates the account and shows the agreement.
    await page.getByLabel('Naam van de organisatie').fill('Cliëntenraad Vlietdam');
    await page.getByLabel('Soort').selectOption('CLIENTENORGANISATIE');
    await page.getByLabel('E-mailadres van de eerste beheerder').fill('raad@clientenraad.example');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = (await page.locator('.gelukt code').textContent()) ?? '';
    expect(link).toMatch(/\/uitnodiging\/.+/);
    await page.getByRole('cell', { name: 'raad@clientenraad.example' }).waitFor();

    const nieuw = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const welkom = await nieuw.newPage();
    await welkom.goto(link);
    await welkom.getByRole('heading', { name: 'Uitnodiging aanvaarden' }).waitFor();
    await welkom.getByLabel('Naam').fill('Jan de Raad');
    await welkom.getByLabel('Wachtwoord').fill('een-lang-wachtwoord-2026');
    await welkom.getByRole('button', { name: 'Aanvaarden en inloggen' }).click();
    await welkom
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .waitFor();
    await nieuw.close();
  });

  it('evaluatie met stoplichten en het evaluatierapport in Word', async () => {
    const { page } = gemeente;
    await page.getByRole('link', { name: 'Evaluatie' }).click();
    await page.getByRole('heading', { name: 'Evaluatie', level: 2 }).waitFor();
    await page.locator('.evaluatie-tabel tbody tr').first().waitFor();
    await controleer(page, '15-evaluatie');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Evaluatierapport (Word)' }).click(),
    ]);
    const pad = join(ARTEFACTEN, 'evaluatierapport.docx');
    await download.saveAs(pad);
    expect(Object.keys(unzipSync(readFileSync(pad)))).toContain('word/document.xml');
  });

  it('het regionale overzicht van de provincie', async () => {
    const provincie = await inloggen(browser, t.baseUrl, 'provincie@demo.driehoek.nl');
    const { page } = provincie;
    await page.getByRole('link', { name: 'Regio' }).click();
    await page.getByRole('heading', { name: 'Regionaal overzicht' }).waitFor();
    await page.locator('.regio-tabel tbody tr').first().waitFor();
    expect(await page.locator('.regio-tabel tbody tr').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('heading', { name: 'Gedeelde indicatoren' }).waitFor();
    await controleer(page, '16-regio');
    expect(provincie.fouten).toEqual([]);
    await provincie.context.close();
  });

  it('de co-editor met zijpaneel: afspraak, standpunten, voorstellen, versies', async () => {
    const { page } = gemeente;
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await openOnderdeel(page);
    await page.getByRole('heading', { name: 'Gegevens' }).waitFor();
    await controleer(page, '08-co-editor');
    // The side panel saves the afspraak's fields through updateAfspraak.
    await page.getByText(/^Doelgroepen \(/).click();
    await page.getByRole('checkbox', { name: 'Mantelzorgers' }).check();
    await page.getByLabel('Volwassenheid').selectOption('SMART');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByText(/^Doelgroepen \(\d+\)/).waitFor();
    await page.locator('.gegevens .gelukt, .gegevens [role="alert"]').first().waitFor();
    expect(await page.locator('.gegevens [role="alert"]').allTextContents()).toEqual([]);
    for (const [tab, naam] of [
      ['Standpunten', '09-standpunten'],
      ['Voorstellen', '10-voorstellen'],
      ['Versies en ondertekening', '11-versies'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      // Selected means its panel is rendered, with its loading message while the query runs.
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
      await page.locator('.laden').waitFor({ state: 'detached' });
      await controleer(page, naam);
    }
  });

  it('jaarcyclus en ledenbeheer', async () => {
    const { page } = gemeente;
    await page.getByRole('link', { name: 'Jaarcyclus' }).first().click();
    await page.getByRole('heading', { name: 'Jaarcyclus', level: 1 }).waitFor();
    await page.locator('.cyclus').first().waitFor();
    await controleer(page, '12-jaarcyclus');

    await page.getByRole('link', { name: 'Leden' }).click();
    await page.getByRole('heading', { name: 'Leden beheren' }).waitFor();
    await page.locator('.leden table').first().waitFor();
    await controleer(page, '13-leden');

    // Inviting a member returns the one-time link.
    await page.getByLabel('E-mailadres').first().fill('nieuwe.collega@vlietdam.example');
    await page.getByRole('button', { name: 'Uitnodigen' }).first().click();
    await page.getByText(/Stuur deze link/).waitFor();
  });

  it('werkt op tabletbreedte (768 px)', async () => {
    await gemeente.page.setViewportSize({ width: 768, height: 1024 });
    const { page } = gemeente;
    await page.getByRole('link', { name: 'Overeenkomsten' }).click();
    await openOnderdeel(page);
    await controleer(page, '14-co-editor-tablet');
    const breedte = await page.evaluate('document.documentElement.scrollWidth');
    expect(breedte).toBeLessThanOrEqual(768);
    expect(gemeente.fouten).toEqual([]);
  });
});
