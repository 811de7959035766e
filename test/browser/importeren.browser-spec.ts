import type { Browser, Page } from 'playwright-core';
import { naarPdf, ruimOp } from '../support/docx-bestanden';
import { akkoordDocx } from '../support/import';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  inloggen,
  paginaBreedte,
  schermafdruk,
  startBrowser,
  toegankelijkheid,
  totDat,
  type Venster,
} from './browser';

/*
 * Issue 20 in the browser: the demo gemeente's opsteller uploads her current agreement as a PDF
 * (the upload's progress shown, then "Bezig met lezen…"), reviews the proposal (one type
 * corrected), confirms, and finds the afspraken' texts in the new overeenkomst's co-editor. On a
 * phone the upload and the review fit the screen.
 */

const AFSPRAKEN = [
  'Woonstichting De Vliet houdt ten minste 1.661 sociale huurwoningen die toegankelijk en levensloopbestendig zijn beschikbaar.',
  'Woonstichting De Vliet realiseert in 2027 en 2028 samen 120 woningen die geschikt zijn voor senioren.',
  'Het concept verzorgd wonen hanteren partijen als richtinggevend uitgangspunt voor wonen en zorg voor senioren.',
  'Als de locatie Vlietzicht vrijkomt, dan wordt het vastgoed getransformeerd tot een locatie voor gemengd wonen.',
  'Woonstichting De Vliet draagt € 200.000 bij aan de preventieve schuldhulp van de gemeente.',
  // Two sentences without a word that types them (an uncertain proposal): to split, merge, remove.
  'De wijk Vlietdam-Oost krijgt de komende jaren aandacht. Partijen zoeken samen uit wat daar nodig is.',
  'Partijen voeren twee keer per jaar bestuurlijk overleg en evalueren de afspraken na vier jaar.',
];

/**
 * Records, in the page, every state of the upload's progress bar (its label and value), so the
 * test sees the progress however fast the upload goes.
 */
