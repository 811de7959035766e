import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDocument } from '@urql/core';
import {
  type ASTNode,
  type FragmentDefinitionNode,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationTypeNode,
  parse,
  print,
  typeFromAST,
  visit,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MikroORM } from '@mikro-orm/core';
import { AuthService } from '../src/auth/auth.service';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

/*
 * What a hostile client tries at the API's edge: control characters in any text, queries that
 * repeat an expensive field under many aliases, requests that name no operation, tokens without
 * an expiry. Each is refused before anything is written, with a fitting HTTP status.
 */

const GEMEENTE = 'gemeente@demo.driehoek.nl';
const UPDATE_AFSPRAAK = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id tekst voorwaarden } }`;
const UPDATE_OVEREENKOMST = `mutation($input: UpdateOvereenkomstInput!) { updateOvereenkomst(input: $input) { id preambule } }`;
const ME = `{ me { id } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken vernieuwToken } }`;
const VERNIEUW = `mutation($input: VernieuwInput!) { vernieuwToken(input: $input) { accessToken vernieuwToken } }`;
const EXPORT_TICKET = `mutation($input: ExportTicketInput!) { exportTicket(input: $input) { url verlooptOp } }`;

interface Paar {
  accessToken: string;
  vernieuwToken: string;
}

describe('beveiliging aan de rand van de API', () => {
  let t: TestApp;
  let G: string;
  let demoId: string;
  let afspraakId: string;

  /** A POST to /graphql with its HTTP status. */
  const post = async (
    token: string | null,
    body: Record<string, unknown>,
  ): Promise<{ status: number; json: GraphQLResponse }> => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as GraphQLResponse };
  };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.app.get(MikroORM).em.getConnection().execute<T[]>(query, params, 'all');
  /** What a refused mutation must leave untouched: the rows, the co-editor's log, the audit. */
  const sporen = async () => ({
    afspraak: await sql('select * from afspraak where id = ?', [afspraakId]),
    overeenkomst: await sql('select * from overeenkomst where id = ?', [demoId]),
    updates: (await sql<{ n: string }>('select count(*) as n from collab_update'))[0]!.n,
    audit: (await sql<{ n: string }>('select count(*) as n from audit_regel'))[0]!.n,
  });

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    G = await t.login(GEMEENTE, DEMO_WACHTWOORD);
    t.actAs(G);
    const { overeenkomsten } = await t.gqlOk(
      `{ overeenkomsten { items { id afspraken { id } } } }`,
    );
    demoId = overeenkomsten.items[0].id;
    afspraakId = overeenkomsten.items[0].afspraken[0].id;
  });
  afterAll(() => t?.close());

  describe('tekst zonder stuurtekens', () => {
    it.each([
      ['tekst', { tekst: 'a\u0000b' }, 'input.tekst', 'U+0000'],
      ['voorwaarden', { voorwaarden: ['goed', 'mits\u0000'] }, 'input.voorwaarden.1', 'U+0000'],
      ['titel', { titel: 'Titel\u001b[31m' }, 'input.titel', 'U+001B'],
      ['tekst with a carriage return', { tekst: 'regel\r\nregel' }, 'input.tekst', 'U+000D'],
      [
        'a nested input',
        {
          betrokkenen: [{ partijId: '00000000-0000-4000-8000-000000000000', bijdrage: 'x\u0007' }],
        },
        'input.betrokkenen.0.bijdrage',
        'U+0007',
      ],
    ])(
      'updateAfspraak with a control character in %s: VALIDATIE_FOUT naming the field, nothing written',
      async (_naam, velden, veld, code) => {
        const voor = await sporen();
        const { status, json } = await post(G, {
          query: UPDATE_AFSPRAAK,
          variables: { input: { id: afspraakId, ...velden } },
        });
        const fout = theError(json);
        expect(fout.extensions?.code).toBe('VALIDATIE_FOUT');
        expect(fout.extensions?.veld).toBe(veld);
        expect(fout.message).toBe(
          `Ongeldige invoer: ${veld} bevat een stuurteken (${code}); alleen tab en regeleinde zijn toegestaan`,
        );
        expect(status).toBe(400);
        expect(await sporen()).toEqual(voor);
      },
    );

    it('updateOvereenkomst with NUL in the preambule written in the query itself: VALIDATIE_FOUT, nothing written', async () => {
      const voor = await sporen();
      const fout = theError(
        await t.gql(
          `mutation { updateOvereenkomst(input: { id: "${demoId}", preambule: "a\\u0000b" }) { id } }`,
        ),
      );
      expect(fout.extensions?.code).toBe('VALIDATIE_FOUT');
      expect(fout.extensions?.veld).toBe('input.preambule');
      expect(await sporen()).toEqual(voor);
      const variabel = theError(
        await t.gql(UPDATE_OVEREENKOMST, { input: { id: demoId, preambule: 'x\u0000' } }),
      );
      expect(variabel.extensions?.veld).toBe('input.preambule');
      expect(await sporen()).toEqual(voor);
    });

    it('every faulty field is listed; tab and newline pass', async () => {
      const fout = theError(
        await t.gql(UPDATE_AFSPRAAK, {
          input: { id: afspraakId, titel: 'a\u0001', voorwaarden: ['b\u0002', 'c\u0003'] },
        }),
      );
      expect((fout.extensions?.velden as { veld: string }[]).map((v) => v.veld)).toEqual([
        'input.titel',
        'input.voorwaarden.0',
        'input.voorwaarden.1',
      ]);
      const { updateAfspraak } = await t.gqlOk(UPDATE_AFSPRAAK, {
        input: { id: afspraakId, voorwaarden: ['mits\thaalbaar', 'en\nbetaalbaar'] },
      });
      expect(updateAfspraak.voorwaarden).toEqual(['mits\thaalbaar', 'en\nbetaalbaar']);
    });
  });

  describe('grenzen aan een aanvraag', () => {
    const aliassen = (veld: string, aantal: number) =>
      `{ ${Array.from({ length: aantal }, (_, i) => `a${i}: ${veld}`).join(' ')} }`;

    it.each([
      ['overeenkomsten { total }', 1000],
      ['me { id }', 1000],
      ['overeenkomsten { total }', 100],
      ['me { id }', 20],
    ])(
      '%s under %d aliases is refused with TE_ZWARE_AANVRAAG (HTTP 400) before anything runs',
      async (veld, aantal) => {
        const query = aliassen(veld, aantal);
        t.queries.length = 0;
        const start = performance.now();
        const { status, json } = await post(G, { query });
        const ms = performance.now() - start;
        console.log(`${veld} ×${aantal} geweigerd in ${ms.toFixed(1)} ms`);
        const fout = theError(json);
        expect(fout.extensions?.code).toBe('TE_ZWARE_AANVRAAG');
        expect(fout.message).toMatch(
          aantal === 1000
            ? /^De aanvraag is te lang \(meer dan 2000 namen, haakjes en waarden\)/
            : /^De aanvraag is te zwaar \(geschatte kosten \d+, maximum 200000\)/,
        );
        expect(fout.extensions).toEqual({ code: 'TE_ZWARE_AANVRAAG' });
        expect(status).toBe(400);
        // Refused before execution: not even the session was looked up.
        expect(t.queries).toEqual([]);
      },
    );

    it('every query of the web client, as urql sends it (with __typename everywhere), stays within the limits', async () => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const bron = readFileSync(join(__dirname, '..', 'client', 'src', 'gql', 'gql.ts'), 'utf8');
      const documenten = [...bron.matchAll(/^ {2}('(?:[^'\\]|\\.)*'): typeof/gm)].map(
        (m) =>
          JSON.parse(`"${m[1]!.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string,
      );
      const voorbeeld = (type: GraphQLInputType): unknown => {
        const kaal = getNullableType(type);
        if (isListType(kaal)) return [];
        if (isEnumType(kaal)) return kaal.getValues()[0]!.value;
        if (isInputObjectType(kaal))
          return Object.fromEntries(
            Object.values(kaal.getFields())
              .filter((f) => isNonNullType(f.type))
              .map((f) => [f.name, voorbeeld(f.type)]),
          );
        const waarden: Record<string, unknown> = { Int: 2026, Float: 1, Boolean: true, JSON: {} };
        return kaal.name in waarden ? waarden[kaal.name] : demoId;
      };
      // urql sends an operation together with the fragments it uses, wherever they are written.
      const definities = documenten.flatMap((tekst) => parse(tekst).definitions);
      const fragmentNaam = new Map(
        definities
          .filter((x): x is FragmentDefinitionNode => x.kind === Kind.FRAGMENT_DEFINITION)
          .map((f) => [f.name.value, f]),
      );
      const gebruikteFragmenten = (knoop: ASTNode): FragmentDefinitionNode[] => {
        const namen = new Set<string>();
        const bezoek = (k: ASTNode) =>
          visit(k, {
            FragmentSpread: (spread) => {
              if (namen.has(spread.name.value)) return;
              namen.add(spread.name.value);
              bezoek(fragmentNaam.get(spread.name.value)!);
            },
          });
        bezoek(knoop);
        return [...namen].map((n) => fragmentNaam.get(n)!);
      };
      const queries = definities
        .filter(
          (o): o is OperationDefinitionNode =>
            o.kind === Kind.OPERATION_DEFINITION && o.operation === OperationTypeNode.QUERY,
        )
        .map((operatie) => ({ operatie, fragmenten: gebruikteFragmenten(operatie) }));
      expect(queries.length).toBeGreaterThan(20);
      for (const { operatie, fragmenten } of queries) {
        const variables = Object.fromEntries(
          (operatie.variableDefinitions ?? []).map((v) => [
            v.variable.name.value,
            voorbeeld(typeFromAST(schema, v.type) as GraphQLInputType),
          ]),
        );
        const document = formatDocument({
          kind: Kind.DOCUMENT,
          definitions: [operatie, ...fragmenten],
        });
        const { status, json } = await post(G, { query: print(document), variables });
        expect({ query: operatie.name?.value, status, fouten: json.errors ?? [] }).toEqual({
          query: operatie.name?.value,
          status: 200,
          fouten: (json.errors ?? []).filter((e) => e.extensions?.code !== 'TE_ZWARE_AANVRAAG'),
        });
      }
    });

    it('19 aliases of a root field pass', async () => {
      const { json } = await post(G, { query: aliassen('me { id }', 19) });
      expect(json.errors).toBeUndefined();
    });

    it('a query nested too deeply answers HTTP 400 with TE_ZWARE_AANVRAAG', async () => {
      const diep = `query($id: ID!) { overeenkomst(id: $id) { onderdelen { afspraken { overeenkomst {
        onderdelen { afspraken { overeenkomst { onderdelen { afspraken { overeenkomst { id } } } } } } } } } } }`;
      const { status, json } = await post(G, { query: diep, variables: { id: demoId } });
      expect(theError(json).extensions?.code).toBe('TE_ZWARE_AANVRAAG');
      expect(status).toBe(400);
    });

    it('an unknown operationName, or none for a document with two operations: BAD_REQUEST (HTTP 400)', async () => {
      const onbekend = await post(G, { query: `query Ik { me { id } }`, operationName: 'Jij' });
      expect(onbekend.status).toBe(400);
      expect(theError(onbekend.json).extensions?.code).toBe('BAD_REQUEST');
      expect(theError(onbekend.json).message).toBe(
        'Ongeldige aanvraag: de aanvraag heeft geen operatie met de naam "Jij"',
      );
      const twee = await post(G, { query: `query A { me { id } } query B { me { naam } }` });
      expect(twee.status).toBe(400);
      expect(theError(twee.json).extensions?.code).toBe('BAD_REQUEST');
      const gekozen = await post(G, {
        query: `query A { me { id } } query B { me { naam } }`,
        operationName: 'B',
      });
      expect(gekozen.status).toBe(200);
      expect(gekozen.json.data).toEqual({ me: { naam: expect.any(String) } });
    });
  });

  describe('toegangstokens', () => {
    /** An HS256 JWT with the app's own key: correctly signed, with whatever claims are given. */
    const onderteken = async (claims: Record<string, unknown>) => {
      const sleutel = await t.app.get(AuthService).signingSecret();
      const deel = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const inhoud = `${deel({ alg: 'HS256', typ: 'JWT' })}.${deel(claims)}`;
      const handtekening = createHmac('sha256', sleutel).update(inhoud).digest('base64url');
      return `${inhoud}.${handtekening}`;
    };

    it('a correctly signed token without exp is refused (UNAUTHENTICATED); with exp it works', async () => {
      const [, inhoud] = G.split('.');
      const { sub, sid, exp } = JSON.parse(Buffer.from(inhoud!, 'base64url').toString()) as {
        sub: string;
        sid: string;
        exp: number;
      };
      const metExp = await post(await onderteken({ sub, sid, exp }), { query: ME });
      expect(metExp.json.errors).toBeUndefined();
      const zonder = await post(await onderteken({ sub, sid }), { query: ME });
      expect(theError(zonder.json).extensions?.code).toBe('UNAUTHENTICATED');
      const tekst = await post(await onderteken({ sub, sid, exp: `${exp}` }), { query: ME });
      expect(theError(tekst.json).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('sessies', () => {
    const inloggen = async (email = 'corporatie@demo.driehoek.nl'): Promise<Paar> => {
      const { json } = await post(null, {
        query: LOGIN,
        variables: { input: { email, wachtwoord: DEMO_WACHTWOORD } },
      });
      return (json.data as { login: Paar }).login;
    };
    const vernieuw = async (vernieuwToken: string) =>
      (await post(null, { query: VERNIEUW, variables: { input: { vernieuwToken } } })).json;
    const werkt = async (accessToken: string) =>
      (await post(accessToken, { query: ME })).json.errors === undefined;

    it('a renewal token sent 5 times at once is exchanged exactly once; the others count as reuse and end the session', async () => {
      const sessie = await inloggen();
      const antwoorden = await Promise.all(
        Array.from({ length: 5 }, () => vernieuw(sessie.vernieuwToken)),
      );
      const gelukt = antwoorden.filter((a) => !a.errors);
      expect(gelukt).toHaveLength(1);
      for (const a of antwoorden.filter((a) => a.errors))
        expect(theError(a).extensions?.code).toBe('UNAUTHENTICATED');
      // Which of the five was the rightful client cannot be told: the session ends for all.
      const nieuw = (gelukt[0]!.data as { vernieuwToken: Paar }).vernieuwToken;
      expect(await werkt(nieuw.accessToken)).toBe(false);
      expect(await werkt(sessie.accessToken)).toBe(false);
      expect(theError(await vernieuw(nieuw.vernieuwToken)).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('reusing a renewal token that was exchanged ends the whole session: every token issued from it stops working, other sessions go on', async () => {
      const andere = await inloggen();
      const eerste = await inloggen();
      const tweede = (await vernieuw(eerste.vernieuwToken)).data!.vernieuwToken as Paar;
      const derde = (await vernieuw(tweede.vernieuwToken)).data!.vernieuwToken as Paar;
      expect(await werkt(derde.accessToken)).toBe(true);

      const hergebruik = theError(await vernieuw(eerste.vernieuwToken));
      expect(hergebruik.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await werkt(derde.accessToken)).toBe(false);
      expect(await werkt(tweede.accessToken)).toBe(false);
      expect(theError(await vernieuw(derde.vernieuwToken)).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await werkt(andere.accessToken)).toBe(true);
      expect((await vernieuw(andere.vernieuwToken)).errors).toBeUndefined();
    });

    it('login attempts older than a day are pruned at the next login; recent ones stay for the lockout', async () => {
      const email = 'oud@test.driehoek.nl';
      const uur = 3_600_000;
      for (const [adres, geleden] of [
        ['oud-1', 25 * uur],
        ['oud-2', 30 * 24 * uur],
        ['recent', uur],
      ] as const) {
        await sql(
          `insert into login_poging (id, created_at, updated_at, email, adres, gelukt, tijd)
           values (gen_random_uuid(), now(), now(), ?, ?, false, ?)`,
          [email, adres, new Date(Date.now() - geleden)],
        );
      }
      await inloggen();
      const over = await sql<{ adres: string }>(
        'select adres from login_poging where email = ? order by adres',
        [email],
      );
      expect(over.map((r) => r.adres)).toEqual(['recent']);
    });
  });

  describe('downloadlinks', () => {
    let pad: string;
    const ticket = async (voor: string, token = G) => {
      const { json } = await post(token, {
        query: EXPORT_TICKET,
        variables: { input: { pad: voor } },
      });
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return (json.data as { exportTicket: { url: string; verlooptOp: string } }).exportTicket;
    };
    const haal = (url: string, headers: Record<string, string> = {}) =>
      fetch(`${t.baseUrl}${url}`, { headers });

    beforeAll(() => {
      pad = `/export/overeenkomsten/${demoId}.docx`;
    });

    it('an export link carries a one-time ticket, not the access token, valid for about a minute', async () => {
      const voor = Date.now();
      const { url, verlooptOp } = await ticket(pad);
      expect(url).toMatch(new RegExp(`^${pad}\\?ticket=[\\w-]{40,}$`));
      expect(url).not.toContain(G);
      expect(new Date(verlooptOp).getTime()).toBeGreaterThan(voor + 50_000);
      expect(new Date(verlooptOp).getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
      const eerste = await haal(url);
      expect(eerste.status).toBe(200);
      expect(eerste.headers.get('content-type')).toContain('wordprocessingml');
      await eerste.arrayBuffer();
      const tweede = await haal(url);
      expect(tweede.status).toBe(401);
      expect(((await tweede.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    });

    it('the access token in the query string no longer opens an export', async () => {
      const res = await haal(`${pad}?token=${G}`);
      expect(res.status).toBe(401);
    });

    it('a ticket opens only the URL it was issued for, keeps its query, and is used up by a wrong try', async () => {
      const { url } = await ticket(`${pad}?versie=ondertekend`);
      expect(url).toMatch(/\?versie=ondertekend&ticket=/);
      const ticketWaarde = new URL(url, t.baseUrl).searchParams.get('ticket');
      const anders = await haal(`/export/onderdelen/${demoId}.docx?ticket=${ticketWaarde}`);
      expect(anders.status).toBe(401);
      expect((await haal(url)).status).toBe(401);
      const fout = await post(G, {
        query: EXPORT_TICKET,
        variables: { input: { pad: 'https://elders.example/export/x.docx' } },
      });
      expect(theError(fout.json).extensions?.veld).toBe('input.pad');
    });

    it('of 5 simultaneous downloads with one ticket exactly one gets the file', async () => {
      const { url } = await ticket(pad);
      const statussen = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const res = await haal(url);
          await res.arrayBuffer();
          return res.status;
        }),
      );
      expect(statussen.sort()).toEqual([200, 401, 401, 401, 401]);
    });

    it('an expired ticket, or one of a session that ended, opens nothing', async () => {
      const verlopen = await ticket(pad);
      await sql(`update export_ticket set verloopt_op = now() - interval '1 second'`);
      expect((await haal(verlopen.url)).status).toBe(401);

      const sessie = await t.login(GEMEENTE, DEMO_WACHTWOORD);
      const { url } = await ticket(pad, sessie);
      await post(sessie, { query: `mutation { logout }` });
      expect((await haal(url)).status).toBe(401);
    });
  });

  describe('beveiligingskoppen', () => {
    it.each([
      ['GET', '/health'],
      ['POST', '/graphql'],
      ['GET', '/export/overeenkomsten/niet-een-id.docx'],
    ])(
      '%s %s carries the standard security headers, a CSP and Referrer-Policy: no-referrer',
      async (method, pad) => {
        const res = await fetch(`${t.baseUrl}${pad}`, {
          method,
          headers: { 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: JSON.stringify({ query: '{ __typename }' }) } : {}),
        });
        await res.arrayBuffer();
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(res.headers.get('x-powered-by')).toBeNull();
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).not.toContain('unsafe-eval');
        expect(csp).not.toContain('upgrade-insecure-requests');
      },
    );
  });
});
