import { Klok } from '../src/common/klok';
import { StreefwaardeSoort } from '../src/indicatoren/indicator.entity';
import { AfspraakType } from '../src/overeenkomsten/afspraak-type';
import { OnderdeelSoort } from '../src/overeenkomsten/onderdeel.entity';
import { DEMO } from '../src/demo/demo-data';
import { DEMO_REGIO } from '../src/demo/demo-regio';
import type { DemoData } from '../src/demo/demo-types';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { STANDAARD_THEMAS } from '../src/overeenkomsten/themas.service';
import { normaliseer } from '../src/regio/regio.service';
import { theError } from './support/api';
import { gqlOkAls, sqlRijen } from './support/als';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The regional view on the two demo agreements of Zuid-Holland (Vlietdam and Rietwijk): the
 * provincie, waarnemer of both, sees them side by side with their indicators added up; a gemeente
 * sees only its own; an outsider nothing. Every expected figure is computed here from the demo
 * data, or from the jaarcyclus' own answer for the deadlines.
 */

const REGIO = /* GraphQL */ `
  query ($op: DateTime, $regio: String) {
    regio(op: $op, regio: $regio) {
      op
      jaar
      regio
      regios
      overeenkomsten {
        id
        titel
        status
        startjaar
        eindjaar
        gemeenten {
          id
          naam
          regio
        }
        mijnRollen
        jaarschijf {
          id
          jaar
          status
        }
        teLaat
        teLaatMijlpalen {
          jaar
          soort
          tot
        }
        afspraken
        perType {
          type
          label
          aantal
        }
        perDomein {
          domein
          aantal
        }
        perThema {
          thema
          domein
          aantal
        }
        zorgpartijen {
          id
          naam
          soort
          bijlagen
        }
      }
      gedeeldeIndicatoren {
        naam
        eenheid
        overeenkomsten
        indicatorIds
        nulmeting
        aantalNulmetingen
        jaren {
          jaar
          overeenkomsten
          gemeenten
          streefwaarde
          aantalExact
          bandbreedteMin
          bandbreedteMax
          aantalBandbreedte
          aantalEffect
          doelMin
          doelMax
          realisatie
          aantalRealisaties
          gemeentenMetRealisatie
          perOvereenkomst {
            overeenkomstId
            titel
            gemeenten
            indicatorId
            soort
            streefwaarde
            min
            max
            effect
            realisatie
            bron
            opKoers
          }
        }
      }
    }
  }
`;
const CYCLUS = `query($op: DateTime) { jaarcyclus(op: $op) { overeenkomstId teLaat cycli { jaar mijlpalen { soort tot toestand } } } }`;

const OP = '2026-06-15T10:00:00.000Z';
const ZORG_SOORTEN = ['ZORGAANBIEDER', 'ZORGKANTOOR', 'WELZIJNSORGANISATIE', 'CLIENTENORGANISATIE'];
const TYPE_VOLGORDE = Object.values(AfspraakType);

const naamVan = (data: DemoData, key: string) => data.partijen.find((p) => p.key === key)!;
const domeinVan = (opgave: string) =>
  STANDAARD_THEMAS.find((d) => d.opgaven.includes(opgave))!.domein;
const sleutel = (i: { naam: string; eenheid: string }) =>
  `${normaliseer(i.naam)}|${normaliseer(i.eenheid)}`;

