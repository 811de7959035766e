import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ref, type EntityManager as CoreEntityManager } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { IdInput } from '../common/id.input';
import { PageArgs, Paginated } from '../common/pagination';
import { Indicator } from '../indicatoren/indicator.entity';
import { AfspraakJaarschijf, Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Partij } from '../partijen/partij.entity';
import {
  Activiteit,
  AfspraakDetails,
  detailsFromStored,
  GarantieDetails,
  ProcesDetails,
  TransactiePost,
} from './afspraak-details';
import { AFSPRAAK_TYPE_LABEL } from './afspraak-type';
import { Afspraak, AfspraakBetrokkene } from './afspraak.entity';
import { AfspraakFilter, CreateAfspraakInput, CreateThemaInput, ReorderAfsprakenInput, UpdateAfspraakInput, UpdateThemaInput } from './afspraak.inputs';
import { AfsprakenService } from './afspraken.service';
import { Onderdeel } from './onderdeel.entity';
import { Overeenkomst } from './overeenkomst.entity';
import { sortBy } from './overeenkomsten.resolver';
import { Thema } from './thema.entity';
import { ThemasService } from './themas.service';

const AfspraakPage = Paginated(Afspraak, 'AfspraakPage');

@Resolver(() => Afspraak)
export class AfsprakenResolver {
  constructor(private readonly service: AfsprakenService) {}

  @Query(() => AfspraakPage, { description: 'Afspraken, gefilterd op overeenkomst, onderdeel, type, thema, partij of jaar' })
  afspraken(
    @Args() page: PageArgs,
    @Args('filter', { type: () => AfspraakFilter, nullable: true }) filter?: AfspraakFilter,
  ) {
    return this.service.list(filter, page.take, page.skip);
  }

  @Query(() => Afspraak)
  afspraak(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => Afspraak)
  createAfspraak(@Args('input') input: CreateAfspraakInput) {
    return this.service.create(input);
  }

  @Mutation(() => Afspraak)
  updateAfspraak(@Args('input') input: UpdateAfspraakInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID)
  deleteAfspraak(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @Mutation(() => [Afspraak], { description: 'Zet de afspraken van een onderdeel in een nieuwe volgorde en nummert opnieuw' })
  reorderAfspraken(@Args('input') input: ReorderAfsprakenInput) {
    return this.service.reorder(input);
  }

  @ResolveField(() => String, { description: 'Het type in woorden, bijv. "Garantieafspraak"' })
  typeLabel(@Parent() afspraak: Afspraak) {
    return AFSPRAAK_TYPE_LABEL[afspraak.type];
  }

  @ResolveField(() => AfspraakDetails)
  details(@Parent() afspraak: Afspraak) {
    return detailsFromStored(afspraak.details);
  }

  @ResolveField(() => Onderdeel)
  onderdeel(@Parent() afspraak: Afspraak) {
    return afspraak.onderdeel.load();
  }

  @ResolveField(() => Overeenkomst)
  overeenkomst(@Parent() afspraak: Afspraak) {
    return afspraak.overeenkomst.load();
  }

  @ResolveField(() => Thema)
  thema(@Parent() afspraak: Afspraak) {
    return afspraak.thema.load();
  }

  @ResolveField(() => Partij)
  trekker(@Parent() afspraak: Afspraak) {
    return afspraak.trekker.load();
  }

  @ResolveField(() => [AfspraakBetrokkene])
  async betrokkenen(@Parent() afspraak: Afspraak) {
    return (await afspraak.betrokkenen.load()).getItems();
  }

  @ResolveField(() => [AfspraakJaarschijf], { description: 'De jaarschijven waarin de afspraak geldt, met de invulling per jaar' })
  async jaarschijven(@Parent() afspraak: Afspraak) {
    const items = (await afspraak.jaarschijven.load()).getItems();
    const jaarschijven = await Promise.all(items.map((i) => i.jaarschijf.load()));
    const jaar = new Map(jaarschijven.map((j) => [j!.id, j!.jaar]));
    return sortBy(items, (i) => jaar.get(i.jaarschijf.id) ?? 0);
  }

  @ResolveField(() => [Indicator])
  async indicatoren(@Parent() afspraak: Afspraak) {
    return sortBy((await afspraak.indicatoren.load()).getItems(), (i) => i.naam);
  }
}

@Resolver(() => AfspraakBetrokkene)
export class AfspraakBetrokkeneResolver {
  @ResolveField(() => Partij)
  partij(@Parent() betrokkene: AfspraakBetrokkene) {
    return betrokkene.partij.load();
  }
}

@Resolver(() => AfspraakJaarschijf)
export class AfspraakJaarschijfResolver {
  @ResolveField(() => Jaarschijf)
  jaarschijf(@Parent() item: AfspraakJaarschijf) {
    return item.jaarschijf.load();
  }
}

@Resolver(() => Thema)
export class ThemasResolver {
  constructor(private readonly service: ThemasService) {}

  @Query(() => [Thema], { description: 'De standaardthema’s, plus de eigen thema’s van een overeenkomst' })
  themas(@Args('overeenkomstId', { type: () => ID, nullable: true }) overeenkomstId?: string) {
    return this.service.forOvereenkomst(overeenkomstId ?? null);
  }

  @Mutation(() => Thema)
  createThema(@Args('input') input: CreateThemaInput) {
    return this.service.create(input);
  }

  @Mutation(() => Thema)
  updateThema(@Args('input') input: UpdateThemaInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID)
  deleteThema(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @ResolveField(() => Thema, { nullable: true, description: 'Het domein waaronder deze opgave valt; leeg voor een domein' })
  domein(@Parent() thema: Thema) {
    return thema.domein ? thema.domein.load() : null;
  }
}

/** Partijen named by id inside the type-specific details, loaded through the ORM's batching. */
function partijen(em: CoreEntityManager, ids: string[]): Promise<Partij[]> {
  return Promise.all(ids.map((id) => ref(em.getReference(Partij, id)).loadOrFail()));
}

@Resolver(() => ProcesDetails)
export class ProcesDetailsResolver {
  constructor(private readonly em: EntityManager) {}
  @ResolveField(() => [Partij])
  deelnemers(@Parent() details: ProcesDetails) {
    return partijen(this.em, details.deelnemerIds);
  }
}

@Resolver(() => Activiteit)
export class ActiviteitResolver {
  constructor(private readonly em: EntityManager) {}
  @ResolveField(() => [Partij], { description: 'Wie het uitvoert' })
  partijen(@Parent() activiteit: Activiteit) {
    return partijen(this.em, activiteit.partijIds);
  }
}

@Resolver(() => GarantieDetails)
export class GarantieDetailsResolver {
  constructor(private readonly em: EntityManager) {}
  @ResolveField(() => [Partij])
  garantstellers(@Parent() details: GarantieDetails) {
    return partijen(this.em, details.garantstellerIds);
  }
}

@Resolver(() => TransactiePost)
export class TransactiePostResolver {
  constructor(private readonly em: EntityManager) {}
  @ResolveField(() => Partij)
  partij(@Parent() post: TransactiePost) {
    return ref(this.em.getReference(Partij, post.partijId)).loadOrFail();
  }
}
