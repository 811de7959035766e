import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { Klok } from '../../src/common/klok';
import { gqlOkAls } from '../support/als';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_WACHTWOORD, inloggen, schermafdruk, startBrowser, toegankelijkheid } from './browser';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/**
 * Issue 15, point 11 in the browser: the gemeente records a hoofddocument signed on paper (date,
 * who signed per partij, years, PDF) and then sees it, with the PDF to download.
 */
describe('ondertekend buiten Driehoek', () => {
  let t: TestApp;
  let browser: Browser;
  let overeenkomstId: string;
  let hoofdId: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    // The server's clock and the browser's agree on the year (December 2026).
    t.app.get(Klok).zet(new Date());
    const token = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    const als = (query: string, variables?: Record<string, unknown>) =>
      gqlOkAls(t, token, query, variables);
    const partijen = (await als(`{ partijen(take: 100) { items { id naam } } }`)).partijen
      .items as { id: string; naam: string }[];
    const partij = (naam: string) => partijen.find((p) => p.naam === naam)!.id;
    const jaar = new Date().getFullYear();
    overeenkomstId = (
      await als(
        `mutation($input: CreateOvereenkomstInput!) { createOvereenkomst(input: $input) { id } }`,
        {
          input: {
            titel: 'Prestatieafspraken Vlietdam (op papier begonnen)',
            startjaar: jaar - 1,
            eindjaar: jaar + 2,
            gemeenteIds: [partij('Gemeente Vlietdam')],
            deelnemers: [
              { partijId: partij('Woonstichting De Vliet'), rol: 'ONDERTEKENAAR' },
              { partijId: partij('Huurdersvereniging De Vliet'), rol: 'ONDERTEKENAAR' },
            ],
          },
        },
      )
    ).createOvereenkomst.id;
    hoofdId = (
      await als(
        `mutation($input: CreateOnderdeelInput!) { createOnderdeel(input: $input) { id } }`,
        {
          input: {
            overeenkomstId,
            soort: 'HOOFDDOCUMENT',
            titel: 'Hoofddocument op papier',
            ondertekenaarIds: [
              partij('Gemeente Vlietdam'),
              partij('Woonstichting De Vliet'),
              partij('Huurdersvereniging De Vliet'),
            ],
          },
        },
      )
    ).createOnderdeel.id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('de regie legt de papieren ondertekening vast en downloadt de PDF', async () => {
    const jaar = new Date().getFullYear();
    const gemeente = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    const g = gemeente.page;
    await g.goto(`${t.baseUrl}/overeenkomsten/${overeenkomstId}/onderdelen/${hoofdId}`);
    await g.getByRole('tab', { name: 'Versies en ondertekening' }).click();
    await g.getByRole('button', { name: 'Ondertekend buiten Driehoek vastleggen' }).click();
    const dialoog = g.getByRole('dialog', { name: 'Ondertekend buiten Driehoek vastleggen' });
    await dialoog.getByLabel('Datum van ondertekening').fill(`${jaar - 2}-12-12`);
    for (const [partij, naam, functie] of [
      ['Gemeente Vlietdam', 'A. de Wit', 'wethouder Wonen'],
      ['Woonstichting De Vliet', 'B. Jansen', 'directeur-bestuurder'],
      ['Huurdersvereniging De Vliet', 'C. Pieters', 'voorzitter'],
    ] as const) {
      await dialoog.getByLabel(`Naam (namens ${partij})`).fill(naam);
      await dialoog.getByLabel(`Functie (namens ${partij})`).fill(functie);
    }
    await dialoog.getByRole('checkbox', { name: String(jaar - 1) }).check();
    await dialoog.getByRole('checkbox', { name: String(jaar) }).check();
    await dialoog.getByLabel('Ondertekende PDF (hoogstens 5 MB)').setInputFiles({
      name: 'getekend.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await schermafdruk(g, '60-extern-formulier');
    expect(await toegankelijkheid(g, '60-extern-formulier')).toEqual([]);
    await dialoog.getByRole('button', { name: 'Ondertekening vastleggen' }).click();

    await g
      .getByRole('heading', { name: `Ondertekend buiten Driehoek op 12 december ${jaar - 2}` })
      .waitFor();
    await g.getByText('Woonstichting De Vliet: B. Jansen, directeur-bestuurder').waitFor();
    await g.locator('.onderdeel-kop .badge', { hasText: 'Ondertekend' }).waitFor();
    expect(await toegankelijkheid(g, '61-extern-ondertekend')).toEqual([]);
    await schermafdruk(g, '61-extern-ondertekend');

    const [download] = await Promise.all([
      g.waitForEvent('download'),
      g.getByRole('button', { name: /Ondertekende PDF downloaden/ }).click(),
    ]);
    const bestand = readFileSync(await download.path());
    expect(createHash('sha256').update(bestand).digest('hex')).toBe(
      createHash('sha256').update(PDF).digest('hex'),
    );
    expect(gemeente.fouten).toEqual([]);
    await gemeente.context.close();
  });
});
