import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { AfspraakModel, OnderdeelModel } from '../overeenkomsten/overeenkomst.model';
import { Vereist, zichtbaarVia } from '../partijen/vereist';
import { SuggestieStatus } from './suggestie.entity';
import { BeoordeelSuggestiesInput } from './suggesties.inputs';
import { BeoordeelSuggestiesResultaat, SuggestieModel } from './suggesties.models';
import { SuggestiesService } from './suggesties.service';

/** Judging and withdrawing suggestions; who may is checked in the service, per partij. */
@Resolver()
export class SuggestiesResolver {
  constructor(private readonly service: SuggestiesService) {}

  @Mutation(() => BeoordeelSuggestiesResultaat, {
    description:
      'Aanvaardt of verwerpt suggesties in een afspraak namens een ondertekenende partij (niet die van de indiener); aanvaard door alle andere ondertekenaars wordt een suggestie in de tekst opgenomen, verworpen verdwijnt zij',
  })
  @Vereist(zichtbaarVia('afspraak', 'input.afspraakId'))
  beoordeelSuggesties(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: BeoordeelSuggestiesInput,
  ) {
    return this.service.beoordeel(actor, input);
  }

  @Mutation(() => SuggestieModel, {
    description: 'Trekt uw eigen suggestie in: zij verdwijnt uit de tekst',
  })
  trekSuggestieIn(
    @HuidigeGebruiker() actor: Actor,
    @Args('suggestieId', { type: () => ID }) suggestieId: string,
  ) {
    return this.service.trekIn(actor, suggestieId);
  }
}

@Resolver(() => OnderdeelModel)
export class OnderdeelSuggestiesResolver {
  constructor(private readonly service: SuggestiesService) {}

  @ResolveField('suggesties', () => [SuggestieModel], {
    description: 'De suggesties in de tekst van de afspraken, oudste eerst',
  })
  suggesties(
    @Parent() onderdeel: OnderdeelModel,
    @Args('status', { type: () => SuggestieStatus, nullable: true }) status?: SuggestieStatus,
  ) {
    return this.service.lijst({ onderdeel: onderdeel.id }, status);
  }
}

@Resolver(() => AfspraakModel)
export class AfspraakSuggestiesResolver {
  constructor(private readonly service: SuggestiesService) {}

  @ResolveField('suggesties', () => [SuggestieModel], {
    description: 'De suggesties in de tekst van deze afspraak, oudste eerst',
  })
  suggesties(
    @Parent() afspraak: AfspraakModel,
    @Args('status', { type: () => SuggestieStatus, nullable: true }) status?: SuggestieStatus,
  ) {
    return this.service.lijst({ afspraak: afspraak.id }, status);
  }
}
