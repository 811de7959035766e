import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';

export enum TaakSoort {
  STANDPUNT = 'STANDPUNT',
  VOORSTEL = 'VOORSTEL',
  SUGGESTIE = 'SUGGESTIE',
  OPMERKING = 'OPMERKING',
  ONDERTEKENING = 'ONDERTEKENING',
  BOD = 'BOD',
  VERANTWOORDING = 'VERANTWOORDING',
  EVALUATIE = 'EVALUATIE',
  UITNODIGING = 'UITNODIGING',
}
registerEnumType(TaakSoort, {
  name: 'TaakSoort',
  valuesMap: {
    STANDPUNT: { description: 'Standpunten innemen op afspraken in onderhandeling' },
    VOORSTEL: { description: 'Wijzigingsvoorstellen die op het oordeel van uw partij wachten' },
    SUGGESTIE: { description: 'Suggesties in de tekst die op het oordeel van uw partij wachten' },
    OPMERKING: { description: 'Open opmerkingen gericht aan uw partij' },
    ONDERTEKENING: { description: 'Een bevroren onderdeel dat uw partij nog moet ondertekenen' },
    BOD: { description: 'Het bod van uw corporatie op de komende jaarschijf (voor 1 juli)' },
    VERANTWOORDING: { description: 'De verantwoording als trekker over het afgelopen jaar (mei)' },
    EVALUATIE: { description: 'De evaluatie van het afgelopen jaar bevestigen (juni)' },
    UITNODIGING: { description: 'Een openstaande uitnodiging aan uw e-mailadres' },
  },
});

@ObjectType('Taak', { description: 'Wat nu van u gevraagd wordt, met de plek waar het kan' })
export class TaakModel {
  @Field({ description: 'Stabiel binnen een lijst: soort, plek en partij' })
  sleutel!: string;

  @Field(() => TaakSoort)
  soort!: TaakSoort;

  @Field({ description: 'Wat er gevraagd wordt, in een zin, met het juiste meervoud' })
  titel!: string;

  @Field(() => Int, { description: 'Aantal afspraken, voorstellen, opmerkingen … (minstens 1)' })
  aantal!: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Uiterlijk dan, als er een termijn is',
  })
  deadline!: Date | null;

  @Field({ description: 'De termijn is verstreken' })
  teLaat!: boolean;

  @Field({ description: 'Route in de webclient, bijv. /overeenkomsten/…/onderdelen/…?afspraak=…' })
  link!: string;

  @Field({ description: 'Namens welke partij' })
  partijNaam!: string;

  @Field(() => ID, { nullable: true })
  overeenkomstId!: string | null;

  @Field(() => String, { nullable: true })
  overeenkomstTitel!: string | null;

  @Field(() => ID, { nullable: true })
  onderdeelId!: string | null;

  @Field(() => String, { nullable: true })
  onderdeelTitel!: string | null;

  @Field(() => ID, { nullable: true, description: 'De eerste afspraak waar het om gaat' })
  afspraakId!: string | null;
}