async function volgVoortgang(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__voortgang = [];
    const noteer = () => {
      const balk = document.getElementById('import-voortgang');
      if (!balk) return;
      const label = document.querySelector('label[for="import-voortgang"]');
      const regel = (label ? label.textContent : '') + '|' + (balk.hasAttribute('value') ? balk.value : '-');
      const lijst = window.__voortgang;
      if (lijst[lijst.length - 1] !== regel) lijst.push(regel);
    };
    new MutationObserver(noteer).observe(document.body, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
  })()`);
}

/** Slows the upload down (CDP), so the progress bar moves visibly and can be photographed. */
async function traagUploaden(page: Page, bytesPerSeconde: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSeconde,
  });
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.detach();
  };
}

/** From the list into the upload dialog, the PDF chosen and sent; back while it uploads. */
async function uploadPdf(page: Page, pdf: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Akkoord importeren' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Bestaand akkoord importeren' });
  await dialoog.waitFor();
  await dialoog.getByLabel(/^Bestand/).setInputFiles({
    name: 'akkoord-vlietdam.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  await volgVoortgang(page);
  await dialoog.getByRole('button', { name: 'Uploaden en lezen' }).click();
}

describe('een bestaand akkoord importeren in de browser', () => {
  let t: TestApp;
  let browser: Browser;
  let pdf: Buffer;
  let pdfMap: string;
  const vensters: Venster[] = [];

  beforeAll(async () => {
    const [app, b, omgezet] = await Promise.all([
      startTestApp({ seedDemo: true }),
      startBrowser(),
      akkoordDocx(AFSPRAKEN, [2, 4, 1]).then((docx) => naarPdf(docx, 'akkoord-vlietdam')),
    ]);
    [t, browser, pdf, pdfMap] = [app, b, omgezet.pdf, omgezet.map];
  });
  afterAll(async () => {
    for (const v of vensters) await v.context.close();
    await browser?.close();
    await t?.close();
    if (pdfMap) await ruimOp(pdfMap);
  });

  it('uploads a PDF with its progress shown, corrects a type, confirms; the afspraken are in the co-editor', async () => {
    const venster = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    vensters.push(venster);
    const { page, fouten } = venster;

    // A file that cannot be read is refused in Dutch next to the file field.
    await page.getByRole('button', { name: 'Akkoord importeren' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Bestaand akkoord importeren' });
    await dialoog.getByLabel(/^Bestand/).setInputFiles({
      name: 'akkoord.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\nGeen echte PDF\n%%EOF\n'),
    });
    await dialoog.getByRole('button', { name: 'Uploaden en lezen' }).click();
    const fout = dialoog.locator('#import-fout');
    await fout.waitFor();
    expect(await fout.textContent()).toMatch(/[a-z]/);
    expect(await dialoog.getByLabel(/^Bestand/).getAttribute('aria-invalid')).toBe('true');
    await dialoog.getByRole('button', { name: 'Annuleren' }).click();

    // The real PDF, uploaded slowly enough to see the bar move.
    const normaal = await traagUploaden(page, Math.max(4_000, Math.round(pdf.length / 3)));
    await uploadPdf(page, pdf);
    await page.locator('progress#import-voortgang[value]:not([value="0"])').waitFor();
    await schermafdruk(page, 'import-upload-desktop', true);
    await normaal();
    await page.getByRole('heading', { level: 1, name: 'Akkoord nakijken' }).waitFor();
    expect(page.url()).toMatch(/\/importeren\/[0-9a-f-]{36}$/);
    const gezien = await page.evaluate<string[]>('window.__voortgang');
    expect(gezien.some((r) => /^Uploaden… \d+%\|\d+$/.test(r))).toBe(true);
    const waarden = gezien
      .filter((r) => r.startsWith('Uploaden'))
      .map((r) => Number(r.split('|')[1]));
    expect(waarden).toEqual([...waarden].sort((a, b) => a - b));
    expect(gezien).toContain('Bezig met lezen…|-');

    // The review: title and period from the file, the partijen known and new.
    const titel = page.getByLabel('Titel', { exact: true });
    expect(await titel.inputValue()).toBe('Prestatieafspraken Vlietdam 2027–2030');
    expect(await page.getByLabel('Startjaar').inputValue()).toBe('2027');
    expect(await page.getByLabel('Eindjaar').inputValue()).toBe('2030');
    const partijen = page.locator('.import-partij');
    expect(await partijen.count()).toBe(4);
    expect(await partijen.nth(1).getByText('Bestaat al').count()).toBe(1);
    expect(await partijen.nth(3).getByText('Nieuw').count()).toBe(1);
    expect(await page.getByLabel('Naam partij 4').inputValue()).toBe('Zorgcoöperatie Vlietland');
    expect(await page.getByLabel('Tekst van de preambule').inputValue()).toContain(
      'het aantal ouderen in Vlietdam tot 2040 sterk groeit;',
    );
    // Every afspraak with its number, its text and the words that typed it marked.
    const kaarten = page.locator('.import-afspraak');
    expect(await kaarten.count()).toBe(7);
    expect(await page.locator('.import-tekst').allTextContents()).toEqual(AFSPRAKEN);
    expect(await page.locator('.import-afspraak mark').count()).toBeGreaterThan(0);
    for (const mark of await page.locator('.import-afspraak mark').allTextContents())
      expect(AFSPRAKEN.join(' ').toLowerCase()).toContain(mark.toLowerCase());
    expect(await page.locator('.import-waarom').first().textContent()).toMatch(/Herkend aan: ‘/);
    const type12 = page.getByLabel('Type van afspraak 1.2');
    expect(await type12.inputValue()).toBe('HANDELING');
    expect(await page.getByLabel('Trekker').first().locator('option:checked').textContent()).toBe(
      'Woonstichting De Vliet',
    );
    expect(await page.getByText('Aldus overeengekomen en ondertekend te Vlietdam').count()).toBe(1);

    // The one proposal without a telling word is marked uncertain, and says why.
    const kaart24 = kaarten.filter({ hasText: 'Vlietdam-Oost' });
    expect(await page.locator('.import-onzeker').count()).toBe(1);
    expect(await kaart24.locator('.import-onzeker').textContent()).toBe('Onzeker');
    expect(await kaart24.locator('.import-waarom').textContent()).toMatch(
      /Onzeker voorstel\. Geen kenmerkende woorden gevonden\./,
    );

    // 2.4 split at its second sentence, then merged again: no word lost either way.
    await kaart24.getByRole('button', { name: 'Splitsen', exact: true }).click();
    await kaart24.getByLabel('Nieuwe afspraak begint bij').selectOption({ index: 0 });
    await kaart24.getByRole('button', { name: 'Hier splitsen' }).click();
    await page.locator('.import-afspraak').nth(7).waitFor();
    expect((await page.locator('.import-tekst').allTextContents()).slice(5, 7)).toEqual([
      'De wijk Vlietdam-Oost krijgt de komende jaren aandacht.',
      'Partijen zoeken samen uit wat daar nodig is.',
    ]);
    expect(await kaarten.nth(6).locator('.import-nummer').textContent()).toContain('uit 2.4');
    await kaarten.nth(5).getByRole('button', { name: 'Samenvoegen met volgende' }).click();
    await totDat(
      () => page.locator('.import-tekst').allTextContents(),
      (teksten) => teksten.length === 7 && teksten[5] === AFSPRAKEN[5],
    );

    // What else the texts state, each removable; an amount asks who pays it and how often.
    const kaart11 = kaarten.nth(0);
    expect(await kaart11.locator('.import-gegevens').textContent()).toMatch(
      /Norm\s*ten minste 1\.661 woningen — sociale huurwoningen/,
    );
    const kaart21 = kaarten.nth(2);
    await kaart21.getByRole('button', { name: 'Doelgroep Ouderen weghalen' }).click();
    expect(await kaart21.locator('.import-gegevens').count()).toBe(0);
    const kaart23 = kaarten.nth(4);
    expect(await kaart23.locator('.import-gegevens').textContent()).toMatch(
      /Bedrag\s*€ 200\.000 in totaal — preventieve schuldhulp/,
    );
    expect(
      await kaart23
        .getByLabel('Wie betaalt € 200.000 in totaal?')
        .locator('option:checked')
        .textContent(),
    ).toBe('Woonstichting De Vliet');
    await kaart23.getByLabel('Hoe vaak € 200.000?').selectOption('EENMALIG');
    await kaart23.getByLabel('Wie betaalt € 200.000 eenmalig?').waitFor();
    await kaart23.getByLabel('Bedrag in euro').fill('250.000');
    await kaart23.getByLabel('Wie betaalt € 250.000 eenmalig?').waitFor();
    expect(await kaart11.getByLabel(/^Waarde van de norm/).inputValue()).toBe('1.661');
    // The type's details as the text states them, to correct.
    const kaart22 = kaarten.nth(3);
    await kaart22.getByText('Gegevens van de intentieafspraak').click();
    expect(await kaart22.getByLabel('Als …').inputValue()).toBe('de locatie Vlietzicht vrijkomt');
    await kaart22.getByLabel('… dan').fill('transformeert De Vliet het vastgoed tot gemengd wonen');
    await kaart22.scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-type-gegevens-desktop', true);
    await kaart23.scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-gegevens-desktop', true);

    await schermafdruk(page, 'import-nakijken-desktop');
    await page.getByRole('heading', { name: 'Partijen' }).scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-nakijken-partijen-desktop', true);
    await kaart24.scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-nakijken-afspraak-desktop', true);
    expect(await toegankelijkheid(page, 'import-nakijken')).toEqual([]);

    // The reviewer corrects one type and names the agreement apart from the demo's own.
    await type12.selectOption('GARANTIE');
    await page
      .locator('.import-afspraak')
      .nth(1)
      .getByText(/Voorgesteld was: Handelingsafspraak/)
      .waitFor();
    await titel.fill('Prestatieafspraken Vlietdam 2027–2030 (geïmporteerd)');

    // A period too short for 1.2's years: the server's refusal stands at 1.2's years, focused.
    await page.getByLabel('Eindjaar').fill('2027');
    await page.getByRole('button', { name: 'Overeenkomst aanmaken' }).click();
    await page
      .getByRole('dialog', { name: 'Overeenkomst aanmaken?' })
      .getByRole('button', { name: 'Ja, aanmaken' })
      .click();
    const jaren12 = kaarten.nth(1).getByRole('group', { name: 'Jaren' });
    await jaren12.getByText('2028 valt buiten de periode 2027–2027').waitFor();
    expect(await jaren12.getByText('(buiten de periode)').count()).toBe(1);
    await totDat(
      () => jaren12.evaluate((e) => e === e.ownerDocument.activeElement),
      (erop) => erop,
    );
    await jaren12.scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-fout-desktop', true);
    await page.getByLabel('Eindjaar').fill('2030');

    await page.getByRole('button', { name: 'Overeenkomst aanmaken' }).click();
    const bevestig = page.getByRole('dialog', { name: 'Overeenkomst aanmaken?' });
    await bevestig.waitFor();
    expect(await bevestig.textContent()).toMatch(
      /7 afspraken en 4 partijen, waarvan één nieuwe partij/,
    );
    await bevestig.getByRole('button', { name: 'Ja, aanmaken' }).click();

    const naam = /Prestatieafspraken Vlietdam 2027–2030 \(geïmporteerd\)/;
    await page.getByRole('heading', { level: 1, name: naam }).waitFor();
    expect(page.url()).toMatch(/\/overeenkomsten\/[0-9a-f-]{36}$/);

    // Its hoofddocument in the co-editor holds the afspraken' texts, the corrected type kept.
    await page
      .locator('section[aria-labelledby="kop-onderdelen"]')
      .getByRole('link')
      .first()
      .click();
    await page.locator('[data-afspraak-id] .afspraak-tekst').first().waitFor();
    await totDat(
      () => page.locator('[data-afspraak-id] .afspraak-tekst').allTextContents(),
      (teksten) => teksten.map((t) => t.trim()).join('|') === AFSPRAKEN.join('|'),
    );
    // The one refusal the browser logs is the unreadable file's, on purpose at the start.
    expect(fouten).toEqual([
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });

  it('adds the agreement as a bijlage of an existing overeenkomst, in its period', async () => {
    const venster = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl');
    vensters.push(venster);
    const { page, fouten } = venster;
    await uploadPdf(page, pdf);
    await page.getByRole('heading', { level: 1, name: 'Akkoord nakijken' }).waitFor();
    const wat = page.getByLabel('Wat wordt dit akkoord?');
    await wat.waitFor();
    await wat.selectOption({
      label: 'Een bijlage bij ‘Prestatieafspraken Vlietdam 2026–2029’ (2026–2029)',
    });
    // The overeenkomst's period instead of the file's; no preamble of its own.
    await page.getByText('Periode: 2026–2029, die van de overeenkomst.').waitFor();
    expect(await page.getByLabel('Startjaar').count()).toBe(0);
    expect(await page.getByLabel('Tekst van de preambule').isDisabled()).toBe(true);
    await page.getByLabel('Titel van de bijlage').fill('Bijlage wonen en zorg (geïmporteerd)');
    await page.getByRole('heading', { name: 'Overeenkomst', exact: true }).scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-als-bijlage-desktop', true);

    await page.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    const bevestig = page.getByRole('dialog', { name: 'Bijlage toevoegen?' });
    await bevestig.waitFor();
    expect(await bevestig.textContent()).toMatch(
      /als bijlage toe aan ‘Prestatieafspraken Vlietdam 2026–2029’ \(2026–2029\) met 7 afspraken/,
    );
    await bevestig.getByRole('button', { name: 'Ja, aanmaken' }).click();
    await page
      .getByRole('heading', { level: 1, name: /Prestatieafspraken Vlietdam 2026–2029/ })
      .waitFor();
    await page
      .locator('section[aria-labelledby="kop-onderdelen"]')
      .getByRole('link', { name: /Bijlage wonen en zorg \(geïmporteerd\)/ })
      .waitFor();
    expect(fouten).toEqual([]);
  });

  it('on a phone (375 px) the upload and the review fit the screen, the two sides stacked', async () => {
    const venster = await inloggen(browser, t.baseUrl, 'gemeente@demo.driehoek.nl', {
      width: 375,
      height: 812,
    });
    vensters.push(venster);
    const { page, fouten } = venster;
    await schermafdruk(page, 'import-lijst-telefoon', true);
    const normaal = await traagUploaden(page, Math.max(4_000, Math.round(pdf.length / 3)));
    await uploadPdf(page, pdf);
    await page.locator('progress#import-voortgang[value]:not([value="0"])').waitFor();
    await schermafdruk(page, 'import-upload-telefoon', true);
    await normaal();
    await page.getByRole('heading', { level: 1, name: 'Akkoord nakijken' }).waitFor();
    await page.locator('.import-afspraak').first().waitFor();
    expect(await paginaBreedte(page)).toBeLessThanOrEqual(375);
    // The source text above the choices, not beside them.
    const kaart = page.locator('.import-afspraak').first();
    const tekst = await kaart.locator('.import-bron-tekst').boundingBox();
    const keuzes = await kaart.locator('.import-keuzes').boundingBox();
    expect(keuzes!.y).toBeGreaterThanOrEqual(tekst!.y + tekst!.height - 1);
    await schermafdruk(page, 'import-nakijken-telefoon');
    await kaart.scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-afspraak-telefoon', true);
    await page.getByRole('heading', { name: 'Partijen' }).scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-partijen-telefoon', true);
    const bedrag = page.locator('.import-bedrag').first();
    await bedrag.scrollIntoViewIfNeeded();
    expect(await paginaBreedte(page)).toBeLessThanOrEqual(375);
    await schermafdruk(page, 'import-gegevens-telefoon', true);

    // Removing an afspraak moves its text to the leftover list.
    await page
      .getByRole('button', {
        name: 'Verwijderen: afspraak 2.4 (tekst gaat naar ‘Niet ondergebracht’)',
      })
      .click();
    const overig = page.locator('.import-overig li');
    await overig.first().waitFor();
    expect(await overig.allTextContents()).toEqual([
      `Verwijderd: afspraak 2.4 — ${AFSPRAKEN[5]} Terugzetten`,
    ]);
    expect(await page.locator('.import-afspraak').count()).toBe(6);
    await overig.first().scrollIntoViewIfNeeded();
    await schermafdruk(page, 'import-overig-telefoon', true);
    // And back where it stood.
    await page.getByRole('button', { name: 'Terugzetten: afspraak 2.4' }).click();
    await totDat(
      () => page.locator('.import-tekst').allTextContents(),
      (teksten) => teksten.join('|') === AFSPRAKEN.join('|'),
    );
    expect(await overig.count()).toBe(0);
    expect(fouten).toEqual([]);
  });
});
