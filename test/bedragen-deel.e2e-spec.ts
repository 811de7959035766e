import {
  afspraakInput,
  createFixture,
  defaultThemas,
  type Fixture,
  theError,
  type ThemaRef,
} from './support/api';
import { docxTekst } from './support/docx-bestanden';
import { startTestApp, TESTER, type TestApp } from './support/test-app';

/*
 * Issue 15, point 5 with point 10: an amount can be for one lid, activiteit or place of the
 * afspraak, as a norm or voorwaarde can: entered, checked against the afspraak (a Dutch error
 * naming the field), in the content hash, in the DOCX, and the financial overview unchanged.
 */

const DEEL = 'deel { lid activiteit locatieId }';
const VELDEN = `id nummer locaties { id naam } bedragen { centen doel ${DEEL} }`;
const CREATE = `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { ${VELDEN} } }`;
const UPDATE = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { ${VELDEN} } }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { verouderd } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) {
  rijen { afspraakId cellen { partij { id } standpunt { verouderd } } } } }`;
const OVERZICHT = `query($id: ID!) { overeenkomst(id: $id) { financieelOverzicht {
  totaal { centen } partijen { partij { id } totaal { betaalt { centen } ontvangt { centen } } } } } }`;

describe('bedragen voor één deel van een afspraak', () => {
  let t: TestApp;
  let fx: Fixture;
  let themas: Map<string, ThemaRef>;

  beforeAll(async () => {
    t = await startTestApp();
    themas = await defaultThemas(t);
    fx = await createFixture(t, 'Geld');
  });
  afterAll(() => t?.close());

  const bedrag = (doel: string, centen: number, deel?: Record<string, unknown>) => ({
    centen,
    frequentie: 'EENMALIG',
    jaar: 2027,
    doel,
    betalers: [{ partijId: fx.gemeente }],
    ontvangerIds: [fx.corpA],
    ...(deel ? { deel } : {}),
  });

  it('an amount for one lid or place: stored, checked, hashed, exported; the overview unchanged', async () => {
    // Seed 002 (Hoeksche Waard): "nieuwbouw minimaal nultreden; over de bestaande voorraad
    // maken partijen nieuwe afspraken" — here the gemeente pays toward lid b only.
    const { createAfspraak: a } = await t.gqlOk(CREATE, {
      input: afspraakInput(fx, themas.get('Doorstroming')!.id, {
        titel: 'Nultreden nieuwbouw en bestaande voorraad',
        type: 'HANDELING',
        trekkerId: fx.corpA,
        betrokkenen: [],
        details: { handeling: { activiteiten: [] } },
        locaties: [{ soort: 'WIJK', naam: 'Zuidrand' }],
        leden: [
          {
            tekst: 'Nieuwbouw is minimaal nultreden',
            type: 'HANDELING',
            details: {
              handeling: {
                activiteiten: [{ wat: 'Nultreden in het PvE', partijIds: [fx.corpA] }],
              },
            },
          },
          {
            tekst: 'Over de bestaande voorraad maken partijen in 2027 nieuwe afspraken',
            type: 'PROCES',
            details: { proces: { overlegvorm: 'Nieuwe afspraken bestaande voorraad' } },
          },
        ],
        bedragen: [bedrag('Onderzoek bestaande voorraad', 2_500_000, { lid: 'b' })],
      }),
    });
    expect(a.bedragen).toEqual([
      {
        centen: 2_500_000,
        doel: 'Onderzoek bestaande voorraad',
        deel: { lid: 'b', activiteit: null, locatieId: null },
      },
    ]);
    const zuidrand = a.locaties[0].id;

    // A deel the afspraak does not have is refused, naming the field.
    const geenLid = theError(
      await t.gql(UPDATE, {
        input: { id: a.id, bedragen: [bedrag('Onderzoek', 100_000, { lid: 'c' })] },
      }),
    );
    expect(geenLid.extensions?.veld).toBe('input.bedragen.0.deel.lid');
    expect(geenLid.message).toContain('De afspraak heeft geen lid c (wel: a, b)');
    const tweeDelen = theError(
      await t.gql(UPDATE, {
        input: {
          id: a.id,
          bedragen: [bedrag('Onderzoek', 100_000, { lid: 'a', locatieId: zuidrand })],
        },
      }),
    );
    expect(tweeDelen.extensions?.veld).toBe('input.bedragen.0.deel.locatieId');

    await t.gqlOk(STANDPUNT, {
      input: { afspraakId: a.id, partijId: fx.gemeente, oordeel: 'AKKOORD' },
    });
    const overzichtVoor = (await t.gqlOk(OVERZICHT, { id: fx.overeenkomstId })).overeenkomst
      .financieelOverzicht;

    // The same amount, now for the place: the standpunt is stale, the overview the same.
    const { updateAfspraak: b } = await t.gqlOk(UPDATE, {
      input: {
        id: a.id,
        bedragen: [bedrag('Onderzoek bestaande voorraad', 2_500_000, { locatieId: zuidrand })],
      },
    });
    expect(b.bedragen[0].deel).toEqual({ lid: null, activiteit: null, locatieId: zuidrand });
    const { standpunten } = await t.gqlOk(MATRIX, { id: fx.hoofdId });
    const rij = standpunten.rijen.find((r: any) => r.afspraakId === a.id);
    expect(rij.cellen.find((c: any) => c.partij.id === fx.gemeente).standpunt.verouderd).toBe(true);
    expect(
      (await t.gqlOk(OVERZICHT, { id: fx.overeenkomstId })).overeenkomst.financieelOverzicht,
    ).toEqual(overzichtVoor);

    // Removing the place the amount is for is refused while the amount names it.
    const plaatsWeg = theError(await t.gql(UPDATE, { input: { id: a.id, locaties: [] } }));
    expect(plaatsWeg.extensions?.veld).toBe('bedragen.0.deel.locatieId');

    // Back to lid b, and a second amount for the whole afspraak; in the DOCX plainly.
    await t.gqlOk(UPDATE, {
      input: {
        id: a.id,
        bedragen: [
          bedrag('Onderzoek bestaande voorraad', 2_500_000, { lid: 'b' }),
          bedrag('Procesbegeleiding', 1_000_000, { activiteit: null }),
        ],
      },
    });
    const res = await fetch(`${t.baseUrl}/export/overeenkomsten/${fx.overeenkomstId}.docx`, {
      headers: { authorization: `Bearer ${await t.login(TESTER)}` },
    });
    expect(res.status).toBe(200);
    const tekst = (await docxTekst(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(tekst).toContain(`Onderzoek bestaande voorraad (bij lid ${a.nummer}b)`);
    expect(tekst).toContain('Procesbegeleiding');
    expect(tekst).not.toContain('Procesbegeleiding (bij');
  });
});
