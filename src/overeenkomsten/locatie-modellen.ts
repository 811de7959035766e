import type { PartijModel } from '../partijen/partij.model';
import { LOCATIE_SOORT_LABEL, type LocatieModel } from './afspraak-locaties';
import type { LocatieRow } from './overeenkomst.reader';

/** The overeenkomst's places as models, by id, with the label of their kind and their gemeente. */
export function locatieModellen(
  rows: LocatieRow[],
  partij: (id: string) => PartijModel,
): Map<string, LocatieModel> {
  return new Map(
    rows.map((l) => [
      l.id,
      {
        id: l.id,
        soort: l.soort,
        soortLabel: LOCATIE_SOORT_LABEL[l.soort],
        naam: l.naam,
        gemeente: l.gemeente_id ? partij(l.gemeente_id) : null,
      },
    ]),
  );
}
