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

@Resolver(() => OnderdeelModel)
export class OnderdelenResolver {
  constructor(
    private readonly service: OnderdelenService,
    private readonly reader: OvereenkomstReader,
  ) {}

  @Query(() => OnderdeelModel)
  async onderdeel(@Args('id', { type: () => ID }) id: string, @Info() info: GraphQLResolveInfo) {
    return this.read(await this.reader.ownerOf('onderdeel', id, 'Onderdeel'), id, needFrom(info));
  }

  @Mutation(() => OnderdeelModel)
  async createOnderdeel(@Args('input') input: CreateOnderdeelInput) {
    const onderdeel = await this.service.create(input);
    return this.read(onderdeel.overeenkomst.id, onderdeel.id, NEED_ALL);
  }

  @Mutation(() => OnderdeelModel)
  async updateOnderdeel(@Args('input') input: UpdateOnderdeelInput) {
    const onderdeel = await this.service.update(input);
    return this.read(onderdeel.overeenkomst.id, onderdeel.id, NEED_ALL);
  }

  @Mutation(() => ID, { description: 'Verwijdert het onderdeel met zijn afspraken' })
  deleteOnderdeel(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @Mutation(() => [OnderdeelModel])
  async reorderOnderdelen(@Args('input') input: ReorderOnderdelenInput) {
    await this.service.reorder(input);
    return (await this.reader.overeenkomst(input.overeenkomstId, NEED_ALL)).onderdelen;
  }

  private async read(overeenkomstId: string, id: string, need: Need): Promise<OnderdeelModel> {
    const overeenkomst = await this.reader.overeenkomst(overeenkomstId, need);
    return overeenkomst.onderdelen.find((o) => o.id === id)!;
  }
}
