import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { Toestemming } from '../common/toestemming';
import { regie, Vereist, zichtbaar } from '../partijen/vereist';
import type { Publicatie } from './publicatie.entity';
import { PubliceerInput, PublicatieModel, TrekPublicatieInInput } from './publicatie.models';
import { INTREKKEN, PUBLICEREN, PublicatieService } from './publicatie.service';
import { publicatiePaden } from './publieke-inhoud';

function alsModel(publicatie: Publicatie, verouderd: boolean): PublicatieModel {
  const paden = publicatiePaden(publicatie.slug);
  return {
    id: publicatie.id,
    slug: publicatie.slug,
    pagina: paden.pagina,
    json: paden.json,
    gepubliceerdOp: publicatie.gepubliceerdOp,
    actief: publicatie.actief,
    ingetrokkenOp: publicatie.ingetrokkenOp,
    intrekReden: publicatie.intrekReden,
    verouderd,
  };
}

@Resolver(() => PublicatieModel)
export class PublicatieResolver {
  constructor(private readonly service: PublicatieService) {}

  @Query(() => PublicatieModel, {
    nullable: true,
    description: 'De openbaarmaking (Woo) van de overeenkomst, ook als die is ingetrokken',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  async publicatie(
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ): Promise<PublicatieModel | null> {
    const stand = await this.service.van(overeenkomstId);
    return stand ? alsModel(stand.publicatie, stand.verouderd) : null;
  }

  @Query(() => Toestemming, {
    description:
      'Of u de overeenkomst nu kunt publiceren (regie; elk onderdeel ondertekend; niet al zo gepubliceerd)',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  magPubliceren(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ): Promise<Toestemming> {
    return this.service.magPubliceren(actor, overeenkomstId);
  }

  @Mutation(() => PublicatieModel, {
    description:
      'Maakt de ondertekende versies openbaar onder de Woo: een pagina zonder inloggen, Word en JSON (regie). Opnieuw na een ondertekend addendum',
  })
  @Vereist(regie('input.overeenkomstId', PUBLICEREN))
  async publiceerOvereenkomst(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: PubliceerInput,
  ): Promise<PublicatieModel> {
    return alsModel(await this.service.publiceer(actor, input), false);
  }

  @Mutation(() => PublicatieModel, {
    description: 'Trekt de publicatie in; het openbare adres geeft daarna 404 (regie)',
  })
  @Vereist(regie('input.overeenkomstId', INTREKKEN))
  async trekPublicatieIn(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: TrekPublicatieInInput,
  ): Promise<PublicatieModel> {
    const publicatie = await this.service.trekIn(actor, input);
    return alsModel(publicatie, (await this.service.van(input.overeenkomstId))?.verouderd ?? false);
  }
}
