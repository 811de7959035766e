import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Id, Keuze, Optioneel, Tekst, Genest } from '../common/validation';
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

@InputType()
export class CreatePartijInput {
  @Field() @Tekst(200) naam!: string;
  @Field(() => PartijSoort) @Keuze(PartijSoort) soort!: PartijSoort;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(200) regio?: string | null;
}

@InputType()
export class UpdatePartijInput {
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
