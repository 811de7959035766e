import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { gqlOkAls, sqlRij } from './support/als';
import { docxTekst } from './support/docx-bestanden';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Money in afspraken (issue 15, point 5), on the demo, as a beleidsmedewerker of the gemeente
 * enters it through the API: amounts in cents read back in Dutch form, a split over payers,
 * the financial overview per partij per year, the content hash, the Word export and the refusals.
 */

const BEDRAG_VELDEN = `centen tekst samenvatting frequentie jaar totJaar jaren doel gezamenlijk
  betalers { partij { naam } centen percentage deel { centen tekst } }
  ontvangers { naam } ontvangerOmschrijving`;
const OVERZICHT = `query($id: ID!) { overeenkomst(id: $id) { financieelOverzicht {
  jaren totaalLooptijd { tekst } totaal { centen tekst }
  totaalPerJaar { jaar bedrag { centen tekst } }
  partijen { partij { naam }
    perJaar { jaar betaalt { centen } gezamenlijk { centen } ontvangt { centen } }
    looptijd { betaalt { centen } gezamenlijk { centen } ontvangt { centen } }
    totaal { betaalt { centen tekst } gezamenlijk { centen } ontvangt { centen tekst } } }
} } }`;
const CREATE = `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { id nummer bedragen { ${BEDRAG_VELDEN} } } }`;
const UPDATE = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id bedragen { ${BEDRAG_VELDEN} } } }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id verouderd } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) { rijen { afspraakId cellen { partij { naam } standpunt { verouderd } } } } }`;

interface Partij {
  id: string;
  naam: string;
}

describe('bedragen in afspraken', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let overeenkomstId: string;
  let hoofdId: string;
  let themaId: string;
  const partij: Record<string, string> = {};
  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of ['gemeente', 'corporatie', 'buiten'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    const { overeenkomsten } = await als(
      'gemeente',
      `{ overeenkomsten { items { id titel deelnemers { partij { id naam } }
         onderdelen { id soort } themas { id naam } } } }`,
    );
    const demo = overeenkomsten.items.find((o: { titel: string }) =>
      o.titel.startsWith('Prestatieafspraken Vlietdam'),
    );
    overeenkomstId = demo.id;
    hoofdId = demo.onderdelen.find((o: { soort: string }) => o.soort === 'HOOFDDOCUMENT').id;
    themaId = demo.themas.find((x: { naam: string }) => x.naam === 'Toegankelijkheid').id;
    for (const d of demo.deelnemers as { partij: Partij }[]) partij[d.partij.naam] = d.partij.id;
  }, 120_000);
  afterAll(() => t?.close());

  const afspraak = (bedragen: unknown[]) => ({
    onderdeelId: hoofdId,
    // seed 002 (Wegwijzer prestatieafspraken wonen en zorg, §3.3): "Zoetermeer koopt jaarlijks
    // het onderhoud van deuropeners af bij de woningcorporaties" and "HW Wonen draagt de kosten
    // voor rollatorgeschikt maken [...] bij complexgewijze aanpak"; the amounts are ours.
    titel: 'Onderhoud van elektrische deuropeners in seniorencomplexen',
    type: 'BESCHRIJVEND',
    themaId,
    trekkerId: partij['Gemeente Vlietdam'],
    volwassenheid: 'SMART',
    details: {
      beschrijvend: {
        soort: 'FINANCIEEL_UITGANGSPUNT',
        omschrijving:
          'De gemeente koopt het onderhoud van de deuropeners jaarlijks af bij de corporaties',
      },
    },
    jaren: [{ jaar: 2026 }, { jaar: 2027 }, { jaar: 2028 }, { jaar: 2029 }],
    bedragen,
  });
  const deuropeners = {
    centen: 1_200_000,
    frequentie: 'PER_JAAR',
    doel: 'Afkoop onderhoud elektrische deuropeners',
    betalers: [{ partijId: '' }],
    ontvangerIds: [] as string[],
  };

  it('reads the demo’s amounts back in Dutch form, with each payer’s part', async () => {
    const { overeenkomst } = await als(
      'corporatie',
      `query($id: ID!) { overeenkomst(id: $id) { afspraken { titel bedragen { ${BEDRAG_VELDEN} } } } }`,
      { id: overeenkomstId },
    );
    const schuldhulp = overeenkomst.afspraken.find((a: { titel: string }) =>
      a.titel.startsWith('Corporaties dragen € 200.000'),
    );
    expect(schuldhulp.bedragen).toEqual([
      {
        centen: 5_000_000,
        tekst: '€ 50.000',
        samenvatting: '€ 50.000 per jaar, 2026–2029',
        frequentie: 'PER_JAAR',
        jaar: 2026,
        totJaar: 2029,
        jaren: [2026, 2027, 2028, 2029],
        doel: 'Aanpak Vroeg Erop Af: huisbezoek en schuldhulp na een gemiste huurbetaling',
        gezamenlijk: false,
        betalers: [
          {
            partij: { naam: 'Woonstichting De Vliet' },
            centen: 3_000_000,
            percentage: null,
            deel: { centen: 3_000_000, tekst: '€ 30.000' },
          },
          {
            partij: { naam: 'Woningstichting Polderpoort' },
            centen: 2_000_000,
            percentage: null,
            deel: { centen: 2_000_000, tekst: '€ 20.000' },
          },
        ],
        ontvangers: [{ naam: 'Gemeente Vlietdam' }],
        ontvangerOmschrijving: null,
      },
    ]);
  });

  it('sums the demo per partij per year, as counted by hand', async () => {
    const { overeenkomst } = await als('gemeente', OVERZICHT, { id: overeenkomstId });
    const o = overeenkomst.financieelOverzicht;
    expect(o.jaren).toEqual([2026, 2027, 2028, 2029]);
    // Per year: a meeting room € 50.000 + initiatives € 25.000 + schuldhulp € 50.000 +
    // exploitation of the meeting rooms € 60.000 = € 185.000; the initiatives afspraak ends
    // after 2026 (its evaluatie: VERVALLEN), so € 160.000 from 2027. Nothing over the period.
    expect(o.totaalPerJaar.map((j: { bedrag: { tekst: string } }) => j.bedrag.tekst)).toEqual([
      '€ 185.000',
      '€ 160.000',
      '€ 160.000',
      '€ 160.000',
    ]);
    expect(o.totaal).toEqual({ centen: 66_500_000, tekst: '€ 665.000' });
    const rij = (naam: string) =>
      o.partijen.find((p: { partij: { naam: string } }) => p.partij.naam === naam);
    const gemeente = rij('Gemeente Vlietdam');
    expect(gemeente.perJaar.map((j: { betaalt: { centen: number } }) => j.betaalt.centen)).toEqual([
      13_500_000, 11_000_000, 11_000_000, 11_000_000,
    ]);
    expect(gemeente.totaal.betaalt.tekst).toBe('€ 465.000');
    expect(gemeente.totaal.ontvangt.tekst).toBe('€ 200.000');
    // De Vliet builds Vlietkade (2027) and Schouwpad (2029): € 50.000 each for the meeting room.
    const deVliet = rij('Woonstichting De Vliet');
    expect(deVliet.perJaar.map((j: { ontvangt: { centen: number } }) => j.ontvangt.centen)).toEqual(
      [0, 5_000_000, 0, 5_000_000],
    );
    expect(deVliet.totaal.betaalt.tekst).toBe('€ 120.000');
    expect(rij('Welzijn Vlietdam').totaal.ontvangt.tekst).toBe('€ 240.000');
  });

  it('stores an amount entered by the gemeente exactly, changes the hash, and shows in the overview', async () => {
    const gemeente = partij['Gemeente Vlietdam']!;
    const corpA = partij['Woonstichting De Vliet']!;
    const corpB = partij['Woningstichting Polderpoort']!;
    const { createAfspraak } = await als('gemeente', CREATE, {
      input: afspraak([
        { ...deuropeners, betalers: [{ partijId: gemeente }], ontvangerIds: [corpA, corpB] },
      ]),
    });
    expect(createAfspraak.bedragen[0]).toMatchObject({
      tekst: '€ 12.000',
      samenvatting: '€ 12.000 per jaar',
      jaren: [2026, 2027, 2028, 2029],
      betalers: [{ partij: { naam: 'Gemeente Vlietdam' }, deel: { tekst: '€ 12.000' } }],
      ontvangers: [{ naam: 'Woonstichting De Vliet' }, { naam: 'Woningstichting Polderpoort' }],
    });
    const opgeslagen = await sqlRij<{ bedragen: { centen: number }[] }>(
      t.app,
      'select bedragen from afspraak where id = ?',
      [createAfspraak.id],
    );
    expect(opgeslagen.bedragen[0]!.centen).toBe(1_200_000);

    // The corporatie agrees; a different split of the money makes that standpunt stale.
    await als('corporatie', STANDPUNT, {
      input: { afspraakId: createAfspraak.id, oordeel: 'AKKOORD' },
    });
    const { updateAfspraak } = await als('gemeente', UPDATE, {
      input: {
        id: createAfspraak.id,
        bedragen: [
          { ...deuropeners, betalers: [{ partijId: gemeente }], ontvangerIds: [corpA, corpB] },
          {
            centen: 3_000_000,
            frequentie: 'EENMALIG',
            jaar: 2027,
            doel: 'Rollatorgeschikt maken van complex Molenhof bij de complexgewijze aanpak',
            betalers: [
              { partijId: corpA, percentage: 50 },
              { partijId: corpB, percentage: 50 },
            ],
          },
        ],
      },
    });
    expect(
      updateAfspraak.bedragen[1].betalers.map((b: { deel: { tekst: string } }) => b.deel.tekst),
    ).toEqual(['€ 15.000', '€ 15.000']);
    const { standpunten } = await als('gemeente', MATRIX, { id: hoofdId });
    const cellen = standpunten.rijen.find(
      (r: { afspraakId: string }) => r.afspraakId === createAfspraak.id,
    ).cellen;
    expect(
      cellen.find((c: { partij: { naam: string } }) => c.partij.naam === 'Woonstichting De Vliet')
        .standpunt.verouderd,
    ).toBe(true);

    const { overeenkomst } = await als('gemeente', OVERZICHT, { id: overeenkomstId });
    // € 665.000 + 4 × € 12.000 + € 30.000
    expect(overeenkomst.financieelOverzicht.totaal.tekst).toBe('€ 743.000');
    const deVliet = overeenkomst.financieelOverzicht.partijen.find(
      (p: { partij: { naam: string } }) => p.partij.naam === 'Woonstichting De Vliet',
    );
    expect(deVliet.perJaar[1]).toEqual({
      jaar: 2027,
      betaalt: { centen: 4_500_000 },
      gezamenlijk: { centen: 0 },
      ontvangt: { centen: 6_200_000 },
    });

    // The Word export shows the amounts under the afspraak and the overview per partij.
    const ticket = await fetch(`${t.baseUrl}/export/overeenkomsten/${overeenkomstId}.docx`, {
      headers: { authorization: `Bearer ${tokens.gemeente}` },
    });
    expect(ticket.status).toBe(200);
    const tekst = await docxTekst(Buffer.from(await ticket.arrayBuffer()));
    expect(tekst).toContain('€ 12.000 per jaar');
    expect(tekst).toContain('€ 30.000 eenmalig, 2027');
    expect(tekst).toContain('Woonstichting De Vliet (50%, € 15.000)');
    expect(tekst).toContain('Financieel overzicht');
    expect(tekst).toContain('€ 743.000');
  });

  it('refuses contradictions with a code and the field, and writes nothing', async () => {
    const gemeente = partij['Gemeente Vlietdam']!;
    const corpA = partij['Woonstichting De Vliet']!;
    const corpB = partij['Woningstichting Polderpoort']!;
    const voor = await sqlRij<{ aantal: number }>(
      t.app,
      'select count(*)::int as aantal from afspraak',
    );
    const weiger = async (bedrag: Record<string, unknown>) =>
      theError(
        await t.gqlAs(tokens.gemeente!, CREATE, {
          input: afspraak([{ ...deuropeners, ...bedrag }]),
        }),
      );

    const telt = await weiger({
      centen: 20_000_000,
      betalers: [
        { partijId: corpA, centen: 12_000_000 },
        { partijId: corpB, centen: 6_000_000 },
      ],
    });
    expect(telt.extensions).toMatchObject({
      code: 'BEDRAG_VERDELING_ONJUIST',
      veld: 'input.bedragen.0.betalers',
    });
    expect(telt.message).toBe(
      'De delen van de betalers tellen op tot € 180.000, niet tot het bedrag van € 200.000',
    );
    expect(
      (await weiger({ betalers: [{ partijId: gemeente }], ontvangerIds: [gemeente] })).extensions,
    ).toMatchObject({ code: 'BEDRAG_VERDELING_ONJUIST', veld: 'input.bedragen.0.ontvangerIds' });
    expect(
      (await weiger({ centen: 12.5, betalers: [{ partijId: gemeente }] })).extensions,
    ).toMatchObject({
      code: 'VALIDATIE_FOUT',
      veld: 'input.bedragen.0.centen',
    });
    expect((await weiger({ betalers: [] })).extensions).toMatchObject({
      code: 'VALIDATIE_FOUT',
      veld: 'input.bedragen.0.betalers',
    });
    const buiten = await sqlRij<{ id: string }>(
      t.app,
      `select id from partij where naam not in (select p.naam from partij p join deelnemer d on d.partij_id = p.id where d.overeenkomst_id = ?) limit 1`,
      [overeenkomstId],
    );
    expect((await weiger({ betalers: [{ partijId: buiten.id }] })).extensions).toMatchObject({
      code: 'GEEN_DEELNEMER',
      veld: 'input.bedragen.0.betalers.0.partijId',
    });
    expect(
      (await weiger({ betalers: [{ partijId: gemeente }], jaar: 2031, frequentie: 'EENMALIG' }))
        .extensions,
    ).toMatchObject({ code: 'JAAR_BUITEN_PERIODE', veld: 'input.bedragen.0.jaar' });
    const na = await sqlRij<{ aantal: number }>(
      t.app,
      'select count(*)::int as aantal from afspraak',
    );
    expect(na.aantal).toBe(voor.aantal);
  });

  it('checks a proposed new afspraak’s amounts as createAfspraak does', async () => {
    const corpA = partij['Woonstichting De Vliet']!;
    const nieuweAfspraak: Record<string, unknown> = afspraak([
      {
        ...deuropeners,
        betalers: [
          { partijId: corpA, percentage: 60 },
          { partijId: partij['Woningstichting Polderpoort'], percentage: 30 },
        ],
      },
    ]);
    // A proposed new afspraak names its onderdeel beside it, not inside it.
    delete nieuweAfspraak.onderdeelId;
    const fout = theError(
      await t.gqlAs(
        tokens.corporatie!,
        `mutation($input: WijzigingsvoorstelInput!) { dienVoorstelIn(input: $input) { id } }`,
        {
          input: {
            soort: 'NIEUW',
            onderdeelId: hoofdId,
            nieuweTekst: 'De gemeente koopt het onderhoud van de deuropeners af.',
            nieuweAfspraak,
            motivering: 'Afspraak uit de Wegwijzer',
          },
        },
      ),
    );
    expect(fout.extensions).toMatchObject({
      code: 'BEDRAG_VERDELING_ONJUIST',
      veld: 'input.nieuweAfspraak.bedragen.0.betalers',
    });
    expect(fout.message).toContain('tellen op tot 90%');
  });
});
