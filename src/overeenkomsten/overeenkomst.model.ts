import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import GraphQLJSON from 'graphql-type-json';
import { PartijModel } from '../partijen/partij.model';
import type { Lazy } from '../common/lazy';
import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { EffectOordeel, IndicatorRichting } from '../indicatoren/richting';
import { AfspraakDetails, type AfspraakDetailsValue } from './afspraak-details';
import { AfspraakLidModel } from './afspraak-leden';
import { WaarschuwingModel } from './afspraak-waarschuwingen';
import { AfspraakBedragModel } from './afspraak-bedragen';
import { AfspraakType, Doelgroep, Volwassenheid } from './afspraak-type';
import { BetrokkeneRol, TrekkerGroep } from './afspraak-rollen';
import { OnderdeelFase, OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import { LocatieModel } from './afspraak-locaties';
import { DeelnemerRol, InstrumentSoort, OvereenkomstStatus } from './overeenkomst.entity';
import { Norm } from './afspraak-normen';
import { Verwijzing } from './afspraak-verwijzingen';
import { Voorwaarde } from './afspraak-voorwaarden';
import { EigenDoelgroep } from './eigen-doelgroepen';

/*
 * What the API returns: plain objects of the whole agreement graph, assembled by the
 * OvereenkomstReader from a fixed number of SQL queries. Commands go through the entities;
 * reads never hydrate them, which keeps a 200-afspraken agreement fast to load.
 */

@ObjectType('Referentie', { description: 'Verwijzing naar een ander beleidsinstrument' })
export class ReferentieModel {
  @Field(() => InstrumentSoort) soort!: InstrumentSoort;
  @Field() titel!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
}

@ObjectType('Deelnemer', {
  description: 'Een partij die deelneemt aan een overeenkomst, met haar rol',
})
export class DeelnemerModel {
  @Field(() => ID) id!: string;
  @Field(() => DeelnemerRol) rol!: DeelnemerRol;
  @Field({ description: 'Voert de regie (de gemeente; een corporatie kan co-regisseur zijn)' })
  regie!: boolean;
  @Field(() => PartijModel) partij!: PartijModel;
}

@ObjectType('Jaarschijf', {
  description: 'Het concrete deel van één jaar van een meerjarige overeenkomst',
})
export class JaarschijfModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) jaar!: number;
  @Field(() => JaarschijfStatus) status!: JaarschijfStatus;
  @Field() toelichting!: string;
  @Field(() => OvereenkomstModel) overeenkomst!: Lazy<OvereenkomstModel>;
}

@ObjectType('Thema', {
  description: 'Thema: een domein (bovenste niveau) of een opgave daarbinnen',
})
export class ThemaModel {
  @Field(() => ID) id!: string;
  @Field() naam!: string;
  @Field(() => Int) volgorde!: number;
  @Field({ description: 'Hoort bij de standaardindeling (niet per overeenkomst toegevoegd)' })
  standaard!: boolean;
  @Field(() => ThemaModel, {
    nullable: true,
    description: 'Het domein van deze opgave; leeg voor een domein',
  })
  domein!: Lazy<ThemaModel> | null;
}

@ObjectType('AfspraakBetrokkene', {
  description: 'Een partij bij een afspraak, met haar rol, haar eigen toezegging en kostenaandeel',
})
export class BetrokkeneModel {
  @Field(() => ID) id!: string;
  @Field(() => BetrokkeneRol) rol!: BetrokkeneRol;
  @Field({ description: 'Wat de partij zelf toezegt, in haar eigen woorden' }) bijdrage!: string;
  @Field(() => Float, { nullable: true, description: 'Aandeel in de kosten, in procenten' })
  kostenaandeel!: number | null;
  @Field(() => PartijModel) partij!: PartijModel;
}

@ObjectType('AfspraakJaarschijf', {
  description: 'Wat een afspraak in één jaarschijf concreet inhoudt',
})
export class AfspraakJaarschijfModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) jaar!: number;
  @Field({ description: 'De invulling voor dit jaar' }) concretisering!: string;
  @Field(() => JaarschijfModel) jaarschijf!: Lazy<JaarschijfModel>;
}

