import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MESSAGE_TOEGANG, type Toegang } from '../../src/collaboration/collab.protocol';
import { fragmentToProseMirror, proseMirrorToText } from '../../src/collaboration/prosemirror';

/*
 * Real co-editor clients for the e2e tests: the stock y-websocket WebsocketProvider over `ws`,
 * exactly as a browser would connect (token in the query string), plus a raw `ws` client for
 * sending bytes no well-behaved client would send.
 */

export interface Sluiting {
  code: number;
  reason: string;
}

export interface Editor {
  provider: WebsocketProvider;
  doc: Y.Doc;
  /** Every close the client saw, in order. */
  sluitingen: Sluiting[];
  /** How often the client started a connection attempt. */
  pogingen: number;
  fragment(naam: string): Y.XmlFragment;
  /** The fragment as XML: equal XML, equal content. */
  xml(naam: string): string;
  /** The fragment's plain text, as the server materialises it. */
  tekst(naam: string): string;
  destroy(): void;
}

/** The server's ws URL for the co-editor, from the app's http base URL. */
export const collabUrl = (baseUrl: string) => `${baseUrl.replace(/^http/, 'ws')}/collab`;

/**
 * Driehoek's own message, the connection's access, which a stock client would report as unknown
 * ("Unable to compute message") on every connect; the web client reads it, tests read it raw
 * (`toegangBerichten`).
 */
export function negeerToegang(provider: WebsocketProvider): WebsocketProvider {
  provider.messageHandlers[MESSAGE_TOEGANG] = () => undefined;
  return provider;
}

/** Keeps track of every editor a test opened, so a failing test still closes them all. */
export class Editors {
  private readonly geopend = new Set<Editor>();

  constructor(private readonly baseUrl: () => string) {}

  /**
   * A stock WebsocketProvider on the onderdeel; without a token no `token` parameter is sent.
   * `connect: false` creates it offline.
   */
  open(
    onderdeelId: string,
    token: string | null,
    options: { doc?: Y.Doc; connect?: boolean } = {},
  ): Editor {
    const doc = options.doc ?? new Y.Doc();
    const provider = negeerToegang(
      new WebsocketProvider(collabUrl(this.baseUrl()), onderdeelId, doc, {
        WebSocketPolyfill: WebSocket as never,
        params: token === null ? {} : { token },
        disableBc: true,
        connect: options.connect ?? true,
        maxBackoffTime: 500,
      }),
    );
    const editor: Editor = {
      provider,
      doc,
      sluitingen: [],
      pogingen: provider.wsconnecting ? 1 : 0,
      fragment: (naam) => doc.getXmlFragment(naam),
      xml: (naam) => doc.getXmlFragment(naam).toJSON(),
      tekst: (naam) => fragmentTekst(doc.getXmlFragment(naam)),
      destroy: () => {
        if (!this.geopend.delete(editor)) return;
        provider.destroy();
        // The provider leaves its awareness (and that one's timer) alive.
        provider.awareness.destroy();
        doc.destroy();
      },
    };
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connecting') editor.pogingen++;
    });
    provider.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (event) editor.sluitingen.push({ code: event.code, reason: event.reason });
    });
    this.geopend.add(editor);
    return editor;
  }

  /** Opens an editor and waits until it has the server's state. */
  async gesynct(onderdeelId: string, token: string, doc?: Y.Doc): Promise<Editor> {
    const editor = this.open(onderdeelId, token, { doc });
    await wachtOpSync(editor);
    return editor;
  }

  sluitAlles(): void {
    [...this.geopend].forEach((e) => e.destroy());
  }

  get aantal(): number {
    return this.geopend.size;
  }
}

/** Resolves once the provider has completed a sync with the server. */
export function wachtOpSync(editor: Editor, timeoutMs = 5000): Promise<void> {
  return wachtTot(`sync van ${editor.provider.roomname}`, () => editor.provider.synced, {
    timeoutMs,
  }).then(() => undefined);
}

/**
 * Polls until the check returns something truthy (or stops throwing), with a deadline: the tests
 * wait as long as needed and no longer, and fail with the last reason when the deadline passes.
 */
