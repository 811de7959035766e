import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { MikroORM } from '@mikro-orm/core';
import { Logger } from '@nestjs/common';
import { AuthService } from '../src/auth/auth.service';
import { Gebruiker } from '../src/auth/gebruiker.entity';
import { hashWachtwoord } from '../src/auth/wachtwoord';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { FULL_OVEREENKOMST } from './support/queries';
import {
  startTestApp,
  TESTER,
  TEST_WACHTWOORD,
  type GraphQLResponse,
  type TestApp,
} from './support/test-app';

/*
 * Accounts as a person meets them: logging in, renewing and ending a session, being locked out,
 * being invited and removed; and the limits that keep one query from loading the database flat.
 */

const DEMO_TITEL = 'Prestatieafspraken Vlietdam 2026–2029';
const GEMEENTE = 'gemeente@demo.driehoek.nl';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken vernieuwToken verlooptOp } }`;
const VERNIEUW = `mutation($input: VernieuwInput!) { vernieuwToken(input: $input) { accessToken vernieuwToken verlooptOp } }`;
const ACCEPTEER = `mutation($input: AccepteerUitnodigingInput!) { accepteerUitnodiging(input: $input) { accessToken vernieuwToken verlooptOp } }`;
const ME = `{ me { id email naam lidmaatschappen { partij { id naam soort } rollen } } }`;
const LEDEN = `query($id: ID!) { leden(partijId: $id) { id naam email rollen partij { naam } } }`;
const NODIG_LID_UIT = `mutation($input: NodigLidUitInput!) { nodigLidUit(input: $input) { token link uitnodiging { id soort email rollen verlooptOp partij { id naam } } } }`;
const NODIG_PARTIJ_UIT = `mutation($input: NodigPartijUitInput!) { nodigPartijUit(input: $input) { token link uitnodiging { id soort email rollen deelnemerRol verlooptOp partij { id naam soort } } } }`;
const UITNODIGINGEN = `query($id: ID!) { uitnodigingen(overeenkomstId: $id) { id email } }`;
const OVEREENKOMST = `query($id: ID!) { overeenkomst(id: $id) { id titel deelnemers { rol partij { id naam } } } }`;
const VERWIJDER_LID = `mutation($input: IdInput!) { verwijderLid(input: $input) }`;
const WIJZIG_LID = `mutation($input: WijzigLidInput!) { wijzigLid(input: $input) { id rollen } }`;

const sha256 = (tekst: string) => createHash('sha256').update(tekst).digest('hex');
const slaap = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for the start of the next wall-clock second: JWT expiry counts whole seconds. */
const naBeginVanSeconde = () => slaap(1000 - (Date.now() % 1000) + 10);
/** Waits until `gebeurd` says the awaited moment came (e.g. a token expired), at most `ms`. */
async function wachtTot(gebeurd: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const uiterlijk = Date.now() + ms;
  while (!(await gebeurd())) {
    if (Date.now() > uiterlijk) throw new Error(`Niet gebeurd binnen ${ms} ms`);
    await slaap(50);
  }
}

const LOG_METHODES = ['log', 'warn', 'error', 'debug', 'verbose', 'fatal'] as const;
const CONSOLE_METHODES = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

describe('accounts, sessies en uitnodigingen', () => {
  let t: TestApp;
  let G: string;
  let demoId: string;
  let vlietdamId: string;
  let oostwaardId: string;
  /** Every answer the API gave in this file, and every password sent to it. */
  const antwoorden: string[] = [];
  const wachtwoorden = new Set<string>([DEMO_WACHTWOORD]);
  const spies: jest.SpyInstance[] = [];

  const vraag = async <T = Record<string, any>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> => {
    const result = await t.gqlAs<T>(token, query, variables);
    antwoorden.push(JSON.stringify(result));
    return result;
  };
  const goed = async <T = any>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> => {
    const result = await vraag<T>(token, query, variables);
    if (result.errors?.length) throw new Error(`GraphQL-fout: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const login = (email: string, wachtwoord: string) => {
    wachtwoorden.add(wachtwoord);
    return vraag(null, LOGIN, { input: { email, wachtwoord } });
  };
  const inloggen = async (email: string, wachtwoord = DEMO_WACHTWOORD): Promise<string> => {
    const result = await login(email, wachtwoord);
    if (result.errors?.length)
      throw new Error(`Inloggen mislukt: ${JSON.stringify(result.errors)}`);
    return result.data!.login.accessToken;
  };
  const accepteer = (input: { token: string; naam?: string; wachtwoord?: string }) => {
    if (input.wachtwoord) wachtwoorden.add(input.wachtwoord);
    return vraag(null, ACCEPTEER, { input });
  };
  const sql = <T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.app
      .get(MikroORM)
      .em.getConnection()
      .execute<T[]>(query.replaceAll('$schema', `"${t.schema}"`), params, 'all');
  const logregels = (): string[] =>
    spies.flatMap((spy) =>
      spy.mock.calls.map((args: unknown[]) =>
        args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 5 }))).join(' '),
      ),
    );

  /** Nothing the API answered or logged so far holds a password or a password hash. */
  async function geenGeheimenUitgelekt(): Promise<void> {
    const hashes = (
      await sql<{ wachtwoord_hash: string }>('select wachtwoord_hash from $schema.gebruiker')
    ).map((r) => r.wachtwoord_hash);
    expect(hashes.length).toBeGreaterThan(10);
    const geheimen = [...wachtwoorden, ...hashes, '$argon2'];
    const regels = logregels();
    const lekken = [
      ...antwoorden.flatMap((a) =>
        geheimen.filter((g) => a.includes(g)).map((g) => `antwoord: ${g}`),
      ),
      ...regels.flatMap((r) => geheimen.filter((g) => r.includes(g)).map((g) => `log: ${g}`)),
    ];
    expect(lekken).toEqual([]);
  }

  beforeAll(async () => {
    for (const m of LOG_METHODES) {
      spies.push(jest.spyOn(Logger.prototype, m), jest.spyOn(Logger, m));
    }
    for (const m of CONSOLE_METHODES) spies.push(jest.spyOn(console, m));
    t = await startTestApp({ seedDemo: true });
    G = await inloggen(GEMEENTE);
    const { overeenkomsten } = await goed(G, `{ overeenkomsten { items { id titel } } }`);
    demoId = overeenkomsten.items.find((o: any) => o.titel === DEMO_TITEL).id;
    const { partijen } = await goed(G, `{ partijen(take: 100) { items { id naam } } }`);
    vlietdamId = partijen.items.find((p: any) => p.naam === 'Gemeente Vlietdam').id;
    oostwaardId = partijen.items.find((p: any) => p.naam === 'Gemeente Oostwaard').id;
  });
  afterAll(async () => {
    await t?.close();
    for (const spy of spies) spy.mockRestore();
  });

  describe('inloggen', () => {
    it('login returns a short-lived access token, a renewal token and when the access token expires', async () => {
      const voor = Date.now();
      const result = await login('corporatie@demo.driehoek.nl', DEMO_WACHTWOORD);
      expect(result.errors).toBeUndefined();
      const tokens = result.data!.login;
      expect(tokens.accessToken.split('.')).toHaveLength(3);
      expect(tokens.vernieuwToken).toMatch(/^[\w-]{40,}$/);
      const verloopt = new Date(tokens.verlooptOp).getTime();
      expect(verloopt).toBeGreaterThan(voor + 14 * 60_000);
      expect(verloopt).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
      const { me } = await goed(tokens.accessToken, ME);
      expect(me.email).toBe('corporatie@demo.driehoek.nl');
    });

    it('a wrong password and an unknown email get the same Dutch UNAUTHENTICATED answer', async () => {
      const fout = theError(await login('huurders2@demo.driehoek.nl', 'verkeerd-wachtwoord'));
      const onbekend = theError(await login('niemand@demo.driehoek.nl', 'verkeerd-wachtwoord'));
      expect(fout.extensions?.code).toBe('UNAUTHENTICATED');
      expect(fout.message).toBe('E-mailadres of wachtwoord onjuist');
      expect(onbekend).toEqual(fout);
      // Email addresses are not case-sensitive.
      expect(await inloggen('Huurders2@Demo.Driehoek.NL')).toBeTruthy();
    });

    it('me shows the person and their memberships with roles; the types expose no password field', async () => {
      const { me } = await goed(G, ME);
      expect(me).toMatchObject({ email: GEMEENTE, naam: 'Sanne de Vries' });
      expect(me.lidmaatschappen).toEqual([
        {
          partij: { id: vlietdamId, naam: 'Gemeente Vlietdam', soort: 'GEMEENTE' },
          rollen: expect.arrayContaining(['ONDERTEKENAAR', 'BEHEERDER']),
        },
      ]);
      expect(me.lidmaatschappen[0].rollen).toHaveLength(2);
      const provincie = (await goed(await inloggen('provincie@demo.driehoek.nl'), ME)).me;
      expect(provincie.lidmaatschappen).toEqual([
        {
          partij: expect.objectContaining({ naam: 'Provincie Zuid-Holland', soort: 'PROVINCIE' }),
          rollen: expect.arrayContaining(['LEZER', 'BEHEERDER']),
        },
      ]);
      for (const type of ['Ik', 'Lid', 'Tokens', 'Uitnodiging', 'NieuweUitnodiging']) {
        const { __type } = await goed(
          G,
          `query($n: String!) { __type(name: $n) { fields { name } } }`,
          {
            n: type,
          },
        );
        expect(
          __type.fields.map((f: any) => f.name).filter((n: string) => /wachtwoord|hash/i.test(n)),
        ).toEqual([]);
      }
    });

    it('no answer (login, me, leden) and no log line holds a password or an argon2 hash', async () => {
      await inloggen('welzijn@demo.driehoek.nl');
      await login('welzijn@demo.driehoek.nl', 'geheim-maar-fout-123');
      await login('onbekend@demo.driehoek.nl', 'nog-een-geheim-456');
      await goed(G, ME);
      const leden = await goed(G, LEDEN, { id: vlietdamId });
      expect(leden.leden.map((l: any) => l.email)).toContain(GEMEENTE);
      // The spies do see the log: the failed login is there, without its password.
      expect(
        logregels().some((r) => r.includes('Mislukte login voor welzijn@demo.driehoek.nl')),
      ).toBe(true);
      await geenGeheimenUitgelekt();
    });

    it('a login with a misnamed field (password instead of wachtwoord) is refused without echoing the password', async () => {
      // Not through vraag(): this answer is judged here, so the check over the whole file stays about the rest.
      const geheim = 'engels-geheim-789';
      const result = await t.gqlAs(null, LOGIN, {
        input: { email: 'welzijn@demo.driehoek.nl', password: geheim },
      });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(
        expect.arrayContaining(['BAD_USER_INPUT']),
      );
      expect(result.errors?.some((e) => e.message.includes('"wachtwoord"'))).toBe(true);
      expect(JSON.stringify(result)).not.toContain(geheim);
    });
  });

  describe('sessies', () => {
    it('vernieuwToken gives a new pair and retires the renewal token it was given; presenting it again ends the session', async () => {
      const eerste = (await login('huurders@demo.driehoek.nl', DEMO_WACHTWOORD)).data!.login;
      const tweede = await goed(null, VERNIEUW, { input: { vernieuwToken: eerste.vernieuwToken } });
      const nieuw = tweede.vernieuwToken;
      expect(nieuw.vernieuwToken).not.toBe(eerste.vernieuwToken);
      expect((await goed(nieuw.accessToken, ME)).me.email).toBe('huurders@demo.driehoek.nl');

      const opnieuw = theError(
        await vraag(null, VERNIEUW, { input: { vernieuwToken: eerste.vernieuwToken } }),
      );
      expect(opnieuw.extensions?.code).toBe('UNAUTHENTICATED');
      expect(opnieuw.message).toMatch(/verlopen of ongeldig; log opnieuw in/);
      // Reuse gives away a copied token: the session ends, with the pair issued from it.
      const derde = theError(
        await vraag(null, VERNIEUW, { input: { vernieuwToken: nieuw.vernieuwToken } }),
      );
      expect(derde.extensions?.code).toBe('UNAUTHENTICATED');
      expect(theError(await vraag(nieuw.accessToken, ME)).extensions?.code).toBe('UNAUTHENTICATED');
      const verzonnen = theError(
        await vraag(null, VERNIEUW, { input: { vernieuwToken: 'een-verzonnen-token' } }),
      );
      expect(verzonnen.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('logout ends the session at once: its access and renewal tokens stop working, other sessions go on', async () => {
      const sessie = (await login('corporatie2@demo.driehoek.nl', DEMO_WACHTWOORD)).data!.login;
      const andere = await inloggen('corporatie2@demo.driehoek.nl');
      expect((await goed(sessie.accessToken, ME)).me.email).toBe('corporatie2@demo.driehoek.nl');
      expect(await goed(sessie.accessToken, `mutation { logout }`)).toEqual({ logout: true });

      const na = theError(await vraag(sessie.accessToken, ME));
      expect(na.extensions?.code).toBe('UNAUTHENTICATED');
      expect(na.message).toMatch(/log opnieuw in/);
      const vernieuw = theError(
        await vraag(null, VERNIEUW, { input: { vernieuwToken: sessie.vernieuwToken } }),
      );
      expect(vernieuw.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await goed(andere, ME)).me.email).toBe('corporatie2@demo.driehoek.nl');
    });

    it('a tampered token or none at all is UNAUTHENTICATED, in Dutch', async () => {
      const [kop, inhoud, handtekening] = G.split('.');
      const ander = JSON.parse(Buffer.from(inhoud!, 'base64url').toString());
      ander.sub = '00000000-0000-4000-8000-000000000000';
      const vervalst = `${kop}.${Buffer.from(JSON.stringify(ander)).toString('base64url')}.${handtekening}`;
      for (const token of [vervalst, `${G}x`, 'geen-jwt']) {
        const fout = theError(await vraag(token, ME));
        expect(fout.extensions?.code).toBe('UNAUTHENTICATED');
        expect(fout.message).toMatch(/log opnieuw in/);
      }
      const anoniem = theError(await vraag(null, ME));
      expect(anoniem.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anoniem.message).toMatch(/Log eerst in/);
    });

    it('after 10 wrong passwords the account is locked, even for the right password, with a Dutch message saying when to retry', async () => {
      const email = 'slot@test.driehoek.nl';
      const juist = 'het-juiste-wachtwoord-123';
      wachtwoorden.add(juist);
      const em = t.app.get(MikroORM).em.fork();
      await em.persistAndFlush(new Gebruiker(email, 'Slot Proef', await hashWachtwoord(juist)));

      for (let i = 1; i <= 10; i++) {
        const fout = theError(await login(email, `fout-wachtwoord-${i}`));
        expect(fout.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const geblokkeerd = theError(await login(email, juist));
      expect(geblokkeerd.extensions?.code).toBe('LOGIN_GEBLOKKEERD');
      expect(geblokkeerd.message).toMatch(
        /^Te veel mislukte inlogpogingen voor dit account\. Probeer het over (9|10) minuten opnieuw\.$/,
      );
      // The lock is on the account, from every address ...
      await expect(t.app.get(AuthService).login(email, juist, '10.0.0.99')).rejects.toMatchObject({
        code: 'LOGIN_GEBLOKKEERD',
      });
      // ... and only on that account.
      expect(await inloggen('huurders@demo.driehoek.nl')).toBeTruthy();
    });
  });

  describe('leden', () => {
    it('a beheerder invites a new member, who accepts; removed by the beheerder, the token they hold stops reaching the overeenkomst at once', async () => {
      const email = 'nieuwe.collega@vlietdam.nl';
      const lezer = await inloggen('gemeente-lezer@demo.driehoek.nl');
      const geweigerd = theError(
        await vraag(lezer, NODIG_LID_UIT, {
          input: { partijId: vlietdamId, email, rollen: ['OPSTELLER'] },
        }),
      );
      expect(geweigerd.extensions?.code).toBe('FORBIDDEN');
      expect(geweigerd.message).toMatch(/beheerder/);

      const { nodigLidUit } = await goed(G, NODIG_LID_UIT, {
        input: { partijId: vlietdamId, email, rollen: ['OPSTELLER'] },
      });
      expect(nodigLidUit.link).toBe(`/uitnodiging/${nodigLidUit.token}`);
      expect(nodigLidUit.uitnodiging).toMatchObject({
        soort: 'LIDMAATSCHAP',
        email,
        rollen: ['OPSTELLER'],
        partij: { id: vlietdamId },
      });
      const zonderNaam = theError(
        await accepteer({ token: nodigLidUit.token, wachtwoord: 'vlietdam-collega-2026' }),
      );
      expect(zonderNaam.extensions).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'input.naam' });

      const tokens = await goed(null, ACCEPTEER, {
        input: {
          token: nodigLidUit.token,
          naam: 'Nieuwe Collega',
          wachtwoord: 'vlietdam-collega-2026',
        },
      });
      wachtwoorden.add('vlietdam-collega-2026');
      const C = tokens.accepteerUitnodiging.accessToken;
      const { me } = await goed(C, ME);
      expect(me).toMatchObject({ email, naam: 'Nieuwe Collega' });
      expect(me.lidmaatschappen).toEqual([
        { partij: expect.objectContaining({ id: vlietdamId }), rollen: ['OPSTELLER'] },
      ]);
      expect((await goed(C, OVEREENKOMST, { id: demoId })).overeenkomst.titel).toBe(DEMO_TITEL);
      expect(await inloggen(email, 'vlietdam-collega-2026')).toBeTruthy();

      const { leden } = await goed(G, LEDEN, { id: vlietdamId });
      const lid = leden.find((l: any) => l.email === email);
      expect(lid).toMatchObject({ naam: 'Nieuwe Collega', rollen: ['OPSTELLER'] });
      expect(await goed(G, VERWIJDER_LID, { input: { id: lid.id } })).toEqual({
        verwijderLid: lid.id,
      });

      const weg = theError(await vraag(C, OVEREENKOMST, { id: demoId }));
      expect(weg.extensions?.code).toBe('NOT_FOUND');
      expect((await goed(C, ME)).me.lidmaatschappen).toEqual([]);
      const lijst = await goed(C, `{ overeenkomsten { total } }`);
      expect(lijst.overeenkomsten.total).toBe(0);
    });

    it('the last beheerder of a partij can be neither removed nor stripped of the role', async () => {
      const buiten = await inloggen('buiten@demo.driehoek.nl');
      const { leden } = await goed(buiten, LEDEN, { id: oostwaardId });
      expect(leden).toHaveLength(1);
      const [lid] = leden;
      const verwijder = theError(await vraag(buiten, VERWIJDER_LID, { input: { id: lid.id } }));
      expect(verwijder.extensions?.code).toBe('IN_GEBRUIK');
      expect(verwijder.message).toMatch(/minstens één beheerder/);
      const wijzig = theError(
        await vraag(buiten, WIJZIG_LID, { input: { id: lid.id, rollen: ['ONDERTEKENAAR'] } }),
      );
      expect(wijzig.extensions?.code).toBe('IN_GEBRUIK');
      const nu = await goed(buiten, LEDEN, { id: oostwaardId });
      expect(nu.leden[0].rollen).toEqual(expect.arrayContaining(['BEHEERDER', 'ONDERTEKENAAR']));
    });
  });

  describe('uitnodigingen', () => {
    let nieuwePartijToken: string;

    it('nodigPartijUit for a new partij gives a token and link (only its SHA-256 is stored); accepting creates the account, the partij becomes a deelnemer and the new user sees the overeenkomst', async () => {
      const email = 'beheer@thuiszorgdebrug.nl';
      const voor = Date.now();
      const { nodigPartijUit } = await goed(G, NODIG_PARTIJ_UIT, {
        input: {
          overeenkomstId: demoId,
          nieuwePartij: {
            naam: 'Thuiszorg De Brug',
            soort: 'ZORGAANBIEDER',
            regio: 'Zuid-Holland',
          },
          email,
          rol: 'MEDEONDERTEKENAAR_BIJLAGE',
        },
      });
      const { token, link, uitnodiging } = nodigPartijUit;
      nieuwePartijToken = token;
      expect(token).toMatch(/^[\w-]{40,}$/);
      expect(link).toBe(`/uitnodiging/${token}`);
      expect(uitnodiging).toMatchObject({
        soort: 'DEELNAME',
        email,
        rollen: ['BEHEERDER', 'OPSTELLER'],
        deelnemerRol: 'MEDEONDERTEKENAAR_BIJLAGE',
        partij: { naam: 'Thuiszorg De Brug', soort: 'ZORGAANBIEDER' },
      });
      const geldig = new Date(uitnodiging.verlooptOp).getTime() - voor;
      expect(geldig).toBeGreaterThan(14 * 24 * 3600_000 - 60_000);
      expect(geldig).toBeLessThan(14 * 24 * 3600_000 + 60_000);

      const rijen = await sql('select * from $schema.uitnodiging where id = ?', [uitnodiging.id]);
      expect(rijen).toHaveLength(1);
      expect(rijen[0]!.token_hash).toBe(sha256(token));
      expect(JSON.stringify(rijen)).not.toContain(token);
      // The link goes to the log (no mail server yet) and to the regievoerder's list.
      expect(logregels().some((r) => r.includes(link))).toBe(true);
      const open = await goed(G, UITNODIGINGEN, { id: demoId });
      expect(open.uitnodigingen.map((u: any) => u.id)).toContain(uitnodiging.id);

      const kort = theError(
        await accepteer({ token, naam: 'Noor Bakker', wachtwoord: 'te-kort-123' }),
      );
      expect(kort.extensions?.code).toBe('VALIDATIE_FOUT');
      expect(kort.message).toMatch(/minstens 12 tekens/);
      expect(theError(await login(email, 'te-kort-123')).extensions?.code).toBe('UNAUTHENTICATED');

      const wachtwoord = 'thuiszorg-de-brug-2026';
      const result = await accepteer({ token, naam: 'Noor Bakker', wachtwoord });
      expect(result.errors).toBeUndefined();
      const nieuw = result.data!.accepteerUitnodiging.accessToken;
      const { me } = await goed(nieuw, ME);
      expect(me).toMatchObject({ email, naam: 'Noor Bakker' });
      expect(me.lidmaatschappen).toEqual([
        {
          partij: expect.objectContaining({ naam: 'Thuiszorg De Brug', soort: 'ZORGAANBIEDER' }),
          rollen: ['BEHEERDER', 'OPSTELLER'],
        },
      ]);
      const { overeenkomst } = await goed(nieuw, OVEREENKOMST, { id: demoId });
      expect(overeenkomst.deelnemers).toContainEqual({
        rol: 'MEDEONDERTEKENAAR_BIJLAGE',
        partij: expect.objectContaining({ naam: 'Thuiszorg De Brug' }),
      });
      expect(await inloggen(email, wachtwoord)).toBeTruthy();
      const daarna = await goed(G, UITNODIGINGEN, { id: demoId });
      expect(daarna.uitnodigingen.map((u: any) => u.id)).not.toContain(uitnodiging.id);
    });

    it('an invitation works once: reusing the token is UITNODIGING_ONGELDIG "al gebruikt"', async () => {
      expect(nieuwePartijToken).toBeTruthy();
      const fout = theError(
        await accepteer({
          token: nieuwePartijToken,
          naam: 'Iemand Anders',
          wachtwoord: 'een-ander-wachtwoord-1',
        }),
      );
      expect(fout.extensions?.code).toBe('UITNODIGING_ONGELDIG');
      expect(fout.message).toMatch(/al gebruikt/);
      const verzonnen = theError(
        await accepteer({
          token: 'verzonnen',
          naam: 'Iemand',
          wachtwoord: 'een-ander-wachtwoord-1',
        }),
      );
      expect(verzonnen.extensions?.code).toBe('UITNODIGING_ONGELDIG');
      expect(verzonnen.message).toMatch(/bestaat niet/);
    });

    it('an expired invitation is UITNODIGING_ONGELDIG "verlopen", and creates nothing', async () => {
      const email = 'te-laat@vlietdam.nl';
      const { nodigLidUit } = await goed(G, NODIG_LID_UIT, {
        input: { partijId: vlietdamId, email, rollen: ['LEZER'] },
      });
      await sql(
        `update $schema.uitnodiging set verloopt_op = now() - interval '1 minute' where token_hash = ?`,
        [sha256(nodigLidUit.token)],
      );
      const wachtwoord = 'te-laat-maar-lang-genoeg';
      const fout = theError(
        await accepteer({ token: nodigLidUit.token, naam: 'Te Laat', wachtwoord }),
      );
      expect(fout.extensions?.code).toBe('UITNODIGING_ONGELDIG');
      expect(fout.message).toMatch(/verlopen/);
      expect(await sql('select id from $schema.gebruiker where email = ?', [email])).toEqual([]);
      expect(theError(await login(email, wachtwoord)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('an invitation for an existing partij goes to one of its beheerders, who confirms with the password of the existing account', async () => {
      const buiten = await inloggen('buiten@demo.driehoek.nl');
      expect(theError(await vraag(buiten, OVEREENKOMST, { id: demoId })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      const geenBeheerder = theError(
        await vraag(G, NODIG_PARTIJ_UIT, {
          input: {
            overeenkomstId: demoId,
            partijId: oostwaardId,
            email: GEMEENTE,
            rol: 'WAARNEMER',
          },
        }),
      );
      expect(geenBeheerder.extensions).toMatchObject({
        code: 'VALIDATIE_FOUT',
        veld: 'input.email',
      });
      expect(geenBeheerder.message).toMatch(/geen beheerder van Gemeente Oostwaard/);

      const { nodigPartijUit } = await goed(G, NODIG_PARTIJ_UIT, {
        input: {
          overeenkomstId: demoId,
          partijId: oostwaardId,
          email: 'buiten@demo.driehoek.nl',
          rol: 'WAARNEMER',
        },
      });
      const token = nodigPartijUit.token;
      const zonder = theError(await accepteer({ token }));
      expect(zonder.extensions).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'input.wachtwoord' });
      expect(zonder.message).toMatch(/bevestig met uw wachtwoord/);
      const verkeerd = theError(await accepteer({ token, wachtwoord: 'niet-het-wachtwoord' }));
      expect(verkeerd.extensions?.code).toBe('UNAUTHENTICATED');
      // Nothing changed: the outsider still sees nothing, the invitation is still open.
      expect(theError(await vraag(buiten, OVEREENKOMST, { id: demoId })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await goed(G, UITNODIGINGEN, { id: demoId })).uitnodigingen).toContainEqual({
        id: nodigPartijUit.uitnodiging.id,
        email: 'buiten@demo.driehoek.nl',
      });

      const result = await accepteer({ token, wachtwoord: DEMO_WACHTWOORD });
      expect(result.errors).toBeUndefined();
      expect(result.data!.accepteerUitnodiging.accessToken).toBeTruthy();
      // The token the outsider already held now reaches the overeenkomst, as waarnemer.
      const { overeenkomst } = await goed(buiten, OVEREENKOMST, { id: demoId });
      expect(overeenkomst.deelnemers).toContainEqual({
        rol: 'WAARNEMER',
        partij: { id: oostwaardId, naam: 'Gemeente Oostwaard' },
      });
      const { me } = await goed(buiten, ME);
      expect(me.lidmaatschappen).toHaveLength(1);
    });
  });

  describe('grenzen aan een aanvraag', () => {
    it('a query nested deeper than 10 levels is refused with TE_ZWARE_AANVRAAG before anything runs', async () => {
      const diep = `query($id: ID!) { overeenkomst(id: $id) { onderdelen { afspraken { overeenkomst {
        onderdelen { afspraken { overeenkomst { onderdelen { afspraken { overeenkomst { id } } } } } } } } } } }`;
      t.queries.length = 0;
      const fout = theError(await vraag(G, diep, { id: demoId }));
      expect(fout.extensions?.code).toBe('TE_ZWARE_AANVRAAG');
      expect(fout.message).toMatch(/11 niveaus diep; het maximum is 10/);
      expect(t.queries).toEqual([]);
    });

    it('a deep mutation is refused before it changes anything', async () => {
      const naam = 'Thema dat er nooit komt';
      const diep = `mutation($input: CreateThemaInput!) { createThema(input: $input) {
        domein { domein { domein { domein { domein { domein { domein { domein { domein { domein { id } } } } } } } } } } } }`;
      t.queries.length = 0;
      const fout = theError(await vraag(G, diep, { input: { overeenkomstId: demoId, naam } }));
      expect(fout.extensions?.code).toBe('TE_ZWARE_AANVRAAG');
      expect(t.queries).toEqual([]);
      const { themas } = await goed(G, `query($id: ID) { themas(overeenkomstId: $id) { naam } }`, {
        id: demoId,
      });
      expect(themas.map((th: any) => th.naam)).not.toContain(naam);
    });

    it('a query that walks the cycles overeenkomst → afspraken → overeenkomst → … is refused as too costly, within the depth limit', async () => {
      const kringloop = `query($id: ID!) { overeenkomst(id: $id) { afspraken { overeenkomst { afspraken {
        overeenkomst { afspraken { overeenkomst { afspraken { betrokkenen { id bijdrage kostenaandeel } } } } } } } } } }`;
      t.queries.length = 0;
      const fout = theError(await vraag(G, kringloop, { id: demoId }));
      expect(fout.extensions?.code).toBe('TE_ZWARE_AANVRAAG');
      expect(fout.message).toMatch(/te zwaar \(geschatte kosten \d+, maximum 200000\)/);
      expect(t.queries).toEqual([]);
      // Also from the list: overeenkomsten → items → afspraken → overeenkomst → …
      const lijst = `{ overeenkomsten { items { afspraken { overeenkomst { afspraken { overeenkomst {
        afspraken { betrokkenen { id bijdrage kostenaandeel } } } } } } } } }`;
      expect(theError(await vraag(G, lijst)).extensions?.code).toBe('TE_ZWARE_AANVRAAG');
    });

    it('the whole agreement as a screen asks for it (FULL_OVEREENKOMST) is accepted', async () => {
      const { overeenkomst } = await goed(G, FULL_OVEREENKOMST, { id: demoId });
      expect(overeenkomst.titel).toBe(DEMO_TITEL);
      expect(overeenkomst.onderdelen).toHaveLength(2);
      expect(overeenkomst.indicatoren.length).toBeGreaterThan(5);
    });
  });

  describe('met een toegangstoken van één seconde en een adres dat na 5 fouten wacht', () => {
    let kort: TestApp;
    beforeAll(async () => {
      kort = await startTestApp({ auth: { accessTokenSeconds: 1, maxMisluktPerAdres: 5 } });
    });
    afterAll(() => kort?.close());

    const kortLogin = (email: string, wachtwoord: string) =>
      kort.gqlAs(null, LOGIN, { input: { email, wachtwoord } });
    const kortVernieuw = async (vernieuwToken: string) => {
      const result = await kort.gqlAs(null, VERNIEUW, { input: { vernieuwToken } });
      expect(result.errors).toBeUndefined();
      return result.data!.vernieuwToken as { accessToken: string; vernieuwToken: string };
    };

    it('an access token stops working when it expires; the renewal token still gives a new one', async () => {
      const eerste = (await kortLogin(TESTER, TEST_WACHTWOORD)).data!.login;
      expect(new Date(eerste.verlooptOp).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      // Renewal is fast (no password hashing): right after a second starts, the new token is valid.
      await naBeginVanSeconde();
      const tweede = await kortVernieuw(eerste.vernieuwToken);
      const direct = await kort.gqlAs(tweede.accessToken, ME);
      expect(direct.errors).toBeUndefined();
      expect(direct.data!.me.email).toBe(TESTER);

      await wachtTot(async () => (await kort.gqlAs(tweede.accessToken, ME)).errors !== undefined);
      const verlopen = theError(await kort.gqlAs(tweede.accessToken, ME));
      expect(verlopen.extensions?.code).toBe('UNAUTHENTICATED');
      expect(verlopen.message).toBe('Uw sessie is verlopen of ongeldig; log opnieuw in');

      await naBeginVanSeconde();
      const derde = await kortVernieuw(tweede.vernieuwToken);
      const weer = await kort.gqlAs(derde.accessToken, ME);
      expect(weer.errors).toBeUndefined();
    });

    it('an address with too many failed logins waits, whichever account it tries', async () => {
      for (let i = 1; i <= 5; i++) {
        const fout = theError(await kortLogin(`raden-${i}@test.driehoek.nl`, 'gok-gok-gok'));
        expect(fout.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const geblokkeerd = theError(await kortLogin(TESTER, TEST_WACHTWOORD));
      expect(geblokkeerd.extensions?.code).toBe('LOGIN_GEBLOKKEERD');
      expect(geblokkeerd.message).toMatch(
        /^Te veel mislukte inlogpogingen vanaf dit adres\. Probeer het over \d+ minuten? opnieuw\.$/,
      );
      // The account itself is not locked: from another address it logs in.
      const elders = await kort.app.get(AuthService).login(TESTER, TEST_WACHTWOORD, '10.0.0.7');
      expect(elders.accessToken).toBeTruthy();
    });
  });

  describe('tot slot', () => {
    it('over everything above: no answer and no log line held a password or an argon2 hash', async () => {
      expect(antwoorden.length).toBeGreaterThan(50);
      await geenGeheimenUitgelekt();
    });
  });
});
