import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { Klok } from '../../src/common/klok';
import { gqlOkAls } from '../support/als';
import { wachtTot } from '../support/collab-clients';
import { startTestApp, type TestApp } from '../support/test-app';
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

const DRIEHOEK = [
  'gemeente@demo.driehoek.nl',
  'corporatie@demo.driehoek.nl',
  'corporatie2@demo.driehoek.nl',
  'huurders@demo.driehoek.nl',
  'huurders2@demo.driehoek.nl',
] as const;

/**
 * From agreement to signature: the gemeente freezes the hoofddocument, every signing partij
 * signs with its password until it is "ondertekend"; the Word export is a real DOCX; a
 * verantwoording and a realisatie show up in the overview and the indicator chart.
 */
describe('ondertekenen, exporteren en verantwoorden', () => {
  let t: TestApp;
  let browser: Browser;
  let gemeente: Venster;
  const tokens: Record<string, string> = {};
  let hoofd: { id: string; afspraken: { id: string }[] };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    for (const email of DRIEHOEK) tokens[email] = await t.login(email, DEMO_WACHTWOORD);
    const demo = await gqlOkAls(
      t,
      tokens[DRIEHOEK[0]]!,
      `{ overeenkomsten { items { onderdelen { id soort afspraken { id } } } } }`,
    );
    hoofd = demo.overeenkomsten.items[0].onderdelen.find((o: any) => o.soort === 'HOOFDDOCUMENT');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('bevriezen en ondertekenen met wachtwoord tot "ondertekend"', async () => {
    // The other four partijen agree on everything through the API; the gemeente in the browser.
    for (const email of DRIEHOEK.slice(1)) {
      for (const afspraak of hoofd.afspraken) {
        await gqlOkAls(
          t,
          tokens[email]!,
          `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id } }`,
          { input: { afspraakId: afspraak.id, oordeel: 'AKKOORD' } },
        );
      }
    }

    gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    const g = gemeente.page;
    await openOnderdeel(g);
    await g.getByRole('tab', { name: 'Standpunten' }).click();
    await g
      .getByRole('button', { name: /^Akkoord namens Gemeente Vlietdam op de \d+ afspraken/ })
      .click();
    // The review: nothing is open on any afspraak, so all are ticked; then the confirmation.
    await g.getByRole('dialog').getByRole('button', { name: 'Verder' }).click();
    await g
      .getByRole('dialog')
      .getByRole('button', { name: /^Akkoord geven op \d+ afspraken$/ })
      .click();
    await g.getByText('Iedereen is akkoord met alle afspraken.').waitFor({ timeout: 30_000 });

    // The negotiation is open (the first standpunt opened it): the corporatie's edit after
    // everyone agreed is a suggestion. It leaves the akkoorden valid, but freezing names it and
    // lets it lapse only with a reason.
    const corporatie = await inloggen(browser, t.baseUrl, 'corporatie@demo.driehoek.nl');
    const c = corporatie.page;
    await openOnderdeel(c);
    await c.locator('.verbinding[data-status="online"]').waitFor();
    await c.locator('[data-afspraak-id] .afspraak-tekst').first().click();
    await c.keyboard.press('End');
    await c.keyboard.type(' Met voorrang voor starters.');
    await g.locator('[data-afspraak-id] .afspraak-tekst .suggestie-insertion').first().waitFor();
    await wachtTot(
      'de suggestie van de corporatie in de lijst van open suggesties',
      async () =>
        (
          await gqlOkAls(
            t,
            tokens[DRIEHOEK[0]]!,
            `query($id: ID!) { onderdeel(id: $id) { suggesties(status: OPEN) { id } } }`,
            { id: hoofd.id },
          )
        ).onderdeel.suggesties.length === 1,
      { timeoutMs: 10_000 },
    );
    await corporatie.context.close();

    await g.getByRole('tab', { name: 'Versies en ondertekening' }).click();
    await g.getByRole('button', { name: 'Ter ondertekening voorleggen' }).click();
    const dialoog = g.getByRole('dialog');
    await dialoog.getByText('Er staat nog één voorstel open').waitFor();
    await dialoog
      .getByText(
        /suggestie van .* \(Woonstichting De Vliet\) — voegt toe “Met voorrang voor starters\.”/,
      )
      .waitFor();
    await schermafdruk(g, '30-bevriezen-dialoog');
    expect(await toegankelijkheid(g, '30-bevriezen-dialoog')).toEqual([]);
    await g.getByRole('button', { name: 'Bevriezen en voorleggen' }).click();
    await dialoog.locator('#bevries-fout', { hasText: 'Er staat nog iets open' }).waitFor();
    await dialoog
      .getByLabel('Reden om ze te laten vervallen')
      .fill('Te laat ingediend; volgend jaar bespreken');
    await g.getByRole('button', { name: 'Bevriezen en voorleggen' }).click();
    await g.locator('.versie[data-versie="1"]', { hasText: 'Ter ondertekening' }).waitFor();
    await g.getByTestId('alleen-lezen').waitFor();
    expect(await g.locator('.afspraak-tekst').first().getAttribute('contenteditable')).toBe(
      'false',
    );

    // The huurders sign in the browser: a wrong password first, answered in Dutch at the field.
    const huurders = await inloggen(browser, t.baseUrl, 'huurders@demo.driehoek.nl');
    const h = huurders.page;
    await openOnderdeel(h);
    await h.getByTestId('alleen-lezen').waitFor();
    await h.getByRole('tab', { name: 'Versies en ondertekening' }).click();
    await h
      .getByRole('button', { name: /Ondertekenen namens Huurdersvereniging De Vliet/ })
      .click();
    await h.getByLabel('Uw functie').fill('voorzitter');
    await h.getByLabel('Wachtwoord').fill('niet-mijn-wachtwoord');
    await h.getByRole('button', { name: 'Ondertekenen', exact: true }).click();
    await h.locator('#teken-fout').waitFor();
    expect(await h.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
    await schermafdruk(h, '31-ondertekenen-fout-wachtwoord');
    await h.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
    await h.getByRole('button', { name: 'Ondertekenen', exact: true }).click();
    await h.locator('.handtekeningen li', { hasText: 'Huurdersvereniging De Vliet' }).waitFor();

    // Three more through the API; the gemeente signs last, in the browser.
    const versies = await gqlOkAls(
      t,
      tokens[DRIEHOEK[0]]!,
      `query($id: ID!) { versies(onderdeelId: $id) { id } }`,
      {
        id: hoofd.id,
      },
    );
    for (const email of [DRIEHOEK[1], DRIEHOEK[2], DRIEHOEK[4]]) {
      await gqlOkAls(
        t,
        tokens[email]!,
        `mutation($input: OndertekenInput!) { onderteken(input: $input) { id } }`,
        {
          input: {
            versieId: versies.versies[0].id,
            functie: 'directeur-bestuurder',
            wachtwoord: DEMO_WACHTWOORD,
          },
        },
      );
    }
    // The gemeente's screen follows live: four signatures, one missing.
    await g.locator('.handtekeningen li').nth(3).waitFor();
    await g.getByRole('button', { name: /Ondertekenen namens Gemeente Vlietdam/ }).click();
    await g.getByLabel('Uw functie').fill('wethouder Wonen');
    await g.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
    await g.getByRole('button', { name: 'Ondertekenen', exact: true }).click();
    await g.getByText('Dit onderdeel is ondertekend door alle partijen.').waitFor();
    await g.locator('.onderdeel-kop .badge', { hasText: 'Ondertekend' }).waitFor();
    expect(await g.locator('.versie[data-versie="1"] .handtekeningen li').count()).toBe(5);
    await schermafdruk(g, '32-ondertekend');
    expect(await toegankelijkheid(g, '32-ondertekend')).toEqual([]);
    await huurders.page.locator('.onderdeel-kop .badge', { hasText: 'Ondertekend' }).waitFor();
    await huurders.context.close();
  });

  it('de Word-export is een geldig DOCX-bestand', async () => {
    const g = gemeente.page;
    await g.getByRole('link', { name: /Prestatieafspraken Vlietdam/ }).click();
    await g.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    const [download] = await Promise.all([
      g.waitForEvent('download'),
      g.getByRole('button', { name: 'Exporteer overeenkomst (Word)' }).click(),
    ]);
    const pad = join(ARTEFACTEN, 'overeenkomst.docx');
    await download.saveAs(pad);
    const bytes = readFileSync(pad);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const zip = unzipSync(bytes);
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['word/document.xml', '[Content_Types].xml']),
    );
    expect(strFromU8(zip['word/document.xml']!)).toContain('Vlietdam');

    const [bijlage] = await Promise.all([
      g.waitForEvent('download'),
      g.getByRole('button', { name: 'Exporteer bijlage (Word)' }).click(),
    ]);
    const bijlagePad = join(ARTEFACTEN, 'bijlage.docx');
    await bijlage.saveAs(bijlagePad);
    expect(Object.keys(unzipSync(readFileSync(bijlagePad)))).toContain('word/document.xml');

    // A draft can be exported with its open suggestions as tracked changes; a signed one not.
    expect(
      await g
        .getByRole('button', { name: 'Exporteer hoofddocument met suggesties (Word)' })
        .count(),
    ).toBe(0);
    await schermafdruk(g, '32b-export-met-suggesties');
    const [suggesties] = await Promise.all([
      g.waitForEvent('download'),
      g.getByRole('button', { name: 'Exporteer bijlage met suggesties (Word)' }).click(),
    ]);
    expect(suggesties.suggestedFilename()).toMatch(/suggesties\.docx$/);
    const suggestiesPad = join(ARTEFACTEN, 'bijlage-met-suggesties.docx');
    await suggesties.saveAs(suggestiesPad);
    expect(strFromU8(unzipSync(readFileSync(suggestiesPad))['word/document.xml']!)).toContain(
      'Concept met openstaande suggesties',
    );
  });

  it('verantwoording en realisatie verschijnen in het overzicht en de grafiek', async () => {
    // May 2028: the year 2027 may be accounted for (the demo's 2026 is evaluated and closed).
    t.app.get(Klok).zet(new Date('2028-05-15T10:00:00+02:00'));
    const g = gemeente.page;
    await g.getByRole('link', { name: 'Verantwoording' }).click();
    await g.getByLabel('Jaar').selectOption('2027');
    await g.locator('.samenvatting').waitFor();
    await g
      .getByRole('button', { name: /^Verantwoorden/ })
      .first()
      .click();
    await g.getByLabel('Status').selectOption('OP_SCHEMA');
    await g.getByLabel('Toelichting').fill('Twee overleggen gehouden, het derde staat gepland.');
    await g.getByRole('button', { name: 'Verantwoording indienen' }).click();
    await g
      .locator('tbody tr', { hasText: 'Twee overleggen gehouden, het derde staat gepland.' })
      .locator('.badge', { hasText: 'Op schema' })
      .waitFor();
    await schermafdruk(g, '33-verantwoording-ingediend');
    expect(await toegankelijkheid(g, '33-verantwoording-ingediend')).toEqual([]);

    await g.getByRole('link', { name: 'Indicatoren' }).click();
    await g.locator('.grafiek svg').waitFor();
    expect(await g.locator('.punt-realisatie[data-jaar="2027"]').count()).toBe(0);
    await g.getByLabel('Jaar').selectOption('2027');
    await g.getByLabel(/^Waarde/).fill('123');
    await g.getByLabel('Bron').fill('jaarverslag 2027');
    await g.getByRole('button', { name: 'Realisatie opslaan' }).click();
    await g.getByText(/^Realisatie opgeslagen/).waitFor();
    await g.locator('.punt-realisatie[data-jaar="2027"]').waitFor();
    await g.getByText('Cijfers als tabel').click();
    await g
      .locator('.reeks-tabel tr', { hasText: '2027' })
      .locator('.realisatie-cel', { hasText: '123' })
      .waitFor();
    await schermafdruk(g, '34-grafiek-met-realisatie');
    expect(await toegankelijkheid(g, '34-grafiek-met-realisatie')).toEqual([]);
    expect(gemeente.fouten).toEqual([]);
    t.app.get(Klok).zet(null);
  });
});
