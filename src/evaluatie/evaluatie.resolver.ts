import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import {
  BevestigEvaluatieInput,
  EvaluatieInput,
  EvaluatieOverzichtModel,
} from './evaluatie.models';
import { EvaluatieService } from './evaluatie.service';
import { Vereist, zichtbaar } from '../partijen/vereist';

@Resolver()
export class EvaluatieResolver {
  constructor(private readonly service: EvaluatieService) {}

  @Query(() => EvaluatieOverzichtModel, {
    description:
      'De evaluatie van een jaar: per afspraak stoplicht, conclusie, les en besluit; per thema de stoplichten; wie heeft bevestigd',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  async evaluatie(
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
    @Args('jaar', { type: () => Int }) jaar: number,
  ) {
    return this.service.overzicht(overeenkomstId, jaar);
  }

  @Mutation(() => EvaluatieOverzichtModel, {
    description:
      'De driehoek beoordeelt een afspraak over een afgelopen jaar (juni); bevestigingen van eerder vervallen',
  })
  async evalueerAfspraak(@HuidigeGebruiker() actor: Actor, @Args('input') input: EvaluatieInput) {
    const overeenkomstId = await this.service.evalueer(actor, input);
    return this.service.overzicht(overeenkomstId, input.jaar);
  }

  @Mutation(() => EvaluatieOverzichtModel, {
    description:
      'Een ondertekenaar van het hoofddocument bevestigt de evaluatie namens zijn partij; de laatste bevestiging sluit het jaar af en voert de besluiten uit',
  })
  async bevestigEvaluatie(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: BevestigEvaluatieInput,
  ) {
    const overeenkomstId = await this.service.bevestig(actor, input);
    const { jaar } = (await this.service.jaarVan(input.jaarschijfId))[0]!; // bevestig found it
    return this.service.overzicht(overeenkomstId, jaar);
  }
}
