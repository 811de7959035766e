import { AfspraakType } from '../overeenkomsten/afspraak-type';
import { DETAILS_INPUT_KEY } from '../overeenkomsten/afspraak-details';
import { STANDAARD_THEMAS } from '../overeenkomsten/themas.service';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { PartijSoort } from '../partijen/partij.entity';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { DEMO } from './demo-data';
import { DEMO_REGIO } from './demo-regio';
import { DEMO_ZANDMEER } from './demo-zandmeer';
import { DEMO_ACCOUNTS } from '../gedeeld/demo-accounts';
import type { DemoAfspraak, DemoDetails } from './demo-types';

/*
 * The demo is loaded through the real services at start-up; these checks catch a broken demo
 * without a database, by mirroring the rules those services enforce.
 */

const { overeenkomst } = DEMO;
const jaren = Array.from(
  { length: overeenkomst.eindjaar - overeenkomst.startjaar + 1 },
  (_, i) => overeenkomst.startjaar + i,
);
const partijKeys = new Set(DEMO.partijen.map((p) => p.key));
const soortVan = (key: string) => DEMO.partijen.find((p) => p.key === key)?.soort;
const deelnemerRol = (key: string): DeelnemerRol | undefined =>
  overeenkomst.gemeenten.includes(key)
    ? DeelnemerRol.ONDERTEKENAAR
    : overeenkomst.deelnemers.find((d) => d.partij === key)?.rol;
const isDeelnemer = (key: string) => deelnemerRol(key) !== undefined;
const ZORGSOORTEN = [
  PartijSoort.ZORGAANBIEDER,
  PartijSoort.ZORGKANTOOR,
  PartijSoort.WELZIJNSORGANISATIE,
  PartijSoort.CLIENTENORGANISATIE,
];

function partijenInDetails(details: DemoDetails): string[] {
  if ('proces' in details) return details.proces.deelnemers;
  if ('handeling' in details) return details.handeling.activiteiten.flatMap((a) => a.partijen);
  if ('garantie' in details) return details.garantie.garantstellers;
  if ('transactie' in details) return details.transactie.posten.map((p) => p.partij);
  return [];
}

const alleBetrokken = (a: DemoAfspraak) => [
  a.trekker,
  ...(a.betrokkenen ?? []).map((b) => b.partij),
  ...partijenInDetails(a.details),
];

