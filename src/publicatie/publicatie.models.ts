import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { Matches, MaxLength } from 'class-validator';
import { Id, Optioneel, Tekst } from '../common/validation';
import { SLUG_PATROON } from './publieke-inhoud';

@InputType({ description: 'Een ondertekende overeenkomst openbaar maken (Woo)' })
export class PubliceerInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Het adres (/publicatie/<slug>): kleine letters, cijfers en streepjes; zonder: uit gemeente, titel en periode. Blijft gelijk bij opnieuw publiceren',
  })
  @Optioneel()
  @Matches(SLUG_PATROON, {
    message:
      'mag alleen kleine letters, cijfers en losse streepjes bevatten (bijv. vlietdam-2026-2029)',
  })
  @MaxLength(80, { message: 'mag hoogstens 80 tekens lang zijn' })
  slug?: string | null;
}

@InputType({ description: 'Een publicatie intrekken, met de reden' })
export class TrekPublicatieInInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field({ description: 'Waarom de publicatie wordt ingetrokken (komt in het logboek)' })
  @Tekst(2000)
  reden!: string;
}

@ObjectType('Publicatie', {
  description: 'De openbaarmaking (Woo) van een ondertekende overeenkomst',
})
export class PublicatieModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Het openbare adres is /publicatie/<slug>' }) slug!: string;
  @Field({ description: 'De openbare pagina, zonder inloggen te openen' }) pagina!: string;
  @Field({ description: 'De gegevens als JSON (docs/publicatie.schema.json)' }) json!: string;
  @Field(() => GraphQLISODateTime) gepubliceerdOp!: Date;
  @Field({ description: 'Nu openbaar (niet ingetrokken)' }) actief!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) ingetrokkenOp!: Date | null;
  @Field(() => String, { nullable: true }) intrekReden!: string | null;
  @Field({
    description:
      'Er is sindsdien een nieuwere versie ondertekend (een addendum): opnieuw publiceren toont die',
  })
  verouderd!: boolean;
}
