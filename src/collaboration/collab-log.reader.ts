import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** A row of the log as compaction reads it. */
export interface LogRij {
  id: string;
  update: Buffer;
}

/** A row of `load`: the snapshot (not from the log) or an update in the log. */
interface GeladenRij {
  bytes: Buffer;
  uit_log: boolean;
  id: string;
}

/**
 * The co-editor's storage statements, raw on purpose (the only raw SQL of the co-editor):
 * `append` runs before every broadcast, so its round trip is the co-editor's latency (`npm run
 * bench:collab`: p99 ≤ 1.5 × an in-memory y-websocket server); `load` reads snapshot and log in
 * one statement (a union the ORM cannot express) so a compaction elsewhere cannot slip between
 * them; compaction needs an advisory lock and an upsert in one transaction. The statements that
 * run inside a transaction take its context (`ctx`) from the caller.
 */
@Injectable()
export class CollabLogReader {
  constructor(private readonly entityManager: EntityManager) {}

  private connection() {
    return this.entityManager.getConnection();
  }

  /** Snapshot first, then the log in order. */
  async snapshotEnLog(
    onderdeelId: string,
    ctx?: unknown,
  ): Promise<{ updates: Uint8Array[]; logIds: string[] }> {
    const rijen = await this.connection().execute<GeladenRij[]>(
      `select state as bytes, false as uit_log, 0::bigint as id
         from collab_snapshot where onderdeel_id = ?
       union all
       select update, true, id from collab_update where onderdeel_id = ?
       order by uit_log, id`,
      [onderdeelId, onderdeelId],
      'all',
      ctx,
    );
    return {
      updates: rijen.map((r) => new Uint8Array(r.bytes)),
      logIds: rijen.filter((r) => r.uit_log).map((r) => String(r.id)),
    };
  }

  /**
   * Appends the updates, one row each, in one statement; answers the highest log id. With
   * `alleenInConcept` nothing is appended unless the onderdeel is still a concept, under a share
   * lock of its row: a freeze (which locks the row for update) waits for such an append in
   * flight, and any append after its commit stores nothing (answers null) — another instance's
   * writer may not have heard of the freeze yet.
   */
  async voegToe(
    onderdeelId: string,
    updates: Uint8Array[],
    alleenInConcept = false,
  ): Promise<string | null> {
    const rijen = await this.connection().execute<{ id: string }[]>(
      `insert into collab_update (onderdeel_id, update, created_at)
       select ?, u, now() from unnest(array[?]::bytea[]) with ordinality as t(u, n)
       ${
         alleenInConcept
           ? `where exists (select 1 from onderdeel where id = ? and status = 'CONCEPT' for share)`
           : ''
       }
       order by n returning id`,
      [onderdeelId, updates.map((u) => Buffer.from(u)), ...(alleenInConcept ? [onderdeelId] : [])],
      'all',
    );
    if (rijen.length === 0) return null;
    return String(rijen.reduce((max, { id }) => (BigInt(id) > max ? BigInt(id) : max), 0n));
  }

  /** Onderdelen with updates in the log, at most `limit`. */
  async metLog(limit: number): Promise<string[]> {
    const rijen = await this.connection().execute<{ onderdeel_id: string }[]>(
      'select distinct onderdeel_id from collab_update limit ?',
      [limit],
      'all',
    );
    return rijen.map((r) => r.onderdeel_id);
  }

  /**
   * Inside a transaction of derived writes (materialisation, compaction): its commit does not
   * wait for the disk. Safe because the write-ahead log is flushed in order: every later commit
   * that waits (an append) makes this one durable too, and a crash before that loses only what
   * can be derived again from the log, which each append did wait for.
   */
  async zonderWachtenOpSchijf(ctx: unknown): Promise<void> {
    await this.connection().execute('set local synchronous_commit to off', [], 'run', ctx);
  }

  /** Serialises compactions of one document across instances, until the transaction ends. */
  async vergrendel(onderdeelId: string, ctx: unknown): Promise<void> {
    await this.connection().execute(
      'select pg_advisory_xact_lock(hashtext(?))',
      [`collab:${onderdeelId}`],
      'all',
      ctx,
    );
  }

  /**
   * Serialises the materialisation of one document across instances, until the transaction
   * ends, and answers the state (staat.ts) the stored text was last made from (null: none noted).
   */
  async vergrendelTekst(onderdeelId: string, ctx: unknown): Promise<Uint8Array | null> {
    await this.connection().execute(
      'select pg_advisory_xact_lock(hashtext(?))',
      [`collab-tekst:${onderdeelId}`],
      'all',
      ctx,
    );
    const [rij] = await this.connection().execute<{ staat: Buffer }[]>(
      'select staat from collab_materialisatie where onderdeel_id = ?',
      [onderdeelId],
      'all',
      ctx,
    );
    return rij ? new Uint8Array(rij.staat) : null;
  }

  async noteerTekstStaat(onderdeelId: string, staat: Uint8Array, ctx: unknown): Promise<void> {
    await this.connection().execute(
      `insert into collab_materialisatie (onderdeel_id, staat) values (?, ?)
       on conflict (onderdeel_id) do update set staat = excluded.staat`,
      [onderdeelId, Buffer.from(staat)],
      'run',
      ctx,
    );
  }

  /** The log up to and including `upTo` (all when absent), and the snapshot. */
  async teVouwen(
    onderdeelId: string,
    upTo: string | undefined,
    ctx: unknown,
  ): Promise<{ log: LogRij[]; snapshot: Buffer | null }> {
    const log = await this.connection().execute<LogRij[]>(
      `select id, update from collab_update where onderdeel_id = ?${
        upTo ? ' and id <= ?' : ''
      } order by id`,
      upTo ? [onderdeelId, upTo] : [onderdeelId],
      'all',
      ctx,
    );
    if (log.length === 0) return { log, snapshot: null };
    const [snapshot] = await this.connection().execute<{ state: Buffer }[]>(
      'select state from collab_snapshot where onderdeel_id = ?',
      [onderdeelId],
      'all',
      ctx,
    );
    return { log, snapshot: snapshot?.state ?? null };
  }

  /** Replaces the snapshot and removes the log rows folded into it. */
  async vervangSnapshot(
    onderdeelId: string,
    state: Uint8Array,
    gevouwen: LogRij[],
    ctx: unknown,
  ): Promise<void> {
    await this.connection().execute(
      `insert into collab_snapshot (onderdeel_id, state, updated_at) values (?, ?, now())
       on conflict (onderdeel_id) do update set state = excluded.state, updated_at = now()`,
      [onderdeelId, Buffer.from(state)],
      'run',
      ctx,
    );
    await this.connection().execute(
      'delete from collab_update where id = any(array[?]::bigint[])',
      [gevouwen.map((u) => u.id)],
      'run',
      ctx,
    );
  }
}
