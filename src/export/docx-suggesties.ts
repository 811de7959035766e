import { documentSchema, type PmNode, proseMirrorToText } from '../collaboration/prosemirror';
import { geaccepteerdeTekst, leesSuggestieId, SUGGESTIE_MARKS } from '../gedeeld/suggesties';
import type { Revisies } from './docx-rijke-tekst';

/** Word's author for a change nobody can be named for. */
export const ONBEKENDE_AUTEUR = 'Driehoek';

/**
 * Pending suggestions as Word revisions: the author is the partij named in the suggestion's id,
 * the date the time it was made (the server's record when given, else the id's own time).
 */
export function suggestieRevisies(
  partijNamen: Record<string, string>,
  gemaakt: Record<string, Date> = {},
): Revisies {
  let volgende = 1;
  return {
    volgendeId: () => volgende++,
    maker(suggestieId) {
      const maker = leesSuggestieId(suggestieId);
      const tijd = gemaakt[suggestieId] ?? maker?.tijd;
      return {
        author: (maker && partijNamen[maker.partijId]) || ONBEKENDE_AUTEUR,
        date: (tijd && !Number.isNaN(tijd.getTime()) ? tijd : new Date(0)).toISOString(),
      };
    },
  };
}

function heeftSuggesties(node: PmNode): boolean {
  return (
    (node.marks ?? []).some((m) => (SUGGESTIE_MARKS as readonly string[]).includes(m.type)) ||
    (node.content ?? []).some(heeftSuggesties)
  );
}

/**
 * An afspraak's text and JSON as agreed: pending suggestions reverted. What is stored may still
 * carry them (text materialised before the accepted text was kept apart); a version, a redline and
 * the plain export show only what was accepted.
 */
export function geaccepteerd(
  json: Record<string, unknown> | null,
  tekst: string,
): { json: Record<string, unknown> | null; tekst: string } {
  if (!json || !heeftSuggesties(json as unknown as PmNode)) return { json, tekst };
  const doc = geaccepteerdeTekst(documentSchema.nodeFromJSON(json)).toJSON() as PmNode;
  return { json: doc as unknown as Record<string, unknown>, tekst: proseMirrorToText(doc) };
}
