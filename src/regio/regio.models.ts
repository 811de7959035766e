import { ArgsType, Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { PageArgs } from '../common/pagination';
import { Optioneel } from '../common/validation';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { EffectOordeel } from '../indicatoren/richting';
import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { MijlpaalSoort } from '../jaarcyclus/kalender';
import { JaarschijfStatusTellingModel } from '../jaarcyclus/jaarcyclus.models';
import { AfspraakType } from '../overeenkomsten/afspraak-type';
import { DeelnemerRol, OvereenkomstStatus } from '../overeenkomsten/overeenkomst.entity';
import { PartijSoort } from '../partijen/partij.entity';
import { RegioIndicatorPerGemeenteModel } from './regio-gemeenten.models';

@ObjectType('RegioGemeente', { description: 'Een gemeente waarvoor een overeenkomst geldt' })
export class RegioGemeenteModel {
  @Field(() => ID, { description: 'Id van de gemeente (partij)' }) id!: string;
  @Field({ description: 'Naam van de gemeente' }) naam!: string;
  @Field(() => String, { nullable: true, description: 'De regio van de gemeente, indien bekend' })
  regio!: string | null;
}

@ObjectType('RegioJaarschijf', { description: 'De jaarschijf van het peiljaar' })
export class RegioJaarschijfModel {
  @Field(() => ID, { description: 'Id van de jaarschijf' }) id!: string;
  @Field(() => Int, { description: 'Het jaar' }) jaar!: number;
  @Field(() => JaarschijfStatus, { description: 'Waar de jaarschijf staat in de jaarcyclus' })
  status!: JaarschijfStatus;
}

@ObjectType('VerstrekenMijlpaal', {
  description:
    'Een stap van de jaarcyclus waarvan de termijn verstreken is zonder dat hij gedaan is',
})
export class VerstrekenMijlpaalModel {
  @Field(() => Int, { description: 'Het jaar van de jaarschijf waar de stap bij hoort' })
  jaar!: number;
  @Field(() => MijlpaalSoort, { description: 'Welke stap' }) soort!: MijlpaalSoort;
  @Field(() => GraphQLISODateTime, { description: 'Uiterlijk vóór dit moment had het gemoeten' })
  tot!: Date;
}

@ObjectType('TypeTelling', { description: 'Het aantal afspraken van één type' })
export class TypeTellingModel {
  @Field(() => AfspraakType, { description: 'Het type afspraak' }) type!: AfspraakType;
  @Field({ description: 'Het type in gewone taal, bijvoorbeeld Garantieafspraak' }) label!: string;
  @Field(() => Int, { description: 'Aantal afspraken van dit type' }) aantal!: number;
}

@ObjectType('ThemaTelling', { description: 'Het aantal afspraken binnen één thema' })
export class ThemaTellingModel {
  @Field({
    description: 'Het thema (de opgave, of het domein als de afspraak daar direct onder valt)',
  })
  thema!: string;
  @Field({ description: 'Het domein waaronder het thema valt' }) domein!: string;
  @Field(() => Int, { description: 'Aantal afspraken in dit thema' }) aantal!: number;
}

@ObjectType('DomeinTelling', { description: 'Het aantal afspraken binnen één domein' })
export class DomeinTellingModel {
  @Field({ description: 'Het domein, bijvoorbeeld Wonen of Zorg en welzijn' }) domein!: string;
  @Field(() => Int, { description: 'Aantal afspraken in dit domein' }) aantal!: number;
}

@ObjectType('RegioZorgpartij', {
  description:
    'Een zorg- of welzijnspartij die een of meer bijlagen van de overeenkomst medeondertekent',
})
export class RegioZorgpartijModel {
  @Field(() => ID, { description: 'Id van de partij' }) id!: string;
  @Field({ description: 'Naam van de partij' }) naam!: string;
  @Field(() => PartijSoort, {
    description: 'Zorgaanbieder, zorgkantoor, welzijnsorganisatie of cliëntenorganisatie',
  })
  soort!: PartijSoort;
  @Field(() => [String], { description: 'Titels van de bijlagen die de partij ondertekent' })
  bijlagen!: string[];
}

@ObjectType('RegioOvereenkomst', { description: 'Eén overeenkomst in het regionale overzicht' })
export class RegioOvereenkomstModel {
  @Field(() => ID, { description: 'Id van de overeenkomst' }) id!: string;
  @Field({ description: 'Titel van de overeenkomst' }) titel!: string;
  @Field(() => OvereenkomstStatus, { description: 'Status van de overeenkomst als geheel' })
  status!: OvereenkomstStatus;
  @Field(() => Int, { description: 'Eerste jaar van de periode' }) startjaar!: number;
  @Field(() => Int, { description: 'Laatste jaar van de periode' }) eindjaar!: number;
  @Field(() => [RegioGemeenteModel], { description: 'De gemeente(n) waarvoor zij geldt' })
  gemeenten!: RegioGemeenteModel[];
  @Field(() => [DeelnemerRol], {
    description:
      'De rol(len) waarin de partij(en) van de gebruiker deelnemen, bijvoorbeeld WAARNEMER',
  })
  mijnRollen!: DeelnemerRol[];
  @Field(() => RegioJaarschijfModel, {
    nullable: true,
    description: 'De jaarschijf van het peiljaar; leeg als het jaar buiten de periode valt',
  })
  jaarschijf!: RegioJaarschijfModel | null;
  @Field(() => Int, {
    description:
      'Aantal stappen van de lopende cycli (vorig, dit en volgend jaar) waarvan de termijn verstreken is',
  })
  teLaat!: number;
  @Field(() => [VerstrekenMijlpaalModel], { description: 'Welke stappen te laat zijn' })
  teLaatMijlpalen!: VerstrekenMijlpaalModel[];
  @Field(() => Int, { description: 'Aantal afspraken in alle onderdelen' }) afspraken!: number;
  @Field(() => [TypeTellingModel], {
    description: 'Afspraken per type (alleen typen die voorkomen)',
  })
  perType!: TypeTellingModel[];
  @Field(() => [DomeinTellingModel], { description: 'Afspraken per domein' })
  perDomein!: DomeinTellingModel[];
  @Field(() => [ThemaTellingModel], { description: 'Afspraken per thema (opgave)' })
  perThema!: ThemaTellingModel[];
  @Field(() => [RegioZorgpartijModel], {
    description: 'Zorgpartijen die een bijlage medeondertekenen, met die bijlagen',
  })
  zorgpartijen!: RegioZorgpartijModel[];
}

@ObjectType('IndicatorBijdrage', {
  description: 'Wat één overeenkomst in één jaar bijdraagt aan een gedeelde indicator',
})
export class IndicatorBijdrageModel {
  @Field(() => ID, { description: 'Id van de overeenkomst' }) overeenkomstId!: string;
  @Field({ description: 'Titel van de overeenkomst' }) titel!: string;
  @Field(() => [String], { description: 'De gemeente(n) van de overeenkomst' })
  gemeenten!: string[];
  @Field(() => ID, { description: 'Id van de indicator in deze overeenkomst' })
  indicatorId!: string;
  @Field(() => StreefwaardeSoort, {
    nullable: true,
    description: 'Soort streefwaarde; leeg als er voor dit jaar geen is',
  })
  soort!: StreefwaardeSoort | null;
  @Field(() => Float, { nullable: true, description: 'Exacte streefwaarde' })
  streefwaarde!: number | null;
  @Field(() => Float, { nullable: true, description: 'Ondergrens van de bandbreedte' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Bovengrens van de bandbreedte' })
  max!: number | null;
  @Field(() => String, { nullable: true, description: 'Het beoogde effect, in woorden' })
  effect!: string | null;
  @Field(() => Float, { nullable: true, description: 'De gerealiseerde waarde, indien gemeld' })
  realisatie!: number | null;
  @Field(() => String, { nullable: true, description: 'Bron van de realisatie' })
  bron!: string | null;
  @Field(() => EffectOordeel, {
    nullable: true,
    description: 'Bij een beoogd effect: of het bereikt is',
  })
  oordeel!: EffectOordeel | null;
  @Field({ description: 'De realisatie is een tussenstand (ingevoerd voordat het jaar om was)' })
  tussenstand!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Realisatie op koers voor de streefwaarde, in de richting van de indicator; leeg zonder realisatie, bij een tussenstand of bij een deels bereikt effect',
  })
  opKoers!: boolean | null;
}

@ObjectType('GedeeldeIndicatorJaar', {
  description:
    'Een gedeelde indicator in één jaar, opgeteld over de overeenkomsten die er een jaarschijf voor hebben',
})
export class GedeeldeIndicatorJaarModel {
  @Field(() => Int, { description: 'Het jaar' }) jaar!: number;
  @Field(() => Int, { description: 'Aantal overeenkomsten met een jaarschijf in dit jaar' })
  overeenkomsten!: number;
  @Field(() => Int, { description: 'Aantal verschillende gemeenten van die overeenkomsten' })
  gemeenten!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Som van de exacte streefwaarden; leeg als er geen zijn',
  })
  streefwaarde!: number | null;
  @Field(() => Int, { description: 'Aantal exacte streefwaarden in de som' }) aantalExact!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Som van de ondergrenzen van de bandbreedtes; leeg als er geen zijn',
  })
  bandbreedteMin!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Som van de bovengrenzen van de bandbreedtes; leeg als er geen zijn',
  })
  bandbreedteMax!: number | null;
  @Field(() => Int, { description: 'Aantal bandbreedtes in de sommen' })
  aantalBandbreedte!: number;
  @Field(() => Int, {
    description: 'Aantal streefwaarden die een beschreven effect zijn (niet opgeteld)',
  })
  aantalEffect!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Som van de open ondergrenzen ("ten minste"), niet in doelMin/doelMax; leeg als er geen zijn',
  })
  minimaal!: number | null;
  @Field(() => Int, { description: 'Aantal streefwaarden "ten minste" in die som' })
  aantalMinimaal!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Som van de open bovengrenzen ("hoogstens"), niet in doelMin/doelMax; leeg als er geen zijn',
  })
  maximaal!: number | null;
  @Field(() => Int, { description: 'Aantal streefwaarden "hoogstens" in die som' })
  aantalMaximaal!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Ondergrens van het gezamenlijke doel: exacte streefwaarden plus ondergrenzen van de bandbreedtes',
  })
  doelMin!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Bovengrens van het gezamenlijke doel: exacte streefwaarden plus bovengrenzen van de bandbreedtes',
  })
  doelMax!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Som van de gemelde realisaties; leeg als er geen zijn',
  })
  realisatie!: number | null;
  @Field(() => Int, { description: 'Aantal overeenkomsten met een gemelde realisatie' })
  aantalRealisaties!: number;
  @Field(() => Int, {
    description: 'Aantal verschillende gemeenten waarvoor een realisatie gemeld is',
  })
  gemeentenMetRealisatie!: number;
  @Field(() => [IndicatorBijdrageModel], { description: 'De cijfers per overeenkomst' })
  perOvereenkomst!: IndicatorBijdrageModel[];
}

