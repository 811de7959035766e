import { AfspraakType } from '../overeenkomsten/afspraak-type';
import { DETAILS_INPUT_KEY } from '../overeenkomsten/afspraak-details';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { STANDAARD_THEMAS } from '../overeenkomsten/themas.service';
import { PartijSoort } from '../partijen/partij.entity';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { normaliseer } from '../indicatoren/indicator-sleutel';
import { DEMO } from './demo-data';
import { DEMO_REGIO, DEMO_REGIO_TITEL } from './demo-regio';
import type { DemoDetails } from './demo-types';

/*
 * The second, regional demo agreement (Rietwijk): loaded through the real services like the first,
 * so these checks mirror the main rules, and what the regional view needs from it.
 */

const { overeenkomst } = DEMO_REGIO;
const soortVan = (key: string) => DEMO_REGIO.partijen.find((p) => p.key === key)?.soort;
const rolVan = (key: string) => overeenkomst.deelnemers.find((d) => d.partij === key)?.rol;
const sleutel = (i: { naam: string; eenheid: string }) =>
  `${normaliseer(i.naam)}|${normaliseer(i.eenheid)}`;

function partijenInDetails(details: DemoDetails): string[] {
  if ('proces' in details) return details.proces.deelnemers;
  if ('handeling' in details) return details.handeling.activiteiten.flatMap((a) => a.partijen);
  if ('garantie' in details) return details.garantie.garantstellers;
  if ('transactie' in details) return details.transactie.posten.map((p) => p.partij);
  return [];
}

