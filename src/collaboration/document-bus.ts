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
  /** Starts listening for a document opened here; answers the call that stops it. */
  abstract luister(onderdeelId: string, luisteraar: DocumentLuisteraar): () => void;
  /**
   * Resolves once what others publish about the document reaches this instance: a document is
   * loaded from storage only after that, so no update falls between the two.
   */
  abstract klaar(onderdeelId: string): Promise<void>;
  /** A stored update, for every instance that has the document open (this one included). */
  abstract update(onderdeelId: string, update: Uint8Array): void;
  /** An awareness change accepted here, likewise. */
  abstract aanwezigheid(onderdeelId: string, awarenessUpdate: Uint8Array): void;
}

/** One instance: delivered at once, in-process, in the order published. */
@Injectable()
export class LokaleDocumentBus extends DocumentBus {
  private readonly luisteraars = new Map<string, Set<DocumentLuisteraar>>();

  luister(onderdeelId: string, luisteraar: DocumentLuisteraar): () => void {
    let set = this.luisteraars.get(onderdeelId);
    if (!set) this.luisteraars.set(onderdeelId, (set = new Set()));
    set.add(luisteraar);
    return () => {
      set.delete(luisteraar);
      if (set.size === 0 && this.luisteraars.get(onderdeelId) === set)
        this.luisteraars.delete(onderdeelId);
    };
  }

  klaar(): Promise<void> {
    return Promise.resolve();
  }

  update(onderdeelId: string, update: Uint8Array): void {
    this.luisteraars.get(onderdeelId)?.forEach((l) => l.update(update, false));
  }

  aanwezigheid(onderdeelId: string, awarenessUpdate: Uint8Array): void {
    this.luisteraars.get(onderdeelId)?.forEach((l) => l.aanwezigheid(awarenessUpdate, false));
  }
}
