import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { AppError, ErrorCode, invalid } from '../common/app-error';
import { Id, Tekst } from '../common/validation';
import { BETROKKENE_ROL_LABEL, inTrekkerGroep, TREKKER_GROEP_LABEL } from '../gedeeld/rollen';
import { PartijModel } from '../partijen/partij.model';

/*
 * Each party's own promise (issue 15, point 3): every betrokkene of an afspraak has a role and
 * its commitment in its own words (`bijdrage`). `Afspraak.trekker` stays the one accountable
 * trekker that verantwoording, filters and older clients rely on; further trekkers are betrokkenen
 * with the role TREKKER, and a group ("alle corporaties") is named by `Afspraak.trekkerGroep`.
 */

export enum BetrokkeneRol {
  TREKKER = 'TREKKER',
  MEDETREKKER = 'MEDETREKKER',
  UITVOERDER = 'UITVOERDER',
  FINANCIER = 'FINANCIER',
  GARANTSTELLER = 'GARANTSTELLER',
  BETROKKEN = 'BETROKKEN',
}
registerEnumType(BetrokkeneRol, {
  name: 'BetrokkeneRol',
  description: 'De rol van een partij bij een afspraak',
  valuesMap: {
    TREKKER: { description: 'Trekt de afspraak (een van de trekkers)' },
    MEDETREKKER: { description: 'Trekt mee, naast de trekker(s)' },
    UITVOERDER: { description: 'Voert (een deel van) de afspraak uit' },
    FINANCIER: { description: 'Betaalt (mee) aan de afspraak' },
    GARANTSTELLER: { description: 'Staat garant voor (een deel van) de afspraak' },
    BETROKKEN: { description: 'Is betrokken zonder eigen uitvoerende rol' },
  },
});

export enum TrekkerGroep {
  ALLE_PARTIJEN = 'ALLE_PARTIJEN',
  ALLE_GEMEENTEN = 'ALLE_GEMEENTEN',
  ALLE_CORPORATIES = 'ALLE_CORPORATIES',
  ALLE_HUURDERSORGANISATIES = 'ALLE_HUURDERSORGANISATIES',
  ALLE_ZORGPARTIJEN = 'ALLE_ZORGPARTIJEN',
}
registerEnumType(TrekkerGroep, {
  name: 'TrekkerGroep',
  description: 'Een groep partijen die samen trekker is, zoals de afspraak die noemt',
  valuesMap: {
    ALLE_PARTIJEN: { description: 'Alle partijen (behalve waarnemers)' },
    ALLE_GEMEENTEN: { description: 'Alle gemeenten' },
    ALLE_CORPORATIES: { description: 'Alle woningcorporaties' },
    ALLE_HUURDERSORGANISATIES: { description: 'Alle huurdersorganisaties' },
    ALLE_ZORGPARTIJEN: { description: 'Alle zorgaanbieders, zorgkantoren en welzijnsorganisaties' },
  },
});

/** Roles that pull the afspraak: they may give its verantwoording and enter realisaties. */
export const TREKKENDE_ROLLEN: readonly BetrokkeneRol[] = [
  BetrokkeneRol.TREKKER,
  BetrokkeneRol.MEDETREKKER,
];

export function rolLabel(rol: BetrokkeneRol): string {
  return BETROKKENE_ROL_LABEL[rol];
}

export function groepLabel(groep: TrekkerGroep): string {
  return TREKKER_GROEP_LABEL[groep];
}

/** A partij as the role rules need it. */
export interface RolPartij {
  id: string;
  naam: string;
  soort: string;
  waarnemer: boolean;
}

/** One betrokkene as asked for; `rol` undefined when the input left it out. */
export interface GevraagdeRol {
  partij: RolPartij;
  rol: BetrokkeneRol | undefined;
  kostenaandeel: number | null;
  /** The role it has now, for an afspraak that already has this betrokkene. */
  bestaand: BetrokkeneRol | undefined;
}

export interface RolContext {
  trekker: RolPartij;
  groep: TrekkerGroep | null;
  garantstellerIds: string[];
}

function moetTrekken(p: RolPartij, c: RolContext): boolean {
  return (
    p.id === c.trekker.id || (c.groep != null && !p.waarnemer && inTrekkerGroep(c.groep, p.soort))
  );
}

/**
 * The role of a betrokkene whose input names none, as the migration gave the existing ones: the
 * trekker (or a member of the trekker group) trekt, a garantsteller of a garantie stands
 * guarantor, a partij with a kostenaandeel finances, anyone else is betrokken. A betrokkene that
 * already had a role keeps it, so a client that does not know roles loses none.
 */
export function afgeleideRol(b: GevraagdeRol, c: RolContext): BetrokkeneRol {
  if (moetTrekken(b.partij, c)) return BetrokkeneRol.TREKKER;
  if (b.bestaand) return b.bestaand;
  if (c.garantstellerIds.includes(b.partij.id)) return BetrokkeneRol.GARANTSTELLER;
  if (b.kostenaandeel) return BetrokkeneRol.FINANCIER;
  return BetrokkeneRol.BETROKKEN;
}

