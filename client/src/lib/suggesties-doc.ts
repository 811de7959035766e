import { DOCUMENT_EXTENSIES } from '@gedeeld/document-extensies';
import { leesSuggestieId, suggestiesIn, type SuggestieMaker } from '@gedeeld/suggesties';
import type { Node as PmNode } from '@tiptap/pm/model';
import { getSchema } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import type * as Y from 'yjs';

/** One pending suggestion as the shared document holds it: who, when, and which words. */
export interface OpenSuggestie {
  id: string;
  maker: SuggestieMaker;
  ingevoegd: string;
  geschrapt: string;
  /** Whether it also changes blocks or formatting (not only words). */
  meer: boolean;
  /** A few words before and after it, so a change of one letter can be found in the text. */
  voor: string;
  na: string;
}

const SCHEMA = getSchema(DOCUMENT_EXTENSIES);
/** Zero-width spaces the library uses as anchors of a change across a paragraph break. */
const ANKERS = /\u200b/g;

function suggestiesVan(doc: Y.Doc, afspraakId: string): OpenSuggestie[] {
  if (!doc.share.has(afspraakId)) return [];
  const fragment = doc.getXmlFragment(afspraakId);
  const pm = yXmlFragmentToProseMirrorRootNode(fragment, SCHEMA);
  const uitkomst: OpenSuggestie[] = [];
  for (const s of suggestiesIn(pm).values()) {
    const maker = leesSuggestieId(s.id);
    if (!maker) continue;
    uitkomst.push({
      id: s.id,
      maker,
      ingevoegd: s.ingevoegd.replace(ANKERS, ''),
      geschrapt: s.geschrapt.replace(ANKERS, ''),
      meer: s.overig.length > 0,
      voor: omgeving(pm, Math.max(0, s.van - CONTEXT), s.van, 'voor'),
      na: omgeving(pm, s.tot, Math.min(pm.content.size, s.tot + CONTEXT), 'na'),
    });
  }
  return uitkomst;
}

/** How many characters of context around a suggestion, at most. */
const CONTEXT = 40;

/** Whole words of the text between two positions, cut at the side away from the suggestion. */
function omgeving(pm: PmNode, van: number, tot: number, kant: 'voor' | 'na'): string {
  const tekst = pm.textBetween(van, tot, ' ').replace(ANKERS, '');
  if (tekst.length < CONTEXT) return tekst;
  return kant === 'voor' ? `…${tekst.replace(/^\S*\s/, '')}` : `${tekst.replace(/\s\S*$/, '')}…`;
}

/**
 * The pending suggestions per afspraak, read from the onderdeel's document and kept up to date
 * with it: whatever anyone suggests, withdraws, or the server accepts or rejects shows at once.
 */
export function useOpenSuggesties(
  doc: Y.Doc | undefined,
  afspraakIds: readonly string[],
): Map<string, OpenSuggestie[]> {
  const [perAfspraak, zet] = useState(() => new Map<string, OpenSuggestie[]>());
  const sleutel = afspraakIds.join(',');
  useEffect(() => {
    if (!doc) return;
    const ids = sleutel ? sleutel.split(',') : [];
    let klok: ReturnType<typeof setTimeout> | undefined;
    const lees = () => zet(new Map(ids.map((id) => [id, suggestiesVan(doc, id)])));
    // Typing sends an update per key: read once the burst is over.
    const bijUpdate = () => {
      clearTimeout(klok);
      klok = setTimeout(lees, 250);
    };
    lees();
    doc.on('update', bijUpdate);
    return () => {
      doc.off('update', bijUpdate);
      clearTimeout(klok);
    };
  }, [doc, sleutel]);
  return perAfspraak;
}
