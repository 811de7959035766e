import type { StoredDeel } from './afspraak-deel';
import type { StoredNorm } from './afspraak-normen';
import {
  verwijzingAlsInvoer,
  verwijzingInHash,
  verwijzingTekst,
  type StoredVerwijzing,
  type VerwijzingInput,
} from './afspraak-verwijzingen';
import type { StoredEigenDoelgroep } from './eigen-doelgroepen';

/*
 * Norms, references, the delen of voorwaarden and eigen doelgroepen in an afspraak's signed
 * content and its hash (issue 15, points 1, 8, 9 and 10).
 */

/** In AfspraakInhoud; absent in versions frozen before these existed. */
export interface NormenInhoud {
  normen?: StoredNorm[];
  /** With the reference in words, the other afspraak by its number at the time of reading. */
  verwijzingen?: (StoredVerwijzing & { tekst: string })[];
  voorwaardeDelen?: (StoredDeel | null)[];
  /** The eigen doelgroepen the afspraak names, as the overeenkomst defines them. */
  eigenDoelgroepen?: StoredEigenDoelgroep[];
}

/** The columns the onderdeel-inhoud reader selects for this. */
export interface NormenInhoudRij {
  normen: StoredNorm[] | null;
  verwijzingen: StoredVerwijzing[] | null;
  voorwaarde_delen: (StoredDeel | null)[] | null;
  eigen_doelgroep_ids: string[] | null;
}

export function normenInhoud(
  a: NormenInhoudRij,
  eigen: StoredEigenDoelgroep[],
  nummerVan: (id: string) => string | undefined,
): Required<NormenInhoud> {
  return {
    normen: a.normen ?? [],
    verwijzingen: (a.verwijzingen ?? []).map((v) => ({
      ...v,
      tekst: verwijzingTekst(v, nummerVan),
    })),
    voorwaardeDelen: a.voorwaarde_delen ?? [],
    eigenDoelgroepen: (a.eigen_doelgroep_ids ?? [])
      .map((id) => eigen.find((d) => d.id === id))
      .filter((d): d is StoredEigenDoelgroep => d !== undefined),
  };
}

/**
 * What these elements add to the afspraak's hash: only what is set, so the hash of an afspraak
 * without them is what it was before they existed (no standpunt went stale by the migration).
 * A reference to another afspraak counts by id, not by its number, as renumbering does not
 * change what is agreed; a reference to a document counts by its id and sha256.
 */
export function normenInHash(a: NormenInhoud): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  if (a.normen?.length) uit.normen = a.normen;
  if (a.verwijzingen?.length)
    uit.verwijzingen = a.verwijzingen.map(({ tekst: _, ...v }) => verwijzingInHash(v));
  if (a.voorwaardeDelen?.some((d) => d !== null)) uit.voorwaardeDelen = a.voorwaardeDelen;
  if (a.eigenDoelgroepen?.length) uit.eigenDoelgroepen = a.eigenDoelgroepen;
  return uit;
}

/**
 * The input that sets these elements back to what a version holds. A version from before they
 * existed restores them empty; an eigen doelgroep the overeenkomst no longer has is refused by
 * the update, as it would be when entered by hand.
 */
export function herstelNormen(a: NormenInhoud & { voorwaarden: string[] }): {
  voorwaardenMetDeel: { tekst: string; deel: StoredDeel | null }[];
  normen: StoredNorm[];
  verwijzingen: VerwijzingInput[];
  eigenDoelgroepIds: string[];
} {
  return {
    voorwaardenMetDeel: a.voorwaarden.map((tekst, i) => ({
      tekst,
      deel: a.voorwaardeDelen?.[i] ?? null,
    })),
    normen: a.normen ?? [],
    verwijzingen: (a.verwijzingen ?? []).map(({ tekst: _, ...v }) => verwijzingAlsInvoer(v)),
    eigenDoelgroepIds: (a.eigenDoelgroepen ?? []).map((d) => d.id),
  };
}
