import { Injectable } from '@nestjs/common';

/*
 * The seam between documents held open on several instances. Today one process holds every open
 * document and LokaleDocumentBus delivers in-process; a transport between instances (Redis
 * pub/sub, step 7) implements DocumentBus as well, delivering to this instance's listener with
 * `vanElders: false` and to the others' with `vanElders: true`, and is bound in
 * CollaborationModule instead. Nothing else changes: the write queue publishes what it stored,
 * the document registry listens while a document is open.
 */

/** What an instance that has a document open hears about it. */
export interface DocumentLuisteraar {
  /**
   * An update that is stored. From elsewhere it is applied to this instance's copy first (not
   * stored again); either way it goes to this instance's connections.
   */
  update(update: Uint8Array, vanElders: boolean): void;
  /** An awareness change (y-protocols' update encoding), likewise. */
  aanwezigheid(awarenessUpdate: Uint8Array, vanElders: boolean): void;
  /**
   * Messages from elsewhere may have been missed (the bus lost its connection): catch up from
   * storage, which holds every update that was ever published.
   */
  herstel(): void;
}

export abstract class DocumentBus {
  private readonly luisteraars = new Map<string, Set<DocumentLuisteraar>>();

  /** Starts listening for a document opened here; answers the call that stops it. */
  luister(onderdeelId: string, luisteraar: DocumentLuisteraar): () => void {
    let set = this.luisteraars.get(onderdeelId);
    if (!set) {
      this.luisteraars.set(onderdeelId, (set = new Set()));
      this.eersteLuisteraar(onderdeelId);
    }
    set.add(luisteraar);
    return () => {
      set.delete(luisteraar);
      if (set.size > 0 || this.luisteraars.get(onderdeelId) !== set) return;
      this.luisteraars.delete(onderdeelId);
      this.laatsteLuisteraarWeg(onderdeelId);
    };
  }
  /**
   * Resolves once what others publish about the document reaches this instance: a document is
   * loaded from storage only after that, so no update falls between the two.
   */
  abstract klaar(onderdeelId: string): Promise<void>;
  /** A stored update, for every instance that has the document open (this one included). */
  abstract update(onderdeelId: string, update: Uint8Array): void;
  /** An awareness change accepted here, likewise. */
  abstract aanwezigheid(onderdeelId: string, awarenessUpdate: Uint8Array): void;

  /** A transport starts hearing about a document when it is first opened here… */
  protected eersteLuisteraar(_onderdeelId: string): void {}
  /** …and stops when the last listener leaves. */
  protected laatsteLuisteraarWeg(_onderdeelId: string): void {}

  protected bezorg(onderdeelId: string, aan: (luisteraar: DocumentLuisteraar) => void): void {
    this.luisteraars.get(onderdeelId)?.forEach(aan);
  }

  protected bezorgOveral(aan: (luisteraar: DocumentLuisteraar) => void): void {
    this.luisteraars.forEach((set) => set.forEach(aan));
  }
}

/** One instance: delivered at once, in-process, in the order published. */
@Injectable()
export class LokaleDocumentBus extends DocumentBus {
  klaar(): Promise<void> {
    return Promise.resolve();
  }

  update(onderdeelId: string, update: Uint8Array): void {
    this.bezorg(onderdeelId, (l) => l.update(update, false));
  }

  aanwezigheid(onderdeelId: string, awarenessUpdate: Uint8Array): void {
    this.bezorg(onderdeelId, (l) => l.aanwezigheid(awarenessUpdate, false));
  }
}