describe('demo data', () => {
  it('has the fixed title and period 2026–2029', () => {
    expect(overeenkomst.titel).toBe('Prestatieafspraken Vlietdam 2026–2029');
    expect(jaren).toEqual([2026, 2027, 2028, 2029]);
    expect(overeenkomst.preambule.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('has the required mix of partijen', () => {
    const aantal = (soort: PartijSoort) => DEMO.partijen.filter((p) => p.soort === soort).length;
    expect(aantal(PartijSoort.GEMEENTE)).toBeGreaterThanOrEqual(1);
    expect(aantal(PartijSoort.WONINGCORPORATIE)).toBe(2);
    expect(aantal(PartijSoort.HUURDERSORGANISATIE)).toBeGreaterThanOrEqual(1);
    expect(aantal(PartijSoort.ZORGAANBIEDER)).toBe(2);
    expect(aantal(PartijSoort.ZORGKANTOOR)).toBeGreaterThanOrEqual(1);
    expect(aantal(PartijSoort.WELZIJNSORGANISATIE)).toBeGreaterThanOrEqual(1);
    expect(aantal(PartijSoort.PROVINCIE)).toBeGreaterThanOrEqual(1);
    expect(DEMO.partijen.find((p) => p.soort === PartijSoort.GEMEENTE)?.naam).toBe(
      'Gemeente Vlietdam',
    );
  });

  it('has unique keys and names', () => {
    expect(partijKeys.size).toBe(DEMO.partijen.length);
    expect(new Set(DEMO.partijen.map((p) => p.naam)).size).toBe(DEMO.partijen.length);
    expect(new Set(DEMO.afspraken.map((a) => a.key)).size).toBe(DEMO.afspraken.length);
    expect(new Set(DEMO.onderdelen.map((o) => o.key)).size).toBe(DEMO.onderdelen.length);
    expect(new Set(DEMO.indicatoren.map((i) => i.naam)).size).toBe(DEMO.indicatoren.length);
  });

  it('gives every partij a deelnemer role that fits its kind', () => {
    for (const key of overeenkomst.gemeenten) expect(soortVan(key)).toBe(PartijSoort.GEMEENTE);
    for (const d of overeenkomst.deelnemers) expect(partijKeys.has(d.partij)).toBe(true);
    expect(new Set(overeenkomst.deelnemers.map((d) => d.partij)).size).toBe(
      overeenkomst.deelnemers.length,
    );
    // Gemeente Oostwaard stays outside, for the account that must see nothing.
    expect(deelnemerRol('buiten')).toBeUndefined();
    for (const p of DEMO.partijen.filter((x) => x.key !== 'buiten')) {
      const rol = deelnemerRol(p.key);
      expect(rol).toBeDefined();
      if (p.soort === PartijSoort.PROVINCIE) expect(rol).toBe(DeelnemerRol.WAARNEMER);
      if (ZORGSOORTEN.includes(p.soort)) expect(rol).toBe(DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE);
      if ([PartijSoort.WONINGCORPORATIE, PartijSoort.HUURDERSORGANISATIE].includes(p.soort)) {
        expect(rol).toBe(DeelnemerRol.ONDERTEKENAAR);
      }
    }
    for (const d of overeenkomst.deelnemers.filter((d) => d.regie)) {
      expect([PartijSoort.GEMEENTE, PartijSoort.WONINGCORPORATIE]).toContain(soortVan(d.partij));
    }
    for (const r of overeenkomst.referenties) {
      expect(r.titel.length).toBeLessThanOrEqual(300);
      if (r.url) expect(r.url).toMatch(/^https:\/\/www\.vlietdam\.nl\//);
    }
  });

  it('has a hoofddocument signed by the driehoek', () => {
    const hoofd = DEMO.onderdelen.filter((o) => o.soort === OnderdeelSoort.HOOFDDOCUMENT);
    expect(hoofd).toHaveLength(1);
    expect(hoofd[0]!.key).toBe('hoofd');
    const soorten = hoofd[0]!.ondertekenaars.map(soortVan);
    expect(soorten).toContain(PartijSoort.GEMEENTE);
    expect(soorten.filter((s) => s === PartijSoort.WONINGCORPORATIE)).toHaveLength(2);
    expect(soorten).toContain(PartijSoort.HUURDERSORGANISATIE);
    for (const key of hoofd[0]!.ondertekenaars)
      expect(deelnemerRol(key)).toBe(DeelnemerRol.ONDERTEKENAAR);
  });

  it('has a bijlage wonen en zorg co-signed by the zorgpartijen', () => {
    const bijlage = DEMO.onderdelen.find((o) => o.key === 'bijlage');
    expect(bijlage?.soort).toBe(OnderdeelSoort.BIJLAGE);
    expect(bijlage?.titel).toBe('Bijlage wonen en zorg');
    const soorten = bijlage!.ondertekenaars.map(soortVan);
    expect(soorten.filter((s) => s === PartijSoort.ZORGAANBIEDER)).toHaveLength(2);
    expect(soorten).toContain(PartijSoort.ZORGKANTOOR);
    expect(soorten).toContain(PartijSoort.WELZIJNSORGANISATIE);
    expect(soorten).toContain(PartijSoort.GEMEENTE);
    expect(soorten).toContain(PartijSoort.WONINGCORPORATIE);
    expect(soorten).toContain(PartijSoort.HUURDERSORGANISATIE);
  });

  it('lets no provincie or waarnemer sign anything', () => {
    for (const onderdeel of DEMO.onderdelen) {
      for (const key of onderdeel.ondertekenaars) {
        expect(partijKeys.has(key)).toBe(true);
        expect(isDeelnemer(key)).toBe(true);
        expect(deelnemerRol(key)).not.toBe(DeelnemerRol.WAARNEMER);
        expect(soortVan(key)).not.toBe(PartijSoort.PROVINCIE);
      }
    }
  });

  it('has at least 24 afspraken over both onderdelen', () => {
    expect(DEMO.afspraken.length).toBeGreaterThanOrEqual(24);
    expect(DEMO.afspraken.filter((a) => a.onderdeel === 'hoofd').length).toBeGreaterThanOrEqual(15);
    expect(DEMO.afspraken.filter((a) => a.onderdeel === 'bijlage').length).toBeGreaterThanOrEqual(
      8,
    );
  });

  it('uses all six types of afspraken, several of each', () => {
    for (const type of Object.values(AfspraakType)) {
      expect(DEMO.afspraken.filter((a) => a.type === type).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses every opgave of the standard themes, and only those', () => {
    const opgaven = STANDAARD_THEMAS.flatMap((d) => d.opgaven);
    const gebruikt = new Set(DEMO.afspraken.map((a) => a.thema));
    for (const opgave of opgaven) expect(gebruikt).toContain(opgave);
    for (const thema of gebruikt) expect(opgaven).toContain(thema);
  });

  it('refers only to existing keys', () => {
    const onderdelen = new Set(DEMO.onderdelen.map((o) => o.key));
    const afspraken = new Set(DEMO.afspraken.map((a) => a.key));
    for (const a of DEMO.afspraken) {
      expect(onderdelen).toContain(a.onderdeel);
      for (const key of alleBetrokken(a)) expect(partijKeys).toContain(key);
    }
    for (const i of DEMO.indicatoren) {
      expect(i.afspraken.length).toBeGreaterThan(0);
      for (const key of i.afspraken) expect(afspraken).toContain(key);
    }
  });

  it('follows the rules of AfsprakenService for every afspraak', () => {
    for (const a of DEMO.afspraken) {
      const context = `afspraak ${a.key}`;
      // trekker: a deelnemer, not a waarnemer; betrokkenen and details partijen: deelnemers
      expect([context, isDeelnemer(a.trekker)]).toEqual([context, true]);
      expect([context, deelnemerRol(a.trekker)]).not.toEqual([context, DeelnemerRol.WAARNEMER]);
      for (const key of alleBetrokken(a))
        expect([context, key, isDeelnemer(key)]).toEqual([context, key, true]);
      // betrokkenen once each, kostenaandelen together at most 100
      const betrokkenen = a.betrokkenen ?? [];
      expect(new Set(betrokkenen.map((b) => b.partij)).size).toBe(betrokkenen.length);
      const totaal = betrokkenen.reduce((sum, b) => sum + (b.kostenaandeel ?? 0), 0);
      expect([context, totaal <= 100]).toEqual([context, true]);
      for (const b of betrokkenen) {
        expect(b.bijdrage.length).toBeGreaterThan(0);
        expect(b.bijdrage.length).toBeLessThanOrEqual(2000);
        if (b.kostenaandeel != null) expect(b.kostenaandeel).toBeGreaterThanOrEqual(0);
      }
      // jaren: unique, within the periode
      expect(a.jaren.length).toBeGreaterThan(0);
      expect(new Set(a.jaren.map((j) => j.jaar)).size).toBe(a.jaren.length);
      for (const j of a.jaren) {
        expect(jaren).toContain(j.jaar);
        expect((j.concretisering ?? '').length).toBeLessThanOrEqual(4000);
      }
      // input limits
      expect(a.titel.length).toBeGreaterThan(0);
      expect(a.titel.length).toBeLessThanOrEqual(300);
      expect(a.tekst.length).toBeGreaterThan(0);
      for (const v of a.voorwaarden ?? []) expect(v.length).toBeLessThanOrEqual(500);
    }
  });

  it('gives every afspraak the details of its type, valid for that type', () => {
    for (const a of DEMO.afspraken) {
      expect([a.key, Object.keys(a.details)]).toEqual([a.key, [DETAILS_INPUT_KEY[a.type]]]);
      const d = a.details;
      if ('proces' in d) {
        expect(d.proces.overlegvorm.length).toBeLessThanOrEqual(200);
        expect(d.proces.frequentie.length).toBeLessThanOrEqual(200);
        expect(d.proces.deelnemers.length).toBeGreaterThan(0);
      }
      if ('beschrijvend' in d) {
        expect(d.beschrijvend.omschrijving.length).toBeGreaterThan(0);
        expect(d.beschrijvend.omschrijving.length).toBeLessThanOrEqual(4000);
      }
      if ('intentie' in d) {
        expect(d.intentie.voorwaarde.length).toBeGreaterThan(0);
        expect(d.intentie.voorwaarde.length).toBeLessThanOrEqual(2000);
        expect(d.intentie.gevolg.length).toBeGreaterThan(0);
        expect(d.intentie.gevolg.length).toBeLessThanOrEqual(2000);
      }
      if ('handeling' in d) {
        expect(d.handeling.activiteiten.length).toBeGreaterThan(0);
        for (const act of d.handeling.activiteiten) {
          expect(act.partijen.length).toBeGreaterThan(0);
          expect(act.wat.length).toBeLessThanOrEqual(1000);
          expect(act.wanneer.length).toBeLessThanOrEqual(100);
        }
      }
      if ('garantie' in d) {
        expect(d.garantie.garantstellers.length).toBeGreaterThan(0);
        expect(d.garantie.wat.length).toBeLessThanOrEqual(2000);
        if (d.garantie.geldigTot) expect(d.garantie.geldigTot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      if ('transactie' in d) {
        const partijen = d.transactie.posten.map((p) => p.partij);
        expect(new Set(partijen).size).toBeGreaterThanOrEqual(2);
        expect(new Set(partijen).size).toBe(partijen.length);
        for (const p of d.transactie.posten) {
          expect(p.levert.length).toBeLessThanOrEqual(2000);
          expect(p.ontvangt.length).toBeLessThanOrEqual(2000);
        }
      }
    }
  });

  it('involves a zorgpartij in every afspraak of the bijlage', () => {
    for (const a of DEMO.afspraken.filter((a) => a.onderdeel === 'bijlage')) {
      const zorg = alleBetrokken(a).some((key) => ZORGSOORTEN.includes(soortVan(key)!));
      expect([a.key, zorg]).toEqual([a.key, true]);
    }
  });

  it('has at least 8 indicatoren with a target for every year and a realisatie for 2026', () => {
    expect(DEMO.indicatoren.length).toBeGreaterThanOrEqual(8);
    for (const i of DEMO.indicatoren) {
      expect(i.naam.length).toBeLessThanOrEqual(200);
      expect(i.eenheid.length).toBeLessThanOrEqual(60);
      expect(i.definitie.length).toBeGreaterThan(0);
      expect(i.definitie.length).toBeLessThanOrEqual(4000);
      expect((i.definitieBron ?? '').length).toBeLessThanOrEqual(200);
      expect(i.nulmeting.jaar).toBe(2025);
      // The whole agreement's figures; a place has its own beside them.
      const geheel = i.streefwaarden.filter((s) => !s.locatie);
      expect(geheel.map((s) => s.jaar).sort()).toEqual(jaren);
      const realisatieJaren = i.realisaties.filter((r) => !r.locatie).map((r) => r.jaar);
      expect(realisatieJaren).toContain(2026);
      expect(new Set(realisatieJaren).size).toBe(realisatieJaren.length);
      for (const r of i.realisaties) {
        expect(jaren).toContain(r.jaar);
        expect(r.bron.length).toBeGreaterThan(0);
        expect(r.bron.length).toBeLessThanOrEqual(300);
      }
    }
  });

  it('gives every streefwaarde exactly the fields of its kind', () => {
    for (const s of DEMO.indicatoren.flatMap((i) => i.streefwaarden)) {
      switch (s.soort) {
        case StreefwaardeSoort.EXACT:
          expect(s.waarde).toEqual(expect.any(Number));
          break;
        case StreefwaardeSoort.BANDBREEDTE:
          expect(s.min).toEqual(expect.any(Number));
          expect(s.max).toEqual(expect.any(Number));
          expect(s.min!).toBeLessThanOrEqual(s.max!);
          break;
        case StreefwaardeSoort.EFFECT:
          expect(s.effect).toBeTruthy();
          expect(s.effect!.length).toBeLessThanOrEqual(2000);
          break;
      }
    }
    const soorten = DEMO.indicatoren.flatMap((i) => i.streefwaarden.map((s) => s.soort));
    expect(
      soorten.filter((s) => s === StreefwaardeSoort.BANDBREEDTE).length,
    ).toBeGreaterThanOrEqual(2);
    expect(soorten).toContain(StreefwaardeSoort.EFFECT);
    expect(soorten).toContain(StreefwaardeSoort.EXACT);
  });

  it('defines the WOZO woningtypen after BZK 2023', () => {
    const bzk = DEMO.indicatoren.filter((i) => i.definitieBron?.includes('BZK'));
    const namen = bzk.map((i) => i.naam.toLowerCase()).join(' | ');
    expect(namen).toContain('nultreden');
    expect(namen).toContain('geclusterd');
    expect(namen).toContain('zorggeschikt');
    const geclusterd = bzk.find((i) => i.naam.toLowerCase().includes('geclusterd'))!;
    expect(geclusterd.definitie).toMatch(/12 woningen/);
    expect(geclusterd.definitie).toMatch(/50%/);
    expect(geclusterd.definitie).toMatch(/ontmoetingsruimte/);
  });
});

describe('demo accounts', () => {
  const gebruikers = DEMO.gebruikers ?? [];
  const partijKey = (email: string) => gebruikers.find((g) => g.email === email)?.partij;

  it('has the accounts the README documents, each for an existing partij', () => {
    for (const email of ['gemeente', 'corporatie', 'huurders', 'zorg', 'provincie', 'buiten']) {
      expect(partijKey(`${email}@demo.driehoek.nl`)).toBeDefined();
    }
    for (const g of gebruikers) expect(DEMO.partijen.some((p) => p.key === g.partij)).toBe(true);
  });

  it('the login page lists every demo account, and only those', () => {
    const alle = [DEMO, DEMO_REGIO, DEMO_ZANDMEER].flatMap((d) =>
      (d.gebruikers ?? []).map((g) => g.email),
    );
    expect(DEMO_ACCOUNTS.map((a) => a.email).sort()).toEqual([...new Set(alle)].sort());
  });

  it('puts the zorg account at a zorgaanbieder that signs only the bijlage, and buiten outside', () => {
    const zorg = partijKey('zorg@demo.driehoek.nl')!;
    expect(DEMO.onderdelen.find((o) => o.key === 'hoofd')!.ondertekenaars).not.toContain(zorg);
    expect(DEMO.onderdelen.find((o) => o.key === 'bijlage')!.ondertekenaars).toContain(zorg);
    const buiten = partijKey('buiten@demo.driehoek.nl')!;
    expect(DEMO.overeenkomst.deelnemers.some((d) => d.partij === buiten)).toBe(false);
    expect(DEMO.overeenkomst.gemeenten).not.toContain(buiten);
  });
});
