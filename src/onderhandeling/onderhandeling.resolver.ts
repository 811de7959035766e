import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { IdInput } from '../common/id.input';
import { VoorstelStatus } from './onderhandeling.entities';
import {
  BeoordeelVoorstelInput,
  OpmerkingStatusInput,
  PlaatsOpmerkingInput,
  ReageerInput,
  StandpuntenInput,
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
import { GecontroleerdeOvereenkomst, regieVia, Vereist, zichtbaarVia } from '../partijen/vereist';
import { OnderdeelModel } from '../overeenkomsten/overeenkomst.model';
import { NEED_ALL } from '../overeenkomsten/overeenkomst-need';
import { OvereenkomstReader } from '../overeenkomsten/overeenkomst.reader';
import { FaseService } from './fase.service';

@Resolver()
export class OnderhandelingResolver {
  constructor(
    private readonly standpuntenService: StandpuntenService,
    private readonly opmerkingenService: OpmerkingenService,
    private readonly voorstellen: VoorstellenService,
    private readonly fase: FaseService,
    private readonly reader: OvereenkomstReader,
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

  @Mutation(() => [StandpuntModel], {
    description:
      'Neemt hetzelfde standpunt over een aantal afspraken van één onderdeel, alles of niets',
  })
  neemStandpunten(@HuidigeGebruiker() actor: Actor, @Args('input') input: StandpuntenInput) {
    return this.standpuntenService.neemOver(actor, input);
  }

  @Mutation(() => OnderdeelModel, {
    description:
      'Opent de onderhandeling: vanaf nu is elke wijziging van de tekst van een afspraak een suggestie (alleen de regie, alleen in concept)',
  })
  @Vereist(regieVia('onderdeel', 'onderdeelId', 'De onderhandeling openen'))
  async openOnderhandeling(
    @HuidigeGebruiker() actor: Actor,
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('onderdeelId', { type: () => ID }) onderdeelId: string,
  ): Promise<OnderdeelModel> {
    await this.fase.open(actor, overeenkomstId, onderdeelId);
    const overeenkomst = await this.reader.overeenkomst(overeenkomstId, NEED_ALL);
    return overeenkomst.onderdelen.find((o) => o.id === onderdeelId)!;
  }

  @Query(() => [OpmerkingModel], { description: 'De opmerkingen bij een afspraak, per draad' })
  @Vereist(zichtbaarVia('afspraak', 'afspraakId'))
  async opmerkingen(
    @Args('afspraakId', { type: () => ID }) afspraakId: string,
    @Args('alleenOpen', { defaultValue: false }) alleenOpen: boolean,
  ) {
    return this.opmerkingenService.lijst(afspraakId, alleenOpen);
  }

  @Query(() => [OpmerkingModel], {
    description:
      'De opmerkingen bij alle afspraken van een onderdeel, per draad (voor de tekst, de marge en de tellers)',
  })
  @Vereist(zichtbaarVia('onderdeel', 'onderdeelId'))
  async onderdeelOpmerkingen(
    @Args('onderdeelId', { type: () => ID }) onderdeelId: string,
    @Args('alleenOpen', { defaultValue: false }) alleenOpen: boolean,
  ) {
    return this.opmerkingenService.vanOnderdeel(onderdeelId, alleenOpen);
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
