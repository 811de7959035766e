import { Field, InputType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { ArrayMinSize } from 'class-validator';
import { Email, Genest, Id, Keuze, Keuzes, Optioneel, Tekst } from '../common/validation';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { LidRol } from './lidmaatschap.entity';
import { PartijSoort } from './partij.entity';

@InputType()
export class NodigLidUitInput {
  @Field(() => ID) @Id() partijId!: string;
  @Field() @Email() email!: string;
  @Field(() => [LidRol])
  @Keuzes(LidRol)
  @ArrayMinSize(1, { message: 'noemt minstens één rol' })
  rollen!: LidRol[];
}

@InputType()
export class WijzigLidInput {
  @Field(() => ID) @Id() id!: string;
  @Field(() => [LidRol])
  @Keuzes(LidRol)
  @ArrayMinSize(1, { message: 'noemt minstens één rol' })
  rollen!: LidRol[];
}

@InputType()
export class NieuwePartijInput {
  @Field() @Tekst(200) naam!: string;
  @Field(() => PartijSoort) @Keuze(PartijSoort) soort!: PartijSoort;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(200) regio?: string | null;
}

@InputType({
  description: 'Nodig een bestaande partij (partijId) of een nieuwe (nieuwePartij) uit',
})
export class NodigPartijUitInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field(() => ID, { nullable: true }) @Optioneel() @Id() partijId?: string;
  @Field(() => NieuwePartijInput, { nullable: true })
  @Optioneel()
  @Genest(() => NieuwePartijInput)
  nieuwePartij?: NieuwePartijInput;
  @Field({
    description:
      'Bij een bestaande partij: een beheerder ervan; bij een nieuwe: haar eerste beheerder',
  })
  @Email()
  email!: string;
  @Field(() => DeelnemerRol) @Keuze(DeelnemerRol) rol!: DeelnemerRol;
}

@InputType()
export class AccepteerUitnodigingInput {
  @Field() @Tekst(200) token!: string;
  @Field({ nullable: true, description: 'Voor een nieuw account' })
  @Optioneel()
  @Tekst(200)
  naam?: string;
  @Field({ nullable: true, description: 'Voor een nieuw account: minstens 12 tekens' })
  @Optioneel()
  @Tekst(200)
  wachtwoord?: string;
}
