import type { OvereenkomstImportModel } from './import.models';
import type { OvereenkomstImport } from './overeenkomst-import.entity';

/** A draft import as the API shows it. */
export function importModel(rij: OvereenkomstImport): OvereenkomstImportModel {
  return {
    id: rij.id,
    bestandsnaam: rij.bestandsnaam,
    paginas: rij.paginas,
    gemeenteId: rij.gemeente.id,
    status: rij.status,
    overeenkomstId: rij.overeenkomst?.id ?? null,
    ...rij.voorstel,
    // Drafts read before an afspraak's fields were recognised have none.
    hoofdstukken: rij.voorstel.hoofdstukken.map((h) => ({
      ...h,
      afspraken: h.afspraken.map((a) => ({
        ...a,
        doelgroepen: a.doelgroepen ?? [],
        normen: a.normen ?? [],
        locaties: a.locaties ?? [],
        geld: a.geld ?? [],
      })),
    })),
  };
}
