import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { PageArgs } from '../common/pagination';
import { Id, JaNee } from '../common/validation';
import { MailVoorkeur, MeldingSoort } from './melding.entity';

@ObjectType('Melding', { description: 'Een melding voor de ingelogde persoon' })
export class MeldingModel {
  @Field(() => ID) id!: string;
  @Field(() => MeldingSoort) soort!: MeldingSoort;
  @Field({ description: 'Wat er gevraagd wordt of gebeurde, in een zin' }) tekst!: string;
  @Field({ description: 'Pad in de webapp, bijvoorbeeld /overeenkomsten/…' }) link!: string;
  @Field(() => GraphQLISODateTime) tijd!: Date;
  @Field() gelezen!: boolean;
}

@ObjectType('MeldingenPagina')
export class MeldingenPagina {
  @Field(() => [MeldingModel]) items!: MeldingModel[];
  @Field(() => Int, { description: 'Totaal aantal meldingen' }) total!: number;
  @Field(() => Int, { description: 'Aantal ongelezen meldingen' }) ongelezen!: number;
}

@ArgsType()
export class MeldingenArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Alleen de ongelezen meldingen' })
  @JaNee()
  alleenOngelezen: boolean = false;
}

@ArgsType()
export class MeldingIdArgs {
  @Field(() => ID) @Id() id!: string;
}

@ObjectType('MeldingVoorkeur')
export class MeldingVoorkeurModel {
  @Field(() => MailVoorkeur) mail!: MailVoorkeur;
  @Field({ description: 'Waar de e-mail heen gaat' }) email!: string;
}

export function meldingModel(rij: {
  id: string;
  soort: MeldingSoort;
  tekst: string;
  link: string;
  createdAt: Date;
  gelezenOp: Date | null;
}): MeldingModel {
  return {
    id: rij.id,
    soort: rij.soort,
    tekst: rij.tekst,
    link: rij.link,
    tijd: rij.createdAt,
    gelezen: rij.gelezenOp !== null,
  };
}
