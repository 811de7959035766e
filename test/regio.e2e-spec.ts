import { MikroORM } from '@mikro-orm/core';
import { type AbstractSqlDriver } from '@mikro-orm/postgresql';
import { Migration20261225010000_IndicatorSleutel } from '../migrations/Migration20261225010000_IndicatorSleutel';
import { Klok } from '../src/common/klok';
import { indicatorSleutel } from '../src/indicatoren/indicator-sleutel';
import { DEMO } from '../src/demo/demo-data';
import { DEMO_REGIO } from '../src/demo/demo-regio';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
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

const OP = '2026-06-15T10:00:00.000Z';
const ZORG_SOORTEN = ['ZORGAANBIEDER', 'ZORGKANTOOR', 'WELZIJNSORGANISATIE', 'CLIENTENORGANISATIE'];

/*
 * What the view must say about each demo agreement, counted by hand from the demo data
 * (src/demo/demo-regio.ts for Rietwijk, src/demo/demo-data.ts for Vlietdam): afspraken per type
 * in the enum's order, per theme with its domein (src/overeenkomsten/themas.service.ts), per
 * domein in the domains' order, and the zorgpartijen that co-sign a bijlage.
 */
const VERWACHT = {
  rietwijk: {
    titel: 'Prestatieafspraken Rietwijk 2026–2029',
    gemeente: 'Gemeente Rietwijk',
    afspraken: 10,
    perType: [
      { type: 'PROCES', aantal: 2 },
      { type: 'BESCHRIJVEND', aantal: 1 },
      { type: 'INTENTIE', aantal: 1 },
      { type: 'HANDELING', aantal: 3 },
      { type: 'GARANTIE', aantal: 2 },
      { type: 'TRANSACTIE', aantal: 1 },
    ],
    perThema: [
      { thema: 'Nultredenwoningen en levensloopbestendige woningen', domein: 'Wonen', aantal: 3 },
      { thema: 'Geclusterde woonvormen met ontmoetingsruimte', domein: 'Wonen', aantal: 2 },
      { thema: 'Betaalbaarheid', domein: 'Wonen', aantal: 1 },
      { thema: 'Zorg en ondersteuning thuis', domein: 'Zorg en welzijn', aantal: 2 },
      { thema: 'Vroegsignalering en preventie', domein: 'Zorg en welzijn', aantal: 1 },
      { thema: 'Bereikbaarheid', domein: 'Fysieke omgeving', aantal: 1 },
    ],
    perDomein: [
      { domein: 'Wonen', aantal: 6 },
      { domein: 'Zorg en welzijn', aantal: 3 },
      { domein: 'Fysieke omgeving', aantal: 1 },
    ],
    zorgpartijen: [
      { naam: 'Zorgcentrum De Rietkraag', bijlagen: ['Bijlage wonen en zorg Rietwijk'] },
    ],
    // 2026 was never bid on or signed: both overdue by mid-June 2026 (Dutch midnight).
    teLaatMijlpalen: [
      { jaar: 2026, soort: 'BOD', tot: '2025-06-30T22:00:00.000Z' },
      { jaar: 2026, soort: 'ONDERTEKENING', tot: '2025-12-14T23:00:00.000Z' },
    ],
  },
  vlietdam: {
    titel: 'Prestatieafspraken Vlietdam 2026–2029',
    gemeente: 'Gemeente Vlietdam',
    afspraken: 32,
    perType: [
      { type: 'PROCES', aantal: 4 },
      { type: 'BESCHRIJVEND', aantal: 5 },
      { type: 'INTENTIE', aantal: 5 },
      { type: 'HANDELING', aantal: 8 },
      { type: 'GARANTIE', aantal: 6 },
      { type: 'TRANSACTIE', aantal: 4 },
    ],
    perThema: [
      { thema: 'Nultredenwoningen en levensloopbestendige woningen', domein: 'Wonen', aantal: 3 },
      { thema: 'Geclusterde woonvormen met ontmoetingsruimte', domein: 'Wonen', aantal: 3 },
      { thema: 'Mantelzorgwoningen', domein: 'Wonen', aantal: 1 },
      { thema: 'Woonruimteverdeling en voorrang', domein: 'Wonen', aantal: 3 },
      { thema: 'Burgerinitiatieven', domein: 'Wonen', aantal: 1 },
      { thema: 'Doorstroming', domein: 'Wonen', aantal: 1 },
      { thema: 'Betaalbaarheid', domein: 'Wonen', aantal: 3 },
      { thema: 'Zorg en ondersteuning thuis', domein: 'Zorg en welzijn', aantal: 3 },
      { thema: 'Beschermd wonen en maatschappelijke opvang', domein: 'Zorg en welzijn', aantal: 3 },
      { thema: 'Verpleegzorgplekken', domein: 'Zorg en welzijn', aantal: 1 },
      { thema: 'Spreiding van voorzieningen', domein: 'Zorg en welzijn', aantal: 1 },
      { thema: 'Vroegsignalering en preventie', domein: 'Zorg en welzijn', aantal: 2 },
      { thema: 'Eenzaamheid', domein: 'Zorg en welzijn', aantal: 1 },
      { thema: 'Toegankelijkheid', domein: 'Fysieke omgeving', aantal: 2 },
      { thema: 'Bereikbaarheid', domein: 'Fysieke omgeving', aantal: 1 },
      { thema: 'Nabijheid van voorzieningen', domein: 'Fysieke omgeving', aantal: 1 },
      { thema: 'Kwaliteit van de leefomgeving', domein: 'Fysieke omgeving', aantal: 1 },
      { thema: 'Beweegvriendelijk en ontmoeting', domein: 'Fysieke omgeving', aantal: 1 },
    ],
    perDomein: [
      { domein: 'Wonen', aantal: 15 },
      { domein: 'Zorg en welzijn', aantal: 11 },
      { domein: 'Fysieke omgeving', aantal: 6 },
    ],
    zorgpartijen: [
      { naam: 'De Overstap GGZ en Beschermd Wonen', bijlagen: ['Bijlage wonen en zorg'] },
      { naam: 'Welzijn Vlietdam', bijlagen: ['Bijlage wonen en zorg'] },
      { naam: 'Zorggroep Vlietzicht', bijlagen: ['Bijlage wonen en zorg'] },
      { naam: 'Zorgkantoor Vliet en Delta', bijlagen: ['Bijlage wonen en zorg'] },
    ],
    // The demo's 2026 is signed and under way; 2027's bod is due 1 juli, its signing 15 december.
    teLaatMijlpalen: [],
  },
};

