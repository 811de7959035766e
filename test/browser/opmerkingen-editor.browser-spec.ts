import type { Browser, Page } from 'playwright-core';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import { join } from 'node:path';
import {
  ARTEFACTEN,
  DEMO_WACHTWOORD,
  inloggen,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
  openAfspraakPaneel,
  openOnderdeel,
} from './browser';

/**
 * Comments where the text is (highlighted passages, the margin at desktop width, counts on the
 * cards, messages that name who did what and lead there, none for one's own step) and an
 * editor people know (toolbar, outline, folded preamble), at 1280 and 390 px.
 */
describe('opmerkingen in de tekst en de editor', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: Venster;
  let corporatie: Venster;
  let onderdeelId = '';
  let afspraken: { id: string; nummer: string; titel: string; tekst: string }[] = [];

  const token = (email: string) => t.login(email, DEMO_WACHTWOORD);

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    const { overeenkomsten } = await gqlOkAls<{
      overeenkomsten: { items: { titel: string; onderdelen: { id: string; titel: string }[] }[] };
    }>(
      t,
      await token('gemeente@demo.driehoek.nl'),
      `{ overeenkomsten { items { titel onderdelen { id titel } } } }`,
    );
    onderdeelId = overeenkomsten.items
      .find((o) => o.titel.includes('Vlietdam'))!
      .onderdelen.find((o) => o.titel.startsWith('Hoofddocument'))!.id;
    ({
      onderdeel: { afspraken },
    } = await gqlOkAls<{ onderdeel: { afspraken: typeof afspraken } }>(
      t,
      await token('gemeente@demo.driehoek.nl'),
      `query($id: ID!) { onderdeel(id: $id) { afspraken { id nummer titel tekst } } }`,
      { id: onderdeelId },
    ));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const tekstVan = (page: Page, afspraakId: string) =>
    page.locator(`[data-afspraak-id="${afspraakId}"] .afspraak-tekst`);

  /** What the window shows now (not the whole page): to look at as the user sees it. */
  const zicht = (page: Page, naam: string) =>
    page.screenshot({ path: join(ARTEFACTEN, `${naam}.png`) });

  /** Waits for `gevolg`; a warning that the edit voids an akkoord is answered "Toch wijzigen". */
  async function ookBijAkkoord(page: Page, gevolg: ReturnType<Page['locator']>): Promise<void> {
    const toch = page.getByRole('button', { name: 'Toch wijzigen' });
    await Promise.race([gevolg.first().waitFor(), toch.waitFor()]);
    if (await toch.isVisible()) await toch.click();
    await gevolg.first().waitFor();
  }

  /** The controls (buttons, links, fields) lying under a message: there must be none. */
  const bedekteBediening = (page: Page) =>
    page.evaluate<string[]>(`(() => {
      const uit = [];
      for (const b of document.querySelectorAll('.live-bericht')) {
        const r = b.getBoundingClientRect();
        for (let x = r.left + 1; x < r.right; x += 6) for (let y = r.top + 1; y < r.bottom; y += 4) {
          for (const el of document.elementsFromPoint(x, y)) {
            if (el.closest('.live-berichten')) continue;
            const c = el.closest('button, a[href], input, select, textarea, summary, [role="tab"]');
            if (c) uit.push(c.outerHTML.slice(0, 80));
          }
        }
      }
      return uit;
    })()`);

  it('een opmerking van een ander: gemarkeerd in de tekst, in de marge, geteld, en een bericht dat ernaartoe leidt', async () => {
    [gemeente, corporatie] = await Promise.all([
      inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl'),
      inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl'),
    ]);
    await Promise.all([openOnderdeel(gemeente.page), openOnderdeel(corporatie.page)]);

    // The corporatie comments on a passage of the second afspraak.
    const a = afspraken[1]!;
    const citaat = a.tekst.split(/\s+/).slice(2, 6).join(' ');
    const { plaatsOpmerking } = await gqlOkAls<{ plaatsOpmerking: { id: string } }>(
      t,
      await token('corporatie@demo.driehoek.nl'),
      `mutation($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { id } }`,
      { input: { afspraakId: a.id, tekst: 'Is dit haalbaar in 2027?', anker: { citaat } } },
    );

    // The gemeente is told who did what, and where.
    const bericht = gemeente.page.getByTestId('live-bericht').filter({
      hasText: `(Woonstichting De Vliet) plaatste een opmerking bij ${a.nummer} ${a.titel}`,
    });
    await bericht.waitFor();
    expect(await bedekteBediening(gemeente.page)).toEqual([]);
    await zicht(gemeente.page, '60a-bericht-1280');

    // Clicking the message leads to the comment: the margin card beside its passage, focused.
    await bericht.getByRole('button', { name: /Bekijken/ }).click();
    await gemeente.page.waitForFunction(
      `((id) => document.activeElement?.getAttribute('data-marge-id') === id)(${JSON.stringify(plaatsOpmerking.id)})`,
    );
    expect(await gemeente.page.getByTestId('live-bericht').count()).toBe(0);

    // The passage is highlighted, the card counts it, the margin shows it beside the passage.
    const anker = tekstVan(gemeente.page, a.id).locator('.opmerking-anker');
    await anker.first().waitFor();
    expect((await anker.allTextContents()).join('')).toBe(citaat);
    await gemeente.page
      .locator(`[data-afspraak-id="${a.id}"]`)
      .getByTestId('open-opmerkingen')
      .filter({ hasText: '1 opmerking' })
      .waitFor();
    const kaart = gemeente.page.locator(`[data-marge-id="${plaatsOpmerking.id}"]`);
    await kaart.filter({ hasText: 'Is dit haalbaar in 2027?' }).waitFor();
    const [ankerVak, kaartVak, tekstVak] = await Promise.all([
      anker.first().boundingBox(),
      kaart.boundingBox(),
      tekstVan(gemeente.page, a.id).boundingBox(),
    ]);
    expect(Math.abs(kaartVak!.y - ankerVak!.y)).toBeLessThan(30);
    expect(kaartVak!.x).toBeGreaterThanOrEqual(tekstVak!.x + tekstVak!.width);
    await schermafdruk(gemeente.page, '60-opmerking-in-marge-1280');
    await zicht(gemeente.page, '60-opmerking-in-marge-1280-zicht');

    // Choosing the card opens the thread in the panel, where it can be answered.
    await kaart.click();
    await gemeente.page.waitForFunction(
      `((id) => document.activeElement?.id === 'opmerking-' + id)(${JSON.stringify(plaatsOpmerking.id)})`,
    );
    expect(await toegankelijkheid(gemeente.page, '60-opmerking-in-marge-1280')).toEqual([]);
  });

  it('een eigen opmerking geeft geen bericht bij uzelf, wel bij de ander', async () => {
    const p = gemeente.page;
    const a = afspraken[0]!;
    // A word selected by keyboard.
    await tekstVan(p, a.id).locator('p').first().click();
    await p.keyboard.press('Home');
    await p.keyboard.press('Control+Shift+ArrowRight');
    await p
      .getByText('Bij de geselecteerde tekst:')
      .waitFor()
      .catch(async (e: unknown) => {
        await zicht(p, 'x-eigen-opmerking');
        throw e;
      });
    await p.getByLabel('Nieuwe opmerking').fill('Graag een tussenstand in juni.');
    await p.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await p.locator('.opmerkingen').getByText('Graag een tussenstand in juni.').waitFor();

    await corporatie.page
      .getByTestId('live-bericht')
      .filter({ hasText: `(Gemeente Vlietdam) plaatste een opmerking bij ${a.nummer}` })
      .waitFor();
    // By then the gemeente's own message would long have come.
    await p.locator(`[data-afspraak-id="${a.id}"] .opmerking-anker`).first().waitFor();
    expect(await p.getByTestId('live-bericht').count()).toBe(0);
  });

  it('werkbalk in het opstellen: vet en een opsomming, met aria-pressed', async () => {
    const p = gemeente.page;
    const a = afspraken[2]!;
    await tekstVan(p, a.id).locator('p').first().dblclick();
    const balk = p.getByRole('toolbar', { name: new RegExp(`Opmaak van afspraak ${a.nummer}`) });
    await balk.waitFor();
    await balk.getByRole('button', { name: 'Vet' }).click();
    await ookBijAkkoord(p, tekstVan(p, a.id).locator('strong'));
    expect(await balk.getByRole('button', { name: 'Vet' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await balk.getByRole('button', { name: 'Opsomming' }).click();
    await tekstVan(p, a.id).locator('ul li').first().waitFor();
    expect(await balk.getByRole('button', { name: 'Opsomming' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The other side sees the formatting.
    await tekstVan(corporatie.page, a.id).locator('ul li strong').first().waitFor();

    // By keyboard: Alt+F10 to the toolbar, arrows along it, Enter presses, Escape goes back.
    await tekstVan(p, a.id).locator('p').first().dblclick();
    await p.keyboard.press('Alt+F10');
    await p.keyboard.press('Home');
    await p.keyboard.press('ArrowRight');
    expect(await p.evaluate<string>('document.activeElement?.textContent ?? ""')).toContain(
      'Cursief',
    );
    await p.keyboard.press('Enter');
    await tekstVan(p, a.id).locator('em').first().waitFor();
    await p.keyboard.press('Escape');
    await zicht(p, '61-werkbalk-opstellen');
  });

  it('werkbalk in de onderhandeling: opmaak wordt een suggestie die de server aanvaardt', async () => {
    const regie = await token('gemeente@demo.driehoek.nl');
    await gqlOkAls(
      t,
      regie,
      `mutation($id: ID!) { openOnderhandeling(onderdeelId: $id) { fase } }`,
      {
        id: onderdeelId,
      },
    );
    const p = corporatie.page;
    const a = afspraken[3]!;
    const balk = p.getByRole('toolbar', { name: /Opmaak/ });
    await p
      .getByText(/worden een suggestie|Klik in een tekst/)
      .first()
      .waitFor();
    await tekstVan(p, a.id).locator('p').first().dblclick();
    await p.getByText(/opmaak, lijsten en tabellen worden een suggestie/).waitFor();
    await balk.getByRole('button', { name: 'Vet' }).click();
    // A suggestion in the corporatie's name, kept by the server (no refusal, the other sees it).
    const vetVoorgesteld =
      ':is(.suggestie-insertion strong, strong .suggestie-insertion, strong.suggestie-insertion)';
    await tekstVan(p, a.id)
      .locator(vetVoorgesteld)
      .first()
      .waitFor()
      .catch(async (e: unknown) => {
        await zicht(p, 'x-vet-suggestie-corporatie');
        throw e;
      });
    expect(
      await p
        .getByRole('alert')
        .filter({ hasText: /niet doorgevoerd|suggestie van/ })
        .count(),
    ).toBe(0);
    await tekstVan(gemeente.page, a.id).locator(vetVoorgesteld).first().waitFor();

    // A list is a suggestion on whole blocks: the paragraph struck, the list inserted, and the
    // gemeente's window shows the same list as the corporatie's suggestion.
    await tekstVan(p, a.id).locator('p').first().click();
    await balk.getByRole('button', { name: 'Genummerde lijst' }).click();
    const lijstVoorgesteld = 'ol.suggestie-insertion';
    await tekstVan(p, a.id)
      .locator(lijstVoorgesteld)
      .waitFor()
      .catch(async (e: unknown) => {
        await zicht(p, 'x-lijst-suggestie-corporatie');
        throw e;
      });
    await tekstVan(gemeente.page, a.id).locator(lijstVoorgesteld).waitFor();
    expect(await tekstVan(gemeente.page, a.id).locator('p.suggestie-deletion').count()).toBe(1);
    // A table at the end of another afspraak's text is a suggestion as a whole too (Tiptap
    // wraps it in a div.tableWrapper, which carries the node's decoration).
    const b = afspraken[4]!;
    await tekstVan(p, b.id).locator('p').first().click();
    await p.keyboard.press('Control+End');
    await p
      .getByRole('toolbar', { name: new RegExp(`Opmaak van afspraak ${b.nummer}`) })
      .getByRole('button', { name: 'Tabel invoegen' })
      .click();
    await tekstVan(gemeente.page, b.id)
      .locator(':is(table, .tableWrapper).suggestie-insertion')
      .waitFor()
      .catch(async (e: unknown) => {
        await zicht(p, 'x-tabel-suggestie-corporatie');
        throw e;
      });
    await tekstVan(gemeente.page, b.id).scrollIntoViewIfNeeded();
    await zicht(gemeente.page, '62-tabel-suggestie');
    expect(
      await p
        .getByRole('alert')
        .filter({ hasText: /niet doorgevoerd|suggestie van|niet als uw suggestie/ })
        .count(),
    ).toBe(0);
    expect(await p.locator('.verbinding[data-status="online"]').count()).toBe(1);
    await tekstVan(gemeente.page, a.id).scrollIntoViewIfNeeded();
    await zicht(gemeente.page, '62-werkbalk-suggestie');
    // The gemeente's panel names it as a change of layout, with the words it concerns.
    await openAfspraakPaneel(gemeente.page, a.nummer);
    const indeling = gemeente.page.locator('.suggestie-item', {
      hasText: "Andere indeling (lijst, tabel of alinea's) van:",
    });
    await indeling.waitFor();
    await indeling.scrollIntoViewIfNeeded();
    await zicht(gemeente.page, '62-lijst-suggestie-paneel');
  });

  it('de inhoudsopgave springt naar een afspraak; de preambule is ingeklapt', async () => {
    const p = gemeente.page;
    expect(await p.locator('.preambule-ingeklapt').count()).toBe(1);
    const laatste = afspraken[afspraken.length - 1]!;
    await p.getByText(/^Inhoud \(\d+ afspraken\)$/).click();
    const inhoud = p.getByRole('navigation', { name: 'Inhoud van dit onderdeel' });
    await inhoud
      .getByRole('link', { name: new RegExp(`${laatste.nummer} ${laatste.titel}`) })
      .click();
    await p.waitForFunction(
      `document.activeElement?.id === ${JSON.stringify(`afk-${laatste.id}`)}`,
    );
    const vak = await p.locator(`#afk-${laatste.id}`).boundingBox();
    expect(vak!.y).toBeGreaterThanOrEqual(0);
    expect(vak!.y).toBeLessThan(800);
    expect(await inhoud.isVisible()).toBe(false);

    await p.getByRole('button', { name: 'Hele preambule tonen' }).click();
    expect(await p.locator('.preambule-ingeklapt').count()).toBe(0);
    expect(await toegankelijkheid(p, '63-inhoud')).toEqual([]);
    expect([...gemeente.fouten, ...corporatie.fouten]).toEqual([]);
  });

  it('op 390 px: de opmerkingen staan in het paneel, de tekst blijft gemarkeerd', async () => {
    const telefoon = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl', {
      width: 390,
      height: 844,
    });
    await openOnderdeel(telefoon.page);
    const a = afspraken[1]!;
    await tekstVan(telefoon.page, a.id).locator('.opmerking-anker').first().waitFor();
    expect(await telefoon.page.locator('.marge-opmerking').count()).toBe(0);
    await zicht(telefoon.page, '64-opmerking-390-zicht');
    // Nothing sticks out sideways (named, so a failure says what).
    const uitstekend = await telefoon.page.evaluate<string[]>(
      `[...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 391)
        .slice(0, 5)
        .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))`,
    );
    expect(uitstekend).toEqual([]);
    await schermafdruk(telefoon.page, '64-opmerking-390');
    await telefoon.context.close();
  });
});
