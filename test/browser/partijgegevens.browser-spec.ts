import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { demoLogo } from '../../src/demo/demo-logo';
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
 * the form, the right one is stored. The logo beside it is replaced by a new one; a GIF is
 * refused.
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

  it('the beheerder replaces the logo on a phone; a GIF is refused in Dutch', async () => {
    const { page } = venster;
    const formulier = page.getByRole('form', { name: 'Logo' }).first();
    await formulier.getByRole('img', { name: 'Logo Woonstichting De Vliet' }).waitFor();
    const kiezen = formulier.getByLabel('Ander logo kiezen');
    expect(await kiezen.getAttribute('accept')).toBe('image/png,image/jpeg');

    await kiezen.setInputFiles({
      name: 'logo.gif',
      mimeType: 'image/gif',
      buffer: Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64, 1)]),
    });
    await formulier.getByRole('button', { name: 'Logo uploaden' }).click();
    await formulier.getByText(/geen PNG- of JPEG-afbeelding/).waitFor();

    const nieuw = demoLogo('daken', [196, 70, 30], 300, 100);
    await kiezen.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: nieuw });
    await formulier.getByRole('button', { name: 'Logo uploaden' }).click();
    await formulier.getByText('Logo opgeslagen.').waitFor();
    // The preview shows the new file once the page has read it back.
    await formulier
      .locator(
        `img[alt="Logo Woonstichting De Vliet"][src="data:image/png;base64,${nieuw.toString('base64')}"]`,
      )
      .waitFor();
    await formulier.scrollIntoViewIfNeeded();
    await schermafdruk(page, 'partijlogo-telefoon', true);

    const rij = await sqlRij<{ sha256: string }>(
      t.app,
      `select l.sha256 from partij_logo l join partij p on p.id = l.partij_id where p.naam = 'Woonstichting De Vliet'`,
    );
    expect(rij.sha256).toBe(createHash('sha256').update(nieuw).digest('hex'));
    expect(await toegankelijkheid(page, 'partijlogo-telefoon')).toEqual([]);
    expect(await paginaBreedte(page)).toBeLessThanOrEqual(390);
    expect(venster.fouten).toEqual([]);
  });
});
