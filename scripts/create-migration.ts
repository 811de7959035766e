/*
 * Generates a migration from the difference between the entities and the migrations so far:
 * `npm run migration:create`. Runs against a throw-away embedded database, so no server is needed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ormOptions } from '../src/database/orm-config';

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'driehoek-migration-'));
  const pg = await startEmbeddedPostgres(dir);
  const migrationsDir = resolve(__dirname, '..', 'migrations');
  try {
    const options = ormOptions({ clientUrl: pg.url, schema: 'public', embedded: true });
    const orm = await MikroORM.init<PostgreSqlDriver>({
      ...options,
      migrations: {
        ...options.migrations,
        path: migrationsDir,
        pathTs: migrationsDir,
        emit: 'ts',
        fileName: (ts, name) => `Migration${ts}${name ? '_' + name : ''}`,
      },
    });
    const migrator: Migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(migrationsDir, false, false, process.argv[2]);
    console.log(
      result.fileName
        ? `Aangemaakt: migrations/${result.fileName}`
        : 'Geen verschil: geen migratie nodig',
    );
    await orm.close(true);
    const files = (await readdir(migrationsDir))
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .sort();
    const names = files.map((f) => f.replace(/\.ts$/, ''));
    await writeFile(
      join(migrationsDir, 'index.ts'),
      `import type { MigrationObject } from '@mikro-orm/core';\n` +
        names.map((n) => `import { ${n} } from './${n}';`).join('\n') +
        `\n\n/**\n * Every migration, in order. Listed explicitly (not discovered from the folder) so the compiled\n * app, ts-jest and the benchmark all run exactly the same set.\n */\nexport const migrationsList: MigrationObject[] = [\n` +
        names.map((n) => `  { name: '${n}', class: ${n} },`).join('\n') +
        `\n];\n`,
    );
    execFileSync('npx', ['prettier', '--write', migrationsDir], { stdio: 'ignore' });
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
