import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { PermissionsService } from '../partijen/permissions.service';
import { VerantwoordingInput, VerantwoordingOverzichtModel } from './verantwoording.models';
import { VerantwoordingService } from './verantwoording.service';
import { Vereist, zichtbaar } from '../partijen/vereist';

@Resolver()
export class VerantwoordingResolver {
  constructor(
    private readonly service: VerantwoordingService,
    private readonly permissions: PermissionsService,
  ) {}

  @Query(() => VerantwoordingOverzichtModel, {
    description:
      'De verantwoording over een jaar: per afspraak de status van de trekker, en wat ontbreekt',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  async verantwoording(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
    @Args('jaar', { type: () => Int }) jaar: number,
  ) {
    return this.service.overzicht(actor, overeenkomstId, jaar);
  }

  @Mutation(() => VerantwoordingOverzichtModel, {
    description: 'De trekker verantwoordt een afspraak over een afgelopen jaar (mei)',
  })
  async verantwoordAfspraak(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: VerantwoordingInput,
  ) {
    await this.service.verantwoord(actor, input);
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'afspraak',
      input.afspraakId,
      'Afspraak',
    );
    return this.service.overzicht(actor, overeenkomstId, input.jaar);
  }
}
