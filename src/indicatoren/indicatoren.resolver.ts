import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/id.input';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { sortBy } from '../overeenkomsten/overeenkomsten.resolver';
import { Indicator, Realisatie, Streefwaarde } from './indicator.entity';
import {
  CreateIndicatorInput,
  CreateRealisatieInput,
  CreateStreefwaardeInput,
  UpdateIndicatorInput,
  UpdateRealisatieInput,
  UpdateStreefwaardeInput,
} from './indicator.inputs';
import { IndicatorenService } from './indicatoren.service';

/** Loads each item's jaarschijf (batched) and returns the items by year. */
async function byJaar<T extends { jaarschijf: { id: string; load(): Promise<Jaarschijf | null> } }>(items: T[]): Promise<T[]> {
  const jaarschijven = await Promise.all(items.map((i) => i.jaarschijf.load()));
  const jaar = new Map(jaarschijven.map((j) => [j!.id, j!.jaar]));
  return sortBy(items, (i) => jaar.get(i.jaarschijf.id) ?? 0);
}

@Resolver(() => Indicator)
export class IndicatorenResolver {
  constructor(private readonly service: IndicatorenService) {}

  @Query(() => Indicator)
  indicator(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => Indicator)
  createIndicator(@Args('input') input: CreateIndicatorInput) {
    return this.service.create(input);
  }

  @Mutation(() => Indicator)
  updateIndicator(@Args('input') input: UpdateIndicatorInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID)
  deleteIndicator(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @Mutation(() => Streefwaarde)
  createStreefwaarde(@Args('input') input: CreateStreefwaardeInput) {
    return this.service.createStreefwaarde(input);
  }

  @Mutation(() => Streefwaarde)
  updateStreefwaarde(@Args('input') input: UpdateStreefwaardeInput) {
    return this.service.updateStreefwaarde(input);
  }

  @Mutation(() => ID)
  deleteStreefwaarde(@Args('input') input: IdInput) {
    return this.service.deleteStreefwaarde(input.id);
  }

  @Mutation(() => Realisatie)
  createRealisatie(@Args('input') input: CreateRealisatieInput) {
    return this.service.createRealisatie(input);
  }

  @Mutation(() => Realisatie)
  updateRealisatie(@Args('input') input: UpdateRealisatieInput) {
    return this.service.updateRealisatie(input);
  }

  @Mutation(() => ID)
  deleteRealisatie(@Args('input') input: IdInput) {
    return this.service.deleteRealisatie(input.id);
  }

  @ResolveField(() => Overeenkomst)
  overeenkomst(@Parent() indicator: Indicator) {
    return indicator.overeenkomst.load();
  }

  @ResolveField(() => [Afspraak])
  async afspraken(@Parent() indicator: Indicator) {
    return (await indicator.afspraken.load()).getItems();
  }

  @ResolveField(() => [Streefwaarde], { description: 'Per jaarschijf, oplopend' })
  async streefwaarden(@Parent() indicator: Indicator) {
    return byJaar((await indicator.streefwaarden.load()).getItems());
  }

  @ResolveField(() => [Realisatie], { description: 'Per jaarschijf, oplopend' })
  async realisaties(@Parent() indicator: Indicator) {
    return byJaar((await indicator.realisaties.load()).getItems());
  }
}

@Resolver(() => Streefwaarde)
export class StreefwaardeResolver {
  @ResolveField(() => Jaarschijf)
  jaarschijf(@Parent() streefwaarde: Streefwaarde) {
    return streefwaarde.jaarschijf.load();
  }

  @ResolveField(() => Int)
  async jaar(@Parent() streefwaarde: Streefwaarde) {
    return (await streefwaarde.jaarschijf.loadOrFail()).jaar;
  }
}

@Resolver(() => Realisatie)
export class RealisatieResolver {
  @ResolveField(() => Jaarschijf)
  jaarschijf(@Parent() realisatie: Realisatie) {
    return realisatie.jaarschijf.load();
  }

  @ResolveField(() => Int)
  async jaar(@Parent() realisatie: Realisatie) {
    return (await realisatie.jaarschijf.loadOrFail()).jaar;
  }
}
