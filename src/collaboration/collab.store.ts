import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import { AppError, ErrorCode } from '../common/app-error';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Onderdeel, OnderdeelFase, OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { CollabLogReader } from './collab-log.reader';

/**
 * Durable storage of the co-editor's documents: an append-only log of accepted updates plus a
 * snapshot that compaction folds them into. Loading applies the snapshot and every update still
 * in the log (Yjs updates are idempotent), so an update committed while a compaction ran is
 * never lost: compaction deletes exactly the rows it merged, under an advisory lock per document.
 * The statements are in `CollabLogReader`; the layout goes through the ORM.
 */
@Injectable()
export class CollabStore {
  constructor(
    private readonly entityManager: EntityManager,
    private readonly log: CollabLogReader,
  ) {}

  async load(
    onderdeelId: string,
  ): Promise<{ updates: Uint8Array[]; logLength: number; lastLogId: string | null }> {
    const { updates, logIds } = await this.log.snapshotEnLog(onderdeelId);
    return { updates, logLength: logIds.length, lastLogId: logIds.at(-1) ?? null };
  }

  /**
   * Appends accepted updates, one row each, in one statement (a group commit when several waited);
   * answers the position in the log of the last.
   */
  async append(onderdeelId: string, ...updates: Uint8Array[]): Promise<string> {
    return (await this.log.voegToe(onderdeelId, updates))!;
  }

  /** Likewise, but only while the onderdeel is a concept (see CollabLogReader.voegToe). */
  appendInConcept(onderdeelId: string, updates: Uint8Array[]): Promise<string | null> {
    return this.log.voegToe(onderdeelId, updates, true);
  }

  /**
   * Inside the freeze's transaction, once the onderdeel's row is locked (no append can come
   * anymore): the state to freeze must hold every update storage has. With several instances
   * another one may have stored an edit just before that this one has not heard of yet; then
   * the freeze is refused, to be tried again.
   */
  async eisVolledig(onderdeelId: string, state: Uint8Array, em: EntityManager): Promise<void> {
    if (!(await this.holdAlles(onderdeelId, state, em)))
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        'Er wordt nog een wijziging in de tekst van dit onderdeel verwerkt; bevries het zo opnieuw',
      );
  }

  private async holdAlles(
    onderdeelId: string,
    state: Uint8Array,
    em: EntityManager,
  ): Promise<boolean> {
    const { updates } = await this.log.snapshotEnLog(onderdeelId, em.getTransactionContext());
    const doc = documentUit([state]);
    try {
      const voor = Y.snapshot(doc);
      Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)));
      return Y.equalSnapshots(voor, Y.snapshot(doc));
    } finally {
      doc.destroy();
    }
  }

  /** The onderdeel's layout: which afspraken it holds, and whether it is the hoofddocument. */
  async layout(
    onderdeelId: string,
  ): Promise<{ afspraakIds: string[]; hoofddocument: boolean; fase: OnderdeelFase }> {
    const em = this.entityManager.fork();
    const onderdeel = await em.findOne(Onderdeel, onderdeelId, { fields: ['soort', 'fase'] });
    const afspraken = await em.find(Afspraak, { onderdeel: onderdeelId }, { fields: ['id'] });
    return {
      afspraakIds: afspraken.map((a) => a.id),
      hoofddocument: onderdeel?.soort === OnderdeelSoort.HOOFDDOCUMENT,
      fase: onderdeel?.fase ?? OnderdeelFase.OPSTELLEN,
    };
  }

  /**
   * Onderdelen whose log holds updates (at most `limit`): the documents open when the process
   * stopped, or not yet materialised, because compaction only folds what was materialised.
   */
  withLog(limit: number): Promise<string[]> {
    return this.log.metLog(limit);
  }

  /**
   * Folds the log (up to and including `upTo` when given) into the snapshot and answers how many
   * log rows it folded. Safe to run from several instances at once, and beside appends: rows
   * added meanwhile stay in the log. Its commit does not wait for the disk: it only rearranges
   * what the appends made durable.
   */
  async compact(onderdeelId: string, upTo?: string): Promise<number> {
    return this.entityManager.fork().transactional(async (em) => {
      const ctx: unknown = em.getTransactionContext();
      await this.log.zonderWachtenOpSchijf(ctx);
      await this.log.vergrendel(onderdeelId, ctx);
      const { log, snapshot } = await this.log.teVouwen(onderdeelId, upTo, ctx);
      if (log.length === 0) return 0;
      const merged = samengevoegd([
        ...(snapshot ? [new Uint8Array(snapshot)] : []),
        ...log.map((u) => new Uint8Array(u.update)),
      ]);
      await this.log.vervangSnapshot(onderdeelId, merged, log, ctx);
      return log.length;
    });
  }
}

/**
 * A document of its own holding these updates, applied in one transaction (its observers, if
 * any, run once); the caller destroys it.
 */
export function documentUit(updates: Iterable<Uint8Array>): Y.Doc {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/**
 * The updates as one, through a document of their own: Y.mergeUpdates takes tens of milliseconds
 * of the event loop for a few hundred small updates (every open document's editors wait that
 * long), applying them takes a few. Deleted content is left out as in every document here.
 */
function samengevoegd(updates: Uint8Array[]): Uint8Array {
  const doc = documentUit(updates);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
