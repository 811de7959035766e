import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Actor } from '../auth/actor';
import type { AccessClaims } from '../auth/auth.service';
import type { OnderdeelFase } from '../overeenkomsten/onderdeel.entity';

/** Origins of changes that are not a client's: not stored again, or the server's own. */
export const UIT_OPSLAG = Symbol('opslag');
export const VAN_SERVER = Symbol('server');
/** Stored by another instance and delivered over the DocumentBus: not stored again here. */
export const VAN_ELDERS = Symbol('elders');

export interface Rechten {
  alleenLezen: boolean;
  /** May write the preamble (the regie, in the hoofddocument). */
  preambule: boolean;
  bevroren: boolean;
}

/** One client's WebSocket on an open document, with what it may do. */
export interface Verbinding extends Rechten {
  ws: WebSocket;
  claims: AccessClaims;
  actor: Actor;
  /** Refused and closing: nothing it still sends is looked at. */
  geweigerd: boolean;
  /** The access last told to the client, so it hears of a change once. */
  gemeld?: string;
  /** The awareness client id this connection speaks for: the first it announced. */
  eigenClientId?: number;
  /** Awareness client ids this connection announced, removed when it closes. */
  clientIds: Set<number>;
}

/** The fragments of the onderdeel's layout: its afspraken, and the preamble in the hoofddocument. */
export interface Indeling {
  afspraken: Set<string>;
  hoofddocument: boolean;
  fase: OnderdeelFase;
}

/** An onderdeel's document while it is open: its Yjs state, connections and pending work. */
export class GedeeldDocument {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly verbindingen = new Set<Verbinding>();
  /** Messages and server edits run one at a time, after loading. */
  wachtrij: Promise<unknown>;
  /** Accepted updates waiting for the write in progress; they go to storage together, in order. */
  teSchrijven: Uint8Array[] = [];
  /** Whether a client's edit is among them (not only the server's own). */
  vanClientTeSchrijven = false;
  /** The write in progress, until nothing waits anymore. */
  schrijft?: Promise<void>;
  /** Storage failed: the document no longer accepts anything until it is loaded again. */
  defect = false;
  logLengte = 0;
  /** Fragments changed since they were last materialised. */
  veranderd = new Set<string>();
  /** The log position of the last update stored, and the one the materialised text covers. */
  laatsteLogId: string | null = null;
  gematerialiseerdTot: string | null = null;
  indeling?: Indeling;
  /**
   * In negotiation: a copy of the document that a client's update is applied to first, so the
   * text before and after it can be compared without touching the live document. Follows every
   * accepted change; dropped after a refusal (it holds the refused update) and made anew.
   */
  schaduw?: Y.Doc;
  materialiseerTimer?: NodeJS.Timeout;
  /** Compaction waits for a pause in the editing; restarted by every append. */
  compacteerTimer?: NodeJS.Timeout;
  /** A materialisation waits in `achtergrond`, not yet started; when the next may start. */
  materialisatieGepland = false;
  materialiserenVanaf = 0;
  /**
   * Materialisation and compaction, one at a time but beside the message queue: they only read
   * the document (synchronously) and storage, so typing never waits for them.
   */
  achtergrond: Promise<void> = Promise.resolve();
  /** The unload in progress, so shutdown and a last disconnect wait for the same one. */
  ontladen?: Promise<void>;
  /** Stops listening on the DocumentBus. */
  stopLuisteren?: () => void;

  constructor(
    readonly onderdeelId: string,
    laden: Promise<void>,
  ) {
    this.wachtrij = laden;
    // The server's own presence is not a participant.
    this.awareness.setLocalState(null);
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === UIT_OPSLAG) return;
      for (const type of transaction.changed.keys()) {
        let root = type;
        while (root._item) root = root._item.parent as typeof type;
        this.veranderd.add(Y.findRootTypeKey(root));
      }
    });
  }

  /** Resolves when every update accepted so far is stored (or storage failed). */
  opgeslagen(): Promise<void> {
    return this.schrijft ?? Promise.resolve();
  }

  /** Runs `werk` in the document's queue, after everything queued before it. */
  inWachtrij<T>(werk: () => Promise<T>): Promise<T> {
    const klaar = this.wachtrij.then(werk);
    this.wachtrij = klaar.catch(() => undefined);
    return klaar;
  }
}
