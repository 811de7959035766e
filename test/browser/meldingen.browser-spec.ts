import type { Browser } from 'playwright-core';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  DEMO_WACHTWOORD,
  inloggen,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
} from './browser';

/**
 * The bell: the corporatie has Driehoek open; the gemeente mentions the corporatie in a comment;
 * the bell shows it at once, and the melding leads to the comment.
 */
describe('meldingen in de webapp', () => {
  let t: TestApp;
  let browser: Browser;
  let corporatie: Venster;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('toont een vermelding live in de bel en leidt naar de opmerking', async () => {
    corporatie = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl');
    const bel = corporatie.page.getByRole('button', { name: /^Meldingen:/ });
    await bel.waitFor();

    const gemeente = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    const { overeenkomsten } = await gqlOkAls(
      t,
      gemeente,
      `{ overeenkomsten { items { id onderdelen { id soort afspraken { id } } } } }`,
    );
    const o = overeenkomsten.items[0];
    const hoofd = o.onderdelen.find((d: { soort: string }) => d.soort === 'HOOFDDOCUMENT');
    const afspraakId = hoofd.afspraken[0].id;
    const { plaatsOpmerking } = await gqlOkAls(
      t,
      gemeente,
      `mutation($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { id } }`,
      {
        input: {
          afspraakId,
          tekst: '@Woonstichting De Vliet, kunt u de planning van de oplevering bevestigen?',
        },
      },
    );

    await corporatie.page.getByRole('button', { name: /Meldingen: 1 ongelezen melding/ }).waitFor();
    await bel.click();
    const melding = corporatie.page.getByRole('link', { name: /kunt u de planning/ });
    await melding.waitFor();
    await schermafdruk(corporatie.page, 'meldingen-bel');
    expect(await toegankelijkheid(corporatie.page, 'meldingen-bel')).toEqual([]);

    await melding.click();
    const opmerking = corporatie.page.locator(`#opmerking-${plaatsOpmerking.id}`);
    await opmerking.waitFor();
    await corporatie.page.waitForFunction(
      `document.activeElement?.id === 'opmerking-${plaatsOpmerking.id}'`,
    );
    await corporatie.page
      .getByRole('button', { name: /Meldingen: geen ongelezen meldingen/ })
      .waitFor();
    await schermafdruk(corporatie.page, 'meldingen-opmerking');
    expect(corporatie.fouten).toEqual([]);
  });
});
