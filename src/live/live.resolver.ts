import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { PermissionsService } from '../partijen/permissions.service';
import { Gebeurtenis, Gebeurtenissen } from './gebeurtenissen';
import { Vereist, zichtbaar } from '../partijen/vereist';

@Resolver()
export class LiveResolver {
  constructor(
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly auth: AuthService,
  ) {}

  @Subscription(() => Gebeurtenis, {
    description:
      'Standpunten, opmerkingen, voorstellen, bevriezingen en handtekeningen in een overeenkomst, zodra ze gebeuren (graphql-ws op /graphql; token in connectionParams)',
    resolve: (gebeurtenis: Gebeurtenis) => gebeurtenis,
  })
  @Vereist(zichtbaar('overeenkomstId'))
  overeenkomstGebeurtenissen(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ): AsyncIterableIterator<Gebeurtenis> {
    // Rights are judged again per event: a removed member or an ended session hears no more.
    return this.gebeurtenissen.stroom(overeenkomstId, async () => {
      try {
        const nu = await this.auth.actorVoorSessie({ sub: actor.gebruikerId, sid: actor.sessieId });
        return (await this.permissions.betrokkenheid(nu, overeenkomstId)).length > 0;
      } catch {
        return false;
      }
    });
  }
}
