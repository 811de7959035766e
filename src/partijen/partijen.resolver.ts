import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { IdInput } from '../common/id.input';
import { Paginated } from '../common/pagination';
import { partijModel, PartijModel } from './partij.model';
import { CreatePartijInput, PartijenArgs, UpdatePartijInput } from './partij.inputs';
import { PartijenService } from './partijen.service';
import { partijBeheer, partijRegistreren, Vereist } from './vereist';

export const PartijPage = Paginated(PartijModel, 'PartijPage');

@Resolver(() => PartijModel)
export class PartijenResolver {
  constructor(private readonly service: PartijenService) {}

  @Query(() => PartijPage, { description: 'Organisaties, op naam gesorteerd' })
  async partijen(@Args() args: PartijenArgs) {
    const { items, total } = await this.service.list(args.filter, args.take, args.skip);
    return { items: items.map(partijModel), total };
  }

  @Query(() => PartijModel)
  async partij(@Args('id', { type: () => ID }) id: string) {
    return partijModel(await this.service.get(id));
  }

  @Mutation(() => PartijModel)
  @Vereist(partijRegistreren())
  async createPartij(@Args('input') input: CreatePartijInput) {
    return partijModel(await this.service.create(input));
  }

  @Mutation(() => PartijModel)
  @Vereist(partijBeheer('input.id'))
  async updatePartij(@Args('input') input: UpdatePartijInput) {
    return partijModel(await this.service.update(input));
  }

  @Mutation(() => ID, {
    description: 'Verwijdert een partij die nergens aan deelneemt; geeft het id terug',
  })
  @Vereist(partijBeheer('input.id'))
  async deletePartij(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }
}
