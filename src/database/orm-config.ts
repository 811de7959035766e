import { DataloaderType, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { TypeOverrides } from 'pg';
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

/** Type oids, from `select typname, oid, typarray from pg_type`. */
const OID = {
  timestamptz: 1184,
  timestamptzArray: 1185,
  date: 1082,
  timestamp: 1114,
  interval: 1186,
  dateArray: 1182,
  timestampArray: 1115,
  intervalArray: 1187,
  textArray: 1009,
} as const;

/**
 * How the connection turns column text into values. MikroORM's driver keeps every timestamp as
 * text, so raw SQL got strings where entities got Dates and each caller converted (or forgot
 * to). Here `timestamptz`, the only timestamp type in the schema, becomes a Date for every
 * query on both databases (PGlite is reached through the same driver); the types without a
 * zone stay text, as MikroORM's own date types expect.
 */
export function tijdstipTypen(): TypeOverrides {
  const standaard = new TypeOverrides();
  const typen = new TypeOverrides();
  // pg's own parsers (postgres-date, postgres-array); @types/pg types them as taking a number.
  const parser = (oid: number) =>
    standaard.getTypeParser(oid, 'text') as unknown as (tekst: string) => unknown;
  for (const oid of [OID.timestamptz, OID.timestamptzArray]) typen.setTypeParser(oid, parser(oid));
  for (const oid of [OID.date, OID.timestamp, OID.interval]) {
    typen.setTypeParser(oid, (tekst: string) => tekst);
  }
  const alsTekstLijst = parser(OID.textArray);
  for (const oid of [OID.dateArray, OID.timestampArray, OID.intervalArray]) {
    typen.setTypeParser(oid, alsTekstLijst);
  }
  return typen;
}

export function ormOptions(settings: OrmSettings): Options<PostgreSqlDriver> {
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
    },
    driverOptions: {
      connection: { types: tijdstipTypen() },
      // Unqualified migrations and queries land in the configured schema through search_path,
      // so the same migrations serve `public` in production and a private schema per test run.
      // Knex sets it on every new connection (PGlite ignores the startup option `-c search_path`).
      searchPath: [settings.schema],
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
