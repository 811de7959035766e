import { Args, Query, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { AfsprakenTotalenModel, IndicatorReeksModel, StatusMomentModel } from './monitoring.models';
import { MonitoringService } from './monitoring.service';
import { Vereist, zichtbaar, zichtbaarVia } from '../partijen/vereist';

@Resolver()
export class MonitoringResolver {
  constructor(private readonly service: MonitoringService) {}

  @Query(() => IndicatorReeksModel, {
    description:
      'Een indicator over alle jaarschijven: nulmeting, streefwaarde, realisatie, op koers',
  })
  @Vereist(zichtbaarVia('indicator', 'indicatorId'))
  async indicatorReeks(@Args('indicatorId', { type: () => ID }) indicatorId: string) {
    return this.service.indicatorReeks(indicatorId);
  }

  @Query(() => [StatusMomentModel], { description: 'De verantwoording van een afspraak per jaar' })
  @Vereist(zichtbaarVia('afspraak', 'afspraakId'))
  async afspraakStatusHistorie(@Args('afspraakId', { type: () => ID }) afspraakId: string) {
    return this.service.statusHistorie(afspraakId);
  }

  @Query(() => AfsprakenTotalenModel)
  @Vereist(zichtbaar('overeenkomstId'))
  async afsprakenTotalen(@Args('overeenkomstId', { type: () => ID }) overeenkomstId: string) {
    return this.service.totalen(overeenkomstId);
  }
}
