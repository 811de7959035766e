import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { isUUID } from 'class-validator';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import * as Y from 'yjs';
import type { Actor } from '../auth/actor';
import { type AccessClaims, AuthService } from '../auth/auth.service';
import { AppError, ErrorCode } from '../common/app-error';
import { PermissionsService } from '../partijen/permissions.service';
import { ToegangEvents } from '../partijen/toegang-events';
import { CollabStore } from './collab.store';
import { Materialiser } from './materialiser';
import {
  type PmNode,
  PREAMBULE_FRAGMENT,
  setFragmentProseMirror,
  setFragmentText,
} from './prosemirror';
import {
  heeftStuurteken,
  stuurtekenPosities,
  zonderStuurtekens,
  zonderStuurtekensDiep,
} from '../common/stuurtekens';
import { leesUpdate } from './update-controle';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
/**
 * The co-editor's own message (beside y-websocket's 0–3): what this connection may change, as
 * JSON ({@link Toegang}), sent on connect and whenever it changes. Stock clients log it as unknown.
 */
export const MESSAGE_TOEGANG = 20;

/** What one connection may change, as the server decides it. */
export interface Toegang {
  /** Nothing this connection sends is accepted. */
  alleenLezen: boolean;
  /** The preamble (hoofddocument only) is not this connection's to change. */
  preambuleAlleenLezen: boolean;
  /** Read-only because the onderdeel lies ter ondertekening or is signed. */
  bevroren: boolean;
}

/** Close codes in 4400–4499 make the stock y-websocket client stop reconnecting. */
export const CLOSE_ONGELDIG_BERICHT = 4400;
export const CLOSE_NIET_INGELOGD = 4401;
export const CLOSE_GEEN_TOEGANG = 4403;
/** An update or awareness state over its limit ({@link MAX_UPDATE_BYTES}, {@link MAX_AWARENESS_BYTES}). */
export const CLOSE_TE_GROOT = 4413;

/** One Yjs update; a long afspraak with tables is a few tens of KB. */
export const MAX_UPDATE_BYTES = 256 * 1024;
/** One client's awareness state (name, colour, cursor). */
export const MAX_AWARENESS_BYTES = 16 * 1024;

/** Larger messages close the connection (ws answers with 1009). A long afspraak with tables fits easily. */
export const MAX_BERICHT_BYTES = 2 * 1024 * 1024;
/** Updates in the log before it is folded into the snapshot. */
const COMPACT_NA = 200;
const MATERIALISEER_NA_MS = 250;
/**
 * Documents checked after start-up (those with updates in their log: open when the process
 * stopped). The rest is checked when it is next loaded.
 */
const HERSTEL_NA_START = 1000;

/** Origins of changes that are not a client's: they are not stored again or are the server's own. */
const UIT_OPSLAG = Symbol('opslag');
const VAN_SERVER = Symbol('server');

