import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker, Public } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { invalid } from '../common/app-error';
import { leesAfmeldToken } from './afmelden';
import { MailVoorkeur } from './melding.entity';
import { MeldAfInput, ZetMeldingVoorkeurInput } from './meldingen.inputs';
import {
  MeldingenArgs,
  MeldingenPagina,
  MeldingIdArgs,
  MeldingModel,
  MeldingVoorkeurModel,
} from './meldingen.models';
import { MeldingenService } from './meldingen.service';

/** Every operation concerns the person's own meldingen: nothing to declare beyond logging in. */
@Resolver()
export class MeldingenResolver {
  constructor(
    private readonly service: MeldingenService,
    private readonly auth: AuthService,
  ) {}

  @Query(() => MeldingenPagina, { description: 'Uw meldingen, nieuwste eerst' })
  meldingen(@HuidigeGebruiker() actor: Actor, @Args() args: MeldingenArgs) {
    return this.service.lijst(actor, args);
  }

  @Mutation(() => MeldingModel, { description: 'Markeert een melding als gelezen' })
  markeerMeldingGelezen(@HuidigeGebruiker() actor: Actor, @Args() args: MeldingIdArgs) {
    return this.service.markeerGelezen(actor, args.id);
  }

  @Mutation(() => Int, { description: 'Markeert al uw meldingen als gelezen; geeft het aantal' })
  markeerAlleMeldingenGelezen(@HuidigeGebruiker() actor: Actor) {
    return this.service.markeerAllesGelezen(actor);
  }

  @Query(() => MeldingVoorkeurModel, { description: 'Wanneer u meldingen per e-mail krijgt' })
  meldingVoorkeur(@HuidigeGebruiker() actor: Actor) {
    return this.service.voorkeur(actor.gebruikerId);
  }

  @Mutation(() => MeldingVoorkeurModel)
  zetMeldingVoorkeur(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: ZetMeldingVoorkeurInput,
  ) {
    return this.service.zetVoorkeur(actor.gebruikerId, input.mail);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Afmelden voor e-mail met de link uit een e-mail, zonder in te loggen',
  })
  async meldAfVoorMail(@Args('input') input: MeldAfInput): Promise<boolean> {
    const gebruikerId = leesAfmeldToken(input.token, await this.auth.signingSecret());
    if (!gebruikerId) throw invalid('token', 'Deze afmeldlink is ongeldig');
    await this.service.zetVoorkeur(gebruikerId, MailVoorkeur.UIT);
    return true;
  }

  @Subscription(() => MeldingModel, {
    description: 'Uw nieuwe meldingen, zodra ze er zijn (graphql-ws op /graphql)',
    resolve: (melding: MeldingModel) => melding,
  })
  nieuweMelding(@HuidigeGebruiker() actor: Actor): AsyncIterableIterator<MeldingModel> {
    return this.service.stroom(actor.gebruikerId);
  }
}
