import { DataloaderType, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations';
import { crashpuntStatement } from '../common/crashpunt';
import { ENTITIES } from './entities';

export interface OrmSettings {
  clientUrl: string;
  schema: string;
  embedded: boolean;
  logSql?: boolean;
  /** Keep the migrator from printing each migration it applies (tests). */
  quiet?: boolean;
  /** Called with every SQL statement the ORM runs; the N+1 test and the benchmark count them. */
  onQuery?: (sql: string) => void;
}

interface PgConnection {
  query(sql: string, callback: (error: Error | null) => void): void;
}

export function ormOptions(settings: OrmSettings): Options<PostgreSqlDriver> {
  // Unqualified migrations and queries land in the configured schema through search_path,
  // so the same migrations serve `public` in production and a private schema per test run.
  const searchPath = `SET search_path TO "${settings.schema}"`;
  return {
    driver: PostgreSqlDriver,
    clientUrl: settings.clientUrl,
    entities: ENTITIES,
    schema: settings.schema,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: `${settings.schema}.mikro_orm_migrations`,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: settings.quiet ?? false,
    },
    pool: {
      min: 0,
      max: settings.embedded ? 4 : 10,
      afterCreate: (
        connection: PgConnection,
        done: (error: Error | null, c: PgConnection) => void,
      ) => connection.query(searchPath, (error) => done(error, connection)),
    },
    dataloader: DataloaderType.ALL,
    forceUndefined: false,
    ignoreUndefinedInQuery: true,
    allowGlobalContext: false,
    debug: settings.logSql ? ['query'] : false,
    onQuery: (sql: string) => {
      crashpuntStatement();
      settings.onQuery?.(sql);
      return sql;
    },
    discovery: { warnWhenNoEntities: true },
  };
}
