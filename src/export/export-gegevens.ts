import type { IndicatorRichting } from '../indicatoren/richting';
import type { AfspraakInhoud, LocatieInhoud } from '../overeenkomsten/onderdeel-inhoud';
import type { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';

/** Everything an export shows, gathered before the document is built (so building is pure). */
export interface ExportOvereenkomst {
  id: string;
  titel: string;
  startjaar: number;
  eindjaar: number;
  /** The overeenkomst's derived status in words, as every screen shows it. */
  status: string;
  gemeenten: string[];
  deelnemers: ExportPartij[];
  referenties: { soort: string; titel: string; url: string | null }[];
  /** The preamble of the hoofddocument, as exported. */
  preambule: { tekst: string; json: Record<string, unknown> | null } | null;
  onderdelen: ExportOnderdeel[];
  indicatoren: ExportIndicator[];
  jaren: number[];
  /** Names of every partij mentioned, by id (details refer to partijen by id). */
  partijNamen: Record<string, string>;
  /** The audit trail, checked: only gathered when a certificate of signing is exported. */
  audit: AuditSamenvatting | null;
  gemaaktOp: Date;
}

/** A deelnemer with the formal data the Partijen section and the signature page print. */
export interface ExportPartij {
  id: string;
  naam: string;
  soort: string;
  rol: string;
  regie: boolean;
  statutaireNaam: string | null;
  vestigingsplaats: string | null;
  kvkNummer: string | null;
  vertegenwoordiger: string | null;
  vertegenwoordigerFunctie: string | null;
  /** Its logo for the cover, when it has one. */
  logo: { bestand: Buffer; soort: 'png' | 'jpg'; breedte: number; hoogte: number } | null;
}

export interface ExportOnderdeel {
  id: string;
  titel: string;
  soort: OnderdeelSoort;
  /** The bijlage's number (1, 2, …); null for the hoofddocument. */
  bijlageNummer: number | null;
  ondertekenaars: { id: string; naam: string }[];
  afspraken: AfspraakInhoud[];
  /** The version exported, or the one whose signatures show; null for a draft never frozen. */
  versie: ExportVersie | null;
  /** The content is the current draft, not a frozen version. */
  concept: boolean;
  /**
   * Only in the export "concept met suggesties": per afspraak id its text with the pending
   * suggestions (ProseMirror JSON with their marks), shown as Word revisions, and when the
   * server first saw each suggestion, by its id.
   */
  suggesties?: { teksten: Record<string, Record<string, unknown>>; gemaakt: Record<string, Date> };
}

export interface ExportVersie {
  nummer: number;
  status: string;
  hash: string;
  bevrorenOp: Date;
  addendumOp: number | null;
  /** Signed outside Driehoek (on paper): when and by whom, instead of signatures in the tool. */
  extern: {
    datum: string;
    ondertekenaars: { partijId: string; partij: string; naam: string; functie: string }[];
  } | null;
  ondertekeningen: {
    partijId: string;
    partij: string;
    naam: string;
    functie: string;
    tijd: Date;
    versieHash: string;
  }[];
}

export interface ExportIndicator {
  naam: string;
  eenheid: string;
  definitie: string;
  definitieBron: string | null;
  nulmeting: { waarde: number; jaar: number | null } | null;
  richting: IndicatorRichting;
  afspraakNummers: string[];
  /** The afspraken it measures: its table is in the onderdeel that holds them. */
  afspraakIds: string[];
  streefwaarden: {
    jaar: number;
    soort: string;
    waarde: number | null;
    min: number | null;
    max: number | null;
    effect: string | null;
  }[];
  realisaties: {
    jaar: number;
    waarde: number | null;
    oordeel: string | null;
    toelichting: string;
    tussenstand: boolean;
    bron: string;
  }[];
  /** Targets given per place (in a jaarschijf, or a horizon year after the periode). */
  perPlaats: (ExportIndicator['streefwaarden'][number] & {
    plaats: LocatieInhoud;
    horizon: boolean;
  })[];
}

export interface AuditSamenvatting {
  aantal: number;
  laatsteHash: string | null;
  geldig: boolean;
  eerste: Date | null;
  laatste: Date | null;
}

/** A signed version is exported: it gets a certificate of signing. */
export function heeftCertificaat(
  o: ExportOnderdeel,
): o is ExportOnderdeel & { versie: ExportVersie } {
  // A version signed on paper has no signatures in Driehoek to certify.
  return o.versie?.status === 'ONDERTEKEND' && !o.versie.extern && !o.concept;
}
