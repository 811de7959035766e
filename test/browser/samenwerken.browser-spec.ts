import type { Browser, Page } from 'playwright-core';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  DEMO_WACHTWOORD,
  inloggen,
  openAfspraakPaneel,
  openOnderdeel,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  totDat,
  type Venster,
} from './browser';

/**
 * Writing together in the co-editor: two people in two browser contexts type into the same
 * afspraak and see each other's text and cursor; who may not write gets a read-only editor;
 * standpunten, comments and proposals reach the other side live.
 */
describe('samenwerken in de co-editor', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: Venster;
  let corporatie: Venster;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // The first afspraak (in the hoofddocument the preamble comes before it).
  const eersteTekst = (page: Page) => page.locator('[data-afspraak-id] .afspraak-tekst').first();

  it('gemeente en corporatie typen in dezelfde afspraak en zien elkaars tekst en cursor', async () => {
    [gemeente, corporatie] = await Promise.all([
      inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl'),
      inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl'),
    ]);
    await Promise.all([
      openOnderdeel(gemeente.page, /Hoofddocument/),
      openOnderdeel(corporatie.page, /Hoofddocument/),
    ]);

    // The preamble is the regie's: editable for the gemeente, read-only for the corporatie.
    const preambule = (page: Page) => page.locator('.preambule-blok .afspraak-tekst');
    expect(await preambule(gemeente.page).getAttribute('contenteditable')).toBe('true');
    expect(await preambule(corporatie.page).getAttribute('contenteditable')).toBe('false');

    // Each sees the other as present.
    await gemeente.page
      .locator('.aanwezig .persoon', { hasText: 'Woonstichting De Vliet' })
      .waitFor();
    await corporatie.page.locator('.aanwezig .persoon', { hasText: 'Gemeente Vlietdam' }).waitFor();

    await eersteTekst(gemeente.page).click();
    await gemeente.page.keyboard.press('Control+End');
    await gemeente.page.keyboard.type(' De gemeente schrijft mee.');
    await corporatie.page.getByText('De gemeente schrijft mee.').waitFor();

    await eersteTekst(corporatie.page).click();
    await corporatie.page.keyboard.press('Control+End');
    await corporatie.page.keyboard.type(' De corporatie vult aan.');
    await gemeente.page.getByText('De corporatie vult aan.').waitFor();

    // Both texts are in both editors, in the same order.
    // The text without the cursor labels inside it.
    const bij = (page: Page) =>
      page.evaluate<string>(
        `(() => { const e = document.querySelector('[data-afspraak-id] .afspraak-tekst').cloneNode(true);
           e.querySelectorAll('.collaboration-cursor__caret').forEach((c) => c.remove());
           return e.textContent; })()`,
      );
    expect(await bij(gemeente.page)).toContain('De gemeente schrijft mee. De corporatie vult aan.');
    expect(await bij(corporatie.page)).toBe(await bij(gemeente.page));

    // The cursor of the other, with person and partij.
    await gemeente.page
      .locator('.collaboration-cursor__label', { hasText: 'Woonstichting De Vliet' })
      .waitFor();
    await eersteTekst(gemeente.page).click();
    await corporatie.page
      .locator('.collaboration-cursor__label', { hasText: 'Gemeente Vlietdam' })
      .waitFor();
    await schermafdruk(gemeente.page, '20-co-editor-cursor-gemeente');
    await schermafdruk(corporatie.page, '21-co-editor-cursor-corporatie');
    expect(await toegankelijkheid(corporatie.page, '21-co-editor-cursor-corporatie')).toEqual([]);

    // The server stored it: GraphQL reads the materialised text.
    const id = await gemeente.page
      .locator('[data-afspraak-id]')
      .first()
      .getAttribute('data-afspraak-id');
    await totDat(
      async () =>
        (
          await gqlOkAls<{ afspraak: { tekst: string } }>(
            t,
            await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD),
            `query($id: ID!) { afspraak(id: $id) { tekst } }`,
            { id },
          )
        ).afspraak.tekst,
      (tekst) => tekst.includes('De corporatie vult aan.'),
    );
  });

  it('offline: wijzigingen wachten en komen aan zodra de verbinding terug is', async () => {
    const { page, context } = corporatie;
    await context.setOffline(true);
    await page.locator('.verbinding[data-status="offline"]').waitFor();
    await eersteTekst(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Offline geschreven.');
    await page.getByText('Offline – wijzigingen in wachtrij').waitFor();
    await schermafdruk(page, '22-co-editor-offline');
    // The server drops the corporatie's presence when its connection closes, after anything it
    // had sent: once the gemeente sees it go, nothing written offline can still be underway.
    await gemeente.page
      .locator('.aanwezig .persoon', { hasText: 'Woonstichting De Vliet' })
      .waitFor({ state: 'detached' });
    expect(await eersteTekst(gemeente.page).textContent()).not.toContain('Offline geschreven.');
    await context.setOffline(false);
    await page.locator('.verbinding[data-status="online"]').waitFor();
    await gemeente.page.getByText('Offline geschreven.').waitFor();
  });

  it('een standpunt, een opmerking bij geselecteerde tekst en een voorstel komen live aan', async () => {
    const afspraakId = await gemeente.page
      .locator('[data-afspraak-id]')
      .first()
      .getAttribute('data-afspraak-id');
    await gemeente.page.getByRole('tab', { name: 'Standpunten' }).click();
    const cel = gemeente.page.locator(
      `td[data-partij="Woonstichting De Vliet"][data-afspraak="${afspraakId}"]`,
    );
    await cel.waitFor();
    expect(await cel.textContent()).not.toContain('Niet akkoord');

    // The corporatie disagrees, with a reason.
    const p = corporatie.page;
    await openAfspraakPaneel(p, '1.1');
    await p.getByRole('radio', { name: 'Niet akkoord' }).check();
    await p.getByLabel('Toelichting (verplicht)').fill('Eerst de financiering rond.');
    await p.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await p.getByText('Opgeslagen.').first().waitFor();

    // The gemeente sees it without reloading.
    await cel.filter({ hasText: 'Niet akkoord' }).waitFor({ timeout: 10_000 });
    await schermafdruk(gemeente.page, '23-standpunten-live');

    // A comment on a selected word.
    await eersteTekst(p).locator('p').first().dblclick();
    await p.getByText('Bij de geselecteerde tekst:').waitFor();
    await p.getByLabel('Nieuwe opmerking').fill('Wat bedoelen we hier precies?');
    await p.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await p.locator('.opmerking blockquote.citaat').first().waitFor();

    await gemeente.page.getByRole('tab', { name: 'Afspraak' }).click();
    // In the panel (at this width the margin beside the text shows it too).
    await gemeente.page
      .locator('.opmerkingen')
      .getByText('Wat bedoelen we hier precies?')
      .waitFor();
    await gemeente.page.locator('.opmerking blockquote.citaat').first().waitFor();

    // A proposal with its word diff, judged by the gemeente.
    await p.getByRole('heading', { name: 'Wijziging voorstellen' }).click();
    const tekst = p.getByLabel('Voorgestelde tekst');
    await tekst.fill(`${await tekst.inputValue()} Met jaarlijkse rapportage.`);
    await p.getByLabel('Motivering').fill('Zo blijft het controleerbaar.');
    await p.getByRole('button', { name: 'Voorstel indienen' }).click();
    await p.getByText(/Ingediend/).waitFor();

    await gemeente.page.getByRole('tab', { name: 'Voorstellen' }).click();
    await gemeente.page.locator('.verschil ins', { hasText: 'rapportage' }).waitFor();
    await schermafdruk(gemeente.page, '24-voorstel-verschil');
    expect(await toegankelijkheid(gemeente.page, '24-voorstel-verschil')).toEqual([]);
    await gemeente.page.getByRole('button', { name: 'Aanvaarden' }).click();
    await gemeente.page.getByText(/Gemeente Vlietdam: aanvaard/).waitFor();
    expect([...gemeente.fouten, ...corporatie.fouten]).toEqual([]);
  });

  it('een nieuwe afspraak verschijnt bij beide partijen', async () => {
    const p = corporatie.page;
    await p.getByRole('button', { name: '+ Nieuwe afspraak', exact: true }).click();
    const dialoog = p.getByRole('dialog');
    await dialoog.waitFor();
    await dialoog.getByLabel('Titel', { exact: true }).fill('Samen een buurtkamer openen');
    await dialoog.getByLabel('Activiteit (wat)').fill('Buurtkamer inrichten');
    await dialoog.getByLabel('Wanneer').fill('Q3 2027');
    await dialoog
      .getByLabel(/^Tekst/)
      .fill('De corporatie richt in de Vliethof een buurtkamer in.');
    expect(await toegankelijkheid(p, '26-nieuwe-afspraak')).toEqual([]);
    await dialoog.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await p.getByRole('heading', { name: 'Samen een buurtkamer openen' }).first().waitFor();
    // The gemeente did nothing: the new fragment in the document brings it in.
    await gemeente.page
      .getByRole('heading', { name: 'Samen een buurtkamer openen' })
      .first()
      .waitFor({ timeout: 15_000 });
    await gemeente.page
      .getByText('De corporatie richt in de Vliethof een buurtkamer in.')
      .waitFor();
  });

  it('wie niet mag schrijven krijgt de editor alleen-lezen', async () => {
    // A lezer of the gemeente: everything live, nothing editable.
    const lezer = await inloggen(browser, t.baseUrl, 'gemeente-lezer@demo.driehoek.nl');
    await openOnderdeel(lezer.page, /Hoofddocument/);
    await lezer.page.getByTestId('alleen-lezen').waitFor();
    expect(await eersteTekst(lezer.page).getAttribute('contenteditable')).toBe('false');
    await lezer.page.getByText('De corporatie vult aan.').waitFor();
    await schermafdruk(lezer.page, '25-alleen-lezen-lezer');
    expect(await toegankelijkheid(lezer.page, '25-alleen-lezen-lezer')).toEqual([]);

    // A zorgpartij reads the hoofddocument but writes in the bijlage it co-signs.
    const zorg = await inloggen(browser, t.baseUrl, 'zorg@demo.driehoek.nl');
    await openOnderdeel(zorg.page, /Hoofddocument/);
    await zorg.page.getByTestId('alleen-lezen').waitFor();
    expect(await eersteTekst(zorg.page).getAttribute('contenteditable')).toBe('false');
    const voor = await eersteTekst(zorg.page).textContent();
    await eersteTekst(zorg.page).click();
    await zorg.page.keyboard.type('mag niet');
    expect(await eersteTekst(zorg.page).textContent()).toBe(voor);

    await zorg.page.getByRole('link', { name: 'Overeenkomsten' }).first().click();
    await openOnderdeel(zorg.page, /Bijlage wonen en zorg/);
    // Writable once the co-editor has told this connection so (read-only until then).
    await zorg.page
      .locator('[data-afspraak-id] .afspraak-tekst[contenteditable="true"]')
      .first()
      .waitFor();
    expect(await eersteTekst(zorg.page).getAttribute('contenteditable')).toBe('true');
    expect(await zorg.page.getByTestId('alleen-lezen').count()).toBe(0);
    await lezer.context.close();
    await zorg.context.close();
  });
});
