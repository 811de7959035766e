import { Field, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { Toestemming } from '../common/toestemming';
import { Id, Jaar, Keuze, Tekst } from '../common/validation';
import { VerantwoordingStatus } from './verantwoording.entity';

@InputType()
export class VerantwoordingInput {
  @Field(() => ID) @Id() afspraakId!: string;
  @Field(() => Int, { description: 'Het jaar waarover verantwoord wordt (voorbij)' })
  @Jaar()
  jaar!: number;
  @Field(() => VerantwoordingStatus) @Keuze(VerantwoordingStatus) status!: VerantwoordingStatus;
  @Field({ description: 'Toelichting: wat is gedaan, wat niet en waarom' })
  @Tekst(4000)
  toelichting!: string;
}

@ObjectType('AfspraakVerantwoording')
export class AfspraakVerantwoordingModel {
  @Field(() => ID) afspraakId!: string;
  @Field() nummer!: string;
  @Field() titel!: string;
  @Field({ description: 'De trekker, die verantwoordt' }) trekker!: string;
  @Field(() => VerantwoordingStatus, { nullable: true, description: 'Leeg: nog niet ingediend' })
  status!: VerantwoordingStatus | null;
  @Field(() => String, { nullable: true }) toelichting!: string | null;
  @Field(() => String, { nullable: true }) door!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) datum!: Date | null;
  @Field(() => [String], {
    description:
      'Indicatoren bij deze afspraak zonder (definitieve) realisatie over dit jaar; een tussenstand telt niet',
  })
  ontbrekendeRealisaties!: string[];
  @Field(() => Toestemming, {
    description: 'Of u deze afspraak nu kunt verantwoorden (als trekker), en anders waarom niet',
  })
  magVerantwoorden!: Toestemming;
}

@ObjectType('VerantwoordingOverzicht', {
  description: 'De verantwoording over één jaar: wat er is en wat nog ontbreekt',
})
export class VerantwoordingOverzichtModel {
  @Field(() => Int) jaar!: number;
  @Field(() => ID) jaarschijfId!: string;
  @Field({
    description:
      'Of de verantwoording over dit jaar gevraagd wordt: alleen als de jaarschijf in uitvoering is genomen (in uitvoering of later), niet over een jaar dat nooit in Driehoek is uitgevoerd',
  })
  gevraagd!: boolean;
  @Field(() => Toestemming, {
    description:
      'Of er over dit jaar nu verantwoord kan worden (kalender en status, los van wie u bent)',
  })
  magVerantwoorden!: Toestemming;
  @Field(() => [AfspraakVerantwoordingModel]) afspraken!: AfspraakVerantwoordingModel[];
  @Field(() => Int) totaal!: number;
  @Field(() => Int) ingediend!: number;
  @Field(() => Int, { description: 'Afspraken zonder verantwoording' }) ontbrekend!: number;
  @Field(() => Int, {
    description:
      'Indicatoren zonder (definitieve) realisatie over dit jaar; een tussenstand telt niet',
  })
  realisatiesOntbrekend!: number;
}
