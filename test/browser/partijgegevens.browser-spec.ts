import type { Browser } from 'playwright-core';
import { sqlRij } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  inloggen,
  paginaBreedte,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
} from './browser';

/**
 * Issue 18, point 1: a corporatie's beheerder keeps the formal data the agreement's Partijen
 * section and signature page print, on a phone: a wrong KvK-nummer is refused in Dutch next to
 * the form, the right one is stored.
 */
describe('de gegevens van een partij voor de overeenkomst', () => {
  let t: TestApp;
  let browser: Browser;
  let venster: Venster;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    venster = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl', {
      width: 390,
      height: 844,
    });
  });
  afterAll(async () => {
    await venster?.context.close();
    await browser?.close();
    await t?.close();
  });

  it('the beheerder corrects the representative; a KvK-nummer of four digits is refused', async () => {
    const { page } = venster;
    await page.goto(`${t.baseUrl}/leden`);
    const formulier = page.getByRole('form', { name: 'Gegevens voor de overeenkomst' }).first();
    await formulier.waitFor();
    const kvk = formulier.getByLabel('KvK-nummer (8 cijfers)');
    await kvk.fill('1234');
    await formulier.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await formulier.getByText(/KvK-nummer van 8 cijfers/).waitFor();
    await schermafdruk(page, 'partijgegevens-fout-telefoon');

    await kvk.fill('41150987');
    await formulier.getByLabel('Vertegenwoordigd door').fill('mr. A.B. (Anouk) de Wit');
    await formulier.getByLabel('Functie').fill('directeur-bestuurder');
    await formulier.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await formulier.getByText(/opgeslagen/i).waitFor();
    await schermafdruk(page, 'partijgegevens-telefoon');

    const rij = await sqlRij<{ kvk_nummer: string; vertegenwoordiger: string }>(
      t.app,
      `select kvk_nummer, vertegenwoordiger from partij where naam = 'Woonstichting De Vliet'`,
    );
    expect(rij).toEqual({ kvk_nummer: '41150987', vertegenwoordiger: 'mr. A.B. (Anouk) de Wit' });
    expect(await toegankelijkheid(page, 'partijgegevens-telefoon')).toEqual([]);
    expect(await paginaBreedte(page)).toBeLessThanOrEqual(390);
    expect(venster.fouten).toEqual([]);
  });
});
