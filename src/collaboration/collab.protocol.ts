import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket, type RawData } from 'ws';
import type * as Y from 'yjs';

/*
 * The wire format of the co-editor: y-websocket's messages (sync and awareness), the server's
 * own message type 20, the limits and the close codes. No state: the server decides, this file
 * only reads and writes the bytes.
 */

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
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
  /** The onderdeel is in negotiation: every change to an afspraak's text must be a suggestion. */
  onderhandelen: boolean;
}

/** Close codes in 4400–4499 make the stock y-websocket client stop reconnecting. */
export const CLOSE_ONGELDIG_BERICHT = 4400;
export const CLOSE_NIET_INGELOGD = 4401;
export const CLOSE_GEEN_TOEGANG = 4403;
/** An update that breaks the rule of suggestion mode; the reason says which part, in Dutch. */
export const CLOSE_SUGGESTIEREGEL = 4409;
/** An update or awareness state over its limit ({@link MAX_UPDATE_BYTES}, {@link MAX_AWARENESS_BYTES}). */
export const CLOSE_TE_GROOT = 4413;

/** One Yjs update; a long afspraak with tables is a few tens of KB. */
export const MAX_UPDATE_BYTES = 256 * 1024;
/** One client's awareness state (name, colour, cursor). */
export const MAX_AWARENESS_BYTES = 16 * 1024;

/** Larger messages close the connection (ws answers with 1009). A long afspraak with tables fits easily. */
export const MAX_BERICHT_BYTES = 2 * 1024 * 1024;

/** One awareness entry as a client sends it. */
export interface AwarenessStaat {
  clientId: number;
  clock: number;
  state: string;
}

/** A message's bytes, whatever shape `ws` delivered them in. */
export function bytesVan(data: RawData): Uint8Array {
  if (data instanceof Buffer) return new Uint8Array(data);
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data);
}

/** Sync step 1: the server's state vector, which the client answers with what the server lacks. */
export function syncStap1Bericht(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** The answer to a client's sync step 1 (read from `decoder`): what the client lacks. */
export function syncStap2Bericht(decoder: decoding.Decoder, doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.readSyncStep1(decoder, encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** One stored update, for the connections. */
export function updateBericht(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness update (y-protocols' encoding), as a message. */
export function awarenessBericht(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** The states of `clientIds` in `awareness`, as a message. */
export function awarenessBerichtVoor(
  awareness: awarenessProtocol.Awareness,
  clientIds: number[],
): Uint8Array {
  return awarenessBericht(awarenessProtocol.encodeAwarenessUpdate(awareness, clientIds));
}

export function toegangBericht(toegangJson: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TOEGANG);
  encoding.writeVarString(encoder, toegangJson);
  return encoding.toUint8Array(encoder);
}

/**
 * The entries of a client's awareness message, or 'te-groot' when one is over its limit.
 * Throws on junk (closed as an invalid message).
 */
export function leesAwareness(inhoud: Uint8Array): AwarenessStaat[] | 'te-groot' {
  const decoder = decoding.createDecoder(inhoud);
  const staten: AwarenessStaat[] = [];
  for (let n = decoding.readVarUint(decoder); n > 0; n--) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (Buffer.byteLength(state) > MAX_AWARENESS_BYTES) return 'te-groot';
    JSON.parse(state);
    staten.push({ clientId, clock, state });
  }
  return staten;
}

/** Awareness entries in y-protocols' update encoding. */
export function schrijfAwareness(staten: AwarenessStaat[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, staten.length);
  for (const { clientId, clock, state } of staten) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

/** Sends if the socket is open; a failed send ends the connection (the client reconnects). */
export function stuur(ws: WebSocket, bericht: Uint8Array): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  ws.send(bericht, (error) => {
    if (error) ws.terminate();
  });
}
