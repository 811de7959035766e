import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  focusOp,
  inloggen,
  openAfspraakPaneel,
  openOnderdeel,
  openOvereenkomst,
  paginaBreedte,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
} from './browser';

const TELEFOON = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

/** What sticks out past the right edge: the widest elements, to say why a screen does not reflow. */
function uitstekers(page: Page, breedte: number): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const w = ${breedte} + 1;
    // Inside a box that scrolls or clips by itself, sticking out is that box's business.
    const eigenRegio = (e) => {
      for (let o = e.parentElement; o && o !== document.body; o = o.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(o).overflowX)
            && o.getBoundingClientRect().right <= w) return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      // Its box, or its text running out of it.
      .filter((e) => e.getClientRects().length && Math.max(e.getBoundingClientRect().right,
        e.getBoundingClientRect().left + e.scrollWidth) > w)
      .filter((e) => !e.closest('.sr-only, .overslaan') && !eigenRegio(e))
      .slice(0, 6)
      .map((e) => e.tagName + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 30)
        + '" ' + Math.round(e.getBoundingClientRect().right));
  })()`);
}

/** Screens that do not reflow, with what sticks out; asserted empty at the end of each test. */
let teBreed: string[] = [];

/** Reflow (SC 1.4.10): the screen fits its width, nothing scrolls sideways but a table's own region. */
async function pastIn(page: Page, breedte: number, naam: string): Promise<void> {
  // A sheet covers the screen: what the screen shows, not the page under it.
  // What the phone shows (a sheet covers the page); the full page of a phone is too long to read.
  await schermafdruk(page, naam, true);
  const gemeten = await paginaBreedte(page);
  if (gemeten > breedte)
    teBreed.push(`${naam}: ${gemeten} px; ${(await uitstekers(page, breedte)).join(', ')}`);
}

/**
 * Every screen size (issue 17, point 3 and SC 1.4.10): a huurders volunteer on a 390 px phone
 * takes a standpunt and signs from a sheet opened at the afspraak, not 14 screens down; the
 * standpunten matrix at 390, 768 and 1280 px; and every screen reflows at 320 px.
 */
describe('elke schermbreedte', () => {
  let t: TestApp;
  let browser: Browser;
  const vensters: Venster[] = [];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
  });
  beforeEach(() => {
    teBreed = [];
  });
  afterEach(() => {
    expect(teBreed).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('390 px: het zijpaneel is een blad bij de afspraak; standpunt en ondertekening binnen twee tikken', async () => {
    const huurders = await inloggen(browser, t.baseUrl, 'huurders@demo.driehoek.nl', TELEFOON);
    vensters.push(huurders);
    const { page } = huurders;
    await pastIn(page, TELEFOON.width, '30-telefoon-overzicht');
    await openOvereenkomst(page);
    await pastIn(page, TELEFOON.width, '31-telefoon-overeenkomst');
    await openOnderdeel(page);
    // No panel under the afspraken: the page is the text, with a button at each afspraak.
    expect(await page.locator('#zijpaneel').isVisible()).toBe(false);
    await pastIn(page, TELEFOON.width, '32-telefoon-onderdeel');
    await schermafdruk(page, '32-telefoon-onderdeel-eerste-scherm', true);

    // Tap 1: the sheet of afspraak 1.1 with the standpunt at the top, in view without scrolling.
    await openAfspraakPaneel(page, '1.1');
    const blad = page.getByRole('dialog', { name: 'Afspraak 1.1' });
    await blad.waitFor();
    const akkoord = blad.getByRole('radio', { name: 'Akkoord', exact: true });
    const plek = await akkoord.boundingBox();
    expect(plek!.y + plek!.height).toBeLessThan(TELEFOON.height);
    await schermafdruk(page, '33-telefoon-blad-afspraak', true);
    expect(await toegankelijkheid(page, '33-telefoon-blad-afspraak')).toEqual([]);
    await akkoord.check();
    await blad.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await blad.getByText('Opgeslagen.').waitFor();

    // The matrix in the sheet: a card per afspraak, the volunteer's own partij first.
    await blad.getByRole('tab', { name: 'Standpunten' }).click();
    const kaart = blad.locator('.matrix-kaart').first();
    await kaart.waitFor();
    expect(await kaart.locator('.matrix-partij').first().textContent()).toBe(
      'Huurdersvereniging De Vliet (u)',
    );
    await pastIn(page, TELEFOON.width, '34-telefoon-blad-standpunten');

    // Tap 2 (after tap 1 at any afspraak): signing.
    await blad.getByRole('tab', { name: 'Versies en ondertekening' }).click();
    await blad.locator('.versies').waitFor();
    await pastIn(page, TELEFOON.width, '35-telefoon-blad-versies');

    // Closing returns to the afspraak it was opened from.
    await blad.getByRole('button', { name: 'Terug naar afspraak 1.1' }).click();
    await blad.waitFor({ state: 'hidden' });
    expect((await focusOp(page)).tekst).toBe('Standpunt, opmerkingen en details van afspraak 1.1');
    expect(huurders.fouten).toEqual([]);
  });

  it('de matrix van de bijlage (negen partijen) bij 390, 768 en 1280 px', async () => {
    const huurders = vensters[0]!;
    const { page } = huurders;
    await page.goto(t.baseUrl);
    await openOvereenkomst(page);
    await openOnderdeel(page, /Bijlage wonen en zorg/);
    for (const [naam, maat] of [
      ['telefoon', TELEFOON],
      ['tablet', TABLET],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      await page.setViewportSize(maat);
      await openAfspraakPaneel(page);
      await page.getByRole('tab', { name: 'Standpunten' }).click();
      await page.locator('.matrix-kaart, .matrix-tabel').first().waitFor();
      const kaarten = await page.locator('.matrix-kaart').count();
      if (naam === 'telefoon') expect(kaarten).toBeGreaterThan(0);
      else {
        // The table: the afspraak column stays put, the own partij's column comes first.
        expect(kaarten).toBe(0);
        const koppen = await page.locator('.matrix-tabel thead th').allTextContents();
        expect(koppen.slice(0, 2)).toEqual(['Afspraak', 'Huurdersvereniging De Vliet (u)']);
        expect(
          await page
            .locator('.matrix-tabel tbody th')
            .first()
            .evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).position),
        ).toBe('sticky');
      }
      await pastIn(page, maat.width, `36-matrix-bijlage-${naam}`);
      if (naam !== 'desktop') {
        await page.getByRole('button', { name: /^Terug naar afspraak/ }).click();
      }
    }
    expect(huurders.fouten).toEqual([]);
  });

  it('elk scherm past op 320 px (reflow)', async () => {
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl', {
      width: 320,
      height: 640,
    });
    vensters.push(gemeente);
    const { page } = gemeente;
    await pastIn(page, 320, '40-reflow-overeenkomsten');
    await openOvereenkomst(page);
    for (const tab of [
      'Overzicht',
      'Jaarcyclus',
      'Verantwoording',
      'Evaluatie',
      'Indicatoren',
      'Geld',
      'Uitnodigingen',
    ]) {
      await page
        .getByRole('navigation', { name: 'Onderdelen van de overeenkomst' })
        .getByRole('link', { name: tab, exact: true })
        .click();
      await page.locator('.laden').first().waitFor({ state: 'detached' });
      await pastIn(page, 320, `41-reflow-overeenkomst-${tab.toLowerCase()}`);
    }
    await page
      .getByRole('navigation', { name: 'Onderdelen van de overeenkomst' })
      .getByRole('link', { name: 'Overzicht', exact: true })
      .click();
    await openOnderdeel(page);
    await pastIn(page, 320, '42-reflow-onderdeel');
    await openAfspraakPaneel(page);
    for (const tab of ['Afspraak', 'Standpunten', 'Voorstellen', 'Versies en ondertekening']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('#zijpaneel .laden').first().waitFor({ state: 'detached' });
      await pastIn(page, 320, `43-reflow-paneel-${tab.split(' ')[0]!.toLowerCase()}`);
    }
    await page.getByRole('button', { name: /^Terug naar afspraak/ }).click();
    for (const [link, kop, naam] of [
      ['Jaarcyclus', 'Jaarcyclus', 'jaarcyclus'],
      ['Regio', 'Regionaal overzicht', 'regio'],
      ['Leden', 'Leden beheren', 'leden'],
    ] as const) {
      // On a phone the main menu may fold away; the links are there either way.
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: link })
        .click();
      await page.getByRole('heading', { level: 1, name: kop }).waitFor();
      await page.locator('.laden').first().waitFor({ state: 'detached' });
      await pastIn(page, 320, `44-reflow-${naam}`);
    }
    // The meldingen page (from the bell) and the accessibility statement (in every footer).
    await page.getByRole('button', { name: /^Meldingen:/ }).click();
    await page.getByRole('link', { name: 'Alle meldingen en e-mailinstellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await pastIn(page, 320, '44-reflow-meldingen');
    await page.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await pastIn(page, 320, '44-reflow-toegankelijkheid');
    // The login page, after logging out.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    await pastIn(page, 320, '45-reflow-inloggen');
    expect(gemeente.fouten).toEqual([]);
  });
});
