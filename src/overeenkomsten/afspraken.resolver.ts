import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import type { GraphQLResolveInfo } from 'graphql';
import { IdInput } from '../common/id.input';
import { Paginated } from '../common/pagination';
import {
  AfsprakenArgs,
  CreateAfspraakInput,
  CreateThemaInput,
  ReorderAfsprakenInput,
  UpdateAfspraakInput,
  UpdateThemaInput,
} from './afspraak.inputs';
import { AfsprakenService } from './afspraken.service';
import { AfspraakModel, ThemaModel } from './overeenkomst.model';
import { alleenDePagina, NEED_ALL, needFrom, type Need } from './overeenkomst-need';
import { OvereenkomstReader } from './overeenkomst.reader';
import { ThemasService } from './themas.service';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import {
  afspraakBewerken,
  GecontroleerdeOvereenkomst,
  indicatorenKoppelen,
  onderdeelBewerken,
  regie,
  themaRegie,
  Vereist,
  zichtbaar,
  zichtbaarVia,
} from '../partijen/vereist';

const AfspraakPage = Paginated(AfspraakModel, 'AfspraakPage');

@Resolver(() => AfspraakModel)
export class AfsprakenResolver {
  constructor(
    private readonly service: AfsprakenService,
    private readonly reader: OvereenkomstReader,
  ) {}

  @Query(() => AfspraakPage, {
    description: 'Afspraken, gefilterd op overeenkomst, onderdeel, type, thema, partij of jaar',
  })
  async afspraken(
    @HuidigeGebruiker() actor: Actor,
    @Args() args: AfsprakenArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { items, total } = await this.service.list(
      actor.partijIds,
      args.filter,
      args.take,
      args.skip,
    );
    const overeenkomsten = await this.reader.overeenkomsten(
      [...new Set(items.map((i) => i.overeenkomstId))],
      needFrom(info),
      alleenDePagina(info) ? items.map((i) => i.id) : undefined,
    );
    const byId = new Map(overeenkomsten.flatMap((o) => o.alleAfspraken).map((a) => [a.id, a]));
    return { items: items.map((i) => byId.get(i.id)!), total };
  }

  @Query(() => AfspraakModel)
  @Vereist(zichtbaarVia('afspraak', 'id'))
  async afspraak(
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.read(overeenkomstId, id, needFrom(info));
  }

  @Mutation(() => AfspraakModel)
  @Vereist(onderdeelBewerken('input.onderdeelId'), indicatorenKoppelen('input.indicatorIds'))
  async createAfspraak(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateAfspraakInput,
  ) {
    const afspraak = await this.service.create(input, actor);
    return this.read(afspraak.overeenkomst.id, afspraak.id, NEED_ALL);
  }

  @Mutation(() => AfspraakModel)
  @Vereist(afspraakBewerken('input.id'), indicatorenKoppelen('input.indicatorIds'))
  async updateAfspraak(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateAfspraakInput,
  ) {
    const afspraak = await this.service.update(input, actor);
    return this.read(afspraak.overeenkomst.id, afspraak.id, NEED_ALL);
  }

  @Mutation(() => ID)
  @Vereist(afspraakBewerken('input.id'))
  async deleteAfspraak(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.service.delete(input.id, actor);
    return input.id;
  }

  @Mutation(() => [AfspraakModel], {
    description: 'Zet de afspraken van een onderdeel in een nieuwe volgorde en nummert opnieuw',
  })
  @Vereist(onderdeelBewerken('input.onderdeelId'))
  async reorderAfspraken(@Args('input') input: ReorderAfsprakenInput) {
    const afspraken = await this.service.reorder(input);
    if (afspraken.length === 0) return [];
    const overeenkomst = await this.reader.overeenkomst(afspraken[0]!.overeenkomst.id, NEED_ALL);
    return overeenkomst.onderdelen.find((o) => o.id === input.onderdeelId)!.afspraken;
  }

  private async read(overeenkomstId: string, id: string, need: Need): Promise<AfspraakModel> {
    const overeenkomst = await this.reader.overeenkomst(overeenkomstId, {
      ...need,
      afspraken: true,
    });
    return overeenkomst.alleAfspraken.find((a) => a.id === id)!;
  }
}

@Resolver(() => ThemaModel)
export class ThemasResolver {
  constructor(
    private readonly service: ThemasService,
    private readonly reader: OvereenkomstReader,
  ) {}

  @Query(() => [ThemaModel], {
    description: 'De standaardthema’s, plus de eigen thema’s van een overeenkomst',
  })
  @Vereist(zichtbaar('overeenkomstId', { optioneel: true }))
  async themas(
    @Args('overeenkomstId', { type: () => ID, nullable: true }) overeenkomstId?: string,
  ) {
    return this.reader.themas(overeenkomstId ?? null);
  }

  @Mutation(() => ThemaModel)
  @Vereist(regie('input.overeenkomstId', 'Thema’s toevoegen'))
  async createThema(@HuidigeGebruiker() actor: Actor, @Args('input') input: CreateThemaInput) {
    return this.read(await this.service.create(actor, input));
  }

  @Mutation(() => ThemaModel)
  @Vereist(themaRegie('input.id', 'Thema’s wijzigen'))
  async updateThema(@HuidigeGebruiker() actor: Actor, @Args('input') input: UpdateThemaInput) {
    return this.read(await this.service.update(actor, input));
  }

  @Mutation(() => ID)
  @Vereist(themaRegie('input.id', 'Thema’s verwijderen'))
  async deleteThema(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return this.service.delete(actor, input.id);
  }

  private async read(thema: {
    id: string;
    overeenkomst?: { id: string } | null;
  }): Promise<ThemaModel> {
    const themas = await this.reader.themas(thema.overeenkomst?.id ?? null);
    return themas.find((t) => t.id === thema.id)!;
  }
}
