import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { OnderdeelModel } from '../overeenkomsten/overeenkomst.model';
import { GecontroleerdeOvereenkomst, regieVia, Vereist } from '../partijen/vereist';
import {
  ExterneOndertekeningInput,
  ExterneOndertekeningModel,
} from './externe-ondertekening.models';
import { ExterneOndertekeningService } from './externe-ondertekening.service';

@Resolver(() => OnderdeelModel)
export class ExterneOndertekeningResolver {
  constructor(private readonly service: ExterneOndertekeningService) {}

  @Mutation(() => ExterneOndertekeningModel, {
    description:
      'Legt vast dat een onderdeel buiten Driehoek (op papier) is ondertekend, met datum, ondertekenaars, de jaren die het dekt en de ondertekende PDF; de jaarcyclus gaat vanaf daar verder (regie)',
  })
  @Vereist(
    regieVia('onderdeel', 'input.onderdeelId', 'Een ondertekening buiten Driehoek vastleggen'),
  )
  async registreerExterneOndertekening(
    @HuidigeGebruiker() actor: Actor,
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Args('input') input: ExterneOndertekeningInput,
  ): Promise<ExterneOndertekeningModel> {
    await this.service.registreer(actor, overeenkomstId, input);
    return (await this.service.van(input.onderdeelId))!;
  }

  @ResolveField('externeOndertekening', () => ExterneOndertekeningModel, {
    nullable: true,
    description: 'Als het onderdeel buiten Driehoek is ondertekend: wanneer, door wie, de PDF',
  })
  externeOndertekening(@Parent() onderdeel: OnderdeelModel) {
    return this.service.van(onderdeel.id);
  }
}
