import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { type AppSettings, createApp } from '../../src/app.factory';
import { dropSchemas, type TestApp } from './test-app';

/*
 * A server restart for the tests: the running app is closed (as on a deploy: open co-editor
 * documents are stored and unloaded, connections dropped) and a new instance starts on the same
 * database, schema and port, so clients that stay open reconnect to the same URL by themselves
 * and `t.gql…` keeps working. Tokens stay valid: the signing secret lives in the database.
 */

function clientUrlVan(app: INestApplication): string {
  const url = app.get(MikroORM).config.get('clientUrl');
  if (!url) throw new Error('De app heeft geen clientUrl');
  return url;
}

/**
 * Closes `huidig` (by default t.app) and starts a new app on t's schema and port, with the
 * mail settings the first one had, if any.
 */
export async function herstart(
  t: TestApp,
  huidig: INestApplication = t.app,
  extra: Pick<AppSettings, 'mail'> = {},
): Promise<INestApplication> {
  const clientUrl = clientUrlVan(huidig);
  const port = Number(new URL(t.baseUrl).port);
  await huidig.close();
  const app = await createApp({
    clientUrl,
    schema: t.schema,
    embedded: t.embedded,
    ...extra,
    logger: ['error'],
    quiet: true,
  });
  await app.listen(port, '127.0.0.1');
  return app;
}

/**
 * Closes the app that took over from t.app after a restart, then drops t's schema (what t.close()
 * would do, which cannot be used once t.app itself is closed).
 */
export async function sluitNaHerstart(t: TestApp, app: INestApplication): Promise<void> {
  const clientUrl = clientUrlVan(app);
  await app.close();
  const client = new Client({ connectionString: clientUrl });
  await client.connect();
  await dropSchemas(client, t.schema);
  await client.end();
}