@ObjectType('GedeeldeIndicator', {
  description:
    'Een indicator die in twee of meer overeenkomsten voorkomt, herkend aan dezelfde naam en eenheid',
})
export class GedeeldeIndicatorModel {
  @Field({ description: 'Naam van de indicator (zoals in de eerste overeenkomst)' }) naam!: string;
  @Field({ description: 'Eenheid, bijvoorbeeld woningen' }) eenheid!: string;
  @Field(() => Int, { description: 'Aantal overeenkomsten waarin de indicator voorkomt' })
  overeenkomsten!: number;
  @Field(() => [ID], { description: 'De ids van de indicator in elke overeenkomst' })
  indicatorIds!: string[];
  @Field(() => Float, {
    nullable: true,
    description: 'Som van de nulmetingen, voor zover bekend',
  })
  nulmeting!: number | null;
  @Field(() => Int, { description: 'Aantal nulmetingen in die som' }) aantalNulmetingen!: number;
  @Field(() => [GedeeldeIndicatorJaarModel], { description: 'Per jaar, oplopend' })
  jaren!: GedeeldeIndicatorJaarModel[];
}

@ArgsType()
export class RegioArgs extends PageArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Peilmoment; standaard nu' })
  @Optioneel()
  op?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Alleen overeenkomsten met een gemeente in deze regio (bijv. Zuid-Holland)',
  })
  @Optioneel()
  regio?: string;
}

