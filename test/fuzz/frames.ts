import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { syncBericht } from '../support/collab-clients';

/*
 * Co-editor frames for the fuzzer: valid y-websocket messages made by a real Y.Doc (sync step 1,
 * step 2, an update, an awareness state), then truncated, bit-flipped, retyped or replaced. The
 * arbitraries are recipes (plain, shrinkable data); the bytes are made from the document as it
 * is when the case runs.
 */

const c0 = fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code));

const editTekst: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 5 }),
        fc.oneof(c0, fc.constantFrom('\ud800', '\u202e', '\ufeff')),
      )
      .map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 300_000 }).map((n) => 'w'.repeat(n)) },
);

export type BewerkingSoort = 'typ' | 'alinea' | 'wis' | 'opmaak' | 'kaart' | 'tekstwortel';

export interface Bewerking {
  soort: BewerkingSoort;
  /** Index into the onderdeel's fragments; past the end: a fragment that is not in the layout. */
  fragment: number;
  positie: number;
  tekst: string;
}

export const bewerkingArb: fc.Arbitrary<Bewerking> = fc.record({
  soort: fc.constantFrom<BewerkingSoort>(
    'typ',
    'typ',
    'alinea',
    'wis',
    'opmaak',
    'kaart',
    'tekstwortel',
  ),
  fragment: fc.nat({ max: 40 }),
  positie: fc.nat({ max: 2000 }),
  tekst: editTekst,
});

export type MutatieSoort =
  'heel' | 'afgekapt' | 'bitflip' | 'willekeurig' | 'leeg' | 'aanplak' | 'type' | 'lengte';

export interface FrameRecept {
  /** 0 sync step 1, 1 step 2, 2 update, 3 awareness. */
  basis: number;
  mutatie: MutatieSoort;
  getal: number;
  bits: number[];
  bytes: Uint8Array;
}

export const frameReceptArb: fc.Arbitrary<FrameRecept> = fc.record({
  basis: fc.integer({ min: 0, max: 3 }),
  mutatie: fc.constantFrom<MutatieSoort>(
    'heel',
    'heel',
    'afgekapt',
    'afgekapt',
    'bitflip',
    'bitflip',
    'bitflip',
    'willekeurig',
    'leeg',
    'aanplak',
    'type',
    'lengte',
  ),
  getal: fc.nat(),
  bits: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  bytes: fc.uint8Array({ maxLength: 64 }),
});

export const awarenessStaatArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ user: fc.record({ name: fc.string(), color: fc.string() }) }),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1000, max: 40_000 })
      .map((n) => ({ user: { name: 'n'.repeat(n) } })),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Applies an edit to the document, as a client's editor would (or a misbehaving one). */
function bewerk(doc: Y.Doc, fragmenten: string[], b: Bewerking): void {
  const naam = b.fragment < fragmenten.length ? fragmenten[b.fragment] : `onbekend-${b.fragment}`;
  if (b.soort === 'kaart') {
    // Another shared type under a layout name: the server's fragment sees foreign items.
    doc.getMap(`${naam}`).set(b.tekst.slice(0, 20) || 'k', b.tekst);
    return;
  }
  if (b.soort === 'tekstwortel') {
    doc.getText(`t-${naam}`).insert(0, b.tekst);
    return;
  }
  const fragment = doc.getXmlFragment(naam);
  if (b.soort === 'alinea' || fragment.length === 0) {
    const alinea = new Y.XmlElement(b.positie % 5 === 0 ? 'onbekendeNode' : 'paragraph');
    const tekst = new Y.XmlText();
    tekst.insert(0, b.tekst);
    alinea.insert(0, [tekst]);
    fragment.insert(b.positie % (fragment.length + 1), [alinea]);
    return;
  }
  const alinea = fragment.get(b.positie % fragment.length);
  const tekst = alinea instanceof Y.XmlElement ? alinea.get(0) : alinea;
  if (!(tekst instanceof Y.XmlText)) {
    fragment.delete(b.positie % fragment.length, 1);
    return;
  }
  const plek = b.positie % (tekst.length + 1);
  if (b.soort === 'wis') tekst.delete(plek, Math.min(b.tekst.length, tekst.length - plek));
  else if (b.soort === 'opmaak')
    tekst.format(0, Math.max(1, plek), { bold: {}, [b.tekst.slice(0, 10) || 'x']: { a: 1 } });
  else tekst.insert(plek, b.tekst);
}