describe('regional demo data (Rietwijk)', () => {
  it('is a second agreement for 2026–2029 in the same region as Vlietdam', () => {
    expect(overeenkomst.titel).toBe(DEMO_REGIO_TITEL);
    expect(overeenkomst.titel).not.toBe(DEMO.overeenkomst.titel);
    expect([overeenkomst.startjaar, overeenkomst.eindjaar]).toEqual([2026, 2029]);
    const regios = new Set([...DEMO.partijen, ...DEMO_REGIO.partijen].map((p) => p.regio));
    expect(regios).toEqual(new Set(['Zuid-Holland']));
  });

  it('has its own driehoek and zorgaanbieder, and shares only the provincie with the first demo', () => {
    const gedeeld = DEMO_REGIO.partijen.filter((p) =>
      DEMO.partijen.some((q) => q.naam === p.naam && q.soort === p.soort),
    );
    expect(gedeeld.map((p) => p.soort)).toEqual([PartijSoort.PROVINCIE]);
    expect(rolVan('provincie')).toBe(DeelnemerRol.WAARNEMER);
    expect(new Set(DEMO_REGIO.partijen.map((p) => p.naam)).size).toBe(DEMO_REGIO.partijen.length);
    const hoofd = DEMO_REGIO.onderdelen.find((o) => o.key === 'hoofd')!;
    expect(hoofd.ondertekenaars.map(soortVan).sort()).toEqual(
      [PartijSoort.GEMEENTE, PartijSoort.HUURDERSORGANISATIE, PartijSoort.WONINGCORPORATIE].sort(),
    );
    const bijlage = DEMO_REGIO.onderdelen.find((o) => o.key === 'bijlage')!;
    const zorg = bijlage.ondertekenaars.filter((k) => soortVan(k) === PartijSoort.ZORGAANBIEDER);
    expect(zorg).toHaveLength(1);
    expect(rolVan(zorg[0]!)).toBe(DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE);
    for (const o of DEMO_REGIO.onderdelen)
      for (const k of o.ondertekenaars) expect(rolVan(k)).not.toBe(DeelnemerRol.WAARNEMER);
  });

  it('has accounts of its own, none of the first demo', () => {
    const emails = (DEMO_REGIO.gebruikers ?? []).map((g) => g.email);
    expect(emails).toContain('gemeente-rietwijk@demo.driehoek.nl');
    for (const e of emails) expect((DEMO.gebruikers ?? []).map((g) => g.email)).not.toContain(e);
    for (const g of DEMO_REGIO.gebruikers ?? []) expect(soortVan(g.partij)).toBeDefined();
  });

  it('has 8 to 10 afspraken of several types and themes, valid for their type', () => {
    expect(DEMO_REGIO.afspraken.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_REGIO.afspraken.length).toBeLessThanOrEqual(10);
    expect(new Set(DEMO_REGIO.afspraken.map((a) => a.type))).toEqual(
      new Set(Object.values(AfspraakType)),
    );
    const opgaven = STANDAARD_THEMAS.flatMap((d) => d.opgaven);
    for (const a of DEMO_REGIO.afspraken) {
      expect(opgaven).toContain(a.thema);
      expect([a.key, Object.keys(a.details)]).toEqual([a.key, [DETAILS_INPUT_KEY[a.type]]]);
      const partijen = [
        a.trekker,
        ...(a.betrokkenen ?? []).map((b) => b.partij),
        ...partijenInDetails(a.details),
      ];
      for (const k of partijen)
        expect([a.key, k, rolVan(k) !== undefined]).toEqual([a.key, k, true]);
      expect(rolVan(a.trekker)).not.toBe(DeelnemerRol.WAARNEMER);
      const betrokkenen = a.betrokkenen ?? [];
      expect(new Set(betrokkenen.map((b) => b.partij)).size).toBe(betrokkenen.length);
      expect(betrokkenen.reduce((n, b) => n + (b.kostenaandeel ?? 0), 0)).toBeLessThanOrEqual(100);
      for (const j of a.jaren) expect(j.jaar).toBeGreaterThanOrEqual(2026);
      for (const j of a.jaren) expect(j.jaar).toBeLessThanOrEqual(2029);
      if ('transactie' in a.details)
        expect(new Set(a.details.transactie.posten.map((p) => p.partij)).size).toBeGreaterThan(1);
    }
    expect(new Set(DEMO_REGIO.afspraken.map((a) => a.key)).size).toBe(DEMO_REGIO.afspraken.length);
  });

  it('shares at least two indicators with Vlietdam by exactly the same name and unit', () => {
    const gedeeld = DEMO_REGIO.indicatoren.filter((r) =>
      DEMO.indicatoren.some((v) => v.naam === r.naam && v.eenheid === r.eenheid),
    );
    expect(gedeeld.length).toBeGreaterThanOrEqual(2);
    expect(gedeeld.map((i) => i.naam)).toContain('Geclusterde wooneenheden voor ouderen');
    // And no other by a name that only differs in case or spacing: the view would add it up too.
    const bijna = DEMO_REGIO.indicatoren.filter((r) =>
      DEMO.indicatoren.some((v) => sleutel(v) === sleutel(r)),
    );
    expect(bijna).toEqual(gedeeld);
  });

  it('gives every indicator a nulmeting, a target per year (a bandwidth among them) and a realisatie for 2026', () => {
    expect(DEMO_REGIO.indicatoren.length).toBeGreaterThanOrEqual(3);
    expect(DEMO_REGIO.indicatoren.length).toBeLessThanOrEqual(4);
    const afspraken = new Set(DEMO_REGIO.afspraken.map((a) => a.key));
    for (const i of DEMO_REGIO.indicatoren) {
      expect(i.nulmeting.jaar).toBe(2025);
      expect(i.streefwaarden.map((s) => s.jaar)).toEqual([2026, 2027, 2028, 2029]);
      expect(i.realisaties.map((r) => r.jaar)).toEqual([2026]);
      for (const k of i.afspraken) expect(afspraken).toContain(k);
      for (const s of i.streefwaarden) {
        if (s.soort === StreefwaardeSoort.EXACT) expect(s.waarde).toEqual(expect.any(Number));
        if (s.soort === StreefwaardeSoort.BANDBREEDTE) expect(s.min!).toBeLessThanOrEqual(s.max!);
        if (s.soort === StreefwaardeSoort.EFFECT) expect(s.effect).toBeTruthy();
      }
    }
    const soorten = DEMO_REGIO.indicatoren.flatMap((i) => i.streefwaarden.map((s) => s.soort));
    expect(soorten).toContain(StreefwaardeSoort.BANDBREEDTE);
  });
});

describe('normalised indicator names', () => {
  it('ignores case, accents, repeated spaces and trailing punctuation', () => {
    expect(normaliseer('  Geclusterde   Wooneenheden voor ouderen. ')).toBe(
      normaliseer('geclusterde wooneenheden voor ouderen'),
    );
    expect(normaliseer('Cliënten')).toBe('clienten');
    expect(normaliseer('woningen')).not.toBe(normaliseer('wooneenheden'));
  });
});
