import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { IdInput } from '../common/id.input';
import { PermissionsService } from '../partijen/permissions.service';
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
import { OndertekeningService } from './ondertekening.service';

@Resolver()
export class OndertekeningResolver {
  constructor(
    private readonly service: OndertekeningService,
    private readonly permissions: PermissionsService,
  ) {}

  @Mutation(() => VersieModel, {
    description:
      'Legt een onderdeel ter ondertekening voor: bevriest het en legt een onveranderlijke versie vast',
  })
  bevriesOnderdeel(@HuidigeGebruiker() actor: Actor, @Args('input') input: BevriesInput) {
    return this.service.bevries(actor, input);
  }

  @Mutation(() => VersieModel, { description: 'Ondertekent de bevroren versie namens uw partij' })
  onderteken(@HuidigeGebruiker() actor: Actor, @Args('input') input: OndertekenInput) {
    return this.service.onderteken(actor, input);
  }

  @Mutation(() => VersieModel, {
    description: 'Weigert te tekenen; het onderdeel wordt weer een concept',
  })
  weigerOndertekening(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: WeigerOndertekeningInput,
  ) {
    return this.service.weiger(actor, input);
  }

  @Mutation(() => ID, {
    description: 'Opent een ondertekend onderdeel voor een addendum (een nieuw concept)',
  })
  async startAddendum(@HuidigeGebruiker() actor: Actor, @Args('input') input: AddendumInput) {
    await this.service.startAddendum(actor, input);
    return input.onderdeelId;
  }

  @Mutation(() => ID, {
    description: 'Maakt de inhoud van een eerdere versie weer het concept (geschiedenis blijft)',
  })
  async herstelVersie(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.service.herstel(actor, input.id);
    return input.id;
  }

  @Query(() => [VersieModel], { description: 'Alle versies van een onderdeel, nieuwste eerst' })
  async versies(
    @HuidigeGebruiker() actor: Actor,
    @Args('onderdeelId', { type: () => ID }) onderdeelId: string,
  ) {
    await this.permissions.zichtbaarVia(actor, 'onderdeel', onderdeelId, 'Onderdeel');
    return this.service.versies(onderdeelId);
  }

  @Query(() => VersieModel)
  async versie(@HuidigeGebruiker() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    await this.permissions.zichtbaarVia(actor, 'versie', id, 'Versie');
    return this.service.versie(id);
  }

  @Query(() => VersieVergelijkingModel, {
    description:
      'Wat er per afspraak verschilt tussen twee versies, of tussen een versie en het concept',
  })
  async vergelijkVersies(
    @HuidigeGebruiker() actor: Actor,
    @Args('onderdeelId', { type: () => ID }) onderdeelId: string,
    @Args('van', { type: () => ID }) van: string,
    @Args('naar', { type: () => ID, nullable: true, description: 'Leeg: het huidige concept' })
    naar?: string,
  ) {
    await this.permissions.zichtbaarVia(actor, 'onderdeel', onderdeelId, 'Onderdeel');
    return this.service.vergelijk(onderdeelId, van, naar);
  }

  @Query(() => AuditVerificatieModel, {
    description: 'Herberekent de hashketen van het audit trail en de hashes van alle versies',
  })
  async verifyAuditTrail(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ) {
    await this.permissions.zichtbaar(actor, overeenkomstId, 'Overeenkomst', overeenkomstId);
    return this.service.verifieer(overeenkomstId);
  }
}
