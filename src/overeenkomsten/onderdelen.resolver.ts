import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/id.input';
import { Partij } from '../partijen/partij.entity';
import { Afspraak } from './afspraak.entity';
import { Onderdeel } from './onderdeel.entity';
import { Overeenkomst } from './overeenkomst.entity';
import { CreateOnderdeelInput, ReorderOnderdelenInput, UpdateOnderdeelInput } from './overeenkomst.inputs';
import { OnderdelenService } from './onderdelen.service';
import { sortBy } from './overeenkomsten.resolver';

@Resolver(() => Onderdeel)
export class OnderdelenResolver {
  constructor(private readonly service: OnderdelenService) {}

  @Query(() => Onderdeel)
  onderdeel(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => Onderdeel)
  createOnderdeel(@Args('input') input: CreateOnderdeelInput) {
    return this.service.create(input);
  }

  @Mutation(() => Onderdeel)
  updateOnderdeel(@Args('input') input: UpdateOnderdeelInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: 'Verwijdert het onderdeel met zijn afspraken' })
  deleteOnderdeel(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @Mutation(() => [Onderdeel])
  reorderOnderdelen(@Args('input') input: ReorderOnderdelenInput) {
    return this.service.reorder(input);
  }

  @ResolveField(() => Overeenkomst)
  overeenkomst(@Parent() onderdeel: Onderdeel) {
    return onderdeel.overeenkomst.load();
  }

  @ResolveField(() => [Partij], { description: 'De partijen die dit onderdeel ondertekenen' })
  async ondertekenaars(@Parent() onderdeel: Onderdeel) {
    return sortBy((await onderdeel.ondertekenaars.load()).getItems(), (p) => p.naam);
  }

  @ResolveField(() => [Afspraak], { description: 'In volgorde van nummering' })
  async afspraken(@Parent() onderdeel: Onderdeel) {
    return sortBy((await onderdeel.afspraken.load()).getItems(), (a) => a.volgorde);
  }
}
