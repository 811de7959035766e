import { Field, InputType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { Id, Optioneel, Tekst } from '../common/validation';

@InputType()
export class BevriesInput {
  @Field(() => ID) @Id() onderdeelId!: string;
  @Field({
    nullable: true,
    description:
      'Reden om te bevriezen hoewel niet elke afspraak een akkoord van elke ondertekenaar heeft',
  })
  @Optioneel()
  @Tekst(4000)
  overrideReden?: string;
  @Field({
    nullable: true,
    description:
      'Reden om de wijzigingsvoorstellen en suggesties die nog open staan te laten vervallen; zonder deze reden wordt het bevriezen dan geweigerd (OPEN_VOORSTELLEN)',
  })
  @Optioneel()
  @Tekst(4000)
  vervallenReden?: string;
}

@InputType()
export class OndertekenInput {
  @Field(() => ID, { description: 'De bevroren versie die u ondertekent' }) @Id() versieId!: string;
  @Field(() => ID, { nullable: true, description: 'Namens welke partij (bij meer dan één)' })
  @Optioneel()
  @Id()
  partijId?: string;
  @Field({ description: 'Uw functie, bijv. "wethouder Wonen" of "directeur-bestuurder"' })
  @Tekst(200)
  functie!: string;
  @Field({ description: 'Uw wachtwoord, ter bevestiging' }) @Tekst(200) wachtwoord!: string;
}

@InputType()
export class WeigerOndertekeningInput {
  @Field(() => ID) @Id() versieId!: string;
  @Field(() => ID, { nullable: true }) @Optioneel() @Id() partijId?: string;
  @Field({ description: 'Waarom uw partij niet tekent' }) @Tekst(4000) reden!: string;
}

@InputType()
export class AddendumInput {
  @Field(() => ID) @Id() onderdeelId!: string;
  @Field({ description: 'Waarom het ondertekende onderdeel wordt gewijzigd' })
  @Tekst(4000)
  reden!: string;
}
