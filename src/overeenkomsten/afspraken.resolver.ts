import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
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
import { NEED_ALL, needFrom, OvereenkomstReader, type Need } from './overeenkomst.reader';
import { ThemasService } from './themas.service';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { PermissionsService } from '../partijen/permissions.service';

const AfspraakPage = Paginated(AfspraakModel, 'AfspraakPage');

@Resolver(() => AfspraakModel)
export class AfsprakenResolver {
  constructor(
    private readonly service: AfsprakenService,
    private readonly reader: OvereenkomstReader,
    private readonly permissions: PermissionsService,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  /** Tells open editors and lists that an afspraak came, changed (its fields) or went. */
  private meld(
    soort: GebeurtenisSoort,
    actor: Actor,
    a: { id: string; overeenkomstId: string; onderdeelId: string },
  ): void {
    this.gebeurtenissen.publiceer({
      soort,
      overeenkomstId: a.overeenkomstId,
      onderdeelId: a.onderdeelId,
      afspraakId: a.id,
      onderwerpId: a.id,
      door: actor.naam,
      partij: null,
    });
  }

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
    );
    const byId = new Map(overeenkomsten.flatMap((o) => o.alleAfspraken).map((a) => [a.id, a]));
    return { items: items.map((i) => byId.get(i.id)!), total };
  }

  @Query(() => AfspraakModel)
  async afspraak(
    @HuidigeGebruiker() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    const overeenkomstId = await this.permissions.zichtbaarVia(actor, 'afspraak', id, 'Afspraak');
    return this.read(overeenkomstId, id, needFrom(info));
  }

  @Mutation(() => AfspraakModel)
  async createAfspraak(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateAfspraakInput,
  ) {
    await this.permissions.onderdeelBewerken(actor, input.onderdeelId);
    await this.indicatorenKoppelen(actor, input.indicatorIds);
    const afspraak = await this.service.create(input);
    this.meld(GebeurtenisSoort.AFSPRAAK_NIEUW, actor, {
      id: afspraak.id,
      overeenkomstId: afspraak.overeenkomst.id,
      onderdeelId: input.onderdeelId,
    });
    return this.read(afspraak.overeenkomst.id, afspraak.id, NEED_ALL);
  }

  @Mutation(() => AfspraakModel)
  async updateAfspraak(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateAfspraakInput,
  ) {
    await this.permissions.afspraakBewerken(actor, input.id);
    await this.indicatorenKoppelen(actor, input.indicatorIds);
    const afspraak = await this.service.update(input);
    this.meld(GebeurtenisSoort.AFSPRAAK_GEWIJZIGD, actor, {
      id: afspraak.id,
      overeenkomstId: afspraak.overeenkomst.id,
      onderdeelId: afspraak.onderdeel.id,
    });
    return this.read(afspraak.overeenkomst.id, afspraak.id, NEED_ALL);
  }

  @Mutation(() => ID)
  async deleteAfspraak(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.permissions.afspraakBewerken(actor, input.id);
    const afspraak = await this.service.get(input.id);
    const waar = {
      id: input.id,
      overeenkomstId: afspraak.overeenkomst.id,
      onderdeelId: afspraak.onderdeel.id,
    };
    await this.service.delete(input.id);
    this.meld(GebeurtenisSoort.AFSPRAAK_VERWIJDERD, actor, waar);
    return input.id;
  }

  @Mutation(() => [AfspraakModel], {
    description: 'Zet de afspraken van een onderdeel in een nieuwe volgorde en nummert opnieuw',
  })
  async reorderAfspraken(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: ReorderAfsprakenInput,
  ) {
    await this.permissions.onderdeelBewerken(actor, input.onderdeelId);
    const afspraken = await this.service.reorder(input);
    if (afspraken.length === 0) return [];
    const overeenkomst = await this.reader.overeenkomst(afspraken[0]!.overeenkomst.id, NEED_ALL);
    return overeenkomst.onderdelen.find((o) => o.id === input.onderdeelId)!.afspraken;
  }

  /** Linking an indicator changes who may edit it: only those who may edit it already link it. */
  private async indicatorenKoppelen(
    actor: Actor,
    indicatorIds: string[] | undefined,
  ): Promise<void> {
    for (const indicatorId of indicatorIds ?? []) {
      await this.permissions.bestaandeIndicatorBewerken(actor, indicatorId);
    }
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
    private readonly permissions: PermissionsService,
  ) {}

  @Query(() => [ThemaModel], {
    description: 'De standaardthema’s, plus de eigen thema’s van een overeenkomst',
  })
  async themas(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID, nullable: true }) overeenkomstId?: string,
  ) {
    if (overeenkomstId)
      await this.permissions.zichtbaar(actor, overeenkomstId, 'Overeenkomst', overeenkomstId);
    return this.reader.themas(overeenkomstId ?? null);
  }

  @Mutation(() => ThemaModel)
  async createThema(@HuidigeGebruiker() actor: Actor, @Args('input') input: CreateThemaInput) {
    await this.permissions.regie(
      actor,
      input.overeenkomstId,
      'Overeenkomst',
      input.overeenkomstId,
      'Thema’s toevoegen',
    );
    return this.read(await this.service.create(input));
  }

  @Mutation(() => ThemaModel)
  async updateThema(@HuidigeGebruiker() actor: Actor, @Args('input') input: UpdateThemaInput) {
    await this.regie(actor, input.id, 'Thema’s wijzigen');
    return this.read(await this.service.update(input));
  }

  @Mutation(() => ID)
  async deleteThema(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.regie(actor, input.id, 'Thema’s verwijderen');
    return this.service.delete(input.id);
  }

  /** Own themes follow the overeenkomst's regie; the shared defaults are refused by the service. */
  private async regie(actor: Actor, id: string, wat: string): Promise<void> {
    const overeenkomstId = await this.permissions.themaVan(id);
    if (overeenkomstId) await this.permissions.regie(actor, overeenkomstId, 'Thema', id, wat);
  }

  private async read(thema: {
    id: string;
    overeenkomst?: { id: string } | null;
  }): Promise<ThemaModel> {
    const themas = await this.reader.themas(thema.overeenkomst?.id ?? null);
    return themas.find((t) => t.id === thema.id)!;
  }
}
