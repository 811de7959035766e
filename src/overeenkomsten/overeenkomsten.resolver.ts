import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
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
import { NEED_ALL, needFrom } from './overeenkomst-need';
import { financieelOverzichtModel, FinancieelOverzichtModel } from './financieel-overzicht.model';
import { OvereenkomstReader } from './overeenkomst.reader';
import { partijModel, PartijModel } from '../partijen/partij.model';
import { DeelnemersService } from './deelnemers.service';
import { OvereenkomstenService } from './overeenkomsten.service';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import {
  naastDeLezing,
  nieuweOvereenkomst,
  regie,
  regieVia,
  Vereist,
  zichtbaar,
} from '../partijen/vereist';

const OvereenkomstPage = Paginated(OvereenkomstModel, 'OvereenkomstPage');

@Resolver(() => OvereenkomstModel)
export class OvereenkomstenResolver {
  constructor(
    private readonly service: OvereenkomstenService,
    private readonly deelnemers: DeelnemersService,
    private readonly reader: OvereenkomstReader,
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

  @Query(() => [PartijModel], {
    description:
      'De gemeenten van de overeenkomsten waaraan u deelneemt, op naam (voor het filter op gemeente)',
  })
  async overeenkomstGemeenten(@HuidigeGebruiker() actor: Actor) {
    return (await this.service.gemeenten(actor.partijIds)).map(partijModel);
  }

  @Query(() => OvereenkomstModel)
  // The largest answer of the API: its read starts while visibility is checked.
  @Vereist(naastDeLezing(zichtbaar('id')))
  async overeenkomst(@Args('id', { type: () => ID }) id: string, @Info() info: GraphQLResolveInfo) {
    return this.reader.overeenkomst(id, needFrom(info));
  }

  @Mutation(() => OvereenkomstModel)
  @Vereist(nieuweOvereenkomst('input.gemeenteIds'))
  async createOvereenkomst(@Args('input') input: CreateOvereenkomstInput) {
    return this.reader.overeenkomst((await this.service.create(input)).id, NEED_ALL);
  }

  @Mutation(() => OvereenkomstModel)
  @Vereist(regie('input.id', 'De overeenkomst wijzigen'))
  async updateOvereenkomst(@Args('input') input: UpdateOvereenkomstInput) {
    return this.reader.overeenkomst((await this.service.update(input)).id, NEED_ALL);
  }

  @Mutation(() => ID, { description: 'Verwijdert de overeenkomst met alles wat erin staat' })
  @Vereist(regie('input.id', 'De overeenkomst verwijderen'))
  async deleteOvereenkomst(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @Mutation(() => DeelnemerModel)
  @Vereist(regie('input.overeenkomstId', 'Deelnemers toevoegen'))
  async addDeelnemer(@HuidigeGebruiker() actor: Actor, @Args('input') input: AddDeelnemerInput) {
    return this.deelnemer(await this.deelnemers.addDeelnemer(actor, input));
  }

  @Mutation(() => DeelnemerModel)
  @Vereist(regieVia('deelnemer', 'input.id', 'De rol van een deelnemer wijzigen'))
  async updateDeelnemer(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: UpdateDeelnemerInput,
  ) {
    return this.deelnemer(await this.deelnemers.updateDeelnemer(actor, input));
  }

  @Mutation(() => ID)
  @Vereist(regieVia('deelnemer', 'input.id', 'Een deelnemer weghalen'))
  async removeDeelnemer(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return (await this.deelnemers.removeDeelnemer(actor, input.id)).id;
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

  @ResolveField('financieelOverzicht', () => FinancieelOverzichtModel, {
    description: 'Het geld van de afspraken per partij per jaar (uit Afspraak.bedragen)',
  })
  financieelOverzicht(@Parent() overeenkomst: OvereenkomstModel): FinancieelOverzichtModel {
    return financieelOverzichtModel(overeenkomst);
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
