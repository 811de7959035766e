import { deelView } from './afspraak-deel';
import { normTekst, type Norm, type StoredNorm } from './afspraak-normen';
import { verwijzingView, type StoredVerwijzing, type Verwijzing } from './afspraak-verwijzingen';
import { voorwaardenView, type Voorwaarde } from './afspraak-voorwaarden';
import type { EigenDoelgroep, StoredEigenDoelgroep } from './eigen-doelgroepen';
import type { StoredDeel } from './afspraak-deel';

/** The stored columns of an afspraak this view reads (issue 15, points 1, 8, 9 and 10). */
export interface NormenKolommen {
  nummer: string;
  voorwaarden: string[];
  voorwaarde_delen: (StoredDeel | null)[] | null;
  eigen_doelgroep_ids: string[] | null;
  normen: StoredNorm[] | null;
  verwijzingen: StoredVerwijzing[] | null;
}

export interface NormenVelden {
  normen: Norm[];
  verwijzingen: Verwijzing[];
  voorwaardenMetDeel: Voorwaarde[];
  eigenDoelgroepIds: string[];
  eigenDoelgroepen: EigenDoelgroep[];
}

/**
 * The API fields of these columns. `nummerVan` gives the number of another afspraak of the
 * overeenkomst (a verwijzing prints it), `locatieNaam` the name of one of its places (a norm on
 * a place prints it), `partijNaam` the partij whose promise a norm is; `eigen` are the overeenkomst's own doelgroepen.
 */
export function normenVelden(
  a: NormenKolommen,
  overeenkomstId: string,
  eigen: StoredEigenDoelgroep[],
  nummerVan: (id: string) => string | undefined,
  locatieNaam?: (id: string) => string | undefined,
  partijNaam?: (id: string) => string | undefined,
): NormenVelden {
  const ids = a.eigen_doelgroep_ids ?? [];
  return {
    normen: (a.normen ?? []).map((n) => ({
      ...n,
      deel: deelView(n.deel),
      partijId: n.partijId ?? null,
      tekst: normTekst(n, a.nummer, locatieNaam, partijNaam),
    })),
    verwijzingen: (a.verwijzingen ?? []).map((v) => verwijzingView(v, overeenkomstId, nummerVan)),
    voorwaardenMetDeel: voorwaardenView({
      voorwaarden: a.voorwaarden,
      voorwaardeDelen: a.voorwaarde_delen ?? [],
    }),
    eigenDoelgroepIds: ids,
    eigenDoelgroepen: ids
      .map((id) => eigen.find((d) => d.id === id))
      .filter((d): d is StoredEigenDoelgroep => d !== undefined),
  };
}