/**
 * The roles of the betrokkenen, refusing only contradictions: the trekker or a member of the
 * trekker group with another role, a waarnemer pulling, an accountable trekker outside its group.
 */
export function bepaalRollen(
  gevraagd: GevraagdeRol[],
  c: RolContext,
  velden: { trekker: string; betrokkenen: string },
): BetrokkeneRol[] {
  if (c.groep && !inTrekkerGroep(c.groep, c.trekker.soort)) {
    throw invalid(
      velden.trekker,
      `${c.trekker.naam} hoort niet bij ${groepLabel(c.groep)}; de aanspreekbare trekker is een van hen`,
    );
  }
  return gevraagd.map((b, i) => {
    const veld = `${velden.betrokkenen}.${i}.rol`;
    if (b.rol === undefined) return afgeleideRol(b, c);
    if (b.partij.waarnemer && TREKKENDE_ROLLEN.includes(b.rol)) {
      throw new AppError(
        ErrorCode.GEEN_DEELNEMER,
        `${b.partij.naam} is waarnemer en kan geen ${rolLabel(b.rol)} zijn`,
        veld,
      );
    }
    if (b.rol !== BetrokkeneRol.TREKKER && b.partij.id === c.trekker.id) {
      throw invalid(
        veld,
        `${b.partij.naam} is de trekker van deze afspraak; bij de betrokkenen is haar rol trekker, niet ${rolLabel(b.rol)}`,
      );
    }
    if (b.rol !== BetrokkeneRol.TREKKER && moetTrekken(b.partij, c)) {
      throw invalid(
        veld,
        `${b.partij.naam} hoort bij ${groepLabel(c.groep!)}, die samen trekker zijn; haar rol is trekker, niet ${rolLabel(b.rol)}`,
      );
    }
    return b.rol;
  });
}

// ---- a garantie per garantsteller ----

@ObjectType('GarantieToezegging', { description: 'Wat één garantsteller garandeert' })
export class GarantieToezegging {
  @Field(() => ID) partijId!: string;
  @Field(() => PartijModel) partij!: PartijModel;
  @Field({ description: 'Wat deze partij garandeert, in haar eigen woorden' }) wat!: string;
}

@InputType()
export class GarantieToezeggingInput {
  @Field(() => ID) @Id() partijId!: string;
  @Field({ description: 'Wat deze garantsteller garandeert' }) @Tekst(2000) wat!: string;
}

export interface OpgeslagenToezegging {
  partijId: string;
  wat: string;
}

/**
 * One commitment per garantsteller, in the order of the garantstellers; a garantsteller the input
 * gives none guarantees the shared `wat`, as every garantsteller did before they had their own.
 */
export function garantieToezeggingen(
  garantstellerIds: string[],
  wat: string,
  input: GarantieToezeggingInput[] | undefined,
): OpgeslagenToezegging[] {
  const eigen = new Map<string, string>();
  (input ?? []).forEach((t, i) => {
    const veld = `input.details.garantie.toezeggingen.${i}.partijId`;
    if (!garantstellerIds.includes(t.partijId)) {
      throw invalid(
        veld,
        'Een toezegging hoort bij een van de garantstellers (details.garantie.garantstellerIds)',
      );
    }
    if (eigen.has(t.partijId)) {
      throw invalid(veld, 'Elke garantsteller heeft één toezegging', ErrorCode.AL_AANWEZIG);
    }
    eigen.set(t.partijId, t.wat);
  });
  return garantstellerIds.map((partijId) => ({ partijId, wat: eigen.get(partijId) ?? wat }));
}

/** The commitments of a stored garantie; one stored before they existed has the shared `wat`. */
export function opgeslagenToezeggingen(details: Record<string, unknown>): OpgeslagenToezegging[] {
  const ids = (details.garantstellerIds as string[] | undefined) ?? [];
  const wat = (details.wat as string | undefined) ?? '';
  return (
    (details.toezeggingen as OpgeslagenToezegging[] | undefined) ??
    ids.map((partijId) => ({ partijId, wat }))
  );
}

/**
 * A garantie as its content hash sees it: commitments that only repeat the shared `wat` say
 * nothing more, so a garantie stored before commitments existed keeps its hash (and its
 * standpunten stay current) until someone gives a garantsteller words of its own.
 */
export function garantieVoorHash(details: Record<string, unknown>): Record<string, unknown> {
  if (details.type !== 'GARANTIE' || !('toezeggingen' in details)) return details;
  const { toezeggingen, ...rest } = details;
  const herhaald = opgeslagenToezeggingen(rest);
  const eigen = toezeggingen as OpgeslagenToezegging[];
  const zelfde =
    eigen.length === herhaald.length &&
    eigen.every((t, i) => t.partijId === herhaald[i]!.partijId && t.wat === herhaald[i]!.wat);
  return zelfde ? rest : details;
}
