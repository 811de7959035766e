/*
 * `npm run seed`: (re)loads the demo agreement into the database the app would use
 * (DATABASE_URL, or the embedded database under DATA_DIR). Stop a running app on the embedded
 * database first: PGlite's data folder belongs to one process at a time.
 */
import 'reflect-metadata';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { DemoService } from './demo.service';

async function seed(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  const app = await createApp({
    clientUrl: config.databaseUrl ?? embedded!.url,
    schema: config.databaseSchema,
    embedded: embedded !== undefined,
    seedDemo: false,
    logger: ['log', 'warn', 'error'],
  });
  try {
    const id = await app.get(DemoService).reload();
    console.log(`Demo opnieuw geladen (overeenkomst ${id})`);
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

seed().catch((error: unknown) => {
  console.error('Demo laden mislukt:', error);
  process.exit(1);
});
