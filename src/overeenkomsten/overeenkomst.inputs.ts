import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import {
  Genest,
  Id,
  Ids,
  JaNee,
  Jaar,
  Keuze,
  LangeTekst,
  Optioneel,
  Tekst,
  Webadres,
} from '../common/validation';
import { PageArgs } from '../common/pagination';
import { EigenDoelgroepInput } from './eigen-doelgroepen';
import { DeelnemerRol, InstrumentSoort, OvereenkomstStatus } from './overeenkomst.entity';
import { OnderdeelSoort } from './onderdeel.entity';

@InputType()
export class OvereenkomstFilter {
  @Field(() => ID, { nullable: true }) @Optioneel() @Id() gemeenteId?: string;
  @Field(() => ID, { nullable: true, description: 'Overeenkomsten waaraan deze partij deelneemt' })
  @Optioneel()
  @Id()
  partijId?: string;
  @Field(() => Int, { nullable: true, description: 'Overeenkomsten die dit jaar omvatten' })
  @Optioneel()
  @Jaar()
  jaar?: number;
  @Field(() => OvereenkomstStatus, { nullable: true })
  @Optioneel()
  @Keuze(OvereenkomstStatus)
  status?: OvereenkomstStatus;
}

@InputType()
export class ReferentieInput {
  @Field(() => InstrumentSoort) @Keuze(InstrumentSoort) soort!: InstrumentSoort;
  @Field() @Tekst(300) titel!: string;
  @Field(() => String, { nullable: true }) @Optioneel() @Webadres() url?: string | null;
}

@InputType()
export class DeelnemerInput {
  @Field(() => ID) @Id() partijId!: string;
  @Field(() => DeelnemerRol) @Keuze(DeelnemerRol) rol!: DeelnemerRol;
  @Field({ defaultValue: false }) @JaNee() regie: boolean = false;
}

@InputType()
export class CreateOvereenkomstInput {
  @Field() @Tekst(300) titel!: string;
  @Field(() => Int) @Jaar() startjaar!: number;
  @Field(() => Int) @Jaar() eindjaar!: number;
  @Field({ defaultValue: '' }) @LangeTekst() preambule: string = '';
  @Field(() => [ID], { description: 'De gemeente(n) waarvoor de afspraken gelden' })
  @Ids(50)
  gemeenteIds!: string[];
  @Field(() => [DeelnemerInput], {
    defaultValue: [],
    description: 'Deelnemende partijen; de gemeenten doen altijd mee, met de regie',
  })
  @Genest(() => DeelnemerInput, { lijst: true, max: 100 })
  deelnemers: DeelnemerInput[] = [];
  @Field(() => [ReferentieInput], { defaultValue: [] })
  @Genest(() => ReferentieInput, { lijst: true, max: 50 })
  referenties: ReferentieInput[] = [];
}

@InputType()
export class UpdateOvereenkomstInput {
  @Field(() => ID) @Id() id!: string;
  @Field({ nullable: true }) @Optioneel() @Tekst(300) titel?: string;
  @Field(() => Int, { nullable: true }) @Optioneel() @Jaar() startjaar?: number;
  @Field(() => Int, { nullable: true }) @Optioneel() @Jaar() eindjaar?: number;
  @Field({
    nullable: true,
    description:
      'Voortijdig beëindigd (of weer niet); elke andere status volgt uit de onderdelen en jaarschijven',
  })
  @Optioneel()
  @JaNee()
  beeindigd?: boolean;
  @Field({ nullable: true }) @Optioneel() @LangeTekst() preambule?: string;
  @Field(() => [ID], { nullable: true }) @Optioneel() @Ids(50) gemeenteIds?: string[];
  @Field(() => [ReferentieInput], { nullable: true })
  @Optioneel()
  @Genest(() => ReferentieInput, { lijst: true, max: 50 })
  referenties?: ReferentieInput[];
  @Field(() => [EigenDoelgroepInput], {
    nullable: true,
    description: 'De eigen doelgroepen van de overeenkomst (de hele lijst)',
  })
  @Optioneel()
  @Genest(() => EigenDoelgroepInput, { lijst: true, max: 50 })
  eigenDoelgroepen?: EigenDoelgroepInput[];
}

@InputType()
export class AddDeelnemerInput extends DeelnemerInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
}

@InputType()
export class UpdateDeelnemerInput {
  @Field(() => ID) @Id() id!: string;
  @Field(() => DeelnemerRol, { nullable: true })
  @Optioneel()
  @Keuze(DeelnemerRol)
  rol?: DeelnemerRol;
  @Field({ nullable: true }) @Optioneel() @JaNee() regie?: boolean;
}

@InputType()
export class CreateOnderdeelInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field(() => OnderdeelSoort) @Keuze(OnderdeelSoort) soort!: OnderdeelSoort;
  @Field() @Tekst(300) titel!: string;
  @Field(() => [ID], { description: 'De partijen die dit onderdeel moeten ondertekenen' })
  @Ids(100)
  ondertekenaarIds!: string[];
}

@InputType()
export class UpdateOnderdeelInput {
  @Field(() => ID) @Id() id!: string;
  @Field({ nullable: true }) @Optioneel() @Tekst(300) titel?: string;
  @Field(() => [ID], { nullable: true }) @Optioneel() @Ids(100) ondertekenaarIds?: string[];
}

@InputType()
export class ReorderOnderdelenInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field(() => [ID], { description: 'Alle onderdelen, in de nieuwe volgorde' })
  @Ids(100)
  onderdeelIds!: string[];
}

@ArgsType()
export class OvereenkomstenArgs extends PageArgs {
  @Field(() => OvereenkomstFilter, { nullable: true })
  @Optioneel()
  @Genest(() => OvereenkomstFilter)
  filter?: OvereenkomstFilter;
}
