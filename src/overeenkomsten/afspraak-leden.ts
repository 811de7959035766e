import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { AppError, invalid } from '../common/app-error';
import { Genest, Keuze, Tekst } from '../common/validation';
import type { PartijModel } from '../partijen/partij.model';
import {
  AfspraakDetails,
  AfspraakDetailsInput,
  type AfspraakDetailsValue,
  detailsForType,
  detailsView,
  partijIdsInDetails,
  type StoredDetails,
} from './afspraak-details';
import { AFSPRAAK_TYPE_LABEL, AfspraakType } from './afspraak-type';
import type { OvereenkomstContext } from './overeenkomst-context';

/*
 * A composite afspraak (issue 15, point 4): "3.2 Toegankelijkheid — a. nieuwbouw minimaal
 * nultreden (handeling); b. over de bestaande voorraad maken partijen in 2027 nieuwe afspraken
 * (proces)". Each lid has its own type and type details, checked by the same rules as an
 * afspraak's; standpunten, opmerkingen and voorstellen stay with the afspraak as a whole.
 * Stored as a JSON list on the afspraak, the letter fixed by position (a, b, c, …).
 */

export const MAX_LEDEN = 26;

/** What is stored per lid in the afspraak's `leden` column. */
export interface StoredLid {
  letter: string;
  tekst: string;
  type: AfspraakType;
  details: StoredDetails;
}

export const lidLetter = (index: number): string => String.fromCharCode(97 + index);

@ObjectType('AfspraakLid', { description: 'Een lid (a, b, c) van een samengestelde afspraak' })
export class AfspraakLidModel {
  @Field({ description: 'De letter, bijv. "b"' }) letter!: string;
  @Field({ description: 'Het nummer van de afspraak met de letter, bijv. "3.2b"' }) nummer!: string;
  @Field({ description: 'Wat dit lid inhoudt' }) tekst!: string;
  @Field(() => AfspraakType) type!: AfspraakType;
  @Field({ description: 'Het type in woorden, bijv. "Procesafspraak"' }) typeLabel!: string;
  @Field(() => AfspraakDetails, { description: 'De gegevens die bij het type van dit lid horen' })
  details!: AfspraakDetailsValue;
}

@InputType()
export class AfspraakLidInput {
  @Field({ description: 'Wat dit lid inhoudt' }) @Tekst(4000) tekst!: string;
  @Field(() => AfspraakType) @Keuze(AfspraakType) type!: AfspraakType;
  @Field(() => AfspraakDetailsInput, {
    description: 'De gegevens die bij het type van dit lid horen',
  })
  @Genest(() => AfspraakDetailsInput)
  details!: AfspraakDetailsInput;
}

/**
 * The stored leden for the input, each lid's details checked by the afspraak's own rules; an
 * error names the lid's field (input.leden.1.details.proces). Letters follow the order given.
 */
export function ledenUitInput(input: AfspraakLidInput[], pad = 'input.leden'): StoredLid[] {
  if (input.length > MAX_LEDEN) {
    throw invalid(pad, `Een afspraak heeft hoogstens ${MAX_LEDEN} leden (a tot en met z)`);
  }
  return input.map((lid, i) => {
    let details: StoredDetails;
    try {
      details = detailsForType(lid.type, lid.details);
    } catch (error) {
      // detailsForType names the afspraak's own details; point at this lid's instead.
      if (error instanceof AppError && error.veld?.startsWith('input.details')) {
        throw new AppError(
          error.code,
          `Lid ${lidLetter(i)}: ${error.message}`,
          `${pad}.${i}.details${error.veld.slice('input.details'.length)}`,
        );
      }
      throw error;
    }
    return { letter: lidLetter(i), tekst: lid.tekst, type: lid.type, details };
  });
}

/** A stored lid as the input that recreates it (restoring a version). */
export function lidAlsInput(
  lid: { tekst: string; type: AfspraakType; details: Record<string, unknown> },
  sleutel: keyof AfspraakDetailsInput,
): AfspraakLidInput {
  const details: Record<string, unknown> = { ...lid.details };
  delete details.type;
  return { tekst: lid.tekst, type: lid.type, details: { [sleutel]: details } };
}

/**
 * The letters a deel (afspraak-deel.ts, `DeelContext.leden`) may point at: those of the leden as
 * they will be after the write, so a norm or voorwaarde on a lid that goes is refused.
 */
export const lidLetters = (leden: readonly StoredLid[] | null | undefined): string[] =>
  (leden ?? []).map((l) => l.letter);

/** Partij ids the leden's details name, so they can be checked against the deelnemers. */
export function partijIdsInLeden(leden: StoredLid[]): string[] {
  return leden.flatMap((l) => partijIdsInDetails(l.details));
}

export function ledenView(
  leden: StoredLid[] | null | undefined,
  nummer: string,
  partij: (id: string) => PartijModel,
): AfspraakLidModel[] {
  return (leden ?? []).map((l) => ({
    letter: l.letter,
    nummer: `${nummer}${l.letter}`,
    tekst: l.tekst,
    type: l.type,
    typeLabel: AFSPRAAK_TYPE_LABEL[l.type],
    details: detailsView(l.details, partij),
  }));
}

/** Leden whose details fit the overeenkomst (partijen, years); errors name the lid's field. */
export async function checkLeden(
  leden: StoredLid[],
  context: OvereenkomstContext,
  pad = 'input.leden',
): Promise<StoredLid[]> {
  for (const [i, lid] of leden.entries()) {
    await context.checkDetails(lid.details, `${pad}.${i}.details`);
  }
  return leden;
}
