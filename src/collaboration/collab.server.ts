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
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import * as Y from 'yjs';
import type { Actor } from '../auth/actor';
import { type AccessClaims, AuthService } from '../auth/auth.service';
import { zonderStuurtekens, zonderStuurtekensDiep } from '../common/stuurtekens';
import type { OnderdeelFase } from '../overeenkomsten/onderdeel.entity';
import { ToegangEvents } from '../partijen/toegang-events';
import { SuggestieBoekhouding } from '../suggesties/suggestie-boekhouding';
import {
  awarenessBerichtVoor,
  bytesVan,
  CLOSE_GEEN_TOEGANG,
  CLOSE_NIET_INGELOGD,
  CLOSE_ONGELDIG_BERICHT,
  CLOSE_SUGGESTIEREGEL,
  CLOSE_TE_GROOT,
  leesAwareness,
  MAX_BERICHT_BYTES,
  MAX_UPDATE_BYTES,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  schrijfAwareness,
  stuur,
  syncStap1Bericht,
  syncStap2Bericht,
} from './collab.protocol';
import { CollabStore } from './collab.store';
import { DocumentRegister } from './document-register';
import type { GedeeldDocument, Rechten, Verbinding } from './gedeeld-document';
import {
  type PmNode,
  setFragmentProseMirror,
  setFragmentText,
  wijzigFragment,
} from './prosemirror';
import { Schrijfwachtrij } from './schrijfwachtrij';
import { regelSuggestie, type SuggestieActie } from './suggestie-afhandeling';
import { leesUpdate } from './update-controle';

/** Documents checked after start-up (with a log: open when the process stopped); the rest on load. */
const HERSTEL_NA_START = 1000;

/**
 * The co-editor at /collab/<onderdeelId>, speaking the y-websocket protocol so the stock
 * WebsocketProvider connects unchanged, and the door for services that write into its documents.
 * Written on y-protocols rather than with the helpers of @y/websocket-server, because those apply
 * and broadcast an update before anything can store it, do not await loading before the first
 * sync, and know no read-only connections. This class handles the protocol (upgrade, auth, each
 * message and its checks); DocumentRegister holds the open documents and their connections,
 * Schrijfwachtrij stores before anything is published on the DocumentBus.
 */
