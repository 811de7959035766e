import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Klok } from '../../src/common/klok';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  ARTEFACTEN,
  DEMO_WACHTWOORD,
  inloggen,
  openAfspraakPaneel,
  openOnderdeel,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  type Venster,
} from './browser';

const DRIEHOEK = ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2'];
const STAP = `mutation($input: ZetJaarschijfStatusInput!) { zetJaarschijfStatus(input: $input) }`;

/**
 * The jaarcyclus in the browser: a woningcorporatie hands in its bod on the coming jaarschijf
 * (activities with their type's details and a proposed indicator), and the bod is listed; a
 * year later the driehoek evaluates it and sets a new streefwaarde (besluit BIJSTELLEN).
 */
describe('jaarcyclus: bod', () => {
  let t: TestApp;
  let browser: Browser;
  let corporatie: Venster;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
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

  async function openJaarcyclus(page: Page) {
    await page
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    await page.getByRole('link', { name: 'Jaarcyclus' }).last().click();
    await page.getByRole('heading', { name: 'Boden van de corporaties' }).waitFor();
  }

  it('de gemeente ziet geen bodformulier', async () => {
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    await openJaarcyclus(gemeente.page);
    await gemeente.page.getByText('Nog geen bod ingediend.').waitFor();
    expect(await gemeente.page.getByRole('form', { name: 'Bod indienen' }).count()).toBe(0);
    await gemeente.context.close();
  });

  it('een corporatie dient een bod in op 2027 en ziet het met zijn activiteiten', async () => {
    // May 2026: before the bod's day for 2027, which is still a concept in the demo.
    t.app.get(Klok).zet(new Date('2026-05-15T10:00:00+02:00'));
    corporatie = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl');
    const { page } = corporatie;
    await openJaarcyclus(page);
    const form = page.getByRole('form', { name: 'Bod indienen' });
    await form.waitFor();
    expect(await form.getByLabel('Jaarschijf').inputValue()).not.toBe('');
    expect(await form.getByLabel('Jaarschijf').locator('option').allTextContents()).toContain(
      '2027',
    );
    await form.getByLabel('Jaarschijf').selectOption({ label: '2027' });
    await form
      .getByLabel(/^Toelichting/)
      .fill('Wij zetten in op geclusterd wonen voor ouderen en op verduurzaming.');

    const a1 = form.getByRole('group', { name: 'Voorgestelde activiteit 1' });
    await a1.getByLabel('Titel').fill('Vijftig geclusterde woningen voor ouderen');
    await a1.getByLabel('Type').selectOption('HANDELING');
    await a1.getByLabel('Volwassenheid').selectOption({ index: 1 });
    await a1.getByLabel('Activiteit (wat)').fill('Bouw van 50 geclusterde woningen');
    await a1.getByLabel('Wanneer').fill('Oplevering Q4 2027');
    await a1.getByLabel(/^Concretisering/).fill('Eerste paal in het voorjaar.');
    // What the corporatie asks of the gemeente, in the gemeente's role and words.
    await a1.getByText('Betrokken partijen (optioneel)').click();
    await a1.getByRole('button', { name: 'Partij toevoegen' }).click();
    await a1
      .getByLabel('Betrokken partij 1', { exact: true })
      .selectOption({ label: 'Gemeente Vlietdam' });
    await a1.getByLabel('Rol van betrokken partij 1').selectOption('UITVOERDER');
    await a1
      .getByLabel(/^Toezegging van betrokken partij 1/)
      .fill('Verleent de omgevingsvergunning binnen acht weken');

    await form.getByRole('button', { name: '+ Activiteit toevoegen' }).click();
    const a2 = form.getByRole('group', { name: 'Voorgestelde activiteit 2' });
    await a2.getByLabel('Titel').fill('Isolatie van portiekflats');
    // Keyboard: choose the type with the arrow keys.
    await a2.getByLabel('Type').selectOption('INTENTIE');
    await a2.getByLabel('Als …').fill('de subsidie wordt toegekend');
    await a2.getByLabel('… dan').fill('isoleren wij 200 portiekflats');
    // Leden a (handeling) and b (proces), each with its own type.
    await a2.getByText('Leden a, b, c (optioneel)').click();
    await a2.getByRole('button', { name: 'Lid a toevoegen' }).click();
    const lidA = a2.getByRole('group', { name: 'a', exact: true });
    await lidA.getByLabel('Wat dit lid inhoudt').fill('Isolatie van de eerste 100 portiekflats');
    await lidA.getByLabel('Activiteit (wat)').fill('Na-isolatie gevels en daken');
    await a2.getByRole('button', { name: 'Lid b toevoegen' }).click();
    const lidB = a2.getByRole('group', { name: 'b', exact: true });
    await lidB
      .getByLabel('Wat dit lid inhoudt')
      .fill('Over de rest maken partijen in 2028 afspraken');
    await lidB.getByLabel('Type').selectOption('PROCES');
    await lidB.getByLabel('Overlegvorm').fill('Bestuurlijk overleg');
    await a1.screenshot({ path: join(ARTEFACTEN, '40a-bod-betrokkenen.png') });
    await a2.screenshot({ path: join(ARTEFACTEN, '40b-bod-leden.png') });

    await form.getByRole('button', { name: '+ Indicator toevoegen' }).click();
    const i1 = form.getByRole('group', { name: 'Voorgestelde indicator 1' });
    await i1.getByLabel('Naam').fill('Opgeleverde geclusterde woningen');
    await i1.getByLabel(/^Eenheid/).fill('woningen');
    await i1.getByLabel('Soort').selectOption('BANDBREEDTE');
    await i1.getByLabel('Minimum').fill('50');
    await i1.getByLabel('Maximum').fill('40');
    // The server's error names the field (input.indicatoren.0.streefwaarde.min): shown there.
    await form.getByRole('button', { name: 'Bod indienen' }).click();
    await i1.getByRole('alert').filter({ hasText: 'groter dan het maximum' }).waitFor();
    expect(await i1.getByLabel('Minimum').getAttribute('aria-invalid')).toBe('true');
    expect(await a1.getByRole('alert').count()).toBe(0);
    await i1.getByLabel('Minimum').fill('40');
    await i1.getByLabel('Maximum').fill('50');
    await controleer(page, '40-bod-formulier');

    await form.getByRole('button', { name: 'Bod indienen' }).click();
    const bod = page.getByRole('article', { name: /^Bod Woonstichting De Vliet voor 2027/ });
    await bod.waitFor();
    await bod.getByText('Vijftig geclusterde woningen voor ouderen').waitFor();
    await bod.getByText('Isolatie van portiekflats').waitFor();
    await bod.getByText('Opgeleverde geclusterde woningen: 40 – 50 woningen').waitFor();
    await bod.getByText('op tijd').waitFor();
    // The betrokkene and the leden were stored with the afspraken of the bod.
    const token = await t.login('corporatie@demo.driehoek.nl', DEMO_WACHTWOORD);
    const demoId = (await gqlOkAls(t, token, `{ overeenkomsten { items { id } } }`)).overeenkomsten
      .items[0].id;
    const afspraken = (
      await gqlOkAls(
        t,
        token,
        `query($id: ID!) { overeenkomst(id: $id) { afspraken { titel
          betrokkenen { rol bijdrage partij { naam } } leden { nummer type tekst } } } }`,
        { id: demoId },
      )
    ).overeenkomst.afspraken as {
      titel: string;
      betrokkenen: { rol: string; bijdrage: string; partij: { naam: string } }[];
      leden: { nummer: string; type: string; tekst: string }[];
    }[];
    const geclusterd = afspraken.find(
      (a) => a.titel === 'Vijftig geclusterde woningen voor ouderen',
    )!;
    expect(geclusterd.betrokkenen).toEqual([
      {
        rol: 'UITVOERDER',
        bijdrage: 'Verleent de omgevingsvergunning binnen acht weken',
        partij: { naam: 'Gemeente Vlietdam' },
      },
    ]);
    const isolatie = afspraken.find((a) => a.titel === 'Isolatie van portiekflats')!;
    expect(isolatie.leden.map((l) => [l.nummer.slice(-1), l.type, l.tekst])).toEqual([
      ['a', 'HANDELING', 'Isolatie van de eerste 100 portiekflats'],
      ['b', 'PROCES', 'Over de rest maken partijen in 2028 afspraken'],
    ]);
    // One bod per corporatie and year: 2027 is no longer offered.
    await totGeen2027(page);
    await controleer(page, '41-bod-ingediend');
    expect(corporatie.fouten).toEqual([]);
  });

  it('een standpunt verschijnt meteen, en wordt teruggedraaid als de server het weigert', async () => {
    const { page } = corporatie;
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await openOnderdeel(page);
    await openAfspraakPaneel(page);
    const form = page.locator('.standpunt-formulier');
    const huidig = form.locator('.huidig-standpunt');
    await huidig.waitFor();

    // The server's answer is held back: the standpunt shows at once, marked as on its way.
    let laatGaan: () => void = () => undefined;
    const vrij = new Promise<void>((r) => (laatGaan = r));
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('NeemStandpunt')) return route.fallback();
      await vrij;
      await route.continue();
    });
    await form.getByLabel('Niet akkoord').check();
    await form.getByLabel('Toelichting (verplicht)').fill('Eerst de financiering rond');
    await form.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await huidig
      .filter({ hasText: 'Huidig standpunt: Niet akkoord (wordt opgeslagen…)' })
      .waitFor();
    await form.screenshot({ path: join(ARTEFACTEN, '44-standpunt-voorlopig.png') });
    laatGaan();
    await form.getByText('Opgeslagen.').waitFor();
    await huidig.filter({ hasText: /^Huidig standpunt: Niet akkoord$/ }).waitFor();
    await page.unroute('**/graphql');

    // Refused by the server: back to what it was, with the Dutch error.
    await page.route('**/graphql', (route) =>
      (route.request().postData() ?? '').includes('NeemStandpunt')
        ? route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({
              data: null,
              errors: [
                {
                  message: 'Dit onderdeel ligt ter ondertekening; standpunten liggen vast',
                  extensions: { code: 'STATUS_ONJUIST' },
                },
              ],
            }),
          })
        : route.fallback(),
    );
    await form.getByLabel('Akkoord', { exact: true }).check();
    await form.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await form.getByRole('alert').filter({ hasText: 'standpunten liggen vast' }).waitFor();
    await huidig.filter({ hasText: /^Huidig standpunt: Niet akkoord$/ }).waitFor();
    await page.unroute('**/graphql');
    expect(await toegankelijkheid(page, '44-standpunt')).toEqual([]);
  });

  it('bijstellen in de evaluatie: de nieuwe streefwaarde wordt getoond', async () => {
    // The demo's 2026 comes with one target bijgesteld: it is shown with its evaluation.
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    const g = gemeente.page;
    await g
      .getByRole('link', { name: /Prestatieafspraken Vlietdam/ })
      .first()
      .click();
    await g.getByRole('link', { name: 'Evaluatie' }).click();
    await g.getByLabel('Jaar').selectOption('2026');
    await g.locator('.samenvatting').waitFor();
    expect(await g.getByRole('list', { name: /^Bijgestelde streefwaarden/ }).count()).toBe(1);
    // A bijlage's afspraak with the number the API and the Word document give it (issue 18).
    const rij = g
      .locator('tr[data-afspraak]')
      .filter({ hasText: /^\s*B\d+\.\d+/ })
      .first();
    await rij.waitFor();
    await rij.screenshot({ path: join(ARTEFACTEN, '41-evaluatie-bijlage-nummer.png') });

    // 2027 through the cycle by the API: negotiation, signing, execution, verantwoording.
    const tokens: Record<string, string> = {};
    for (const wie of DRIEHOEK)
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
      gqlOkAls(t, tokens[wie]!, query, variables);
    const { overeenkomsten } = await als('gemeente', `{ overeenkomsten { items { id } } }`);
    const stand = async () =>
      (
        await als(
          'gemeente',
          `query($id: ID!) { overeenkomst(id: $id) {
            jaarschijven { id jaar } onderdelen { id soort }
            afspraken { id nummer titel indicatoren { id naam } jaarschijven { jaar } } } }`,
          { id: overeenkomsten.items[0].id },
        )
      ).overeenkomst;
    const o = await stand();
    const j2027 = o.jaarschijven.find((j: { jaar: number }) => j.jaar === 2027);
    await als('gemeente', STAP, { input: { jaarschijfId: j2027.id, status: 'IN_ONDERHANDELING' } });
    t.app.get(Klok).zet(new Date('2026-11-20T09:00:00Z'));
    const hoofd = o.onderdelen.find((x: { soort: string }) => x.soort === 'HOOFDDOCUMENT');
    const versie = (
      await als(
        'gemeente',
        `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
        { input: { onderdeelId: hoofd.id, overrideReden: 'Akkoord in het bestuurlijk overleg' } },
      )
    ).bevriesOnderdeel;
    for (const wie of DRIEHOEK)
      await als(
        wie,
        `mutation($input: OndertekenInput!) { onderteken(input: $input) { status } }`,
        {
          input: { versieId: versie.id, functie: 'bestuurder', wachtwoord: DEMO_WACHTWOORD },
        },
      );
    t.app.get(Klok).zet(new Date('2027-01-04T09:00:00Z'));
    await als('gemeente', STAP, { input: { jaarschijfId: j2027.id, status: 'IN_UITVOERING' } });
    t.app.get(Klok).zet(new Date('2028-05-08T09:00:00Z'));
    await als('corporatie', STAP, { input: { jaarschijfId: j2027.id, status: 'VERANTWOORDING' } });
    t.app.get(Klok).zet(new Date('2028-06-05T09:00:00Z'));

    const afspraak = (await stand()).afspraken.find(
      (a: { titel: string; jaarschijven: { jaar: number }[] }) =>
        a.titel.startsWith('Nieuwbouw van 240 nultredenwoningen') &&
        a.jaarschijven.some((j) => j.jaar === 2027),
    );
    expect(afspraak.indicatoren.length).toBeGreaterThan(0);
    const indicator =
      afspraak.indicatoren.find((i: { naam: string }) => /nultreden/i.test(i.naam)) ??
      afspraak.indicatoren[0];

    await g.getByLabel('Jaar').selectOption('2027');
    await g.locator('.samenvatting').waitFor();
    await g.getByRole('button', { name: `Evalueren ${afspraak.nummer}`, exact: true }).click();
    await g.getByLabel('Conclusie').fill('Sneller dan gepland.');
    await g.getByLabel('Besluit').selectOption('BIJSTELLEN');
    const nieuw = g.getByRole('group', { name: 'Nieuwe streefwaarden' });
    await nieuw.getByRole('button', { name: '+ Nieuwe streefwaarde' }).click();
    const sw = nieuw.getByRole('group', { name: 'Streefwaarde 1' });
    await sw.getByLabel('Indicator').selectOption(indicator.id);
    expect(await sw.getByLabel('Jaar').locator('option').allTextContents()).toEqual([
      '2028',
      '2029',
    ]);
    await sw.getByLabel('Jaar').selectOption('2028');
    await sw.getByLabel('Soort').selectOption('BANDBREEDTE');
    await sw.getByLabel('Minimum').fill('1750');
    await sw.getByLabel('Maximum').fill('1790');
    await controleer(g, '42-evaluatie-bijstellen');
    await g
      .locator('form.verantwoord-formulier')
      .screenshot({ path: join(ARTEFACTEN, '42-evaluatie-bijstellen-formulier.png') });
    await g.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    const lijst = g.getByRole('list', { name: `Bijgestelde streefwaarden ${afspraak.nummer}` });
    await lijst.getByText(`${indicator.naam} 2028: 1.750 – 1.790`).waitFor();
    await controleer(g, '43-evaluatie-bijgesteld');
    await g
      .locator(`tr[data-afspraak="${afspraak.id}"]`)
      .screenshot({ path: join(ARTEFACTEN, '43-evaluatie-bijgesteld-rij.png') });
    expect(gemeente.fouten).toEqual([]);
  });

  /** Until the bod form offers no 2027 (or is gone): the option leaves the page. */
  async function totGeen2027(page: Page) {
    await page
      .getByRole('form', { name: 'Bod indienen' })
      .getByLabel('Jaarschijf')
      .locator('option', { hasText: /^2027$/ })
      .waitFor({ state: 'detached', timeout: 5000 })
      .catch(() => {
        throw new Error('2027 wordt nog aangeboden voor een bod');
      });
  }
});
