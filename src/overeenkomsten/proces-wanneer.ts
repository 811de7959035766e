import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AppError, ErrorCode } from '../common/app-error';
import { Jaar, OpenTekst, Optioneel } from '../common/validation';

/*
 * The moment of a one-off proces step: "in 2027 maken partijen nieuwe afspraken", "in 2029 ligt
 * er een toekomstvisie". Held as a year, not a date: afspraken name years, the jaarschijven and
 * the jaarcyclus count in years, and a date would be precision nobody agreed. What a year cannot
 * say ("voor de zomer", "na de evaluatie") goes into wanneerTekst beside it. Shared by the
 * afspraak's own ProcesDetails and those of a lid.
 */

@ObjectType({ isAbstract: true })
export class ProcesWanneer {
  @Field(() => Int, {
    nullable: true,
    description: 'Het jaar van een eenmalige stap, bijv. 2027; in of na de periode',
  })
  wanneerJaar?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Het moment in woorden, bijv. "voor de zomer" of "na de evaluatie"',
  })
  wanneerTekst?: string | null;
}

@InputType({ isAbstract: true })
export class ProcesWanneerInput {
  @Field(() => Int, { nullable: true, description: 'Het jaar van een eenmalige stap' })
  @Optioneel()
  @Jaar()
  wanneerJaar?: number | null;
  @Field(() => String, { nullable: true, description: 'Bijv. "voor de zomer"' })
  @Optioneel()
  @OpenTekst(200)
  wanneerTekst?: string | null;
}

/** What is stored: only the keys that are set, so older proces details keep their hash. */
export function wanneerOpslaan(input: ProcesWanneerInput): {
  wanneerJaar?: number;
  wanneerTekst?: string;
} {
  const tekst = input.wanneerTekst?.trim();
  return {
    ...(input.wanneerJaar != null ? { wanneerJaar: input.wanneerJaar } : {}),
    ...(tekst ? { wanneerTekst: tekst } : {}),
  };
}

/**
 * A step before the agreement starts contradicts it (it would have been agreed already); one
 * after its end is the agreement's horizon and allowed. `veld` is the path of the proces details.
 */
export function controleerWanneer(
  details: { type: string; wanneerJaar?: unknown },
  startjaar: number,
  veld: string,
): void {
  const jaar = details.wanneerJaar;
  if (details.type !== 'PROCES' || typeof jaar !== 'number' || jaar >= startjaar) return;
  throw new AppError(
    ErrorCode.JAAR_BUITEN_PERIODE,
    `De stap valt in ${jaar}, voor het begin van de overeenkomst (${startjaar})`,
    `${veld}.wanneerJaar`,
  );
}

/** "in 2027", "in 2027, voor de zomer", "voor de zomer"; null without a moment. */
export function wanneerTekst(details: Record<string, unknown>): string | null {
  const jaar = typeof details.wanneerJaar === 'number' ? `in ${details.wanneerJaar}` : null;
  const tekst = typeof details.wanneerTekst === 'string' ? details.wanneerTekst : null;
  return [jaar, tekst].filter(Boolean).join(', ') || null;
}
