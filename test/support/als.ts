import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import type { TestApp } from './test-app';

/** A GraphQL request as a given person that fails the test on any error and returns the data. */
export async function gqlOkAls<T = Record<string, any>>(
  t: TestApp,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await t.gqlAs<T>(token, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL-fout: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** Straight to the database, past the API: for checking storage and for tampering. */
export async function sqlRijen<T>(
  app: INestApplication,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return app.get(MikroORM).em.fork().getConnection().execute<T[]>(sql, params, 'all');
}

/** The one row a query answers (a count, a row by id); fails the test when there is none. */
export async function sqlRij<T>(
  app: INestApplication,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  const [rij] = await sqlRijen<T>(app, sql, params);
  if (!rij) throw new Error(`Geen rij voor: ${sql}`);
  return rij;
}
