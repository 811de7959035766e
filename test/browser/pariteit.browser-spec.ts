import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Klok } from '../../src/common/klok';
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
 * Everything the API offers, the client offers (issue 17, point 13): indicators created and
 * linked to afspraken, the audit trail shown and checked, a new afspraak proposed in the
 * negotiation, the jaarcyclus as a month, and an own Word template; one app for all, one
 * describe per screen.
 */
describe('wat de API kan, kan de client', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: Venster;
  let g: Page;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    t.app.get(Klok).zet(new Date('2026-12-06T10:00:00+01:00'));
    gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    g = gemeente.page;
  });
  afterAll(async () => {
    t?.app.get(Klok).zet(null);
    await browser?.close();
    await t?.close();
  });

  async function controleer(page: Page, naam: string) {
    await schermafdruk(page, naam);
    expect(await toegankelijkheid(page, naam)).toEqual([]);
  }

  async function openTab(tab: string) {
    await g.goto(t.baseUrl);
    await g
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await g.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    await g.getByRole('link', { name: tab, exact: true }).last().click();
  }

  it('indicatoren: een nieuwe indicator meet een afspraak, en wordt aan een tweede gekoppeld', async () => {
    await openTab('Indicatoren');
    await g.getByRole('button', { name: '+ Nieuwe indicator' }).click();
    const form = g.getByRole('form', { name: 'Nieuwe indicator' });
    await form.getByLabel('Naam').fill('Mantelzorgwoningen');
    await form.getByLabel('Eenheid').fill('woningen');
    await form.getByLabel('Nulmeting (waarde)').fill('12');
    await form.getByLabel('Nulmeting (jaar)').fill('2025');
    await form.getByLabel(/^Definitie/).fill('Tijdelijke woonunits bij een woning voor mantelzorg');
    const afspraken = form.getByRole('group', { name: 'Meet de afspraken' });
    await afspraken.getByRole('checkbox').first().check();
    await controleer(g, 'pariteit-indicator-nieuw');
    await form.getByRole('button', { name: 'Indicator toevoegen' }).click();
    await g.getByRole('heading', { name: 'Mantelzorgwoningen' }).waitFor();
    await g.getByText('Meet 1 afspraak.').waitFor();

    await g.getByRole('button', { name: 'Afspraken koppelen' }).click();
    const koppel = g.getByRole('form', { name: 'Afspraken koppelen' });
    await koppel.getByRole('checkbox').nth(1).check();
    await koppel.getByRole('button', { name: 'Koppelingen opslaan' }).click();
    await g.getByText('Meet 2 afspraken.').waitFor();
    await controleer(g, 'pariteit-indicator-gekoppeld');
  });

  it('logboek: de stappen staan er in woorden, en Controleer rekent de keten na', async () => {
    await openTab('Logboek');
    await g.getByRole('heading', { name: 'Logboek' }).waitFor();
    await g
      .getByRole('row', { name: /Indicator toegevoegd/ })
      .first()
      .waitFor();
    await g.getByRole('button', { name: 'Controleer' }).click();
    await g.getByText(/^✓ Het logboek klopt: \d+ regels/).waitFor();
    await controleer(g, 'pariteit-logboek');
  });

  it('kalender: de drie lopende cycli als maand, met hun termijnen op hun dag', async () => {
    await openTab('Jaarcyclus');
    await g.getByRole('button', { name: 'Kalender' }).click();
    // To December 2026 from the browser's own month.
    const nu = new Date();
    const stappen = (2026 - nu.getFullYear()) * 12 + (11 - nu.getMonth());
    const knop = g.getByRole('button', { name: stappen >= 0 ? /Volgende maand/ : /Vorige maand/ });
    for (let i = 0; i < Math.abs(stappen); i++) await knop.click();
    await g.getByRole('heading', { name: /^december 2026$/i }).waitFor();
    const dag14 = g.getByRole('cell', { name: /^14/ });
    await dag14.getByText('Uiterste dag: Ondertekening 2027').waitFor();
    await g.getByRole('listitem').filter({ hasText: 'maandag 14 december' }).first().waitFor();
    await controleer(g, 'pariteit-kalender');
  });

  it('huisstijl: de regie zet een eigen Word-sjabloon en gaat terug naar de standaard', async () => {
    await openTab('Overzicht');
    await g.getByRole('heading', { name: 'Huisstijl van de export' }).waitFor();
    await g.getByText('De standaardhuisstijl van Driehoek.').waitFor();
    await g
      .getByRole('form', { name: 'Eigen Word-sjabloon uploaden' })
      .locator('input[type="file"]')
      .setInputFiles(join(__dirname, '..', '..', 'templates', 'huisstijl.docx'));
    await g.getByRole('button', { name: 'Sjabloon uploaden' }).click();
    await g.getByText('Sjabloon huisstijl.docx wordt nu gebruikt voor de exports.').waitFor();
    await g.getByText(/Eigen sjabloon huisstijl\.docx, geüpload op/).waitFor();
    await controleer(g, 'pariteit-huisstijl');
    await g.getByRole('button', { name: 'Terug naar de standaardhuisstijl' }).click();
    await g.getByText('De standaardhuisstijl van Driehoek.').waitFor();
  });

  it('nieuw voorstel: in de onderhandeling stelt een corporatie een nieuwe afspraak voor', async () => {
    const token = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    const { overeenkomsten } = await gqlOkAls(t, token, `{ overeenkomsten { items { id } } }`);
    const { overeenkomst } = await gqlOkAls(
      t,
      token,
      `query($id: ID!) { overeenkomst(id: $id) { onderdelen { id soort } } }`,
      { id: overeenkomsten.items[0].id },
    );
    const hoofd = overeenkomst.onderdelen.find(
      (o: { soort: string }) => o.soort === 'HOOFDDOCUMENT',
    );
    await gqlOkAls(t, token, `mutation($id: ID!) { openOnderhandeling(onderdeelId: $id) { id } }`, {
      id: hoofd.id,
    });

    const corporatie = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl');
    const c = corporatie.page;
    await c
      .getByRole('link', { name: /Hoofddocument/ })
      .first()
      .click();
    await c.locator('.afspraak-tekst').first().waitFor();
    await c.getByRole('button', { name: '+ Nieuwe afspraak voorstellen' }).click();
    const dialoog = c.getByRole('dialog', { name: 'Nieuwe afspraak voorstellen' });
    await dialoog.getByLabel('Titel').fill('Tien mantelzorgwoningen per jaar');
    await dialoog
      .getByLabel('Voorgestelde tekst')
      .fill('De Vliet plaatst samen met de gemeente tien mantelzorgwoningen per jaar.');
    await dialoog.getByLabel(/^Motivering/).fill('Vraag uit de wijkteams.');
    await controleer(c, 'pariteit-nieuw-voorstel');
    await dialoog.getByRole('button', { name: 'Afspraak voorstellen' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await c
      .getByText(/Tien mantelzorgwoningen per jaar/)
      .first()
      .waitFor();
    await controleer(c, 'pariteit-nieuw-voorstel-lijst');
    expect(corporatie.fouten).toEqual([]);
    await corporatie.context.close();
  });
});
