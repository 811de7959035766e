import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';

@ObjectType('RegioCijfer', {
  description: 'Opgetelde streefwaarden en realisaties van een indicator in één jaar',
})
export class RegioCijferModel {
  @Field(() => Float, { nullable: true, description: 'Som van de exacte streefwaarden' })
  streefwaarde!: number | null;
  @Field(() => Float, { nullable: true, description: 'Som van de minima van bandbreedtes' })
  bandbreedteMin!: number | null;
  @Field(() => Float, { nullable: true, description: 'Som van de maxima van bandbreedtes' })
  bandbreedteMax!: number | null;
  @Field(() => Float, { nullable: true, description: 'Som van de realisaties' })
  realisatie!: number | null;
  @Field(() => Int, { description: 'Aantal overeenkomsten dat bijdraagt' })
  overeenkomsten!: number;
}

@ObjectType('RegioGemeenteCijfer', {
  description:
    'Wat voor één gemeente geldt: het cijfer van de hele overeenkomst als die alleen voor deze gemeente is, anders de cijfers per plaats in deze gemeente',
})
export class RegioGemeenteCijferModel extends RegioCijferModel {
  @Field(() => ID) gemeenteId!: string;
  @Field() gemeente!: string;
}

@ObjectType('RegioGemeentenJaar', { description: 'Eén jaar van een indicator, per gemeente' })
export class RegioGemeentenJaarModel {
  @Field(() => Int) jaar!: number;
  @Field(() => [RegioGemeenteCijferModel], { description: 'Op naam van de gemeente' })
  gemeenten!: RegioGemeenteCijferModel[];
  @Field(() => RegioCijferModel, {
    nullable: true,
    description:
      'Cijfers van regionale overeenkomsten die niet over gemeenten zijn verdeeld (geen cijfer per plaats)',
  })
  nietVerdeeld!: RegioCijferModel | null;
}

@ObjectType('RegioIndicatorPerGemeente', {
  description:
    'Een indicator (zelfde naam en eenheid over de overeenkomsten) opgeteld per gemeente',
})
export class RegioIndicatorPerGemeenteModel {
  @Field() naam!: string;
  @Field() eenheid!: string;
  @Field(() => [RegioGemeentenJaarModel]) jaren!: RegioGemeentenJaarModel[];
}
