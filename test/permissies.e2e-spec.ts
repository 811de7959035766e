import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MikroORM, ref } from '@mikro-orm/core';
import { AuthService } from '../src/auth/auth.service';
import { Gebruiker } from '../src/auth/gebruiker.entity';
import { hashWachtwoord } from '../src/auth/wachtwoord';
import { Klok } from '../src/common/klok';
import { afmeldToken } from '../src/meldingen/afmelden';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { LidRol, Lidmaatschap } from '../src/partijen/lidmaatschap.entity';
import { Partij } from '../src/partijen/partij.entity';
import { maakSuggestieId } from '../src/gedeeld/suggesties';
import { Afspraak } from '../src/overeenkomsten/afspraak.entity';
import { Onderdeel } from '../src/overeenkomsten/onderdeel.entity';
import { Suggestie } from '../src/suggesties/suggestie.entity';
import { demoLogo } from '../src/demo/demo-logo';
import { theError } from './support/api';
import { sqlRijen } from './support/als';
import { akkoordDocx, uploadAkkoord } from './support/import';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

/*
 * The permission matrix: every query and mutation of the API, run as every demo role against the
 * demo agreement Vlietdam, compared with the table below. A field of the schema that is missing
 * from the table (or a table entry whose field is gone) fails the first test, so a new resolver
 * cannot be added without deciding who may use it.
 */

const ROLLEN = [
  'anoniem',
  'gemeente',
  'lezer',
  'corporatie',
  'huurders',
  'zorg',
  'provincie',
  'buiten',
] as const;
type Rol = (typeof ROLLEN)[number];
type Persoon = Exclude<Rol, 'anoniem'>;

const EMAIL: Record<Persoon, string> = {
  gemeente: 'gemeente@demo.driehoek.nl', // Gemeente Vlietdam (regie): ondertekenaar + beheerder
  lezer: 'gemeente-lezer@demo.driehoek.nl', // Gemeente Vlietdam: lezer
  corporatie: 'corporatie@demo.driehoek.nl', // Woonstichting De Vliet: ondertekenaar + beheerder
  huurders: 'huurders@demo.driehoek.nl', // Huurdersvereniging De Vliet: ondertekenaar + beheerder
  zorg: 'zorg@demo.driehoek.nl', // Zorggroep Vlietzicht: ondertekent alleen de bijlage
  provincie: 'provincie@demo.driehoek.nl', // Provincie Zuid-Holland (waarnemer): lezer + beheerder
  buiten: 'buiten@demo.driehoek.nl', // Gemeente Oostwaard: neemt niet deel
};

type Uitkomst = 'ALLOWED' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';
const LETTER: Record<string, Uitkomst> = {
  A: 'ALLOWED',
  F: 'FORBIDDEN',
  N: 'NOT_FOUND',
  U: 'UNAUTHENTICATED',
};

/** One row of the table: a letter per role, in the order of ROLLEN. */
function rij(letters: string): Record<Rol, Uitkomst> {
  const delen = letters.trim().split(/\s+/);
  if (delen.length !== ROLLEN.length || delen.some((l) => !LETTER[l]))
    throw new Error(`Ongeldige rij "${letters}"`);
  return Object.fromEntries(ROLLEN.map((rol, i) => [rol, LETTER[delen[i]!]])) as Record<
    Rol,
    Uitkomst
  >;
}

// A = ALLOWED, F = FORBIDDEN, N = NOT_FOUND, U = UNAUTHENTICATED; the columns, in the order of
// ROLLEN: anoniem, gemeente@, gemeente-lezer@, corporatie@, huurders@, zorg@, provincie@, buiten@
//                                   an ge le co hu zo pr bu
const PUBLIEK /*           */ = rij('A  A  A  A  A  A  A  A');
const INGELOGD /*          */ = rij('U  A  A  A  A  A  A  A');
/** Everything inside the demo agreement: its deelnemers read, an outsider finds nothing. */
const DEELNEMERS /*        */ = rij('U  A  A  A  A  A  A  N');
/** An uploaded agreement: the opstellers and ondertekenaars of the gemeente it is for. */
const IMPORT /*            */ = rij('U  A  F  F  F  F  F  F');
/** Regie: the gemeente's opstellers and ondertekenaars. */
const REGIE /*             */ = rij('U  A  F  F  F  F  F  N');
/** Afspraken, indicatoren and streefwaarden of the hoofddocument: its signatories. */
const HOOFDDOCUMENT /*     */ = rij('U  A  F  A  A  F  F  N');
/** The same in the "Bijlage wonen en zorg", which the zorgpartijen co-sign. */
const BIJLAGE /*           */ = rij('U  A  F  A  A  A  F  N');
/** Realisaties of an indicator measuring an afspraak that the corporatie trekt. */
const TREKKER_CORPORATIE /**/ = rij('U  A  F  A  F  F  F  N');
/** Realisaties of an indicator measuring an afspraak that the zorgaanbieder trekt. */
const TREKKER_ZORG /*      */ = rij('U  A  F  F  F  A  F  N');
/** Members and details of the partij Gemeente Vlietdam: its beheerder. */
const BEHEERDER_VLIETDAM /**/ = rij('U  A  F  F  F  F  F  F');
/** Who else is a member of Gemeente Vlietdam: its members. */
const LEDEN_VLIETDAM /*    */ = rij('U  A  A  F  F  F  F  F');
/** Registering an organisation: an opsteller or ondertekenaar of any gemeente. */
const OPSTELLER_GEMEENTE /**/ = rij('U  A  F  F  F  F  F  A');
/** A new overeenkomst for Vlietdam: an opsteller or ondertekenaar of Vlietdam. */
const OPSTELLER_VLIETDAM /**/ = rij('U  A  F  F  F  F  F  F');

/** Signing a scratch bijlage of the gemeente and the zorgaanbieder: their signatories. */
const TEKENAARS_PROEFBIJLAGE = rij('U  A  F  F  F  A  F  N');
/** The corporatie's bod in the jaarcyclus: regie, or a corporatie of the overeenkomst. */
const REGIE_OF_CORPORATIE = rij('U  A  F  A  F  F  F  N');
/** The verantwoording of an afspraak of the hoofddocument that Woonstichting De Vliet trekt. */
const TREKKER_CORPORATIE_HOOFD = rij('U  F  F  A  F  F  F  N');
/** The verantwoording of an afspraak that the zorgaanbieder trekt beside another trekker. */
const MEDETREKKER_ZORG = rij('U  F  F  F  F  A  F  N');
/** A bod: the writers of a woningcorporatie taking part. */
const CORPORATIE_BOD = rij('U  F  F  A  F  F  F  N');
/** Closing the evaluation: the ondertekenaars of the partijen signing the hoofddocument. */
const ONDERTEKENAARS_HOOFD = rij('U  A  F  A  A  F  F  N');
/** Documents for verwijzingen: whoever edits the afspraken of an onderdeel in concept. */
const AFSPRAKEN_SCHRIJVERS = rij('U  A  F  A  A  A  F  N');
/** Comments: writers of any deelnemende partij. */
const SCHRIJVERS /*        */ = rij('U  A  F  A  A  A  F  N');
/** Judging a proposal of the gemeente: the other signatories of the hoofddocument. */
const ANDERE_ONDERTEKENAARS = rij('U  F  F  A  A  F  F  N');

/** What a FORBIDDEN message must name: the role that would be needed. */
const NODIGE_ROL = /opsteller of ondertekenaar|regie|beheerder/;

interface Verzoek {
  query: string;
  variables?: Record<string, unknown>;
  /** Send as this token instead of the role's own (null: anonymously). */
  token?: string | null;
}

interface Geval {
  veld: string;
  variant?: string;
  verwacht: Record<Rol, Uitkomst>;
  /** A request that succeeds for an allowed role; called once per role, just before it is sent. */
  verzoek: (rol: Rol) => Promise<Verzoek>;
  /** Extra checks on an allowed answer. */
  controleer?: (data: any, rol: Rol) => void;
  /** What a FORBIDDEN message must say; NODIGE_ROL unless given. */
  weigering?: RegExp;
}

const DEMO_TITEL = 'Prestatieafspraken Vlietdam 2026–2029';
const MUT = (veld: string, type: string, selectie = '{ id }') =>
  `mutation($input: ${type}!) { ${veld}(input: $input) ${selectie} }`;
const DEL = (veld: string) => `mutation($input: IdInput!) { ${veld}(input: $input) }`;

let t: TestApp;
let tokens: Record<Persoon, string>;
/** The gemeente's token, used to prepare scratch objects. */
let G: string;
let wegwerpHash: string;
const ids = {
  demo: '',
  hoofd: '',
  bijlage: '',
  /** An afspraak of the hoofddocument that Woonstichting De Vliet trekt. */
  hoofdAfspraak: '',
  /** An afspraak of the bijlage that Zorggroep Vlietzicht trekt. */
  bijlageAfspraak: '',
  /** The Week tegen Eenzaamheid: Welzijn Vlietdam trekt, Zorggroep Vlietzicht is a trekker too. */
  medeAfspraak: '',
  indicator: '',
  jaarschijf: '',
  jaarschijf2027: '',
  jaarschijf2028: '',
  thema: '',
  gemeente: '',
  corpA: '',
  corpB: '',
  huurdersA: '',
  vvt: '',
  provincie: '',
  buiten: '',
};

let teller = 0;
const uniek = (tekst: string) => `${tekst} ${++teller}`;
const uniekEmail = () => `proef-${++teller}@test.driehoek.nl`;

