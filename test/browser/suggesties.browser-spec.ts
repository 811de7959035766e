import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gqlOkAls, sqlRijen } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  DEMO_WACHTWOORD,
  inloggen,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
} from './browser';

/** Screenshots to look at by hand, beside the artefacts of the run. */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/editor-shots';
mkdirSync(SHOTS, { recursive: true });

async function foto(page: Page, naam: string): Promise<void> {
  await schermafdruk(page, naam);
  await page.screenshot({ path: join(SHOTS, `${naam}.png`), fullPage: false });
}

/**
 * Suggestion mode in the co-editor: in the negotiation the corporatie's edit of an afspraak's
 * text is a suggestion, which the gemeente sees in the corporatie's colour with its name; no one
 * but its author can change it, and an edit next to it is the editor's own suggestion.
 */
describe('suggesties in de co-editor', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: Venster;
  let corporatie: Venster;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    // The negotiation of the hoofddocument is open (the phase mutation is the regie's).
    const token = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    const { overeenkomsten } = await gqlOkAls<{
      overeenkomsten: { items: { titel: string; onderdelen: { id: string; titel: string }[] }[] };
    }>(t, token, `{ overeenkomsten { items { titel onderdelen { id titel } } } }`);
    const hoofddocument = overeenkomsten.items
      .find((o) => o.titel.includes('Vlietdam'))!
      .onderdelen.find((o) => o.titel.startsWith('Hoofddocument'))!;
    const open = await t.gqlAs(
      token,
      `mutation($id: ID!) { openOnderhandeling(onderdeelId: $id) { fase } }`,
      {
        id: hoofddocument.id,
      },
    );
    if (open.errors?.length)
      await sqlRijen(t.app, `update onderdeel set fase = 'ONDERHANDELEN' where id = ?`, [
        hoofddocument.id,
      ]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openOnderdeel(page: Page): Promise<void> {
    await page
      .getByRole('link', { name: /Hoofddocument/ })
      .first()
      .click();
    await page.locator('[data-afspraak-id] .afspraak-tekst').first().waitFor();
    await page.locator('.verbinding[data-status="online"]').waitFor();
  }
  const eersteTekst = (page: Page) => page.locator('[data-afspraak-id] .afspraak-tekst').first();
  // The text without the cursor labels of the others inside it.
  const tekstVan = (page: Page) =>
    page.evaluate<string>(
      `(() => { const e = document.querySelector('[data-afspraak-id] .afspraak-tekst').cloneNode(true);
         e.querySelectorAll('.collaboration-cursor__caret').forEach((c) => c.remove());
         return e.textContent; })()`,
    );

  it('de corporatie stelt voor, de gemeente ziet het gekleurd en met naam; andermans suggestie blijft heel', async () => {
    [gemeente, corporatie] = await Promise.all([
      inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl'),
      inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl'),
    ]);
    await Promise.all([openOnderdeel(gemeente.page), openOnderdeel(corporatie.page)]);

    // The corporatie adds a sentence at the end: an insertion in its own window...
    await eersteTekst(corporatie.page).click();
    await corporatie.page.keyboard.press('Control+End');
    await corporatie.page.keyboard.type(' Met voorrang voor starters.');
    const invoegingBij = (page: Page) =>
      eersteTekst(page).locator('.suggestie-insertion', { hasText: 'Met voorrang voor starters.' });
    await invoegingBij(corporatie.page).first().waitFor();

    // ...and in the gemeente's: coloured, underlined, and named on hover.
    const bijGemeente = invoegingBij(gemeente.page).first();
    await bijGemeente.waitFor();
    const titel = await bijGemeente.getAttribute('title');
    expect(titel).toMatch(/^Ingevoegd door .*Woonstichting De Vliet/);
    const kleur = await gemeente.page.evaluate<string>(
      `getComputedStyle(document.querySelector('[data-afspraak-id] .suggestie-insertion')).color`,
    );
    expect(kleur).not.toBe('rgb(0, 0, 0)');
    expect(await eersteTekst(gemeente.page).locator('ins').count()).toBeGreaterThan(0);

    // A deletion: struck through, the words stay in the text until accepted.
    await corporatie.page.keyboard.press('Control+Home');
    await corporatie.page.keyboard.press('Shift+ArrowRight');
    await corporatie.page.keyboard.press('Shift+ArrowRight');
    await corporatie.page.keyboard.press('Shift+ArrowRight');
    await corporatie.page.keyboard.press('Delete');
    const schrapping = eersteTekst(gemeente.page).locator('.suggestie-deletion').first();
    await schrapping.waitFor({ timeout: 8000 }).catch(async (e: unknown) => {
      await foto(corporatie.page, 'x-debug-corporatie');
      await foto(gemeente.page, 'x-debug-gemeente');
      throw e;
    });
    expect(await schrapping.getAttribute('title')).toMatch(/^Geschrapt door .*Woonstichting/);
    await foto(gemeente.page, '01-gemeente-ziet-suggestie');

    // The gemeente cannot take away the corporatie's words: refused, with the reason.
    const tekstVoor = await tekstVan(corporatie.page);
    await invoegingBij(gemeente.page).first().click();
    await gemeente.page.keyboard.press('Backspace');
    await gemeente.page
      .getByRole('alert')
      .filter({
        hasText:
          'Dit is een suggestie van Woonstichting De Vliet; alleen de indiener kan die wijzigen.',
      })
      .waitFor();
    expect(await tekstVan(corporatie.page)).toBe(tekstVoor);
    await foto(gemeente.page, '02-gemeente-geweigerd');

    // Typing right after it is the gemeente's own suggestion, in its own colour.
    await eersteTekst(gemeente.page).click();
    await gemeente.page.keyboard.press('Control+End');
    await gemeente.page.keyboard.type(' En voor ouderen.');
    const vanGemeente = eersteTekst(corporatie.page).locator('.suggestie-insertion', {
      hasText: 'En voor ouderen.',
    });
    await vanGemeente.first().waitFor();
    expect(await vanGemeente.first().getAttribute('title')).toMatch(/Gemeente Vlietdam/);
    const kleuren = await corporatie.page.evaluate<string[]>(
      `[...new Set([...document.querySelector('[data-afspraak-id] .afspraak-tekst')
         .querySelectorAll('.suggestie-insertion')].map((e) => getComputedStyle(e).color))]`,
    );
    expect(kleuren).toHaveLength(2);
    // The corporatie's suggestion is still whole.
    expect(await invoegingBij(corporatie.page).first().getAttribute('title')).toMatch(
      /Woonstichting De Vliet/,
    );
    await foto(corporatie.page, '03-corporatie-ziet-beide');

    // The afspraak's card counts them, its panel lists them with who and which words.
    const kaart = corporatie.page.locator('[data-afspraak-id]').first();
    await kaart.getByTestId('open-suggesties').filter({ hasText: '3 suggesties' }).waitFor();
    const paneel = corporatie.page.locator('.suggesties');
    await paneel.locator('.suggestie-item', { hasText: 'Met voorrang voor starters.' }).waitFor();
    await paneel.locator('.suggestie-item del', { hasText: 'De' }).waitFor();
    // Only the author may take one back: the corporatie has two buttons, not three.
    expect(await paneel.getByRole('button', { name: 'Intrekken' }).count()).toBe(2);
    expect(await toegankelijkheid(corporatie.page, 'suggesties-corporatie')).toEqual([]);

    // The corporatie withdraws its insertion: gone from the text and the list in both windows.
    await paneel
      .locator('.suggestie-item', { hasText: 'Met voorrang voor starters.' })
      .getByRole('button', { name: 'Intrekken' })
      .click();
    await invoegingBij(gemeente.page)
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(async (e: unknown) => {
        await foto(corporatie.page, 'x-debug-intrekken-corporatie');
        await foto(gemeente.page, 'x-debug-intrekken-gemeente');
        throw e;
      });
    await gemeente.page
      .locator('[data-afspraak-id]')
      .first()
      .getByTestId('open-suggesties')
      .filter({ hasText: '2 suggesties' })
      .waitFor();
    expect(await tekstVan(gemeente.page)).not.toContain('Met voorrang voor starters.');
    expect(gemeente.fouten).toEqual([]);
    expect(corporatie.fouten).toEqual([]);
  });
});
