import { Klok } from '../src/common/klok';
import {
  CREATE_ONDERDEEL,
  CREATE_OVEREENKOMST,
  afspraakInput,
  createFixture,
  createPartij,
  defaultThemas,
  theError,
  type Fixture,
} from './support/api';
import { docxTekst } from './support/docx-bestanden';
import { startTestApp, TESTER, TEST_WACHTWOORD, type TestApp } from './support/test-app';

/*
 * Places of an afspraak (issue 15, point 2): complex, wijk, kern, gemeente or adres, belonging to
 * the overeenkomst so afspraken and figures share them. The afspraken are paraphrased from real
 * ones in /work/shared/seeds (source named at each).
 */

const AFSPRAAK = /* GraphQL */ `
  query ($id: ID!) {
    afspraak(id: $id) {
      id
      nummer
      locaties {
        id
        soort
        soortLabel
        naam
        gemeente {
          id
          naam
        }
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation ($input: CreateAfspraakInput!) {
    createAfspraak(input: $input) {
      id
      locaties {
        id
        soort
        naam
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateAfspraakInput!) {
    updateAfspraak(input: $input) {
      id
      locaties {
        id
        soort
        naam
      }
    }
  }
`;
const LOCATIES = `query($id: ID!) { overeenkomst(id: $id) { locaties { id soort naam gemeente { naam } } } }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id verouderd } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) { rijen { afspraakId cellen { standpunt { verouderd } } } } }`;
const STREEFWAARDE = `mutation($input: CreateStreefwaardeInput!) { createStreefwaarde(input: $input) { id jaar soort waarde locatie { id naam } } }`;
const REALISATIE = `mutation($input: CreateRealisatieInput!) { createRealisatie(input: $input) { id jaar waarde locatie { id naam } } }`;
const INDICATOR = /* GraphQL */ `
  query ($id: ID!) {
    indicator(id: $id) {
      streefwaarden {
        jaar
        waarde
        locatie {
          id
        }
      }
      realisaties {
        jaar
        waarde
      }
      streefwaardenPerLocatie {
        jaar
        waarde
        locatie {
          naam
        }
      }
      realisatiesPerLocatie {
        jaar
        waarde
        locatie {
          naam
        }
      }
    }
  }
`;

