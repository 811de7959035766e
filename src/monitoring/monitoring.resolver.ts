import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { PermissionsService } from '../partijen/permissions.service';
import { AfsprakenTotalenModel, IndicatorReeksModel, StatusMomentModel } from './monitoring.models';
import { MonitoringService } from './monitoring.service';

@Resolver()
export class MonitoringResolver {
  constructor(
    private readonly service: MonitoringService,
    private readonly permissions: PermissionsService,
  ) {}

  @Query(() => IndicatorReeksModel, {
    description:
      'Een indicator over alle jaarschijven: nulmeting, streefwaarde, realisatie, op koers',
  })
  async indicatorReeks(
    @HuidigeGebruiker() actor: Actor,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
  ) {
    await this.permissions.zichtbaarVia(actor, 'indicator', indicatorId, 'Indicator');
    return this.service.indicatorReeks(indicatorId);
  }

  @Query(() => [StatusMomentModel], { description: 'De verantwoording van een afspraak per jaar' })
  async afspraakStatusHistorie(
    @HuidigeGebruiker() actor: Actor,
    @Args('afspraakId', { type: () => ID }) afspraakId: string,
  ) {
    await this.permissions.zichtbaarVia(actor, 'afspraak', afspraakId, 'Afspraak');
    return this.service.statusHistorie(afspraakId);
  }

  @Query(() => AfsprakenTotalenModel)
  async afsprakenTotalen(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ) {
    await this.permissions.zichtbaar(actor, overeenkomstId, 'Overeenkomst', overeenkomstId);
    return this.service.totalen(overeenkomstId);
  }
}
