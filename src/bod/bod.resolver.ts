import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { PermissionsService } from '../partijen/permissions.service';
import { BodModel, BodMogelijkheidModel, DienBodInInput } from './bod.models';
import { BodService } from './bod.service';
import { Vereist, zichtbaar } from '../partijen/vereist';

@Resolver()
export class BodResolver {
  constructor(
    private readonly service: BodService,
    private readonly permissions: PermissionsService,
  ) {}

  @Query(() => [BodModel], {
    description: 'De boden van de woningcorporaties op de jaarschijven van een overeenkomst',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  async boden(
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
    @Args('jaar', { type: () => Int, nullable: true }) jaar?: number,
  ) {
    return this.service.lijst(overeenkomstId, jaar);
  }

  @Query(() => [BodMogelijkheidModel], {
    description:
      'Per komende jaarschijf en per corporatie waarvoor u schrijft: of u nu een bod kunt indienen, en anders waarom niet',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  bodMogelijkheden(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ) {
    return this.service.mogelijkheden(actor, overeenkomstId);
  }

  @Mutation(() => BodModel, {
    description:
      'Een woningcorporatie dient haar bod op een komende jaarschijf in: concept-afspraken met indicatoren en voorgestelde streefwaarden (vóór 1 juli van het jaar ervoor)',
  })
  async dienBodIn(@HuidigeGebruiker() actor: Actor, @Args('input') input: DienBodInInput) {
    const id = await this.service.dienIn(actor, input);
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'jaarschijf',
      input.jaarschijfId,
      'Jaarschijf',
    );
    const boden = await this.service.lijst(overeenkomstId);
    return boden.find((b) => b.id === id);
  }
}