/** A request that must succeed (preparation), by default as the gemeente. */
async function ok<T = any>(
  query: string,
  variables?: Record<string, unknown>,
  token: string | null = G,
): Promise<T> {
  const result = await t.gqlAs<T>(token, query, variables);
  if (result.errors?.length)
    throw new Error(`Voorbereiding mislukt: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

async function maak(
  veld: string,
  type: string,
  input: Record<string, unknown>,
  selectie = '{ id }',
  token = G,
): Promise<any> {
  return (await ok(MUT(veld, type, selectie), { input }, token))[veld];
}

// Scratch objects, made by the gemeente just for one case.
const afspraakInput = (onderdeelId: string, trekkerId = ids.gemeente) => ({
  onderdeelId,
  titel: uniek('Proefafspraak'),
  type: 'INTENTIE',
  themaId: ids.thema,
  trekkerId,
  volwassenheid: 'VOORNEMEN',
  details: {
    intentie: { voorwaarde: 'Als de locatie vrijkomt', gevolg: 'dan onderzoeken partijen wonen' },
  },
});
const nieuweAfspraak = async (onderdeelId: string): Promise<string> =>
  (await maak('createAfspraak', 'CreateAfspraakInput', afspraakInput(onderdeelId))).id;
const nieuweIndicator = async (afspraakIds: string[]): Promise<string> =>
  (
    await maak('createIndicator', 'CreateIndicatorInput', {
      overeenkomstId: ids.demo,
      naam: uniek('Proefindicator'),
      eenheid: 'woningen',
      afspraakIds,
    })
  ).id;
const nieuweStreefwaarde = async (indicatorId: string): Promise<string> =>
  (
    await maak('createStreefwaarde', 'CreateStreefwaardeInput', {
      indicatorId,
      jaar: 2027,
      soort: 'EXACT',
      waarde: 10,
    })
  ).id;
const nieuweRealisatie = async (indicatorId: string): Promise<string> =>
  (
    await maak('createRealisatie', 'CreateRealisatieInput', {
      indicatorId,
      jaar: 2026,
      waarde: 4,
      bron: 'Eigen telling',
    })
  ).id;
const nieuwePartij = async (soort = 'WELZIJNSORGANISATIE'): Promise<string> =>
  (await maak('createPartij', 'CreatePartijInput', { naam: uniek('Proefpartij'), soort })).id;
const nieuweDeelnemer = async (): Promise<string> =>
  (
    await maak('addDeelnemer', 'AddDeelnemerInput', {
      overeenkomstId: ids.demo,
      partijId: await nieuwePartij(),
      rol: 'WAARNEMER',
    })
  ).id;
/** A draft import of a small Word agreement, uploaded by the gemeente. */
const nieuweImport = async (): Promise<string> => {
  const { status, body } = await uploadAkkoord(
    t,
    G,
    await akkoordDocx(Array.from({ length: 6 }, (_, i) => `Afspraak ${i + 1} van het akkoord.`)),
    'akkoord.docx',
  );
  if (status !== 201) throw new Error(`Import mislukt: ${JSON.stringify(body)}`);
  return body.id as string;
};
const nieuwOnderdeel = async (): Promise<string> =>
  (
    await maak('createOnderdeel', 'CreateOnderdeelInput', {
      overeenkomstId: ids.demo,
      soort: 'BIJLAGE',
      titel: uniek('Proefbijlage'),
      ondertekenaarIds: [ids.gemeente, ids.vvt],
    })
  ).id;
const nieuwThema = async (): Promise<string> =>
  (
    await maak('createThema', 'CreateThemaInput', {
      overeenkomstId: ids.demo,
      naam: uniek('Proefthema'),
    })
  ).id;
/** An agreement of Vlietdam with the same kinds of deelnemers as the demo, minus Oostwaard. */
const nieuweOvereenkomst = async (extra: Record<string, unknown> = {}): Promise<string> =>
  (
    await maak('createOvereenkomst', 'CreateOvereenkomstInput', {
      titel: uniek('Proefovereenkomst'),
      startjaar: 2026,
      eindjaar: 2029,
      gemeenteIds: [ids.gemeente],
      deelnemers: [
        { partijId: ids.corpA, rol: 'ONDERTEKENAAR' },
        { partijId: ids.huurdersA, rol: 'ONDERTEKENAAR' },
        { partijId: ids.vvt, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
        { partijId: ids.provincie, rol: 'WAARNEMER' },
      ],
      ...extra,
    })
  ).id;
/** A new member (lezer) of Gemeente Vlietdam, straight in the database. */
async function nieuwLid(): Promise<string> {
  const em = t.app.get(MikroORM).em.fork();
  const gebruiker = new Gebruiker(uniekEmail(), 'Proeflid', wegwerpHash);
  const lid = new Lidmaatschap(gebruiker, em.getReference(Partij, ids.gemeente), [LidRol.LEZER]);
  await em.persistAndFlush([gebruiker, lid]);
  return lid.id;
}

/** Shared scratch objects for the cases that change but do not destroy. */
const gedeeld = new Map<string, Promise<string>>();
const eenmalig = (sleutel: string, maker: () => Promise<string>): Promise<string> => {
  if (!gedeeld.has(sleutel)) gedeeld.set(sleutel, maker());
  return gedeeld.get(sleutel)!;
};
/** June 2028 with the demo's 2027 in verantwoording (set directly: the steps are tested elsewhere). */
async function evaluatie2027Open(): Promise<void> {
  t.app.get(Klok).zet(new Date('2028-06-10T10:00:00Z'));
  await sqlRijen(t.app, `update jaarschijf set status = 'VERANTWOORDING' where id = ?`, [
    ids.jaarschijf2027,
  ]);
}

const byId = (query: string, id: () => string) => () =>
  Promise.resolve({ query, variables: { id: id() } });

/** A scratch bijlage (gemeente + zorgaanbieder sign it) with one afspraak. */
const proefbijlage = async (): Promise<string> => {
  const onderdeelId = await nieuwOnderdeel();
  await nieuweAfspraak(onderdeelId);
  return onderdeelId;
};
const BEVRIES_VELDEN = '{ id nummer status }';
/** A scratch bijlage frozen for signing; returns the version. */
const proefversie = async (): Promise<string> =>
  (
    await maak(
      'bevriesOnderdeel',
      'BevriesInput',
      { onderdeelId: await proefbijlage(), overrideReden: 'Proef voor de permissiematrix' },
      BEVRIES_VELDEN,
    )
  ).id;
const tekenProef = async (versieId: string, token: string) =>
  maak(
    'onderteken',
    'OndertekenInput',
    { versieId, functie: 'bestuurder', wachtwoord: DEMO_WACHTWOORD },
    '{ id }',
    token,
  );
/** A scratch bijlage signed by both; returns the onderdeel. */
const ondertekendeProefbijlage = async (): Promise<string> => {
  const versieId = await proefversie();
  await tekenProef(versieId, G);
  await tekenProef(versieId, tokens.zorg);
  const { versie } = await ok(`query($id: ID!) { versie(id: $id) { onderdeelId status } }`, {
    id: versieId,
  });
  if (versie.status !== 'ONDERTEKEND') throw new Error('Proefbijlage niet ondertekend');
  return versie.onderdeelId as string;
};
/** A scratch overeenkomst of Vlietdam whose only onderdeel was signed on paper. */
const ondertekendeProefovereenkomst = async (): Promise<string> => {
  const overeenkomstId = await nieuweOvereenkomst();
  const hoofd = await maak('createOnderdeel', 'CreateOnderdeelInput', {
    overeenkomstId,
    soort: 'HOOFDDOCUMENT',
    titel: 'Hoofddocument',
    ondertekenaarIds: [ids.gemeente, ids.corpA, ids.huurdersA],
  });
  await maak(
    'registreerExterneOndertekening',
    'ExterneOndertekeningInput',
    {
      onderdeelId: hoofd.id,
      datum: '2026-01-15',
      ondertekenaars: [ids.gemeente, ids.corpA, ids.huurdersA].map((partijId) => ({
        partijId,
        naam: 'A. de Wit',
        functie: 'bestuurder',
      })),
      jaren: [2026],
      bestandsnaam: 'getekend.pdf',
      bestand: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    },
    '{ sha256 }',
  );
  return overeenkomstId;
};
/** The same, published under the Woo. */
const gepubliceerdeProef = (): Promise<string> =>
  eenmalig('woo-gepubliceerd', async () => {
    const overeenkomstId = await ondertekendeProefovereenkomst();
    await maak('publiceerOvereenkomst', 'PubliceerInput', { overeenkomstId }, '{ slug }');
    return overeenkomstId;
  });
const proefopmerking = async (): Promise<string> =>
  (
    await maak('plaatsOpmerking', 'PlaatsOpmerkingInput', {
      afspraakId: ids.hoofdAfspraak,
      tekst: uniek('Proefopmerking'),
    })
  ).id;
/** A proposal of the gemeente on an afspraak of the hoofddocument. */
const proefvoorstel = async (): Promise<string> =>
  (
    await maak('dienVoorstelIn', 'WijzigingsvoorstelInput', {
      soort: 'WIJZIGING',
      afspraakId: ids.hoofdAfspraak,
      nieuweTekst: uniek('Voorgestelde tekst'),
      motivering: 'Proef',
    })
  ).id;

/**
 * An open suggestion of the gemeente's user in an afspraak of the hoofddocument, as the
 * materialiser records one (its marks are not needed to judge or withdraw it).
 */
const proefsuggestie = async (): Promise<string> => {
  const { me } = await ok(`{ me { id lidmaatschappen { partij { id naam } } } }`);
  const partijId: string = me.lidmaatschappen.find(
    (l: { partij: { naam: string } }) => l.partij.naam === 'Gemeente Vlietdam',
  ).partij.id;
  const gebruikerId: string = me.id;
  const id = maakSuggestieId(partijId, gebruikerId);
  const em = t.app.get(MikroORM).em.fork();
  em.persist(
    new Suggestie({
      id,
      onderdeel: ref(Onderdeel, ids.hoofd),
      afspraak: ref(Afspraak, ids.hoofdAfspraak),
      partij: ref(Partij, partijId),
      gebruiker: ref(Gebruiker, gebruikerId),
      ingevoegd: uniek(' Proefsuggestie'),
      geschrapt: '',
    }),
  );
  await em.flush();
  return id;
};

const QUERIES: Geval[] = [
  {
    veld: 'meldingen',
    verwacht: INGELOGD,
    verzoek: () => Promise.resolve({ query: `{ meldingen { total ongelezen items { id } } }` }),
  },
  {
    veld: 'meldingVoorkeur',
    verwacht: INGELOGD,
    verzoek: () => Promise.resolve({ query: `{ meldingVoorkeur { mail email } }` }),
    controleer: (data, rol) => expect(data.meldingVoorkeur.email).toBe(EMAIL[rol as Persoon]),
  },
  {
    veld: 'afspraak',
    verwacht: DEELNEMERS,
    verzoek: byId(`query($id: ID!) { afspraak(id: $id) { id titel } }`, () => ids.hoofdAfspraak),
  },
  {
    veld: 'afspraken',
    verwacht: INGELOGD,
    verzoek: () => Promise.resolve({ query: `{ afspraken(take: 100) { total items { id } } }` }),
    controleer: (data, rol) => {
      if (rol === 'buiten') expect(data.afspraken).toEqual({ total: 0, items: [] });
      else expect(data.afspraken.items.map((a: any) => a.id)).toContain(ids.hoofdAfspraak);
    },
  },
  {
    veld: 'afspraken',
    variant: 'gefilterd op de demo-overeenkomst',
    verwacht: INGELOGD,
    verzoek: () =>
      Promise.resolve({
        query: `query($f: AfspraakFilter) { afspraken(filter: $f, take: 100) { total items { id } } }`,
        variables: { f: { overeenkomstId: ids.demo } },
      }),
    controleer: (data, rol) => {
      if (rol === 'buiten') expect(data.afspraken).toEqual({ total: 0, items: [] });
      else expect(data.afspraken.total).toBeGreaterThan(20);
    },
  },
  {
    veld: 'indicator',
    verwacht: DEELNEMERS,
    verzoek: byId(`query($id: ID!) { indicator(id: $id) { id naam } }`, () => ids.indicator),
  },
  {
    veld: 'leden',
    verwacht: LEDEN_VLIETDAM,
    verzoek: () =>
      Promise.resolve({
        query: `query($id: ID!) { leden(partijId: $id) { id email rollen } }`,
        variables: { id: ids.gemeente },
      }),
    controleer: (data) => expect(data.leden.map((l: any) => l.email)).toContain(EMAIL.gemeente),
    weigering: /Alleen leden van een partij/,
  },
  {
    veld: 'me',
    verwacht: INGELOGD,
    verzoek: () =>
      Promise.resolve({ query: `{ me { email lidmaatschappen { partij { id } rollen } } }` }),
    controleer: (data, rol) => expect(data.me.email).toBe(EMAIL[rol as Persoon]),
  },
  {
    veld: 'mijnTaken',
    verwacht: INGELOGD,
    verzoek: () =>
      Promise.resolve({ query: `{ mijnTaken { soort titel overeenkomstId overeenkomstTitel } }` }),
    // Only one's own agreements: an outsider (another gemeente) is asked nothing of Vlietdam.
    controleer: (data, rol) => {
      const titels = data.mijnTaken.map((x: any) => x.overeenkomstTitel);
      if (rol === 'buiten') expect(data.mijnTaken).toEqual([]);
      if (rol === 'provincie' || rol === 'lezer') {
        expect(data.mijnTaken.filter((x: any) => x.overeenkomstId === ids.demo)).toEqual([]);
      }
      expect(
        titels.every((x: string | null) => x !== 'Prestatieafspraken Rietwijk 2026–2029'),
      ).toBe(true);
    },
  },
  {
    veld: 'mijnTaken',
    variant: 'van de demo-overeenkomst',
    verwacht: DEELNEMERS,
    verzoek: () =>
      Promise.resolve({
        query: `query($id: ID) { mijnTaken(overeenkomstId: $id) { soort overeenkomstId } }`,
        variables: { id: ids.demo },
      }),
    controleer: (data) =>
      expect(data.mijnTaken.every((x: any) => x.overeenkomstId === ids.demo)).toBe(true),
  },
  {
    veld: 'onderdeel',
    verwacht: DEELNEMERS,
    verzoek: byId(`query($id: ID!) { onderdeel(id: $id) { id titel } }`, () => ids.bijlage),
  },
  {
    veld: 'overeenkomst',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { overeenkomst(id: $id) { id titel onderdelen { afspraken { id } } } }`,
      () => ids.demo,
    ),
    controleer: (data) => expect(data.overeenkomst.titel).toBe(DEMO_TITEL),
  },
  {
    veld: 'overeenkomstImport',
    verwacht: IMPORT,
    verzoek: async () => ({
      query: `query($id: ID!) { overeenkomstImport(id: $id) { id status } }`,
      variables: { id: await nieuweImport() },
    }),
  },
  {
    veld: 'overeenkomsten',
    verwacht: INGELOGD,
    verzoek: () =>
      Promise.resolve({ query: `{ overeenkomsten(take: 100) { total items { id } } }` }),
    controleer: (data, rol) => {
      if (rol === 'buiten') expect(data.overeenkomsten).toEqual({ total: 0, items: [] });
      else expect(data.overeenkomsten.items.map((o: any) => o.id)).toContain(ids.demo);
    },
  },
  {
    veld: 'overeenkomstGemeenten',
    verwacht: INGELOGD,
    verzoek: () => Promise.resolve({ query: `{ overeenkomstGemeenten { id naam } }` }),
    // A list filter names only the gemeenten of one's own agreements (issue 17, point 11).
    controleer: (data, rol) => {
      const namen = data.overeenkomstGemeenten.map((g: any) => g.naam);
      if (rol === 'buiten') expect(namen).toEqual([]);
      else expect(namen).toContain('Gemeente Vlietdam');
      expect(namen).not.toContain('Gemeente Oostwaard');
    },
  },
  {
    veld: 'partij',
    verwacht: INGELOGD,
    verzoek: byId(`query($id: ID!) { partij(id: $id) { id naam } }`, () => ids.gemeente),
  },
  {
    veld: 'partijen',
    verwacht: INGELOGD,
    verzoek: () => Promise.resolve({ query: `{ partijen { total items { id naam } } }` }),
  },
  {
    veld: 'themas',
    variant: 'van de demo-overeenkomst',
    verwacht: DEELNEMERS,
    verzoek: () =>
      Promise.resolve({
        query: `query($id: ID) { themas(overeenkomstId: $id) { id naam } }`,
        variables: { id: ids.demo },
      }),
  },
  {
    veld: 'themas',
    variant: 'de standaardthema’s',
    verwacht: INGELOGD,
    verzoek: () => Promise.resolve({ query: `{ themas { id naam } }` }),
  },
  {
    veld: 'uitnodigingen',
    verwacht: REGIE,
    verzoek: () =>
      Promise.resolve({
        query: `query($id: ID!) { uitnodigingen(overeenkomstId: $id) { id email } }`,
        variables: { id: ids.demo },
      }),
  },
  {
    veld: 'standpunten',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { standpunten(onderdeelId: $id) { onderdeelId telling { totaal } } }`,
      () => ids.hoofd,
    ),
  },
  {
    veld: 'opmerkingen',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { opmerkingen(afspraakId: $id) { id } }`,
      () => ids.hoofdAfspraak,
    ),
  },
  {
    veld: 'onderdeelOpmerkingen',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { onderdeelOpmerkingen(onderdeelId: $id) { id } }`,
      () => ids.hoofd,
    ),
  },
  {
    veld: 'wijzigingsvoorstellen',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { wijzigingsvoorstellen(onderdeelId: $id) { id } }`,
      () => ids.hoofd,
    ),
  },
  {
    veld: 'wijzigingsvoorstel',
    verwacht: DEELNEMERS,
    verzoek: async () => ({
      query: `query($id: ID!) { wijzigingsvoorstel(id: $id) { id verschil { soort } } }`,
      variables: { id: await eenmalig('voorstel', proefvoorstel) },
    }),
  },
  {
    veld: 'versies',
    verwacht: DEELNEMERS,
    verzoek: byId(`query($id: ID!) { versies(onderdeelId: $id) { id } }`, () => ids.hoofd),
  },
  {
    veld: 'versie',
    verwacht: DEELNEMERS,
    verzoek: async () => ({
      query: `query($id: ID!) { versie(id: $id) { id hash } }`,
      variables: { id: await eenmalig('versie', proefversie) },
    }),
  },
  {
    veld: 'vergelijkVersies',
    verwacht: DEELNEMERS,
    verzoek: async () => {
      const versieId = await eenmalig('versie', proefversie);
      const { versie } = await ok(`query($id: ID!) { versie(id: $id) { onderdeelId } }`, {
        id: versieId,
      });
      return {
        query: `query($o: ID!, $v: ID!) { vergelijkVersies(onderdeelId: $o, van: $v) { van } }`,
        variables: { o: versie.onderdeelId, v: versieId },
      };
    },
  },
  {
    veld: 'exportSjabloon',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { exportSjabloon(overeenkomstId: $id) { naam plaatshouders } }`,
      () => ids.demo,
    ),
  },
  {
    veld: 'jaarcyclus',
    verwacht: INGELOGD,
    verzoek: () =>
      Promise.resolve({ query: `{ jaarcyclus { items { overeenkomstId cycli { jaar } } } }` }),
    controleer: (data, rol) => {
      const gezien = data.jaarcyclus.items.map((c: any) => c.overeenkomstId);
      if (rol === 'buiten') expect(gezien).not.toContain(ids.demo);
      else expect(gezien).toContain(ids.demo);
    },
  },
  {
    veld: 'kalender',
    verwacht: DEELNEMERS,
    verzoek: byId(`query($id: ID!) { kalender(overeenkomstId: $id) { bodVoor } }`, () => ids.demo),
  },
  {
    veld: 'verantwoording',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { verantwoording(overeenkomstId: $id, jaar: 2026) { totaal } }`,
      () => ids.demo,
    ),
  },
  {
    veld: 'indicatorReeks',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { indicatorReeks(indicatorId: $id) { naam punten { jaar } } }`,
      () => ids.indicator,
    ),
  },
  {
    veld: 'afspraakStatusHistorie',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { afspraakStatusHistorie(afspraakId: $id) { jaar } }`,
      () => ids.hoofdAfspraak,
    ),
  },
  {
    veld: 'jaarschijfStappen',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { jaarschijfStappen(overeenkomstId: $id) { jaar mag { mag reden } } }`,
      () => ids.demo,
    ),
  },
  {
    veld: 'bodMogelijkheden',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { bodMogelijkheden(overeenkomstId: $id) { jaar mag { mag reden } } }`,
      () => ids.demo,
    ),
  },
  {
    veld: 'boden',
    verwacht: DEELNEMERS,
    verzoek: byId(`query($id: ID!) { boden(overeenkomstId: $id) { partij } }`, () => ids.demo),
  },
  {
    veld: 'evaluatie',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { evaluatie(overeenkomstId: $id, jaar: 2026) { gesloten } }`,
      () => ids.demo,
    ),
  },
  {
    veld: 'afsprakenTotalen',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { afsprakenTotalen(overeenkomstId: $id) { totaal } }`,
      () => ids.demo,
    ),
  },
  {
    veld: 'regio',
    verwacht: INGELOGD,
    verzoek: () =>
      Promise.resolve({
        query: `{ regio(op: "2026-06-15T10:00:00Z") { overeenkomsten { id mijnRollen } } }`,
      }),
    // Everyone logged in may ask; each sees only the agreements of their own partij.
    controleer: (data, rol) => {
      const gezien = data.regio.overeenkomsten.map((o: any) => o.id);
      if (rol === 'buiten') expect(gezien).toEqual([]);
      else expect(gezien).toContain(ids.demo);
      if (rol === 'provincie')
        expect(new Set(data.regio.overeenkomsten.map((o: any) => o.mijnRollen[0]))).toEqual(
          new Set(['WAARNEMER']),
        );
    },
  },
  {
    veld: 'auditTrail',
    verwacht: DEELNEMERS,
    verzoek: byId(`query($id: ID!) { auditTrail(overeenkomstId: $id) { total } }`, () => ids.demo),
  },
  {
    veld: 'verifyAuditTrail',
    verwacht: DEELNEMERS,
    verzoek: byId(
      `query($id: ID!) { verifyAuditTrail(overeenkomstId: $id) { geldig } }`,
      () => ids.demo,
    ),
    controleer: (data) => expect(data.verifyAuditTrail.geldig).toBe(true),
  },
  {
    veld: 'publicatie',
    verwacht: DEELNEMERS,
    verzoek: async () => ({
      query: `query($id: ID!) { publicatie(overeenkomstId: $id) { slug } }`,
      variables: { id: await gepubliceerdeProef() },
    }),
  },
  {
    veld: 'magPubliceren',
    verwacht: DEELNEMERS,
    verzoek: byId(`query($id: ID!) { magPubliceren(overeenkomstId: $id) { mag } }`, () => ids.demo),
  },
];