@ObjectType('Afspraak', { description: 'Eén genummerde afspraak binnen een onderdeel' })
export class AfspraakModel {
  @Field(() => ID) id!: string;
  @Field({
    description:
      'Nummer in de overeenkomst: hoofdstuk (thema-domein) en volgnummer, bijv. "2.3"; in een bijlage met B ervoor ("B2.3", bij meer bijlagen "B2.2.3"), zodat geen nummer twee keer voorkomt',
  })
  nummer!: string;
  @Field(() => Int) volgorde!: number;
  @Field() titel!: string;
  @Field(() => AfspraakType) type!: AfspraakType;
  @Field({ description: 'Het type in woorden, bijv. "Garantieafspraak"' }) typeLabel!: string;
  @Field({ description: 'De tekst van de afspraak, als platte tekst (uit de co-editor)' })
  tekst!: string;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'De tekst als ProseMirror-JSON (uit de co-editor)',
  })
  tekstJson!: Record<string, unknown> | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'In de onderhandeling: de tekst met de openstaande suggesties erin (ProseMirror-JSON met hun markeringen); leeg zonder suggesties. tekst en tekstJson zijn de aanvaarde tekst',
  })
  tekstMetSuggesties!: Record<string, unknown> | null;
  @Field(() => Volwassenheid) volwassenheid!: Volwassenheid;
  @Field(() => [String], { description: 'Voorwaarden, bijv. "mits financieel haalbaar"' })
  voorwaarden!: string[];
  @Field(() => [Voorwaarde], {
    description: 'Dezelfde voorwaarden, elk met het deel van de afspraak waarvoor zij geldt',
  })
  voorwaardenMetDeel!: Voorwaarde[];
  @Field(() => [Doelgroep]) doelgroepen!: Doelgroep[];
  @Field(() => [ID], { description: 'Eigen doelgroepen van de overeenkomst bij deze afspraak' })
  eigenDoelgroepIds!: string[];
  @Field(() => [EigenDoelgroep]) eigenDoelgroepen!: EigenDoelgroep[];
  @Field(() => [Norm], { description: 'Normen binnen de afspraak (afstand, termijn, aandeel …)' })
  normen!: Norm[];
  @Field(() => [Verwijzing], {
    description: 'Verwijzingen naar andere instrumenten of naar andere afspraken',
  })
  verwijzingen!: Verwijzing[];
  @Field(() => ThemaModel) thema!: Lazy<ThemaModel>;
  @Field(() => PartijModel, {
    description: 'De aanspreekbare trekker (de eerste van de trekkers; bij een groep een van hen)',
  })
  trekker!: PartijModel;
  @Field(() => [PartijModel], {
    description: 'Alle trekkers: de aanspreekbare trekker en de betrokkenen met de rol trekker',
  })
  trekkers!: PartijModel[];
  @Field(() => TrekkerGroep, {
    nullable: true,
    description: 'De groep die samen trekt, zoals de afspraak die noemt ("alle corporaties")',
  })
  trekkerGroep!: TrekkerGroep | null;
  @Field({ description: 'Wie trekt, in woorden: de groep, of de trekkers ("A en B")' })
  trekkerTekst!: string;
  @Field(() => [BetrokkeneModel]) betrokkenen!: Lazy<BetrokkeneModel[]>;
  @Field(() => [AfspraakJaarschijfModel], {
    description: 'De jaarschijven waarin de afspraak geldt, met de invulling per jaar',
  })
  jaarschijven!: Lazy<AfspraakJaarschijfModel[]>;
  @Field(() => [IndicatorModel]) indicatoren!: Lazy<IndicatorModel[]>;
  @Field(() => [LocatieModel], { description: 'De plaatsen waarvoor de afspraak geldt' })
  locaties!: LocatieModel[];
  @Field(() => AfspraakDetails, { description: 'De gegevens die bij het type horen' })
  details!: AfspraakDetailsValue;
  @Field(() => [AfspraakLidModel], {
    description: 'De leden (a, b, c) van een samengestelde afspraak; leeg bij een enkelvoudige',
  })
  leden!: AfspraakLidModel[];
  @Field(() => [WaarschuwingModel], {
    description:
      'Wat de afspraak nog openlaat (bijv. SMART zonder indicator); berekend, nooit een reden om te weigeren',
  })
  waarschuwingen!: WaarschuwingModel[];
  @Field(() => [AfspraakBedragModel], {
    description: 'Het geld in de afspraak: wie betaalt wat, wanneer, aan wie en waarvoor',
  })
  bedragen!: AfspraakBedragModel[];
  @Field(() => OnderdeelModel) onderdeel!: Lazy<OnderdeelModel>;
  @Field(() => OvereenkomstModel) overeenkomst!: Lazy<OvereenkomstModel>;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('Onderdeel', {
  description: 'Het hoofddocument of een bijlage, elk met eigen ondertekenaars',
})
export class OnderdeelModel {
  @Field(() => ID) id!: string;
  @Field(() => OnderdeelSoort) soort!: OnderdeelSoort;
  @Field() titel!: string;
  @Field(() => Int) volgorde!: number;
  @Field(() => OnderdeelStatus) status!: OnderdeelStatus;
  @Field(() => OnderdeelFase) fase!: OnderdeelFase;
  @Field(() => [PartijModel], { description: 'De partijen die dit onderdeel ondertekenen' })
  ondertekenaars!: PartijModel[];
  @Field(() => [AfspraakModel], { description: 'In volgorde van nummering' }) afspraken!: Lazy<
    AfspraakModel[]
  >;
  @Field(() => OvereenkomstModel) overeenkomst!: Lazy<OvereenkomstModel>;
}

