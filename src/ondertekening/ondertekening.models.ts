import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import GraphQLJSON from 'graphql-type-json';
import { TekstdeelModel } from '../onderhandeling/onderhandeling.models';
import { PartijModel } from '../partijen/partij.model';
import { Besluit, VersieStatus } from './versie.entities';

@ObjectType('Ondertekening', { description: 'Een handtekening of weigering van een partij' })
export class OndertekeningModel {
  @Field(() => PartijModel) partij!: PartijModel;
  @Field({ description: 'Naam van de ondertekenaar' }) naam!: string;
  @Field() functie!: string;
  @Field(() => Besluit) besluit!: Besluit;
  @Field(() => String, { nullable: true, description: 'Reden van weigering' }) reden!:
    string | null;
  @Field(() => GraphQLISODateTime) tijd!: Date;
  @Field({ description: 'De hash van de versie die werd ondertekend' }) versieHash!: string;
}

@ObjectType('OnderdeelVersie', {
  description: 'Een bevroren, onveranderlijke versie van een onderdeel',
})
export class VersieModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) onderdeelId!: string;
  @Field(() => Int) nummer!: number;
  @Field(() => VersieStatus) status!: VersieStatus;
  @Field({ description: 'SHA-256 over de canonieke inhoud en de Yjs-toestand' }) hash!: string;
  @Field(() => ID, { nullable: true, description: 'De ondertekende versie die deze aanvult' })
  basisVersieId!: string | null;
  @Field({ description: 'Een addendum op een eerder ondertekende versie' }) addendum!: boolean;
  @Field() bevrorenDoor!: string;
  @Field(() => GraphQLISODateTime) bevrorenOp!: Date;
  @Field(() => String, { nullable: true }) overrideReden!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) afgerondOp!: Date | null;
  @Field(() => [OndertekeningModel]) ondertekeningen!: OndertekeningModel[];
  @Field(() => [PartijModel], { description: 'Vereiste ondertekenaars die nog niet tekenden' })
  ontbrekend!: PartijModel[];
  @Field(() => GraphQLJSON, { description: 'De vastgelegde inhoud' })
  inhoud!: Record<string, unknown>;
}

export enum AfspraakWijziging {
  NIEUW = 'NIEUW',
  GEWIJZIGD = 'GEWIJZIGD',
  VERWIJDERD = 'VERWIJDERD',
  ONGEWIJZIGD = 'ONGEWIJZIGD',
}
registerEnumType(AfspraakWijziging, { name: 'AfspraakWijziging' });

@ObjectType('AfspraakVerschil')
export class AfspraakVerschilModel {
  @Field(() => ID) afspraakId!: string;
  @Field() nummer!: string;
  @Field() titel!: string;
  @Field(() => AfspraakWijziging) wijziging!: AfspraakWijziging;
  @Field(() => String, { nullable: true }) oudeTitel!: string | null;
  @Field(() => String, { nullable: true }) oudeTekst!: string | null;
  @Field(() => String, { nullable: true }) nieuweTekst!: string | null;
  @Field(() => [String], { description: 'Welke velden verschillen (titel, type, details, …)' })
  velden!: string[];
  @Field(() => [TekstdeelModel]) verschil!: TekstdeelModel[];
}

@ObjectType('VersieVergelijking')
export class VersieVergelijkingModel {
  @Field(() => ID) onderdeelId!: string;
  @Field(() => Int) van!: number;
  @Field(() => Int, { nullable: true, description: 'Leeg: het huidige concept' })
  naar!: number | null;
  @Field(() => [AfspraakVerschilModel]) afspraken!: AfspraakVerschilModel[];
}

@ObjectType('AuditFout')
export class AuditFoutModel {
  @Field(() => Int, { nullable: true }) volgnummer!: number | null;
  @Field(() => ID, { nullable: true }) versieId!: string | null;
  @Field() reden!: string;
}

@ObjectType('AuditVerificatie')
export class AuditVerificatieModel {
  @Field({ description: 'De keten en alle versie-hashes kloppen' }) geldig!: boolean;
  @Field(() => Int) aantalRegels!: number;
  @Field(() => Int) aantalVersies!: number;
  @Field(() => AuditFoutModel, { nullable: true, description: 'De eerste regel die niet klopt' })
  eersteFout!: AuditFoutModel | null;
}
