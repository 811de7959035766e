import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import GraphQLJSON from 'graphql-type-json';
import { PartijModel } from '../partijen/partij.model';
import { Beoordeling, Oordeel, VoorstelSoort, VoorstelStatus } from './onderhandeling.entities';

@ObjectType('Standpunt')
export class StandpuntModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) afspraakId!: string;
  @Field(() => PartijModel) partij!: PartijModel;
  @Field(() => Oordeel) oordeel!: Oordeel;
  @Field(() => String, { nullable: true }) toelichting!: string | null;
  @Field({ description: 'De afspraak is gewijzigd sinds dit standpunt werd ingenomen' })
  verouderd!: boolean;
  @Field({ description: 'Wie het standpunt innam' }) door!: string;
  @Field(() => GraphQLISODateTime) datum!: Date;
}

@ObjectType('StandpuntCel')
export class StandpuntCelModel {
  @Field(() => PartijModel) partij!: PartijModel;
  @Field(() => StandpuntModel, { nullable: true }) standpunt!: StandpuntModel | null;
}

@ObjectType('OpenOpmerking', {
  description: 'Een onopgeloste opmerking bij een afspraak: van wie, en aan wie gericht',
})
export class OpenOpmerkingModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'De partij namens wie de opmerking is geplaatst' })
  vanPartijId!: string;
  @Field(() => ID, { nullable: true, description: 'Leeg: gericht aan alle partijen' })
  gerichtAanId!: string | null;
}

@ObjectType('StandpuntRij')
export class StandpuntRijModel {
  @Field(() => ID) afspraakId!: string;
  @Field() nummer!: string;
  @Field() titel!: string;
  @Field(() => [StandpuntCelModel], { description: 'Eén cel per ondertekenende partij' })
  cellen!: StandpuntCelModel[];
  @Field({
    description: 'Elke ondertekenaar is (met of zonder voorbehoud) akkoord, niet verouderd',
  })
  akkoord!: boolean;
  @Field(() => [OpenOpmerkingModel], {
    description: 'De onopgeloste opmerkingen bij deze afspraak (draden, geen reacties)',
  })
  openOpmerkingen!: OpenOpmerkingModel[];
}

@ObjectType('StandpuntTelling')
export class StandpuntTellingModel {
  @Field(() => Int) akkoord!: number;
  @Field(() => Int) akkoordMetVoorbehoud!: number;
  @Field(() => Int) nietAkkoord!: number;
  @Field(() => Int, { description: 'Cellen zonder standpunt' }) ontbrekend!: number;
  @Field(() => Int, { description: 'Standpunten op een inmiddels gewijzigde tekst' })
  verouderd!: number;
  @Field(() => Int, { description: 'Afspraken × ondertekenaars' }) totaal!: number;
}

@ObjectType('StandpuntenMatrix', {
  description: 'Per afspraak waar elke ondertekenende partij staat',
})
export class StandpuntenMatrixModel {
  @Field(() => ID) onderdeelId!: string;
  @Field(() => [PartijModel], { description: 'De kolommen: de ondertekenaars' })
  partijen!: PartijModel[];
  @Field(() => [StandpuntRijModel]) rijen!: StandpuntRijModel[];
  @Field(() => StandpuntTellingModel) telling!: StandpuntTellingModel;
  @Field({ description: 'Alle afspraken hebben een geldig akkoord van alle ondertekenaars' })
  iedereenAkkoord!: boolean;
}

@ObjectType('Anker', { description: 'Het stuk tekst waaraan een opmerking hangt' })
export class AnkerModel {
  @Field({ description: 'Yjs relatieve positie van het begin (base64)' }) start!: string;
  @Field({ description: 'Yjs relatieve positie van het einde (base64)' }) eind!: string;
  @Field({ description: 'De tekst zoals die bij het plaatsen was' }) citaat!: string;
  @Field({ description: 'De tekst die het anker nu omvat' }) huidigeTekst!: string;
  @Field({ description: 'De tekst is inmiddels geschrapt' }) verloren!: boolean;
}

@ObjectType('Opmerking')
export class OpmerkingModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) afspraakId!: string;
  @Field() tekst!: string;
  @Field() auteur!: string;
  @Field(() => PartijModel, { description: 'Namens welke partij' }) partij!: PartijModel;
  @Field(() => PartijModel, { nullable: true }) gerichtAan!: PartijModel | null;
  @Field(() => AnkerModel, { nullable: true }) anker!: AnkerModel | null;
  @Field() opgelost!: boolean;
  @Field(() => String, { nullable: true }) opgelostDoor!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) opgelostOp!: Date | null;
  @Field(() => GraphQLISODateTime) datum!: Date;
  @Field(() => [OpmerkingModel], { description: 'Reacties, oudste eerst' })
  reacties!: OpmerkingModel[];
}

export enum DeelSoort {
  GELIJK = 'GELIJK',
  VERWIJDERD = 'VERWIJDERD',
  TOEGEVOEGD = 'TOEGEVOEGD',
}
registerEnumType(DeelSoort, { name: 'TekstdeelSoort' });

@ObjectType('Tekstdeel', { description: 'Een stuk van een woord-voor-woord vergelijking' })
export class TekstdeelModel {
  @Field(() => DeelSoort) soort!: DeelSoort;
  @Field() tekst!: string;
}

@ObjectType('VoorstelBeoordeling')
export class VoorstelBeoordelingModel {
  @Field(() => PartijModel) partij!: PartijModel;
  @Field(() => Beoordeling) beoordeling!: Beoordeling;
  @Field(() => String, { nullable: true }) reden!: string | null;
  @Field() door!: string;
  @Field(() => GraphQLISODateTime) datum!: Date;
}

@ObjectType('Wijzigingsvoorstel')
export class WijzigingsvoorstelModel {
  @Field(() => ID) id!: string;
  @Field(() => VoorstelSoort) soort!: VoorstelSoort;
  @Field(() => VoorstelStatus) status!: VoorstelStatus;
  @Field(() => ID) onderdeelId!: string;
  @Field(() => ID, { nullable: true }) afspraakId!: string | null;
  @Field() motivering!: string;
  @Field(() => PartijModel) indiener!: PartijModel;
  @Field() door!: string;
  @Field(() => GraphQLISODateTime) datum!: Date;
  @Field(() => String, { nullable: true, description: 'De titel bij het indienen' })
  basisTitel!: string | null;
  @Field(() => String, { nullable: true, description: 'De tekst bij het indienen' })
  basisTekst!: string | null;
  @Field(() => String, { nullable: true, description: 'De tekst van de afspraak nu' })
  huidigeTekst!: string | null;
  @Field(() => String, { nullable: true }) nieuweTekst!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'De voorgestelde nieuwe afspraak' })
  nieuweAfspraak!: Record<string, unknown> | null;
  @Field(() => [TekstdeelModel], {
    description: 'Woord voor woord: van de huidige tekst naar de voorgestelde',
  })
  verschil!: TekstdeelModel[];
  @Field(() => [VoorstelBeoordelingModel]) beoordelingen!: VoorstelBeoordelingModel[];
  @Field(() => [PartijModel], { description: 'Ondertekenaars die nog moeten beoordelen' })
  wachtOp!: PartijModel[];
  @Field(() => GraphQLISODateTime, { nullable: true }) doorgevoerdOp!: Date | null;
}
