import { MikroORM, ref } from '@mikro-orm/core';
import { Gebruiker } from '../src/auth/gebruiker.entity';
import { hashWachtwoord } from '../src/auth/wachtwoord';
import { Klok } from '../src/common/klok';
import { MeldingBronnen } from '../src/meldingen/melding-bronnen';
import { Afspraak } from '../src/overeenkomsten/afspraak.entity';
import { Onderdeel } from '../src/overeenkomsten/onderdeel.entity';
import { Lidmaatschap, LidRol } from '../src/partijen/lidmaatschap.entity';
import { Partij } from '../src/partijen/partij.entity';
import { Suggestie } from '../src/suggesties/suggestie.entity';
import { afspraakInput, createAfspraak, startMetFixture, type Fixture } from './support/api';
import { gqlOkAls, sqlRijen } from './support/als';
import { TEST_WACHTWOORD, type TestApp } from './support/test-app';

/*
 * mijnTaken (issue 17, point 1): what is asked of a person now, per kind, on the standard
 * fixture driven through the API as its partijen would, the yearly cycle moved by the clock;
 * plus who is asked (signing only by ondertekenaars) and that nobody sees another's tasks.
 */

interface Taak {
  soort: string;
  titel: string;
  aantal: number;
  deadline: string | null;
  teLaat: boolean;
  link: string;
  partijNaam: string;
  overeenkomstId: string | null;
  onderdeelId: string | null;
  afspraakId: string | null;
}
const TAKEN = `query($id: ID) { mijnTaken(overeenkomstId: $id) {
  soort titel aantal deadline teLaat link partijNaam overeenkomstId onderdeelId afspraakId } }`;

let t: TestApp;
let fx: Fixture;
let themaId: string;
let afspraken: string[];
const tokens: Record<string, string> = {};

/** A person with a membership of one partij. */
async function persoon(email: string, partijId: string, rollen: LidRol[]): Promise<string> {
  const em = t.app.get(MikroORM).em.fork();
  const gebruiker = new Gebruiker(
    email,
    email.split('@')[0]!,
    await hashWachtwoord(TEST_WACHTWOORD),
  );
  em.persist([gebruiker, new Lidmaatschap(gebruiker, em.getReference(Partij, partijId), rollen)]);
  await em.flush();
  return t.login(email);
}

const taken = async (token?: string, id?: string): Promise<Taak[]> =>
  (await gqlOkAls<{ mijnTaken: Taak[] }>(t, token ?? tokens.tester!, TAKEN, { id })).mijnTaken;
const van = (lijst: Taak[], soort: string) =>
  lijst
    .filter((x) => x.soort === soort)
    .map((x) => `${x.partijNaam}: ${x.titel}`)
    .sort();
const zet = (moment: string) => t.app.get(Klok).zet(new Date(moment));

beforeAll(async () => {
  const start = await startMetFixture('Takenstad');
  t = start.t;
  fx = start.fx;
  themaId = [...start.themas.values()][0]!.id;
  tokens.tester = await t.login('tester@test.driehoek.nl');
  tokens.opsteller = await persoon('opsteller@takenstad.nl', fx.corpB, [LidRol.OPSTELLER]);
  tokens.buiten = await persoon('buiten@takenstad.nl', fx.buitenstaander, [LidRol.ONDERTEKENAAR]);
  afspraken = [];
  for (const titel of ['Transformatie De Linde', 'Wooncoach voor senioren']) {
    afspraken.push((await createAfspraak(t, afspraakInput(fx, themaId, { titel }))).id);
  }
  zet('2026-03-01T10:00:00Z');
});

afterAll(async () => {
  await t?.close();
});

const T = 'Takenstad';

it('a draft asks nothing; an open negotiation asks each signing partij for its standpunten', async () => {
  expect(van(await taken(), 'STANDPUNT')).toEqual([]);
  await t.gqlOk(`mutation($id: ID!) { openOnderhandeling(onderdeelId: $id) { id } }`, {
    id: fx.hoofdId,
  });
  const lijst = await taken();
  expect(van(lijst, 'STANDPUNT')).toEqual([
    `Gemeente ${T}: Uw standpunt wordt gevraagd op 2 afspraken`,
    `Huurdersvereniging ${T}: Uw standpunt wordt gevraagd op 2 afspraken`,
    `Wooncorporatie Oost ${T}: Uw standpunt wordt gevraagd op 2 afspraken`,
    `Woonstichting ${T}: Uw standpunt wordt gevraagd op 2 afspraken`,
  ]);
  const gemeente = lijst.find((x) => x.soort === 'STANDPUNT' && x.partijNaam === `Gemeente ${T}`)!;
  expect(gemeente).toMatchObject({
    aantal: 2,
    deadline: null,
    overeenkomstId: fx.overeenkomstId,
    onderdeelId: fx.hoofdId,
    afspraakId: afspraken[0],
    link: `/overeenkomsten/${fx.overeenkomstId}/onderdelen/${fx.hoofdId}?afspraak=${afspraken[0]}&paneel=afspraak`,
  });
  // An opsteller of a signing partij is asked too; the bijlage is not negotiated yet.
  expect(van(await taken(tokens.opsteller), 'STANDPUNT')).toEqual([
    `Wooncorporatie Oost ${T}: Uw standpunt wordt gevraagd op 2 afspraken`,
  ]);
});

