import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { gevraagdeVelden } from '../common/gevraagde-velden';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { Klok } from '../common/klok';
import { RegioArgs, RegioOverzichtModel } from './regio.models';
import { RegioService } from './regio.service';

@Resolver()
export class RegioResolver {
  constructor(
    private readonly service: RegioService,
    private readonly klok: Klok,
  ) {}

  @Query(() => RegioOverzichtModel, {
    description:
      'Het regionale overzicht, een pagina overeenkomsten tegelijk met de tellingen over alle: alle overeenkomsten waaraan uw partij(en) deelnemen (ook als waarnemer), met gemeente, de status van de jaarschijf, wat te laat is, afspraken per type en thema, medeondertekenende zorgpartijen en de optelling van indicatoren die zij delen',
  })
  regio(
    @HuidigeGebruiker() actor: Actor,
    @Args() { op, regio, skip, take }: RegioArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    const velden = gevraagdeVelden(info);
    return this.service.overzicht(
      actor,
      op ?? this.klok.nu(),
      regio,
      { skip, take },
      {
        gedeeld: velden.has('gedeeldeIndicatoren'),
        perOvereenkomst: velden.has('perOvereenkomst'),
        perGemeente: velden.has('perGemeente'),
      },
    );
  }
}
