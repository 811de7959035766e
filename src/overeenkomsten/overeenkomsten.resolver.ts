import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { IdInput } from '../common/id.input';
import { Paginated } from '../common/pagination';
import { AfspraakFilter } from './afspraak.inputs';
import { AfspraakModel, DeelnemerModel, OvereenkomstModel } from './overeenkomst.model';
import {
  AddDeelnemerInput,
  CreateOvereenkomstInput,
  OvereenkomstenArgs,
  UpdateDeelnemerInput,
  UpdateOvereenkomstInput,
} from './overeenkomst.inputs';
import { NEED_ALL, needFrom, OvereenkomstReader } from './overeenkomst.reader';
import { OvereenkomstenService } from './overeenkomsten.service';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { PermissionsService } from '../partijen/permissions.service';

const OvereenkomstPage = Paginated(OvereenkomstModel, 'OvereenkomstPage');

@Resolver(() => OvereenkomstModel)
export class OvereenkomstenResolver {
  constructor(
    private readonly service: OvereenkomstenService,
    private readonly reader: OvereenkomstReader,
    private readonly permissions: PermissionsService,
  ) {}

  @Query(() => OvereenkomstPage, { description: 'Overeenkomsten, nieuwste periode eerst' })
  async overeenkomsten(
    @HuidigeGebruiker() actor: Actor,
    @Args() args: OvereenkomstenArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { ids, total } = await this.service.list(
      actor.partijIds,
      args.filter,
      args.take,
      args.skip,
    );
    return { items: await this.reader.overeenkomsten(ids, needFrom(info)), total };
  }

  @Query(() => OvereenkomstModel)
  async overeenkomst(
    @HuidigeGebruiker() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The check and the read run side by side (one round trip less for the largest answer of
    // the API); nothing read is returned unless the check passes.
    const [, overeenkomst] = await Promise.all([
      this.permissions.zichtbaar(actor, id, 'Overeenkomst', id),
      this.reader.overeenkomst(id, needFrom(info)),
    ]);
    return overeenkomst;
  }

  @Mutation(() => OvereenkomstModel)
  async createOvereenkomst(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: CreateOvereenkomstInput,
  ) {
    this.permissions.nieuweOvereenkomst(actor, input.gemeenteIds);
    return this.reader.overeenkomst((await this.service.create(input)).id, NEED_ALL);
  }

  @Mutation(() => OvereenkomstModel)
  async updateOvereenkomst(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateOvereenkomstInput,
  ) {
    await this.permissions.regie(
      actor,
      input.id,
      'Overeenkomst',
      input.id,
      'De overeenkomst wijzigen',
    );
    return this.reader.overeenkomst((await this.service.update(input)).id, NEED_ALL);
  }

  @Mutation(() => ID, { description: 'Verwijdert de overeenkomst met alles wat erin staat' })
  async deleteOvereenkomst(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.permissions.regie(
      actor,
      input.id,
      'Overeenkomst',
      input.id,
      'De overeenkomst verwijderen',
    );
    return this.service.delete(input.id);
  }

  @Mutation(() => DeelnemerModel)
  async addDeelnemer(@HuidigeGebruiker() actor: Actor, @Args('input') input: AddDeelnemerInput) {
    await this.permissions.regie(
      actor,
      input.overeenkomstId,
      'Overeenkomst',
      input.overeenkomstId,
      'Deelnemers toevoegen',
    );
    return this.deelnemer(await this.service.addDeelnemer(actor, input));
  }

  @Mutation(() => DeelnemerModel)
  async updateDeelnemer(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateDeelnemerInput,
  ) {
    await this.permissions.regieVia(
      actor,
      'deelnemer',
      input.id,
      'Deelnemer',
      'De rol van een deelnemer wijzigen',
    );
    return this.deelnemer(await this.service.updateDeelnemer(actor, input));
  }

  @Mutation(() => ID)
  async removeDeelnemer(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    await this.permissions.regieVia(
      actor,
      'deelnemer',
      input.id,
      'Deelnemer',
      'Een deelnemer weghalen',
    );
    return (await this.service.removeDeelnemer(actor, input.id)).id;
  }

  @ResolveField('afspraken', () => [AfspraakModel], {
    description: 'Alle afspraken, hoofddocument eerst, in volgorde; optioneel gefilterd',
  })
  afspraken(
    @Parent() overeenkomst: OvereenkomstModel,
    @Args('filter', { type: () => AfspraakFilter, nullable: true }) filter?: AfspraakFilter,
  ): AfspraakModel[] {
    return overeenkomst.alleAfspraken.filter((a) => matches(a, filter));
  }

  private async deelnemer(deelnemer: {
    id: string;
    overeenkomst: { id: string };
  }): Promise<DeelnemerModel> {
    const overeenkomst = await this.reader.overeenkomst(deelnemer.overeenkomst.id, {
      afspraken: false,
      indicatoren: false,
    });
    return overeenkomst.deelnemers.find((d) => d.id === deelnemer.id)!;
  }
}

/** The afspraken filter, applied to an agreement that is already loaded. */
export function matches(afspraak: AfspraakModel, filter: AfspraakFilter | undefined): boolean {
  if (!filter) return true;
  return (
    (!filter.overeenkomstId || afspraak.overeenkomst.id === filter.overeenkomstId) &&
    (!filter.onderdeelId || afspraak.onderdeel.id === filter.onderdeelId) &&
    (!filter.type || afspraak.type === filter.type) &&
    (!filter.themaId ||
      afspraak.thema.id === filter.themaId ||
      afspraak.thema.domein?.id === filter.themaId) &&
    (!filter.partijId ||
      afspraak.trekker.id === filter.partijId ||
      afspraak.betrokkenen.some((b) => b.partij.id === filter.partijId)) &&
    (!filter.jaar || afspraak.jaarschijven.some((j) => j.jaar === filter.jaar))
  );
}
