import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { Id, Keuze, KvkNummer, Optioneel, Tekst, Genest } from '../common/validation';
import { PageArgs } from '../common/pagination';
import { PartijSoort } from './partij.entity';

@InputType()
export class PartijFilter {
  @Field(() => PartijSoort, { nullable: true })
  @Optioneel()
  @Keuze(PartijSoort)
  soort?: PartijSoort;
  @Field({ nullable: true, description: 'Zoek op (een deel van) de naam' })
  @Optioneel()
  @Tekst(200)
  zoek?: string;
}

/** The formal data of a partij, for the Partijen section and the signature page. */
@InputType({ isAbstract: true })
export class PartijGegevensInput {
  @Field(() => String, {
    nullable: true,
    description: 'Statutaire naam, bijv. "Stichting De Vliet"',
  })
  @Optioneel()
  @Tekst(200)
  statutaireNaam?: string | null;
  @Field(() => String, { nullable: true, description: 'Vestigingsplaats (statutaire zetel)' })
  @Optioneel()
  @Tekst(100)
  vestigingsplaats?: string | null;
  @Field(() => String, { nullable: true, description: 'KvK-nummer: 8 cijfers' })
  @Optioneel()
  @KvkNummer()
  kvkNummer?: string | null;
  @Field(() => String, { nullable: true, description: 'Naam van wie de partij vertegenwoordigt' })
  @Optioneel()
  @Tekst(200)
  vertegenwoordiger?: string | null;
  @Field(() => String, { nullable: true, description: 'Functie van de vertegenwoordiger' })
  @Optioneel()
  @Tekst(200)
  vertegenwoordigerFunctie?: string | null;
}

@InputType()
export class CreatePartijInput extends PartijGegevensInput {
  @Field() @Tekst(200) naam!: string;
  @Field(() => PartijSoort) @Keuze(PartijSoort) soort!: PartijSoort;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(200) regio?: string | null;
}

@InputType()
export class UpdatePartijInput extends PartijGegevensInput {
  @Field(() => ID) @Id() id!: string;
  @Field({ nullable: true }) @Optioneel() @Tekst(200) naam?: string;
  @Field(() => PartijSoort, { nullable: true })
  @Optioneel()
  @Keuze(PartijSoort)
  soort?: PartijSoort;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(200) regio?: string | null;
}

@ArgsType()
export class PartijenArgs extends PageArgs {
  @Field(() => PartijFilter, { nullable: true })
  @Optioneel()
  @Genest(() => PartijFilter)
  filter?: PartijFilter;
}