/** The four valid messages of a client that holds `staat` and makes the edit. */
export function basisBerichten(
  clientId: number,
  staat: Uint8Array,
  fragmenten: string[],
  bewerking: Bewerking,
  awarenessStaat: unknown,
): Uint8Array[] {
  const doc = new Y.Doc();
  // Fixed by the case, so it replays; also the awareness id the connection speaks for.
  doc.clientID = clientId;
  Y.applyUpdate(doc, staat);
  const voor = Y.encodeStateVector(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  bewerk(doc, fragmenten, bewerking);
  const update = updates.length ? Y.mergeUpdates(updates) : Y.encodeStateAsUpdate(doc, voor);
  const awareness = new awarenessProtocol.Awareness(doc);
  // Clock 2: newer than the probe that opens the connection (clock 1).
  awareness.setLocalState({});
  awareness.setLocalState(awarenessStaat as Record<string, unknown> | null);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
  );
  const berichten = [
    syncBericht(0, voor),
    syncBericht(1, Y.encodeStateAsUpdate(doc)),
    syncBericht(2, update),
    encoding.toUint8Array(encoder),
  ];
  awareness.destroy();
  doc.destroy();
  return berichten;
}

/** The frame the recipe makes of one of the valid messages. */
export function maakFrame(berichten: Uint8Array[], r: FrameRecept): Uint8Array {
  const basis = berichten[r.basis % berichten.length]!;
  switch (r.mutatie) {
    case 'heel':
      return basis;
    case 'afgekapt':
      return basis.slice(0, r.getal % Math.max(1, basis.length));
    case 'bitflip': {
      const kopie = basis.slice();
      for (const bit of r.bits) {
        const positie = bit % (kopie.length * 8);
        kopie[positie >> 3]! ^= 1 << (positie & 7);
      }
      return kopie;
    }
    case 'willekeurig':
      return r.bytes;
    case 'leeg':
      return new Uint8Array(0);
    case 'aanplak':
      return Buffer.concat([basis, r.bytes]);
    case 'type': {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, r.getal % 2 === 0 ? r.getal % 300 : 0);
      if (r.getal % 2 === 1) encoding.writeVarUint(encoder, 3 + (r.getal % 100));
      encoding.writeUint8Array(encoder, basis.slice(2));
      return encoding.toUint8Array(encoder);
    }
    case 'lengte': {
      // A length prefix far beyond the frame: a decoder must not trust it.
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, r.basis === 3 ? 1 : 0);
      if (r.basis !== 3) encoding.writeVarUint(encoder, r.basis % 3);
      encoding.writeVarUint(encoder, [2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1, 1 << 24][r.getal % 4]!);
      encoding.writeUint8Array(encoder, r.bytes);
      return encoding.toUint8Array(encoder);
    }
  }
}

/**
 * An awareness state only this case sends, for the connection's own client id, which the server
 * relays back to its sender: once it arrives, everything sent before it has been handled.
 */
export function peilingBericht(clientId: number, clock: number, merk: string): Uint8Array {
  const binnen = encoding.createEncoder();
  encoding.writeVarUint(binnen, 1);
  encoding.writeVarUint(binnen, clientId);
  encoding.writeVarUint(binnen, clock);
  encoding.writeVarString(binnen, JSON.stringify({ peiling: merk }));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(binnen));
  return encoding.toUint8Array(encoder);
}
