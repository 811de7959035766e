import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/id.input';
import { Paginated } from '../common/pagination';
import { partijModel, PartijModel } from './partij.model';
import { CreatePartijInput, PartijenArgs, UpdatePartijInput } from './partij.inputs';
import { PartijenService } from './partijen.service';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { PermissionsService } from './permissions.service';

export const PartijPage = Paginated(PartijModel, 'PartijPage');

@Resolver(() => PartijModel)
export class PartijenResolver {
  constructor(
    private readonly service: PartijenService,
    private readonly permissions: PermissionsService,
  ) {}

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
  async createPartij(@HuidigeGebruiker() actor: Actor, @Args('input') input: CreatePartijInput) {
    this.permissions.partijRegistreren(actor);
    return partijModel(await this.service.create(input));
  }

  @Mutation(() => PartijModel)
  async updatePartij(@HuidigeGebruiker() actor: Actor, @Args('input') input: UpdatePartijInput) {
    await this.service.get(input.id);
    this.permissions.partijBeheer(actor, input.id);
    return partijModel(await this.service.update(input));
  }

  @Mutation(() => ID, {
    description: 'Verwijdert een partij die nergens aan deelneemt; geeft het id terug',
  })
  async deletePartij(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.service.get(input.id);
    this.permissions.partijBeheer(actor, input.id);
    return this.service.delete(input.id);
  }
}
