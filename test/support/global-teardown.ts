import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__EMBEDDED_TEST_DATABASES__;
  if (!embedded) return;
  await Promise.all(embedded.servers.map((s) => s.stop()));
  await rm(embedded.dir, { recursive: true, force: true });
}
