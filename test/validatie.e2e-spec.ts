import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import {
  afspraakInput,
  afsprakenVan,
  createAfspraak,
  createFixture,
  createPartij,
  CREATE_AFSPRAAK,
  CREATE_INDICATOR,
  CREATE_ONDERDEEL,
  CREATE_OVEREENKOMST,
  CREATE_REALISATIE,
  CREATE_STREEFWAARDE,
  defaultThemas,
  type Fixture,
  type GqlError,
  nummering,
  theError,
  type ThemaRef,
  UPDATE_AFSPRAAK,
} from './support/api';
import type { GraphQLResponse } from './support/test-app';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Bad input gets a stable code, a Dutch message and the field it is about; and a refused command
 * leaves nothing half-written behind.
 */

const UPDATE_OVEREENKOMST = `mutation($input: UpdateOvereenkomstInput!) { updateOvereenkomst(input: $input) { id titel startjaar eindjaar } }`;
const DELETE = (what: string) => `mutation($input: IdInput!) { ${what}(input: $input) }`;

/** Words that only show up when an internal error (SQL, stack, driver) reaches the client. */
const INTERNALS =
  /insert into|select |update "|violates|constraint|syntax|0x00|byte sequence|at .*\.(js|ts):\d|stack|postgres|mikro|TypeError|undefined/i;

function expectFout(result: GraphQLResponse<unknown>, code: string, veld?: string): GqlError {
  const error = theError(result);
  expect(error.extensions?.code).toBe(code);
  if (veld !== undefined) expect(error.extensions?.veld).toBe(veld);
  expect(error.message).not.toMatch(INTERNALS);
  expect(result.data ?? null).toBeNull();
  return error;
}

