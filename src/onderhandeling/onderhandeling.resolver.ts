import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { IdInput } from '../common/id.input';
import { VoorstelStatus } from './onderhandeling.entities';
import {
  BeoordeelVoorstelInput,
  OpmerkingStatusInput,
  PlaatsOpmerkingInput,
  ReageerInput,
  StandpuntInput,
  WijzigingsvoorstelInput,
} from './onderhandeling.inputs';
import {
  OpmerkingModel,
  StandpuntenMatrixModel,
  StandpuntModel,
  WijzigingsvoorstelModel,
} from './onderhandeling.models';
import { OpmerkingenService } from './opmerkingen.service';
import { StandpuntenService } from './standpunten.service';
import { VoorstellenService } from './voorstellen.service';
import { Vereist, zichtbaarVia } from '../partijen/vereist';

@Resolver()
export class OnderhandelingResolver {
  constructor(
    private readonly standpuntenService: StandpuntenService,
    private readonly opmerkingenService: OpmerkingenService,
    private readonly voorstellen: VoorstellenService,
  ) {}

  @Query(() => StandpuntenMatrixModel, {
    description: 'Per afspraak van een onderdeel het standpunt van elke ondertekenaar',
  })
  @Vereist(zichtbaarVia('onderdeel', 'onderdeelId'))
  async standpunten(@Args('onderdeelId', { type: () => ID }) onderdeelId: string) {
    return this.standpuntenService.matrix(onderdeelId);
  }

  @Mutation(() => StandpuntModel, {
    description: 'Neemt of vernieuwt het standpunt van uw partij over een afspraak',
  })
  neemStandpunt(@HuidigeGebruiker() actor: Actor, @Args('input') input: StandpuntInput) {
    return this.standpuntenService.neem(actor, input);
  }

  @Query(() => [OpmerkingModel], { description: 'De opmerkingen bij een afspraak, per draad' })
  @Vereist(zichtbaarVia('afspraak', 'afspraakId'))
  async opmerkingen(
    @Args('afspraakId', { type: () => ID }) afspraakId: string,
    @Args('alleenOpen', { defaultValue: false }) alleenOpen: boolean,
  ) {
    return this.opmerkingenService.lijst(afspraakId, alleenOpen);
  }

  @Mutation(() => OpmerkingModel)
  plaatsOpmerking(@HuidigeGebruiker() actor: Actor, @Args('input') input: PlaatsOpmerkingInput) {
    return this.opmerkingenService.plaats(actor, input);
  }

  @Mutation(() => OpmerkingModel, { description: 'Reageert; geeft de hele draad terug' })
  reageerOpOpmerking(@HuidigeGebruiker() actor: Actor, @Args('input') input: ReageerInput) {
    return this.opmerkingenService.reageer(actor, input);
  }

  @Mutation(() => OpmerkingModel, { description: 'Markeert de draad als opgelost' })
  losOpmerkingOp(@HuidigeGebruiker() actor: Actor, @Args('input') input: OpmerkingStatusInput) {
    return this.opmerkingenService.zetOpgelost(actor, input.opmerkingId, true, input.partijId);
  }

  @Mutation(() => OpmerkingModel, { description: 'Heropent een opgeloste draad' })
  heropenOpmerking(@HuidigeGebruiker() actor: Actor, @Args('input') input: OpmerkingStatusInput) {
    return this.opmerkingenService.zetOpgelost(actor, input.opmerkingId, false, input.partijId);
  }

  @Query(() => [WijzigingsvoorstelModel], { description: 'Wijzigingsvoorstellen, nieuwste eerst' })
  @Vereist(zichtbaarVia('onderdeel', 'onderdeelId'))
  async wijzigingsvoorstellen(
    @Args('onderdeelId', { type: () => ID }) onderdeelId: string,
    @Args('status', { type: () => VoorstelStatus, nullable: true }) status?: VoorstelStatus,
  ) {
    return this.voorstellen.lijst(onderdeelId, status);
  }

  @Query(() => WijzigingsvoorstelModel)
  @Vereist(zichtbaarVia('wijzigingsvoorstel', 'id'))
  async wijzigingsvoorstel(@Args('id', { type: () => ID }) id: string) {
    return this.voorstellen.model(id);
  }

  @Mutation(() => WijzigingsvoorstelModel)
  dienVoorstelIn(@HuidigeGebruiker() actor: Actor, @Args('input') input: WijzigingsvoorstelInput) {
    return this.voorstellen.dienIn(actor, input);
  }

  @Mutation(() => WijzigingsvoorstelModel, {
    description: 'Aanvaardt of wijst af; aanvaard door alle ondertekenaars wordt het doorgevoerd',
  })
  beoordeelVoorstel(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: BeoordeelVoorstelInput,
  ) {
    return this.voorstellen.beoordeel(actor, input);
  }

  @Mutation(() => WijzigingsvoorstelModel)
  trekVoorstelIn(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return this.voorstellen.trekIn(actor, input.id);
  }
}
