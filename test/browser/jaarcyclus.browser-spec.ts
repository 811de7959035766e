import type { Browser, Page } from 'playwright-core';
import { Klok } from '../../src/common/klok';
import { startTestApp, type TestApp } from '../support/test-app';
import { inloggen, schermafdruk, startBrowser, toegankelijkheid, type Venster } from './browser';

/**
 * The jaarcyclus in the browser: a woningcorporatie hands in its bod on the coming jaarschijf
 * (activities with their type's details and a proposed indicator), and the bod is listed.
 */
describe('jaarcyclus: bod', () => {
  let t: TestApp;
  let browser: Browser;
  let corporatie: Venster;

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

  async function openJaarcyclus(page: Page) {
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    await page.getByRole('link', { name: 'Jaarcyclus' }).last().click();
    await page.getByRole('heading', { name: 'Boden van de corporaties' }).waitFor();
  }

  it('de gemeente ziet geen bodformulier', async () => {
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    await openJaarcyclus(gemeente.page);
    await gemeente.page.getByText('Nog geen bod ingediend.').waitFor();
    expect(await gemeente.page.getByRole('form', { name: 'Bod indienen' }).count()).toBe(0);
    await gemeente.context.close();
  });

  it('een corporatie dient een bod in op 2027 en ziet het met zijn activiteiten', async () => {
    // May 2026: before the bod's day for 2027, which is still a concept in the demo.
    t.app.get(Klok).zet(new Date('2026-05-15T10:00:00+02:00'));
    corporatie = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl');
    const { page } = corporatie;
    await openJaarcyclus(page);
    const form = page.getByRole('form', { name: 'Bod indienen' });
    await form.waitFor();
    expect(await form.getByLabel('Jaarschijf').inputValue()).not.toBe('');
    expect(await form.getByLabel('Jaarschijf').locator('option').allTextContents()).toContain(
      '2027',
    );
    await form.getByLabel('Jaarschijf').selectOption({ label: '2027' });
    await form
      .getByLabel(/^Toelichting/)
      .fill('Wij zetten in op geclusterd wonen voor ouderen en op verduurzaming.');

    const a1 = form.getByRole('group', { name: 'Voorgestelde activiteit 1' });
    await a1.getByLabel('Titel').fill('Vijftig geclusterde woningen voor ouderen');
    await a1.getByLabel('Type').selectOption('HANDELING');
    await a1.getByLabel('Volwassenheid').selectOption({ index: 1 });
    await a1.getByLabel('Activiteit (wat)').fill('Bouw van 50 geclusterde woningen');
    await a1.getByLabel('Wanneer').fill('Oplevering Q4 2027');
    await a1.getByLabel(/^Concretisering/).fill('Eerste paal in het voorjaar.');

    await form.getByRole('button', { name: '+ Activiteit toevoegen' }).click();
    const a2 = form.getByRole('group', { name: 'Voorgestelde activiteit 2' });
    await a2.getByLabel('Titel').fill('Isolatie van portiekflats');
    // Keyboard: choose the type with the arrow keys.
    await a2.getByLabel('Type').selectOption('INTENTIE');
    await a2.getByLabel('Als …').fill('de subsidie wordt toegekend');
    await a2.getByLabel('… dan').fill('isoleren wij 200 portiekflats');

    await form.getByRole('button', { name: '+ Indicator toevoegen' }).click();
    const i1 = form.getByRole('group', { name: 'Voorgestelde indicator 1' });
    await i1.getByLabel('Naam').fill('Opgeleverde geclusterde woningen');
    await i1.getByLabel(/^Eenheid/).fill('woningen');
    await i1.getByLabel('Soort').selectOption('BANDBREEDTE');
    await i1.getByLabel('Minimum').fill('40');
    await i1.getByLabel('Maximum').fill('50');
    await controleer(page, '40-bod-formulier');

    await form.getByRole('button', { name: 'Bod indienen' }).click();
    const bod = page.getByRole('article', { name: /^Bod Woonstichting De Vliet voor 2027/ });
    await bod.waitFor();
    await bod.getByText('Vijftig geclusterde woningen voor ouderen').waitFor();
    await bod.getByText('Isolatie van portiekflats').waitFor();
    await bod.getByText('Opgeleverde geclusterde woningen: 40 – 50 woningen').waitFor();
    await bod.getByText('op tijd').waitFor();
    // One bod per corporatie and year: 2027 is no longer offered.
    await totGeen2027(page);
    await controleer(page, '41-bod-ingediend');
    expect(corporatie.fouten).toEqual([]);
  });

  async function totGeen2027(page: Page) {
    const form = page.getByRole('form', { name: 'Bod indienen' });
    for (let i = 0; i < 50; i++) {
      if ((await form.count()) === 0) return;
      const jaren = await form.getByLabel('Jaarschijf').locator('option').allTextContents();
      if (!jaren.includes('2027')) return;
      await page.waitForTimeout(100);
    }
    throw new Error('2027 wordt nog aangeboden voor een bod');
  }
});
