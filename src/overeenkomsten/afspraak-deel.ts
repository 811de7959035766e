import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { Matches } from 'class-validator';
import { invalid } from '../common/app-error';
import { GeheelGetal, Id, Optioneel } from '../common/validation';
import type { StoredDetails } from './afspraak-details';
import { lidLetters, type StoredLid } from './afspraak-leden';
import { AfspraakType } from './afspraak-type';

/*
 * A reference to one part of an afspraak: a lid ("3.2a"), an activiteit of a handeling, or a
 * locatie of the overeenkomst. Norms, voorwaarden and other elements use it to say they hold for
 * that part only; without it they hold for the whole afspraak. Shared by all issue-15 elements, so
 * the reference is written, checked and printed the same way everywhere.
 */

@ObjectType({
  description: 'Een deel van een afspraak: één lid, één activiteit of één locatie (precies één)',
})
export class AfspraakDeel {
  @Field(() => String, { nullable: true, description: 'Letter van een lid, bijv. "a"' })
  lid!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Nummer (vanaf 1) van een activiteit in details.handeling.activiteiten',
  })
  activiteit!: number | null;
  @Field(() => ID, { nullable: true, description: 'Een locatie van de overeenkomst' })
  locatieId!: string | null;
}

@InputType({ description: 'Vul hoogstens één van de velden in; leeg = de hele afspraak' })
export class AfspraakDeelInput {
  @Field(() => String, { nullable: true })
  @Optioneel()
  @Matches(/^[a-z]{1,3}$/, { message: 'moet de letter van een lid zijn (a, b, c …)' })
  lid?: string | null;
  @Field(() => Int, { nullable: true }) @Optioneel() @GeheelGetal(1, 1000) activiteit?:
    number | null;
  @Field(() => ID, { nullable: true }) @Optioneel() @Id() locatieId?: string | null;
}

/** Stored form: exactly one key, or null for the whole afspraak. */
export type StoredDeel = { lid: string } | { activiteit: number } | { locatieId: string };

/** What a deel may point at, taken from the afspraak (and overeenkomst) as it will be after the write. */
export interface DeelContext {
  /** Letters of the afspraak's leden. */
  leden: readonly string[];
  /** Number of activiteiten of a handeling (0 for other types). */
  activiteiten: number;
  /** Ids of the overeenkomst's locaties. */
  locatieIds: readonly string[];
}

/** The activiteiten count a deel can point into, from the afspraak's stored details. */
export function activiteitenIn(details: StoredDetails): number {
  if (details.type !== AfspraakType.HANDELING) return 0;
  const activiteiten = details.activiteiten;
  return Array.isArray(activiteiten) ? activiteiten.length : 0;
}

/**
 * Checks a deel (input or stored) against what exists and returns the stored form. `veld` is the
 * path of the deel itself, e.g. `input.normen.2.deel`.
 */
export function deelOpslaan(
  deel: AfspraakDeelInput | StoredDeel | null | undefined,
  veld: string,
  context: DeelContext,
): StoredDeel | null {
  if (!deel) return null;
  const { lid, activiteit, locatieId } = deel as AfspraakDeelInput;
  const gezet = [
    lid != null && 'lid',
    activiteit != null && 'activiteit',
    locatieId != null && 'locatieId',
  ].filter((k): k is string => k !== false);
  if (gezet.length === 0) return null;
  if (gezet.length > 1) {
    throw invalid(
      `${veld}.${gezet[1]}`,
      `Een deel van een afspraak is één lid, één activiteit of één locatie, niet meer tegelijk (${veld})`,
    );
  }
  if (lid != null) {
    if (!context.leden.includes(lid)) {
      throw invalid(
        `${veld}.lid`,
        context.leden.length
          ? `De afspraak heeft geen lid ${lid} (wel: ${context.leden.join(', ')})`
          : `De afspraak heeft geen leden, dus ook geen lid ${lid}`,
      );
    }
    return { lid };
  }
  if (activiteit != null) {
    if (!Number.isInteger(activiteit) || activiteit < 1 || activiteit > context.activiteiten) {
      throw invalid(
        `${veld}.activiteit`,
        context.activiteiten
          ? `De afspraak heeft geen activiteit ${activiteit} (er zijn er ${context.activiteiten})`
          : `Alleen een handelingsafspraak met activiteiten kan naar activiteit ${activiteit} verwijzen`,
      );
    }
    return { activiteit };
  }
  if (!context.locatieIds.includes(locatieId!)) {
    throw invalid(`${veld}.locatieId`, `Locatie ${locatieId} hoort niet bij deze overeenkomst`);
  }
  return { locatieId: locatieId! };
}

/** The stored deel as the API shows it. */
export function deelView(deel: StoredDeel | null | undefined): AfspraakDeel | null {
  if (!deel) return null;
  const d = deel as Partial<{ lid: string; activiteit: number; locatieId: string }>;
  return { lid: d.lid ?? null, activiteit: d.activiteit ?? null, locatieId: d.locatieId ?? null };
}

/**
 * The deel in words for exports and messages ("lid b", "activiteit 2", "locatie De Hoven").
 * `nummer` is the afspraak's number, so a lid reads "3.2b".
 */
export function deelTekst(
  deel: StoredDeel | null | undefined,
  opties: { nummer?: string; locatieNaam?: (id: string) => string | undefined } = {},
): string | null {
  if (!deel) return null;
  if ('lid' in deel) return `lid ${opties.nummer ?? ''}${deel.lid}`;
  if ('activiteit' in deel) return `activiteit ${deel.activiteit}`;
  return `locatie ${opties.locatieNaam?.(deel.locatieId) ?? deel.locatieId}`;
}

/** A stable text of a deel for content hashes: the same deel always gives the same string. */
export function deelSleutel(deel: StoredDeel | null | undefined): string {
  if (!deel) return '';
  if ('lid' in deel) return `lid:${deel.lid}`;
  if ('activiteit' in deel) return `activiteit:${deel.activiteit}`;
  return `locatie:${deel.locatieId}`;
}

/**
 * What the deel references of an afspraak may point at, as the afspraak is about to be stored.
 * Locaties come in `extra` (locatieIdsVan loads them); leden are read from the afspraak.
 */
export function deelContextVan(
  afspraak: { details: StoredDetails; leden?: readonly StoredLid[] | null },
  extra: Partial<DeelContext> = {},
): DeelContext {
  return {
    leden: lidLetters(afspraak.leden),
    activiteiten: activiteitenIn(afspraak.details),
    locatieIds: [],
    ...extra,
  };
}
