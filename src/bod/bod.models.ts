import { Toestemming } from '../common/toestemming';
import { Field, GraphQLISODateTime, InputType, Int, ObjectType, OmitType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { ArrayMinSize, IsArray, IsInt, Min } from 'class-validator';
import { Genest, Id, LangeTekst, Optioneel, Tekst } from '../common/validation';
import { CreateIndicatorInput, CreateStreefwaardeInput } from '../indicatoren/indicator.inputs';
import { AfspraakBedragModel } from '../overeenkomsten/afspraak-bedragen';
import { AfspraakType } from '../overeenkomsten/afspraak-type';
import { CreateAfspraakInput } from '../overeenkomsten/afspraak.inputs';

@InputType({
  description: 'Een voorgestelde activiteit: een concept-afspraak met de corporatie als trekker',
})
export class BodAfspraakInput extends OmitType(CreateAfspraakInput, [
  'onderdeelId',
  'trekkerId',
  'jaren',
  'indicatorIds',
] as const) {
  @Field({ nullable: true, description: 'Wat de afspraak in het jaar van het bod inhoudt' })
  @Optioneel()
  @LangeTekst(4000)
  concretisering?: string;
}

@InputType({ description: 'De voorgestelde streefwaarde voor het jaar van het bod' })
export class BodStreefwaardeInput extends OmitType(CreateStreefwaardeInput, [
  'indicatorId',
  'jaar',
  'horizon',
] as const) {}

@InputType({ description: 'Een voorgestelde indicator bij de afspraken van het bod' })
export class BodIndicatorInput extends OmitType(CreateIndicatorInput, [
  'overeenkomstId',
  'afspraakIds',
] as const) {
  @Field(() => [Int], {
    description: 'Welke afspraken van dit bod hij meet: hun plaats in de lijst afspraken (vanaf 0)',
  })
  @IsArray({ message: '$property moet een lijst zijn' })
  @ArrayMinSize(1, { message: '$property: noem ten minste één afspraak' })
  @IsInt({ each: true, message: '$property moet hele getallen bevatten' })
  @Min(0, { each: true, message: '$property moet 0 of groter zijn' })
  afspraken!: number[];
  @Field(() => BodStreefwaardeInput)
  @Genest(() => BodStreefwaardeInput)
  streefwaarde!: BodStreefwaardeInput;
}

@InputType()
export class DienBodInInput {
  @Field(() => ID, { description: 'De komende jaarschijf waarop het bod betrekking heeft' })
  @Id()
  jaarschijfId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Namens welke corporatie, als u voor meerdere handelt',
  })
  @Optioneel()
  @Id()
  partijId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Het onderdeel waarin de afspraken komen; standaard het hoofddocument',
  })
  @Optioneel()
  @Id()
  onderdeelId?: string;
  @Field({ description: 'De begeleidende brief: de uitgangspunten van het bod' })
  @Tekst(8000)
  toelichting!: string;
  @Field(() => [BodAfspraakInput])
  @IsArray({ message: '$property moet een lijst zijn' })
  @ArrayMinSize(1, { message: '$property: een bod bevat ten minste één activiteit' })
  @Genest(() => BodAfspraakInput, { lijst: true, max: 100 })
  afspraken!: BodAfspraakInput[];
  @Field(() => [BodIndicatorInput], { nullable: true })
  @Optioneel()
  @Genest(() => BodIndicatorInput, { lijst: true, max: 40 })
  indicatoren?: BodIndicatorInput[];
}

@ObjectType('BodAfspraak')
export class BodAfspraakModel {
  @Field(() => ID) id!: string;
  @Field() nummer!: string;
  @Field() titel!: string;
  @Field(() => AfspraakType) type!: AfspraakType;
  @Field() onderdeel!: string;
  @Field(() => [AfspraakBedragModel], { description: 'Het geld dat de corporatie voorstelt' })
  bedragen!: AfspraakBedragModel[];
}

@ObjectType('BodIndicator')
export class BodIndicatorModel {
  @Field(() => ID) id!: string;
  @Field() naam!: string;
  @Field() eenheid!: string;
  @Field({ description: 'De voorgestelde streefwaarde voor het jaar van het bod, als tekst' })
  streefwaarde!: string;
}

@ObjectType('Bod', { description: 'Het bod van een woningcorporatie op een komende jaarschijf' })
export class BodModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) jaar!: number;
  @Field(() => ID) jaarschijfId!: string;
  @Field(() => ID) partijId!: string;
  @Field() partij!: string;
  @Field() toelichting!: string;
  @Field(() => Boolean, { description: 'Na de uiterste datum van de kalender ingediend' })
  teLaat!: boolean;
  @Field() door!: string;
  @Field(() => GraphQLISODateTime) ingediend!: Date;
  @Field(() => [BodAfspraakModel]) afspraken!: BodAfspraakModel[];
  @Field(() => [BodIndicatorModel]) indicatoren!: BodIndicatorModel[];
}

@ObjectType('BodMogelijkheid', {
  description:
    'Of een corporatie nu een bod op een komende jaarschijf kan indienen, en anders waarom niet',
})
export class BodMogelijkheidModel {
  @Field(() => ID) jaarschijfId!: string;
  @Field(() => Int) jaar!: number;
  @Field(() => ID) partijId!: string;
  @Field() partij!: string;
  @Field(() => Toestemming) mag!: Toestemming;
}
