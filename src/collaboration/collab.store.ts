import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import * as Y from 'yjs';

/**
 * Durable storage of the co-editor's documents: an append-only log of accepted updates plus a
 * snapshot that compaction folds them into. Loading applies the snapshot and every update still
 * in the log (Yjs updates are idempotent), so an update committed while a compaction ran is
 * never lost: compaction deletes exactly the rows it merged, under an advisory lock per document.
 */
@Injectable()
export class CollabStore {
  constructor(private readonly entityManager: EntityManager) {}

  private em(): EntityManager {
    return this.entityManager.fork();
  }

  async load(onderdeelId: string): Promise<{ updates: Uint8Array[]; logLength: number }> {
    // One statement, so snapshot and log are read from one consistent state: a compaction that
    // commits in between (another instance unloading this document) would otherwise move rows
    // out of the log after the old snapshot was read, and they would be missing here.
    const rows = await this.em()
      .getConnection()
      .execute<{ bytes: Buffer; uit_log: boolean }[]>(
        `select state as bytes, false as uit_log, 0::bigint as id
           from collab_snapshot where onderdeel_id = ?
         union all
         select update, true, id from collab_update where onderdeel_id = ?
         order by uit_log, id`,
        [onderdeelId, onderdeelId],
        'all',
      );
    return {
      updates: rows.map((r) => new Uint8Array(r.bytes)),
      logLength: rows.filter((r) => r.uit_log).length,
    };
  }

  async append(onderdeelId: string, update: Uint8Array): Promise<void> {
    await this.em()
      .getConnection()
      .execute(
        'insert into collab_update (onderdeel_id, update, created_at) values (?, ?, now())',
        [onderdeelId, Buffer.from(update)],
      );
  }

  /**
   * Folds the log into the snapshot and answers how many log rows it folded. Safe to run from
   * several instances at once, and beside appends: rows added meanwhile stay in the log.
   */
  async compact(onderdeelId: string): Promise<number> {
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
        'select id, update from collab_update where onderdeel_id = ? order by id',
        [onderdeelId],
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
      const merged = Y.mergeUpdates([
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