it('a standpunt taken counts down, in the singular; a changed afspraak asks again', async () => {
  await t.gqlOk(`mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id } }`, {
    input: { afspraakId: afspraken[0], partijId: fx.gemeente, oordeel: 'AKKOORD' },
  });
  const gemeente = (await taken()).find(
    (x) => x.soort === 'STANDPUNT' && x.partijNaam === `Gemeente ${T}`,
  )!;
  expect(gemeente).toMatchObject({
    titel: 'Uw standpunt wordt gevraagd op 1 afspraak',
    aantal: 1,
    afspraakId: afspraken[1],
  });
  // The title is part of what was judged: the akkoord is stale (verouderd) and asked again.
  await t.gqlOk(`mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id } }`, {
    input: { id: afspraken[0], titel: 'Transformatie De Linde en De Eik' },
  });
  expect(
    (await taken()).find((x) => x.soort === 'STANDPUNT' && x.partijNaam === `Gemeente ${T}`)!
      .aantal,
  ).toBe(2);
});

it('proposals, suggestions and comments wait for the other partijen, not their author', async () => {
  await t.gqlOk(
    `mutation($input: WijzigingsvoorstelInput!) { dienVoorstelIn(input: $input) { id } }`,
    {
      input: {
        soort: 'WIJZIGING',
        afspraakId: afspraken[1],
        nieuweTekst: 'De gemeente zet twee wooncoaches in voor senioren.',
        motivering: 'Eén coach is te weinig',
        partijId: fx.corpA,
      },
    },
  );
  // A suggestion as the materialiser records it from the co-editor's marks.
  const em = t.app.get(MikroORM).em.fork();
  const tester = await em.findOneOrFail(Gebruiker, { email: 'tester@test.driehoek.nl' });
  em.persist(
    new Suggestie({
      id: `${fx.huurders}.${tester.id}.1.a`,
      onderdeel: ref(em.getReference(Onderdeel, fx.hoofdId)),
      afspraak: ref(em.getReference(Afspraak, afspraken[0]!)),
      partij: ref(em.getReference(Partij, fx.huurders)),
      gebruiker: ref(tester),
      ingevoegd: 'met zorg',
      geschrapt: '',
    }),
  );
  await em.flush();
  await t.gqlOk(
    `mutation($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { id } }`,
    {
      input: {
        afspraakId: afspraken[1],
        partijId: fx.gemeente,
        tekst: 'Kunnen de huurders hier vrijwilligers voor vinden?',
        gerichtAanId: fx.huurders,
      },
    },
  );
  const lijst = await taken();
  expect(van(lijst, 'VOORSTEL')).toEqual([
    `Gemeente ${T}: Een wijzigingsvoorstel wacht op uw oordeel`,
    `Huurdersvereniging ${T}: Een wijzigingsvoorstel wacht op uw oordeel`,
    `Wooncorporatie Oost ${T}: Een wijzigingsvoorstel wacht op uw oordeel`,
  ]);
  expect(van(lijst, 'SUGGESTIE')).toEqual([
    `Gemeente ${T}: Een suggestie in de tekst wacht op uw oordeel`,
    `Wooncorporatie Oost ${T}: Een suggestie in de tekst wacht op uw oordeel`,
    `Woonstichting ${T}: Een suggestie in de tekst wacht op uw oordeel`,
  ]);
  expect(van(lijst, 'OPMERKING')).toEqual([
    `Huurdersvereniging ${T}: Een opmerking is aan u gericht`,
  ]);
  expect(lijst.find((x) => x.soort === 'VOORSTEL')!.link).toBe(
    `/overeenkomsten/${fx.overeenkomstId}/onderdelen/${fx.hoofdId}?paneel=voorstellen&afspraak=${afspraken[1]}`,
  );
});

it('costs the same number of queries for 2 afspraken under negotiation as for 10', async () => {
  const tel = async () => {
    // The meldingen of the afspraken just made are worked out in the background, with selects
    // of their own: counted, they would be taken for the request's.
    await t.app.get(MeldingBronnen).klaar();
    t.queries.length = 0;
    const lijst = await taken();
    return {
      queries: t.queries.filter((q) => /^\s*select/i.test(q)).length,
      gemeente: lijst.find((x) => x.soort === 'STANDPUNT' && x.partijNaam === `Gemeente ${T}`)!,
    };
  };
  const weinig = await tel();
  for (let i = 1; i <= 8; i++) {
    afspraken.push(
      (await createAfspraak(t, afspraakInput(fx, themaId, { titel: `Extra ${i}` }))).id,
    );
  }
  const veel = await tel();
  expect(veel.gemeente.aantal).toBe(weinig.gemeente.aantal + 8);
  console.log(
    `SQL-queries voor mijnTaken: ${weinig.queries} bij 2 afspraken, ${veel.queries} bij 10`,
  );
  expect(veel.queries).toBe(weinig.queries);
});