const MUTATIONS: Geval[] = [
  {
    veld: 'markeerAlleMeldingenGelezen',
    verwacht: INGELOGD,
    verzoek: () => Promise.resolve({ query: `mutation { markeerAlleMeldingenGelezen }` }),
  },
  {
    // Only one's own meldingen: another's id is as unknown as one that never was.
    veld: 'markeerMeldingGelezen',
    verwacht: rij('U  N  N  N  N  N  N  N'),
    verzoek: () =>
      Promise.resolve({
        query: `mutation($id: ID!) { markeerMeldingGelezen(id: $id) { id } }`,
        variables: { id: randomUUID() },
      }),
  },
  {
    veld: 'zetMeldingVoorkeur',
    verwacht: INGELOGD,
    verzoek: () =>
      Promise.resolve({
        query: MUT('zetMeldingVoorkeur', 'ZetMeldingVoorkeurInput', '{ mail }'),
        variables: { input: { mail: 'DIRECT' } },
      }),
  },
  {
    // The link in a mail works without logging in: it carries the person it is for.
    veld: 'meldAfVoorMail',
    verwacht: PUBLIEK,
    verzoek: async () => {
      const { me } = await ok(`{ me { id } }`);
      const geheim = await t.app.get(AuthService).signingSecret();
      return {
        query: `mutation($t: String!) { meldAfVoorMail(input: { token: $t }) }`,
        variables: { t: afmeldToken(me.id, geheim) },
      };
    },
  },
  {
    veld: 'accepteerUitnodiging',
    verwacht: PUBLIEK,
    verzoek: async () => {
      const { token } = await maak(
        'nodigLidUit',
        'NodigLidUitInput',
        { partijId: ids.gemeente, email: uniekEmail(), rollen: ['LEZER'] },
        '{ token }',
      );
      return {
        query: MUT('accepteerUitnodiging', 'AccepteerUitnodigingInput', '{ accessToken }'),
        variables: { input: { token, naam: 'Nieuw lid', wachtwoord: 'een-lang-wachtwoord' } },
      };
    },
  },
  {
    veld: 'addDeelnemer',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('addDeelnemer', 'AddDeelnemerInput'),
      variables: {
        input: { overeenkomstId: ids.demo, partijId: await nieuwePartij(), rol: 'WAARNEMER' },
      },
    }),
  },
  {
    veld: 'createAfspraak',
    variant: 'in het hoofddocument',
    verwacht: HOOFDDOCUMENT,
    verzoek: () =>
      Promise.resolve({
        query: MUT('createAfspraak', 'CreateAfspraakInput'),
        variables: { input: afspraakInput(ids.hoofd) },
      }),
  },
  {
    veld: 'createAfspraak',
    variant: 'in de bijlage wonen en zorg',
    verwacht: BIJLAGE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('createAfspraak', 'CreateAfspraakInput'),
        variables: { input: afspraakInput(ids.bijlage) },
      }),
  },
  {
    veld: 'createIndicator',
    variant: 'voor het hoofddocument',
    verwacht: HOOFDDOCUMENT,
    verzoek: () =>
      Promise.resolve({
        query: MUT('createIndicator', 'CreateIndicatorInput'),
        variables: {
          input: {
            overeenkomstId: ids.demo,
            naam: uniek('Indicator'),
            eenheid: 'woningen',
            afspraakIds: [ids.hoofdAfspraak],
          },
        },
      }),
  },
  {
    veld: 'createIndicator',
    variant: 'voor een afspraak van de bijlage',
    verwacht: BIJLAGE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('createIndicator', 'CreateIndicatorInput'),
        variables: {
          input: {
            overeenkomstId: ids.demo,
            naam: uniek('Indicator'),
            eenheid: 'plekken',
            afspraakIds: [ids.bijlageAfspraak],
          },
        },
      }),
  },
  {
    veld: 'createOnderdeel',
    verwacht: REGIE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('createOnderdeel', 'CreateOnderdeelInput'),
        variables: {
          input: {
            overeenkomstId: ids.demo,
            soort: 'BIJLAGE',
            titel: uniek('Bijlage'),
            ondertekenaarIds: [ids.gemeente, ids.corpA],
          },
        },
      }),
  },
  {
    veld: 'createOvereenkomst',
    verwacht: OPSTELLER_VLIETDAM,
    verzoek: () =>
      Promise.resolve({
        query: MUT('createOvereenkomst', 'CreateOvereenkomstInput'),
        variables: {
          input: {
            titel: uniek('Overeenkomst'),
            startjaar: 2030,
            eindjaar: 2033,
            gemeenteIds: [ids.gemeente],
          },
        },
      }),
  },
  {
    veld: 'createPartij',
    verwacht: OPSTELLER_GEMEENTE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('createPartij', 'CreatePartijInput'),
        variables: { input: { naam: uniek('Nieuwe organisatie'), soort: 'ZORGAANBIEDER' } },
      }),
  },
  {
    veld: 'createRealisatie',
    variant: 'de corporatie trekt de afspraak',
    verwacht: TREKKER_CORPORATIE,
    verzoek: async () => ({
      query: MUT('createRealisatie', 'CreateRealisatieInput'),
      variables: {
        input: {
          indicatorId: await nieuweIndicator([ids.hoofdAfspraak]),
          jaar: 2026,
          waarde: 12,
        },
      },
    }),
  },
  {
    veld: 'createRealisatie',
    variant: 'de zorgaanbieder trekt de afspraak',
    verwacht: TREKKER_ZORG,
    verzoek: async () => ({
      query: MUT('createRealisatie', 'CreateRealisatieInput'),
      variables: {
        input: {
          indicatorId: await nieuweIndicator([ids.bijlageAfspraak]),
          jaar: 2026,
          waarde: 3,
        },
      },
    }),
  },
  {
    veld: 'createStreefwaarde',
    variant: 'indicator van het hoofddocument',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => ({
      query: MUT('createStreefwaarde', 'CreateStreefwaardeInput'),
      variables: {
        input: {
          indicatorId: await nieuweIndicator([ids.hoofdAfspraak]),
          jaar: 2028,
          soort: 'EXACT',
          waarde: 40,
        },
      },
    }),
  },
  {
    veld: 'createStreefwaarde',
    variant: 'indicator van de bijlage',
    verwacht: BIJLAGE,
    verzoek: async () => ({
      query: MUT('createStreefwaarde', 'CreateStreefwaardeInput'),
      variables: {
        input: {
          indicatorId: await nieuweIndicator([ids.bijlageAfspraak]),
          jaar: 2028,
          soort: 'EXACT',
          waarde: 8,
        },
      },
    }),
  },
  {
    veld: 'createThema',
    verwacht: REGIE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('createThema', 'CreateThemaInput'),
        variables: { input: { overeenkomstId: ids.demo, naam: uniek('Thema') } },
      }),
  },
  {
    veld: 'deleteAfspraak',
    variant: 'in het hoofddocument',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => ({
      query: DEL('deleteAfspraak'),
      variables: { input: { id: await nieuweAfspraak(ids.hoofd) } },
    }),
  },
  {
    veld: 'deleteAfspraak',
    variant: 'in de bijlage wonen en zorg',
    verwacht: BIJLAGE,
    verzoek: async () => ({
      query: DEL('deleteAfspraak'),
      variables: { input: { id: await nieuweAfspraak(ids.bijlage) } },
    }),
  },
  {
    veld: 'deleteIndicator',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => ({
      query: DEL('deleteIndicator'),
      variables: { input: { id: await nieuweIndicator([ids.hoofdAfspraak]) } },
    }),
  },
  {
    veld: 'deleteOnderdeel',
    verwacht: REGIE,
    verzoek: async () => ({
      query: DEL('deleteOnderdeel'),
      variables: { input: { id: await nieuwOnderdeel() } },
    }),
  },
  {
    veld: 'deleteOvereenkomst',
    verwacht: REGIE,
    verzoek: async () => ({
      query: DEL('deleteOvereenkomst'),
      variables: { input: { id: await nieuweOvereenkomst() } },
    }),
  },
  {
    veld: 'deletePartij',
    verwacht: BEHEERDER_VLIETDAM,
    verzoek: async () => {
      // A partij that takes part in nothing, with the gemeente's beheerder as its beheerder.
      const id = await nieuwePartij('OVERIG');
      await t.maakLid(id, [LidRol.BEHEERDER], EMAIL.gemeente);
      return { query: DEL('deletePartij'), variables: { input: { id } } };
    },
  },
  {
    veld: 'deleteRealisatie',
    verwacht: TREKKER_CORPORATIE,
    verzoek: async () => ({
      query: DEL('deleteRealisatie'),
      variables: {
        input: { id: await nieuweRealisatie(await nieuweIndicator([ids.hoofdAfspraak])) },
      },
    }),
  },
  {
    veld: 'deleteStreefwaarde',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => ({
      query: DEL('deleteStreefwaarde'),
      variables: {
        input: { id: await nieuweStreefwaarde(await nieuweIndicator([ids.hoofdAfspraak])) },
      },
    }),
  },
  {
    veld: 'deleteThema',
    verwacht: REGIE,
    verzoek: async () => ({
      query: DEL('deleteThema'),
      variables: { input: { id: await nieuwThema() } },
    }),
  },
  {
    veld: 'exportTicket',
    // Anyone logged in may ask for a ticket; the download it opens checks access itself.
    verwacht: INGELOGD,
    verzoek: () =>
      Promise.resolve({
        query: MUT('exportTicket', 'ExportTicketInput', '{ url }'),
        variables: { input: { pad: `/export/overeenkomsten/${ids.demo}.docx` } },
      }),
    controleer: (data) => expect(data.exportTicket.url).toMatch(/\?ticket=/),
  },
  {
    veld: 'login',
    verwacht: PUBLIEK,
    verzoek: () =>
      Promise.resolve({
        query: MUT('login', 'LoginInput', '{ accessToken }'),
        variables: { input: { email: EMAIL.lezer, wachtwoord: DEMO_WACHTWOORD } },
      }),
  },
  {
    veld: 'logout',
    verwacht: INGELOGD,
    // Each role logs out a session of its own, so its token for the other cases keeps working.
    verzoek: async (rol) => ({
      query: `mutation { logout }`,
      token: rol === 'anoniem' ? null : await t.login(EMAIL[rol], DEMO_WACHTWOORD),
    }),
  },
  {
    veld: 'nodigLidUit',
    verwacht: BEHEERDER_VLIETDAM,
    verzoek: () =>
      Promise.resolve({
        query: MUT('nodigLidUit', 'NodigLidUitInput', '{ token link }'),
        variables: { input: { partijId: ids.gemeente, email: uniekEmail(), rollen: ['LEZER'] } },
      }),
  },
  {
    veld: 'nodigPartijUit',
    verwacht: REGIE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('nodigPartijUit', 'NodigPartijUitInput', '{ token link }'),
        variables: {
          input: {
            overeenkomstId: ids.demo,
            nieuwePartij: { naam: uniek('Thuiszorg'), soort: 'ZORGAANBIEDER' },
            email: uniekEmail(),
            rol: 'MEDEONDERTEKENAAR_BIJLAGE',
          },
        },
      }),
  },
  {
    veld: 'removeDeelnemer',
    verwacht: REGIE,
    verzoek: async () => ({
      query: DEL('removeDeelnemer'),
      variables: { input: { id: await nieuweDeelnemer() } },
    }),
  },
  {
    veld: 'reorderAfspraken',
    variant: 'van het hoofddocument',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => {
      const data = await ok(`query($id: ID!) { onderdeel(id: $id) { afspraken { id } } }`, {
        id: ids.hoofd,
      });
      return {
        query: MUT('reorderAfspraken', 'ReorderAfsprakenInput'),
        variables: {
          input: {
            onderdeelId: ids.hoofd,
            afspraakIds: data.onderdeel.afspraken.map((a: any) => a.id),
          },
        },
      };
    },
  },
  {
    veld: 'reorderAfspraken',
    variant: 'van de bijlage wonen en zorg',
    verwacht: BIJLAGE,
    verzoek: async () => {
      const data = await ok(`query($id: ID!) { onderdeel(id: $id) { afspraken { id } } }`, {
        id: ids.bijlage,
      });
      return {
        query: MUT('reorderAfspraken', 'ReorderAfsprakenInput'),
        variables: {
          input: {
            onderdeelId: ids.bijlage,
            afspraakIds: data.onderdeel.afspraken.map((a: any) => a.id),
          },
        },
      };
    },
  },
  {
    veld: 'reorderOnderdelen',
    verwacht: REGIE,
    verzoek: async () => {
      const data = await ok(`query($id: ID!) { overeenkomst(id: $id) { onderdelen { id } } }`, {
        id: ids.demo,
      });
      return {
        query: MUT('reorderOnderdelen', 'ReorderOnderdelenInput'),
        variables: {
          input: {
            overeenkomstId: ids.demo,
            onderdeelIds: data.overeenkomst.onderdelen.map((o: any) => o.id),
          },
        },
      };
    },
  },
  {
    veld: 'updateAfspraak',
    variant: 'in het hoofddocument',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => ({
      query: MUT('updateAfspraak', 'UpdateAfspraakInput'),
      variables: {
        input: {
          id: await eenmalig('afspraak-hoofd', () => nieuweAfspraak(ids.hoofd)),
          titel: uniek('Gewijzigde afspraak'),
        },
      },
    }),
  },
  {
    veld: 'updateAfspraak',
    variant: 'in de bijlage wonen en zorg',
    verwacht: BIJLAGE,
    verzoek: async () => ({
      query: MUT('updateAfspraak', 'UpdateAfspraakInput'),
      variables: {
        input: {
          id: await eenmalig('afspraak-bijlage', () => nieuweAfspraak(ids.bijlage)),
          titel: uniek('Gewijzigde afspraak'),
        },
      },
    }),
  },
  {
    veld: 'updateDeelnemer',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('updateDeelnemer', 'UpdateDeelnemerInput'),
      variables: {
        input: { id: await eenmalig('deelnemer', nieuweDeelnemer), rol: 'WAARNEMER', regie: false },
      },
    }),
  },
  {
    veld: 'updateIndicator',
    variant: 'van het hoofddocument',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => ({
      query: MUT('updateIndicator', 'UpdateIndicatorInput'),
      variables: {
        input: {
          id: await eenmalig('indicator-hoofd', () => nieuweIndicator([ids.hoofdAfspraak])),
          naam: uniek('Gewijzigde indicator'),
        },
      },
    }),
  },
  {
    veld: 'updateIndicator',
    variant: 'van de bijlage',
    verwacht: BIJLAGE,
    verzoek: async () => ({
      query: MUT('updateIndicator', 'UpdateIndicatorInput'),
      variables: {
        input: {
          id: await eenmalig('indicator-bijlage', () => nieuweIndicator([ids.bijlageAfspraak])),
          naam: uniek('Gewijzigde indicator'),
        },
      },
    }),
  },
  {
    veld: 'updateJaarschijf',
    verwacht: REGIE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('updateJaarschijf', 'UpdateJaarschijfInput'),
        variables: {
          input: { id: ids.jaarschijf, toelichting: 'Evaluatie van de hele overeenkomst' },
        },
      }),
  },
  {
    veld: 'updateOnderdeel',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('updateOnderdeel', 'UpdateOnderdeelInput'),
      variables: {
        input: { id: await eenmalig('onderdeel', nieuwOnderdeel), titel: uniek('Bijlage') },
      },
    }),
  },
  {
    veld: 'updateOvereenkomst',
    verwacht: REGIE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('updateOvereenkomst', 'UpdateOvereenkomstInput'),
        variables: { input: { id: ids.demo, titel: DEMO_TITEL } },
      }),
  },
  {
    veld: 'updatePartij',
    verwacht: BEHEERDER_VLIETDAM,
    verzoek: () =>
      Promise.resolve({
        query: MUT('updatePartij', 'UpdatePartijInput'),
        variables: { input: { id: ids.gemeente, regio: 'Zuid-Holland' } },
      }),
  },
  {
    veld: 'updateRealisatie',
    variant: 'de corporatie trekt de afspraak',
    verwacht: TREKKER_CORPORATIE,
    verzoek: async () => ({
      query: MUT('updateRealisatie', 'UpdateRealisatieInput'),
      variables: {
        input: {
          id: await eenmalig('realisatie-corporatie', async () =>
            nieuweRealisatie(await nieuweIndicator([ids.hoofdAfspraak])),
          ),
          waarde: 13,
        },
      },
    }),
  },
  {
    veld: 'updateRealisatie',
    variant: 'de zorgaanbieder trekt de afspraak',
    verwacht: TREKKER_ZORG,
    verzoek: async () => ({
      query: MUT('updateRealisatie', 'UpdateRealisatieInput'),
      variables: {
        input: {
          id: await eenmalig('realisatie-zorg', async () =>
            nieuweRealisatie(await nieuweIndicator([ids.bijlageAfspraak])),
          ),
          waarde: 5,
        },
      },
    }),
  },
  {
    veld: 'updateStreefwaarde',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => ({
      query: MUT('updateStreefwaarde', 'UpdateStreefwaardeInput'),
      variables: {
        input: {
          id: await eenmalig('streefwaarde', async () =>
            nieuweStreefwaarde(await nieuweIndicator([ids.hoofdAfspraak])),
          ),
          waarde: 11,
        },
      },
    }),
  },
  {
    veld: 'updateThema',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('updateThema', 'UpdateThemaInput'),
      variables: { input: { id: await eenmalig('thema', nieuwThema), naam: uniek('Thema') } },
    }),
  },
  {
    veld: 'vernieuwToken',
    verwacht: PUBLIEK,
    verzoek: async () => {
      const sessie = await t.app.get(AuthService).login(EMAIL.lezer, DEMO_WACHTWOORD, 'test');
      return {
        query: MUT('vernieuwToken', 'VernieuwInput', '{ accessToken vernieuwToken }'),
        variables: { input: { vernieuwToken: sessie.vernieuwToken } },
      };
    },
  },
  {
    veld: 'verwijderPartijLogo',
    verwacht: BEHEERDER_VLIETDAM,
    verzoek: () =>
      Promise.resolve({
        query: DEL('verwijderPartijLogo'),
        variables: { input: { id: ids.gemeente } },
      }),
  },
  {
    veld: 'zetPartijLogo',
    verwacht: BEHEERDER_VLIETDAM,
    verzoek: () =>
      Promise.resolve({
        query: MUT('zetPartijLogo', 'PartijLogoInput', '{ mimeType }'),
        variables: {
          input: {
            partijId: ids.gemeente,
            logo: demoLogo('schild', [0, 94, 132]).toString('base64'),
          },
        },
      }),
  },
  {
    veld: 'verwijderLid',
    verwacht: BEHEERDER_VLIETDAM,
    verzoek: async () => ({
      query: DEL('verwijderLid'),
      variables: { input: { id: await nieuwLid() } },
    }),
  },
  {
    veld: 'wijzigLid',
    verwacht: BEHEERDER_VLIETDAM,
    verzoek: async () => ({
      query: MUT('wijzigLid', 'WijzigLidInput'),
      variables: { input: { id: await eenmalig('lid', nieuwLid), rollen: ['LEZER'] } },
    }),
  },
  {
    veld: 'uploadExportSjabloon',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('uploadExportSjabloon', 'SjabloonInput', '{ naam eigen }'),
      variables: {
        input: {
          overeenkomstId: ids.demo,
          naam: 'Huisstijl Vlietdam',
          bestand: (await readFile(join(__dirname, '..', 'templates', 'huisstijl.docx'))).toString(
            'base64',
          ),
        },
      },
    }),
  },
  {
    veld: 'verwijderExportSjabloon',
    verwacht: REGIE,
    verzoek: byId(
      `mutation($id: ID!) { verwijderExportSjabloon(overeenkomstId: $id) { eigen } }`,
      () => ids.demo,
    ),
  },
  {
    veld: 'wijzigKalender',
    verwacht: REGIE,
    verzoek: () =>
      Promise.resolve({
        query: MUT('wijzigKalender', 'KalenderInput', '{ bodVoor }'),
        variables: { input: { overeenkomstId: ids.demo, bodVoor: '07-01' } },
      }),
  },
  {
    veld: 'zetJaarschijfStatus',
    verwacht: REGIE_OF_CORPORATIE,
    verzoek: async () => {
      const id = await nieuweOvereenkomst();
      const { overeenkomst } = await ok(
        `query($id: ID!) { overeenkomst(id: $id) { jaarschijven { id jaar } } }`,
        { id },
      );
      return {
        query: `mutation($input: ZetJaarschijfStatusInput!) { zetJaarschijfStatus(input: $input) }`,
        variables: {
          input: {
            jaarschijfId: overeenkomst.jaarschijven.find((j: any) => j.jaar === 2027).id,
            status: 'BOD_ONTVANGEN',
          },
        },
      };
    },
  },
  {
    veld: 'verantwoordAfspraak',
    verwacht: TREKKER_CORPORATIE_HOOFD,
    weigering: /trekker/,
    verzoek: () => {
      // Accounting for 2027 can start once 2027 is over (the demo's 2026 is closed).
      t.app.get(Klok).zet(new Date('2028-05-10T10:00:00Z'));
      return Promise.resolve({
        query: MUT('verantwoordAfspraak', 'VerantwoordingInput', '{ ingediend }'),
        variables: {
          input: {
            afspraakId: ids.hoofdAfspraak,
            jaar: 2027,
            status: 'OP_SCHEMA',
            toelichting: 'Op schema',
          },
        },
      });
    },
  },
  {
    veld: 'verantwoordAfspraak',
    variant: 'een van de trekkers, naast de aanspreekbare trekker',
    verwacht: MEDETREKKER_ZORG,
    weigering: /trekker/,
    verzoek: () => {
      t.app.get(Klok).zet(new Date('2028-05-10T10:00:00Z'));
      return Promise.resolve({
        query: MUT('verantwoordAfspraak', 'VerantwoordingInput', '{ ingediend }'),
        variables: {
          input: {
            afspraakId: ids.medeAfspraak,
            jaar: 2027,
            status: 'OP_SCHEMA',
            toelichting: 'Programma gedraaid',
          },
        },
      });
    },
  },
  {
    veld: 'createRealisatie',
    variant: 'de zorgaanbieder trekt mee, naast de welzijnsorganisatie',
    verwacht: TREKKER_ZORG,
    verzoek: async () => ({
      query: MUT('createRealisatie', 'CreateRealisatieInput'),
      variables: {
        input: { indicatorId: await nieuweIndicator([ids.medeAfspraak]), jaar: 2026, waarde: 4 },
      },
    }),
  },
  {
    veld: 'dienBodIn',
    verwacht: CORPORATIE_BOD,
    verzoek: () => {
      // A bod on 2028, handed in during 2027.
      t.app.get(Klok).zet(new Date('2027-03-01T10:00:00Z'));
      const { titel, type, themaId, volwassenheid, details } = afspraakInput(ids.hoofd);
      return Promise.resolve({
        query: MUT('dienBodIn', 'DienBodInInput', '{ id }'),
        variables: {
          input: {
            jaarschijfId: ids.jaarschijf2028,
            toelichting: 'Ons bod op 2028',
            afspraken: [{ titel, type, themaId, volwassenheid, details }],
          },
        },
      });
    },
  },
  {
    veld: 'evalueerAfspraak',
    verwacht: HOOFDDOCUMENT,
    verzoek: async () => {
      await evaluatie2027Open();
      return {
        query: MUT('evalueerAfspraak', 'EvaluatieInput', '{ gesloten }'),
        variables: {
          input: {
            afspraakId: ids.hoofdAfspraak,
            jaar: 2027,
            stoplicht: 'GROEN',
            conclusie: 'Volgens afspraak',
            besluit: 'DOORZETTEN',
          },
        },
      };
    },
  },
  {
    veld: 'bevestigEvaluatie',
    verwacht: ONDERTEKENAARS_HOOFD,
    weigering: /ondertekenaar/,
    verzoek: async () => {
      await evaluatie2027Open();
      await eenmalig('alles-geëvalueerd-2027', async () => {
        const { overeenkomst } = await ok(
          `query($id: ID!) { overeenkomst(id: $id) { afspraken { id jaarschijven { jaar } } } }`,
          { id: ids.demo },
        );
        for (const a of overeenkomst.afspraken.filter((x: any) =>
          x.jaarschijven.some((j: any) => j.jaar === 2027),
        ))
          await ok(MUT('evalueerAfspraak', 'EvaluatieInput', '{ gesloten }'), {
            input: {
              afspraakId: a.id,
              jaar: 2027,
              stoplicht: 'GROEN',
              conclusie: 'Volgens afspraak',
              besluit: 'DOORZETTEN',
            },
          });
        return '';
      });
      return {
        query: MUT('bevestigEvaluatie', 'BevestigEvaluatieInput', '{ gesloten }'),
        variables: { input: { jaarschijfId: ids.jaarschijf2027 } },
      };
    },
  },
  {
    veld: 'neemStandpunt',
    verwacht: HOOFDDOCUMENT,
    verzoek: () =>
      Promise.resolve({
        query: MUT('neemStandpunt', 'StandpuntInput'),
        variables: { input: { afspraakId: ids.hoofdAfspraak, oordeel: 'AKKOORD' } },
      }),
  },
  {
    veld: 'neemStandpunten',
    verwacht: HOOFDDOCUMENT,
    verzoek: () =>
      Promise.resolve({
        query: MUT('neemStandpunten', 'StandpuntenInput'),
        variables: { input: { afspraakIds: [ids.hoofdAfspraak], oordeel: 'AKKOORD' } },
      }),
  },
  {
    veld: 'bevestigImport',
    verwacht: IMPORT,
    verzoek: async () => ({
      query: MUT('bevestigImport', 'BevestigImportInput'),
      variables: {
        input: {
          importId: await nieuweImport(),
          titel: uniek('Geïmporteerd akkoord'),
          startjaar: 2027,
          eindjaar: 2030,
          partijen: [
            { naam: 'Gemeente Vlietdam', soort: 'GEMEENTE', partijId: ids.gemeente },
            { naam: 'Woonstichting De Vliet', soort: 'WONINGCORPORATIE', partijId: ids.corpA },
            {
              naam: 'Huurdersvereniging De Vliet',
              soort: 'HUURDERSORGANISATIE',
              partijId: ids.huurdersA,
            },
          ],
          hoofdstukken: [
            {
              titel: 'Samenwerking',
              afspraken: [
                {
                  tekst: 'Partijen voeren twee keer per jaar bestuurlijk overleg.',
                  type: 'PROCES',
                  trekker: 0,
                },
              ],
            },
          ],
        },
      },
    }),
  },
  {
    veld: 'openOnderhandeling',
    verwacht: REGIE,
    verzoek: async () => ({
      query: `mutation($id: ID!) { openOnderhandeling(onderdeelId: $id) { id } }`,
      variables: { id: await nieuwOnderdeel() },
    }),
  },
  {
    veld: 'plaatsOpmerking',
    verwacht: SCHRIJVERS,
    verzoek: () =>
      Promise.resolve({
        query: MUT('plaatsOpmerking', 'PlaatsOpmerkingInput'),
        variables: { input: { afspraakId: ids.hoofdAfspraak, tekst: 'Wat bedoelen we hiermee?' } },
      }),
  },
  {
    veld: 'reageerOpOpmerking',
    verwacht: SCHRIJVERS,
    verzoek: async () => ({
      query: MUT('reageerOpOpmerking', 'ReageerInput'),
      variables: {
        input: { opmerkingId: await eenmalig('opmerking', proefopmerking), tekst: 'Eens' },
      },
    }),
  },
  {
    veld: 'losOpmerkingOp',
    verwacht: SCHRIJVERS,
    verzoek: async () => ({
      query: MUT('losOpmerkingOp', 'OpmerkingStatusInput'),
      variables: { input: { opmerkingId: await proefopmerking() } },
    }),
  },
  {
    veld: 'heropenOpmerking',
    verwacht: SCHRIJVERS,
    verzoek: async () => {
      const opmerkingId = await proefopmerking();
      await maak('losOpmerkingOp', 'OpmerkingStatusInput', { opmerkingId });
      return {
        query: MUT('heropenOpmerking', 'OpmerkingStatusInput'),
        variables: { input: { opmerkingId } },
      };
    },
  },
  {
    veld: 'dienVoorstelIn',
    verwacht: HOOFDDOCUMENT,
    verzoek: () =>
      Promise.resolve({
        query: MUT('dienVoorstelIn', 'WijzigingsvoorstelInput'),
        variables: {
          input: {
            soort: 'WIJZIGING',
            afspraakId: ids.hoofdAfspraak,
            nieuweTekst: uniek('Andere tekst'),
            motivering: 'Helderder',
          },
        },
      }),
  },
  {
    veld: 'beoordeelVoorstel',
    verwacht: ANDERE_ONDERTEKENAARS,
    weigering: /diende dit voorstel in|opsteller of ondertekenaar/,
    verzoek: async () => ({
      query: MUT('beoordeelVoorstel', 'BeoordeelVoorstelInput'),
      variables: {
        input: {
          voorstelId: await proefvoorstel(),
          beoordeling: 'AFGEWEZEN',
          reden: 'Liever niet',
        },
      },
    }),
  },
  {
    veld: 'trekVoorstelIn',
    verwacht: REGIE,
    weigering: /indienende partij/,
    verzoek: async () => ({
      query: MUT('trekVoorstelIn', 'IdInput', '{ id status }'),
      variables: { input: { id: await proefvoorstel() } },
    }),
  },
  {
    veld: 'beoordeelSuggesties',
    verwacht: ANDERE_ONDERTEKENAARS,
    weigering: /deed deze suggestie|opsteller of ondertekenaar/,
    verzoek: async () => ({
      query: MUT('beoordeelSuggesties', 'BeoordeelSuggestiesInput', '{ suggesties { id } }'),
      variables: {
        input: {
          afspraakId: ids.hoofdAfspraak,
          beoordeling: 'AFGEWEZEN',
          suggestieIds: [await proefsuggestie()],
          reden: 'Liever niet',
        },
      },
    }),
  },
  {
    veld: 'trekSuggestieIn',
    verwacht: REGIE,
    weigering: /Alleen wie de suggestie deed/,
    verzoek: async () => ({
      query: `mutation($id: ID!) { trekSuggestieIn(suggestieId: $id) { id status } }`,
      variables: { id: await proefsuggestie() },
    }),
  },
  {
    veld: 'bevriesOnderdeel',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('bevriesOnderdeel', 'BevriesInput'),
      variables: { input: { onderdeelId: await proefbijlage(), overrideReden: 'Proef' } },
    }),
  },
  {
    veld: 'onderteken',
    verwacht: TEKENAARS_PROEFBIJLAGE,
    weigering: /ondertekenaars van een partij die dit onderdeel ondertekent/,
    verzoek: async () => ({
      query: MUT('onderteken', 'OndertekenInput'),
      variables: {
        input: {
          versieId: await proefversie(),
          functie: 'bestuurder',
          wachtwoord: DEMO_WACHTWOORD,
        },
      },
    }),
  },
  {
    veld: 'weigerOndertekening',
    verwacht: TEKENAARS_PROEFBIJLAGE,
    weigering: /ondertekenaars van een partij die dit onderdeel ondertekent/,
    verzoek: async () => ({
      query: MUT('weigerOndertekening', 'WeigerOndertekeningInput'),
      variables: { input: { versieId: await proefversie(), reden: 'Nog niet' } },
    }),
  },
  {
    veld: 'startAddendum',
    verwacht: REGIE,
    verzoek: async () => ({
      query: `mutation($input: AddendumInput!) { startAddendum(input: $input) }`,
      variables: { input: { onderdeelId: await ondertekendeProefbijlage(), reden: 'Aanvulling' } },
    }),
  },
  {
    veld: 'registreerExterneOndertekening',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('registreerExterneOndertekening', 'ExterneOndertekeningInput', '{ sha256 }'),
      variables: {
        input: {
          onderdeelId: await proefbijlage(),
          datum: '2026-01-15',
          ondertekenaars: [
            { partijId: ids.gemeente, naam: 'A. de Wit', functie: 'wethouder' },
            { partijId: ids.vvt, naam: 'E. Smit', functie: 'bestuurder' },
          ],
          jaren: [2026],
          bestandsnaam: 'getekend.pdf',
          bestand: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
        },
      },
    }),
  },
  {
    veld: 'uploadDocument',
    verwacht: AFSPRAKEN_SCHRIJVERS,
    verzoek: () =>
      Promise.resolve({
        query: MUT('uploadDocument', 'UploadDocumentInput', '{ sha256 }'),
        variables: {
          input: {
            overeenkomstId: ids.demo,
            bestandsnaam: 'woonzorgvisie.pdf',
            inhoud: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
          },
        },
      }),
  },
  {
    veld: 'herstelVersie',
    verwacht: TEKENAARS_PROEFBIJLAGE,
    verzoek: async () => {
      const versieId = await proefversie();
      await maak(
        'weigerOndertekening',
        'WeigerOndertekeningInput',
        { versieId, reden: 'Terug' },
        '{ id }',
      );
      return { query: DEL('herstelVersie'), variables: { input: { id: versieId } } };
    },
  },
  {
    veld: 'publiceerOvereenkomst',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('publiceerOvereenkomst', 'PubliceerInput', '{ slug }'),
      variables: {
        input: { overeenkomstId: await eenmalig('woo-publiceren', ondertekendeProefovereenkomst) },
      },
    }),
  },
  {
    veld: 'trekPublicatieIn',
    verwacht: REGIE,
    verzoek: async () => ({
      query: MUT('trekPublicatieIn', 'TrekPublicatieInInput', '{ slug }'),
      variables: { input: { overeenkomstId: await gepubliceerdeProef(), reden: 'Proef' } },
    }),
  },
];

