import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gqlOkAls, sqlRijen } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  DEMO_WACHTWOORD,
  inloggen,
  openAfspraakPaneel,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
  openOnderdeel,
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
  let onderdeelId = '';

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
    onderdeelId = hoofddocument.id;
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
    // Matched by the words it adds: the gemeente's item shows them too, as context around its own.
    const eigenInvoeging = paneel.locator('.suggestie-item', {
      has: corporatie.page.locator('ins', { hasText: 'Met voorrang voor starters.' }),
    });
    await eigenInvoeging.waitFor();
    await paneel.locator('.suggestie-item del', { hasText: 'De' }).waitFor();
    // Three letters say little on their own: the item shows where they are in the text.
    await paneel
      .locator('.suggestie-item', { has: corporatie.page.locator('del', { hasText: 'De' }) })
      .locator('.suggestie-context', { hasText: 'cyclus van overleg' })
      .waitFor();
    // Only the author may take one back: the corporatie has two buttons, not three.
    expect(await paneel.getByRole('button', { name: 'Intrekken' }).count()).toBe(2);
    expect(await toegankelijkheid(corporatie.page, 'suggesties-corporatie')).toEqual([]);

    // The corporatie withdraws its insertion: gone from the text and the list in both windows.
    await eigenInvoeging.getByRole('button', { name: 'Intrekken' }).click();
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

  /** The huurders' standpunt on an afspraak: given, and still on the text as it is (not stale). */
  async function standpuntHuurders(afspraakId: string): Promise<string> {
    const token = await t.login('huurders@demo.driehoek.nl', DEMO_WACHTWOORD);
    const { standpunten } = await gqlOkAls<{
      standpunten: {
        rijen: {
          afspraakId: string;
          cellen: {
            partij: { naam: string };
            standpunt: { oordeel: string; verouderd: boolean } | null;
          }[];
        }[];
      };
    }>(
      t,
      token,
      `query($id: ID!) { standpunten(onderdeelId: $id) { rijen { afspraakId
         cellen { partij { naam } standpunt { oordeel verouderd } } } } }`,
      { id: onderdeelId },
    );
    const cel = standpunten.rijen
      .find((r) => r.afspraakId === afspraakId)!
      .cellen.find((c) => c.partij.naam === 'Huurdersvereniging De Vliet')!;
    if (!cel.standpunt) return 'geen';
    return cel.standpunt.verouderd ? 'verouderd' : cel.standpunt.oordeel;
  }

  it('iedereen aanvaardt: de akkoorden op de oude tekst vervallen met een melding; een afgewezen suggestie verdwijnt overal', async () => {
    const huurders = await inloggen(browser, t.baseUrl, 'huurders@demo.driehoek.nl', {
      width: 390,
      height: 844,
    });
    await openOnderdeel(huurders.page);
    // The other two start afresh on the onderdeel's page.
    for (const page of [corporatie.page, gemeente.page]) {
      await page.reload();
      await page.locator('[data-afspraak-id] .afspraak-tekst').first().waitFor();
      await page.locator('.verbinding[data-status="online"]').waitFor();
    }

    // Afspraak 1.2: the huurders agree with the text as it is.
    const kaart = (page: Page, nummer: string) =>
      page.locator('[data-afspraak-id]', {
        has: page.locator('.nummer', { hasText: new RegExp(`^${nummer.replace('.', '\\.')}$`) }),
      });
    const afspraakId = (await kaart(gemeente.page, '1.2').getAttribute('data-afspraak-id'))!;
    const huurdersToken = await t.login('huurders@demo.driehoek.nl', DEMO_WACHTWOORD);
    await gqlOkAls(
      t,
      huurdersToken,
      `mutation($id: ID!) { neemStandpunt(input: { afspraakId: $id, oordeel: AKKOORD }) { id } }`,
      { id: afspraakId },
    );
    expect(await standpuntHuurders(afspraakId)).toBe('AKKOORD');

    // The corporatie suggests a sentence in 1.2.
    await kaart(corporatie.page, '1.2').locator('.afspraak-tekst').click();
    await corporatie.page.keyboard.press('Control+End');
    await corporatie.page.keyboard.type(' Elk jaar een overzicht per wijk.');

    // The gemeente opens 1.2: the server knows the suggestion, and who still has to accept it.
    await openAfspraakPaneel(gemeente.page, '1.2');
    const item = gemeente.page.locator('.suggestie-item', {
      hasText: 'Elk jaar een overzicht per wijk.',
    });
    await item.getByText(/Wacht op:/).waitFor();
    const suggestieId = (await item.getAttribute('data-suggestie'))!;
    // Pending, it leaves the huurders' akkoord on the accepted text as it was.
    expect(await standpuntHuurders(afspraakId)).toBe('AKKOORD');
    await foto(gemeente.page, '04-gemeente-paneel-suggestie');

    // The huurders accept on a phone.
    await openAfspraakPaneel(huurders.page, '1.2');
    const huurdersItem = huurders.page.locator('.suggestie-item', {
      hasText: 'Elk jaar een overzicht per wijk.',
    });
    await huurdersItem.getByRole('button', { name: 'Aanvaarden' }).click();
    await huurders.page.getByText('de suggestie wacht nog op anderen').waitFor();
    await foto(huurders.page, '05-huurders-telefoon-aanvaard');
    const breedte = await huurders.page.evaluate<number>('document.documentElement.scrollWidth');
    expect(breedte).toBeLessThanOrEqual(390);

    // The two other partijen accept through the API; the gemeente is the last one.
    for (const email of ['corporatie2@demo.driehoek.nl', 'huurders2@demo.driehoek.nl'])
      await gqlOkAls(
        t,
        await t.login(email, DEMO_WACHTWOORD),
        `mutation($a: ID!, $s: ID!) { beoordeelSuggesties(input: { afspraakId: $a,
           beoordeling: AANVAARD, suggestieIds: [$s] }) { suggesties { id } } }`,
        { a: afspraakId, s: suggestieId },
      );
    await item.getByRole('button', { name: 'Aanvaarden' }).click();
    await gemeente.page
      .getByText(
        /Het akkoord van Huurdersvereniging De Vliet op deze afspraak is daardoor vervallen/,
      )
      .waitFor();
    // The text now holds the sentence without marks; the huurders' akkoord is stale, and they
    // are told so live.
    await kaart(huurders.page, '1.2')
      .locator('.afspraak-tekst', { hasText: 'Elk jaar een overzicht per wijk.' })
      .waitFor();
    expect(await kaart(huurders.page, '1.2').locator('.suggestie').count()).toBe(0);
    await huurders.page
      .locator('.vervallen-melding', { hasText: 'Huurdersvereniging De Vliet' })
      .waitFor();
    expect(await standpuntHuurders(afspraakId)).toBe('verouderd');
    // Their own "still waiting" note went with the suggestion.
    await huurders.page
      .getByText('de suggestie wacht nog op anderen')
      .waitFor({ state: 'detached' });
    await foto(huurders.page, '06-huurders-akkoord-vervallen');
    await foto(gemeente.page, '07-gemeente-aanvaard');

    // Undo does not reach behind an acceptance: once the author's window has it, Ctrl+Z in 1.2
    // takes nothing away (the server would refuse a change to accepted words and close the
    // connection; the suggestion below would then never arrive).
    await kaart(corporatie.page, '1.2')
      .locator('.suggestie')
      .first()
      .waitFor({ state: 'detached' });
    await kaart(corporatie.page, '1.2').locator('.afspraak-tekst').click();
    await corporatie.page.keyboard.press('Control+z');

    // A suggestion the gemeente rejects disappears in every window.
    await kaart(corporatie.page, '1.3').locator('.afspraak-tekst').click();
    await corporatie.page.keyboard.press('Control+End');
    await corporatie.page.keyboard.type(' Liever 300 woningen.');
    await openAfspraakPaneel(gemeente.page, '1.3');
    const afwijzen = gemeente.page.locator('.suggestie-item', { hasText: 'Liever 300 woningen.' });
    await afwijzen.getByText(/Wacht op:/).waitFor();
    expect(await corporatie.page.locator('.verbinding').getAttribute('data-status')).toBe('online');
    expect(await kaart(gemeente.page, '1.2').locator('.afspraak-tekst').textContent()).toContain(
      'Elk jaar een overzicht per wijk.',
    );
    await afwijzen.getByLabel('Reden van afwijzing').fill('Past niet in de begroting.');
    await afwijzen.getByRole('button', { name: 'Afwijzen' }).click();
    for (const venster of [gemeente, corporatie, huurders])
      await kaart(venster.page, '1.3')
        .locator('.afspraak-tekst', { hasText: 'Liever 300 woningen.' })
        .waitFor({ state: 'detached' });
    await foto(corporatie.page, '08-corporatie-afgewezen');
    expect(huurders.fouten).toEqual([]);
    expect(gemeente.fouten).toEqual([]);
  });

  it('dubbelklikken en meteen typen: het woord wordt geschrapt, het nieuwe staat er in één stuk achter', async () => {
    // Typed at once, with no pause, as someone who knows the word to replace: the first letter
    // must not land where the cursor was before the double click.
    const tekst = corporatie.page.locator('[data-afspraak-id] .afspraak-tekst').nth(3);
    await tekst.scrollIntoViewIfNeeded();
    const vierde = `document.querySelectorAll('[data-afspraak-id] .afspraak-tekst')[3]`;
    const woord = await corporatie.page.evaluate<string>(
      `(() => { const w = ${vierde}.textContent.match(/[A-Za-z]{6,}/g) ?? [];
         return w[1] ?? w[0] ?? ''; })()`,
    );
    expect(woord).not.toBe('');
    await tekst.click();
    await corporatie.page.keyboard.press('Control+End');
    // The middle of the word on screen, for the double click.
    const plek = await corporatie.page.evaluate<{ x: number; y: number } | null>(
      `(() => { const loper = document.createTreeWalker(${vierde}, NodeFilter.SHOW_TEXT);
         for (let n = loper.nextNode(); n; n = loper.nextNode()) {
           const i = n.textContent.search(/\\b${woord}\\b/);
           if (i < 0) continue;
           const bereik = document.createRange();
           bereik.setStart(n, i);
           bereik.setEnd(n, i + ${woord.length});
           const r = bereik.getBoundingClientRect();
           return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
         }
         return null; })()`,
    );
    expect(plek).not.toBeNull();
    await corporatie.page.mouse.dblclick(plek!.x, plek!.y);
    await corporatie.page.keyboard.type('vervangen');
    const invoeging = tekst.locator('.suggestie-insertion', { hasText: 'vervangen' });
    await invoeging.first().waitFor();
    expect(await invoeging.first().textContent()).toBe('vervangen');
    expect(await tekst.locator('.suggestie-deletion', { hasText: woord }).count()).toBe(1);
    const inhoud = await corporatie.page.evaluate<string>(
      `(() => { const e = ${vierde}.cloneNode(true);
         e.querySelectorAll('.collaboration-cursor__caret').forEach((c) => c.remove());
         return e.textContent; })()`,
    );
    expect(inhoud).toContain(`${woord}vervangen`);
    expect(corporatie.fouten).toEqual([]);
  });

  it('opstellen: een directe wijziging die een akkoord laat vervallen vraagt eerst, en kan een suggestie worden', async () => {
    // The bijlage in drafting, with Zorggroep Vlietzicht's akkoord on its first afspraak (the
    // standpunt opens the negotiation; put back to drafting as a draft with akkoorden would be).
    const token = await t.login('zorg@demo.driehoek.nl', DEMO_WACHTWOORD);
    const { overeenkomsten } = await gqlOkAls<{
      overeenkomsten: {
        items: {
          titel: string;
          onderdelen: { id: string; titel: string; afspraken: { id: string; nummer: string }[] }[];
        }[];
      };
    }>(
      t,
      token,
      `{ overeenkomsten { items { titel onderdelen { id titel afspraken { id nummer } } } } }`,
    );
    const bijlage = overeenkomsten.items
      .find((o) => o.titel.includes('Vlietdam'))!
      .onderdelen.find((o) => o.titel.startsWith('Bijlage'))!;
    const eerste = bijlage.afspraken[0]!;
    await gqlOkAls(
      t,
      token,
      `mutation($id: ID!) { neemStandpunt(input: { afspraakId: $id, oordeel: AKKOORD }) { id } }`,
      { id: eerste.id },
    );
    await sqlRijen(t.app, `update onderdeel set fase = 'OPSTELLEN' where id = ?`, [bijlage.id]);

    const regie = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    const { page } = regie;
    await page
      .getByRole('link', { name: /Bijlage/ })
      .first()
      .click();
    const tekst = page.locator(`[data-afspraak-id="${eerste.id}"] .afspraak-tekst`);
    await tekst.waitFor();
    await page.locator('.verbinding[data-status="online"]').waitFor();
    await page
      .locator(`[data-afspraak-id="${eerste.id}"] .akkoord-teller`, { hasText: /^1\// })
      .waitFor();

    await tekst.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    const dialoog = page.getByRole('dialog', { name: '1 partij gaf akkoord op deze tekst' });
    await dialoog.waitFor();
    await dialoog.getByText('Zorggroep Vlietzicht').waitFor();
    await foto(page, '09-akkoord-waarschuwing');
    await dialoog.getByRole('button', { name: 'Als suggestie voorstellen' }).click();
    await page.keyboard.type('Zo blijft het.');
    await tekst.locator('.suggestie-insertion', { hasText: /^ Zo blijft het\.$/ }).waitFor();
    expect(await tekst.locator('.suggestie-insertion').getAttribute('title')).toMatch(
      /Gemeente Vlietdam/,
    );
    await foto(page, '10-opstellen-als-suggestie');
    // The akkoord holds: the accepted text did not change.
    const { standpunten } = await gqlOkAls<{
      standpunten: {
        rijen: {
          afspraakId: string;
          akkoord: boolean;
          cellen: { standpunt: { verouderd: boolean } | null }[];
        }[];
      };
    }>(
      t,
      token,
      `query($id: ID!) { standpunten(onderdeelId: $id) { rijen { afspraakId akkoord cellen { standpunt { verouderd } } } } }`,
      { id: bijlage.id },
    );
    const rij = standpunten.rijen.find((r) => r.afspraakId === eerste.id)!;
    expect(rij.cellen.filter((c) => c.standpunt && !c.standpunt.verouderd)).toHaveLength(1);
    expect(regie.fouten).toEqual([]);
  });
});