interface Verbinding {
  ws: WebSocket;
  claims: AccessClaims;
  actor: Actor;
  alleenLezen: boolean;
  /** May write the preamble (the regie, in the hoofddocument). */
  preambule: boolean;
  bevroren: boolean;
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
interface Indeling {
  afspraken: Set<string>;
  hoofddocument: boolean;
}

class GedeeldDocument {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly verbindingen = new Set<Verbinding>();
  /** Messages and server edits run one at a time, after loading. */
  wachtrij: Promise<unknown>;
  /** Accepted updates waiting for the write in progress; they go to storage together, in order. */
  teSchrijven: Uint8Array[] = [];
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
  materialiseerTimer?: NodeJS.Timeout;
  /**
   * Materialisation and compaction, one at a time but beside the message queue: they only read
   * the document (synchronously) and storage, so typing never waits for them.
   */
  achtergrond: Promise<void> = Promise.resolve();
  /** The unload in progress, so shutdown and a last disconnect wait for the same one. */
  ontladen?: Promise<void>;

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
}

/**
 * The co-editor at /collab/<onderdeelId>, speaking the y-websocket protocol so the stock
 * WebsocketProvider connects unchanged. Written on y-protocols rather than with the helpers of
 * @y/websocket-server, because those apply and broadcast an update before anything can store it,
 * do not await loading before the first sync, and know no read-only connections.
 */
@Injectable()
export class CollabServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Collab');
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BERICHT_BYTES });
  private readonly documenten = new Map<string, GedeeldDocument>();
  /** Unloads still storing their last state; shutdown waits for them before the database closes. */
  private readonly bezig = new Set<Promise<void>>();
  private stopLuisteren?: () => void;
  /** The check of materialised text after start-up, and whether shutdown asked it to stop. */
  private herstelNaStart?: Promise<void>;
  private stopt = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly permissions: PermissionsService,
    private readonly store: CollabStore,
    private readonly materialiser: Materialiser,
    private readonly toegang: ToegangEvents,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(request, socket, head),
    );
    this.stopLuisteren = this.toegang.luister(() => this.herbeoordeel());
    this.herstelNaStart = this.herstelGematerialiseerd();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopt = true;
    this.stopLuisteren?.();
    await this.herstelNaStart;
    for (const client of this.wss.clients) client.terminate();
    for (const document of this.documenten.values()) document.verbindingen.clear();
    await Promise.all([...this.documenten.values()].map((d) => this.ontlaad(d)));
    await Promise.all([...this.bezig]);
    this.wss.close();
  }

  /**
   * Materialised text may lag behind a document only while updates wait in its log (compaction
   * folds only what was materialised), so after start-up only documents with a log are loaded,
   * compared and unloaded again, one at a time in the background: cheap however large the
   * database. Each document is compared again whenever it is loaded.
   */
  private async herstelGematerialiseerd(): Promise<void> {
    let onderdelen: string[];
    try {
      onderdelen = await this.store.withLog(HERSTEL_NA_START);
    } catch (error) {
      this.logger.error(`Controle van gematerialiseerde tekst mislukt: ${String(error)}`);
      return;
    }
    for (const onderdeelId of onderdelen) {
      if (this.stopt) return;
      await this.metDocument(onderdeelId, () => undefined).catch((error: unknown) =>
        this.logger.error(`Controle van onderdeel ${onderdeelId} mislukt: ${String(error)}`),
      );
    }
  }

  /** Open documents, for tests and monitoring. */
  get geladenDocumenten(): string[] {
    return [...this.documenten.keys()];
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/collab\/([^/]+)$/.exec(url.pathname);
    if (!match) {
      // /graphql belongs to the subscriptions server; any other path would otherwise hang.
      if (url.pathname !== '/graphql') {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
      return;
    }
    const token = url.searchParams.get('token');
    this.wss.handleUpgrade(
      request,
      socket,
      head,
      (ws) => void this.verbind(ws, decodeURIComponent(match[1]!), token),
    );
  }

  private async verbind(ws: WebSocket, onderdeelId: string, token: string | null): Promise<void> {
    // Messages that arrive while the connection is checked and the document loads wait here.
    const vroeg: RawData[] = [];
    const bewaar = (data: RawData) => vroeg.push(data);
    ws.on('message', bewaar);
    ws.on('error', () => ws.terminate());

    let claims: AccessClaims;
    let actor: Actor;
    try {
      claims = await this.auth.verifieer(token ?? '');
      actor = await this.auth.actorVoorSessie(claims);
    } catch {
      ws.close(CLOSE_NIET_INGELOGD, 'Niet ingelogd');
      return;
    }
    let rechten: Pick<Verbinding, 'alleenLezen' | 'preambule' | 'bevroren'>;
    try {
      if (!isUUID(onderdeelId)) throw new Error('geen id');
      rechten = await this.rechten(actor, onderdeelId);
    } catch {
      ws.close(CLOSE_GEEN_TOEGANG, 'Geen toegang tot dit onderdeel');
      return;
    }
    if (ws.readyState !== WebSocket.OPEN) return;

    const document = this.document(onderdeelId);
    const verbinding: Verbinding = {
      ws,
      claims,
      actor,
      ...rechten,
      geweigerd: false,
      clientIds: new Set(),
    };
    document.verbindingen.add(verbinding);
    ws.on('close', () => void this.sluit(document, verbinding));
    try {
      await document.wachtrij;
    } catch {
      ws.close(1011, 'Document kon niet worden geladen');
      return;
    }
    ws.off('message', bewaar);
    const verwerk = (data: RawData) => {
      document.wachtrij = document.wachtrij.then(() => this.bericht(document, verbinding, data));
    };
    ws.on('message', verwerk);

    this.stuurToegang(document, verbinding);
    const stap1 = encoding.createEncoder();
    encoding.writeVarUint(stap1, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(stap1, document.doc);
    this.stuur(verbinding, encoding.toUint8Array(stap1));
    const staten = [...document.awareness.getStates().keys()];
    if (staten.length) {
      this.stuur(verbinding, this.awarenessBericht(document, staten));
    }
    vroeg.forEach(verwerk);
  }

  private document(onderdeelId: string): GedeeldDocument {
    const bestaand = this.documenten.get(onderdeelId);
    if (bestaand) return bestaand;
    const laden = this.store.load(onderdeelId).then(async ({ updates, logLength, lastLogId }) => {
      document.logLengte = logLength;
      document.laatsteLogId = lastLogId;
      Y.transact(
        document.doc,
        () => updates.forEach((u) => Y.applyUpdate(document.doc, u, UIT_OPSLAG)),
        UIT_OPSLAG,
      );
      document.indeling = await this.leesIndeling(onderdeelId);
      // Text stored before control characters were refused is cleaned, as a change of the
      // server's: stored, and sent to whoever opens the document.
      document.doc.transact(() => verwijderStuurtekens(document.doc), VAN_SERVER);
      // What storage holds may lag behind the document (a crash before materialising).
      void this.opAchtergrond(document, () => this.materialiseer(document, true)).catch(
        () => undefined,
      );
    });
    const document: GedeeldDocument = new GedeeldDocument(onderdeelId, laden);
    laden.catch((error: unknown) => {
      this.logger.error(`Laden van onderdeel ${onderdeelId} mislukt: ${String(error)}`);
      this.documenten.delete(onderdeelId);
    });
    document.doc.on('update', (update: Uint8Array, origin: unknown) =>
      this.geaccepteerd(document, update, origin),
    );
    document.awareness.on(
      'update',
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        const veranderd = [...added, ...updated, ...removed];
        const bron = [...document.verbindingen].find((v) => v === origin);
        if (bron) {
          added.forEach((id) => bron.clientIds.add(id));
          removed.forEach((id) => bron.clientIds.delete(id));
        }
        const bericht = this.awarenessBericht(document, veranderd);
        document.verbindingen.forEach((v) => this.stuur(v, bericht));
      },
    );
    this.documenten.set(onderdeelId, document);
    return document;
  }

  private awarenessBericht(document: GedeeldDocument, clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(document.awareness, clientIds),
    );
    return encoding.toUint8Array(encoder);
  }

  /** Every accepted change is stored before anyone else receives it. */
  private geaccepteerd(document: GedeeldDocument, update: Uint8Array, origin: unknown): void {
    if (origin === UIT_OPSLAG) return;
    document.teSchrijven.push(update);
    document.schrijft ??= this.schrijf(document);
  }

  /**
   * Writes what waits, as one row per write, and then broadcasts it; updates accepted during a
   * write go in the next one. Under load this keeps the delay at about one round trip instead of
   * a queue of them.
   */
  private async schrijf(document: GedeeldDocument): Promise<void> {
    while (document.teSchrijven.length > 0) {
      const updates = document.teSchrijven.splice(0);
      try {
        document.laatsteLogId = await this.store.append(
          document.onderdeelId,
          updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates),
        );
      } catch (error) {
        // What could not be stored must not be shown as saved: the document is dropped, and every
        // client resyncs from what storage holds and sends its own changes again.
        this.logger.error(`Opslaan in onderdeel ${document.onderdeelId} mislukt: ${String(error)}`);
        document.defect = true;
        document.teSchrijven = [];
        if (this.documenten.get(document.onderdeelId) === document)
          this.documenten.delete(document.onderdeelId);
        document.verbindingen.forEach((v) => v.ws.close(1011, 'Opslaan mislukt'));
        break;
      }
      document.logLengte++;
      for (const update of updates) {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.writeUpdate(encoder, update);
        const bericht = encoding.toUint8Array(encoder);
        document.verbindingen.forEach((v) => this.stuur(v, bericht));
      }
      this.planMaterialisatie(document);
    }
    document.schrijft = undefined;
  }

  private async bericht(
    document: GedeeldDocument,
    verbinding: Verbinding,
    data: RawData,
  ): Promise<void> {
    const bytes =
      data instanceof Buffer
        ? new Uint8Array(data)
        : Array.isArray(data)
          ? new Uint8Array(Buffer.concat(data))
          : new Uint8Array(data);
    if (verbinding.geweigerd) return;
    try {
      const decoder = decoding.createDecoder(bytes);
      const soort = decoding.readVarUint(decoder);
      if (soort === MESSAGE_SYNC) {
        const stap = decoding.readVarUint(decoder);
        if (stap === syncProtocol.messageYjsSyncStep1) {
          // The answer carries the whole document: nothing in it may be unstored.
          await document.opgeslagen();
          const antwoord = encoding.createEncoder();
          encoding.writeVarUint(antwoord, MESSAGE_SYNC);
          syncProtocol.readSyncStep1(decoder, antwoord, document.doc);
          this.stuur(verbinding, encoding.toUint8Array(antwoord));
        } else if (
          stap === syncProtocol.messageYjsSyncStep2 ||
          stap === syncProtocol.messageYjsUpdate
        ) {
          const update = decoding.readVarUint8Array(decoder);
          // Read-only connections may send their state (the stock client always answers step 1);
          // it is refused here and reaches neither storage nor other clients.
          if (verbinding.alleenLezen || document.defect) return;
          if (update.length > MAX_UPDATE_BYTES) {
            return this.weiger(verbinding, CLOSE_TE_GROOT, 'Wijziging te groot');
          }
          // Throws on malformed bytes before the document is touched.
          const inhoud = leesUpdate(document.doc, update);
          // Refused whole and the connection closed, never stripped or partly applied: the
          // sender's later updates build on this one, so its copy and everyone else's would part.
          if (inhoud.stuurteken) {
            return this.weiger(verbinding, CLOSE_ONGELDIG_BERICHT, 'Ongeldig teken in de tekst');
          }
          if (inhoud.onvolledig || inhoud.subdocument) {
            return this.weiger(verbinding, CLOSE_ONGELDIG_BERICHT, 'Ongeldige wijziging');
          }
          const buiten = await this.nietToegestaan(document, verbinding, inhoud.fragmenten);
          if (buiten) {
            return this.weiger(verbinding, CLOSE_GEEN_TOEGANG, `Geen schrijfrecht in ${buiten}`);
          }
          Y.applyUpdate(document.doc, update, verbinding);
        } else {
          throw new Error(`onbekend sync-bericht ${stap}`);
        }
      } else if (soort === MESSAGE_AWARENESS) {
        this.awareness(document, verbinding, decoding.readVarUint8Array(decoder));
      } else {
        throw new Error(`onbekend bericht ${soort}`);
      }
    } catch (error) {
      this.logger.warn(
        `Ongeldig bericht op onderdeel ${document.onderdeelId} gesloten: ${String(error)}`,
      );
      verbinding.ws.close(CLOSE_ONGELDIG_BERICHT, 'Ongeldig bericht');
    }
  }

  /**
   * Applies only the connection's own awareness state. The stock client echoes the states of
   * everyone else it hears of (and their removal when they time out), so other client ids are
   * dropped silently rather than refused: relayed, they would let anyone rename or remove others.
   */
  private awareness(document: GedeeldDocument, verbinding: Verbinding, inhoud: Uint8Array): void {
    const decoder = decoding.createDecoder(inhoud);
    const staten: { clientId: number; clock: number; state: string }[] = [];
    for (let n = decoding.readVarUint(decoder); n > 0; n--) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      if (Buffer.byteLength(state) > MAX_AWARENESS_BYTES) {
        return this.weiger(verbinding, CLOSE_TE_GROOT, 'Aanwezigheidsgegevens te groot');
      }
      JSON.parse(state); // throws on junk: closed as an invalid message
      staten.push({ clientId, clock, state });
    }
    if (verbinding.eigenClientId === undefined && staten.length > 0) {
      const kandidaat = staten[0]!.clientId;
      const vanAnder = [...document.verbindingen].some(
        (v) => v !== verbinding && v.eigenClientId === kandidaat,
      );
      if (!vanAnder) verbinding.eigenClientId = kandidaat;
    }
    const eigen = staten.filter((s) => s.clientId === verbinding.eigenClientId);
    if (eigen.length === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, eigen.length);
    for (const { clientId, clock, state } of eigen) {
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, state);
    }
    awarenessProtocol.applyAwarenessUpdate(
      document.awareness,
      encoding.toUint8Array(encoder),
      verbinding,
    );
  }

  /** Nothing more from this connection is looked at; the stock client does not retry a 44xx. */
  private weiger(verbinding: Verbinding, code: number, reden: string): void {
    verbinding.geweigerd = true;
    verbinding.ws.close(code, reden);
  }

  /**
   * The first fragment of `fragmenten` this connection may not write, or null: afspraken of the
   * onderdeel, and the preamble of the hoofddocument for the regie only (as updateOvereenkomst).
   * An afspraak added since the layout was read is looked up again before anything is refused.
   */
  private async nietToegestaan(
    document: GedeeldDocument,
    verbinding: Verbinding,
    fragmenten: Set<string>,
  ): Promise<string | null> {
    const past = (naam: string, indeling: Indeling) =>
      naam === PREAMBULE_FRAGMENT
        ? indeling.hoofddocument && verbinding.preambule
        : indeling.afspraken.has(naam);
    let indeling = document.indeling ?? (await this.leesIndeling(document.onderdeelId));
    if ([...fragmenten].some((naam) => !past(naam, indeling) && naam !== PREAMBULE_FRAGMENT)) {
      indeling = await this.leesIndeling(document.onderdeelId);
    }
    document.indeling = indeling;
    return [...fragmenten].find((naam) => !past(naam, indeling)) ?? null;
  }

  private async leesIndeling(onderdeelId: string): Promise<Indeling> {
    const { afspraakIds, hoofddocument } = await this.store.layout(onderdeelId);
    return { afspraken: new Set(afspraakIds), hoofddocument };
  }

  private async rechten(
    actor: Actor,
    onderdeelId: string,
  ): Promise<Pick<Verbinding, 'alleenLezen' | 'preambule' | 'bevroren'>> {
    const toegang = await this.permissions.onderdeelToegang(actor, onderdeelId);
    const alleenLezen = toegang.toegang !== 'SCHRIJVEN';
    return { alleenLezen, preambule: !alleenLezen && toegang.regie, bevroren: toegang.bevroren };
  }

  private stuurToegang(document: GedeeldDocument, verbinding: Verbinding): void {
    const toegang: Toegang = {
      alleenLezen: verbinding.alleenLezen,
      preambuleAlleenLezen: !(verbinding.preambule && document.indeling?.hoofddocument),
      bevroren: verbinding.bevroren,
    };
    const bericht = JSON.stringify(toegang);
    if (verbinding.gemeld === bericht) return;
    verbinding.gemeld = bericht;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_TOEGANG);
    encoding.writeVarString(encoder, bericht);
    this.stuur(verbinding, encoding.toUint8Array(encoder));
  }

  private stuur(verbinding: Verbinding, bericht: Uint8Array): void {
    if (verbinding.ws.readyState !== WebSocket.OPEN) return;
    verbinding.ws.send(bericht, (error) => {
      if (error) verbinding.ws.terminate();
    });
  }

  private async sluit(document: GedeeldDocument, verbinding: Verbinding): Promise<void> {
    if (!document.verbindingen.delete(verbinding)) return;
    awarenessProtocol.removeAwarenessStates(document.awareness, [...verbinding.clientIds], null);
    if (document.verbindingen.size === 0) await this.ontlaad(document);
  }

  /** A document nobody has open leaves memory, after its changes are stored and materialised. */
  private ontlaad(document: GedeeldDocument): Promise<void> {
    if (!document.ontladen) {
      const ontladen = this.doeOntlaad(document).finally(() => {
        document.ontladen = undefined;
        this.bezig.delete(ontladen);
      });
      document.ontladen = ontladen;
      this.bezig.add(ontladen);
    }
    return document.ontladen;
  }

  private async doeOntlaad(document: GedeeldDocument): Promise<void> {
    await document.wachtrij.catch(() => undefined);
    await document.opgeslagen();
    // Someone connected while the pending work finished: the document stays.
    if (document.verbindingen.size > 0) return;
    if (this.documenten.get(document.onderdeelId) === document)
      this.documenten.delete(document.onderdeelId);
    clearTimeout(document.materialiseerTimer);
    if (!document.defect) {
      await this.opAchtergrond(document, async () => {
        await this.materialiseer(document);
        if (document.logLengte > 0)
          await this.store.compact(document.onderdeelId, document.gematerialiseerdTot ?? undefined);
      }).catch(() => undefined); // logged; the log keeps every update for the next load
    }
    await document.achtergrond;
    this.materialiser.vergeet(document.onderdeelId);
    document.awareness.destroy();
    document.doc.destroy();
  }

  private planMaterialisatie(document: GedeeldDocument): void {
    if (document.materialiseerTimer) return;
    document.materialiseerTimer = setTimeout(() => {
      document.materialiseerTimer = undefined;
      this.opAchtergrond(document, async () => {
        await this.materialiseer(document);
        if (document.logLengte >= COMPACT_NA && document.gematerialiseerdTot)
          document.logLengte -= await this.store.compact(
            document.onderdeelId,
            document.gematerialiseerdTot,
          );
      }).catch(() => undefined); // logged by the chain; the next edit plans another attempt
    }, MATERIALISEER_NA_MS);
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

  /**
   * Runs `werk` on the onderdeel's document in its queue, so no client's message is applied
   * meanwhile; a change it makes (origin: the server) is stored, broadcast to open editors and
   * materialised before this returns, and the materialised tables then match the document
   * (`alles` materialises every fragment, not only the changed ones). The document is loaded
   * for the occasion when nobody has it open.
   */
  async metDocument<T>(
    onderdeelId: string,
    werk: (doc: Y.Doc, alsServer: (wijziging: () => void) => void) => T,
    { alles = false }: { alles?: boolean } = {},
  ): Promise<T> {
    const document = this.document(onderdeelId);
    const klaar = document.wachtrij.then(async () => {
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
    document.wachtrij = klaar.catch(() => undefined);
    try {
      return await klaar;
    } finally {
      if (document.verbindingen.size === 0) await this.ontlaad(document);
    }
  }

  /** An afspraak left the onderdeel: its fragment is no longer writable in the open document. */
  indelingGewijzigd(onderdeelId: string): void {
    const document = this.documenten.get(onderdeelId);
    // Emptied rather than dropped: the next write into any afspraak reads the layout again.
    if (document?.indeling) document.indeling = { ...document.indeling, afspraken: new Set() };
  }

  /** Makes the materialised tables match an open document now (nothing to do when none is open). */
  async bijgewerkt(onderdeelId: string): Promise<void> {
    if (this.documenten.has(onderdeelId)) await this.metDocument(onderdeelId, () => undefined);
  }

  /**
   * Refuses text the co-editor would not accept from a client. Services call it with the rest of
   * their validation, before they write anything, so a refusal leaves no trace.
   */
  static controleerTekst(tekst: string | null | undefined, veld: string): void {
    if (tekst != null && heeftStuurteken(tekst)) {
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        'De tekst bevat een stuurteken (zoals NUL); alleen tab en nieuwe regel zijn toegestaan',
        veld,
      );
    }
  }

  /**
   * Replaces a fragment's text (a GraphQL mutation, an accepted proposal) through the document.
   * Control characters in text stored before they were refused are left out.
   */
  zetTekst(onderdeelId: string, fragment: string, tekst: string): Promise<void> {
    return this.metDocument(onderdeelId, (doc, alsServer) =>
      alsServer(() => setFragmentText(doc.getXmlFragment(fragment), zonderStuurtekens(tekst))),
    );
  }

  /** Replaces a fragment's content with ProseMirror JSON (restoring a version), formatting kept. */
  zetInhoud(onderdeelId: string, fragment: string, inhoud: PmNode): Promise<void> {
    return this.metDocument(onderdeelId, (doc, alsServer) =>
      alsServer(() =>
        setFragmentProseMirror(doc.getXmlFragment(fragment), zonderStuurtekensDiep(inhoud)),
      ),
    );
  }

  /**
   * Freezes the document while `vastleggen` commits the version: open editors are told they are
   * read-only, every accepted change is stored and materialised, and `vastleggen` gets the final
   * state, all in the document's queue, so nothing a client sends meanwhile is applied. After a
   * commit every connection stays read-only (the onderdeel lies ter ondertekening); after a
   * failure each is given back what it had. Nothing here outlives the process: a crash leaves
   * the document as it was, and the database either with the whole freeze or without it.
   */
  async bevries<T>(onderdeelId: string, vastleggen: (state: Uint8Array) => Promise<T>): Promise<T> {
    const document = this.document(onderdeelId);
    const klaar = document.wachtrij.then(async () => {
      if (document.defect) throw new Error('Opslag van dit document is mislukt');
      const eerder = new Map(
        [...document.verbindingen].map((v) => [
          v,
          { alleenLezen: v.alleenLezen, bevroren: v.bevroren },
        ]),
      );
      const zet = (v: Verbinding, rechten: { alleenLezen: boolean; bevroren: boolean }) => {
        Object.assign(v, rechten);
        this.stuurToegang(document, v);
      };
      eerder.forEach((_rechten, v) => zet(v, { alleenLezen: true, bevroren: true }));
      try {
        await document.opgeslagen();
        if (document.defect) throw new Error('Opslaan mislukt');
        document.doc.share.forEach((_type, naam) => document.veranderd.add(naam));
        await this.opAchtergrond(document, () => this.materialiseer(document));
        const uitkomst = await vastleggen(Y.encodeStateAsUpdate(document.doc));
        document.verbindingen.forEach((v) => zet(v, { alleenLezen: true, bevroren: true }));
        return uitkomst;
      } catch (fout) {
        eerder.forEach((rechten, v) => zet(v, rechten));
        throw fout;
      }
    });
    document.wachtrij = klaar.catch(() => undefined);
    try {
      return await klaar;
    } finally {
      if (document.verbindingen.size === 0) await this.ontlaad(document);
    }
  }

  /** Rights changed somewhere: every open connection is judged again, now. */
  private async herbeoordeel(): Promise<void> {
    for (const document of this.documenten.values()) {
      for (const verbinding of [...document.verbindingen]) {
        try {
          verbinding.actor = await this.auth.actorVoorSessie(verbinding.claims);
        } catch {
          // Closing takes a round trip; what the client sends meanwhile is refused too.
          verbinding.alleenLezen = true;
          verbinding.ws.close(CLOSE_NIET_INGELOGD, 'Sessie beëindigd');
          continue;
        }
        try {
          const rechten = await this.rechten(verbinding.actor, document.onderdeelId);
          const veranderd =
            rechten.alleenLezen !== verbinding.alleenLezen ||
            rechten.preambule !== verbinding.preambule ||
            rechten.bevroren !== verbinding.bevroren;
          Object.assign(verbinding, rechten);
          if (veranderd) this.stuurToegang(document, verbinding);
        } catch {
          verbinding.alleenLezen = true;
          verbinding.ws.close(CLOSE_GEEN_TOEGANG, 'Geen toegang meer tot dit onderdeel');
        }
      }
    }
  }
}

/**
 * Removes control characters from every text and attribute in the document: content stored
 * before they were refused. Runs inside a transaction of the caller's.
 */
function verwijderStuurtekens(doc: Y.Doc): void {
  const schoon = (type: Y.XmlFragment | Y.XmlElement) => {
    if (type instanceof Y.XmlElement) {
      for (const [naam, waarde] of Object.entries(type.getAttributes())) {
        if (typeof waarde === 'string' && heeftStuurteken(waarde))
          type.setAttribute(naam, zonderStuurtekens(waarde));
      }
    }
    for (const kind of type.toArray()) {
      if (kind instanceof Y.XmlElement) schoon(kind);
      if (!(kind instanceof Y.XmlText)) continue;
      const posities: number[] = [];
      let positie = 0;
      for (const op of kind.toDelta() as { insert: unknown }[]) {
        if (typeof op.insert !== 'string') {
          positie += 1;
          continue;
        }
        stuurtekenPosities(op.insert).forEach((p) => posities.push(positie + p));
        positie += op.insert.length;
      }
      // From the end, so the positions still to come stay valid.
      for (const p of posities.reverse()) kind.delete(p, 1);
    }
  };
  doc.share.forEach((_type, naam) => {
    try {
      schoon(doc.getXmlFragment(naam));
    } catch {
      // A root of another kind (never written by this server or its clients): not text.
    }
  });
}