describe('validatie en foutmeldingen', () => {
  let t: TestApp;
  let themas: Map<string, ThemaRef>;
  let fx: Fixture;
  let logError: jest.SpyInstance;
  const thema = (naam: string) => themas.get(naam)!.id;
  const W = 'Nultredenwoningen en levensloopbestendige woningen';
  const create = (overrides: Record<string, unknown>) =>
    t.gql(CREATE_AFSPRAAK, { input: afspraakInput(fx, thema(W), overrides) });

  beforeAll(async () => {
    // Refused input is expected here; keep the server's error log out of the test output.
    logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    t = await startTestApp();
    themas = await defaultThemas(t);
    fx = await createFixture(t, 'Validatie');
  });
  afterAll(async () => {
    await t?.close();
    logError.mockRestore();
  });

  describe('afspraken', () => {
    it('a garantie without garantsteller: GARANTSTELLER_ONTBREEKT', async () => {
      const error = expectFout(
        await create({
          type: 'GARANTIE',
          details: { garantie: { garantstellerIds: [], wat: 'Toegankelijke woningen' } },
        }),
        'GARANTSTELLER_ONTBREEKT',
        'input.details.garantie.garantstellerIds',
      );
      expect(error.message).toMatch(/garantieafspraak heeft minstens één garantsteller/i);
    });

    it('a transactie between fewer than two partijen: TRANSACTIE_TE_WEINIG_PARTIJEN', async () => {
      const post = (partijId: string) => ({ partijId, levert: 'Vastgoed', ontvangt: 'Renovatie' });
      // A single post (one partij bearing the costs) is no longer refused: issue 15, point 7
      // names that refusal as wrong. An exchange of a partij with itself, or no post, still is.
      for (const posten of [[post(fx.corpA), post(fx.corpA)], []]) {
        const error = expectFout(
          await create({ type: 'TRANSACTIE', details: { transactie: { posten } } }),
          'TRANSACTIE_TE_WEINIG_PARTIJEN',
          'input.details.transactie.posten',
        );
        expect(error.message).toMatch(/minstens twee partijen/);
      }
    });

    it('details that do not fit the type: DETAILS_PASSEN_NIET_BIJ_TYPE, naming what is expected and what came', async () => {
      const intentie = { voorwaarde: 'Als', gevolg: 'dan' };
      const wrong = expectFout(
        await create({ type: 'PROCES', details: { intentie } }),
        'DETAILS_PASSEN_NIET_BIJ_TYPE',
        'input.details.proces',
      );
      expect(wrong.message).toBe(
        'Een procesafspraak vraagt precies de gegevens onder details.proces (ontvangen: details.intentie)',
      );
      const both = expectFout(
        await create({
          type: 'INTENTIE',
          details: {
            intentie,
            beschrijvend: { soort: 'DEFINITIE', omschrijving: 'Nultredenwoning' },
          },
        }),
        'DETAILS_PASSEN_NIET_BIJ_TYPE',
        'input.details.intentie',
      );
      expect(both.message).toContain('details.beschrijvend');
      expectFout(
        await create({ type: 'INTENTIE', details: {} }),
        'DETAILS_PASSEN_NIET_BIJ_TYPE',
        'input.details.intentie',
      );
    });

    it('a jaar outside the periode, for an afspraak’s jaren: JAAR_BUITEN_PERIODE', async () => {
      const error = expectFout(
        await create({ jaren: [{ jaar: 2026 }, { jaar: 2030 }] }),
        'JAAR_BUITEN_PERIODE',
        'input.jaren.1.jaar',
      );
      expect(error.message).toBe('2030 valt buiten de periode 2026–2029 van de overeenkomst');
      expectFout(
        await create({ jaren: [{ jaar: 2025 }] }),
        'JAAR_BUITEN_PERIODE',
        'input.jaren.0.jaar',
      );
    });

    it('a trekker that does not take part, or only watches: GEEN_DEELNEMER', async () => {
      const buiten = expectFout(
        await create({ trekkerId: fx.buitenstaander }),
        'GEEN_DEELNEMER',
        'input.trekkerId',
      );
      expect(buiten.message).toBe(
        `Buitenstaander ${fx.tag} neemt niet deel aan "Prestatieafspraken ${fx.tag} 2026–2029"`,
      );
      const waarnemer = expectFout(
        await create({ trekkerId: fx.provincie }),
        'GEEN_DEELNEMER',
        'input.trekkerId',
      );
      expect(waarnemer.message).toBe(`Provincie ${fx.tag} is waarnemer en kan geen trekker zijn`);
      // Betrokkenen and partijen in the details must take part as well.
      expectFout(
        await create({
          betrokkenen: [
            { partijId: fx.corpA, bijdrage: 'Bouwt' },
            { partijId: fx.buitenstaander, bijdrage: 'Betaalt' },
          ],
        }),
        'GEEN_DEELNEMER',
        'input.betrokkenen.1.partijId',
      );
      expectFout(
        await create({
          type: 'GARANTIE',
          details: { garantie: { garantstellerIds: [fx.buitenstaander], wat: 'Iets' } },
        }),
        'GEEN_DEELNEMER',
        'input.details.garantie',
      );
      // An id that names no partij at all is NOT_FOUND, still pointing at the field.
      expectFout(await create({ trekkerId: randomUUID() }), 'NOT_FOUND', 'input.trekkerId');
    });

    it('more than 100% of the costs, or a partij twice among the betrokkenen, is refused', async () => {
      const teVeel = expectFout(
        await create({
          betrokkenen: [
            { partijId: fx.corpA, bijdrage: 'Bouwt', kostenaandeel: 70 },
            { partijId: fx.gemeente, bijdrage: 'Grond', kostenaandeel: 40 },
          ],
        }),
        'VALIDATIE_FOUT',
        'input.betrokkenen',
      );
      expect(teVeel.message).toContain('110%');
      expectFout(
        await create({
          betrokkenen: [
            { partijId: fx.corpA, bijdrage: 'Bouwt' },
            { partijId: fx.corpA, bijdrage: 'Betaalt' },
          ],
        }),
        'AL_AANWEZIG',
        'input.betrokkenen',
      );
    });

    it('reorderAfspraken must name every afspraak of the onderdeel exactly once', async () => {
      const fx2 = await createFixture(t, 'Volgorde');
      const a = await createAfspraak(t, afspraakInput(fx2, thema(W), { titel: 'Een' }));
      const b = await createAfspraak(t, afspraakInput(fx2, thema(W), { titel: 'Twee' }));
      const REORDER = `mutation($input: ReorderAfsprakenInput!) { reorderAfspraken(input: $input) { id } }`;
      for (const afspraakIds of [[a.id], [a.id, a.id], [a.id, b.id, randomUUID()]]) {
        const error = expectFout(
          await t.gql(REORDER, { input: { onderdeelId: fx2.hoofdId, afspraakIds } }),
          'VALIDATIE_FOUT',
          'input.afspraakIds',
        );
        expect(error.message).toBe(
          'Geef alle 2 afspraken precies één keer op, in de nieuwe volgorde',
        );
      }
      expect(nummering(await afsprakenVan(t, fx2.hoofdId))).toEqual(['1.1 Een', '1.2 Twee']);
    });
  });

  describe('indicatoren', () => {
    let indicatorId: string;
    beforeAll(async () => {
      indicatorId = (
        await t.gqlOk(CREATE_INDICATOR, {
          input: {
            overeenkomstId: fx.overeenkomstId,
            naam: 'Extra GGZ-plekken',
            eenheid: 'plekken',
          },
        })
      ).createIndicator.id;
    });

    it('a bandwidth whose minimum exceeds its maximum, or lacks one end: BANDBREEDTE_ONGELDIG', async () => {
      const error = expectFout(
        await t.gql(CREATE_STREEFWAARDE, {
          input: { indicatorId, jaar: 2026, soort: 'BANDBREEDTE', min: 80, max: 40 },
        }),
        'BANDBREEDTE_ONGELDIG',
        'input.min',
      );
      expect(error.message).toBe(
        'Het minimum (80) van de bandbreedte is groter dan het maximum (40)',
      );
      expectFout(
        await t.gql(CREATE_STREEFWAARDE, {
          input: { indicatorId, jaar: 2026, soort: 'BANDBREEDTE', min: 40 },
        }),
        'BANDBREEDTE_ONGELDIG',
        'input.max',
      );
      // Nor can an existing target be turned into an impossible bandwidth.
      const ok = await t.gqlOk(CREATE_STREEFWAARDE, {
        input: { indicatorId, jaar: 2027, soort: 'BANDBREEDTE', min: 40, max: 80 },
      });
      const id = ok.createStreefwaarde.id;
      expectFout(
        await t.gql(
          `mutation($input: UpdateStreefwaardeInput!) { updateStreefwaarde(input: $input) { id } }`,
          {
            input: { id, min: 90 },
          },
        ),
        'BANDBREEDTE_ONGELDIG',
        'input.min',
      );
      const na = await t.gqlOk(
        `query($id: ID!) { indicator(id: $id) { streefwaarden { jaar min max } } }`,
        {
          id: indicatorId,
        },
      );
      expect(na.indicator.streefwaarden).toEqual([{ jaar: 2027, min: 40, max: 80 }]);
    });

    it('a streefwaarde or realisatie for a jaar outside the periode: JAAR_BUITEN_PERIODE', async () => {
      const streef = expectFout(
        await t.gql(CREATE_STREEFWAARDE, {
          input: { indicatorId, jaar: 2030, soort: 'EXACT', waarde: 40 },
        }),
        'JAAR_BUITEN_PERIODE',
        'input.jaar',
      );
      expect(streef.message).toBe('2030 valt buiten de periode 2026–2029 van de overeenkomst');
      const realisatie = expectFout(
        await t.gql(CREATE_REALISATIE, { input: { indicatorId, jaar: 2025, waarde: 12 } }),
        'JAAR_BUITEN_PERIODE',
        'input.jaar',
      );
      expect(realisatie.message).toBe('2025 valt buiten de periode 2026–2029 van de overeenkomst');
    });
  });

  describe('onderdelen', () => {
    it('a hoofddocument without the whole driehoek: DRIEHOEK_ONVOLLEDIG, naming what is missing; a second one: AL_AANWEZIG', async () => {
      const o = await t.gqlOk(CREATE_OVEREENKOMST, {
        input: {
          titel: 'Driehoek 2026',
          startjaar: 2026,
          eindjaar: 2026,
          gemeenteIds: [fx.gemeente],
          deelnemers: [
            { partijId: fx.corpA, rol: 'ONDERTEKENAAR' },
            { partijId: fx.huurders, rol: 'ONDERTEKENAAR' },
            { partijId: fx.zorg, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
            { partijId: fx.provincie, rol: 'WAARNEMER' },
          ],
        },
      });
      const overeenkomstId = o.createOvereenkomst.id;
      const hoofd = (ondertekenaarIds: string[], soort = 'HOOFDDOCUMENT') =>
        t.gql(CREATE_ONDERDEEL, {
          input: { overeenkomstId, soort, titel: 'Hoofddocument', ondertekenaarIds },
        });

      const zonderHuurders = expectFout(
        await hoofd([fx.gemeente, fx.corpA]),
        'DRIEHOEK_ONVOLLEDIG',
        'input.ondertekenaarIds',
      );
      expect(zonderHuurders.message).toBe(
        'Het hoofddocument wordt ondertekend door de lokale driehoek; er ontbreekt een huurdersorganisatie',
      );
      const alleenGemeente = expectFout(await hoofd([fx.gemeente]), 'DRIEHOEK_ONVOLLEDIG');
      expect(alleenGemeente.message).toContain('woningcorporatie en een huurdersorganisatie');
      // A zorgpartij that only co-signs bijlagen, a waarnemer, an outsider: none of them sign the hoofddocument.
      expectFout(
        await hoofd([fx.gemeente, fx.corpA, fx.huurders, fx.zorg]),
        'GEEN_DEELNEMER',
        'input.ondertekenaarIds',
      );
      const waarnemer = expectFout(
        await hoofd([fx.gemeente, fx.corpA, fx.huurders, fx.provincie], 'BIJLAGE'),
        'GEEN_DEELNEMER',
        'input.ondertekenaarIds',
      );
      expect(waarnemer.message).toBe(`Provincie ${fx.tag} is waarnemer en ondertekent niet`);
      expectFout(
        await hoofd([fx.gemeente, fx.corpA, fx.huurders, fx.buitenstaander]),
        'GEEN_DEELNEMER',
      );

      const ONDERDELEN = `query($id: ID!) { overeenkomst(id: $id) { onderdelen { id } } }`;
      expect((await t.gqlOk(ONDERDELEN, { id: overeenkomstId })).overeenkomst.onderdelen).toEqual(
        [],
      );

      await t.gqlOk(CREATE_ONDERDEEL, {
        input: {
          overeenkomstId,
          soort: 'HOOFDDOCUMENT',
          titel: 'Hoofddocument',
          ondertekenaarIds: [fx.gemeente, fx.corpA, fx.huurders],
        },
      });
      const tweede = expectFout(
        await hoofd([fx.gemeente, fx.corpA, fx.huurders]),
        'AL_AANWEZIG',
        'input.soort',
      );
      expect(tweede.message).toBe(
        'Deze overeenkomst heeft al een hoofddocument; voeg een bijlage toe',
      );
      expect(
        (await t.gqlOk(ONDERDELEN, { id: overeenkomstId })).overeenkomst.onderdelen,
      ).toHaveLength(1);
    });
  });

  describe('overeenkomsten', () => {
    const input = (overrides: Record<string, unknown>) => ({
      titel: 'Periode',
      startjaar: 2026,
      eindjaar: 2029,
      gemeenteIds: [fx.gemeente],
      ...overrides,
    });

    it('an eindjaar before the startjaar, or a periode of more than ten years: PERIODE_ONGELDIG', async () => {
      const error = expectFout(
        await t.gql(CREATE_OVEREENKOMST, { input: input({ startjaar: 2029, eindjaar: 2026 }) }),
        'PERIODE_ONGELDIG',
        'input.eindjaar',
      );
      expect(error.message).toBe('Het eindjaar (2026) ligt voor het startjaar (2029)');
      expectFout(
        await t.gql(CREATE_OVEREENKOMST, { input: input({ startjaar: 2026, eindjaar: 2036 }) }),
        'PERIODE_ONGELDIG',
        'input.eindjaar',
      );
      expectFout(
        await t.gql(UPDATE_OVEREENKOMST, { input: { id: fx.overeenkomstId, eindjaar: 2025 } }),
        'PERIODE_ONGELDIG',
        'input.eindjaar',
      );
    });

    it('a gemeenteId that is a corporatie, or regie for a zorgaanbieder: VERKEERDE_PARTIJSOORT', async () => {
      const error = expectFout(
        await t.gql(CREATE_OVEREENKOMST, { input: input({ gemeenteIds: [fx.corpA] }) }),
        'VERKEERDE_PARTIJSOORT',
        'input.gemeenteIds',
      );
      expect(error.message).toBe(
        `Woonstichting ${fx.tag} is geen gemeente maar een woningcorporatie`,
      );
      expectFout(
        await t.gql(CREATE_OVEREENKOMST, { input: input({ gemeenteIds: [] }) }),
        'VALIDATIE_FOUT',
        'input.gemeenteIds',
      );
      const regie = expectFout(
        await t.gql(CREATE_OVEREENKOMST, {
          input: input({
            deelnemers: [{ partijId: fx.zorg, rol: 'MEDEONDERTEKENAAR_BIJLAGE', regie: true }],
          }),
        }),
        'VERKEERDE_PARTIJSOORT',
        'input.deelnemers',
      );
      expect(regie.message).toContain('zorgaanbieder');
    });
  });

  describe('ids', () => {
    it('unknown and malformed ids in queries: NOT_FOUND with a Dutch message', async () => {
      for (const [query, label] of [
        ['overeenkomst', 'Overeenkomst'],
        ['afspraak', 'Afspraak'],
        ['partij', 'Partij'],
        ['onderdeel', 'Onderdeel'],
        ['indicator', 'Indicator'],
      ]) {
        for (const id of [randomUUID(), 'abc', '1; drop table partij', '']) {
          const error = expectFout(
            await t.gql(`query($id: ID!) { ${query}(id: $id) { id } }`, { id }),
            'NOT_FOUND',
            'id',
          );
          expect(error.message).toBe(`${label} met id ${id} bestaat niet of is niet zichtbaar`);
        }
      }
    });

    it('a random uuid in an update or delete: NOT_FOUND; a malformed one: VALIDATIE_FOUT on input.id', async () => {
      const id = randomUUID();
      const cases: [string, string, Record<string, unknown>][] = [
        ['updateOvereenkomst', UPDATE_OVEREENKOMST, { id, titel: 'Nieuw' }],
        ['deleteOvereenkomst', DELETE('deleteOvereenkomst'), { id }],
        ['updateAfspraak', UPDATE_AFSPRAAK, { id, titel: 'Nieuw' }],
        ['deleteAfspraak', DELETE('deleteAfspraak'), { id }],
        [
          'updatePartij',
          `mutation($input: UpdatePartijInput!) { updatePartij(input: $input) { id } }`,
          { id, naam: 'X' },
        ],
        ['deletePartij', DELETE('deletePartij'), { id }],
        ['deleteOnderdeel', DELETE('deleteOnderdeel'), { id }],
        ['deleteIndicator', DELETE('deleteIndicator'), { id }],
        ['deleteStreefwaarde', DELETE('deleteStreefwaarde'), { id }],
        [
          'updateRealisatie',
          `mutation($input: UpdateRealisatieInput!) { updateRealisatie(input: $input) { id } }`,
          { id, waarde: 1 },
        ],
      ];
      for (const [name, mutation, variables] of cases) {
        const error = theError(await t.gql(mutation, { input: variables }));
        expect({ name, code: error.extensions?.code }).toEqual({ name, code: 'NOT_FOUND' });
        expect(error.message).toContain(`met id ${id} bestaat niet`);
      }
      // Something that refers to a missing parent is NOT_FOUND too.
      expectFout(await create({ onderdeelId: id }), 'NOT_FOUND');
      expectFout(
        await t.gql(CREATE_STREEFWAARDE, {
          input: { indicatorId: id, jaar: 2026, soort: 'EXACT', waarde: 1 },
        }),
        'NOT_FOUND',
      );
      const malformed = expectFout(
        await t.gql(DELETE('deleteOvereenkomst'), { input: { id: 'abc' } }),
        'VALIDATIE_FOUT',
        'input.id',
      );
      expect(malformed.message).toBe('Ongeldige invoer: input.id moet een geldig id zijn');
    });
  });

  describe('input that does not pass the field rules: VALIDATIE_FOUT with the field path', () => {
    it('an empty titel and a titel of 301 characters', async () => {
      const leeg = expectFout(await create({ titel: '' }), 'VALIDATIE_FOUT', 'input.titel');
      expect(leeg.message).toBe('Ongeldige invoer: input.titel is verplicht');
      const lang = expectFout(
        await create({ titel: 'x'.repeat(301) }),
        'VALIDATIE_FOUT',
        'input.titel',
      );
      expect(lang.message).toBe('Ongeldige invoer: input.titel mag hoogstens 300 tekens lang zijn');
      // 300 is allowed.
      expect(
        (await createAfspraak(t, afspraakInput(fx, thema(W), { titel: 'x'.repeat(300) }))).titel,
      ).toHaveLength(300);
    });

    it('a kostenaandeel of 150% names the nested field', async () => {
      const error = expectFout(
        await create({
          betrokkenen: [{ partijId: fx.corpA, bijdrage: 'Bouwt', kostenaandeel: 150 }],
        }),
        'VALIDATIE_FOUT',
        'input.betrokkenen.0.kostenaandeel',
      );
      expect(error.message).toBe(
        'Ongeldige invoer: input.betrokkenen.0.kostenaandeel mag hoogstens 100 zijn',
      );
    });

    it('several faults are all listed, each with its field', async () => {
      const error = expectFout(
        await create({ titel: '', jaren: [{ jaar: 1999 }], doelgroepen: ['OUDEREN'] }),
        'VALIDATIE_FOUT',
        'input.titel',
      );
      expect(error.extensions?.velden).toEqual(
        expect.arrayContaining([
          { veld: 'input.titel', melding: 'is verplicht' },
          { veld: 'input.jaren.0.jaar', melding: 'moet 2000 of later zijn' },
        ]),
      );
    });

    it('take 500 on a list: VALIDATIE_FOUT naming the take argument', async () => {
      const error = expectFout(
        await t.gql(`{ overeenkomsten(take: 500) { total } }`),
        'VALIDATIE_FOUT',
      );
      expect(error.message).toMatch(/take mag hoogstens 100 zijn/);
      // `take` is an argument of its own, not a field of an `input` argument the query does not have.
      expect(error.extensions?.veld).toBe('take');
    });
  });

  describe('requests that do not fit the schema get Dutch messages too', () => {
    it('an unknown input field written in the query: GRAPHQL_VALIDATION_FAILED', async () => {
      const result = await t.gql(
        `mutation { createPartij(input: { naam: "Nieuw", soort: GEMEENTE, kleur: "rood" }) { id } }`,
      );
      const error = theError(result);
      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error.message).toMatch(/^De aanvraag past niet bij het schema: .*kleur/);
    });

    it('an unknown field in the variables: BAD_USER_INPUT', async () => {
      const error = theError(
        await t.gql(`mutation($input: CreatePartijInput!) { createPartij(input: $input) { id } }`, {
          input: { naam: 'Nieuw', soort: 'GEMEENTE', kleur: 'rood' },
        }),
      );
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/^Ongeldige invoer: .*kleur/);
    });

    it('an unknown enum value, an unknown query field, and text that is no GraphQL', async () => {
      const enumFout = theError(
        await t.gql(`mutation { createPartij(input: { naam: "Nieuw", soort: KERK }) { id } }`),
      );
      expect(enumFout.message).toMatch(/^De aanvraag past niet bij het schema: /);
      const veldFout = theError(await t.gql(`{ overeenkomsten { total kleur } }`));
      expect(veldFout.message).toMatch(/^De aanvraag past niet bij het schema: .*kleur/);
      const parse = theError(await t.gql(`{ overeenkomsten { total `));
      expect(parse.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(parse.message).toMatch(/^De aanvraag is geen geldige GraphQL: /);
    });

    // Found by the fuzz suite (test/fuzz): graphql-js stops after 50 bad variable values with an
    // error of its own, which carried no code and became INTERNAL_SERVER_ERROR.
    it('a list with more than 50 bad values: BAD_USER_INPUT, not an internal error', async () => {
      const result = await t.gql(CREATE_OVEREENKOMST, {
        input: {
          titel: 'Te veel fouten',
          startjaar: 2026,
          eindjaar: 2029,
          gemeenteIds: [fx.gemeente],
          deelnemers: Array.from({ length: 60 }, () => ({ partijId: fx.corpA, rol: 0 })),
        },
      });
      const codes = new Set(result.errors?.map((e) => e.extensions?.code));
      expect([...codes]).toEqual(['BAD_USER_INPUT']);
      for (const error of result.errors ?? []) expect(error.message).not.toMatch(INTERNALS);
    });

    // Found by the fuzz suite: the e-mail check of validator.js throws URIError on a lone surrogate.
    it('an e-mail address with a lone surrogate: VALIDATIE_FOUT naming the field', async () => {
      for (const email of ['\ud800', 'a\udc00@voorbeeld.nl']) {
        expectFout(
          await t.gql(
            `mutation($input: NodigLidUitInput!) { nodigLidUit(input: $input) { link } }`,
            { input: { email, partijId: fx.gemeente, rollen: ['OPSTELLER'] } },
          ),
          'VALIDATIE_FOUT',
          'input.email',
        );
        expectFout(
          await t.gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
            input: { email, wachtwoord: 'wat dan ook' },
          }),
          'VALIDATIE_FOUT',
          'input.email',
        );
      }
    });
  });

  // Found by the fuzz suite: half a surrogate pair went into an audit entry's jsonb, which
  // PostgreSQL refuses ("Unicode low surrogate must follow a high surrogate"): an internal error.
  it('a lone surrogate in any string input: VALIDATIE_FOUT naming the field', async () => {
    for (const titel of ['a\ud800b', '\udc00']) {
      expectFout(
        await t.gql(UPDATE_OVEREENKOMST, { input: { id: fx.overeenkomstId, titel } }),
        'VALIDATIE_FOUT',
        'input.titel',
      );
    }
    const { overeenkomst } = await t.gqlOk(`query($id: ID!) { overeenkomst(id: $id) { titel } }`, {
      id: fx.overeenkomstId,
    });
    expect(overeenkomst.titel).not.toMatch(/\ufffd/);
    // A whole pair (an emoji) is a character like any other.
    const { updateOvereenkomst } = await t.gqlOk(UPDATE_OVEREENKOMST, {
      input: { id: fx.overeenkomstId, titel: `${overeenkomst.titel} 😀` },
    });
    expect(updateOvereenkomst.titel).toBe(`${overeenkomst.titel} 😀`);
  });

  // Found by the fuzz suite: JSON.parse(JSON.stringify(undefined)) in the service.
  it('a proposal for a new afspraak without the afspraak: VALIDATIE_FOUT on input.nieuweAfspraak', async () => {
    expectFout(
      await t.gql(
        `mutation($input: WijzigingsvoorstelInput!) { dienVoorstelIn(input: $input) { id } }`,
        {
          input: {
            soort: 'NIEUW',
            onderdeelId: fx.hoofdId,
            nieuweTekst: 'Een nieuwe afspraak',
            motivering: 'Omdat het nodig is',
            partijId: fx.gemeente,
          },
        },
      ),
      'VALIDATIE_FOUT',
      'input.nieuweAfspraak',
    );
  });

  // Found by the fuzz suite: the JSON body parser stopped at 100 kB (the export template may be
  // 5 MB) and answered without a code, and malformed JSON answered with the parser's own text.
  describe('request bodies', () => {
    const post = (body: string) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const CREATE_PARTIJ = `mutation($input: CreatePartijInput!) { createPartij(input: $input) { id } }`;

    it('a body of a megabyte reaches validation: VALIDATIE_FOUT naming the field', async () => {
      expectFout(
        await t.gql(CREATE_PARTIJ, { input: { naam: 'x'.repeat(1024 * 1024), soort: 'GEMEENTE' } }),
        'VALIDATIE_FOUT',
        'input.naam',
      );
    });

    it('a body over the limit: HTTP 413 with TE_ZWARE_AANVRAAG; malformed JSON: HTTP 400 with BAD_REQUEST', async () => {
      const groot = await post(
        JSON.stringify({ query: '{ me { id } }', variables: { x: 'x'.repeat(9 * 1024 * 1024) } }),
      );
      expect(groot.status).toBe(413);
      expectFout((await groot.json()) as GraphQLResponse, 'TE_ZWARE_AANVRAAG');
      const kapot = await post('{"query": "{ me { id } }", ');
      expect(kapot.status).toBe(400);
      const fout = expectFout((await kapot.json()) as GraphQLResponse, 'BAD_REQUEST');
      expect(fout.message).toMatch(/^De aanvraag is geen geldige JSON/);
    });
  });

  describe('nothing half-written', () => {
    it('a refused createAfspraak leaves the onderdeel’s afspraken and numbering as they were', async () => {
      const fx2 = await createFixture(t, 'Halfweg');
      await createAfspraak(
        t,
        afspraakInput(fx2, themas.get('Eenzaamheid')!.id, { titel: 'Eenzaamheid' }),
      );
      await createAfspraak(t, afspraakInput(fx2, thema(W), { titel: 'Nultreden' }));
      const voor = await afsprakenVan(t, fx2.hoofdId);
      expect(nummering(voor)).toEqual(['1.1 Nultreden', '2.1 Eenzaamheid']);

      // Valid in everything but one betrokkene; the new afspraak would have become 1.1.
      const input = afspraakInput(fx2, themas.get('Doorstroming')!.id, {
        titel: 'Half',
        betrokkenen: [
          { partijId: fx2.corpA, bijdrage: 'Bouwt', kostenaandeel: 50 },
          { partijId: fx2.buitenstaander, bijdrage: 'Betaalt', kostenaandeel: 50 },
        ],
        jaren: [{ jaar: 2026 }, { jaar: 2027 }],
      });
      expectFout(
        await t.gql(CREATE_AFSPRAAK, { input }),
        'GEEN_DEELNEMER',
        'input.betrokkenen.1.partijId',
      );
      expect(await afsprakenVan(t, fx2.hoofdId)).toEqual(voor);
      const list = await t.gqlOk(
        `query($id: ID!) { overeenkomst(id: $id) { afspraken { titel } } }`,
        { id: fx2.overeenkomstId },
      );
      expect(list.overeenkomst.afspraken.map((a: { titel: string }) => a.titel)).toEqual([
        'Nultreden',
        'Eenzaamheid',
      ]);
    });

    it('a refused createOvereenkomst leaves no overeenkomst behind', async () => {
      const TOTAL = `{ overeenkomsten { total } }`;
      const voor = (await t.gqlOk(TOTAL)).overeenkomsten.total;
      const gemeente = await createPartij(t, 'Gemeente Halfweg', 'GEMEENTE');
      const onbekend = randomUUID();
      const error = expectFout(
        await t.gql(CREATE_OVEREENKOMST, {
          input: {
            titel: 'Half geschreven',
            startjaar: 2026,
            eindjaar: 2029,
            gemeenteIds: [gemeente],
            deelnemers: [
              { partijId: fx.corpA, rol: 'ONDERTEKENAAR' },
              { partijId: onbekend, rol: 'ONDERTEKENAAR' },
            ],
          },
        }),
        'NOT_FOUND',
        'input.deelnemers',
      );
      expect(error.message).toContain(onbekend);
      expect((await t.gqlOk(TOTAL)).overeenkomsten.total).toBe(voor);
      // The gemeente takes part in nothing, so it can still be removed.
      expect(
        (await t.gqlOk(DELETE('deletePartij'), { input: { id: gemeente } })).deletePartij,
      ).toBe(gemeente);
    });

    it('a refused updateAfspraak leaves the afspraak as it was, also the fields that were valid', async () => {
      const a = await createAfspraak(t, afspraakInput(fx, thema(W), { titel: 'Ongewijzigd' }));
      const AFSPRAAK = `query($id: ID!) {
        afspraak(id: $id) {
          nummer titel type tekst trekker { id }
          betrokkenen { partij { id } kostenaandeel }
          jaarschijven { jaarschijf { jaar } }
          details { __typename ... on IntentieDetails { voorwaarde gevolg } }
        }
      }`;
      const voor = (await t.gqlOk(AFSPRAAK, { id: a.id })).afspraak;

      expectFout(
        await t.gql(UPDATE_AFSPRAAK, {
          input: {
            id: a.id,
            titel: 'Gewijzigd',
            tekst: 'Nieuwe tekst',
            trekkerId: fx.corpA,
            type: 'GARANTIE',
            details: { garantie: { garantstellerIds: [], wat: 'Niets' } },
          },
        }),
        'GARANTSTELLER_ONTBREEKT',
      );
      expect((await t.gqlOk(AFSPRAAK, { id: a.id })).afspraak).toEqual(voor);

      // Fine details, but a betrokkene that does not take part.
      expectFout(
        await t.gql(UPDATE_AFSPRAAK, {
          input: {
            id: a.id,
            titel: 'Gewijzigd',
            type: 'BESCHRIJVEND',
            details: { beschrijvend: { soort: 'DEFINITIE', omschrijving: 'Nultredenwoning' } },
            betrokkenen: [{ partijId: fx.buitenstaander, bijdrage: 'Niets' }],
          },
        }),
        'GEEN_DEELNEMER',
        'input.betrokkenen.0.partijId',
      );
      expect((await t.gqlOk(AFSPRAAK, { id: a.id })).afspraak).toEqual(voor);
    });

    it('a refused updateOvereenkomst keeps the titel it came with', async () => {
      const fx2 = await createFixture(t, 'Titel');
      expectFout(
        await t.gql(UPDATE_OVEREENKOMST, {
          input: { id: fx2.overeenkomstId, titel: 'Nieuwe titel', startjaar: 2030 },
        }),
        'PERIODE_ONGELDIG',
      );
      const o = await t.gqlOk(
        `query($id: ID!) { overeenkomst(id: $id) { titel startjaar eindjaar } }`,
        { id: fx2.overeenkomstId },
      );
      expect(o.overeenkomst).toEqual({
        titel: `Prestatieafspraken ${fx2.tag} 2026–2029`,
        startjaar: 2026,
        eindjaar: 2029,
      });
    });
  });

  it('refused input is answered, not logged as a server error', async () => {
    logError.mockClear();
    expectFout(await create({ trekkerId: fx.provincie }), 'GEEN_DEELNEMER');
    expectFout(await create({ titel: '' }), 'VALIDATIE_FOUT');
    expectFout(
      await t.gql(`query($id: ID!) { afspraak(id: $id) { id } }`, { id: randomUUID() }),
      'NOT_FOUND',
    );
    // Only the unexpected deserves the error log (see the next test); a user's mistake is no incident.
    const logged = logError.mock.calls.map(
      (c, i) =>
        `${(logError.mock.contexts[i] as { context?: string })?.context}: ${String(c[0]).split('\n')[0]}`,
    );
    expect(logged).toEqual([]);
  });

  it('an unexpected server error reaches the client without internals, and is logged in full on the server', async () => {
    // PostgreSQL cannot store a NUL character in text; nothing in the API checks for it beforehand.
    logError.mockClear();
    const result = await t.gql(
      `mutation($input: CreatePartijInput!) { createPartij(input: $input) { id } }`,
      {
        input: { naam: 'Gemeente\u0000Nul', soort: 'GEMEENTE' },
      },
    );
    const error = theError(result);
    expect(['INTERNAL_SERVER_ERROR', 'VALIDATIE_FOUT']).toContain(error.extensions?.code);
    expect(error.message).not.toMatch(INTERNALS);
    expect(Object.keys(error.extensions ?? {}).sort()).toEqual(
      error.extensions?.code === 'INTERNAL_SERVER_ERROR'
        ? ['code']
        : expect.arrayContaining(['code', 'veld']),
    );
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      expect(error.message).toBe(
        'Er ging iets mis aan de kant van de server; probeer het later opnieuw',
      );
      const logged = logError.mock.calls.map((c) => String(c[0])).join('\n');
      expect(logged).toMatch(/insert into .*partij/i);
    }
    // The server is fine afterwards.
    expect(
      (await t.gqlOk(`query($id: ID!) { partij(id: $id) { id } }`, { id: fx.gemeente })).partij.id,
    ).toBe(fx.gemeente);
  });
});
