import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import type { GraphQLResolveInfo } from 'graphql';
import { IdInput } from '../common/id.input';
import {
  IndicatorModel,
  RealisatieModel,
  StreefwaardeModel,
} from '../overeenkomsten/overeenkomst.model';
import { NEED_ALL, needFrom, type Need } from '../overeenkomsten/overeenkomst-need';
import { OvereenkomstReader } from '../overeenkomsten/overeenkomst.reader';
import {
  CreateIndicatorInput,
  CreateRealisatieInput,
  CreateStreefwaardeInput,
  UpdateIndicatorInput,
  UpdateRealisatieInput,
  UpdateStreefwaardeInput,
} from './indicator.inputs';
import { IndicatorenService } from './indicatoren.service';
import {
  GecontroleerdeOvereenkomst,
  indicatorBewerken,
  nieuweIndicator,
  realisatieBewerken,
  realisatieInvoeren,
  streefwaardeBewerken,
  Vereist,
  zichtbaarVia,
} from '../partijen/vereist';

@Resolver(() => IndicatorModel)
export class IndicatorenResolver {
  constructor(
    private readonly service: IndicatorenService,
    private readonly reader: OvereenkomstReader,
  ) {}

  @Query(() => IndicatorModel)
  @Vereist(zichtbaarVia('indicator', 'id'))
  async indicator(
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.read(overeenkomstId, id, needFrom(info));
  }

  @Mutation(() => IndicatorModel)
  @Vereist(nieuweIndicator('input.overeenkomstId', 'input.afspraakIds'))
  async createIndicator(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateIndicatorInput,
  ) {
    const indicator = await this.service.create(actor, input);
    return this.read(indicator.overeenkomst.id, indicator.id, NEED_ALL);
  }

  @Mutation(() => IndicatorModel)
  @Vereist(indicatorBewerken('input.id', 'input.afspraakIds'))
  async updateIndicator(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateIndicatorInput,
  ) {
    const indicator = await this.service.update(actor, input);
    return this.read(indicator.overeenkomst.id, indicator.id, NEED_ALL);
  }

  @Mutation(() => ID)
  @Vereist(indicatorBewerken('input.id'))
  async deleteIndicator(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return this.service.delete(actor, input.id);
  }

  @Mutation(() => StreefwaardeModel)
  @Vereist(indicatorBewerken('input.indicatorId'))
  async createStreefwaarde(
    @HuidigeGebruiker() actor: Actor,
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('input') input: CreateStreefwaardeInput,
  ) {
    const streefwaarde = await this.service.createStreefwaarde(actor, input);
    return this.streefwaarde(overeenkomstId, streefwaarde);
  }

  @Mutation(() => StreefwaardeModel)
  @Vereist(streefwaardeBewerken('input.id'))
  async updateStreefwaarde(
    @HuidigeGebruiker() actor: Actor,
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('input') input: UpdateStreefwaardeInput,
  ) {
    const streefwaarde = await this.service.updateStreefwaarde(actor, input);
    return this.streefwaarde(overeenkomstId, streefwaarde);
  }

  @Mutation(() => ID)
  @Vereist(streefwaardeBewerken('input.id'))
  async deleteStreefwaarde(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return this.service.deleteStreefwaarde(actor, input.id);
  }

  @Mutation(() => RealisatieModel)
  @Vereist(realisatieInvoeren('input.indicatorId'))
  async createRealisatie(
    @HuidigeGebruiker() actor: Actor,
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('input') input: CreateRealisatieInput,
  ) {
    const realisatie = await this.service.createRealisatie(actor, input);
    return this.realisatie(overeenkomstId, realisatie);
  }

  @Mutation(() => RealisatieModel)
  @Vereist(realisatieBewerken('input.id'))
  async updateRealisatie(
    @HuidigeGebruiker() actor: Actor,
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('input') input: UpdateRealisatieInput,
  ) {
    const realisatie = await this.service.updateRealisatie(actor, input);
    return this.realisatie(overeenkomstId, realisatie);
  }

  @Mutation(() => ID)
  @Vereist(realisatieBewerken('input.id'))
  async deleteRealisatie(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return this.service.deleteRealisatie(actor, input.id);
  }

  private async read(overeenkomstId: string, id: string, need: Need): Promise<IndicatorModel> {
    const overeenkomst = await this.reader.overeenkomst(overeenkomstId, {
      ...need,
      indicatoren: true,
    });
    return overeenkomst.indicatoren.find((i) => i.id === id)!;
  }

  private async streefwaarde(overeenkomstId: string, item: Owned): Promise<StreefwaardeModel> {
    const indicator = await this.read(overeenkomstId, item.indicator.id, NEED_ALL);
    return [
      ...indicator.streefwaarden,
      ...indicator.streefwaardenPerLocatie,
      ...indicator.horizondoelen,
    ].find((s) => s.id === item.id)!;
  }

  private async realisatie(overeenkomstId: string, item: Owned): Promise<RealisatieModel> {
    const indicator = await this.read(overeenkomstId, item.indicator.id, NEED_ALL);
    return [...indicator.realisaties, ...indicator.realisatiesPerLocatie].find(
      (r) => r.id === item.id,
    )!;
  }
}

/** A streefwaarde or realisatie: read back through the indicator it belongs to. */
interface Owned {
  id: string;
  indicator: { id: string };
}
