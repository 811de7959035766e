import { Field, InputType } from '@nestjs/graphql';
import { Keuze, Tekst } from '../common/validation';
import { MailVoorkeur } from './melding.entity';

@InputType()
export class ZetMeldingVoorkeurInput {
  @Field(() => MailVoorkeur) @Keuze(MailVoorkeur) mail!: MailVoorkeur;
}

@InputType()
export class MeldAfInput {
  @Field({ description: 'Het token uit de afmeldlink van een e-mail' })
  @Tekst(200)
  token!: string;
}
