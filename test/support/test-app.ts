import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { Client } from 'pg';
import type { INestApplication } from '@nestjs/common';
import { createApp, type AppSettings } from '../../src/app.factory';
import { gqlVia } from './gql-via';
import { AuthService } from '../../src/auth/auth.service';
import { Gebruiker } from '../../src/auth/gebruiker.entity';
import { hashWachtwoord } from '../../src/auth/wachtwoord';
import { LidRol, Lidmaatschap } from '../../src/partijen/lidmaatschap.entity';
import { Partij, PartijSoort } from '../../src/partijen/partij.entity';
import { wachtrijSchema } from '../../src/meldingen/wachtrij';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; veld?: string; [key: string]: unknown };
  }[];
}

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  embedded: boolean;
  schema: string;
  /** Every SQL statement the ORM ran, in order; reset it freely. */
  queries: string[];
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** The same request as a given person (an access token), or anonymously with null. */
  gqlAs<T = Record<string, any>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Logs in and returns the access token. */
  login(email: string, wachtwoord?: string): Promise<string>;
  /**
   * Fixture: makes the test's own user (who sends t.gql) a member of a partij, so tests about
   * other things than permissions can act for every partij they create.
   */
  maakLid(partijId: string, rollen?: LidRol[], email?: string): Promise<void>;
  /** From now on t.gql acts as this person (an access token from login). */
  actAs(token: string): void;
  /** Like gql, but fails the test on any error and returns the data. */
  gqlOk<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export function databaseUrl(): { url: string; embedded: boolean } {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false };
  const urls = (process.env.DRIEHOEK_TEST_EMBEDDED_URLS ?? '').split(',').filter(Boolean);
  if (urls.length === 0)
    throw new Error('Geen testdatabase: draai de tests via jest (globalSetup) of zet DATABASE_URL');
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return { url: urls[(worker - 1) % urls.length]!, embedded: true };
}

/** Starts the whole app on a random port, in a schema of its own, optionally with the demo. */
export const TEST_WACHTWOORD = 'test-wachtwoord-123';
export const TESTER = 'tester@test.driehoek.nl';

export async function startTestApp(
  options: {
    seedDemo?: boolean;
    auth?: AppSettings['auth'];
    mail?: AppSettings['mail'];
    instanties?: AppSettings['instanties'];
  } = {},
): Promise<TestApp> {
  const { url, embedded } = databaseUrl();
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const queries: string[] = [];
  const app = await createApp({
    clientUrl: url,
    schema,
    embedded,
    seedDemo: options.seedDemo ?? false,
    auth: options.auth,
    mail: options.mail,
    instanties: options.instanties,
    logger: ['error'],
    quiet: true,
    onQuery: (sql) => queries.push(sql),
  });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const orm = app.get(MikroORM);
  const gqlAs = <T>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> => gqlVia<T>(baseUrl, token, query, variables);
  const login = async (email: string, wachtwoord = TEST_WACHTWOORD): Promise<string> =>
    (await app.get(AuthService).login(email, wachtwoord, 'test')).accessToken;
  const maakLid = async (
    partijId: string,
    rollen = [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    email = TESTER,
  ) => {
    const em = orm.em.fork();
    const gebruiker = await em.findOneOrFail(Gebruiker, { email });
    const partij = await em.findOneOrFail(Partij, { id: partijId });
    const lid = await em.findOne(Lidmaatschap, { gebruiker, partij });
    if (lid) lid.rollen = rollen;
    else em.persist(new Lidmaatschap(gebruiker, partij, rollen));
    await em.flush();
  };

  // The test's own user: a gemeente's opsteller and beheerder, so it may register organisations.
  const em = orm.em.fork();
  const tester = new Gebruiker(TESTER, 'Tester', await hashWachtwoord(TEST_WACHTWOORD));
  const testgemeente = new Partij('Testgemeente', PartijSoort.GEMEENTE);
  em.persist([
    tester,
    testgemeente,
    new Lidmaatschap(tester, testgemeente, [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER]),
  ]);
  await em.flush();
  let token = await login(TESTER);
  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    gqlAs<T>(token, query, variables);

  return {
    app,
    baseUrl,
    embedded,
    schema,
    queries,
    gql,
    gqlAs,
    login,
    maakLid,
    actAs(next: string) {
      token = next;
    },
    async gqlOk<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await gql<T>(query, variables);
      if (result.errors?.length)
        throw new Error(`GraphQL-fout: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async close() {
      // The app first, so open co-editor documents are stored and unloaded into a schema that
      // still exists; then the schema, over a connection of its own.
      await app.close();
      const client = new Client({ connectionString: url });
      await client.connect();
      await dropSchemas(client, schema);
      await client.end();
    },
  };
}

/** Drops a test's schema and the job queue's schema beside it. */
export async function dropSchemas(client: Client, schema: string): Promise<void> {
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.query(`drop schema if exists "${wachtrijSchema(schema)}" cascade`);
}
