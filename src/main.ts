import 'reflect-metadata';
import { createApp } from './app.factory';
import { loadConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  if (!config.databaseUrl) {
    console.log(`Ingebouwde PostgreSQL (PGlite) starten, gegevens in ${config.dataDir}…`);
    embedded = await startEmbeddedPostgres(config.dataDir);
  }
  const app = await createApp({
    clientUrl: config.databaseUrl ?? embedded!.url,
    schema: config.databaseSchema,
    embedded: embedded !== undefined,
    seedDemo: config.seedDemo,
    logSql: config.logSql,
    instanties: {
      redisUrl: config.redisUrl,
      ...(config.redisPrefix ? { redisPrefix: config.redisPrefix } : {}),
    },
    mail: {
      smtpUrl: config.smtpUrl,
      appUrl: config.appUrl,
      ...(config.mailVan ? { van: config.mailVan } : {}),
    },
  });
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  const shown = url.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  console.log(`Driehoek draait: ${shown}/ (webapp), ${shown}/graphql (API), ${shown}/health`);

  const stop = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

bootstrap().catch((error: unknown) => {
  console.error('Driehoek kon niet starten:', error);
  process.exit(1);
});
