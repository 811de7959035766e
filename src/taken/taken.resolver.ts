import { Args, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { Vereist, zichtbaar } from '../partijen/vereist';
import { TaakModel } from './taak.model';
import { TakenService } from './taken.service';

@Resolver(() => TaakModel)
export class TakenResolver {
  constructor(private readonly service: TakenService) {}

  @Query(() => [TaakModel], {
    description:
      'Wat nu van u gevraagd wordt, over alle overeenkomsten waaraan u deelneemt (of één daarvan): te laat eerst',
  })
  @Vereist(zichtbaar('overeenkomstId', { optioneel: true }))
  mijnTaken(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID, nullable: true }) overeenkomstId?: string | null,
  ): Promise<TaakModel[]> {
    return this.service.voor(actor, overeenkomstId);
  }
}
