import {
  Field,
  Float,
  GraphQLISODateTime,
  InputType,
  Int,
  ObjectType,
  OmitType,
} from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { AfspraakType } from '../overeenkomsten/afspraak-type';
import { CreateStreefwaardeInput } from '../indicatoren/indicator.inputs';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { Toestemming } from '../common/toestemming';
import { Genest, Id, Jaar, Keuze, LangeTekst, Optioneel, Tekst } from '../common/validation';
import { VerantwoordingStatus } from '../verantwoording/verantwoording.entity';
import { EvaluatieBesluit, Stoplicht } from './evaluatie.entity';
import type { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';

@InputType({ description: 'Een nieuwe streefwaarde bij het besluit BIJSTELLEN' })
export class BijstellingInput extends OmitType(CreateStreefwaardeInput, ['horizon'] as const) {}

@InputType()
export class EvaluatieInput {
  @Field(() => ID) @Id() afspraakId!: string;
  @Field(() => Int, { description: 'Het geëvalueerde jaar' }) @Jaar() jaar!: number;
  @Field(() => Stoplicht) @Keuze(Stoplicht) stoplicht!: Stoplicht;
  @Field({ description: 'Conclusie: wat is bereikt en wat niet' })
  @Tekst(4000)
  conclusie!: string;
  @Field({ nullable: true, description: 'De les voor de volgende jaarschijf' })
  @Optioneel()
  @LangeTekst(4000)
  les?: string;
  @Field(() => EvaluatieBesluit) @Keuze(EvaluatieBesluit) besluit!: EvaluatieBesluit;
  @Field(() => [BijstellingInput], {
    nullable: true,
    description: 'Bij BIJSTELLEN: de nieuwe streefwaarden voor latere jaren',
  })
  @Optioneel()
  @Genest(() => BijstellingInput, { lijst: true, max: 40 })
  streefwaarden?: BijstellingInput[];
  @Field(() => ID, {
    nullable: true,
    description: 'Namens welke partij, als u voor meerdere partijen van de driehoek handelt',
  })
  @Optioneel()
  @Id()
  partijId?: string;
}

@InputType()
export class BevestigEvaluatieInput {
  @Field(() => ID) @Id() jaarschijfId!: string;
  @Field(() => ID, { nullable: true, description: 'Namens welke partij' })
  @Optioneel()
  @Id()
  partijId?: string;
}

@ObjectType('Bijstelling')
export class BijstellingModel {
  @Field(() => ID) indicatorId!: string;
  @Field() indicator!: string;
  @Field({ description: 'De eenheid van de indicator, bijv. "woningen"' }) eenheid!: string;
  @Field(() => Int) jaar!: number;
  @Field(() => StreefwaardeSoort) soort!: StreefwaardeSoort;
  @Field(() => Float, { nullable: true }) waarde!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => String, { nullable: true }) effect!: string | null;
}

@ObjectType('AfspraakEvaluatie')
export class AfspraakEvaluatieModel {
  @Field(() => ID) afspraakId!: string;
  @Field() nummer!: string;
  @Field() titel!: string;
  @Field(() => AfspraakType) type!: AfspraakType;
  @Field() thema!: string;
  @Field() trekker!: string;
  @Field() onderdeel!: string;
  @Field(() => VerantwoordingStatus, {
    nullable: true,
    description: 'Wat de trekker in mei verantwoordde',
  })
  verantwoording!: VerantwoordingStatus | null;
  @Field(() => String, { nullable: true }) verantwoordingToelichting!: string | null;
  @Field(() => Stoplicht, { nullable: true, description: 'Leeg: nog niet geëvalueerd' })
  stoplicht!: Stoplicht | null;
  @Field(() => String, { nullable: true }) conclusie!: string | null;
  @Field(() => String, { nullable: true }) les!: string | null;
  @Field(() => EvaluatieBesluit, { nullable: true }) besluit!: EvaluatieBesluit | null;
  @Field(() => [BijstellingModel]) bijstellingen!: BijstellingModel[];
  @Field(() => ID, {
    nullable: true,
    description: 'Na afsluiten: de afspraak in de volgende jaarschijf waarin deze doorloopt',
  })
  vervolgAfspraakId!: string | null;
  @Field(() => String, { nullable: true }) vervolgNummer!: string | null;
  @Field(() => String, { nullable: true, description: 'Ingevuld namens' }) partij!: string | null;
  @Field(() => String, { nullable: true }) door!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) datum!: Date | null;
}

@ObjectType('Stoplichten', { description: 'Aantallen afspraken per stoplicht' })
export class StoplichtenModel {
  @Field(() => Int) groen!: number;
  @Field(() => Int) oranje!: number;
  @Field(() => Int) rood!: number;
  @Field(() => Int, { description: 'Nog zonder stoplicht' }) open!: number;
}

@ObjectType('ThemaEvaluatie')
export class ThemaEvaluatieModel extends StoplichtenModel {
  @Field() thema!: string;
  @Field(() => Int) totaal!: number;
}

@ObjectType('EvaluatieBevestiging')
export class BevestigingModel {
  @Field(() => ID) partijId!: string;
  @Field() partij!: string;
  @Field(() => Boolean) bevestigd!: boolean;
  @Field(() => String, { nullable: true }) door!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) op!: Date | null;
  @Field(() => Toestemming, {
    description: 'Of u nu namens deze partij kunt bevestigen, en anders waarom niet',
  })
  magBevestigen!: Toestemming;
}

@ObjectType('EvaluatieOverzicht', {
  description:
    'De evaluatie van één jaar: per afspraak het stoplicht en besluit, per thema de stoplichten, en wie heeft bevestigd',
})
export class EvaluatieOverzichtModel {
  @Field(() => ID) overeenkomstId!: string;
  @Field(() => Int) jaar!: number;
  @Field(() => ID) jaarschijfId!: string;
  @Field(() => String, { description: 'De status van de jaarschijf' }) status!: JaarschijfStatus;
  @Field(() => Boolean, { description: 'Door de driehoek samen afgesloten' }) gesloten!: boolean;
  @Field(() => [AfspraakEvaluatieModel]) afspraken!: AfspraakEvaluatieModel[];
  @Field(() => StoplichtenModel) totaal!: StoplichtenModel;
  @Field(() => [ThemaEvaluatieModel]) perThema!: ThemaEvaluatieModel[];
  @Field(() => [BevestigingModel], {
    description: 'De ondertekenende partijen van het hoofddocument en of zij hebben bevestigd',
  })
  bevestigingen!: BevestigingModel[];
  @Field(() => Toestemming, {
    description: 'Of u de afspraken van dit jaar nu kunt beoordelen, en anders waarom niet',
  })
  magEvalueren!: Toestemming;
}

/** The overview as read, before the person's permissions are added. */
export type EvaluatieOverzichtGelezen = Omit<
  EvaluatieOverzichtModel,
  'magEvalueren' | 'bevestigingen'
> & {
  bevestigingen: Omit<BevestigingModel, 'magBevestigen'>[];
};
