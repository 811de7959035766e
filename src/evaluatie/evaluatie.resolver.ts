import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import {
  BevestigEvaluatieInput,
  EvaluatieInput,
  EvaluatieOverzichtModel,
} from './evaluatie.models';
import { EvaluatieBevestigingService } from './evaluatie-bevestiging.service';
import { EvaluatieOordeelService } from './evaluatie-oordeel.service';
import { EvaluatieOverzichtReader } from './evaluatie-overzicht.reader';
import { Vereist, zichtbaar } from '../partijen/vereist';

@Resolver()
export class EvaluatieResolver {
  constructor(
    private readonly oordeel: EvaluatieOordeelService,
    private readonly bevestiging: EvaluatieBevestigingService,
    private readonly reader: EvaluatieOverzichtReader,
  ) {}

  @Query(() => EvaluatieOverzichtModel, {
    description:
      'De evaluatie van een jaar: per afspraak stoplicht, conclusie, les en besluit; per thema de stoplichten; wie heeft bevestigd',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  async evaluatie(
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
    @Args('jaar', { type: () => Int }) jaar: number,
  ) {
    return this.reader.overzicht(overeenkomstId, jaar);
  }

  @Mutation(() => EvaluatieOverzichtModel, {
    description:
      'De driehoek beoordeelt een afspraak over een afgelopen jaar (juni); bevestigingen van eerder vervallen',
  })
  async evalueerAfspraak(@HuidigeGebruiker() actor: Actor, @Args('input') input: EvaluatieInput) {
    const overeenkomstId = await this.oordeel.evalueer(actor, input);
    return this.reader.overzicht(overeenkomstId, input.jaar);
  }

  @Mutation(() => EvaluatieOverzichtModel, {
    description:
      'Een ondertekenaar van het hoofddocument bevestigt de evaluatie namens zijn partij; de laatste bevestiging sluit het jaar af en voert de besluiten uit',
  })
  async bevestigEvaluatie(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: BevestigEvaluatieInput,
  ) {
    const { overeenkomstId, jaar } = await this.bevestiging.bevestig(actor, input);
    return this.reader.overzicht(overeenkomstId, jaar);
  }
}