const CODES: readonly string[] = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

function uitkomstVan(result: GraphQLResponse, veld: string): string {
  const fout = result.errors?.[0];
  if (!fout) return result.data?.[veld] != null ? 'ALLOWED' : 'GEEN ANTWOORD';
  const code = String(fout.extensions?.code);
  return CODES.includes(code) ? code : `${code}: ${fout.message}`;
}

/** The problems with the message of a refusal, if any. */
function berichtFouten(geval: Geval, uitkomst: string, bericht: string): string[] {
  const fouten: string[] = [];
  const nederlands = /\b(de|het|een|van|is|u|of)\b/.test(bericht);
  if (uitkomst === 'FORBIDDEN') {
    if (!(geval.weigering ?? NODIGE_ROL).test(bericht)) fouten.push('noemt niet de nodige rol');
    if (!nederlands) fouten.push('is niet in het Nederlands');
  }
  if (uitkomst === 'NOT_FOUND' && !/bestaat niet of is niet zichtbaar/.test(bericht))
    fouten.push('zegt niet "bestaat niet of is niet zichtbaar"');
  if (uitkomst === 'UNAUTHENTICATED' && !/Log eerst in/.test(bericht))
    fouten.push('vraagt niet om in te loggen');
  return fouten.map((f) => `${f}: "${bericht}"`);
}

