import { diffWordsWithSpace } from 'diff';
import { DeelSoort, type TekstdeelModel } from '../onderhandeling/onderhandeling.models';

/** A word-by-word comparison, for showing a proposal or a version against another. */
export function tekstverschil(oud: string, nieuw: string): TekstdeelModel[] {
  return diffWordsWithSpace(oud, nieuw).map((deel) => ({
    soort: deel.added
      ? DeelSoort.TOEGEVOEGD
      : deel.removed
        ? DeelSoort.VERWIJDERD
        : DeelSoort.GELIJK,
    tekst: deel.value,
  }));
}
