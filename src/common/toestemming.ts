import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { AppError, ErrorCode } from './app-error';

/**
 * Whether a person may take a step now, and if not why and from when. It is answered by running
 * the very checks the step's mutation runs (one owner per rule), so a screen offers an action only
 * when it would succeed and otherwise says what stands in the way.
 */
@ObjectType('Toestemming', {
  description: 'Of een stap nu kan; zo niet: waarom (Nederlands) en vanaf wanneer',
})
export class Toestemming {
  @Field(() => Boolean) mag!: boolean;
  @Field(() => String, { nullable: true, description: 'Waarom niet, in woorden voor mensen' })
  reden!: string | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Vanaf wanneer het wel kan, als alleen de kalender in de weg staat',
  })
  vanaf!: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      'De foutcode die de mutatie zou geven (FORBIDDEN: uw rol; TE_VROEG: de kalender; STATUS_ONJUIST: de status)',
  })
  code!: string | null;
}

/** A refusal because the calendar does not allow it yet, carrying the day it will. */
export class TeVroeg extends AppError {
  constructor(
    message: string,
    readonly vanaf: Date,
    veld?: string,
  ) {
    super(ErrorCode.TE_VROEG, message, veld);
  }
}

export const TOEGESTAAN: Toestemming = { mag: true, reden: null, vanaf: null, code: null };

/**
 * Runs a step's checks without taking it: every refusal (`AppError`) becomes a `Toestemming` with
 * its Dutch message; anything else is a real failure and is thrown.
 */
export async function toestemming(controle: () => unknown): Promise<Toestemming> {
  try {
    await controle();
    return TOEGESTAAN;
  } catch (fout) {
    if (!(fout instanceof AppError) || fout.code === ErrorCode.INTERNAL) throw fout;
    return {
      mag: false,
      reden: fout.message,
      vanaf: fout instanceof TeVroeg ? fout.vanaf : null,
      code: fout.code,
    };
  }
}