type Per = {
  soort: string | null;
  streefwaarde: number | null;
  min: number | null;
  max: number | null;
  realisatie: number | null;
};
const exact = (streefwaarde: number, realisatie: number | null = null): Per => ({
  soort: 'EXACT',
  streefwaarde,
  min: null,
  max: null,
  realisatie,
});
const band = (min: number, max: number, realisatie: number | null = null): Per => ({
  soort: 'BANDBREEDTE',
  streefwaarde: null,
  min,
  max,
  realisatie,
});
const effect = (realisatie: number | null = null): Per => ({
  soort: 'EFFECT',
  streefwaarde: null,
  min: null,
  max: null,
  realisatie,
});
/** A year of a shared indicator: the sums, then [Rietwijk, Vlietdam] as each has it. */
const jaar = (
  streefwaarde: number | null,
  aantalExact: number,
  [bandbreedteMin, bandbreedteMax, aantalBandbreedte]: [number | null, number | null, number],
  aantalEffect: number,
  [doelMin, doelMax]: [number, number],
  [realisatie, aantalRealisaties]: [number | null, number],
  per: Per[],
) => ({
  streefwaarde,
  aantalExact,
  bandbreedteMin,
  bandbreedteMax,
  aantalBandbreedte,
  aantalEffect,
  doelMin,
  doelMax,
  realisatie,
  aantalRealisaties,
  gemeentenMetRealisatie: aantalRealisaties,
  per,
});

/*
 * The indicators both demo agreements have under the same name and unit, added up by hand from
 * their streefwaarden and realisaties (Rietwijk + Vlietdam), in the order of their names.
 */
