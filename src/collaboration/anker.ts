import * as Y from 'yjs';

/** A range of an afspraak's text as two Yjs relative positions (base64), which follow edits. */
export interface Anker {
  start: string;
  eind: string;
}

/** Stands for an embedded object in a text, so indexes stay those of Yjs. */
const INGEBED = '\uFFFC';

function tekstKnopen(fragment: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return fragment.toArray().flatMap((kind) => {
    if (kind instanceof Y.XmlText) return [kind];
    if (kind instanceof Y.XmlElement) return tekstKnopen(kind);
    return [];
  });
}

function tekstVan(knoop: Y.XmlText): string {
  return (knoop.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : INGEBED))
    .join('');
}

function codeer(positie: Y.RelativePosition): string {
  return Buffer.from(Y.encodeRelativePosition(positie)).toString('base64');
}

/** The range of the n-th occurrence of `citaat` within one paragraph of the fragment, or null. */
export function ankerVoorCitaat(
  fragment: Y.XmlFragment,
  citaat: string,
  voorkomen = 1,
): Anker | null {
  let gezien = 0;
  for (const knoop of tekstKnopen(fragment)) {
    const tekst = tekstVan(knoop);
    for (let i = tekst.indexOf(citaat); i >= 0; i = tekst.indexOf(citaat, i + 1)) {
      if (++gezien < voorkomen) continue;
      return {
        start: codeer(Y.createRelativePositionFromTypeIndex(knoop, i)),
        eind: codeer(Y.createRelativePositionFromTypeIndex(knoop, i + citaat.length, -1)),
      };
    }
  }
  return null;
}

function absoluut(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  base64: string,
): { knoop: Y.XmlText; index: number } | null {
  let positie: Y.AbsolutePosition | null;
  try {
    const relatief = Y.decodeRelativePosition(new Uint8Array(Buffer.from(base64, 'base64')));
    // A position that decodes but names no item, type or root (sent by hand, or garbled):
    // Yjs throws "Unexpected case" for it instead of answering null.
    positie = Y.createAbsolutePositionFromRelativePosition(relatief, doc);
  } catch {
    return null;
  }
  if (!positie || !(positie.type instanceof Y.XmlText)) return null;
  let ouder: Y.AbstractType<unknown> | null = positie.type as Y.AbstractType<unknown>;
  while (ouder && ouder !== (fragment as Y.AbstractType<unknown>))
    ouder = (ouder._item?.parent as Y.AbstractType<unknown> | undefined) ?? null;
  return ouder ? { knoop: positie.type, index: positie.index } : null;
}

/**
 * The text an anchor covers now. `geldig` is false when the positions do not point into this
 * fragment (or are not positions at all); `verloren` when the covered text was deleted.
 */
export function ankerTekst(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  anker: Anker,
): { geldig: boolean; tekst: string; verloren: boolean } {
  const start = absoluut(doc, fragment, anker.start);
  const eind = absoluut(doc, fragment, anker.eind);
  if (!start || !eind) return { geldig: false, tekst: '', verloren: true };
  const knopen = tekstKnopen(fragment);
  const van = knopen.indexOf(start.knoop);
  const tot = knopen.indexOf(eind.knoop);
  if (van < 0 || tot < 0) return { geldig: true, tekst: '', verloren: true };
  if (van > tot || (van === tot && start.index > eind.index))
    return { geldig: false, tekst: '', verloren: true };
  const delen = knopen.slice(van, tot + 1).map(tekstVan);
  delen[delen.length - 1] = delen[delen.length - 1]!.slice(0, eind.index);
  delen[0] = delen[0]!.slice(start.index);
  const tekst = delen.join('\n');
  return { geldig: true, tekst, verloren: tekst.length === 0 };
}
