import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { gqlOkAls } from '../support/als';
import { wachtTot } from '../support/collab-clients';
import {
  DEMO_WACHTWOORD,
  inloggen,
  openAfspraakPaneel,
  openOnderdeel,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
} from './browser';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Issue 15, point 8 in the browser: in the side panel a verwijzing to the woonzorgvisie gets an
 * uploaded PDF instead of a web address, is saved, and the PDF downloads from it.
 */
describe('verwijzing naar een geüpload document', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('uploadt een document bij een verwijzing, kiest het en downloadt het', async () => {
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    const page = gemeente.page;
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await openOnderdeel(page);
    await openAfspraakPaneel(page);
    const paneel = page.locator('.afspraak-paneel');
    await paneel.getByRole('button', { name: 'Verwijzing toevoegen' }).click();
    const nummer = await paneel
      .getByRole('button', { name: /^Verwijzing \d+ verwijderen$/ })
      .count();
    await paneel.getByLabel(`Titel van verwijzing ${nummer}`).fill('Woonzorgvisie Vlietdam 2026');
    await paneel.getByLabel(`Document uploaden voor verwijzing ${nummer}`).setInputFiles({
      name: 'woonzorgvisie-2026.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await paneel
      .getByRole('button', { name: 'woonzorgvisie-2026.pdf downloaden' })
      .first()
      .waitFor();
    expect(
      await paneel
        .getByLabel(`Document van verwijzing ${nummer}`)
        .locator('option:checked')
        .textContent(),
    ).toBe('woonzorgvisie-2026.pdf (1 kB)');
    await schermafdruk(page, '70-verwijzing-document');
    expect(await toegankelijkheid(page, '70-verwijzing-document')).toEqual([]);
    await paneel.getByRole('button', { name: 'Gegevens opslaan' }).click();
    // Saved: the server's text of the verwijzing names the document.
    const token = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    await wachtTot('de verwijzing met het document is opgeslagen', async () => {
      const { afspraken } = await gqlOkAls(
        t,
        token,
        `{ afspraken(take: 100) { items { verwijzingen { tekst } } } }`,
      );
      return (
        afspraken.items.some((a: { verwijzingen: { tekst: string }[] }) =>
          a.verwijzingen.some(
            (v) =>
              v.tekst ===
              'Woonzorgvisie: Woonzorgvisie Vlietdam 2026 (document: woonzorgvisie-2026.pdf)',
          ),
        ) || null
      );
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      paneel.getByRole('button', { name: 'woonzorgvisie-2026.pdf downloaden' }).first().click(),
    ]);
    expect(sha(readFileSync(await download.path()))).toBe(sha(PDF));
    expect(gemeente.fouten).toEqual([]);
    await gemeente.context.close();
  });
});