describe('plaatsen van een afspraak', () => {
  let t: TestApp;
  let fx: Fixture;
  let themaId: string;
  let nijkerk: string;
  let klok: Klok;

  beforeAll(async () => {
    t = await startTestApp();
    klok = t.app.get(Klok);
    fx = await createFixture(t, 'Nijkerk');
    themaId = (await defaultThemas(t)).get('Woonruimteverdeling en voorrang')!.id;
  });
  afterEach(() => klok.zet(null));

  /** An export (`overeenkomsten/<id>` or `onderdelen/<id>`) as a Word file. */
  async function exporteer(pad: string): Promise<Buffer> {
    const res = await fetch(`${t.baseUrl}/export/${pad}.docx`, {
      headers: { authorization: `Bearer ${await t.login(TESTER, TEST_WACHTWOORD)}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }
  afterAll(async () => {
    await t?.close();
  });

  it('holds the complexen of an afspraak, each once for the overeenkomst, and reads them back', async () => {
    // Seed 002, §3.5 (Nijkerk): "Binnen de complexen 'Zilverschoon', 'Beatrixflat', 'Venepoort',
    // 'Oranjelaan' is 50 procent gelabeld voor toewijzing met voorrang voor mensen met een CIZ-
    // en/of Wmo-indicatie."
    const gelabeld = (
      await t.gqlOk(CREATE, {
        input: afspraakInput(fx, themaId, {
          titel: 'Helft van de woonzorgcomplexen gelabeld voor mensen met een indicatie',
          tekst:
            'In de complexen is 50 procent gelabeld voor toewijzing met voorrang voor mensen met een CIZ- en/of Wmo-indicatie.',
          locaties: ['Zilverschoon', 'Beatrixflat', 'Venepoort', 'Oranjelaan'].map((naam) => ({
            soort: 'COMPLEX',
            naam,
          })),
        }),
      })
    ).createAfspraak;
    nijkerk = gelabeld.id;
    expect(gelabeld.locaties.map((l: any) => l.naam)).toEqual([
      'Zilverschoon',
      'Beatrixflat',
      'Venepoort',
      'Oranjelaan',
    ]);
    const gelezen = (await t.gqlOk(AFSPRAAK, { id: gelabeld.id })).afspraak;
    // A local agreement: every place lies in its one gemeente.
    expect(gelezen.locaties[0]).toMatchObject({
      soort: 'COMPLEX',
      soortLabel: 'complex',
      naam: 'Zilverschoon',
      gemeente: { id: fx.gemeente, naam: 'Gemeente Nijkerk' },
    });

    // Same seed: "Binnen het complex 'de Stoutenborg' is 50 procent gelabeld … op voorwaarde dat
    // hierdoor geen leegstand ontstaat". Another afspraak naming Zilverschoon reuses that place.
    const stoutenborg = (
      await t.gqlOk(CREATE, {
        input: afspraakInput(fx, themaId, {
          titel: 'De Stoutenborg gelabeld zonder leegstand',
          voorwaarden: ['geen leegstand', 'toewijzing op maat mogelijk'],
          locaties: [
            { soort: 'COMPLEX', naam: 'De Stoutenborg' },
            { soort: 'COMPLEX', naam: 'zilverschoon' },
          ],
        }),
      })
    ).createAfspraak;
    expect(stoutenborg.locaties[1].id).toBe(gelabeld.locaties[0].id);
    const alle = (await t.gqlOk(LOCATIES, { id: fx.overeenkomstId })).overeenkomst.locaties;
    expect(alle.map((l: any) => l.naam)).toEqual([
      'Beatrixflat',
      'De Stoutenborg',
      'Oranjelaan',
      'Venepoort',
      'Zilverschoon',
    ]);
  });

  it('refuses what contradicts itself or is not of this overeenkomst, naming the field', async () => {
    const fouten = async (locaties: unknown[]) =>
      theError(await t.gql(UPDATE, { input: { id: nijkerk, locaties } }));
    // A corporatie is not one of the overeenkomst's gemeenten.
    expect(await fouten([{ soort: 'GEMEENTE', gemeenteId: fx.corpA }])).toMatchObject({
      message: 'Deze gemeente hoort niet bij de gemeenten van de overeenkomst',
      extensions: { code: 'VALIDATIE_FOUT', veld: 'input.locaties.0.gemeenteId' },
    });
    expect(
      await fouten([{ soort: 'KERN', naam: 'Hoevelaken', gemeenteId: fx.buitenstaander }]),
    ).toMatchObject({
      extensions: { code: 'VALIDATIE_FOUT', veld: 'input.locaties.0.gemeenteId' },
    });
    expect(await fouten([{ naam: 'Corlaer' }])).toMatchObject({
      message: expect.stringContaining('verplicht'),
      extensions: { code: 'VALIDATIE_FOUT', veld: 'input.locaties.0.soort' },
    });
    expect(await fouten([{ soort: 'WIJK', naam: 'x'.repeat(201) }])).toMatchObject({
      extensions: { code: 'VALIDATIE_FOUT', veld: 'input.locaties.0.naam' },
    });
    expect(
      await fouten([
        { soort: 'WIJK', naam: 'Corlaer' },
        { soort: 'WIJK', naam: 'corlaer' },
      ]),
    ).toMatchObject({ extensions: { code: 'VALIDATIE_FOUT', veld: 'input.locaties.1' } });
    expect(await fouten([{ locatieId: fx.gemeente }])).toMatchObject({
      extensions: { code: 'VALIDATIE_FOUT', veld: 'input.locaties.0.locatieId' },
    });
    // Nothing was written by a refusal.
    const gelezen = (await t.gqlOk(AFSPRAAK, { id: nijkerk })).afspraak;
    expect(gelezen.locaties).toHaveLength(4);
    const alle = (await t.gqlOk(LOCATIES, { id: fx.overeenkomstId })).overeenkomst.locaties;
    expect(alle.map((l: any) => l.naam)).not.toContain('Corlaer');
  });

  it('makes standpunten stale when the places change, and prints them in the DOCX', async () => {
    await t.gqlOk(STANDPUNT, {
      input: { afspraakId: nijkerk, partijId: fx.corpA, oordeel: 'AKKOORD' },
    });
    const verouderd = async () =>
      (await t.gqlOk(MATRIX, { id: fx.hoofdId })).standpunten.rijen
        .find((r: any) => r.afspraakId === nijkerk)
        .cellen.some((c: any) => c.standpunt?.verouderd);
    expect(await verouderd()).toBe(false);
    const zonderOranjelaan = (await t.gqlOk(AFSPRAAK, { id: nijkerk })).afspraak.locaties
      .filter((l: any) => l.naam !== 'Oranjelaan')
      .map((l: any) => ({ locatieId: l.id }));
    await t.gqlOk(UPDATE, { input: { id: nijkerk, locaties: zonderOranjelaan } });
    expect(await verouderd()).toBe(true);

    const res = await fetch(`${t.baseUrl}/export/onderdelen/${fx.hoofdId}.docx`, {
      headers: { authorization: `Bearer ${await t.login(TESTER, TEST_WACHTWOORD)}` },
    });
    expect(res.status).toBe(200);
    const tekst = await docxTekst(Buffer.from(await res.arrayBuffer()));
    expect(tekst).toContain(
      'Plaatsen: complex Zilverschoon (Gemeente Nijkerk); complex Beatrixflat (Gemeente Nijkerk); complex Venepoort (Gemeente Nijkerk)',
    );
  });

  it('takes streefwaarden and realisaties per place beside the figure of the whole agreement', async () => {
    const indicator = (
      await t.gqlOk(
        `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
        {
          input: {
            overeenkomstId: fx.overeenkomstId,
            naam: 'Gelabelde woonzorgwoningen',
            eenheid: 'woningen',
            afspraakIds: [nijkerk],
          },
        },
      )
    ).createIndicator.id;
    const plaatsen = (await t.gqlOk(AFSPRAAK, { id: nijkerk })).afspraak.locaties;
    const zilverschoon = plaatsen.find((l: any) => l.naam === 'Zilverschoon').id;
    const venepoort = plaatsen.find((l: any) => l.naam === 'Venepoort').id;
    await t.gqlOk(STREEFWAARDE, {
      input: { indicatorId: indicator, jaar: 2026, soort: 'EXACT', waarde: 60 },
    });
    const perPlaats = (
      await t.gqlOk(STREEFWAARDE, {
        input: {
          indicatorId: indicator,
          jaar: 2026,
          soort: 'EXACT',
          waarde: 24,
          locatieId: zilverschoon,
        },
      })
    ).createStreefwaarde;
    expect(perPlaats).toMatchObject({ jaar: 2026, waarde: 24, locatie: { naam: 'Zilverschoon' } });
    await t.gqlOk(STREEFWAARDE, {
      input: {
        indicatorId: indicator,
        jaar: 2026,
        soort: 'EXACT',
        waarde: 18,
        locatieId: venepoort,
      },
    });
    // Entered after 2026 ended: the year's final figure, judged (a tussenstand is not).
    klok.zet(new Date('2027-02-01T09:00:00Z'));
    await t.gqlOk(REALISATIE, {
      input: {
        indicatorId: indicator,
        jaar: 2026,
        waarde: 22,
        locatieId: zilverschoon,
        bron: 'Jaarverslag corporatie',
      },
    });
    const dubbel = theError(
      await t.gql(STREEFWAARDE, {
        input: {
          indicatorId: indicator,
          jaar: 2026,
          soort: 'EXACT',
          waarde: 25,
          locatieId: zilverschoon,
        },
      }),
    );
    expect(dubbel).toMatchObject({
      message: 'Er is al een streefwaarde voor 2026 voor Zilverschoon; wijzig die',
      extensions: { code: 'AL_AANWEZIG', veld: 'input.jaar' },
    });
    const vreemd = theError(
      await t.gql(STREEFWAARDE, {
        input: {
          indicatorId: indicator,
          jaar: 2027,
          soort: 'EXACT',
          waarde: 1,
          locatieId: fx.gemeente,
        },
      }),
    );
    expect(vreemd).toMatchObject({ extensions: { code: 'NOT_FOUND', veld: 'input.locatieId' } });

    const gelezen = (await t.gqlOk(INDICATOR, { id: indicator })).indicator;
    // The whole-agreement figure stays where it was; the places come separately.
    expect(gelezen.streefwaarden).toEqual([{ jaar: 2026, waarde: 60, locatie: null }]);
    expect(gelezen.realisaties).toEqual([]);
    expect(gelezen.streefwaardenPerLocatie).toEqual(
      [
        { jaar: 2026, waarde: 24, locatie: { naam: 'Zilverschoon' } },
        { jaar: 2026, waarde: 18, locatie: { naam: 'Venepoort' } },
      ].sort((a, b) => a.locatie.naam.localeCompare(b.locatie.naam)),
    );
    expect(gelezen.realisatiesPerLocatie).toEqual([
      { jaar: 2026, waarde: 22, locatie: { naam: 'Zilverschoon' } },
    ]);
  });

  it('shows the figures per place in the monitoring series', async () => {
    const indicator = (
      await t.gqlOk(`query($id: ID!) { overeenkomst(id: $id) { indicatoren { id naam } } }`, {
        id: fx.overeenkomstId,
      })
    ).overeenkomst.indicatoren.find((i: any) => i.naam === 'Gelabelde woonzorgwoningen').id;
    const reeks = (
      await t.gqlOk(
        `query($id: ID!) { indicatorReeks(indicatorId: $id) { punten { jaar streefwaarde perLocatie {
          locatie locatieSoort gemeente streefwaarde realisatie opKoers } } } }`,
        { id: indicator },
      )
    ).indicatorReeks;
    const [j2026, j2027] = reeks.punten;
    expect(j2026.streefwaarde).toBe(60);
    // By name: Venepoort (18, nothing realised yet), Zilverschoon (24, 22 realised: behind).
    expect(j2026.perLocatie).toEqual([
      {
        locatie: 'Venepoort',
        locatieSoort: 'COMPLEX',
        gemeente: 'Gemeente Nijkerk',
        streefwaarde: 18,
        realisatie: null,
        opKoers: null,
      },
      {
        locatie: 'Zilverschoon',
        locatieSoort: 'COMPLEX',
        gemeente: 'Gemeente Nijkerk',
        streefwaarde: 24,
        realisatie: 22,
        opKoers: false,
      },
    ]);
    expect(j2027.perLocatie).toEqual([]);
  });

  it('prints the targets per place under the afspraak in the DOCX, horizon years included', async () => {
    const indicator = (
      await t.gqlOk(`query($id: ID!) { overeenkomst(id: $id) { indicatoren { id naam } } }`, {
        id: fx.overeenkomstId,
      })
    ).overeenkomst.indicatoren.find((i: any) => i.naam === 'Gelabelde woonzorgwoningen').id;
    const zilverschoon = (await t.gqlOk(AFSPRAAK, { id: nijkerk })).afspraak.locaties.find(
      (l: any) => l.naam === 'Zilverschoon',
    ).id;
    // The whole agreement's horizon (2030) and one of a place (2031), each in its own row.
    await t.gqlOk(STREEFWAARDE, {
      input: { indicatorId: indicator, jaar: 2030, horizon: true, soort: 'EXACT', waarde: 70 },
    });
    await t.gqlOk(STREEFWAARDE, {
      input: {
        indicatorId: indicator,
        jaar: 2031,
        horizon: true,
        soort: 'MINIMAAL',
        min: 30,
        locatieId: zilverschoon,
      },
    });
    const tekst = await docxTekst(await exporteer(`overeenkomsten/${fx.overeenkomstId}`));
    const tabel = [
      'Streefwaarden per plaats: Gelabelde woonzorgwoningen (woningen)',
      ...['Plaats', '2026', '2027', '2028', '2029', '2030', 'horizon', '2031', 'horizon'],
      ...['complex Venepoort', '18', '–', '–', '–', '–', '–'],
      ...['complex Zilverschoon', '24', '–', '–', '–', '–'],
      'ten minste 30',
      ...['Hele overeenkomst', '60', '–', '–', '–', '70', '–'],
    ].join('\n');
    expect(tekst).toContain(tabel);
    // Under the afspraak it measures, after its places.
    expect(tekst.indexOf(tabel)).toBeGreaterThan(tekst.indexOf('Plaatsen: complex Zilverschoon'));
    // The horizon table of the whole agreement holds its own horizon, not the place's.
    const horizon = tekst.slice(tekst.indexOf('Horizon: doelen na de periode'));
    expect(horizon).toContain('Gelabelde woonzorgwoningen (woningen)\n2030\n70 woningen');
    expect(horizon.slice(0, horizon.indexOf('Definities'))).not.toContain('2031');
  });

  it('splits a regional target over its gemeenten and the regional view adds up per gemeente', async () => {
    // Seed 001 ("Wat willen we bereiken in 2023?"): "Vaststellen regionale (woondealregio)
    // ouderenopgave (aantallen) en verdeling naar gemeentelijk niveau per type
    // ouderenhuisvesting (nultredenwoningen, geclusterde woningen, zorggeschikte woningen)."
    const [noord, zuid, corporatie, huurders, provincie] = await Promise.all([
      createPartij(t, 'Gemeente Noordwolde', 'GEMEENTE'),
      createPartij(t, 'Gemeente Zuidveen', 'GEMEENTE'),
      createPartij(t, 'Woonstichting Regio', 'WONINGCORPORATIE'),
      createPartij(t, 'Huurdersfederatie Regio', 'HUURDERSORGANISATIE'),
      createPartij(t, 'Provincie Regio', 'PROVINCIE'),
    ]);
    const regionaal = (
      await t.gqlOk(CREATE_OVEREENKOMST, {
        input: {
          titel: 'Regionale woonzorgafspraken woondealregio 2026–2029',
          startjaar: 2026,
          eindjaar: 2029,
          gemeenteIds: [noord, zuid],
          deelnemers: [
            { partijId: corporatie, rol: 'ONDERTEKENAAR' },
            { partijId: huurders, rol: 'ONDERTEKENAAR' },
            { partijId: provincie, rol: 'WAARNEMER' },
          ],
        },
      })
    ).createOvereenkomst.id;
    const hoofd = (
      await t.gqlOk(CREATE_ONDERDEEL, {
        input: {
          overeenkomstId: regionaal,
          soort: 'HOOFDDOCUMENT',
          titel: 'Hoofddocument',
          ondertekenaarIds: [noord, zuid, corporatie, huurders],
        },
      })
    ).createOnderdeel.id;
    const thema = (await defaultThemas(t)).get('Geclusterde woonvormen met ontmoetingsruimte')!.id;
    const opgave = (
      await t.gqlOk(CREATE, {
        input: {
          onderdeelId: hoofd,
          titel: 'Regionale ouderenopgave verdeeld naar gemeentelijk niveau',
          type: 'PROCES',
          themaId: thema,
          trekkerId: noord,
          volwassenheid: 'AANZWENGELEN',
          details: {
            proces: { overlegvorm: 'Actietafel ouderenhuisvesting', frequentie: 'per kwartaal' },
          },
          locaties: [
            { soort: 'GEMEENTE', gemeenteId: noord },
            { soort: 'GEMEENTE', gemeenteId: zuid },
          ],
        },
      })
    ).createAfspraak;
    expect(opgave.locaties.map((l: any) => [l.soort, l.naam])).toEqual([
      ['GEMEENTE', 'Gemeente Noordwolde'],
      ['GEMEENTE', 'Gemeente Zuidveen'],
    ]);
    const [inNoord, inZuid] = opgave.locaties.map((l: any) => l.id);
    const indicator = async (naam: string) =>
      (
        await t.gqlOk(
          `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
          {
            input: {
              overeenkomstId: regionaal,
              naam,
              eenheid: 'woningen',
              afspraakIds: [opgave.id],
            },
          },
        )
      ).createIndicator.id;
    const geclusterd = await indicator('Geclusterde woningen voor ouderen');
    const zorggeschikt = await indicator('Zorggeschikte woningen');
    const doel = (indicatorId: string, waarde: number, locatieId?: string) =>
      t.gqlOk(STREEFWAARDE, {
        input: { indicatorId, jaar: 2026, soort: 'EXACT', waarde, locatieId },
      });
    // The regional number (300), split 180 / 120; one realisatie, for Noordwolde.
    await doel(geclusterd, 300);
    await doel(geclusterd, 180, inNoord);
    await doel(geclusterd, 120, inZuid);
    await t.gqlOk(REALISATIE, {
      input: {
        indicatorId: geclusterd,
        jaar: 2026,
        waarde: 150,
        locatieId: inNoord,
        bron: 'Monitor woondeal',
      },
    });
    // Not yet split over the gemeenten.
    await doel(zorggeschikt, 90);

    const overzicht = (
      await t.gqlOk(
        `query { regio(op: "2026-06-15T10:00:00.000Z") { perGemeente { naam eenheid jaren {
          jaar gemeenten { gemeente streefwaarde bandbreedteMin realisatie overeenkomsten }
          nietVerdeeld { streefwaarde realisatie overeenkomsten } } } } }`,
      )
    ).regio.perGemeente;
    const van = (naam: string) => overzicht.find((i: any) => i.naam === naam);
    // Counted by hand from the figures above.
    expect(van('Geclusterde woningen voor ouderen').jaren).toEqual([
      {
        jaar: 2026,
        gemeenten: [
          {
            gemeente: 'Gemeente Noordwolde',
            streefwaarde: 180,
            bandbreedteMin: null,
            realisatie: 150,
            overeenkomsten: 1,
          },
          {
            gemeente: 'Gemeente Zuidveen',
            streefwaarde: 120,
            bandbreedteMin: null,
            realisatie: null,
            overeenkomsten: 1,
          },
        ],
        nietVerdeeld: null,
      },
    ]);
    expect(van('Zorggeschikte woningen').jaren).toEqual([
      {
        jaar: 2026,
        gemeenten: [],
        nietVerdeeld: { streefwaarde: 90, realisatie: null, overeenkomsten: 1 },
      },
    ]);
    // The DOCX prints the split under the afspraak, per gemeente, with the regional number.
    const tekst = await docxTekst(await exporteer(`overeenkomsten/${regionaal}`));
    expect(tekst).toContain(
      [
        'Verdeling per gemeente: Geclusterde woningen voor ouderen (woningen)',
        ...['Gemeente / plaats', '2026', '2027', '2028', '2029'],
        ...['Gemeente Noordwolde', '180', '–', '–', '–'],
        ...['Gemeente Zuidveen', '120', '–', '–', '–'],
        ...['Regio (hele overeenkomst)', '300', '–', '–', '–'],
      ].join('\n'),
    );
    expect(tekst).not.toContain('Verdeling per gemeente: Zorggeschikte woningen');

    // A local agreement counts for its one gemeente: its whole figure (60), and where it has no
    // whole realisatie, its places' (Zilverschoon 22).
    expect(van('Gelabelde woonzorgwoningen').jaren).toEqual([
      {
        jaar: 2026,
        gemeenten: [
          {
            gemeente: 'Gemeente Nijkerk',
            streefwaarde: 60,
            bandbreedteMin: null,
            realisatie: 22,
            overeenkomsten: 1,
          },
        ],
        nietVerdeeld: null,
      },
    ]);
  });
});