const GEDEELD = [
  {
    naam: 'Geclusterde wooneenheden voor ouderen',
    eenheid: 'wooneenheden',
    nulmeting: 58 + 186,
    jaren: [
      jaar(
        66 + 216,
        2,
        [null, null, 0],
        0,
        [282, 282],
        [66 + 204, 2],
        [exact(66, 66), exact(216, 204)],
      ),
      jaar(82 + 252, 2, [null, null, 0], 0, [334, 334], [null, 0], [exact(82), exact(252)]),
      jaar(106 + 276, 2, [null, null, 0], 0, [382, 382], [null, 0], [exact(106), exact(276)]),
      jaar(106 + 296, 2, [null, null, 0], 0, [402, 402], [null, 0], [exact(106), exact(296)]),
    ],
  },
  {
    naam: 'Huisuitzettingen wegens huurachterstand',
    eenheid: 'ontruimingen per jaar',
    nulmeting: 5 + 14,
    jaren: [
      // Rietwijk describes an effect for 2026: counted, not summed.
      jaar(10, 1, [null, null, 0], 1, [10, 10], [3 + 9, 2], [effect(3), exact(10, 9)]),
      jaar(3 + 8, 2, [null, null, 0], 0, [11, 11], [null, 0], [exact(3), exact(8)]),
      jaar(2 + 7, 2, [null, null, 0], 0, [9, 9], [null, 0], [exact(2), exact(7)]),
      jaar(2 + 7, 2, [null, null, 0], 0, [9, 9], [null, 0], [exact(2), exact(7)]),
    ],
  },
  {
    naam: 'Nultredenwoningen in de sociale huur',
    eenheid: 'woningen',
    nulmeting: 742 + 1661,
    jaren: [
      jaar(
        null,
        0,
        [745 + 1690, 760 + 1720, 2],
        0,
        [2435, 2480],
        [751 + 1697, 2],
        [band(745, 760, 751), band(1690, 1720, 1697)],
      ),
      jaar(
        790,
        1,
        [1760, 1800, 1],
        0,
        [790 + 1760, 790 + 1800],
        [null, 0],
        [exact(790), band(1760, 1800)],
      ),
      jaar(
        815,
        1,
        [1830, 1870, 1],
        0,
        [815 + 1830, 815 + 1870],
        [null, 0],
        [exact(815), band(1830, 1870)],
      ),
      jaar(
        820,
        1,
        [1880, 1940, 1],
        0,
        [820 + 1880, 820 + 1940],
        [null, 0],
        [exact(820), band(1880, 1940)],
      ),
    ],
  },
];

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
  });
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

    for (const [o, v] of [
      [rietwijk, VERWACHT.rietwijk],
      [vlietdam, VERWACHT.vlietdam],
    ] as const) {
      expect(o).toMatchObject({
        titel: v.titel,
        startjaar: 2026,
        eindjaar: 2029,
        mijnRollen: ['WAARNEMER'],
        afspraken: v.afspraken,
        perDomein: v.perDomein,
      });
      expect(o.gemeenten).toEqual([
        expect.objectContaining({ naam: v.gemeente, regio: 'Zuid-Holland' }),
      ]);
      expect(o.perType.map(({ type, aantal }: any) => ({ type, aantal }))).toEqual(v.perType);
      expect(o.perType.every((p: any) => p.label.endsWith('afspraak'))).toBe(true);
      expect(new Set(o.perThema.map((x: any) => JSON.stringify(x)))).toEqual(
        new Set(v.perThema.map((x) => JSON.stringify(x))),
      );
      expect(o.zorgpartijen.map(({ naam, bijlagen }: any) => ({ naam, bijlagen }))).toEqual(
        v.zorgpartijen,
      );
      expect(o.zorgpartijen.every((z: any) => ZORG_SOORTEN.includes(z.soort))).toBe(true);

      // The jaarschijf of 2026 and the deadlines overdue on 15 June 2026.
      expect(o.jaarschijf).toMatchObject({ jaar: 2026 });
      expect(o.teLaat).toBe(v.teLaatMijlpalen.length);
      expect(o.teLaatMijlpalen).toEqual(v.teLaatMijlpalen);
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
    const ids = overeenkomsten.map((o: any) => o.id);
    // The demo shares the geclusterde woningen, the ontruimingen and the nultredenwoningen.
    expect(gedeeldeIndicatoren.map((g: any) => g.naam)).toEqual(GEDEELD.map((g) => g.naam));

    for (const verwacht of GEDEELD) {
      const g = gedeeldeIndicatoren.find((x: any) => x.naam === verwacht.naam);
      expect(g).toMatchObject({
        eenheid: verwacht.eenheid,
        overeenkomsten: 2,
        nulmeting: verwacht.nulmeting,
        aantalNulmetingen: 2,
      });
      expect(g.indicatorIds).toHaveLength(2);
      expect(g.jaren.map((j: any) => j.jaar)).toEqual([2026, 2027, 2028, 2029]);
      for (const [i, { per, ...som }] of verwacht.jaren.entries()) {
        const j = g.jaren[i];
        const context = `${g.naam} ${j.jaar}`;
        expect([context, j]).toEqual([
          context,
          expect.objectContaining({ overeenkomsten: 2, gemeenten: 2, ...som }),
        ]);
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
          per.map((p, k) => ({ overeenkomstId: ids[k], ...p })),
        );
      }
    }

    // The example of the issue: geclusterde woningen realised against target across gemeenten.
    const geclusterd = gedeeldeIndicatoren.find((g: any) => /geclusterd/i.test(g.naam));
    const j2026 = geclusterd.jaren[0];
    expect(j2026.streefwaarde).toBe(216 + 66);
    expect(j2026.realisatie).toBe(204 + 66);
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

  it('adds the indicators up per gemeente: a local agreement’s whole figure counts for its gemeente, not its places', async () => {
    const { perGemeente } = await als(
      'provincie',
      `query ($op: DateTime) { regio(op: $op) { perGemeente { naam eenheid jaren {
        jaar gemeenten { gemeente streefwaarde bandbreedteMin bandbreedteMax realisatie overeenkomsten }
        nietVerdeeld { streefwaarde } } } } }`,
      { op: OP },
    ).then((d) => d.regio);
    const gemeente = (naam: string, streefwaarde: number | null, realisatie: number | null) => ({
      gemeente: naam,
      streefwaarde,
      bandbreedteMin: null,
      bandbreedteMax: null,
      realisatie,
      overeenkomsten: 1,
    });
    // Counted by hand from the demo: Vlietdam's geclusterde wooneenheden also have targets per
    // complex (Molenhof 30 in 2026, and 18 realised there), but its whole-agreement figures
    // (216, 204 realised; then 252, 276, 296) are what count for Gemeente Vlietdam.
    const geclusterd = perGemeente.find(
      (i: any) => i.naam === 'Geclusterde wooneenheden voor ouderen',
    );
    expect(geclusterd.jaren).toEqual([
      {
        jaar: 2026,
        gemeenten: [gemeente('Gemeente Rietwijk', 66, 66), gemeente('Gemeente Vlietdam', 216, 204)],
        nietVerdeeld: null,
      },
      {
        jaar: 2027,
        gemeenten: [
          gemeente('Gemeente Rietwijk', 82, null),
          gemeente('Gemeente Vlietdam', 252, null),
        ],
        nietVerdeeld: null,
      },
      {
        jaar: 2028,
        gemeenten: [
          gemeente('Gemeente Rietwijk', 106, null),
          gemeente('Gemeente Vlietdam', 276, null),
        ],
        nietVerdeeld: null,
      },
      {
        jaar: 2029,
        gemeenten: [
          gemeente('Gemeente Rietwijk', 106, null),
          gemeente('Gemeente Vlietdam', 296, null),
        ],
        nietVerdeeld: null,
      },
    ]);
    // A bandwidth stays a bandwidth per gemeente: 2026 Rietwijk 745–760 (751), Vlietdam 1690–1720 (1697).
    const nultreden = perGemeente.find(
      (i: any) => i.naam === 'Nultredenwoningen in de sociale huur',
    );
    expect(nultreden.jaren[0]).toEqual({
      jaar: 2026,
      gemeenten: [
        { ...gemeente('Gemeente Rietwijk', null, 751), bandbreedteMin: 745, bandbreedteMax: 760 },
        {
          ...gemeente('Gemeente Vlietdam', null, 1697),
          bandbreedteMin: 1690,
          bandbreedteMax: 1720,
        },
      ],
      nietVerdeeld: null,
    });
    // Every indicator of both agreements is there, each once, by name.
    const namen = perGemeente.map((i: any) => i.naam);
    expect(namen).toEqual([...namen].sort((a: string, b: string) => a.localeCompare(b, 'nl')));
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

  it('pages the agreements, with totals over all pages that equal what the agreements say, in a region too', async () => {
    const PAGINA = `query($op: DateTime, $regio: String, $skip: Int, $take: Int) {
      regio(op: $op, regio: $regio, skip: $skip, take: $take) {
        overeenkomsten { id afspraken gemeenten { id } jaarschijf { status } }
        totalen { overeenkomsten gemeenten afspraken perStatus { status aantal }
                  perRegio { regio overeenkomsten } } } }`;
    const pagina = async (variables: Record<string, unknown>) =>
      (await als('provincie', PAGINA, { op: OP, ...variables })).regio;
    const klopt = async (regio: string | null, aantal: number) => {
      const alle = await pagina({ regio, take: 100 });
      expect(alle.overeenkomsten).toHaveLength(aantal);
      const eerste = await pagina({ regio, take: 1 });
      const tweede = await pagina({ regio, take: 1, skip: 1 });
      expect([...eerste.overeenkomsten, ...tweede.overeenkomsten]).toEqual(
        alle.overeenkomsten.slice(0, 2),
      );
      for (const p of [eerste, tweede]) expect(p.totalen).toEqual(alle.totalen);
      // The totals the database counts are what the unpaged agreements add up to.
      const rijen: any[] = alle.overeenkomsten;
      const statussen = new Map<string | null, number>();
      for (const o of rijen)
        statussen.set(
          o.jaarschijf?.status ?? null,
          (statussen.get(o.jaarschijf?.status ?? null) ?? 0) + 1,
        );
      expect(alle.totalen).toMatchObject({
        overeenkomsten: aantal,
        afspraken: rijen.reduce((n, o) => n + o.afspraken, 0),
        gemeenten: new Set(rijen.flatMap((o) => o.gemeenten.map((g: any) => g.id))).size,
      });
      expect(new Map(alle.totalen.perStatus.map((s: any) => [s.status, s.aantal]))).toEqual(
        statussen,
      );
      return alle.totalen;
    };
    expect((await klopt(null, 2)).perRegio).toEqual([{ regio: 'Zuid-Holland', overeenkomsten: 2 }]);
    // Past the last page: no rows, the same totals.
    const voorbij = await pagina({ skip: 5, take: 1 });
    expect(voorbij.overeenkomsten).toEqual([]);
    expect(voorbij.totalen.overeenkomsten).toBe(2);
    expect(theError(await t.gqlAs(tokens.provincie!, PAGINA, { take: 101 }))).toMatchObject({
      extensions: { code: 'VALIDATIE_FOUT', veld: 'take' },
    });

    await sqlRijen(
      t.app,
      `update partij set regio = 'Holland Rijnland' where naam = 'Gemeente Rietwijk'`,
    );
    try {
      const totalen = await klopt('Zuid-Holland', 1);
      expect(totalen.perRegio).toEqual([
        { regio: 'Holland Rijnland', overeenkomsten: 1 },
        { regio: 'Zuid-Holland', overeenkomsten: 1 },
      ]);
      await klopt('Holland Rijnland', 1);
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

  it('reads the points of every agreement only for the sums that are asked for', async () => {
    const ALLEEN_PAGINA = `query ($op: DateTime) { regio(op: $op) { totalen { overeenkomsten afspraken }
      overeenkomsten { id titel afspraken perType { type aantal } } } }`;
    const MET_PER_GEMEENTE = `query ($op: DateTime) { regio(op: $op) {
      gedeeldeIndicatoren { naam } perGemeente { naam jaren { jaar } } } }`;
    // What the Regio screen asks: the shared indicators' sums, not each agreement's part.
    const ALLEEN_SOMMEN = `query ($op: DateTime) { regio(op: $op) { totalen { overeenkomsten afspraken }
      overeenkomsten { id titel afspraken perType { type aantal } }
      gedeeldeIndicatoren { naam eenheid overeenkomsten nulmeting
        jaren { jaar doelMin doelMax realisatie gemeenten gemeentenMetRealisatie } } } }`;
    const statements = async (query: string) => {
      t.queries.length = 0;
      const antwoord = (await als('provincie', query, { op: OP })).regio;
      return { antwoord, aantal: t.queries.length };
    };
    const alles = await statements(MET_PER_GEMEENTE);
    const gedeeld = await statements(REGIO);
    const pagina = await statements(ALLEEN_PAGINA);
    const sommen = await statements(ALLEEN_SOMMEN);
    // Without perGemeente the places are not read; without any sum neither are all
    // agreements again, the shared indicators' sums nor their points. The sums alone are one
    // statement of the database's, whatever the number of agreements.
    expect(gedeeld.aantal).toBe(alles.aantal - 1);
    expect(pagina.aantal).toBe(gedeeld.aantal - 3);
    expect(sommen.aantal).toBe(pagina.aantal + 1);
    expect(sommen.antwoord.gedeeldeIndicatoren).toEqual(
      gedeeld.antwoord.gedeeldeIndicatoren.map(
        (g: {
          naam: string;
          eenheid: string;
          overeenkomsten: number;
          nulmeting: number | null;
          jaren: Record<string, unknown>[];
        }) => ({
          naam: g.naam,
          eenheid: g.eenheid,
          overeenkomsten: g.overeenkomsten,
          nulmeting: g.nulmeting,
          jaren: g.jaren.map((j) => ({
            jaar: j['jaar'],
            doelMin: j['doelMin'],
            doelMax: j['doelMax'],
            realisatie: j['realisatie'],
            gemeenten: j['gemeenten'],
            gemeentenMetRealisatie: j['gemeentenMetRealisatie'],
          })),
        }),
      ),
    );
    expect(sommen.antwoord.gedeeldeIndicatoren.length).toBeGreaterThan(0);
    expect(alles.antwoord.perGemeente.length).toBeGreaterThan(0);
    expect(gedeeld.antwoord.gedeeldeIndicatoren.map((g: { naam: string }) => g.naam)).toEqual(
      alles.antwoord.gedeeldeIndicatoren.map((g: { naam: string }) => g.naam),
    );
    // Unpaged, the sums' query lists every agreement: the page's totals count the same.
    expect(pagina.antwoord.totalen.overeenkomsten).toBe(gedeeld.antwoord.overeenkomsten.length);
    expect(pagina.antwoord.overeenkomsten).toEqual(
      gedeeld.antwoord.overeenkomsten.map(
        (o: {
          id: string;
          titel: string;
          afspraken: number;
          perType: { type: string; aantal: number }[];
        }) => ({
          id: o.id,
          titel: o.titel,
          afspraken: o.afspraken,
          perType: o.perType.map(({ type, aantal }) => ({ type, aantal })),
        }),
      ),
    );
  });

  it('groups by the key the indicator keeps: renamed, it leaves the sum; an upgrade fills the key in', async () => {
    const SOMMEN = `query ($op: DateTime) { regio(op: $op) { gedeeldeIndicatoren { naam indicatorIds } } }`;
    const gedeeld = async () =>
      (await als('provincie', SOMMEN, { op: OP })).regio.gedeeldeIndicatoren;
    const voor = await gedeeld();
    const [eerste] = voor as { naam: string; indicatorIds: string[] }[];
    expect(eerste!.indicatorIds.length).toBe(2);
    const [id, ander] = eerste!.indicatorIds as [string, string];
    // By the regie of the indicator's agreement: Vlietdam's or Rietwijk's gemeente.
    const zet = async (naam: string) => {
      const mutatie = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }`;
      for (const wie of ['gemeente', 'gemeente-rietwijk']) {
        const antwoord = await t.gqlAs(tokens[wie]!, mutatie, { input: { id, naam } });
        if (!antwoord.errors) return;
      }
      throw new Error('geen regie mocht de indicator hernoemen');
    };
    // Another name: two agreements no longer share it. Only case and accents differ: still shared.
    await zet(`${eerste!.naam} (eigen telling)`);
    expect((await gedeeld()).map((g: { naam: string }) => g.naam)).not.toContain(eerste!.naam);
    await zet(`  ${eerste!.naam.toUpperCase().replace(/E/g, 'É')}.`);
    const ids = (lijst: { indicatorIds: string[] }[]) => lijst.map((g) => g.indicatorIds);
    expect(ids(await gedeeld())).toEqual(ids(voor));
    await zet(eerste!.naam);
    expect(await gedeeld()).toEqual(voor);

    // The upgrade computes the key of every indicator there is with the entity's own function.
    const orm = t.app.get(MikroORM);
    await orm.em.getConnection().execute('alter table "indicator" drop column "sleutel"');
    await new Migration20261225010000_IndicatorSleutel(
      orm.em.getDriver() as AbstractSqlDriver,
      orm.config,
    ).up();
    const rijen = await sqlRijen<{ id: string; naam: string; eenheid: string; sleutel: string }>(
      t.app,
      'select id, naam, eenheid, sleutel from indicator',
    );
    expect(rijen.length).toBeGreaterThan(2);
    for (const rij of rijen) expect(rij.sleutel).toBe(indicatorSleutel(rij));
    expect(rijen.find((r) => r.id === id)!.sleutel).toBe(
      rijen.find((r) => r.id === ander)!.sleutel,
    );
    expect(await gedeeld()).toEqual(voor);
  });
});
