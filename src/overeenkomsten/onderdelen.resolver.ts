import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import type { GraphQLResolveInfo } from 'graphql';
import { IdInput } from '../common/id.input';
import { OnderdeelModel } from './overeenkomst.model';
import {
  CreateOnderdeelInput,
  ReorderOnderdelenInput,
  UpdateOnderdeelInput,
} from './overeenkomst.inputs';
import { NEED_ALL, needFrom, type Need } from './overeenkomst-need';
import { OvereenkomstReader } from './overeenkomst.reader';
import { OnderdelenService } from './onderdelen.service';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import {
  GecontroleerdeOvereenkomst,
  regie,
  regieVia,
  Vereist,
  zichtbaarVia,
} from '../partijen/vereist';

@Resolver(() => OnderdeelModel)
export class OnderdelenResolver {
  constructor(
    private readonly service: OnderdelenService,
    private readonly reader: OvereenkomstReader,
  ) {}

  @Query(() => OnderdeelModel)
  @Vereist(zichtbaarVia('onderdeel', 'id'))
  async onderdeel(
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.read(overeenkomstId, id, needFrom(info));
  }

  @Mutation(() => OnderdeelModel)
  @Vereist(regie('input.overeenkomstId', 'Onderdelen toevoegen'))
  async createOnderdeel(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateOnderdeelInput,
  ) {
    const onderdeel = await this.service.create(actor, input);
    return this.read(onderdeel.overeenkomst.id, onderdeel.id, NEED_ALL);
  }

  @Mutation(() => OnderdeelModel)
  @Vereist(regieVia('onderdeel', 'input.id', 'Een onderdeel en zijn ondertekenaars wijzigen'))
  async updateOnderdeel(
    @HuidigeGebruiker() actor: Actor,
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('input') input: UpdateOnderdeelInput,
  ) {
    const onderdeel = await this.service.update(actor, overeenkomstId, input);
    return this.read(onderdeel.overeenkomst.id, onderdeel.id, NEED_ALL);
  }

  @Mutation(() => ID, { description: 'Verwijdert het onderdeel met zijn afspraken' })
  @Vereist(regieVia('onderdeel', 'input.id', 'Een onderdeel verwijderen'))
  async deleteOnderdeel(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return this.service.delete(actor, input.id);
  }

  @Mutation(() => [OnderdeelModel])
  @Vereist(regie('input.overeenkomstId', 'De volgorde van onderdelen wijzigen'))
  async reorderOnderdelen(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: ReorderOnderdelenInput,
  ) {
    await this.service.reorder(actor, input);
    return (await this.reader.overeenkomst(input.overeenkomstId, NEED_ALL)).onderdelen;
  }

  private async read(overeenkomstId: string, id: string, need: Need): Promise<OnderdeelModel> {
    const overeenkomst = await this.reader.overeenkomst(overeenkomstId, need);
    return overeenkomst.onderdelen.find((o) => o.id === id)!;
  }
}
