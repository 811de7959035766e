import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import {
  BevestigEvaluatieInput,
  EvaluatieInput,
  type EvaluatieOverzichtGelezen,
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
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
    @Args('jaar', { type: () => Int }) jaar: number,
  ) {
    return this.metToestemming(actor, await this.reader.overzicht(overeenkomstId, jaar));
  }

  @Mutation(() => EvaluatieOverzichtModel, {
    description:
      'De driehoek beoordeelt een afspraak over een afgelopen jaar (juni); bevestigingen van eerder vervallen',
  })
  async evalueerAfspraak(@HuidigeGebruiker() actor: Actor, @Args('input') input: EvaluatieInput) {
    const overeenkomstId = await this.oordeel.evalueer(actor, input);
    return this.metToestemming(actor, await this.reader.overzicht(overeenkomstId, input.jaar));
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
    return this.metToestemming(actor, await this.reader.overzicht(overeenkomstId, jaar));
  }

  /** What the person may do on this screen, asked of the services that refuse the mutations. */
  private async metToestemming(
    actor: Actor,
    o: EvaluatieOverzichtGelezen,
  ): Promise<EvaluatieOverzichtModel> {
    const jaarschijf = { id: o.jaarschijfId, jaar: o.jaar, status: o.status };
    const bevestigingen = [];
    for (const b of o.bevestigingen) {
      bevestigingen.push({
        ...b,
        magBevestigen: await this.bevestiging.magBevestigen(
          actor,
          o.overeenkomstId,
          o.jaarschijfId,
          b.partijId,
        ),
      });
    }
    return {
      ...o,
      bevestigingen,
      magEvalueren: await this.oordeel.magEvalueren(actor, o.overeenkomstId, jaarschijf),
    };
  }
}
