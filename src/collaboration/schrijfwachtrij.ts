import { Injectable, Logger } from '@nestjs/common';
import * as Y from 'yjs';
import { RedisVerbinding } from '../instanties/redis-verbinding';
import { vulAanUitOpslag } from './bus-verbinding';
import { CollabStore } from './collab.store';
import { DocumentBus } from './document-bus';
import { type GedeeldDocument, UIT_OPSLAG, VAN_ELDERS, VAN_SERVER } from './gedeeld-document';
import { Materialiser } from './materialiser';

/** Updates in the log before it is folded into the snapshot, in a pause of the editing. */
const COMPACT_NA = 200;
/** A pause: no update stored for this long. */
const PAUZE_MS = 2000;
/** Folded while editing goes on once the log is this long, so it cannot grow without end. */
const COMPACT_HOOGSTENS = 2000;
const MATERIALISEER_NA_MS = 250;

/**
 * The write side of an open document: every accepted change is appended to the log before it
 * is published on the DocumentBus (so nothing unsaved is shown as saved), materialised a moment
 * later, and folded into the snapshot when the log grows; server edits and the freeze run in the
 * document's queue, so no client message interleaves.
 */
/** What freezing does to a document's connections: before the final state, after the commit, after a failure. */
export interface BevriesStappen {
  ervoor: () => void;
  erna: () => void;
  terug: () => void;
}

@Injectable()
export class Schrijfwachtrij {
  private readonly logger = new Logger('Collab');

  constructor(
    private readonly store: CollabStore,
    private readonly materialiser: Materialiser,
    private readonly bus: DocumentBus,
    private readonly redis: RedisVerbinding,
  ) {}

  /** Every accepted change is stored before anyone else receives it. */
  geaccepteerd(document: GedeeldDocument, update: Uint8Array, origin: unknown): void {
    if (origin === UIT_OPSLAG || origin === VAN_ELDERS) return;
    if (origin !== VAN_SERVER) document.vanClientTeSchrijven = true;
    document.teSchrijven.push(update);
    document.schrijft ??= this.schrijf(document);
  }

  /**
   * Writes what waits, in one statement, and then publishes it; updates accepted during a write
   * go in the next one. Under load this keeps the delay at about one round trip instead of a
   * queue of them.
   */
  private async schrijf(document: GedeeldDocument): Promise<void> {
    while (document.teSchrijven.length > 0) {
      const updates = document.teSchrijven.splice(0);
      // With several instances a client's edit is stored only while the onderdeel is a concept:
      // a freeze on another instance may not have reached this one's connections yet.
      const alleenInConcept = document.vanClientTeSchrijven && this.redis.actief;
      document.vanClientTeSchrijven = false;
      try {
        const logId = alleenInConcept
          ? await this.store.appendInConcept(document.onderdeelId, updates)
          : await this.store.append(document.onderdeelId, ...updates);
        if (logId === null) throw new Error('het onderdeel is intussen bevroren');
        document.laatsteLogId = logId;
      } catch (error) {
        // What could not be stored must not be shown as saved: the document is dropped (the
        // registry loads a fresh one), and every client resyncs from what storage holds and
        // sends its own changes again.
        this.logger.error(`Opslaan in onderdeel ${document.onderdeelId} mislukt: ${String(error)}`);
        document.defect = true;
        document.teSchrijven = [];
        document.verbindingen.forEach((v) => v.ws.close(1011, 'Opslaan mislukt'));
        break;
      }
      document.logLengte += updates.length;
      for (const update of updates) this.bus.update(document.onderdeelId, update);
      this.planMaterialisatie(document);
      this.planCompactie(document);
    }
    document.schrijft = undefined;
  }

  /**
   * Runs `werk` on the document in its queue; a change it makes (origin: the server) is stored,
   * published and materialised before this returns (`alles`: every fragment, not only the
   * changed ones).
   */
  bewerk<T>(
    document: GedeeldDocument,
    werk: (doc: Y.Doc, alsServer: (wijziging: () => void) => void) => T,
    alles: boolean,
  ): Promise<T> {
    return document.inWachtrij(async () => {
      if (document.defect) throw new Error('Opslag van dit document is mislukt');
      const uitkomst = werk(document.doc, (wijziging) =>
        document.doc.transact(wijziging, VAN_SERVER),
      );
      await document.opgeslagen();
      if (document.defect) throw new Error('Opslaan mislukt');
      if (alles) document.doc.share.forEach((_type, naam) => document.veranderd.add(naam));
      await this.opAchtergrond(document, () => this.materialiseer(document));
      return uitkomst;
    });
  }

  /**
   * In the document's queue: `ervoor` (connections told they are read-only), then everything
   * accepted is stored and materialised, and `vastleggen` gets the final state. `erna` runs
   * after a commit, `terug` after a failure.
   */
  bevries<T>(
    document: GedeeldDocument,
    vastleggen: (state: Uint8Array) => Promise<T>,
    { ervoor, erna, terug }: BevriesStappen,
  ): Promise<T> {
    return document.inWachtrij(async () => {
      if (document.defect) throw new Error('Opslag van dit document is mislukt');
      ervoor();
      try {
        await document.opgeslagen();
        if (document.defect) throw new Error('Opslaan mislukt');
        // What other instances stored and this one has not heard yet belongs in the version.
        if (this.redis.actief) await vulAanUitOpslag(document, this.store);
        document.doc.share.forEach((_type, naam) => document.veranderd.add(naam));
        await this.opAchtergrond(document, () => this.materialiseer(document));
        const uitkomst = await vastleggen(Y.encodeStateAsUpdate(document.doc));
        erna();
        return uitkomst;
      } catch (fout) {
        terug();
        throw fout;
      }
    });
  }

