import { Args, GraphQLISODateTime, Query, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { Klok } from '../common/klok';
import { RegioOverzichtModel } from './regio.models';
import { RegioService } from './regio.service';

@Resolver()
export class RegioResolver {
  constructor(
    private readonly service: RegioService,
    private readonly klok: Klok,
  ) {}

  @Query(() => RegioOverzichtModel, {
    description:
      'Het regionale overzicht: alle overeenkomsten waaraan uw partij(en) deelnemen (ook als waarnemer), met gemeente, de status van de jaarschijf, wat te laat is, afspraken per type en thema, medeondertekenende zorgpartijen en de optelling van indicatoren die zij delen',
  })
  regio(
    @HuidigeGebruiker() actor: Actor,
    @Args('op', {
      type: () => GraphQLISODateTime,
      nullable: true,
      description: 'Peilmoment; standaard nu',
    })
    op?: Date,
    @Args('regio', {
      type: () => String,
      nullable: true,
      description: 'Alleen overeenkomsten met een gemeente in deze regio (bijv. Zuid-Holland)',
    })
    regio?: string,
  ) {
    return this.service.overzicht(actor, op ?? this.klok.nu(), regio);
  }
}
