import { type GraphQLResponse, type TestApp, startTestApp } from './test-app';

/*
 * Small, typed wrappers around the GraphQL mutations the e2e tests use to build agreements,
 * plus a fixture that sets up a complete lokale driehoek with zorgpartijen and a provincie.
 * Every name carries a tag, so fixtures never collide within one schema.
 */

export type PartijSoort =
  | 'GEMEENTE'
  | 'WONINGCORPORATIE'
  | 'HUURDERSORGANISATIE'
  | 'ZORGAANBIEDER'
  | 'ZORGKANTOOR'
  | 'WELZIJNSORGANISATIE'
  | 'CLIENTENORGANISATIE'
  | 'PROVINCIE'
  | 'OVERIG';
export type DeelnemerRol = 'ONDERTEKENAAR' | 'MEDEONDERTEKENAAR_BIJLAGE' | 'WAARNEMER';
export type AfspraakType =
  'PROCES' | 'BESCHRIJVEND' | 'INTENTIE' | 'HANDELING' | 'GARANTIE' | 'TRANSACTIE';
export type GqlError = NonNullable<GraphQLResponse['errors']>[number];

export interface ThemaRef {
  id: string;
  naam: string;
  volgorde: number;
  standaard: boolean;
  domein: { id: string; naam: string } | null;
}

export interface AfspraakRef {
  id: string;
  nummer: string;
  titel: string;
  type: AfspraakType;
  volgorde: number;
}

export const AFSPRAAK_FIELDS = 'id nummer titel type volgorde';

export const CREATE_PARTIJ = `mutation($input: CreatePartijInput!) { createPartij(input: $input) { id naam soort } }`;
export const CREATE_OVEREENKOMST = /* GraphQL */ `
  mutation ($input: CreateOvereenkomstInput!) {
    createOvereenkomst(input: $input) {
      id
      titel
      startjaar
      eindjaar
      status
      jaarschijven {
        id
        jaar
      }
      deelnemers {
        rol
        regie
        partij {
          id
          soort
        }
      }
      gemeenten {
        id
      }
    }
  }
`;
export const CREATE_ONDERDEEL = `mutation($input: CreateOnderdeelInput!) { createOnderdeel(input: $input) { id soort titel volgorde ondertekenaars { id soort } } }`;
export const CREATE_AFSPRAAK = `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { ${AFSPRAAK_FIELDS} } }`;
export const UPDATE_AFSPRAAK = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { ${AFSPRAAK_FIELDS} typeLabel } }`;
export const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id naam afspraken { id } } }`;
export const CREATE_STREEFWAARDE = `mutation($input: CreateStreefwaardeInput!) { createStreefwaarde(input: $input) { id jaar soort waarde min max effect } }`;
export const CREATE_REALISATIE = `mutation($input: CreateRealisatieInput!) { createRealisatie(input: $input) { id jaar waarde bron toelichting } }`;
export const ONDERDEEL_AFSPRAKEN = `query($id: ID!) { onderdeel(id: $id) { id afspraken { ${AFSPRAAK_FIELDS} } } }`;

/** The only error of a failed request; fails the test when there is none or more than one. */
export function theError(result: GraphQLResponse<unknown>): GqlError {
  if (!result.errors?.length)
    throw new Error(`Verwachtte een fout, kreeg: ${JSON.stringify(result.data)}`);
  if (result.errors.length !== 1)
    throw new Error(`Verwachtte één fout, kreeg: ${JSON.stringify(result.errors)}`);
  return result.errors[0]!;
}

export async function defaultThemas(t: TestApp): Promise<Map<string, ThemaRef>> {
  const data = await t.gqlOk<{ themas: ThemaRef[] }>(
    `{ themas { id naam volgorde standaard domein { id naam } } }`,
  );
  return new Map(data.themas.map((th) => [th.naam, th]));
}

export async function createPartij(t: TestApp, naam: string, soort: PartijSoort): Promise<string> {
  const data = await t.gqlOk<{ createPartij: { id: string } }>(CREATE_PARTIJ, {
    input: { naam, soort },
  });
  // The tester acts for every partij a test creates; permissions have tests of their own.
  await t.maakLid(data.createPartij.id);
  return data.createPartij.id;
}

export interface Fixture {
  tag: string;
  overeenkomstId: string;
  hoofdId: string;
  bijlageId: string;
  jaarschijven: Map<number, string>;
  gemeente: string;
  corpA: string;
  corpB: string;
  huurders: string;
  zorg: string;
  welzijn: string;
  provincie: string;
  /** A partij that exists but takes no part in this overeenkomst. */
  buitenstaander: string;
}

/**
 * Gemeente, two corporaties, a huurdersorganisatie (ondertekenaars), a zorgaanbieder and a
 * welzijnsorganisatie (bijlage only), a provincie (waarnemer); periode 2026–2029, with a
 * hoofddocument signed by the driehoek and a "bijlage wonen en zorg" co-signed by the zorg.
 */
