import type { Node as PmModelNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { aanvaardSuggestie, suggestiesIn, verwerpSuggestie } from '../gedeeld/suggesties';

export type SuggestieActie = 'AANVAARD' | 'VERWORPEN';

/**
 * The document with one suggestion settled: applied (its insertions kept, its deletions made)
 * or reverted. The library's commands look for the end of any insertion or deletion next to
 * the suggestion, whatever its id, so they can take a neighbouring suggestion of someone else
 * with it; when that happens, a suggestion made of text marks only is settled here by hand.
 */
export function regelSuggestie(doc: PmModelNode, id: string, actie: SuggestieActie): PmModelNode {
  const voor = suggestiesIn(doc);
  const eigen = voor.get(id);
  if (!eigen) return doc;
  const bibliotheek = actie === 'AANVAARD' ? aanvaardSuggestie(doc, id) : verwerpSuggestie(doc, id);
  if (anderenGelijk(voor, suggestiesIn(bibliotheek), id) || eigen.overig.length > 0)
    return bibliotheek;
  return metTekstmarks(doc, id, actie);
}

function anderenGelijk(
  voor: ReturnType<typeof suggestiesIn>,
  na: ReturnType<typeof suggestiesIn>,
  id: string,
): boolean {
  for (const [ander, inhoud] of voor) {
    if (ander === id) continue;
    const daarna = na.get(ander);
    if (
      !daarna ||
      daarna.ingevoegd !== inhoud.ingevoegd ||
      daarna.geschrapt !== inhoud.geschrapt ||
      daarna.overig.join('\n') !== inhoud.overig.join('\n')
    )
      return false;
  }
  return true;
}

/** Settles a suggestion whose marks are all on text: text that goes is deleted, text that stays loses the mark. */
function metTekstmarks(doc: PmModelNode, id: string, actie: SuggestieActie): PmModelNode {
  const tr = EditorState.create({ doc }).tr;
  const weg = actie === 'AANVAARD' ? 'deletion' : 'insertion';
  const blijft = actie === 'AANVAARD' ? 'insertion' : 'deletion';
  const teVerwijderen: { van: number; tot: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = (naam: string) =>
      node.marks.find((m) => m.type.name === naam && m.attrs['id'] === id);
    if (mark(weg)) teVerwijderen.push({ van: pos, tot: pos + node.nodeSize });
    const houd = mark(blijft);
    if (houd) {
      // The library's anchor of a change across a paragraph break is no text of its own.
      if (/^\u200b+$/.test(node.text ?? ''))
        teVerwijderen.push({ van: pos, tot: pos + node.nodeSize });
      else tr.removeMark(pos, pos + node.nodeSize, houd);
    }
    return false;
  });
  // From the end, so the earlier positions stay right; removing marks moves nothing.
  for (const { van, tot } of teVerwijderen.reverse()) tr.delete(van, tot);
  return tr.doc;
}