it('the bod is asked of each corporatie before 1 juli, and late after it', async () => {
  const bod = (await taken()).filter((x) => x.soort === 'BOD');
  expect(bod.map((x) => `${x.partijNaam}: ${x.titel}`).sort()).toEqual([
    `Wooncorporatie Oost ${T}: Uw bod op jaarschijf 2027 wordt verwacht`,
    `Woonstichting ${T}: Uw bod op jaarschijf 2027 wordt verwacht`,
  ]);
  // 1 juli 2026, midnight Dutch summer time.
  expect(bod[0]).toMatchObject({ deadline: '2026-06-30T22:00:00.000Z', teLaat: false });
  zet('2026-08-01T10:00:00Z');
  expect((await taken()).filter((x) => x.soort === 'BOD').every((x) => x.teLaat)).toBe(true);
  // Late first.
  expect((await taken())[0]!.soort).toBe('BOD');
});

it('after a freeze only people who may sign for a partij that has not signed are asked', async () => {
  const versie = await t.gqlOk<{ bevriesOnderdeel: { id: string } }>(
    `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
    {
      input: {
        onderdeelId: fx.hoofdId,
        overrideReden: 'Afgesproken in het bestuurlijk overleg',
        vervallenReden: 'Besproken in het overleg',
      },
    },
  );
  await t.gqlOk(`mutation($input: OndertekenInput!) { onderteken(input: $input) { id } }`, {
    input: {
      versieId: versie.bevriesOnderdeel.id,
      partijId: fx.corpA,
      functie: 'directeur-bestuurder',
      wachtwoord: TEST_WACHTWOORD,
    },
  });
  const lijst = await taken();
  expect(van(lijst, 'ONDERTEKENING')).toEqual([
    `Gemeente ${T}: Uw handtekening wordt verwacht op het hoofddocument “Hoofddocument”`,
    `Huurdersvereniging ${T}: Uw handtekening wordt verwacht op het hoofddocument “Hoofddocument”`,
    `Wooncorporatie Oost ${T}: Uw handtekening wordt verwacht op het hoofddocument “Hoofddocument”`,
  ]);
  expect(lijst.find((x) => x.soort === 'ONDERTEKENING')!.link).toBe(
    `/overeenkomsten/${fx.overeenkomstId}/onderdelen/${fx.hoofdId}?paneel=versies`,
  );
  // The negotiation of the hoofddocument is over: no standpunten, proposals or suggestions.
  expect(lijst.filter((x) => ['STANDPUNT', 'VOORSTEL', 'SUGGESTIE'].includes(x.soort))).toEqual([]);
  const opsteller = await taken(tokens.opsteller);
  expect(opsteller.filter((x) => x.soort === 'ONDERTEKENING')).toEqual([]);
});

it('verantwoording in mei for the trekker, the evaluatie in juni for the signatories', async () => {
  // Seed-like: 2026 was carried out (the clock stood in 2026 while the API was used above).
  await sqlRijen(t.app, `update jaarschijf set status = 'IN_UITVOERING' where id = ?`, [
    fx.jaarschijven.get(2026),
  ]);
  zet('2027-05-15T10:00:00Z');
  expect(van(await taken(), 'VERANTWOORDING')).toEqual([
    `Gemeente ${T}: Uw verantwoording over 2026 wordt gevraagd op 10 afspraken`,
  ]);
  zet('2027-06-15T10:00:00Z');
  const juni = await taken();
  expect(juni.find((x) => x.soort === 'VERANTWOORDING')).toMatchObject({
    teLaat: true,
    link: `/overeenkomsten/${fx.overeenkomstId}?tab=verantwoording`,
  });
  expect(van(juni, 'EVALUATIE')).toEqual(
    ['Gemeente', 'Huurdersvereniging', 'Wooncorporatie Oost', 'Woonstichting'].map(
      (p) => `${p} ${T}: Uw bevestiging van de evaluatie over 2026 wordt gevraagd`,
    ),
  );
  // Only for one overeenkomst: the same, filtered.
  expect((await taken(undefined, fx.overeenkomstId)).length).toBe(juni.length);
});

it('an invitation to the person’s address is a task until it is accepted', async () => {
  await t.gqlOk(`mutation($input: NodigLidUitInput!) { nodigLidUit(input: $input) { token } }`, {
    input: { partijId: fx.huurders, email: 'buiten@takenstad.nl', rollen: ['OPSTELLER'] },
  });
  expect(van(await taken(tokens.buiten), 'UITNODIGING')).toEqual([
    `Huurdersvereniging ${T}: U bent uitgenodigd als lid van Huurdersvereniging ${T}; open de link in uw e-mail`,
  ]);
});

it('an outsider gets nothing of this overeenkomst, and may not ask for it', async () => {
  const buiten = await taken(tokens.buiten);
  expect(buiten.filter((x) => x.overeenkomstId !== null)).toEqual([]);
  const fout = await t.gqlAs(tokens.buiten!, TAKEN, { id: fx.overeenkomstId });
  expect(fout.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
