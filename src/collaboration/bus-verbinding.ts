import type { Logger } from '@nestjs/common';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessBericht, stuur, updateBericht } from './collab.protocol';
import { type CollabStore, documentUit } from './collab.store';
import type { DocumentBus } from './document-bus';
import { type GedeeldDocument, VAN_ELDERS } from './gedeeld-document';

export function naarVerbindingen(document: GedeeldDocument, bericht: Uint8Array): void {
  document.verbindingen.forEach((v) => stuur(v.ws, bericht));
}

/**
 * An open document on the DocumentBus: presence accepted here goes out, what is heard goes to
 * this instance's connections (and into the copy when another instance stored it). Answers the
 * call that stops listening.
 */
export function verbindMetBus(
  document: GedeeldDocument,
  bus: DocumentBus,
  store: CollabStore,
  logger: Logger,
): () => void {
  const { onderdeelId } = document;
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
      const update = awarenessProtocol.encodeAwarenessUpdate(document.awareness, veranderd);
      if (origin === VAN_ELDERS) naarVerbindingen(document, awarenessBericht(update));
      else bus.aanwezigheid(onderdeelId, update);
    },
  );
  return bus.luister(onderdeelId, {
    update: (update, vanElders) => {
      if (document.defect) return;
      if (vanElders) Y.applyUpdate(document.doc, update, VAN_ELDERS);
      naarVerbindingen(document, updateBericht(update));
    },
    aanwezigheid: (update, vanElders) => {
      if (vanElders) awarenessProtocol.applyAwarenessUpdate(document.awareness, update, VAN_ELDERS);
      else naarVerbindingen(document, awarenessBericht(update));
    },
    herstel: () => void haalBij(document, store, logger),
  });
}

/**
 * What storage holds and this copy lacks (updates published while the bus was down) is applied
 * as if it came over the bus, and sent to this instance's connections.
 */
function haalBij(document: GedeeldDocument, store: CollabStore, logger: Logger): Promise<void> {
  return document
    .inWachtrij(() => vulAanUitOpslag(document, store))
    .catch((fout: unknown) => {
      logger.error(`Bijwerken van ${document.onderdeelId} mislukt: ${String(fout)}`);
    });
}

/** The same, for a caller already in the document's queue. */
export async function vulAanUitOpslag(
  document: GedeeldDocument,
  store: CollabStore,
): Promise<void> {
  const { updates } = await store.load(document.onderdeelId);
  const opgeslagen = documentUit(updates);
  const ontbrekend = Y.encodeStateAsUpdate(opgeslagen, Y.encodeStateVector(document.doc));
  opgeslagen.destroy();
  if (document.defect) return;
  Y.applyUpdate(document.doc, ontbrekend, VAN_ELDERS);
  naarVerbindingen(document, updateBericht(ontbrekend));
}
