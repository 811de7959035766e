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
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { PermissionsService } from '../partijen/permissions.service';

interface Owned {
  id: string;
  indicator: { id: string };
}

@Resolver(() => IndicatorModel)
export class IndicatorenResolver {
  constructor(
    private readonly service: IndicatorenService,
    private readonly reader: OvereenkomstReader,
    private readonly permissions: PermissionsService,
  ) {}

  @Query(() => IndicatorModel)
  async indicator(
    @HuidigeGebruiker() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    const overeenkomstId = await this.permissions.zichtbaarVia(actor, 'indicator', id, 'Indicator');
    return this.read(overeenkomstId, id, needFrom(info));
  }

  @Mutation(() => IndicatorModel)
  async createIndicator(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateIndicatorInput,
  ) {
    await this.permissions.indicatorBewerken(
      actor,
      input.overeenkomstId,
      input.afspraakIds ?? [],
      'Overeenkomst',
      input.overeenkomstId,
    );
    const indicator = await this.service.create(input);
    return this.read(indicator.overeenkomst.id, indicator.id, NEED_ALL);
  }

  @Mutation(() => IndicatorModel)
  async updateIndicator(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateIndicatorInput,
  ) {
    await this.permissions.bestaandeIndicatorBewerken(actor, input.id, input.afspraakIds ?? []);
    const indicator = await this.service.update(input);
    return this.read(indicator.overeenkomst.id, indicator.id, NEED_ALL);
  }

  @Mutation(() => ID)
  async deleteIndicator(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.permissions.bestaandeIndicatorBewerken(actor, input.id);
    return this.service.delete(input.id);
  }

  @Mutation(() => StreefwaardeModel)
  async createStreefwaarde(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateStreefwaardeInput,
  ) {
    await this.permissions.bestaandeIndicatorBewerken(actor, input.indicatorId);
    return this.streefwaarde(await this.service.createStreefwaarde(input));
  }

  @Mutation(() => StreefwaardeModel)
  async updateStreefwaarde(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateStreefwaardeInput,
  ) {
    await this.streefwaardeBewerken(actor, input.id);
    return this.streefwaarde(await this.service.updateStreefwaarde(input));
  }

  @Mutation(() => ID)
  async deleteStreefwaarde(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.streefwaardeBewerken(actor, input.id);
    return this.service.deleteStreefwaarde(input.id);
  }

  @Mutation(() => RealisatieModel)
  async createRealisatie(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateRealisatieInput,
  ) {
    await this.permissions.realisatieInvoeren(
      actor,
      input.indicatorId,
      'Indicator',
      input.indicatorId,
    );
    return this.realisatie(await this.service.createRealisatie(input));
  }

  @Mutation(() => RealisatieModel)
  async updateRealisatie(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateRealisatieInput,
  ) {
    await this.realisatieBewerken(actor, input.id);
    return this.realisatie(await this.service.updateRealisatie(input));
  }

  @Mutation(() => ID)
  async deleteRealisatie(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.realisatieBewerken(actor, input.id);
    return this.service.deleteRealisatie(input.id);
  }

  private async streefwaardeBewerken(actor: Actor, id: string): Promise<void> {
    const indicatorId = await this.permissions.indicatorVan('streefwaarde', id, 'Streefwaarde');
    await this.permissions.bestaandeIndicatorBewerken(actor, indicatorId, [], 'Streefwaarde', id);
  }

  private async realisatieBewerken(actor: Actor, id: string): Promise<void> {
    const indicatorId = await this.permissions.indicatorVan('realisatie', id, 'Realisatie');
    await this.permissions.realisatieInvoeren(actor, indicatorId, 'Realisatie', id);
  }

  private async read(overeenkomstId: string, id: string, need: Need): Promise<IndicatorModel> {
    const overeenkomst = await this.reader.overeenkomst(overeenkomstId, {
      ...need,
      indicatoren: true,
    });
    return overeenkomst.indicatoren.find((i) => i.id === id)!;
  }

  private async indicatorVan(item: Owned): Promise<IndicatorModel> {
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'indicator',
      item.indicator.id,
      'Indicator',
    );
    return this.read(overeenkomstId, item.indicator.id, NEED_ALL);
  }

  private async streefwaarde(item: Owned): Promise<StreefwaardeModel> {
    return (await this.indicatorVan(item)).streefwaarden.find((s) => s.id === item.id)!;
  }

  private async realisatie(item: Owned): Promise<RealisatieModel> {
    return (await this.indicatorVan(item)).realisaties.find((r) => r.id === item.id)!;
  }
}
