import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/id.input';
import { PageArgs, Paginated } from '../common/pagination';
import { Partij } from './partij.entity';
import { CreatePartijInput, PartijFilter, UpdatePartijInput } from './partij.inputs';
import { PartijenService } from './partijen.service';

export const PartijPage = Paginated(Partij, 'PartijPage');

@Resolver(() => Partij)
export class PartijenResolver {
  constructor(private readonly service: PartijenService) {}

  @Query(() => PartijPage, { description: 'Organisaties, op naam gesorteerd' })
  partijen(
    @Args() page: PageArgs,
    @Args('filter', { type: () => PartijFilter, nullable: true }) filter?: PartijFilter,
  ) {
    return this.service.list(filter, page.take, page.skip);
  }

  @Query(() => Partij)
  partij(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => Partij)
  createPartij(@Args('input') input: CreatePartijInput) {
    return this.service.create(input);
  }

  @Mutation(() => Partij)
  updatePartij(@Args('input') input: UpdatePartijInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: 'Verwijdert een partij die nergens aan deelneemt; geeft het id terug' })
  deletePartij(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }
}
