import { SUGGESTIE_MARKS } from '@gedeeld/suggesties';
import * as Y from 'yjs';

/**
 * How many pending suggestions each afspraak's text holds, read from the shared document itself
 * (the suggestion marks y-prosemirror keeps as text attributes, "insertion" or "insertion--…"
 * when marks overlap), so it is as current as the text on screen.
 */
export function openSuggestiesPerAfspraak(
  doc: Y.Doc,
  afspraakIds: readonly string[],
): Map<string, number> {
  const uitkomst = new Map<string, number>();
  for (const afspraakId of afspraakIds) {
    if (!doc.share.has(afspraakId)) continue;
    const ids = new Set<string>();
    verzamel(doc.getXmlFragment(afspraakId), ids);
    if (ids.size > 0) uitkomst.set(afspraakId, ids.size);
  }
  return uitkomst;
}

function verzamel(knoop: Y.XmlFragment | Y.XmlElement | Y.XmlText, ids: Set<string>): void {
  if (knoop instanceof Y.XmlText) {
    for (const stuk of knoop.toDelta() as { attributes?: Record<string, unknown> }[]) {
      for (const [sleutel, waarde] of Object.entries(stuk.attributes ?? {})) {
        const mark = sleutel.split('--')[0];
        if (!SUGGESTIE_MARKS.some((m) => m === mark)) continue;
        const id = (waarde as { id?: unknown } | null)?.id;
        if (typeof id === 'string' || typeof id === 'number') ids.add(String(id));
      }
    }
    return;
  }
  for (const kind of knoop.toArray()) {
    if (kind instanceof Y.XmlElement || kind instanceof Y.XmlText) verzamel(kind, ids);
  }
}