async function voerUit(geval: Geval): Promise<void> {
  const werkelijk = {} as Record<Rol, string>;
  const problemen: string[] = [];
  for (const rol of ROLLEN) {
    const verzoek = await geval.verzoek(rol);
    const token =
      verzoek.token !== undefined ? verzoek.token : rol === 'anoniem' ? null : tokens[rol];
    const result = await t.gqlAs(token, verzoek.query, verzoek.variables);
    const uitkomst = uitkomstVan(result, geval.veld);
    werkelijk[rol] = uitkomst;
    if (uitkomst === 'ALLOWED' && geval.controleer) {
      try {
        geval.controleer(result.data, rol);
      } catch (e) {
        problemen.push(`${rol}: ${(e as Error).message}`);
      }
    }
    if (result.errors?.length)
      problemen.push(
        ...berichtFouten(geval, uitkomst, result.errors[0]!.message).map((p) => `${rol}: ${p}`),
      );
  }
  expect(werkelijk).toEqual(geval.verwacht);
  expect(problemen).toEqual([]);
}

const titel = (g: Geval) => `${g.veld}${g.variant ? ` (${g.variant})` : ''}`;

describe('de permissiematrix (alle queries en mutations, als elke demorol)', () => {
  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    wegwerpHash = await hashWachtwoord('wegwerp-wachtwoord-123');
    const personen = Object.keys(EMAIL) as Persoon[];
    const lijst = await Promise.all(personen.map((p) => t.login(EMAIL[p], DEMO_WACHTWOORD)));
    tokens = Object.fromEntries(personen.map((p, i) => [p, lijst[i]])) as Record<Persoon, string>;
    G = tokens.gemeente;

    const partijen = await ok<{ partijen: { items: { id: string; naam: string }[] } }>(
      `{ partijen(take: 100) { items { id naam } } }`,
    );
    const partij = (naam: string) => {
      const p = partijen.partijen.items.find((x) => x.naam === naam);
      if (!p) throw new Error(`Demopartij ${naam} ontbreekt`);
      return p.id;
    };
    ids.gemeente = partij('Gemeente Vlietdam');
    ids.corpA = partij('Woonstichting De Vliet');
    ids.corpB = partij('Woningstichting Polderpoort');
    ids.huurdersA = partij('Huurdersvereniging De Vliet');
    ids.vvt = partij('Zorggroep Vlietzicht');
    ids.provincie = partij('Provincie Zuid-Holland');
    ids.buiten = partij('Gemeente Oostwaard');

    const lijstO = await ok(`{ overeenkomsten { items { id titel } } }`);
    ids.demo = lijstO.overeenkomsten.items.find((o: any) => o.titel === DEMO_TITEL).id;
    const { overeenkomst } = await ok(
      `query($id: ID!) { overeenkomst(id: $id) {
        jaarschijven { id jaar }
        indicatoren { id naam }
        onderdelen { id soort afspraken { id titel trekker { id } } }
      } }`,
      { id: ids.demo },
    );
    const hoofd = overeenkomst.onderdelen.find((o: any) => o.soort === 'HOOFDDOCUMENT');
    const bijlage = overeenkomst.onderdelen.find((o: any) => o.soort === 'BIJLAGE');
    ids.hoofd = hoofd.id;
    ids.bijlage = bijlage.id;
    ids.hoofdAfspraak = hoofd.afspraken.find((a: any) => a.trekker.id === ids.corpA).id;
    ids.bijlageAfspraak = bijlage.afspraken.find((a: any) => a.trekker.id === ids.vvt).id;
    ids.medeAfspraak = bijlage.afspraken.find(
      (a: any) => a.titel === 'Activiteiten in de Week tegen Eenzaamheid',
    ).id;
    ids.indicator = overeenkomst.indicatoren[0].id;
    ids.jaarschijf = overeenkomst.jaarschijven.find((j: any) => j.jaar === 2029).id;
    ids.jaarschijf2027 = overeenkomst.jaarschijven.find((j: any) => j.jaar === 2027).id;
    ids.jaarschijf2028 = overeenkomst.jaarschijven.find((j: any) => j.jaar === 2028).id;
    const { themas } = await ok(`{ themas { id naam } }`);
    ids.thema = themas.find(
      (th: any) => th.naam === 'Nultredenwoningen en levensloopbestendige woningen',
    ).id;
  });
  afterAll(() => t?.close());

  it('has a row for every query and mutation of the schema, and none for fields that are gone', async () => {
    const { __schema } = await ok(
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
    );
    const namen = (fields: { name: string }[]) => fields.map((f) => f.name).sort();
    const inTabel = (gevallen: Geval[]) => [...new Set(gevallen.map((g) => g.veld))].sort();
    const schemaQueries = namen(__schema.queryType.fields);
    const schemaMutations = namen(__schema.mutationType.fields);
    expect({
      queriesZonderRij: schemaQueries.filter((n) => !inTabel(QUERIES).includes(n)),
      mutationsZonderRij: schemaMutations.filter((n) => !inTabel(MUTATIONS).includes(n)),
      rijenZonderQuery: inTabel(QUERIES).filter((n) => !schemaQueries.includes(n)),
      rijenZonderMutation: inTabel(MUTATIONS).filter((n) => !schemaMutations.includes(n)),
    }).toEqual({
      queriesZonderRij: [],
      mutationsZonderRij: [],
      rijenZonderQuery: [],
      rijenZonderMutation: [],
    });
  });

  describe('queries', () => {
    for (const geval of QUERIES) it(titel(geval), () => voerUit(geval));
  });

  describe('mutations', () => {
    for (const geval of MUTATIONS) it(titel(geval), () => voerUit(geval));
  });

  describe('daarbuiten', () => {
    it('an outsider guessing ids learns nothing: the answer equals that for an id that never existed', async () => {
      const ander = randomUUID();
      const verzoeken: [string, Record<string, unknown>, string][] = [
        [`query($id: ID!) { overeenkomst(id: $id) { id } }`, { id: ids.demo }, ids.demo],
        [`query($id: ID!) { onderdeel(id: $id) { id } }`, { id: ids.hoofd }, ids.hoofd],
        [
          `query($id: ID!) { afspraak(id: $id) { id } }`,
          { id: ids.hoofdAfspraak },
          ids.hoofdAfspraak,
        ],
        [`query($id: ID!) { indicator(id: $id) { id } }`, { id: ids.indicator }, ids.indicator],
        [
          MUT('updateAfspraak', 'UpdateAfspraakInput'),
          { input: { id: ids.hoofdAfspraak, titel: 'Gekaapt' } },
          ids.hoofdAfspraak,
        ],
        [DEL('deleteOvereenkomst'), { input: { id: ids.demo } }, ids.demo],
        [
          MUT('updateJaarschijf', 'UpdateJaarschijfInput'),
          { input: { id: ids.jaarschijf, toelichting: 'Gekaapt' } },
          ids.jaarschijf,
        ],
      ];
      for (const [query, variables, id] of verzoeken) {
        const echt = theError(await t.gqlAs(tokens.buiten, query, variables));
        const verzonnen = theError(
          await t.gqlAs(
            tokens.buiten,
            query,
            JSON.parse(JSON.stringify(variables).replaceAll(id, ander)),
          ),
        );
        expect(echt.extensions?.code).toBe('NOT_FOUND');
        expect(JSON.stringify(echt).replaceAll(id, '<id>')).toBe(
          JSON.stringify(verzonnen).replaceAll(ander, '<id>'),
        );
      }
      // And nothing changed.
      const { afspraak } = await ok(`query($id: ID!) { afspraak(id: $id) { titel } }`, {
        id: ids.hoofdAfspraak,
      });
      expect(afspraak.titel).not.toBe('Gekaapt');
    });

    it('a corporatie made co-regisseur may do regie actions; a corporatie without regie may not', async () => {
      const overeenkomstId = await nieuweOvereenkomst({
        deelnemers: [
          { partijId: ids.corpA, rol: 'ONDERTEKENAAR', regie: true },
          { partijId: ids.corpB, rol: 'ONDERTEKENAAR' },
          { partijId: ids.huurdersA, rol: 'ONDERTEKENAAR' },
        ],
      });
      const corporatie2 = await t.login('corporatie2@demo.driehoek.nl', DEMO_WACHTWOORD);
      const wijzig = (token: string, titelTekst: string) =>
        t.gqlAs(token, MUT('updateOvereenkomst', 'UpdateOvereenkomstInput', '{ id titel }'), {
          input: { id: overeenkomstId, titel: titelTekst },
        });
      const mag = await wijzig(tokens.corporatie, 'Door de co-regisseur gewijzigd');
      expect(mag.errors).toBeUndefined();
      expect(mag.data?.updateOvereenkomst.titel).toBe('Door de co-regisseur gewijzigd');
      const thema = await t.gqlAs(tokens.corporatie, MUT('createThema', 'CreateThemaInput'), {
        input: { overeenkomstId, naam: 'Thema van de co-regisseur' },
      });
      expect(thema.errors).toBeUndefined();
      const fout = theError(await wijzig(corporatie2, 'Door een ondertekenaar gewijzigd'));
      expect(fout.extensions?.code).toBe('FORBIDDEN');
      expect(fout.message).toMatch(/regie/);
      expect(fout.message).toMatch(/Woningstichting Polderpoort \(ondertekenaar; u bent/);
    });

    it('a zorgpartij that moves from waarnemer to co-signatory of a bijlage may then edit it, and only it', async () => {
      const overeenkomstId = await nieuweOvereenkomst({
        deelnemers: [
          { partijId: ids.corpA, rol: 'ONDERTEKENAAR' },
          { partijId: ids.huurdersA, rol: 'ONDERTEKENAAR' },
          { partijId: ids.vvt, rol: 'WAARNEMER' },
        ],
      });
      const bijlage = await maak('createOnderdeel', 'CreateOnderdeelInput', {
        overeenkomstId,
        soort: 'BIJLAGE',
        titel: 'Bijlage wonen en zorg',
        ondertekenaarIds: [ids.gemeente, ids.corpA, ids.huurdersA],
      });
      const nieuw = () =>
        t.gqlAs(tokens.zorg, MUT('createAfspraak', 'CreateAfspraakInput'), {
          input: afspraakInput(bijlage.id, ids.vvt),
        });
      const alsWaarnemer = theError(await nieuw());
      expect(alsWaarnemer.extensions?.code).toBe('FORBIDDEN');
      expect(alsWaarnemer.message).toMatch(/opsteller of ondertekenaar/);
      expect(alsWaarnemer.message).toMatch(/Zorggroep Vlietzicht \(waarnemer/);

      const { overeenkomst } = await ok(
        `query($id: ID!) { overeenkomst(id: $id) { deelnemers { id partij { id } } } }`,
        { id: overeenkomstId },
      );
      const deelnemer = overeenkomst.deelnemers.find((d: any) => d.partij.id === ids.vvt);
      await maak('updateDeelnemer', 'UpdateDeelnemerInput', {
        id: deelnemer.id,
        rol: 'MEDEONDERTEKENAAR_BIJLAGE',
      });
      await maak('updateOnderdeel', 'UpdateOnderdeelInput', {
        id: bijlage.id,
        ondertekenaarIds: [ids.gemeente, ids.corpA, ids.huurdersA, ids.vvt],
      });
      const alsOndertekenaar = await nieuw();
      expect(alsOndertekenaar.errors).toBeUndefined();
      expect(alsOndertekenaar.data?.createAfspraak.id).toBeTruthy();
      const regie = theError(
        await t.gqlAs(tokens.zorg, MUT('updateOvereenkomst', 'UpdateOvereenkomstInput'), {
          input: { id: overeenkomstId, titel: 'Door de zorg gewijzigd' },
        }),
      );
      expect(regie.extensions?.code).toBe('FORBIDDEN');
    });

    it('a zorgpartij cannot take over an indicator of the hoofddocument by pointing it at a bijlage afspraak', async () => {
      const indicatorId = await nieuweIndicator([ids.hoofdAfspraak]);
      const zonder = theError(
        await t.gqlAs(tokens.zorg, MUT('updateIndicator', 'UpdateIndicatorInput'), {
          input: { id: indicatorId, naam: 'Overgenomen door de zorg' },
        }),
      );
      expect(zonder.extensions?.code).toBe('FORBIDDEN');
      const met = await t.gqlAs(tokens.zorg, MUT('updateIndicator', 'UpdateIndicatorInput'), {
        input: {
          id: indicatorId,
          naam: 'Overgenomen door de zorg',
          afspraakIds: [ids.bijlageAfspraak],
        },
      });
      const { indicator } = await ok(
        `query($id: ID!) { indicator(id: $id) { naam afspraken { id } } }`,
        { id: indicatorId },
      );
      expect({
        code: met.errors?.[0]?.extensions?.code,
        naam: indicator.naam,
        afspraken: indicator.afspraken.map((a: any) => a.id),
      }).toEqual({
        code: 'FORBIDDEN',
        naam: expect.not.stringMatching(/Overgenomen/),
        afspraken: [ids.hoofdAfspraak],
      });
    });
  });
});
