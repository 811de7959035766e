import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { Beoordeling } from '../onderhandeling/onderhandeling.entities';
import { PartijModel } from '../partijen/partij.model';
import { SuggestieStatus } from './suggestie.entity';

@ObjectType('SuggestieBeoordeling')
export class SuggestieBeoordelingModel {
  @Field(() => PartijModel) partij!: PartijModel;
  @Field(() => Beoordeling) beoordeling!: Beoordeling;
  @Field(() => String, { nullable: true }) reden!: string | null;
  @Field({ description: 'Wie namens de partij beoordeelde' }) door!: string;
  @Field(() => GraphQLISODateTime) datum!: Date;
}

@ObjectType('Suggestie', {
  description:
    'Een voorgestelde wijziging in de tekst van een afspraak (in de onderhandeling), zichtbaar in de tekst tot zij is aanvaard, verworpen, ingetrokken of vervallen',
})
export class SuggestieModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) afspraakId!: string;
  @Field(() => PartijModel, { description: 'Namens wie de suggestie is gedaan' })
  partij!: PartijModel;
  @Field({ description: 'Wie de suggestie deed' }) auteur!: string;
  @Field(() => ID) auteurId!: string;
  @Field(() => GraphQLISODateTime, { description: 'Wanneer de server haar voor het eerst zag' })
  gemaakt!: Date;
  @Field({ description: 'De toegevoegde tekst' }) ingevoegd!: string;
  @Field({ description: 'De geschrapte tekst' }) geschrapt!: string;
  @Field(() => SuggestieStatus) status!: SuggestieStatus;
  @Field(() => String, { nullable: true, description: 'Waarom verworpen of vervallen' })
  reden!: string | null;
  @Field(() => [PartijModel], {
    description: 'Ondertekenaars (behalve de indiener) die nog moeten aanvaarden',
  })
  wachtOp!: PartijModel[];
  @Field(() => [SuggestieBeoordelingModel]) beoordelingen!: SuggestieBeoordelingModel[];
}

@ObjectType('BeoordeelSuggestiesResultaat')
export class BeoordeelSuggestiesResultaat {
  @Field(() => [SuggestieModel]) suggesties!: SuggestieModel[];
  @Field(() => [PartijModel], {
    description:
      'Partijen waarvan het akkoord op de afspraak verviel doordat een aanvaarde suggestie de tekst veranderde',
  })
  vervallenAkkoorden!: PartijModel[];
}