@ObjectType('Streefwaarde', {
  description: 'Het doel voor een indicator in één jaarschijf, of in een horizonjaar na de periode',
})
export class StreefwaardeModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) jaar!: number;
  @Field({
    description:
      'Een doel voorbij de periode, als horizon van de afspraak ("in 2030 heeft elke kern een ontmoetingsplek")',
  })
  horizon!: boolean;
  @Field(() => StreefwaardeSoort) soort!: StreefwaardeSoort;
  @Field(() => Float, { nullable: true, description: 'Bij EXACT' }) waarde!: number | null;
  @Field(() => Float, { nullable: true, description: 'Bij BANDBREEDTE en MINIMAAL' }) min!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Bij BANDBREEDTE en MAXIMAAL' }) max!:
    number | null;
  @Field(() => String, { nullable: true }) effect!: string | null;
  @Field(() => JaarschijfModel, { nullable: true, description: 'Leeg bij een horizonjaar' })
  jaarschijf!: Lazy<JaarschijfModel | null>;
  @Field(() => LocatieModel, {
    nullable: true,
    description: 'De plaats waarvoor het cijfer geldt; leeg: de hele overeenkomst',
  })
  locatie!: LocatieModel | null;
}

@ObjectType('Realisatie', {
  description: 'De gerealiseerde waarde van een indicator in één jaarschijf',
})
export class RealisatieModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) jaar!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Leeg bij een effect dat met een oordeel is beoordeeld',
  })
  waarde!: number | null;
  @Field(() => EffectOordeel, {
    nullable: true,
    description:
      'Bij een beoogd effect: bereikt, deels of niet; de toelichting zegt wat er bereikt is',
  })
  oordeel!: EffectOordeel | null;
  @Field({
    description:
      'Ingevoerd voordat het jaar om was: een tussenstand, die nog niet als eindoordeel telt',
  })
  tussenstand!: boolean;
  @Field({ description: 'Bron van het cijfer, bijv. jaarverslag corporatie' }) bron!: string;
  @Field() toelichting!: string;
  @Field(() => JaarschijfModel) jaarschijf!: Lazy<JaarschijfModel>;
  @Field(() => LocatieModel, {
    nullable: true,
    description: 'De plaats waarvoor het cijfer geldt; leeg: de hele overeenkomst',
  })
  locatie!: LocatieModel | null;
}

