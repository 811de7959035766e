import { ArgsType, Field, Float, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { IsString, MaxLength, ArrayMaxSize } from 'class-validator';
import {
  Genest,
  Id,
  Ids,
  Jaar,
  Keuze,
  Keuzes,
  LangeTekst,
  Optioneel,
  Percentage,
  Tekst,
} from '../common/validation';
import { PageArgs } from '../common/pagination';
import { AfspraakDetailsInput } from './afspraak-details';
import { AfspraakLidInput } from './afspraak-leden';
import { BedragInput } from './afspraak-bedragen';
import { NormInput } from './afspraak-normen';
import { VerwijzingInput } from './afspraak-verwijzingen';
import { VoorwaardeInput } from './afspraak-voorwaarden';
import { AfspraakType, Doelgroep, Volwassenheid } from './afspraak-type';
import { BetrokkeneRol, TrekkerGroep } from './afspraak-rollen';
import { AfspraakLocatieInput } from './afspraak-locaties';

@InputType()
export class AfspraakFilter {
  @Field(() => ID, { nullable: true }) @Optioneel() @Id() overeenkomstId?: string;
  @Field(() => ID, { nullable: true }) @Optioneel() @Id() onderdeelId?: string;
  @Field(() => AfspraakType, { nullable: true })
  @Optioneel()
  @Keuze(AfspraakType)
  type?: AfspraakType;
  @Field(() => ID, { nullable: true, description: 'Thema, of een domein met al zijn opgaven' })
  @Optioneel()
  @Id()
  themaId?: string;
  @Field(() => ID, { nullable: true, description: 'Partij als trekker of betrokkene' })
  @Optioneel()
  @Id()
  partijId?: string;
  @Field(() => Int, { nullable: true, description: 'Afspraken die in deze jaarschijf vallen' })
  @Optioneel()
  @Jaar()
  jaar?: number;
}

@InputType()
export class BetrokkeneInput {
  @Field(() => ID) @Id() partijId!: string;
  @Field(() => BetrokkeneRol, {
    nullable: true,
    description:
      'Leeg: de rol die de partij al had, anders trekker (de trekker en leden van de trekkersgroep), ' +
      'garantsteller (bij een garantie), financier (met kostenaandeel) of betrokken',
  })
  @Optioneel()
  @Keuze(BetrokkeneRol)
  rol?: BetrokkeneRol;
  @Field({ description: 'Wat de partij zelf toezegt, in haar eigen woorden' })
  @Tekst(2000)
  bijdrage!: string;
  @Field(() => Float, { nullable: true, description: 'Aandeel in de kosten, in procenten' })
  @Optioneel()
  @Percentage()
  kostenaandeel?: number | null;
}

@InputType()
export class AfspraakJaarInput {
  @Field(() => Int) @Jaar() jaar!: number;
  @Field({ defaultValue: '', description: 'Wat de afspraak in dit jaar concreet inhoudt' })
  @LangeTekst(4000)
  concretisering: string = '';
}

const voorwaardenMessage = { message: 'moet een lijst van teksten van hoogstens 500 tekens zijn' };

@InputType()
export class CreateAfspraakInput {
  @Field(() => ID) @Id() onderdeelId!: string;
  @Field() @Tekst(300) titel!: string;
  @Field(() => AfspraakType) @Keuze(AfspraakType) type!: AfspraakType;
  @Field(() => ID) @Id() themaId!: string;
  @Field(() => ID, { description: 'De partij die de afspraak trekt; moet deelnemen' })
  @Id()
  trekkerId!: string;
  @Field(() => TrekkerGroep, {
    nullable: true,
    description:
      'Een groep die samen trekt, zoals de afspraak die noemt ("alle corporaties"); de trekker is de aanspreekbare uit die groep. Leeg bij wijzigen: ongewijzigd; null: geen groep',
  })
  @Optioneel()
  @Keuze(TrekkerGroep)
  trekkerGroep?: TrekkerGroep | null;
  @Field({ nullable: true }) @Optioneel() @LangeTekst() tekst?: string;
  @Field(() => Volwassenheid) @Keuze(Volwassenheid) volwassenheid!: Volwassenheid;
  @Field(() => [String], { nullable: true, description: 'Bijv. "mits financieel haalbaar"' })
  @Optioneel()
  @IsString({ each: true, ...voorwaardenMessage })
  @MaxLength(500, { each: true, ...voorwaardenMessage })
  @ArrayMaxSize(30, { message: 'mag hoogstens 30 voorwaarden bevatten' })
  voorwaarden?: string[];
  @Field(() => [Doelgroep], { nullable: true })
  @Optioneel()
  @Keuzes(Doelgroep)
  doelgroepen?: Doelgroep[];
  @Field(() => [BetrokkeneInput], { nullable: true })
  @Optioneel()
  @Genest(() => BetrokkeneInput, { lijst: true, max: 50 })
  betrokkenen?: BetrokkeneInput[];
  @Field(() => [AfspraakJaarInput], {
    nullable: true,
    description: 'De jaarschijven waarin de afspraak geldt',
  })
  @Optioneel()
  @Genest(() => AfspraakJaarInput, { lijst: true, max: 20 })
  jaren?: AfspraakJaarInput[];
  @Field(() => AfspraakDetailsInput, { description: 'De gegevens die bij het type horen' })
  @Genest(() => AfspraakDetailsInput)
  details!: AfspraakDetailsInput;
  @Field(() => [ID], { nullable: true }) @Optioneel() @Ids(100) indicatorIds?: string[];
  @Field(() => [AfspraakLidInput], {
    nullable: true,
    description:
      'De leden a, b, c van een samengestelde afspraak, elk met eigen type en gegevens; de letters volgen de volgorde. Een lege lijst maakt de afspraak weer enkelvoudig',
  })
  @Optioneel()
  @Genest(() => AfspraakLidInput, { lijst: true, max: 26 })
  leden?: AfspraakLidInput[];
  @Field(() => [BedragInput], {
    nullable: true,
    description: 'Het geld in de afspraak: wie betaalt wat, wanneer, aan wie en waarvoor',
  })
  @Optioneel()
  @Genest(() => BedragInput, { lijst: true, max: 50 })
  bedragen?: BedragInput[];
  @Field(() => [AfspraakLocatieInput], {
    nullable: true,
    description: 'De plaatsen waarvoor de afspraak geldt: complex, wijk, kern, gemeente of adres',
  })
  @Optioneel()
  @Genest(() => AfspraakLocatieInput, { lijst: true, max: 50 })
  locaties?: AfspraakLocatieInput[];
  @Field(() => [VoorwaardeInput], {
    nullable: true,
    description: 'De voorwaarden met het deel waarvoor elk geldt; in plaats van voorwaarden',
  })
  @Optioneel()
  @Genest(() => VoorwaardeInput, { lijst: true, max: 30 })
  voorwaardenMetDeel?: VoorwaardeInput[];
  @Field(() => [ID], {
    nullable: true,
    description: 'Eigen doelgroepen van de overeenkomst (naast de standaarddoelgroepen)',
  })
  @Optioneel()
  @Ids(50)
  eigenDoelgroepIds?: string[];
  @Field(() => [NormInput], { nullable: true, description: 'Normen binnen de afspraak' })
  @Optioneel()
  @Genest(() => NormInput, { lijst: true, max: 50 })
  normen?: NormInput[];
  @Field(() => [VerwijzingInput], {
    nullable: true,
    description: 'Verwijzingen naar andere instrumenten of afspraken',
  })
  @Optioneel()
  @Genest(() => VerwijzingInput, { lijst: true, max: 30 })
  verwijzingen?: VerwijzingInput[];
}

@InputType()
export class UpdateAfspraakInput extends PartialType(
  OmitType(CreateAfspraakInput, ['onderdeelId'] as const),
) {
  @Field(() => ID) @Id() id!: string;
}

@InputType()
export class ReorderAfsprakenInput {
  @Field(() => ID) @Id() onderdeelId!: string;
  @Field(() => [ID], { description: 'Alle afspraken van het onderdeel, in de nieuwe volgorde' })
  @Ids(1000)
  afspraakIds!: string[];
}

@InputType()
export class CreateThemaInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field() @Tekst(200) naam!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Leeg: een nieuw domein; anders een opgave binnen dit domein',
  })
  @Optioneel()
  @Id()
  domeinId?: string;
}

@InputType()
export class UpdateThemaInput {
  @Field(() => ID) @Id() id!: string;
  @Field() @Tekst(200) naam!: string;
}

@ArgsType()
export class AfsprakenArgs extends PageArgs {
  @Field(() => AfspraakFilter, { nullable: true })
  @Optioneel()
  @Genest(() => AfspraakFilter)
  filter?: AfspraakFilter;
}
