import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../src/app.factory';

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
  /** Like gql, but fails the test on any error and returns the data. */
  gqlOk<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

function databaseUrl(): { url: string; embedded: boolean } {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false };
  const urls = (process.env.DRIEHOEK_TEST_EMBEDDED_URLS ?? '').split(',').filter(Boolean);
  if (urls.length === 0)
    throw new Error('Geen testdatabase: draai de tests via jest (globalSetup) of zet DATABASE_URL');
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return { url: urls[(worker - 1) % urls.length], embedded: true };
}

/** Starts the whole app on a random port, in a schema of its own, optionally with the demo. */
export async function startTestApp(options: { seedDemo?: boolean } = {}): Promise<TestApp> {
  const { url, embedded } = databaseUrl();
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const queries: string[] = [];
  const app = await createApp({
    clientUrl: url,
    schema,
    embedded,
    seedDemo: options.seedDemo ?? false,
    logger: ['error'],
    quiet: true,
    onQuery: (sql) => queries.push(sql),
  });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const gql = async <T>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };

  return {
    app,
    baseUrl,
    embedded,
    schema,
    queries,
    gql,
    async gqlOk<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await gql<T>(query, variables);
      if (result.errors?.length)
        throw new Error(`GraphQL-fout: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async close() {
      const orm = app.get(MikroORM);
      await orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
      await app.close();
    },
  };
}
