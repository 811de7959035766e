import {
  afspraakInput,
  createAfspraak,
  type Fixture,
  theError,
  type ThemaRef,
  startMetFixture,
} from './support/api';
import { docxTekst } from './support/docx-bestanden';
import { TESTER, type TestApp } from './support/test-app';

/*
 * Each party's own promise (issue 15, point 3): roles, several trekkers, a trekker group and a
 * garantie per garantsteller, entered as a gemeente's beleidsmedewerker would, read back, in the
 * content hash and in the DOCX. The afspraken are paraphrased from the seeds named at each.
 */

const ROLLEN = `id trekker { id } trekkers { id naam } trekkerGroep trekkerTekst
  betrokkenen { rol bijdrage kostenaandeel partij { id } }
  details { ... on GarantieDetails { wat garantstellerIds toezeggingen { partijId wat partij { naam } } } }`;
const AFSPRAAK = `query($id: ID!) { afspraak(id: $id) { ${ROLLEN} } }`;
const UPDATE = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { ${ROLLEN} } }`;
const CREATE = `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { id } }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { verouderd } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) {
  rijen { afspraakId cellen { partij { id } standpunt { verouderd } } } } }`;

describe('rollen: ieders eigen toezegging', () => {
  let t: TestApp;
  let fx: Fixture;
  let themas: Map<string, ThemaRef>;
  const thema = (naam: string) => themas.get(naam)!.id;

  beforeAll(async () => {
    ({ t, themas, fx } = await startMetFixture('Rollen'));
  });
  afterAll(() => t?.close());

  const lees = async (id: string) => (await t.gqlOk(AFSPRAAK, { id })).afspraak;
  const verouderd = async (onderdeelId: string, afspraakId: string): Promise<boolean> => {
    const { standpunten } = await t.gqlOk(MATRIX, { id: onderdeelId });
    const rij = standpunten.rijen.find((r: any) => r.afspraakId === afspraakId);
    return rij.cellen.find((c: any) => c.partij.id === fx.gemeente).standpunt.verouderd;
  };
  const docx = async (): Promise<string> => {
    const res = await fetch(`${t.baseUrl}/export/overeenkomsten/${fx.overeenkomstId}.docx`, {
      headers: { authorization: `Bearer ${await t.login(TESTER)}` },
    });
    expect(res.status).toBe(200);
    return (await docxTekst(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ');
  };

  it('several trekkers, each with a role and its own words (seed 003, handelingsafspraak)', async () => {
    // Seed 003 (typologie): "In de Week tegen Eenzaamheid organiseren zorgorganisaties A en B
    // samen met de welzijnsorganisatie verschillende activiteiten, gericht op ontmoeting".
    const { id } = await createAfspraak(
      t,
      afspraakInput(fx, thema('Eenzaamheid'), {
        onderdeelId: fx.bijlageId,
        titel: 'Activiteiten in de Week tegen Eenzaamheid',
        type: 'HANDELING',
        trekkerId: fx.zorg,
        volwassenheid: 'SMART',
        betrokkenen: [
          {
            partijId: fx.zorg,
            bijdrage: 'Organiseert twee ontmoetingsmiddagen voor senioren',
          },
          {
            partijId: fx.welzijn,
            rol: 'TREKKER',
            bijdrage:
              'Organiseert samen met de zorgorganisatie de activiteiten en werft vrijwilligers',
          },
          {
            partijId: fx.corpA,
            rol: 'UITVOERDER',
            bijdrage: 'Stelt de ontmoetingsruimte in het complex beschikbaar',
          },
        ],
        details: {
          handeling: {
            activiteiten: [
              {
                wat: 'Ontmoetingsactiviteiten voor senioren',
                partijIds: [fx.zorg, fx.welzijn],
                wanneer: 'Week tegen Eenzaamheid, oktober',
              },
            ],
          },
        },
      }),
    );
    const a = await lees(id);
    expect(a.trekker.id).toBe(fx.zorg);
    expect(a.trekkers.map((p: any) => p.id)).toEqual([fx.zorg, fx.welzijn]);
    expect(a.trekkerTekst).toBe('Zorggroep Rollen en Welzijn Rollen');
    expect(a.trekkerGroep).toBeNull();
    // The trekker's own row is derived as trekker; the others keep the role given.
    expect(a.betrokkenen.map((b: any) => [b.partij.id, b.rol])).toEqual([
      [fx.zorg, 'TREKKER'],
      [fx.welzijn, 'TREKKER'],
      [fx.corpA, 'UITVOERDER'],
    ]);

    // The filter on a partij finds the afspraak for its second trekker too.
    const { afspraken } = await t.gqlOk(
      `query($f: AfspraakFilter) { afspraken(filter: $f) { items { id } } }`,
      { f: { overeenkomstId: fx.overeenkomstId, partijId: fx.welzijn } },
    );
    expect(afspraken.items.map((x: any) => x.id)).toContain(id);
  });

  it('a group of trekkers shown as such, with its members’ own commitments (seed 002)', async () => {
    // Seed 002 (Wegwijzer, voorbeeld Stichtse Vecht): "De corporaties investeren in het
    // verbeteren van de toegankelijkheid van de algemene ruimtes binnen hun complexen. Portaal
    // vernieuwt in Bisonspoor de entrees en maakt deze rollatorgeschikt."
    const input = afspraakInput(fx, thema('Toegankelijkheid'), {
      titel: 'Toegankelijke algemene ruimtes in de complexen',
      type: 'HANDELING',
      trekkerId: fx.corpA,
      trekkerGroep: 'ALLE_CORPORATIES',
      betrokkenen: [
        {
          partijId: fx.corpB,
          bijdrage: 'Vernieuwt de entrees van complex Bisonspoor en maakt ze rollatorgeschikt',
        },
        { partijId: fx.huurders, bijdrage: 'Schouwt de algemene ruimtes met de corporaties' },
      ],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Elektrische deuropeners in entrees en op de algemene gangen',
              partijIds: [fx.corpA, fx.corpB],
              wanneer: '2027',
            },
          ],
        },
      },
    });
    const { id } = await createAfspraak(t, input);
    const a = await lees(id);
    expect(a).toMatchObject({
      trekker: { id: fx.corpA },
      trekkerGroep: 'ALLE_CORPORATIES',
      trekkerTekst: 'alle corporaties',
    });
    expect(a.betrokkenen.map((b: any) => b.rol)).toEqual(['TREKKER', 'BETROKKEN']);

    // Contradictions are refused, naming the field.
    const buiten = await t.gql(CREATE, { input: { ...input, trekkerId: fx.gemeente } });
    expect(theError(buiten).extensions).toMatchObject({
      code: 'VALIDATIE_FOUT',
      veld: 'input.trekkerId',
    });
    expect(theError(buiten).message).toMatch(/hoort niet bij alle corporaties/);
    const lid = await t.gql(CREATE, {
      input: { ...input, betrokkenen: [{ partijId: fx.corpB, rol: 'UITVOERDER', bijdrage: 'x' }] },
    });
    expect(theError(lid).extensions).toMatchObject({ veld: 'input.betrokkenen.0.rol' });
    const waarnemer = await t.gql(CREATE, {
      input: {
        ...input,
        trekkerGroep: null,
        betrokkenen: [{ partijId: fx.provincie, rol: 'MEDETREKKER', bijdrage: 'Volgt' }],
      },
    });
    expect(theError(waarnemer).extensions).toMatchObject({
      code: 'GEEN_DEELNEMER',
      veld: 'input.betrokkenen.0.rol',
    });
    const onbekend = await t.gql(CREATE, {
      input: { ...input, betrokkenen: [{ partijId: fx.corpB, rol: 'KOPER', bijdrage: 'x' }] },
    });
    expect(theError(onbekend).message).toMatch(/BetrokkeneRol/);

    // Dropping the group: the corporaties' rows keep the role they have.
    const los = (await t.gqlOk(UPDATE, { input: { id, trekkerGroep: null } })).updateAfspraak;
    expect(los.trekkerGroep).toBeNull();
    expect(los.trekkerTekst).toBe('Woonstichting Rollen en Wooncorporatie Oost Rollen');
    const weer = (await t.gqlOk(UPDATE, { input: { id, trekkerGroep: 'ALLE_CORPORATIES' } }))
      .updateAfspraak;
    expect(weer.trekkerTekst).toBe('alle corporaties');
  });

  it('a garantie per garantsteller, in the hash and the DOCX (seed 003, garantieafspraak)', async () => {
    // Seed 003 (typologie): "Bij een uithuiszetting na uitstroom uit een instelling delen
    // gemeente, MO-organisatie en de woningcorporatie de kosten" (the welzijnsorganisatie stands
    // in for the MO-organisatie of the fixture).
    const { id } = await createAfspraak(
      t,
      afspraakInput(fx, thema('Beschermd wonen en maatschappelijke opvang'), {
        onderdeelId: fx.bijlageId,
        titel: 'Kosten bij uithuiszetting na uitstroom uit een instelling',
        type: 'GARANTIE',
        volwassenheid: 'SMART',
        betrokkenen: [
          { partijId: fx.corpA, bijdrage: 'Draagt het eigen deel van de kosten' },
          { partijId: fx.welzijn, bijdrage: 'Begeleidt de huurder', kostenaandeel: 30 },
        ],
        details: {
          garantie: {
            garantstellerIds: [fx.gemeente, fx.welzijn, fx.corpA],
            wat: 'Partijen delen de kosten bij een uithuiszetting na uitstroom uit een instelling',
            toezeggingen: [
              {
                partijId: fx.corpA,
                wat: 'Neemt de huurachterstand tot drie maanden voor haar rekening',
              },
              { partijId: fx.welzijn, wat: 'Draagt de kosten van de begeleiding na de uitzetting' },
            ],
          },
        },
      }),
    );
    const a = await lees(id);
    expect(a.details.toezeggingen).toEqual([
      {
        partijId: fx.gemeente,
        partij: { naam: 'Gemeente Rollen' },
        wat: 'Partijen delen de kosten bij een uithuiszetting na uitstroom uit een instelling',
      },
      {
        partijId: fx.welzijn,
        partij: { naam: 'Welzijn Rollen' },
        wat: 'Draagt de kosten van de begeleiding na de uitzetting',
      },
      {
        partijId: fx.corpA,
        partij: { naam: 'Woonstichting Rollen' },
        wat: 'Neemt de huurachterstand tot drie maanden voor haar rekening',
      },
    ]);
    // Roles derived: a garantsteller stands guarantor (before its kostenaandeel).
    expect(a.betrokkenen.map((b: any) => b.rol)).toEqual(['GARANTSTELLER', 'GARANTSTELLER']);

    const geenSteller = await t.gql(UPDATE, {
      input: {
        id,
        details: {
          garantie: {
            garantstellerIds: [fx.gemeente],
            wat: 'Kosten delen',
            toezeggingen: [{ partijId: fx.corpB, wat: 'Betaalt' }],
          },
        },
      },
    });
    expect(theError(geenSteller).extensions).toMatchObject({
      code: 'VALIDATIE_FOUT',
      veld: 'input.details.garantie.toezeggingen.0.partijId',
    });

    // A standpunt becomes stale when one party's guarantee changes, and again on its role.
    await t.gqlOk(STANDPUNT, {
      input: { afspraakId: id, partijId: fx.gemeente, oordeel: 'AKKOORD' },
    });
    expect(await verouderd(fx.bijlageId, id)).toBe(false);
    await t.gqlOk(UPDATE, {
      input: {
        id,
        details: {
          garantie: {
            garantstellerIds: [fx.gemeente, fx.welzijn, fx.corpA],
            wat: 'Partijen delen de kosten bij een uithuiszetting na uitstroom uit een instelling',
            toezeggingen: [
              {
                partijId: fx.corpA,
                wat: 'Neemt de huurachterstand tot zes maanden voor haar rekening',
              },
            ],
          },
        },
      },
    });
    expect(await verouderd(fx.bijlageId, id)).toBe(true);
    await t.gqlOk(STANDPUNT, {
      input: { afspraakId: id, partijId: fx.gemeente, oordeel: 'AKKOORD' },
    });
    const financier = (
      await t.gqlOk(UPDATE, {
        input: {
          id,
          betrokkenen: [
            {
              partijId: fx.corpA,
              rol: 'FINANCIER',
              bijdrage: 'Draagt het eigen deel van de kosten',
            },
            { partijId: fx.welzijn, bijdrage: 'Begeleidt de huurder', kostenaandeel: 30 },
          ],
        },
      })
    ).updateAfspraak;
    expect(financier.betrokkenen.map((b: any) => b.rol)).toEqual(['FINANCIER', 'GARANTSTELLER']);
    expect(await verouderd(fx.bijlageId, id)).toBe(true);

    const tekst = await docx();
    expect(tekst).toContain('Garantsteller Garandeert zelf');
    expect(tekst).toContain('Neemt de huurachterstand tot zes maanden voor haar rekening');
    expect(tekst).toContain('Woonstichting Rollen (financier)');
    expect(tekst).toContain('trekker: alle corporaties (aanspreekbaar: Woonstichting Rollen)');
    expect(tekst).toContain('trekker: Zorggroep Rollen en Welzijn Rollen');
    expect(tekst).toContain('Welzijn Rollen (trekker)');
  }, 60_000);
});
