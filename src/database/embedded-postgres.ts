import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PGlite is the real PostgreSQL engine in WebAssembly. Serving it over the wire protocol on a
 * loopback port lets MikroORM's ordinary postgresql driver talk to it, so one set of migrations
 * and one code path serve the laptop install and the server install alike.
 *
 * PGlite is a single database session: every pooled connection shares it, so the pool must not
 * be larger than maxConnections and code inside a transaction must only use that transaction.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  const pgdata = join(dataDir, 'pgdata');
  await mkdir(pgdata, { recursive: true });
  const db = await PGlite.create(pgdata);
  const server = new PGLiteSocketServer({
    db: eenVraagTegelijk(db),
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? EMBEDDED_MAX_CONNECTIONS,
  });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres:postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

export const EMBEDDED_MAX_CONNECTIONS = 16;

/** A client's messages that continue an extended-protocol query until its Sync: P, B, D, E, C, H. */
const VERVOLG = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

/**
 * pglite-socket queues the wire protocol message by message and keeps to one connection only
 * inside a transaction. A parameterised query is several messages (Parse, Bind, Describe,
 * Execute, Sync), so another connection's BEGIN could come in between; the queue then kept to
 * that transaction, its own Parse replaced the unnamed statement, and the first query bound the
 * wrong one ("unnamed prepared statement does not exist", wrong rows, or a client waiting
 * forever for its answer; seen with pg-boss beside the app). Reporting "in a transaction" from
 * a query's first message to its Sync keeps each query whole.
 */
function eenVraagTegelijk(db: PGlite): PGlite {
  let middenInVraag = false;
  return new Proxy(db, {
    get(doel, naam) {
      if (naam === 'isInTransaction') return () => middenInVraag || doel.isInTransaction();
      if (naam === 'execProtocolRawStream')
        return (bericht: Uint8Array, ...rest: unknown[]) => {
          middenInVraag = VERVOLG.has(bericht[0] ?? 0);
          return (doel.execProtocolRawStream as (...args: unknown[]) => unknown)(bericht, ...rest);
        };
      const waarde: unknown = Reflect.get(doel, naam, doel);
      return typeof waarde === 'function'
        ? (waarde as (...args: unknown[]) => unknown).bind(doel)
        : waarde;
    },
  });
}
