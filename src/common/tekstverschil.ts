import { diffWordsWithSpace } from 'diff';
import { DeelSoort, type TekstdeelModel } from '../onderhandeling/onderhandeling.models';

/*
 * A word diff costs time in proportion to the text times the number of edits: two unrelated
 * texts of 20 000 characters took 8 s of the one thread, on every read of such a proposal. Past
 * these bounds the texts have little in common anyway, and the old text shown removed and the new
 * one added is still a true comparison.
 */
const MAX_BEWERKINGEN = 1000;
const MAX_MS = 100;

/** A word-by-word comparison, for showing a proposal or a version against another. */
export function tekstverschil(oud: string, nieuw: string): TekstdeelModel[] {
  const delen = diffWordsWithSpace(oud, nieuw, { maxEditLength: MAX_BEWERKINGEN, timeout: MAX_MS });
  if (!delen) {
    return [
      ...(oud ? [{ soort: DeelSoort.VERWIJDERD, tekst: oud }] : []),
      ...(nieuw ? [{ soort: DeelSoort.TOEGEVOEGD, tekst: nieuw }] : []),
    ];
  }
  return delen.map((deel) => ({
    soort: deel.added
      ? DeelSoort.TOEGEVOEGD
      : deel.removed
        ? DeelSoort.VERWIJDERD
        : DeelSoort.GELIJK,
    tekst: deel.value,
  }));
}
