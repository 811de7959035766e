import type { Browser, Page } from 'playwright-core';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  DEMO_WACHTWOORD,
  inloggen,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  totDat,
} from './browser';

/**
 * Tasks (issue 17, point 1): the home page leads with what is asked of the person, and each task
 * leads straight to the place where it is done — a huurders volunteer on a phone takes a
 * standpunt from it, a corporatie reaches the sign dialog after a freeze.
 */
describe('wat wordt van u gevraagd', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: string;
  let hoofd: { id: string; fase: string };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    gemeente = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    const demo = await gqlOkAls(
      t,
      gemeente,
      `{ overeenkomsten { items { titel onderdelen { id soort fase } } } }`,
    );
    const vlietdam = demo.overeenkomsten.items.find((o: any) => /Vlietdam/.test(o.titel));
    hoofd = vlietdam.onderdelen.find((o: any) => o.soort === 'HOOFDDOCUMENT');
    if (hoofd.fase !== 'ONDERHANDELEN') {
      await gqlOkAls(
        t,
        gemeente,
        `mutation($id: ID!) { openOnderhandeling(onderdeelId: $id) { id } }`,
        {
          id: hoofd.id,
        },
      );
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Whether the element's top lies within the visible part of the page. */
  const inBeeld = (page: Page, selector: string) =>
    page.evaluate<boolean>(`(() => {
      const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
      return !!r && r.top >= -1 && r.top < window.innerHeight;
    })()`);

  it('een huurdersvrijwilliger op een telefoon neemt vanuit de taak een standpunt in', async () => {
    const {
      page: p,
      fouten,
      context,
    } = await inloggen(browser, t.baseUrl, 'huurders@demo.driehoek.nl', {
      width: 390,
      height: 844,
    });
    const taken = p.getByTestId('taken');
    const taak = taken.getByRole('link', { name: /^Uw standpunt wordt gevraagd op \d+ afspra/ });
    await taak.waitFor();
    const aantal = Number(/op (\d+) afspra/.exec((await taak.textContent()) ?? '')![1]);
    expect(aantal).toBeGreaterThan(1);
    // The tasks come first, above the list of agreements.
    const [takenBox, lijstBox] = await Promise.all([
      taken.boundingBox(),
      p.locator('#kop-lijst').boundingBox(),
    ]);
    expect(takenBox!.y).toBeLessThan(lijstBox!.y);
    expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    await schermafdruk(p, '60-taken-thuis-390');
    expect(await toegankelijkheid(p, '60-taken-thuis-390')).toEqual([]);

    await taak.click();
    await p.waitForURL(/\/onderdelen\/.*afspraak=/);
    const formulier = p.locator('.standpunt-formulier');
    await formulier.waitFor();
    // Straight to the panel where the standpunt is taken, not 14 screens of afspraken above it.
    await totDat(
      () => inBeeld(p, '#zijpaneel'),
      (ja) => ja,
    );
    await schermafdruk(p, '61-taak-naar-afspraak-390');
    await formulier.getByLabel('Akkoord', { exact: true }).check();
    await formulier.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await formulier.getByText('Huidig standpunt: Akkoord').waitFor();
    await schermafdruk(p, '62-standpunt-genomen-390');

    // Back from the sheet to the text, then home: one afspraak fewer is asked.
    await p.getByRole('button', { name: /^Terug naar afspraak/ }).click();
    await p.getByRole('link', { name: 'Overeenkomsten' }).first().click();
    const rest = aantal - 1;
    await taken
      .getByRole('link', {
        name: `Uw standpunt wordt gevraagd op ${rest} ${rest === 1 ? 'afspraak' : 'afspraken'}`,
      })
      .waitFor();
    expect(fouten).toEqual([]);
    await context.close();
  });

  it('een corporatie ziet na het bevriezen live dat haar handtekening wordt verwacht, en komt vanuit de taak bij het ondertekenen', async () => {
    const {
      page: c,
      fouten,
      context,
    } = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl');
    const taken = c.getByTestId('taken');
    await taken.waitFor();
    await gqlOkAls(
      t,
      gemeente,
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
      {
        input: {
          onderdeelId: hoofd.id,
          overrideReden: 'Afgesproken in het bestuurlijk overleg van november',
          vervallenReden: 'Besproken in het overleg',
        },
      },
    );
    const taak = taken.getByRole('link', {
      name: /^Uw handtekening wordt verwacht op het hoofddocument/,
    });
    await taak.waitFor({ timeout: 15_000 });
    await schermafdruk(c, '63-taak-handtekening');
    expect(await toegankelijkheid(c, '63-taak-handtekening')).toEqual([]);
    await taak.click();
    await c.getByRole('tab', { name: 'Versies en ondertekening', selected: true }).waitFor();
    await c.getByRole('button', { name: /Ondertekenen namens Woonstichting De Vliet/ }).click();
    await c.getByRole('dialog').getByLabel('Uw functie').waitFor();
    await schermafdruk(c, '64-taak-naar-ondertekenen');
    expect(fouten).toEqual([]);
    await context.close();
  });

  it('de huurdersvrijwilliger ondertekent op de telefoon vanuit de taak, zonder langs de afspraken te scrollen', async () => {
    // The hoofddocument was frozen in the test before.
    const {
      page: p,
      fouten,
      context,
    } = await inloggen(browser, t.baseUrl, 'huurders@demo.driehoek.nl', {
      width: 390,
      height: 844,
    });
    const taak = p.getByTestId('taken').getByRole('link', {
      name: /^Uw handtekening wordt verwacht op het hoofddocument/,
    });
    await taak.click();
    // The sheet opens on signing: its button is in view at once, no afspraak scrolled past.
    const teken = p.getByRole('button', {
      name: /Ondertekenen namens Huurdersvereniging De Vliet/,
    });
    await teken.waitFor();
    const plek = await teken.boundingBox();
    expect(plek!.y + plek!.height).toBeLessThan(844);
    await teken.click();
    const dialoog = p.getByRole('dialog').filter({ has: p.getByLabel('Uw functie') });
    await dialoog.getByLabel('Uw functie').fill('voorzitter');
    await dialoog.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
    await dialoog.getByRole('button', { name: 'Ondertekenen', exact: true }).click();
    await p.locator('.handtekeningen li', { hasText: 'Huurdersvereniging De Vliet' }).waitFor();
    await schermafdruk(p, '65-telefoon-ondertekend');
    expect(await toegankelijkheid(p, '65-telefoon-ondertekend')).toEqual([]);
    expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    expect(fouten).toEqual([]);
    await context.close();
  });
});
