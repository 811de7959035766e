import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { createApp } from '../../src/app.factory';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { AuthService } from '../../src/auth/auth.service';
import { DEMO_WACHTWOORD, DemoService } from '../../src/demo/demo.service';
import { LidRol } from '../../src/partijen/lidmaatschap.entity';
import { generatedAgreement } from '../../test/support/generated-agreement';
import { dropSchemas } from '../../test/support/test-app';

export interface BenchApp {
  app: INestApplication;
  /** The database the app runs on. */
  url: string;
  schema: string;
  embedded: boolean;
  /** Closes the app, drops its schema and removes an embedded database. */
  close(): Promise<void>;
}

/**
 * The whole app for a benchmark, in a schema of its own: on DATABASE_URL when set (the server
 * figure), otherwise on a throw-away embedded database.
 */
export async function startBenchApp(): Promise<BenchApp> {
  const dataDir = process.env.DATABASE_URL
    ? undefined
    : await mkdtemp(join(tmpdir(), 'driehoek-bench-'));
  const embedded = dataDir ? await startEmbeddedPostgres(dataDir) : undefined;
  const url = process.env.DATABASE_URL ?? embedded!.url;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const app = await createApp({
    clientUrl: url,
    schema,
    embedded: !!embedded,
    logger: ['error'],
    quiet: true,
  });
  return {
    app,
    url,
    schema,
    embedded: !!embedded,
    async close() {
      await app.close();
      const client = new Client({ connectionString: url });
      await client.connect();
      // The job queue's schema beside it too: runs on the server left one behind each time.
      await dropSchemas(client, schema).catch(() => undefined);
      await client.end();
      await embedded?.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The benchmarks' agreement: 200 afspraken, 40 indicatoren × 4 jaarschijven, and an access token
 * of a lezer of its gemeente.
 */
export async function laadBenchOvereenkomst(
  app: INestApplication,
): Promise<{ id: string; accessToken: string }> {
  const id = await app.get(DemoService).load({
    ...generatedAgreement('Bench', { afspraken: 200, indicatoren: 40 }),
    gebruikers: [
      {
        email: 'bench@bench.driehoek.nl',
        naam: 'Bench',
        partij: 'gemeente',
        rollen: [LidRol.LEZER],
      },
    ],
  });
  const { accessToken } = await app
    .get(AuthService)
    .login('bench@bench.driehoek.nl', DEMO_WACHTWOORD, 'bench');
  return { id, accessToken };
}