export async function wachtTot<T>(
  wat: string,
  check: () => T | Promise<T>,
  { timeoutMs = 3000, intervalMs = 20 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let laatste: unknown;
  for (;;) {
    try {
      const resultaat = await check();
      if (resultaat) return resultaat;
      laatste = resultaat;
    } catch (error) {
      laatste = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Wachten op ${wat} duurde langer dan ${timeoutMs} ms (laatste: ${
          laatste instanceof Error ? laatste.message : JSON.stringify(laatste)
        })`,
      );
    }
    await slaap(intervalMs);
  }
}

export const slaap = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A round trip on the editor's own connection: sends sync step 1 and resolves with the server's
 * answer (step 2). The server handles a connection's messages in order and answers step 1 only
 * once everything accepted is stored, so whatever the editor sent before has been dealt with.
 */
export function rondreis(editor: Editor, timeoutMs = 3000): Promise<void> {
  const ws = editor.provider.ws as WebSocket | null;
  if (!ws || ws.readyState !== WebSocket.OPEN) {
    return Promise.reject(new Error(`Geen open verbinding voor ${editor.provider.roomname}`));
  }
  return new Promise<void>((resolve, reject) => {
    const klaar = (fout?: Error) => {
      clearTimeout(timer);
      ws.off('message', bericht);
      if (fout) reject(fout);
      else resolve();
    };
    const bericht = (data: Buffer | ArrayBuffer) => {
      const bytes = new Uint8Array(data);
      if (bytes[0] === 0 && bytes[1] === 1) klaar();
    };
    const timer = setTimeout(
      () => klaar(new Error(`Geen antwoord op sync stap 1 binnen ${timeoutMs} ms`)),
      timeoutMs,
    );
    ws.on('message', bericht);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(editor.doc));
    ws.send(encoding.toUint8Array(encoder));
  });
}

/**
 * Resolves once the stock client's reconnect timer has fired. y-websocket schedules it on every
 * close and it does nothing when the client gave up (a 44xx close), so this is the moment a retry
 * would have started. Call before the close; `stop` removes the watch.
 */
export function volgendeHerverbinding(): { gedaan: Promise<void>; stop(): void } {
  const origineel = globalThis.setTimeout;
  let gedaan!: () => void;
  const belofte = new Promise<void>((resolve) => (gedaan = resolve));
  const spion = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((
    callback: (...args: unknown[]) => void,
    ms?: number,
    ...args: unknown[]
  ) =>
    origineel(() => {
      callback(...args);
      if (callback.name === 'setupWS') gedaan();
    }, ms)) as typeof setTimeout);
  return { gedaan: belofte, stop: () => spion.mockRestore() };
}

/** Plain text of a fragment, the same way the server materialises it. */
export function fragmentTekst(fragment: Y.XmlFragment): string {
  return proseMirrorToText(fragmentToProseMirror(fragment));
}

/** Appends a paragraph with the text (optionally with marks as y-prosemirror stores them). */
export function voegAlineaToe(
  fragment: Y.XmlFragment,
  tekst: string,
  marks?: Record<string, object>,
): void {
  const paragraaf = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  text.insert(0, tekst, marks);
  paragraaf.insert(0, [text]);
  fragment.insert(fragment.length, [paragraaf]);
}

/** Types text into the first paragraph at a position, as a user typing in an existing line. */
export function typ(fragment: Y.XmlFragment, positie: number, tekst: string): void {
  const eerste = fragment.get(0);
  if (!(eerste instanceof Y.XmlElement)) throw new Error('Het fragment begint niet met een alinea');
  const eersteKind = eerste.get(0);
  let xmlText: Y.XmlText;
  if (eersteKind instanceof Y.XmlText) xmlText = eersteKind;
  else {
    xmlText = new Y.XmlText();
    eerste.insert(0, [xmlText]);
  }
  xmlText.insert(Math.min(positie, xmlText.length), tekst);
}

/** A plain `ws` client on the co-editor: what arrives, and how it closed. */
export interface RauweVerbinding {
  ws: WebSocket;
  berichten: Uint8Array[];
  open: Promise<void>;
  sluiting: Promise<Sluiting>;
}

export function rauweVerbinding(
  baseUrl: string,
  onderdeelId: string,
  token: string,
): RauweVerbinding {
  const ws = new WebSocket(
    `${collabUrl(baseUrl)}/${onderdeelId}?token=${encodeURIComponent(token)}`,
  );
  const berichten: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => berichten.push(new Uint8Array(data)));
  ws.on('error', () => undefined);
  const open = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code: number) => reject(new Error(`gesloten met ${code} voor open`)));
  });
  open.catch(() => undefined);
  const sluiting = new Promise<Sluiting>((resolve) =>
    ws.once('close', (code: number, reason: Buffer) =>
      resolve({ code, reason: reason.toString() }),
    ),
  );
  return { ws, berichten, open, sluiting };
}

/** A y-websocket sync message (0 step 1, 1 step 2, 2 update) around the given payload. */
export function syncBericht(stap: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, stap);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/**
 * Resolves with the close, or null when the connection is still open after the time given. The
 * timer goes as soon as the close comes, so no test leaves it running behind.
 */
export function sluitingBinnen(verbinding: RauweVerbinding, ms: number): Promise<Sluiting | null> {
  let timer: NodeJS.Timeout | undefined;
  const teLaat = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([verbinding.sluiting, teLaat]).finally(() => clearTimeout(timer));
}

/** A y-websocket awareness message carrying one client's state (null: the client leaves). */
export function awarenessBericht(clientId: number, clock: number, state: unknown): Uint8Array {
  const inhoud = encoding.createEncoder();
  encoding.writeVarUint(inhoud, 1);
  encoding.writeVarUint(inhoud, clientId);
  encoding.writeVarUint(inhoud, clock);
  encoding.writeVarString(inhoud, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inhoud));
  return encoding.toUint8Array(encoder);
}

/** The access messages (the co-editor's own message type) a raw connection received, in order. */
export function toegangBerichten(verbinding: RauweVerbinding): Toegang[] {
  return verbinding.berichten.flatMap((bericht) => {
    const decoder = decoding.createDecoder(bericht);
    if (decoding.readVarUint(decoder) !== MESSAGE_TOEGANG) return [];
    return [JSON.parse(decoding.readVarString(decoder)) as Toegang];
  });
}

/** The awareness entries (client id and state) in the awareness messages a raw connection received. */
export function awarenessStaten(
  verbinding: RauweVerbinding,
): { clientId: number; state: unknown }[] {
  return verbinding.berichten.flatMap((bericht) => {
    const decoder = decoding.createDecoder(bericht);
    if (decoding.readVarUint(decoder) !== 1) return [];
    const inhoud = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const staten: { clientId: number; state: unknown }[] = [];
    for (let n = decoding.readVarUint(inhoud); n > 0; n--) {
      const clientId = decoding.readVarUint(inhoud);
      decoding.readVarUint(inhoud);
      staten.push({ clientId, state: JSON.parse(decoding.readVarString(inhoud)) as unknown });
    }
    return staten;
  });
}
