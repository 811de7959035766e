import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from 'jest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/database/embedded-postgres';

declare global {
  var __EMBEDDED_TEST_DATABASES__: { servers: EmbeddedPostgres[]; dir: string } | undefined;
}

/**
 * Without DATABASE_URL the suite runs on embedded PGlite: one instance per jest worker, each in
 * its own temporary data folder. PGlite is a single database session, so two test files must
 * never share one at the same time; within a worker they run one after the other, each in its
 * own schema. With DATABASE_URL every test file gets its own schema on that server.
 */
export default async function globalSetup(
  globalConfig: { maxWorkers: number } & Partial<Config>,
): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const workers = Math.max(1, globalConfig.maxWorkers);
  const dir = await mkdtemp(join(tmpdir(), 'driehoek-test-'));
  const servers = await Promise.all(
    Array.from({ length: workers }, (_, i) => startEmbeddedPostgres(join(dir, `worker-${i + 1}`))),
  );
  globalThis.__EMBEDDED_TEST_DATABASES__ = { servers, dir };
  process.env.DRIEHOEK_TEST_EMBEDDED_URLS = servers.map((s) => s.url).join(',');
}