/** What the view must say about one demo agreement, from its data. */
function verwacht(data: DemoData) {
  const perType = TYPE_VOLGORDE.map((type) => ({
    type,
    aantal: data.afspraken.filter((a) => a.type === type).length,
  })).filter((t) => t.aantal > 0);
  const perThema = new Map<string, number>();
  for (const a of data.afspraken) perThema.set(a.thema, (perThema.get(a.thema) ?? 0) + 1);
  // Domains in their own order: Wonen, Zorg en welzijn, Fysieke omgeving.
  const perDomein = STANDAARD_THEMAS.map((d) => ({
    domein: d.domein,
    aantal: data.afspraken.filter((a) => d.opgaven.includes(a.thema)).length,
  })).filter((d) => d.aantal > 0);
  const zorg = new Map<string, string[]>();
  for (const o of data.onderdelen.filter((o) => o.soort === OnderdeelSoort.BIJLAGE))
    for (const key of o.ondertekenaars) {
      const p = naamVan(data, key);
      if (ZORG_SOORTEN.includes(p.soort)) zorg.set(p.naam, [...(zorg.get(p.naam) ?? []), o.titel]);
    }
  return {
    titel: data.overeenkomst.titel,
    gemeenten: data.overeenkomst.gemeenten.map((k) => naamVan(data, k).naam),
    afspraken: data.afspraken.length,
    perType,
    perThema: [...perThema].map(([thema, aantal]) => ({ thema, domein: domeinVan(thema), aantal })),
    perDomein,
    zorgpartijen: [...zorg].map(([naam, bijlagen]) => ({ naam, bijlagen })),
  };
}

