import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { Klok } from '../common/klok';
import {
  CyclusPaginaModel,
  JaarcyclusArgs,
  JaarschijfStapModel,
  KalenderInput,
  KalenderModel,
  ZetJaarschijfStatusInput,
} from './jaarcyclus.models';
import { JaarcyclusService } from './jaarcyclus.service';
import { Vereist, zichtbaar } from '../partijen/vereist';

@Resolver()
export class JaarcyclusResolver {
  constructor(
    private readonly service: JaarcyclusService,
    private readonly klok: Klok,
  ) {}

  @Query(() => CyclusPaginaModel, {
    description:
      'De drie cycli die op een datum lopen (vorig jaar in evaluatie, dit jaar in uitvoering, volgend jaar in onderhandeling), met wat er moet, af is en te laat is; per overeenkomst, een pagina tegelijk, optioneel voor één overeenkomst of één gemeente',
  })
  jaarcyclus(
    @HuidigeGebruiker() actor: Actor,
    @Args() { op, overeenkomstId, gemeenteId, skip, take }: JaarcyclusArgs,
  ) {
    return this.service.pagina(
      actor,
      op ?? this.klok.nu(),
      { overeenkomstId, gemeenteId },
      { skip, take },
    );
  }

  @Query(() => KalenderModel)
  @Vereist(zichtbaar('overeenkomstId'))
  async kalender(@Args('overeenkomstId', { type: () => ID }) overeenkomstId: string) {
    return this.service.kalender(overeenkomstId);
  }

  @Query(() => [JaarschijfStapModel], {
    description:
      'Per jaarschijf de volgende stap die met de hand gezet wordt, en of u die nu kunt zetten (zo niet: waarom en vanaf wanneer)',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  jaarschijfStappen(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ) {
    return this.service.stappen(actor, overeenkomstId);
  }

  @Mutation(() => KalenderModel, { description: 'Past de dagen van de jaarcyclus aan (regie)' })
  wijzigKalender(@HuidigeGebruiker() actor: Actor, @Args('input') input: KalenderInput) {
    return this.service.wijzigKalender(actor, input);
  }

  @Mutation(() => ID, {
    description:
      'Zet een jaarschijf een stap verder in de cyclus; ter ondertekening en ondertekend volgen uit het hoofddocument',
  })
  async zetJaarschijfStatus(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: ZetJaarschijfStatusInput,
  ) {
    await this.service.zetStatus(actor, input);
    return input.jaarschijfId;
  }
}
