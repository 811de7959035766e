import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { IdInput } from '../common/id.input';
import {
  AddendumInput,
  BevriesInput,
  OndertekenInput,
  WeigerOndertekeningInput,
} from './ondertekening.inputs';
import {
  AuditVerificatieModel,
  VersieModel,
  VersieVergelijkingModel,
} from './ondertekening.models';
import { AddendumService } from './addendum.service';
import { BesluitService } from './besluit.service';
import { BevriezingService } from './bevriezing.service';
import { HerstelService } from './herstel.service';
import { VergelijkingService } from './vergelijking.service';
import { VerificatieService } from './verificatie.service';
import { VersiesService } from './versies.service';
import { Vereist, zichtbaar, zichtbaarVia } from '../partijen/vereist';

@Resolver()
export class OndertekeningResolver {
  constructor(
    private readonly bevriezing: BevriezingService,
    private readonly besluiten: BesluitService,
    private readonly addendum: AddendumService,
    private readonly herstel: HerstelService,
    private readonly versiesService: VersiesService,
    private readonly vergelijking: VergelijkingService,
    private readonly verificatie: VerificatieService,
  ) {}

  @Mutation(() => VersieModel, {
    description:
      'Legt een onderdeel ter ondertekening voor: bevriest het en legt een onveranderlijke versie vast',
  })
  async bevriesOnderdeel(@HuidigeGebruiker() actor: Actor, @Args('input') input: BevriesInput) {
    return this.versiesService.versie(await this.bevriezing.bevries(actor, input));
  }

  @Mutation(() => VersieModel, { description: 'Ondertekent de bevroren versie namens uw partij' })
  async onderteken(@HuidigeGebruiker() actor: Actor, @Args('input') input: OndertekenInput) {
    await this.besluiten.onderteken(actor, input);
    return this.versiesService.versie(input.versieId);
  }

  @Mutation(() => VersieModel, {
    description: 'Weigert te tekenen; het onderdeel wordt weer een concept',
  })
  async weigerOndertekening(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: WeigerOndertekeningInput,
  ) {
    await this.besluiten.weiger(actor, input);
    return this.versiesService.versie(input.versieId);
  }

  @Mutation(() => ID, {
    description: 'Opent een ondertekend onderdeel voor een addendum (een nieuw concept)',
  })
  async startAddendum(@HuidigeGebruiker() actor: Actor, @Args('input') input: AddendumInput) {
    await this.addendum.startAddendum(actor, input);
    return input.onderdeelId;
  }

  @Mutation(() => ID, {
    description: 'Maakt de inhoud van een eerdere versie weer het concept (geschiedenis blijft)',
  })
  async herstelVersie(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.herstel.herstel(actor, input.id);
    return input.id;
  }

  @Query(() => [VersieModel], { description: 'Alle versies van een onderdeel, nieuwste eerst' })
  @Vereist(zichtbaarVia('onderdeel', 'onderdeelId'))
  async versies(@Args('onderdeelId', { type: () => ID }) onderdeelId: string) {
    return this.versiesService.versies(onderdeelId);
  }

  @Query(() => VersieModel)
  @Vereist(zichtbaarVia('versie', 'id'))
  async versie(@Args('id', { type: () => ID }) id: string) {
    return this.versiesService.versie(id);
  }

  @Query(() => VersieVergelijkingModel, {
    description:
      'Wat er per afspraak verschilt tussen twee versies, of tussen een versie en het concept',
  })
  @Vereist(zichtbaarVia('onderdeel', 'onderdeelId'))
  async vergelijkVersies(
    @Args('onderdeelId', { type: () => ID }) onderdeelId: string,
    @Args('van', { type: () => ID }) van: string,
    @Args('naar', { type: () => ID, nullable: true, description: 'Leeg: het huidige concept' })
    naar?: string,
  ) {
    return this.vergelijking.vergelijk(onderdeelId, van, naar);
  }

  @Query(() => AuditVerificatieModel, {
    description: 'Herberekent de hashketen van het audit trail en de hashes van alle versies',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  async verifyAuditTrail(@Args('overeenkomstId', { type: () => ID }) overeenkomstId: string) {
    return this.verificatie.verifieer(overeenkomstId);
  }
}
