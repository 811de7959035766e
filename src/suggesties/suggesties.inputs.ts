import { Field, InputType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { Id, Keuze, Optioneel, Tekst } from '../common/validation';
import { Beoordeling } from '../onderhandeling/onderhandeling.entities';

@InputType()
export class BeoordeelSuggestiesInput {
  @Field(() => ID) @Id() afspraakId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Namens welke partij (nodig als u voor meer dan één partij optreedt)',
  })
  @Optioneel()
  @Id()
  partijId?: string;
  @Field(() => Beoordeling) @Keuze(Beoordeling) beoordeling!: Beoordeling;
  @Field(() => [ID], { description: 'De suggesties in deze afspraak die u beoordeelt' })
  @IsString({ each: true, message: 'moet een lijst van suggesties zijn' })
  @MaxLength(200, { each: true, message: 'noemt een onbekende suggestie' })
  @ArrayMinSize(1, { message: 'noem ten minste één suggestie' })
  @ArrayMaxSize(200, { message: 'mag hoogstens 200 suggesties noemen' })
  @ArrayUnique({ message: 'noemt een suggestie meer dan eens' })
  suggestieIds!: string[];
  @Field({ nullable: true, description: 'Verplicht bij afwijzen' })
  @ValidateIf(
    (i: BeoordeelSuggestiesInput) => i.beoordeling === Beoordeling.AFGEWEZEN || i.reden != null,
  )
  @Tekst(4000)
  reden?: string;
}