@ObjectType('Indicator', {
  description: 'Wat gemonitord wordt, met eenheid, definitie en nulmeting',
})
export class IndicatorModel {
  @Field(() => ID) id!: string;
  @Field() naam!: string;
  @Field({ description: 'Bijv. woningen, wooneenheden, plekken, procent, euro' }) eenheid!: string;
  @Field() definitie!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Herkomst van de definitie, bijv. "BZK 2023"',
  })
  definitieBron!: string | null;
  @Field(() => Float, { nullable: true }) nulmetingWaarde!: number | null;
  @Field(() => Int, { nullable: true }) nulmetingJaar!: number | null;
  @Field(() => IndicatorRichting, {
    description: 'Welke kant de indicator op moet; bepaalt of een realisatie op koers is',
  })
  richting!: IndicatorRichting;
  @Field(() => [AfspraakModel], { description: 'De afspraken die deze indicator meet' })
  afspraken!: Lazy<AfspraakModel[]>;
  @Field(() => [StreefwaardeModel], { description: 'Per jaarschijf, oplopend' })
  streefwaarden!: Lazy<StreefwaardeModel[]>;
  @Field(() => [StreefwaardeModel], {
    description:
      'Doelen voorbij de periode, als horizon van de afspraak ("in 2030 heeft elke kern een ontmoetingsplek"), oplopend',
  })
  horizondoelen!: Lazy<StreefwaardeModel[]>;
  @Field(() => [RealisatieModel], { description: 'Per jaarschijf, oplopend' }) realisaties!: Lazy<
    RealisatieModel[]
  >;
  @Field(() => [StreefwaardeModel], {
    description:
      'Streefwaarden per plaats (bijv. per gemeente van een regionale overeenkomst), per jaar en plaats; streefwaarden zonder plaats gelden voor de hele overeenkomst',
  })
  streefwaardenPerLocatie!: Lazy<StreefwaardeModel[]>;
  @Field(() => [RealisatieModel], { description: 'Realisaties per plaats, per jaar en plaats' })
  realisatiesPerLocatie!: Lazy<RealisatieModel[]>;
  @Field(() => OvereenkomstModel) overeenkomst!: Lazy<OvereenkomstModel>;
}

@ObjectType('Overeenkomst', {
  description: 'Prestatieafspraken van gemeente(n), corporatie(s), huurders en zorgpartijen',
})
export class OvereenkomstModel {
  @Field(() => ID) id!: string;
  @Field() titel!: string;
  @Field(() => Int) startjaar!: number;
  @Field(() => Int) eindjaar!: number;
  @Field(() => OvereenkomstStatus) status!: OvereenkomstStatus;
  @Field({ description: 'Overwegingen en uitgangspunten, als platte tekst' }) preambule!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'De preambule als ProseMirror-JSON' })
  preambuleJson!: Record<string, unknown> | null;
  @Field(() => [ReferentieModel]) referenties!: ReferentieModel[];
  @Field(() => [EigenDoelgroep], {
    description: 'Doelgroepen die de overeenkomst zelf omschrijft, naast de standaardlijst',
  })
  eigenDoelgroepen!: EigenDoelgroep[];
  @Field(() => [PartijModel], { description: 'De gemeente(n) waarvoor de afspraken gelden' })
  gemeenten!: PartijModel[];
  @Field(() => [DeelnemerModel]) deelnemers!: DeelnemerModel[];
  @Field(() => [OnderdeelModel], { description: 'Hoofddocument eerst, dan de bijlagen' })
  onderdelen!: Lazy<OnderdeelModel[]>;
  @Field(() => [JaarschijfModel]) jaarschijven!: Lazy<JaarschijfModel[]>;
  @Field(() => [IndicatorModel]) indicatoren!: Lazy<IndicatorModel[]>;
  @Field(() => [LocatieModel], {
    description: 'De plaatsen die de overeenkomst noemt (complex, wijk, kern, gemeente, adres)',
  })
  locaties!: LocatieModel[];
  @Field(() => [ThemaModel], {
    description: 'De standaardthema’s en de eigen thema’s van deze overeenkomst',
  })
  themas!: Lazy<ThemaModel[]>;
  /** All afspraken in order (hoofddocument first); exposed through a field resolver with a filter. */
  alleAfspraken!: AfspraakModel[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}