export async function createFixture(
  t: TestApp,
  tag: string,
  periode = { startjaar: 2026, eindjaar: 2029 },
): Promise<Fixture> {
  const [gemeente, corpA, corpB, huurders, zorg, welzijn, provincie, buitenstaander] =
    await Promise.all([
      createPartij(t, `Gemeente ${tag}`, 'GEMEENTE'),
      createPartij(t, `Woonstichting ${tag}`, 'WONINGCORPORATIE'),
      createPartij(t, `Wooncorporatie Oost ${tag}`, 'WONINGCORPORATIE'),
      createPartij(t, `Huurdersvereniging ${tag}`, 'HUURDERSORGANISATIE'),
      createPartij(t, `Zorggroep ${tag}`, 'ZORGAANBIEDER'),
      createPartij(t, `Welzijn ${tag}`, 'WELZIJNSORGANISATIE'),
      createPartij(t, `Provincie ${tag}`, 'PROVINCIE'),
      createPartij(t, `Buitenstaander ${tag}`, 'WONINGCORPORATIE'),
    ]);
  const o = await t.gqlOk<{
    createOvereenkomst: { id: string; jaarschijven: { id: string; jaar: number }[] };
  }>(CREATE_OVEREENKOMST, {
    input: {
      titel: `Prestatieafspraken ${tag} ${periode.startjaar}–${periode.eindjaar}`,
      ...periode,
      gemeenteIds: [gemeente],
      deelnemers: [
        { partijId: corpA, rol: 'ONDERTEKENAAR' },
        { partijId: corpB, rol: 'ONDERTEKENAAR' },
        { partijId: huurders, rol: 'ONDERTEKENAAR' },
        { partijId: zorg, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
        { partijId: welzijn, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
        { partijId: provincie, rol: 'WAARNEMER' },
      ],
    },
  });
  const overeenkomstId = o.createOvereenkomst.id;
  const hoofd = await t.gqlOk<{ createOnderdeel: { id: string } }>(CREATE_ONDERDEEL, {
    input: {
      overeenkomstId,
      soort: 'HOOFDDOCUMENT',
      titel: 'Hoofddocument',
      ondertekenaarIds: [gemeente, corpA, corpB, huurders],
    },
  });
  const bijlage = await t.gqlOk<{ createOnderdeel: { id: string } }>(CREATE_ONDERDEEL, {
    input: {
      overeenkomstId,
      soort: 'BIJLAGE',
      titel: 'Bijlage wonen en zorg',
      ondertekenaarIds: [gemeente, corpA, corpB, huurders, zorg, welzijn],
    },
  });
  return {
    tag,
    overeenkomstId,
    hoofdId: hoofd.createOnderdeel.id,
    bijlageId: bijlage.createOnderdeel.id,
    jaarschijven: new Map(o.createOvereenkomst.jaarschijven.map((j) => [j.jaar, j.id])),
    gemeente,
    corpA,
    corpB,
    huurders,
    zorg,
    welzijn,
    provincie,
    buitenstaander,
  };
}

/** A test app with the default themes and a fresh agreement of the standard fixture. */
export async function startMetFixture(
  naam: string,
): Promise<{ t: TestApp; themas: Map<string, ThemaRef>; fx: Fixture }> {
  const t = await startTestApp();
  return { t, themas: await defaultThemas(t), fx: await createFixture(t, naam) };
}

/** A valid intentieafspraak in the hoofddocument; override what the test is about. */
export function afspraakInput(
  fx: Fixture,
  themaId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    onderdeelId: fx.hoofdId,
    titel: 'Transformatie vrijkomende locatie',
    type: 'INTENTIE',
    themaId,
    trekkerId: fx.gemeente,
    tekst: 'Als de locatie vrijkomt, onderzoeken partijen transformatie tot gemengd wonen.',
    volwassenheid: 'VOORNEMEN',
    betrokkenen: [{ partijId: fx.corpA, bijdrage: 'Haalbaarheidsonderzoek', kostenaandeel: 50 }],
    jaren: [{ jaar: 2026, concretisering: 'Verkenning' }],
    details: {
      intentie: {
        voorwaarde: 'Als locatie De Linde vrijkomt',
        gevolg: 'dan wordt het vastgoed getransformeerd',
      },
    },
    ...overrides,
  };
}

export async function createAfspraak(
  t: TestApp,
  input: Record<string, unknown>,
): Promise<AfspraakRef> {
  return (await t.gqlOk<{ createAfspraak: AfspraakRef }>(CREATE_AFSPRAAK, { input }))
    .createAfspraak;
}

export async function afsprakenVan(t: TestApp, onderdeelId: string): Promise<AfspraakRef[]> {
  return (
    await t.gqlOk<{ onderdeel: { afspraken: AfspraakRef[] } }>(ONDERDEEL_AFSPRAKEN, {
      id: onderdeelId,
    })
  ).onderdeel.afspraken;
}

/** "nummer titel" per afspraak, in listing order: easy to compare in one assertion. */
export const nummering = (afspraken: { nummer: string; titel: string }[]): string[] =>
  afspraken.map((a) => `${a.nummer} ${a.titel}`);
