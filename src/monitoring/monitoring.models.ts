import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { EffectOordeel, IndicatorRichting } from '../indicatoren/richting';
import { VerantwoordingStatus } from '../verantwoording/verantwoording.entity';
import { LocatieSoort } from '../overeenkomsten/locatie.entity';

@ObjectType('ReeksPlaats', {
  description: 'Het cijfer van één plaats in één jaarschijf, waar het per plaats is gegeven',
})
export class ReeksPlaatsModel {
  @Field(() => ID) locatieId!: string;
  @Field({ description: 'De naam van de plaats' }) locatie!: string;
  @Field(() => LocatieSoort) locatieSoort!: LocatieSoort;
  @Field(() => String, { nullable: true, description: 'De gemeente waarin de plaats ligt' })
  gemeente!: string | null;
  @Field(() => StreefwaardeSoort, { nullable: true }) soort!: StreefwaardeSoort | null;
  @Field(() => Float, { nullable: true }) streefwaarde!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => String, { nullable: true }) effect!: string | null;
  @Field(() => Float, { nullable: true }) realisatie!: number | null;
  @Field(() => String, { nullable: true }) bron!: string | null;
  @Field(() => Boolean, { nullable: true }) opKoers!: boolean | null;
}

@ObjectType('ReeksPunt', { description: 'Eén jaarschijf in de reeks van een indicator' })
export class ReeksPuntModel {
  @Field(() => Int) jaar!: number;
  @Field(() => StreefwaardeSoort, { nullable: true }) soort!: StreefwaardeSoort | null;
  @Field(() => Float, { nullable: true }) streefwaarde!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => String, { nullable: true }) effect!: string | null;
  @Field(() => Float, { nullable: true }) realisatie!: number | null;
  @Field(() => String, { nullable: true }) bron!: string | null;
  @Field(() => EffectOordeel, {
    nullable: true,
    description: 'Bij een beoogd effect: of het bereikt is (de toelichting zegt wat)',
  })
  oordeel!: EffectOordeel | null;
  @Field(() => String, {
    nullable: true,
    description: 'Toelichting bij de realisatie; bij een effect: wat er bereikt is',
  })
  toelichting!: string | null;
  @Field({
    description:
      'De realisatie is ingevoerd voordat het jaar om was: een tussenstand, nog geen eindoordeel',
  })
  tussenstand!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Realisatie op koers voor de streefwaarde, in de richting van de indicator; leeg zonder realisatie, bij een tussenstand of bij een deels bereikt effect',
  })
  opKoers!: boolean | null;
  @Field(() => [ReeksPlaatsModel], {
    description: 'De cijfers per plaats in dit jaar (op soort en naam van de plaats), waar gegeven',
  })
  perLocatie!: ReeksPlaatsModel[];
}

@ObjectType('IndicatorReeks')
export class IndicatorReeksModel {
  @Field(() => ID) indicatorId!: string;
  @Field() naam!: string;
  @Field() eenheid!: string;
  @Field(() => Float, { nullable: true }) nulmetingWaarde!: number | null;
  @Field(() => Int, { nullable: true }) nulmetingJaar!: number | null;
  @Field(() => IndicatorRichting) richting!: IndicatorRichting;
  @Field(() => [ReeksPuntModel], { description: 'Per jaarschijf, oplopend' })
  punten!: ReeksPuntModel[];
  @Field(() => [ReeksPuntModel], {
    description:
      'Doelen voorbij de periode (de horizon van de afspraak), oplopend; zonder realisatie',
  })
  horizon!: ReeksPuntModel[];
}

@ObjectType('StatusMoment', { description: 'De verantwoording van een afspraak over één jaar' })
export class StatusMomentModel {
  @Field(() => Int) jaar!: number;
  @Field(() => VerantwoordingStatus) status!: VerantwoordingStatus;
  @Field() toelichting!: string;
  @Field() door!: string;
  @Field(() => GraphQLISODateTime) datum!: Date;
}

@ObjectType('Telling')
export class TellingModel {
  @Field() naam!: string;
  @Field(() => Int) aantal!: number;
}

@ObjectType('PartijTelling')
export class PartijTellingModel {
  @Field() naam!: string;
  @Field(() => Int, {
    description:
      'Afspraken die de partij trekt: als trekker, als (mede)trekker bij de betrokkenen of als lid van de trekkende groep',
  })
  trekker!: number;
  @Field(() => Int, { description: 'Afspraken waaraan de partij bijdraagt' }) betrokken!: number;
}

@ObjectType('AfsprakenTotalen', { description: 'Aantallen afspraken per type, thema en partij' })
export class AfsprakenTotalenModel {
  @Field(() => Int) totaal!: number;
  @Field(() => [TellingModel]) perType!: TellingModel[];
  @Field(() => [TellingModel], { description: 'Per domein' }) perThema!: TellingModel[];
  @Field(() => [PartijTellingModel]) perPartij!: PartijTellingModel[];
}
