import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { IdInput } from '../common/id.input';
import { OnderdeelModel } from './overeenkomst.model';
import {
  CreateOnderdeelInput,
  ReorderOnderdelenInput,
  UpdateOnderdeelInput,
} from './overeenkomst.inputs';
import { NEED_ALL, needFrom, OvereenkomstReader, type Need } from './overeenkomst.reader';
import { OnderdelenService } from './onderdelen.service';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { PermissionsService } from '../partijen/permissions.service';

@Resolver(() => OnderdeelModel)
export class OnderdelenResolver {
  constructor(
    private readonly service: OnderdelenService,
    private readonly reader: OvereenkomstReader,
    private readonly permissions: PermissionsService,
  ) {}

  @Query(() => OnderdeelModel)
  async onderdeel(
    @HuidigeGebruiker() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    const overeenkomstId = await this.permissions.zichtbaarVia(actor, 'onderdeel', id, 'Onderdeel');
    return this.read(overeenkomstId, id, needFrom(info));
  }

  @Mutation(() => OnderdeelModel)
  async createOnderdeel(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateOnderdeelInput,
  ) {
    await this.permissions.regie(
      actor,
      input.overeenkomstId,
      'Overeenkomst',
      input.overeenkomstId,
      'Onderdelen toevoegen',
    );
    const onderdeel = await this.service.create(input);
    return this.read(onderdeel.overeenkomst.id, onderdeel.id, NEED_ALL);
  }

  @Mutation(() => OnderdeelModel)
  async updateOnderdeel(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateOnderdeelInput,
  ) {
    const overeenkomstId = await this.permissions.regieVia(
      actor,
      'onderdeel',
      input.id,
      'Onderdeel',
      'Een onderdeel en zijn ondertekenaars wijzigen',
    );
    const onderdeel = await this.service.update(actor, overeenkomstId, input);
    return this.read(onderdeel.overeenkomst.id, onderdeel.id, NEED_ALL);
  }

  @Mutation(() => ID, { description: 'Verwijdert het onderdeel met zijn afspraken' })
  async deleteOnderdeel(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.permissions.regieVia(
      actor,
      'onderdeel',
      input.id,
      'Onderdeel',
      'Een onderdeel verwijderen',
    );
    return this.service.delete(input.id);
  }

  @Mutation(() => [OnderdeelModel])
  async reorderOnderdelen(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: ReorderOnderdelenInput,
  ) {
    await this.permissions.regie(
      actor,
      input.overeenkomstId,
      'Overeenkomst',
      input.overeenkomstId,
      'De volgorde van onderdelen wijzigen',
    );
    await this.service.reorder(input);
    return (await this.reader.overeenkomst(input.overeenkomstId, NEED_ALL)).onderdelen;
  }

  private async read(overeenkomstId: string, id: string, need: Need): Promise<OnderdeelModel> {
    const overeenkomst = await this.reader.overeenkomst(overeenkomstId, need);
    return overeenkomst.onderdelen.find((o) => o.id === id)!;
  }
}
