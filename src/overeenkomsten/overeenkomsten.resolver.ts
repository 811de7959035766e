import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/id.input';
import { PageArgs, Paginated } from '../common/pagination';
import { Indicator } from '../indicatoren/indicator.entity';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Partij } from '../partijen/partij.entity';
import { Afspraak } from './afspraak.entity';
import { AfspraakFilter } from './afspraak.inputs';
import { Onderdeel } from './onderdeel.entity';
import { Deelnemer, Overeenkomst } from './overeenkomst.entity';
import {
  AddDeelnemerInput,
  CreateOvereenkomstInput,
  OvereenkomstFilter,
  UpdateDeelnemerInput,
  UpdateOvereenkomstInput,
} from './overeenkomst.inputs';
import { OvereenkomstenService } from './overeenkomsten.service';
import { Thema } from './thema.entity';
import { ThemasService } from './themas.service';
import { AfsprakenService } from './afspraken.service';

/** An overeenkomst holds a few hundred afspraken at most; the list is not paginated. */
const MAX_AFSPRAKEN = 5000;

const OvereenkomstPage = Paginated(Overeenkomst, 'OvereenkomstPage');

@Resolver(() => Overeenkomst)
export class OvereenkomstenResolver {
  constructor(
    private readonly service: OvereenkomstenService,
    private readonly themaService: ThemasService,
    private readonly afsprakenService: AfsprakenService,
  ) {}

  @Query(() => OvereenkomstPage, { description: 'Overeenkomsten, nieuwste periode eerst' })
  overeenkomsten(
    @Args() page: PageArgs,
    @Args('filter', { type: () => OvereenkomstFilter, nullable: true }) filter?: OvereenkomstFilter,
  ) {
    return this.service.list(filter, page.take, page.skip);
  }

  @Query(() => Overeenkomst)
  overeenkomst(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => Overeenkomst)
  createOvereenkomst(@Args('input') input: CreateOvereenkomstInput) {
    return this.service.create(input);
  }

  @Mutation(() => Overeenkomst)
  updateOvereenkomst(@Args('input') input: UpdateOvereenkomstInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: 'Verwijdert de overeenkomst met alles wat erin staat' })
  deleteOvereenkomst(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @Mutation(() => Deelnemer)
  addDeelnemer(@Args('input') input: AddDeelnemerInput) {
    return this.service.addDeelnemer(input);
  }

  @Mutation(() => Deelnemer)
  updateDeelnemer(@Args('input') input: UpdateDeelnemerInput) {
    return this.service.updateDeelnemer(input);
  }

  @Mutation(() => ID)
  removeDeelnemer(@Args('input') input: IdInput) {
    return this.service.removeDeelnemer(input.id).then((d) => d.id);
  }

  @ResolveField(() => [Partij])
  async gemeenten(@Parent() overeenkomst: Overeenkomst) {
    return (await overeenkomst.gemeenten.load()).getItems();
  }

  @ResolveField(() => [Deelnemer])
  async deelnemers(@Parent() overeenkomst: Overeenkomst) {
    return (await overeenkomst.deelnemers.load()).getItems();
  }

  @ResolveField(() => [Onderdeel], { description: 'Hoofddocument eerst, dan de bijlagen' })
  async onderdelen(@Parent() overeenkomst: Overeenkomst) {
    return sortBy((await overeenkomst.onderdelen.load()).getItems(), (o) => o.volgorde);
  }

  @ResolveField(() => [Jaarschijf])
  async jaarschijven(@Parent() overeenkomst: Overeenkomst) {
    return sortBy((await overeenkomst.jaarschijven.load()).getItems(), (j) => j.jaar);
  }

  @ResolveField(() => [Indicator])
  async indicatoren(@Parent() overeenkomst: Overeenkomst) {
    return sortBy((await overeenkomst.indicatoren.load()).getItems(), (i) => i.naam);
  }

  @ResolveField('afspraken', () => [Afspraak], { description: 'Alle afspraken, per onderdeel in volgorde; optioneel gefilterd' })
  async alleAfspraken(
    @Parent() overeenkomst: Overeenkomst,
    @Args('filter', { type: () => AfspraakFilter, nullable: true }) filter?: AfspraakFilter,
  ) {
    if (filter && Object.values(filter).some((v) => v != null)) {
      const page = await this.afsprakenService.list({ ...filter, overeenkomstId: overeenkomst.id }, MAX_AFSPRAKEN, 0);
      return page.items;
    }
    const onderdelen = await overeenkomst.onderdelen.load();
    const volgorde = new Map(onderdelen.getItems().map((o) => [o.id, o.volgorde]));
    return sortBy((await overeenkomst.afspraken.load()).getItems(), (a) => (volgorde.get(a.onderdeel.id) ?? 0) * 100_000 + a.volgorde);
  }

  @ResolveField(() => [Thema], { description: 'De standaardthema’s en de eigen thema’s van deze overeenkomst' })
  themas(@Parent() overeenkomst: Overeenkomst) {
    return this.themaService.forOvereenkomst(overeenkomst.id);
  }
}

export function sortBy<T>(items: T[], key: (item: T) => number | string): T[] {
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

@Resolver(() => Deelnemer)
export class DeelnemerResolver {
  @ResolveField(() => Partij)
  partij(@Parent() deelnemer: Deelnemer) {
    return deelnemer.partij.load();
  }
}
