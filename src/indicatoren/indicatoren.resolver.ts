import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { IdInput } from '../common/id.input';
import {
  IndicatorModel,
  RealisatieModel,
  StreefwaardeModel,
} from '../overeenkomsten/overeenkomst.model';
import {
  NEED_ALL,
  needFrom,
  OvereenkomstReader,
  type Need,
} from '../overeenkomsten/overeenkomst.reader';
import {
  CreateIndicatorInput,
  CreateRealisatieInput,
  CreateStreefwaardeInput,
  UpdateIndicatorInput,
  UpdateRealisatieInput,
  UpdateStreefwaardeInput,
} from './indicator.inputs';
import { IndicatorenService } from './indicatoren.service';

interface Owned {
  id: string;
  indicator: { id: string };
}

@Resolver(() => IndicatorModel)
export class IndicatorenResolver {
  constructor(
    private readonly service: IndicatorenService,
    private readonly reader: OvereenkomstReader,
  ) {}

  @Query(() => IndicatorModel)
  async indicator(@Args('id', { type: () => ID }) id: string, @Info() info: GraphQLResolveInfo) {
    return this.read(await this.reader.ownerOf('indicator', id, 'Indicator'), id, needFrom(info));
  }

  @Mutation(() => IndicatorModel)
  async createIndicator(@Args('input') input: CreateIndicatorInput) {
    const indicator = await this.service.create(input);
    return this.read(indicator.overeenkomst.id, indicator.id, NEED_ALL);
  }

  @Mutation(() => IndicatorModel)
  async updateIndicator(@Args('input') input: UpdateIndicatorInput) {
    const indicator = await this.service.update(input);
    return this.read(indicator.overeenkomst.id, indicator.id, NEED_ALL);
  }

  @Mutation(() => ID)
  deleteIndicator(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @Mutation(() => StreefwaardeModel)
  async createStreefwaarde(@Args('input') input: CreateStreefwaardeInput) {
    return this.streefwaarde(await this.service.createStreefwaarde(input));
  }

  @Mutation(() => StreefwaardeModel)
  async updateStreefwaarde(@Args('input') input: UpdateStreefwaardeInput) {
    return this.streefwaarde(await this.service.updateStreefwaarde(input));
  }

  @Mutation(() => ID)
  deleteStreefwaarde(@Args('input') input: IdInput) {
    return this.service.deleteStreefwaarde(input.id);
  }

  @Mutation(() => RealisatieModel)
  async createRealisatie(@Args('input') input: CreateRealisatieInput) {
    return this.realisatie(await this.service.createRealisatie(input));
  }

  @Mutation(() => RealisatieModel)
  async updateRealisatie(@Args('input') input: UpdateRealisatieInput) {
    return this.realisatie(await this.service.updateRealisatie(input));
  }

  @Mutation(() => ID)
  deleteRealisatie(@Args('input') input: IdInput) {
    return this.service.deleteRealisatie(input.id);
  }

  private async read(overeenkomstId: string, id: string, need: Need): Promise<IndicatorModel> {
    const overeenkomst = await this.reader.overeenkomst(overeenkomstId, {
      ...need,
      indicatoren: true,
    });
    return overeenkomst.indicatoren.find((i) => i.id === id)!;
  }

  private async streefwaarde(item: Owned): Promise<StreefwaardeModel> {
    const indicator = await this.read(
      await this.reader.ownerOf('indicator', item.indicator.id, 'Indicator'),
      item.indicator.id,
      NEED_ALL,
    );
    return indicator.streefwaarden.find((s) => s.id === item.id)!;
  }

  private async realisatie(item: Owned): Promise<RealisatieModel> {
    const indicator = await this.read(
      await this.reader.ownerOf('indicator', item.indicator.id, 'Indicator'),
      item.indicator.id,
      NEED_ALL,
    );
    return indicator.realisaties.find((r) => r.id === item.id)!;
  }
}