describe('regionaal overzicht', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);
  const regio = async (wie: string, variables: Record<string, unknown> = { op: OP }) =>
    (await als(wie, REGIO, variables)).regio;

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of ['provincie', 'gemeente', 'gemeente-rietwijk', 'zorg-rietwijk', 'buiten'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
  }, 60_000);
  afterAll(async () => {
    t?.app.get(Klok).zet(null);
    await t?.close();
  });

  it('shows the provincie both agreements of the region with gemeente, jaarschijf, deadlines, afspraken and zorgpartijen', async () => {
    const overzicht = await regio('provincie');
    expect(overzicht).toMatchObject({ op: OP, jaar: 2026, regio: null, regios: ['Zuid-Holland'] });
    // Sorted by title: Rietwijk before Vlietdam.
    const [rietwijk, vlietdam] = overzicht.overeenkomsten;
    expect(overzicht.overeenkomsten).toHaveLength(2);

    const cycli = (await als('provincie', CYCLUS, { op: OP })).jaarcyclus;
    for (const [o, data] of [
      [rietwijk, DEMO_REGIO],
      [vlietdam, DEMO],
    ] as const) {
      const v = verwacht(data);
      expect(o).toMatchObject({
        titel: v.titel,
        startjaar: data.overeenkomst.startjaar,
        eindjaar: data.overeenkomst.eindjaar,
        mijnRollen: ['WAARNEMER'],
        afspraken: v.afspraken,
        perDomein: v.perDomein,
      });
      expect(o.gemeenten).toEqual([
        expect.objectContaining({ naam: v.gemeenten[0], regio: 'Zuid-Holland' }),
      ]);
      expect(o.perType.map(({ type, aantal }: any) => ({ type, aantal }))).toEqual(v.perType);
      expect(o.perType.every((p: any) => p.label.endsWith('afspraak'))).toBe(true);
      expect(new Set(o.perThema.map((x: any) => JSON.stringify(x)))).toEqual(
        new Set(v.perThema.map((x) => JSON.stringify(x))),
      );
      expect(o.zorgpartijen.map(({ naam, bijlagen }: any) => ({ naam, bijlagen }))).toEqual(
        v.zorgpartijen.sort((a, b) => a.naam.localeCompare(b.naam)),
      );
      expect(o.zorgpartijen.every((z: any) => ZORG_SOORTEN.includes(z.soort))).toBe(true);

      // The jaarschijf of 2026 and the deadlines come from the jaarcyclus, as it tells them.
      expect(o.jaarschijf).toMatchObject({ jaar: 2026 });
      const cyclus = cycli.find((c: any) => c.overeenkomstId === o.id);
      expect(o.teLaat).toBe(cyclus.teLaat);
      expect(o.teLaatMijlpalen).toEqual(
        cyclus.cycli.flatMap((c: any) =>
          c.mijlpalen
            .filter((m: any) => m.toestand === 'TE_LAAT')
            .map((m: any) => ({ jaar: c.jaar, soort: m.soort, tot: m.tot })),
        ),
      );
    }
    // Rietwijk's 2026 was never bid on or signed: both overdue by mid-June 2026.
    expect(rietwijk.jaarschijf.status).toBe('CONCEPT');
    expect(rietwijk.teLaatMijlpalen.map((m: any) => [m.jaar, m.soort])).toEqual([
      [2026, 'BOD'],
      [2026, 'ONDERTEKENING'],
    ]);
    expect(rietwijk.zorgpartijen).toEqual([
      expect.objectContaining({
        naam: 'Zorgcentrum De Rietkraag',
        soort: 'ZORGAANBIEDER',
        bijlagen: ['Bijlage wonen en zorg Rietwijk'],
      }),
    ]);
    expect(vlietdam.zorgpartijen.length).toBe(4);
  });

  it('adds up the indicators both agreements share, year by year, with each agreement’s own figures', async () => {
    const { gedeeldeIndicatoren, overeenkomsten } = await regio('provincie');
    const idVan = new Map(overeenkomsten.map((o: any) => [o.titel, o.id]));
    const gedeeld = DEMO_REGIO.indicatoren
      .filter((r) => DEMO.indicatoren.some((v) => sleutel(v) === sleutel(r)))
      .map((r) => ({
        rietwijk: r,
        vlietdam: DEMO.indicatoren.find((v) => sleutel(v) === sleutel(r))!,
      }));
    // The demo shares the geclusterde woningen, the nultredenwoningen and the ontruimingen.
    expect(gedeeld.length).toBeGreaterThanOrEqual(2);
    expect(gedeeldeIndicatoren.map((g: any) => g.naam)).toEqual(
      gedeeld.map((g) => g.vlietdam.naam).sort((a, b) => a.localeCompare(b, 'nl')),
    );

    for (const { rietwijk, vlietdam } of gedeeld) {
      const g = gedeeldeIndicatoren.find((x: any) => x.naam === vlietdam.naam);
      expect(g).toMatchObject({
        eenheid: vlietdam.eenheid,
        overeenkomsten: 2,
        nulmeting: vlietdam.nulmeting.waarde + rietwijk.nulmeting.waarde,
        aantalNulmetingen: 2,
      });
      expect(g.indicatorIds).toHaveLength(2);
      expect(g.jaren.map((j: any) => j.jaar)).toEqual([2026, 2027, 2028, 2029]);
      for (const j of g.jaren) {
        const beide = [
          { data: vlietdam, titel: DEMO.overeenkomst.titel },
          { data: rietwijk, titel: DEMO_REGIO.overeenkomst.titel },
        ].map(({ data, titel }) => ({
          titel,
          s: data.streefwaarden.find((s) => s.jaar === j.jaar),
          r: data.realisaties.find((r) => r.jaar === j.jaar),
        }));
        const exact = beide
          .filter((b) => b.s?.soort === StreefwaardeSoort.EXACT)
          .map((b) => b.s!.waarde!);
        const banden = beide
          .filter((b) => b.s?.soort === StreefwaardeSoort.BANDBREEDTE)
          .map((b) => b.s!);
        const gemeld = beide.filter((b) => b.r).map((b) => b.r!.waarde);
        const som = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) : null);
        const context = `${g.naam} ${j.jaar}`;
        expect([context, j]).toEqual([
          context,
          expect.objectContaining({
            overeenkomsten: 2,
            gemeenten: 2,
            streefwaarde: som(exact),
            aantalExact: exact.length,
            bandbreedteMin: som(banden.map((b) => b.min!)),
            bandbreedteMax: som(banden.map((b) => b.max!)),
            aantalBandbreedte: banden.length,
            aantalEffect: beide.filter((b) => b.s?.soort === StreefwaardeSoort.EFFECT).length,
            realisatie: som(gemeld),
            aantalRealisaties: gemeld.length,
            gemeentenMetRealisatie: gemeld.length,
          }),
        ]);
        if (exact.length + banden.length > 0) {
          expect(j.doelMin).toBe((som(exact) ?? 0) + (som(banden.map((b) => b.min!)) ?? 0));
          expect(j.doelMax).toBe((som(exact) ?? 0) + (som(banden.map((b) => b.max!)) ?? 0));
        } else {
          expect([j.doelMin, j.doelMax]).toEqual([null, null]);
        }
        expect(
          j.perOvereenkomst.map((p: any) => ({
            overeenkomstId: p.overeenkomstId,
            soort: p.soort,
            streefwaarde: p.streefwaarde,
            min: p.min,
            max: p.max,
            realisatie: p.realisatie,
          })),
        ).toEqual(
          // In the order of the agreements: Rietwijk, then Vlietdam.
          [beide[1]!, beide[0]!].map((b) => ({
            overeenkomstId: idVan.get(b.titel),
            soort: b.s?.soort ?? null,
            streefwaarde: b.s?.soort === StreefwaardeSoort.EXACT ? b.s.waarde : null,
            min: b.s?.soort === StreefwaardeSoort.BANDBREEDTE ? b.s.min : null,
            max: b.s?.soort === StreefwaardeSoort.BANDBREEDTE ? b.s.max : null,
            realisatie: b.r?.waarde ?? null,
          })),
        );
      }
    }

    // The example of the issue: geclusterde woningen realised against target across gemeenten.
    const geclusterd = gedeeldeIndicatoren.find((g: any) => /geclusterd/i.test(g.naam));
    const j2026 = geclusterd.jaren[0];
    const doel = (d: DemoData) =>
      d.indicatoren.find((i) => /geclusterd/i.test(i.naam))!.streefwaarden[0]!.waarde!;
    const realisatie = (d: DemoData) =>
      d.indicatoren.find((i) => /geclusterd/i.test(i.naam))!.realisaties[0]!.waarde;
    expect(j2026.streefwaarde).toBe(doel(DEMO) + doel(DEMO_REGIO));
    expect(j2026.realisatie).toBe(realisatie(DEMO) + realisatie(DEMO_REGIO));
    expect(j2026.perOvereenkomst.map((p: any) => p.gemeenten)).toEqual([
      ['Gemeente Rietwijk'],
      ['Gemeente Vlietdam'],
    ]);
    expect(j2026.perOvereenkomst.every((p: any) => typeof p.opKoers === 'boolean')).toBe(true);
    // A described effect is counted, not summed.
    const metEffect = gedeeldeIndicatoren
      .flatMap((g: any) => g.jaren)
      .filter((j: any) => j.aantalEffect > 0);
    expect(metEffect.length).toBeGreaterThan(0);
    for (const j of metEffect)
      expect(j.perOvereenkomst.find((p: any) => p.soort === 'EFFECT')).toMatchObject({
        effect: expect.any(String),
        opKoers: null,
      });
  });

  it('shows a gemeente only the agreements its partij takes part in, and an outsider nothing', async () => {
    const vlietdam = await regio('gemeente');
    expect(vlietdam.overeenkomsten.map((o: any) => o.titel)).toEqual([DEMO.overeenkomst.titel]);
    expect(vlietdam.overeenkomsten[0].mijnRollen).toEqual(['ONDERTEKENAAR']);
    // One agreement shares nothing with another.
    expect(vlietdam.gedeeldeIndicatoren).toEqual([]);

    const rietwijk = await regio('gemeente-rietwijk');
    expect(rietwijk.overeenkomsten.map((o: any) => o.titel)).toEqual([
      DEMO_REGIO.overeenkomst.titel,
    ]);
    expect(rietwijk.overeenkomsten[0].gemeenten.map((g: any) => g.naam)).toEqual([
      'Gemeente Rietwijk',
    ]);
    const zorg = await regio('zorg-rietwijk');
    expect(zorg.overeenkomsten.map((o: any) => [o.titel, o.mijnRollen])).toEqual([
      [DEMO_REGIO.overeenkomst.titel, ['MEDEONDERTEKENAAR_BIJLAGE']],
    ]);

    expect(await regio('buiten')).toEqual({
      op: OP,
      jaar: 2026,
      regio: null,
      regios: [],
      overeenkomsten: [],
      gedeeldeIndicatoren: [],
    });
    expect(theError(await t.gqlAs(null, REGIO, { op: OP })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('narrows to the agreements with a gemeente in a region', async () => {
    const beide = await regio('provincie', { op: OP, regio: 'Zuid-Holland' });
    expect(beide.regio).toBe('Zuid-Holland');
    expect(beide.overeenkomsten).toHaveLength(2);
    // Compared without case or surrounding spaces.
    expect(
      (await regio('provincie', { op: OP, regio: ' zuid-holland ' })).overeenkomsten,
    ).toHaveLength(2);
    const geen = await regio('provincie', { op: OP, regio: 'Utrecht' });
    expect(geen).toMatchObject({
      overeenkomsten: [],
      gedeeldeIndicatoren: [],
      regios: ['Zuid-Holland'],
    });
    expect(
      theError(await t.gqlAs(tokens.provincie!, REGIO, { op: OP, regio: '  ' })),
    ).toMatchObject({
      extensions: { code: 'VALIDATIE_FOUT', veld: 'regio' },
    });

    // Rietwijk moved to another region: the filter leaves only Vlietdam, which shares nothing alone.
    await sqlRijen(
      t.app,
      `update partij set regio = 'Holland Rijnland' where naam = 'Gemeente Rietwijk'`,
    );
    try {
      const zh = await regio('provincie', { op: OP, regio: 'Zuid-Holland' });
      expect(zh.overeenkomsten.map((o: any) => o.titel)).toEqual([DEMO.overeenkomst.titel]);
      expect(zh.gedeeldeIndicatoren).toEqual([]);
      expect(zh.regios).toEqual(['Holland Rijnland', 'Zuid-Holland']);
      const hr = await regio('provincie', { op: OP, regio: 'Holland Rijnland' });
      expect(hr.overeenkomsten.map((o: any) => o.titel)).toEqual([DEMO_REGIO.overeenkomst.titel]);
    } finally {
      await sqlRijen(
        t.app,
        `update partij set regio = 'Zuid-Holland' where naam = 'Gemeente Rietwijk'`,
      );
    }
  });

  it('takes the year from the app clock when no moment is given', async () => {
    const klok = t.app.get(Klok);
    klok.zet(new Date('2027-03-01T12:00:00Z'));
    try {
      const overzicht = await regio('provincie', {});
      expect(overzicht).toMatchObject({ op: '2027-03-01T12:00:00.000Z', jaar: 2027 });
      expect(overzicht.overeenkomsten.map((o: any) => o.jaarschijf.jaar)).toEqual([2027, 2027]);
      // New Year's Eve in UTC is already the next year in the Netherlands.
      klok.zet(new Date('2027-12-31T23:30:00Z'));
      expect((await regio('provincie', {})).jaar).toBe(2028);
      // Outside the periode there is no jaarschijf.
      klok.zet(new Date('2031-05-01T12:00:00Z'));
      expect((await regio('provincie', {})).overeenkomsten.map((o: any) => o.jaarschijf)).toEqual([
        null,
        null,
      ]);
    } finally {
      klok.zet(null);
    }
  });

  it('costs the same number of queries for two agreements as for one', async () => {
    const tel = async (wie: string) => {
      t.queries.length = 0;
      await regio(wie);
      return t.queries.length;
    };
    const een = await tel('gemeente');
    const twee = await tel('provincie');
    expect(een).toBeGreaterThan(3);
    expect(twee).toBe(een);
    expect(twee).toBeLessThanOrEqual(15);
  });
});
