import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GebeurtenisSoort, Gebeurtenissen } from '../../src/live/gebeurtenissen';
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

/**
 * Issue 16 in the browser: the phase of an onderdeel and the regie opening the negotiation, seen
 * live in another window; the blanket akkoord as a review that leaves an afspraak with an open
 * comment to the partij unticked; and no window offering to sign what its partij already signed.
 */
describe('fase, bewust akkoord en live ondertekenen', () => {
  let t: TestApp;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let hoofd: { id: string; afspraken: { id: string; nummer: string }[] };
  let bijlageId: string;
  let partijen: Map<string, string>;
  const vensters: Venster[] = [];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seedDemo: true }), startBrowser()]);
    for (const email of [
      'gemeente@demo.driehoek.nl',
      'corporatie@demo.driehoek.nl',
      'huurders@demo.driehoek.nl',
    ])
      tokens[email] = await t.login(email, DEMO_WACHTWOORD);
    const demo = await gqlOkAls(
      t,
      tokens['gemeente@demo.driehoek.nl']!,
      `{ overeenkomsten { items { deelnemers { partij { id naam } } onderdelen { id soort afspraken { id nummer } } } } }`,
    );
    const overeenkomst = demo.overeenkomsten.items[0];
    hoofd = overeenkomst.onderdelen.find((o: { soort: string }) => o.soort === 'HOOFDDOCUMENT');
    bijlageId = overeenkomst.onderdelen.find((o: { soort: string }) => o.soort === 'BIJLAGE').id;
    partijen = new Map(
      overeenkomst.deelnemers.map((d: { partij: { id: string; naam: string } }) => [
        d.partij.naam,
        d.partij.id,
      ]),
    );
  });
  afterAll(async () => {
    await Promise.all(vensters.map((v) => v.context.close()));
    await browser?.close();
    await t?.close();
  });

  async function venster(email: string): Promise<Page> {
    const v = await inloggen(browser, t.baseUrl, email);
    vensters.push(v);
    return v.page;
  }

  it('the regie opens the negotiation; another window sees the phase change live', async () => {
    const g = await venster('gemeente@demo.driehoek.nl');
    const c = await venster('corporatie@demo.driehoek.nl');
    await openOnderdeel(g);
    await openOnderdeel(c);
    await c
      .locator('[data-fase="OPSTELLEN"]', { hasText: 'Opstellen: tekst direct bewerken' })
      .waitFor();
    // Only the regie is offered the step.
    expect(await c.getByRole('button', { name: 'Onderhandeling openen' }).count()).toBe(0);

    await g.getByRole('button', { name: 'Onderhandeling openen' }).click();
    const dialoog = g.getByRole('dialog');
    await dialoog.getByText('Dit kan niet worden teruggedraaid.').waitFor();
    await schermafdruk(g, '60-onderhandeling-openen');
    await dialoog.screenshot({ path: join(ARTEFACTEN, '60-onderhandeling-openen-dialoog.png') });
    expect(await toegankelijkheid(g, '60-onderhandeling-openen')).toEqual([]);
    await dialoog.getByRole('button', { name: 'Onderhandeling openen' }).click();
    await g.locator('[data-fase="ONDERHANDELEN"]').waitFor();
    expect(await g.getByRole('button', { name: 'Onderhandeling openen' }).count()).toBe(0);

    await c
      .locator('[data-fase="ONDERHANDELEN"]', {
        hasText: 'Onderhandelen: wijzigingen worden suggesties',
      })
      .waitFor();
    await c.screenshot({ path: join(ARTEFACTEN, '60-fase-ander-venster.png') });
  });

  it('the blanket akkoord leaves an afspraak with an open comment to the partij unticked', async () => {
    const [eerste, tweede, derde] = hoofd.afspraken;
    await gqlOkAls(
      t,
      tokens['huurders@demo.driehoek.nl']!,
      `mutation($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { id } }`,
      {
        input: {
          afspraakId: tweede!.id,
          tekst: 'Kunt u de aantallen per wijk nog toelichten?',
          gerichtAanId: partijen.get('Woonstichting De Vliet'),
        },
      },
    );
    const c = await venster('corporatie@demo.driehoek.nl');
    await openOnderdeel(c);
    // The gemeente suggests a sentence in the third afspraak (the negotiation is open).
    const g = await venster('gemeente@demo.driehoek.nl');
    await openOnderdeel(g);
    const tekstVan = (page: Page, afspraakId: string) =>
      page.locator(`[data-afspraak-id="${afspraakId}"] .afspraak-tekst`);
    await tekstVan(g, derde!.id).click();
    await g.keyboard.press('Control+End');
    await g.keyboard.type(' Met een jaarlijks overzicht per wijk.');
    await tekstVan(c, derde!.id)
      .locator('.suggestie-insertion', { hasText: 'Met een jaarlijks overzicht per wijk.' })
      .first()
      .waitFor();
    await c.getByRole('tab', { name: 'Standpunten' }).click();
    // The form of an afspraak chooses nothing for you.
    await openAfspraakPaneel(c, eerste!.nummer);
    const formulier = c.locator('.standpunt-formulier');
    await formulier.waitFor();
    for (const radio of await formulier.getByRole('radio').all())
      expect(await radio.isChecked()).toBe(false);
    await formulier.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await formulier.getByText('Kies eerst een standpunt.').waitFor();

    await c.getByRole('tab', { name: 'Standpunten' }).click();
    const aantal = hoofd.afspraken.length;
    await c
      .getByRole('button', {
        name: `Akkoord namens Woonstichting De Vliet op de ${aantal} afspraken zonder geldig standpunt`,
      })
      .click();
    const dialoog = c.getByRole('dialog');
    const rij = (afspraakId: string) => dialoog.locator(`li[data-afspraak="${afspraakId}"]`);
    await rij(tweede!.id).getByText('open opmerking aan uw partij').waitFor();
    expect(await rij(tweede!.id).getByRole('checkbox').isChecked()).toBe(false);
    await rij(derde!.id).getByText('1 open suggestie in de tekst').waitFor();
    expect(await rij(derde!.id).getByRole('checkbox').isChecked()).toBe(false);
    expect(await rij(eerste!.id).getByRole('checkbox').isChecked()).toBe(true);
    await dialoog.getByText(`${aantal - 2} van ${aantal} aangevinkt`).waitFor();
    await schermafdruk(c, '61-akkoord-nalopen');
    await dialoog.screenshot({ path: join(ARTEFACTEN, '61-akkoord-nalopen-dialoog.png') });
    expect(await toegankelijkheid(c, '61-akkoord-nalopen')).toEqual([]);

    await dialoog.getByRole('button', { name: 'Verder' }).click();
    await dialoog.getByText('U geeft namens Woonstichting De Vliet akkoord op').waitFor();
    expect(await dialoog.locator('.nalopen-gekozen li').count()).toBe(aantal - 2);
    await dialoog.screenshot({ path: join(ARTEFACTEN, '62-akkoord-bevestigen-dialoog.png') });
    await dialoog.getByRole('button', { name: `Akkoord geven op ${aantal - 2} afspraken` }).click();
    await dialoog.waitFor({ state: 'hidden' });

    const cel = (afspraakId: string) =>
      c.locator(`td[data-partij="Woonstichting De Vliet"][data-afspraak="${afspraakId}"]`);
    await cel(eerste!.id).filter({ hasText: 'Akkoord' }).waitFor();
    expect((await cel(tweede!.id).textContent())?.trim()).toBe('–');
    expect((await cel(derde!.id).textContent())?.trim()).toBe('–');
    await c
      .getByRole('button', {
        name: 'Akkoord namens Woonstichting De Vliet op de 2 afspraken zonder geldig standpunt',
      })
      .waitFor();
  });

  it('after a signature no other window offers to sign for that partij', async () => {
    await gqlOkAls(
      t,
      tokens['gemeente@demo.driehoek.nl']!,
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
      {
        input: {
          onderdeelId: hoofd.id,
          overrideReden: 'Voor de test zonder alle akkoorden',
          // The gemeente's suggestion of the test before is still open.
          vervallenReden: 'Voor de test: de open suggestie vervalt',
        },
      },
    );
    const [a, b] = [
      await venster('corporatie@demo.driehoek.nl'),
      await venster('corporatie@demo.driehoek.nl'),
    ];
    const teken = /Ondertekenen namens Woonstichting De Vliet/;
    for (const p of [a, b]) {
      await openOnderdeel(p);
      await p.getByRole('tab', { name: 'Versies en ondertekening' }).click();
      await p.getByRole('button', { name: teken }).waitFor();
    }
    // Someone works in the bijlage at the same moment: its event follows the signature's in one
    // burst, and must not make a window miss the signature.
    const gebeurtenissen = t.app.get(Gebeurtenissen);
    const publiceer = gebeurtenissen.publiceer.bind(gebeurtenissen);
    const spion = jest.spyOn(gebeurtenissen, 'publiceer').mockImplementation((g) => {
      publiceer(g);
      if (g.soort === GebeurtenisSoort.ONDERTEKEND)
        publiceer({
          ...g,
          soort: GebeurtenisSoort.AFSPRAAK_GEWIJZIGD,
          onderdeelId: bijlageId,
          onderwerpId: bijlageId,
        });
    });
    // The second window has its sign dialog open already.
    await b.getByRole('button', { name: teken }).click();
    await b.getByLabel('Uw functie').fill('directeur-bestuurder');
    await a.getByRole('button', { name: teken }).click();
    await a.getByLabel('Uw functie').fill('directeur-bestuurder');
    await a.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
    await a.getByRole('button', { name: 'Ondertekenen', exact: true }).click();
    await a.locator('.handtekeningen li', { hasText: 'Woonstichting De Vliet' }).waitFor();
    spion.mockRestore();

    // The other window follows without a reload: its open sign dialog closes and says why, the
    // signature shows, the button is gone.
    await b.getByText('Woonstichting De Vliet heeft deze versie inmiddels ondertekend').waitFor();
    expect(await b.getByRole('dialog').isVisible()).toBe(false);
    await b.locator('.handtekeningen li', { hasText: 'Woonstichting De Vliet' }).waitFor();
    expect(await b.getByRole('button', { name: teken }).count()).toBe(0);
    // The window that signed says nothing of the sort.
    expect(await a.getByText('heeft deze versie inmiddels').count()).toBe(0);
    await b.screenshot({ path: join(ARTEFACTEN, '63-ondertekend-ander-venster.png') });
  });
});
