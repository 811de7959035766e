import type { Browser, Page } from 'playwright-core';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import { join } from 'node:path';
import {
  ARTEFACTEN,
  DEMO_WACHTWOORD,
  inloggen,
  openOnderdeel,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
} from './browser';

/*
 * Targets per place in the side panel's streefwaarde editor (issue 15, point 2): the demo's
 * "110 nieuwe geclusterde wooneenheden op 4 locaties" has its four complexen; a target and a
 * horizon target are given for one of them, and the table of targets per place shows them, also
 * on a phone (390 px). A realisatie for one of them is entered on the Indicatoren tab.
 */
describe('streefwaarden per plaats', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: Venster;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const INDICATOR = 'Geclusterde wooneenheden voor ouderen';
  const tabel = (page: Page) =>
    page.locator('table.per-plaats').filter({ has: page.getByText(/^Streefwaarden per plaats/) });
  /** The text of one cell of the table of targets per place: by year (row) and place (column). */
  async function cel(page: Page, jaar: string, plaats: string): Promise<string> {
    const t = tabel(page).first();
    const koppen = await t.locator('thead th').allTextContents();
    const rij = t.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: jaar }) });
    return (await rij.locator('th, td').nth(koppen.indexOf(plaats)).textContent()) ?? '';
  }

  it('neemt een streefwaarde en een horizondoel per plaats op en toont ze per jaar en plaats', async () => {
    const { page } = gemeente;
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await openOnderdeel(page);
    const artikel = page.getByRole('article', {
      name: '110 nieuwe geclusterde wooneenheden op 4 locaties',
    });
    await artikel
      .getByRole('button', { name: /^Standpunt, opmerkingen en details van afspraak/ })
      .click();
    const paneel = page.locator('.afspraak-paneel');
    await paneel.getByRole('heading', { name: /110 nieuwe geclusterde/ }).waitFor();
    await paneel.getByText('Indicatoren en streefwaarden').click();

    // The demo's targets per complex, beside the whole afspraak's.
    await tabel(page).first().waitFor();
    expect(await cel(page, '2026', 'Molenhof')).toBe('30');
    expect(await cel(page, '2026', 'Hele afspraak')).toBe('216');
    expect(await cel(page, '2028', 'Vlietkade')).toBe('–');

    const sw = paneel.locator('.streefwaarden').filter({ hasText: INDICATOR });
    await sw.getByLabel('Streefwaarden voor').selectOption({ label: 'Vlietkade' });
    await sw.getByLabel(`Streefwaarde ${INDICATOR} 2028 Vlietkade`, { exact: true }).fill('12');
    await sw.getByRole('button', { name: `Opslaan ${INDICATOR} 2028 Vlietkade` }).click();
    await tabel(page)
      .first()
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: '2028', exact: true }) })
      .getByRole('cell', { name: '12', exact: true })
      .waitFor();
    expect(await cel(page, '2028', 'Vlietkade')).toBe('12');
    // The editor stays on the place chosen, with the stored value.
    expect(
      await sw.getByLabel(`Streefwaarde ${INDICATOR} 2028 Vlietkade`, { exact: true }).inputValue(),
    ).toBe('12');

    // A horizon target for this complex: a year after the periode.
    await sw.getByLabel('Nieuw horizondoel in jaar').fill('2031');
    await sw.getByLabel(`Soort streefwaarde ${INDICATOR} 2031 Vlietkade`).selectOption('MINIMAAL');
    await sw.getByLabel(`Ten minste ${INDICATOR} 2031 Vlietkade`).fill('40');
    await sw.getByRole('button', { name: `Opslaan ${INDICATOR} 2031 Vlietkade` }).click();
    await tabel(page).first().getByRole('rowheader', { name: '2031 (horizon)' }).waitFor();
    expect(await cel(page, '2031 (horizon)', 'Vlietkade')).toBe('ten minste 40');
    expect(await cel(page, '2031 (horizon)', 'Hele afspraak')).toBe('–');
    // The whole afspraak's own horizon target (2030 in the demo) is not this place's.
    await sw.getByLabel('Streefwaarden voor').selectOption({ label: 'hele afspraak' });
    await sw.getByLabel(`Ten minste ${INDICATOR} 2030`).waitFor();
    expect(await sw.getByLabel(`Ten minste ${INDICATOR} 2031`).count()).toBe(0);

    await schermafdruk(page, '60-streefwaarden-per-plaats');
    expect(await toegankelijkheid(page, '60-streefwaarden-per-plaats')).toEqual([]);
    expect(gemeente.fouten).toEqual([]);
  });

  it('past op een telefoon (390 px)', async () => {
    const { page } = gemeente;
    await page.setViewportSize({ width: 390, height: 844 });
    const sw = page
      .locator('.afspraak-paneel .streefwaarden')
      .filter({ hasText: INDICATOR })
      .first();
    await sw.scrollIntoViewIfNeeded();
    await sw.screenshot({
      path: join(ARTEFACTEN, '61-per-plaats-telefoon.png'),
    });
    // The editor fits (its rows wrap): every control and button lies within the screen; the
    // table per place scrolls sideways within its own box.
    for (const doos of await Promise.all(
      (await sw.locator('table:not(.per-plaats)').locator('select, input, button').all()).map((e) =>
        e.boundingBox(),
      ),
    )) {
      expect(doos!.x).toBeGreaterThanOrEqual(0);
      expect(doos!.x + doos!.width).toBeLessThanOrEqual(390);
    }
    const scroll = await page.evaluate(
      "getComputedStyle(document.querySelector('table.per-plaats').parentElement).overflowX",
    );
    expect(scroll).toBe('auto');
    expect(await toegankelijkheid(page, '61-per-plaats-telefoon')).toEqual([]);
    expect(gemeente.fouten).toEqual([]);
  });

  it('neemt een realisatie per plaats op in het tabblad Indicatoren', async () => {
    const { page } = gemeente;
    await page.setViewportSize({ width: 1280, height: 800 });
    // From the co-editor back to the overeenkomst, whose Indicatoren tab takes realisaties.
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Indicatoren' }).click();
    await page.getByRole('button', { name: new RegExp(`^${INDICATOR}`) }).click();
    await page.getByRole('heading', { name: INDICATOR }).waitFor();
    await page.getByLabel('Jaar', { exact: true }).selectOption('2027');
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: 'Vlietkade' });
    await page.getByLabel(/^Waarde/).fill('30');
    await page.getByLabel('Bron').fill('Bouwrapportage De Vliet');
    await page.getByRole('button', { name: 'Realisatie opslaan' }).click();
    await page.getByText(/^Realisatie opgeslagen/).waitFor();
    // The same year and place again is a correction of that figure, not a second one.
    await page.getByRole('button', { name: 'Realisatie corrigeren' }).waitFor();
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: 'hele overeenkomst' });
    await page.getByRole('button', { name: 'Realisatie opslaan' }).waitFor();

    const token = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    const { overeenkomsten } = await gqlOkAls(t, token, `{ overeenkomsten { items { id } } }`);
    const indicator = (
      await gqlOkAls(
        t,
        token,
        `query($id: ID!) { overeenkomst(id: $id) { indicatoren { naam
          realisaties { jaar } realisatiesPerLocatie { jaar waarde bron locatie { naam } } } } }`,
        { id: overeenkomsten.items[0].id },
      )
    ).overeenkomst.indicatoren.find((i: { naam: string }) => i.naam === INDICATOR);
    expect(indicator.realisatiesPerLocatie).toContainEqual({
      jaar: 2027,
      waarde: 30,
      bron: 'Bouwrapportage De Vliet',
      locatie: { naam: 'Vlietkade' },
    });
    expect(indicator.realisaties.map((r: { jaar: number }) => r.jaar)).not.toContain(2027);
    expect(await toegankelijkheid(page, '62-realisatie-per-plaats')).toEqual([]);
    expect(gemeente.fouten).toEqual([]);
  });
});
