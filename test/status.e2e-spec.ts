import { Klok } from '../src/common/klok';
import { createAfspraak, afspraakInput, startMetFixture, type Fixture } from './support/api';
import { docxTekst } from './support/docx-bestanden';
import { download } from './support/download';
import { TEST_WACHTWOORD, type TestApp } from './support/test-app';

/*
 * One status vocabulary (issue 17, point 7): the overeenkomst's status is derived from its
 * onderdelen and jaarschijven and reads the same in the list, on the overeenkomst, in the
 * regional view and on the Word cover, from the first draft to the period's end.
 */

let t: TestApp;
let fx: Fixture;
let afspraakId: string;

beforeAll(async () => {
  const start = await startMetFixture('Statusstad');
  t = start.t;
  fx = start.fx;
  const thema = [...start.themas.values()][0]!;
  afspraakId = (await createAfspraak(t, afspraakInput(fx, thema.id))).id;
  t.app.get(Klok).zet(new Date('2025-11-01T12:00:00Z'));
});

afterAll(async () => {
  await t?.close();
});

/** The status as the list, the overeenkomst, the regional view and the Word cover give it. */
async function overal(): Promise<string[]> {
  const data = await t.gqlOk<any>(
    `query($id: ID!) {
      overeenkomst(id: $id) { status }
      overeenkomsten(take: 100) { items { id status } }
      regio(op: "${new Date(t.app.get(Klok).nu()).toISOString()}") { overeenkomsten { id status } }
    }`,
    { id: fx.overeenkomstId },
  );
  const token = await t.login('tester@test.driehoek.nl');
  const docx = await download(t, `/export/overeenkomsten/${fx.overeenkomstId}.docx`, token);
  const tekst = await docxTekst(docx.body);
  const dekblad = /(\S[^·\n]*?) · gemaakt op/.exec(tekst)?.[1]?.trim();
  return [
    data.overeenkomst.status,
    data.overeenkomsten.items.find((o: any) => o.id === fx.overeenkomstId).status,
    data.regio.overeenkomsten.find((o: any) => o.id === fx.overeenkomstId).status,
    dekblad ?? 'geen status op het dekblad',
  ];
}

const WOORD: Record<string, string> = {
  CONCEPT: 'Concept',
  IN_ONDERHANDELING: 'In onderhandeling',
  TER_ONDERTEKENING: 'Ter ondertekening',
  ONDERTEKEND: 'Ondertekend',
  LOPEND: 'Lopend',
  IN_EVALUATIE: 'In evaluatie',
};
const overalGelijk = async (status: string) =>
  expect(await overal()).toEqual([status, status, status, WOORD[status]]);

it('reads the same everywhere from concept through signing to the period being over', async () => {
  await overalGelijk('CONCEPT');

  // The first standpunt opens the negotiation.
  await t.gqlOk(`mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id } }`, {
    input: { afspraakId, partijId: fx.gemeente, oordeel: 'AKKOORD' },
  });
  await overalGelijk('IN_ONDERHANDELING');

  const versie = await t.gqlOk<any>(
    `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
    { input: { onderdeelId: fx.hoofdId, overrideReden: 'Afgesproken in het bestuurlijk overleg' } },
  );
  await overalGelijk('TER_ONDERTEKENING');

  for (const partijId of [fx.gemeente, fx.corpA, fx.corpB, fx.huurders]) {
    await t.gqlOk(`mutation($input: OndertekenInput!) { onderteken(input: $input) { id } }`, {
      input: {
        versieId: versie.bevriesOnderdeel.id,
        partijId,
        functie: 'bestuurder',
        wachtwoord: TEST_WACHTWOORD,
      },
    });
  }
  // Signed in november for a period that starts in january; the bijlage is still a draft.
  await overalGelijk('ONDERTEKEND');

  t.app.get(Klok).zet(new Date('2027-03-01T12:00:00Z'));
  await overalGelijk('LOPEND');

  // An addendum reopens the hoofddocument as a draft: the agreement still runs.
  await t.gqlOk(`mutation($input: AddendumInput!) { startAddendum(input: $input) }`, {
    input: { onderdeelId: fx.hoofdId, reden: 'Tussentijdse bijstelling' },
  });
  await overalGelijk('LOPEND');

  t.app.get(Klok).zet(new Date('2030-03-01T12:00:00Z'));
  await overalGelijk('IN_EVALUATIE');
});

it('an early end is the one status set by hand, and the list filters on the derived status', async () => {
  const lijst = async (status: string) =>
    (
      await t.gqlOk<any>(
        `query($f: OvereenkomstFilter) { overeenkomsten(filter: $f, take: 10) { total items { id } } }`,
        { f: { status } },
      )
    ).overeenkomsten;
  expect((await lijst('IN_EVALUATIE')).items).toEqual([{ id: fx.overeenkomstId }]);
  expect((await lijst('CONCEPT')).total).toBe(0);
  await t.gqlOk(
    `mutation($input: UpdateOvereenkomstInput!) { updateOvereenkomst(input: $input) { status } }`,
    { input: { id: fx.overeenkomstId, beeindigd: true } },
  );
  expect((await lijst('BEEINDIGD')).items).toEqual([{ id: fx.overeenkomstId }]);
  expect((await lijst('IN_EVALUATIE')).total).toBe(0);
});
