import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Onderdeel, OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';

/**
 * Durable storage of the co-editor's documents: an append-only log of accepted updates plus a
 * snapshot that compaction folds them into. Loading applies the snapshot and every update still
 * in the log (Yjs updates are idempotent), so an update committed while a compaction ran is
 * never lost: compaction deletes exactly the rows it merged, under an advisory lock per document.
 *
 * Raw SQL on purpose, and only here and in readers: `append` runs before every broadcast, so its
 * round trip is the co-editor's latency (`npm run bench:collab`, p99 ≤ 1.5 × an in-memory
 * y-websocket server); `load` reads snapshot and log in one statement (a union the ORM cannot
 * express) so a compaction elsewhere cannot slip between them; `compact` needs the advisory
 * lock and an upsert in one transaction. The layout goes through the ORM.
 */
@Injectable()
export class CollabStore {
  constructor(private readonly entityManager: EntityManager) {}

  private em(): EntityManager {
    return this.entityManager.fork();
  }

  async load(
    onderdeelId: string,
  ): Promise<{ updates: Uint8Array[]; logLength: number; lastLogId: string | null }> {
    // One statement, so snapshot and log are read from one consistent state: a compaction that
    // commits in between (another instance unloading this document) would otherwise move rows
    // out of the log after the old snapshot was read, and they would be missing here.
    const rows = await this.em()
      .getConnection()
      .execute<{ bytes: Buffer; uit_log: boolean; id: string }[]>(
        `select state as bytes, false as uit_log, 0::bigint as id
           from collab_snapshot where onderdeel_id = ?
         union all
         select update, true, id from collab_update where onderdeel_id = ?
         order by uit_log, id`,
        [onderdeelId, onderdeelId],
        'all',
      );
    const log = rows.filter((r) => r.uit_log);
    return {
      updates: rows.map((r) => new Uint8Array(r.bytes)),
      logLength: log.length,
      lastLogId: log.length ? String(log[log.length - 1]!.id) : null,
    };
  }

  /**
   * Appends accepted updates, one row each, in one statement (a group commit when several waited);
   * answers the position in the log of the last.
   */
  async append(onderdeelId: string, ...updates: Uint8Array[]): Promise<string> {
    const rijen = await this.entityManager.getConnection().execute<{ id: string }[]>(
      `insert into collab_update (onderdeel_id, update, created_at) values ${updates
        .map(() => '(?, ?, now())')
        .join(', ')} returning id`,
      updates.flatMap((update) => [onderdeelId, Buffer.from(update)]),
      'all',
    );
    return String(rijen.reduce((max, { id }) => (BigInt(id) > max ? BigInt(id) : max), 0n));
  }

  /** The onderdeel's layout: which afspraken it holds, and whether it is the hoofddocument. */
  async layout(onderdeelId: string): Promise<{ afspraakIds: string[]; hoofddocument: boolean }> {
    const em = this.em();
    const onderdeel = await em.findOne(Onderdeel, onderdeelId, { fields: ['soort'] });
    const afspraken = await em.find(Afspraak, { onderdeel: onderdeelId }, { fields: ['id'] });
    return {
      afspraakIds: afspraken.map((a) => a.id),
      hoofddocument: onderdeel?.soort === OnderdeelSoort.HOOFDDOCUMENT,
    };
  }

  /**
   * Onderdelen whose log holds updates (at most `limit`): the documents open when the process
   * stopped, or not yet materialised, because compaction only folds what was materialised.
   */
  async withLog(limit: number): Promise<string[]> {
    const rows = await this.em()
      .getConnection()
      .execute<{ onderdeel_id: string }[]>(
        'select distinct onderdeel_id from collab_update limit ?',
        [limit],
        'all',
      );
    return rows.map((r) => r.onderdeel_id);
  }

  /**
   * Folds the log (up to and including `upTo` when given) into the snapshot and answers how many
   * log rows it folded. Safe to run from several instances at once, and beside appends: rows
   * added meanwhile stay in the log.
   */
  async compact(onderdeelId: string, upTo?: string): Promise<number> {
    return this.em().transactional(async (em) => {
      const connection = em.getConnection();
      const ctx: unknown = em.getTransactionContext();
      await connection.execute(
        'select pg_advisory_xact_lock(hashtext(?))',
        [`collab:${onderdeelId}`],
        'all',
        ctx,
      );
      const log = await connection.execute<{ id: string; update: Buffer }[]>(
        `select id, update from collab_update where onderdeel_id = ?${
          upTo ? ' and id <= ?' : ''
        } order by id`,
        upTo ? [onderdeelId, upTo] : [onderdeelId],
        'all',
        ctx,
      );
      if (log.length === 0) return 0;
      const [snapshot] = await connection.execute<{ state: Buffer }[]>(
        'select state from collab_snapshot where onderdeel_id = ?',
        [onderdeelId],
        'all',
        ctx,
      );
      const merged = samengevoegd([
        ...(snapshot ? [new Uint8Array(snapshot.state)] : []),
        ...log.map((u) => new Uint8Array(u.update)),
      ]);
      await connection.execute(
        `insert into collab_snapshot (onderdeel_id, state, updated_at) values (?, ?, now())
         on conflict (onderdeel_id) do update set state = excluded.state, updated_at = now()`,
        [onderdeelId, Buffer.from(merged)],
        'all',
        ctx,
      );
      await connection.execute(
        `delete from collab_update where id in (${log.map(() => '?').join(', ')})`,
        log.map((u) => u.id),
        'all',
        ctx,
      );
      return log.length;
    });
  }
}

/**
 * The updates as one, through a document of their own: Y.mergeUpdates takes tens of milliseconds
 * of the event loop for a few hundred small updates (every open document's editors wait that
 * long), applying them takes a few. Deleted content is left out as in every document here.
 */
function samengevoegd(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
