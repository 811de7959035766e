import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Partij, PartijSoort } from './partij.entity';

@ObjectType('Partij', {
  description: 'Een organisatie: gemeente, corporatie, huurdersorganisatie, zorgpartij…',
})
export class PartijModel {
  @Field(() => ID) id!: string;
  @Field() naam!: string;
  @Field(() => PartijSoort) soort!: PartijSoort;
  @Field(() => String, {
    nullable: true,
    description: 'Regio of provincie, voor het regionale overzicht',
  })
  regio!: string | null;
  @Field(() => String, { nullable: true, description: 'Statutaire naam' })
  statutaireNaam!: string | null;
  @Field(() => String, { nullable: true, description: 'Vestigingsplaats (statutaire zetel)' })
  vestigingsplaats!: string | null;
  @Field(() => String, { nullable: true, description: 'KvK-nummer (8 cijfers)' })
  kvkNummer!: string | null;
  @Field(() => String, { nullable: true, description: 'Wie de partij vertegenwoordigt' })
  vertegenwoordiger!: string | null;
  @Field(() => String, { nullable: true, description: 'Functie van de vertegenwoordiger' })
  vertegenwoordigerFunctie!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

export function partijModel(partij: Partij): PartijModel {
  return {
    id: partij.id,
    naam: partij.naam,
    soort: partij.soort,
    regio: partij.regio ?? null,
    statutaireNaam: partij.statutaireNaam ?? null,
    vestigingsplaats: partij.vestigingsplaats ?? null,
    kvkNummer: partij.kvkNummer ?? null,
    vertegenwoordiger: partij.vertegenwoordiger ?? null,
    vertegenwoordigerFunctie: partij.vertegenwoordigerFunctie ?? null,
    createdAt: partij.createdAt,
    updatedAt: partij.updatedAt,
  };
}