@Injectable()
export class CollabServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Collab');
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BERICHT_BYTES });
  private stopLuisteren?: () => void;
  /** The check of materialised text after start-up, and whether shutdown asked it to stop. */
  private herstelNaStart?: Promise<void>;
  private stopt = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly store: CollabStore,
    private readonly register: DocumentRegister,
    private readonly wachtrij: Schrijfwachtrij,
    private readonly toegang: ToegangEvents,
    private readonly suggesties: SuggestieBoekhouding,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(request, socket, head),
    );
    this.stopLuisteren = this.toegang.luister(() => this.register.herbeoordeel());
    this.herstelNaStart = this.herstelGematerialiseerd();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopt = true;
    this.stopLuisteren?.();
    await this.herstelNaStart;
    for (const client of this.wss.clients) client.terminate();
    await this.register.sluitAlles();
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
    return this.register.geladen;
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
    let rechten: Rechten;
    try {
      if (!isUUID(onderdeelId)) throw new Error('geen id');
      rechten = await this.register.rechten(actor, onderdeelId);
    } catch {
      ws.close(CLOSE_GEEN_TOEGANG, 'Geen toegang tot dit onderdeel');
      return;
    }
    if (ws.readyState !== WebSocket.OPEN) return;

    const document = this.register.document(onderdeelId);
    const verbinding: Verbinding = {
      ws,
      claims,
      actor,
      ...rechten,
      geweigerd: false,
      clientIds: new Set(),
    };
    document.verbindingen.add(verbinding);
    ws.on('close', () => void this.register.sluit(document, verbinding));
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

    this.register.stuurToegang(document, verbinding);
    stuur(ws, syncStap1Bericht(document.doc));
    const staten = [...document.awareness.getStates().keys()];
    if (staten.length) stuur(ws, awarenessBerichtVoor(document.awareness, staten));
    vroeg.forEach(verwerk);
  }

  private async bericht(
    document: GedeeldDocument,
    verbinding: Verbinding,
    data: RawData,
  ): Promise<void> {
    const bytes = bytesVan(data);
    if (verbinding.geweigerd) return;
    try {
      const decoder = decoding.createDecoder(bytes);
      const soort = decoding.readVarUint(decoder);
      if (soort === MESSAGE_SYNC) {
        const stap = decoding.readVarUint(decoder);
        if (stap === syncProtocol.messageYjsSyncStep1) {
          // The answer carries the whole document: nothing in it may be unstored.
          await document.opgeslagen();
          stuur(verbinding.ws, syncStap2Bericht(decoder, document.doc));
        } else if (
          stap === syncProtocol.messageYjsSyncStep2 ||
          stap === syncProtocol.messageYjsUpdate
        ) {
          await this.update(document, verbinding, decoding.readVarUint8Array(decoder));
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

  /** A client's update: checked whole, then applied (the write queue stores it before anyone sees it). */
  private async update(
    document: GedeeldDocument,
    verbinding: Verbinding,
    update: Uint8Array,
  ): Promise<void> {
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
    if (inhoud.onvolledig || inhoud.subdocument || inhoud.strijdig) {
      return this.weiger(verbinding, CLOSE_ONGELDIG_BERICHT, 'Ongeldige wijziging');
    }
    const buiten = await this.register.nietToegestaan(document, verbinding, inhoud.fragmenten);
    if (buiten) {
      return this.weiger(verbinding, CLOSE_GEEN_TOEGANG, `Geen schrijfrecht in ${buiten}`);
    }
    const regel = this.register.toetsSuggestieregel(
      document,
      verbinding,
      inhoud.fragmenten,
      update,
    );
    if (regel) return this.weiger(verbinding, CLOSE_SUGGESTIEREGEL, regel);
    Y.applyUpdate(document.doc, update, verbinding);
  }

  /**
   * Applies only the connection's own awareness state. The stock client echoes the states of
   * everyone else it hears of (and their removal when they time out), so other client ids are
   * dropped silently rather than refused: relayed, they would let anyone rename or remove others.
   */
  private awareness(document: GedeeldDocument, verbinding: Verbinding, inhoud: Uint8Array): void {
    const staten = leesAwareness(inhoud);
    if (staten === 'te-groot') {
      return this.weiger(verbinding, CLOSE_TE_GROOT, 'Aanwezigheidsgegevens te groot');
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
    awarenessProtocol.applyAwarenessUpdate(document.awareness, schrijfAwareness(eigen), verbinding);
  }

  /** Nothing more from this connection is looked at; the stock client does not retry a 44xx. */
  private weiger(verbinding: Verbinding, code: number, reden: string): void {
    verbinding.geweigerd = true;
    verbinding.ws.close(code, reden);
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
    const document = this.register.document(onderdeelId);
    try {
      return await this.wachtrij.bewerk(document, werk, alles);
    } finally {
      await this.register.ontlaadAlsLeeg(document);
    }
  }

  /** An afspraak left the onderdeel: its fragment is no longer writable in the open document. */
  indelingGewijzigd(onderdeelId: string): void {
    this.register.indelingGewijzigd(onderdeelId);
  }

  /** The onderdeel's phase changed (openOnderhandeling, the first standpunt): see DocumentRegister. */
  faseGewijzigd(onderdeelId: string, fase: OnderdeelFase): void {
    this.register.faseGewijzigd(onderdeelId, fase);
  }

  /** Makes the materialised tables match an open document now (nothing to do when none is open). */
  async bijgewerkt(onderdeelId: string): Promise<void> {
    if (this.register.open(onderdeelId)) await this.metDocument(onderdeelId, () => undefined);
  }

  /**
   * Replaces a fragment's text (a GraphQL mutation, an accepted proposal) through the document.
   * Control characters in text stored before they were refused are left out.
   */
  async zetTekst(onderdeelId: string, fragment: string, tekst: string): Promise<void> {
    await this.suggesties.vervangen(fragment);
    return this.metDocument(onderdeelId, (doc, alsServer) =>
      alsServer(() => setFragmentText(doc.getXmlFragment(fragment), zonderStuurtekens(tekst))),
    );
  }

  /** Replaces a fragment's content with ProseMirror JSON (restoring a version), formatting kept. */
  async zetInhoud(onderdeelId: string, fragment: string, inhoud: PmNode): Promise<void> {
    await this.suggesties.vervangen(fragment);
    return this.metDocument(onderdeelId, (doc, alsServer) =>
      alsServer(() =>
        setFragmentProseMirror(doc.getXmlFragment(fragment), zonderStuurtekensDiep(inhoud)),
      ),
    );
  }

  /**
   * Settles a suggestion in a fragment: applied (its insertions kept, its deletions made) or
   * reverted. A suggestion that is no longer there changes nothing, so a replay is harmless.
   */
  zetSuggestie(
    onderdeelId: string,
    fragment: string,
    suggestieId: string,
    actie: SuggestieActie,
  ): Promise<void> {
    return this.metDocument(onderdeelId, (doc, alsServer) =>
      alsServer(() =>
        wijzigFragment(doc.getXmlFragment(fragment), (pm) =>
          regelSuggestie(pm, suggestieId, actie),
        ),
      ),
    );
  }

  /**
   * Freezes the document while `vastleggen` commits the version: open editors are made read-only
   * (DocumentRegister.bevriezingVan), every accepted change is stored and materialised, and
   * `vastleggen` gets the final state, all in the document's queue. Nothing here outlives the
   * process: a crash leaves the document as it was, and the database with the whole freeze or
   * without it.
   */
  async bevries<T>(onderdeelId: string, vastleggen: (state: Uint8Array) => Promise<T>): Promise<T> {
    const document = this.register.document(onderdeelId);
    try {
      return await this.wachtrij.bevries(
        document,
        vastleggen,
        this.register.bevriezingVan(document),
      );
    } finally {
      await this.register.ontlaadAlsLeeg(document);
    }
  }
}