  /** Before a document leaves memory: what it holds is materialised and the log folded. */
  async sluitAf(document: GedeeldDocument): Promise<void> {
    clearTimeout(document.materialiseerTimer);
    clearTimeout(document.compacteerTimer);
    if (!document.defect) {
      await this.opAchtergrond(document, async () => {
        await this.materialiseer(document);
        if (document.logLengte > 0)
          await this.store.compact(document.onderdeelId, document.gematerialiseerdTot ?? undefined);
      }).catch(() => undefined); // logged; the log keeps every update for the next load
    }
    await document.achtergrond;
    this.materialiser.vergeet(document.onderdeelId);
  }

  /** A document just loaded: what storage holds may lag behind it (a crash before materialising). */
  vergelijkNaLaden(document: GedeeldDocument): void {
    void this.opAchtergrond(document, () => this.materialiseer(document, true)).catch(
      () => undefined,
    );
  }

  /**
   * Materialises (and compacts when the log has grown) at most every MATERIALISEER_NA_MS, and
   * starts right after an append has committed: its queries and commit then fall in the pause
   * before the next edit instead of beside an append, whose commit would wait for theirs.
   * Changes after the last pass are caught by a timer, which leaves the pass to an append in
   * progress if there is one.
   */
  private planMaterialisatie(document: GedeeldDocument): void {
    if (document.materialiseerTimer || document.materialisatieGepland || document.defect) return;
    const wacht = document.materialiserenVanaf - performance.now();
    if (wacht > 0) {
      document.materialiseerTimer = setTimeout(() => {
        document.materialiseerTimer = undefined;
        if (!document.schrijft) this.planMaterialisatie(document);
      }, wacht);
      return;
    }
    document.materialisatieGepland = true;
    document.materialiserenVanaf = performance.now() + MATERIALISEER_NA_MS;
    this.opAchtergrond(document, async () => {
      // Changes from here on are planned again; this pass covers everything before.
      document.materialisatieGepland = false;
      await this.materialiseer(document);
      if (document.logLengte >= COMPACT_HOOGSTENS) await this.compacteer(document);
    }).catch(() => undefined); // logged by the chain; the next edit plans another attempt
  }

  /**
   * Folds the log in the next pause of the editing: rewriting the snapshot writes the whole
   * document to the write-ahead log, and an append committing beside it waits for that flush, so
   * it is done when nobody is typing (or when the log has grown long, while editing goes on).
   */
  private planCompactie(document: GedeeldDocument): void {
    clearTimeout(document.compacteerTimer);
    if (document.logLengte < COMPACT_NA || document.defect) return;
    document.compacteerTimer = setTimeout(() => {
      document.compacteerTimer = undefined;
      if (document.schrijft || document.defect) return; // an append plans it again
      this.opAchtergrond(document, async () => {
        // What was stored since the last pass is materialised first: compaction folds no further.
        await this.materialiseer(document);
        if (document.logLengte >= COMPACT_NA) await this.compacteer(document);
      }).catch(() => undefined); // logged by the chain; the next append plans another attempt
    }, PAUZE_MS);
    document.compacteerTimer.unref();
  }

  private async compacteer(document: GedeeldDocument): Promise<void> {
    if (!document.gematerialiseerdTot) return;
    document.logLengte -= await this.store.compact(
      document.onderdeelId,
      document.gematerialiseerdTot,
    );
  }

  /**
   * Runs after the background work already planned for the document. The chain goes on after a
   * failure (it is logged); the caller gets the failure of its own work.
   */
  private opAchtergrond(document: GedeeldDocument, werk: () => Promise<void>): Promise<void> {
    const klaar = document.achtergrond.then(werk);
    document.achtergrond = klaar.catch((error: unknown) => {
      this.logger.error(`Achtergrondwerk aan ${document.onderdeelId} mislukt: ${String(error)}`);
    });
    return klaar;
  }

  /**
   * Materialises the fragments changed (all, compared with what is stored, with `vergelijk`), and
   * notes the log position this covers: compaction folds no further, so an update not yet
   * materialised stays in the log, where the check after a restart finds it.
   */
  private async materialiseer(document: GedeeldDocument, vergelijk = false): Promise<void> {
    const veranderd = document.veranderd;
    document.veranderd = new Set();
    // Every update stored so far was applied before it was stored, so this pass covers it.
    const tot = document.laatsteLogId;
    try {
      await this.materialiser.materialiseer(
        document.onderdeelId,
        document.doc,
        vergelijk ? undefined : veranderd,
        { vergelijk },
      );
      document.gematerialiseerdTot = tot;
    } catch (error) {
      veranderd.forEach((naam) => document.veranderd.add(naam));
      throw error;
    }
  }
}
