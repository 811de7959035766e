import type { Node as PmModelNode } from '@tiptap/pm/model';
import { aanvaardSuggestie, verwerpSuggestie } from '../gedeeld/suggesties';

export type SuggestieActie = 'AANVAARD' | 'VERWORPEN';

/**
 * The document with one suggestion settled: applied (its insertions kept, its deletions made)
 * or reverted; a neighbouring suggestion of someone else stays as it is, and a suggestion that
 * is no longer there changes nothing (a document command replayed after a crash).
 */
export function regelSuggestie(doc: PmModelNode, id: string, actie: SuggestieActie): PmModelNode {
  return actie === 'AANVAARD' ? aanvaardSuggestie(doc, id) : verwerpSuggestie(doc, id);
}