@ObjectType('RegioTelling', {
  description: 'Hoeveel overeenkomsten een gemeente in een regio hebben',
})
export class RegioTellingModel {
  @Field({ description: 'De regio' }) regio!: string;
  @Field(() => Int) overeenkomsten!: number;
}

@ObjectType('RegioTotalen', {
  description:
    'Tellingen over alle overeenkomsten van het overzicht (alle pagina’s, na het filter)',
})
export class RegioTotalenModel {
  @Field(() => Int, { description: 'Aantal overeenkomsten' }) overeenkomsten!: number;
  @Field(() => Int, { description: 'Aantal verschillende gemeenten' }) gemeenten!: number;
  @Field(() => Int, { description: 'Aantal afspraken' }) afspraken!: number;
  @Field(() => [JaarschijfStatusTellingModel], {
    description: 'De overeenkomsten geteld naar de status van hun jaarschijf van het peiljaar',
  })
  perStatus!: JaarschijfStatusTellingModel[];
  @Field(() => [RegioTellingModel], {
    description: 'Per regio (vóór het filter) het aantal overeenkomsten, op naam',
  })
  perRegio!: RegioTellingModel[];
}

@ObjectType('RegioOverzicht', {
  description:
    'De overeenkomsten waaraan de partij(en) van de gebruiker deelnemen, in één overzicht voor de regio',
})
export class RegioOverzichtModel {
  @Field(() => GraphQLISODateTime, {
    description: 'Het moment waarop het overzicht betrekking heeft',
  })
  op!: Date;
  @Field(() => Int, {
    description: 'Het peiljaar: het kalenderjaar van dat moment (Nederlandse tijd)',
  })
  jaar!: number;
  @Field(() => String, {
    nullable: true,
    description: 'De regio waarop gefilterd is, indien gegeven',
  })
  regio!: string | null;
  @Field(() => [String], {
    description:
      'Alle regio’s van de gemeenten in de zichtbare overeenkomsten (vóór het filter), om uit te kiezen',
  })
  regios!: string[];
  @Field(() => [RegioOvereenkomstModel], {
    description: 'De overeenkomsten van deze pagina, op titel',
  })
  overeenkomsten!: RegioOvereenkomstModel[];
  @Field(() => RegioTotalenModel, { description: 'Tellingen over alle pagina’s' })
  totalen!: RegioTotalenModel;
  @Field(() => [GedeeldeIndicatorModel], {
    description: 'Indicatoren die in twee of meer van deze overeenkomsten voorkomen, opgeteld',
  })
  gedeeldeIndicatoren!: GedeeldeIndicatorModel[];
  @Field(() => [RegioIndicatorPerGemeenteModel], {
    description:
      'Elke indicator per jaar opgeteld per gemeente, ook een regionaal doel verdeeld over gemeenten (cijfers per plaats)',
  })
  perGemeente!: RegioIndicatorPerGemeenteModel[];
}
