import { canonicalJson, sha256 } from '../audit/canonical';
import { AppError, ErrorCode } from '../common/app-error';
import type { AfspraakType, Doelgroep, Volwassenheid } from './afspraak-type';
import { type BetrokkeneRol, garantieVoorHash, type TrekkerGroep } from './afspraak-rollen';
import type { StoredBedrag } from './financieel-overzicht';
import type { OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import type { LocatieSoort } from './locatie.entity';
import { normenInHash, type NormenInhoud } from './normen-inhoud';
import { doelenVoorHash, type IndicatorInhoud } from './doelen-inhoud';

export interface AfspraakInhoud extends NormenInhoud {
  id: string;
  nummer: string;
  volgorde: number;
  titel: string;
  type: AfspraakType;
  /** The opgave, and the domein it belongs to (the chapter). */
  thema: { id: string; naam: string; domein: string | null };
  trekker: { id: string; naam: string };
  /** Absent in versions signed before groups existed. */
  trekkerGroep?: TrekkerGroep | null;
  volwassenheid: Volwassenheid;
  voorwaarden: string[];
  doelgroepen: Doelgroep[];
  details: Record<string, unknown>;
  /**
   * The leden a, b, c of a composite afspraak; absent for a single one, so the content (and the
   * hash) of every afspraak without leden stays exactly what it was before leden existed.
   */
  leden?: { letter: string; tekst: string; type: AfspraakType; details: Record<string, unknown> }[];
  tekst: string;
  tekstJson: Record<string, unknown> | null;
  betrokkenen: {
    partijId: string;
    naam: string;
    /** Absent in versions signed before roles existed. */
    rol?: BetrokkeneRol;
    bijdrage: string;
    kostenaandeel: number | null;
  }[];
  jaren: { jaar: number; concretisering: string }[];
  /** Absent in versions frozen before amounts were recorded. */
  bedragen?: BedragInhoud[];
  /** The places, in the afspraak's order; left out when there are none (and in older versions). */
  locaties?: LocatieInhoud[];
  /** The indicators with their targets; left out when there are none (and in older versions). */
  indicatoren?: IndicatorInhoud[];
}

/** An amount as signed: as stored, with the names of the partijen it names. */
export interface BedragInhoud extends Omit<StoredBedrag, 'betalers' | 'ontvangerIds'> {
  betalers: (StoredBedrag['betalers'][number] & { naam: string })[];
  ontvangers: { partijId: string; naam: string }[];
}

/** A place as signed: kind, name and the gemeente it lies in. */
export interface LocatieInhoud {
  id: string;
  soort: LocatieSoort;
  naam: string;
  gemeente: { id: string; naam: string } | null;
}

/** What a version of an onderdeel holds: everything the signatories sign. */
export interface OnderdeelInhoud {
  onderdeelId: string;
  overeenkomstId: string;
  titel: string;
  soort: OnderdeelSoort;
  status: OnderdeelStatus;
  ondertekenaars: { id: string; naam: string }[];
  /** The preamble, in the hoofddocument. */
  preambule: { tekst: string; json: Record<string, unknown> | null } | null;
  afspraken: AfspraakInhoud[];
}

/**
 * The hash a standpunt is taken on: what the afspraak says (title, type, details, leden,
 * conditions, trekker, each party's role and own promise, the words of its text, its indicators
 * with their targets and its doelgroepen), not where
 * it stands or how it is formatted, so renumbering or making a word bold does not make every
 * standpunt stale. What an afspraak leaves empty adds no key, so the hash of an afspraak that does
 * not use a newer element stays what it was before that element existed.
 */
export function afspraakHash(a: AfspraakInhoud): string {
  const basis = basisHash(a);
  // Layered on top of the rest, so a migration can restamp a standpunt from its stored hash
  // alone: an afspraak without indicators or doelgroepen keeps exactly the hash it had.
  const doelen = doelenVoorHash(a);
  return doelen ? sha256(canonicalJson({ basis, ...doelen })) : basis;
}

/** The hash as it stood before indicators and doelgroepen counted. */
function basisHash(a: AfspraakInhoud): string {
  return sha256(
    canonicalJson({
      titel: a.titel,
      type: a.type,
      details: garantieVoorHash(a.details),
      ...(a.leden?.length ? { leden: a.leden } : {}),
      voorwaarden: a.voorwaarden,
      trekker: a.trekker.id,
      trekkerGroep: a.trekkerGroep ?? undefined,
      betrokkenen: a.betrokkenen.length ? a.betrokkenen.map(toezeggingVoorHash) : undefined,
      tekst: a.tekst,
      // Only when there is money: a hash without it stays what it was before amounts existed,
      // so standpunten taken then do not all turn stale.
      ...(a.bedragen?.length ? { bedragen: bedragenVoorHash(a.bedragen) } : {}),
      // Only when there are places, so afspraken without any keep the hash they had.
      ...(a.locaties?.length
        ? {
            locaties: a.locaties.map((l) => ({
              soort: l.soort,
              naam: l.naam,
              gemeente: l.gemeente?.id ?? null,
            })),
          }
        : {}),
      ...normenInHash(a),
    }),
  );
}

/** A betrokkene's part as the hash sees it: who, in which role, promising what, paying what. */
function toezeggingVoorHash(b: AfspraakInhoud['betrokkenen'][number]): Record<string, unknown> {
  return { partij: b.partijId, rol: b.rol, bijdrage: b.bijdrage, kostenaandeel: b.kostenaandeel };
}

/** What the amounts say, without the names (a renamed partij is the same partij). */
function bedragenVoorHash(bedragen: BedragInhoud[]): unknown {
  return bedragen.map(({ betalers, ontvangers, ...b }) => ({
    ...b,
    betalers: betalers.map(({ naam: _naam, ...x }) => x),
    ontvangerIds: ontvangers.map((o) => o.partijId),
  }));
}

/** The hash of a version: the canonical content and the Yjs state, both as signed. */
export function versieHash(inhoud: unknown, yjsState: Uint8Array): string {
  return sha256(canonicalJson({ inhoud, yjsState: sha256(yjsState) }));
}

/** Changes to a frozen or signed onderdeel go through an addendum. */
export function bevroren(titel: string): AppError {
  return new AppError(
    ErrorCode.ONDERDEEL_BEVROREN,
    `Het onderdeel "${titel}" ligt ter ondertekening of is ondertekend; wijzig het via een addendum`,
  );
}
