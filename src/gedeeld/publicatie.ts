/*
 * The public data of a Woo publication (GET /publicatie/<slug>.json), shared by the server that
 * writes it and the web client's public page that reads it. docs/publicatie.schema.json is its
 * documented contract; a test validates the server's output against it.
 */

export const SCHEMA_VERSIE = '1.0';

export interface PubliekeStreefwaarde {
  jaar: number;
  plaats: string | null;
  soort: string;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
}

export interface PubliekeIndicator {
  naam: string;
  eenheid: string;
  definitie: string;
  richting: string;
  nulmeting: { waarde: number; jaar: number | null } | null;
  streefwaarden: PubliekeStreefwaarde[];
}

export interface PubliekeAfspraak {
  nummer: string;
  titel: string;
  type: string;
  tekst: string;
  leden: { letter: string; tekst: string }[];
  trekker: string;
  betrokkenen: { partij: string; rol: string | null; bijdrage: string }[];
  doelgroepen: string[];
  voorwaarden: string[];
  jaren: { jaar: number; concretisering: string }[];
  indicatoren: PubliekeIndicator[];
}

export interface PubliekThema {
  naam: string;
  domein: string | null;
  afspraken: PubliekeAfspraak[];
}

export interface PubliekeOndertekening {
  partij: string;
  naam: string;
  functie: string;
  /** The day (yyyy-mm-dd) it was signed. */
  datum: string;
}

export interface PubliekOnderdeel {
  titel: string;
  soort: string;
  versie: { nummer: number; vingerafdruk: string; buitenDriehoekOndertekend: boolean };
  ondertekeningen: PubliekeOndertekening[];
  themas: PubliekThema[];
}

export interface PubliekeOvereenkomst {
  schemaVersie: string;
  slug: string;
  titel: string;
  periode: { startjaar: number; eindjaar: number };
  gemeenten: string[];
  /** `logo`: where the partij's logo is served, when it had one at publication. */
  partijen: { naam: string; rol: string; logo?: string | null }[];
  preambule: string | null;
  gepubliceerdOp: string;
  onderdelen: PubliekOnderdeel[];
  downloads: { json: string; docx: string; pdf: string | null };
}

/** Where a publication's files are served (relative to the server). */
export const publicatiePaden = (slug: string) => ({
  pagina: `/publicatie/${slug}`,
  json: `/publicatie/${slug}.json`,
  docx: `/publicatie/${slug}/overeenkomst.docx`,
  pdf: `/publicatie/${slug}/overeenkomst.pdf`,
  /** The logo of the publication's nth partij (from 1, in the order of its partijen). */
  logo: (nummer: number) => `/publicatie/${slug}/logo/${nummer}`,
});

/** A publication's address: lower-case letters and digits, words joined by single hyphens. */
export const SLUG_PATROON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry of the harvestable list (GET /publicaties.json). */
export interface PublicatieVermelding {
  slug: string;
  titel: string;
  gemeenten: string[];
  periode: PubliekeOvereenkomst['periode'];
  gepubliceerdOp: string;
  pagina: string;
  json: string;
}

export interface PublicatieLijst {
  schemaVersie: string;
  publicaties: PublicatieVermelding[];
}
