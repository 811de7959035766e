import * as Y from 'yjs';

/** A document's state in short: what it holds and what it deleted (a Yjs snapshot), encoded. */
export function staatVan(doc: Y.Doc): Uint8Array {
  return Y.encodeSnapshot(Y.snapshot(doc));
}

/**
 * Whether the document holds everything the encoded state names: every item (its state vector
 * reaches as far) and every deletion. The state vector alone would miss an edit that only
 * deletes: that adds no item.
 */
export function omvat(doc: Y.Doc, staat: Uint8Array): boolean {
  const ander = Y.decodeSnapshot(staat);
  const hier = Y.snapshot(doc);
  for (const [client, klok] of ander.sv) if ((hier.sv.get(client) ?? 0) < klok) return false;
  for (const [client, verwijderd] of ander.ds.clients) {
    // Both are merged ranges, ordered by clock: a range held here lies within one of ours.
    const eigen = hier.ds.clients.get(client) ?? [];
    for (const { clock, len } of verwijderd)
      if (!eigen.some((e) => e.clock <= clock && clock + len <= e.clock + e.len)) return false;
  }
  return true;
}
