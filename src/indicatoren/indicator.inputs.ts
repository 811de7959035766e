import { Field, Float, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import {
  Getal,
  Id,
  Ids,
  Jaar,
  JaNee,
  Keuze,
  LangeTekst,
  Optioneel,
  Tekst,
} from '../common/validation';
import { StreefwaardeSoort } from './indicator.entity';
import { EffectOordeel, IndicatorRichting } from './richting';

@InputType()
export class CreateIndicatorInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field() @Tekst(200) naam!: string;
  @Field({ description: 'Bijv. woningen, wooneenheden, plekken, procent' })
  @Tekst(60)
  eenheid!: string;
  @Field({ nullable: true }) @Optioneel() @LangeTekst(4000) definitie?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Herkomst van de definitie, bijv. "BZK 2023"',
  })
  @Optioneel()
  @Tekst(200)
  definitieBron?: string | null;
  @Field(() => Float, { nullable: true }) @Optioneel() @Getal() nulmetingWaarde?: number | null;
  @Field(() => Int, { nullable: true }) @Optioneel() @Jaar() nulmetingJaar?: number | null;
  @Field(() => IndicatorRichting, {
    nullable: true,
    description: 'Welke kant de indicator op moet (standaard HOGER_IS_BETER)',
  })
  @Optioneel()
  @Keuze(IndicatorRichting)
  richting?: IndicatorRichting;
  @Field(() => [ID], { nullable: true, description: 'De afspraken die deze indicator meet' })
  @Optioneel()
  @Ids(200)
  afspraakIds?: string[];
}

@InputType()
export class UpdateIndicatorInput extends PartialType(
  OmitType(CreateIndicatorInput, ['overeenkomstId'] as const),
) {
  @Field(() => ID) @Id() id!: string;
}

@InputType()
export class CreateStreefwaardeInput {
  @Field(() => ID) @Id() indicatorId!: string;
  @Field(() => Int, {
    description:
      'Het jaar van de jaarschijf, of een horizonjaar na de periode (het doel waar de afspraak naartoe werkt)',
  })
  @Jaar()
  jaar!: number;
  @Field({
    nullable: true,
    description:
      'Een horizondoel: het jaar ligt bewust na de periode (zonder jaarschijf); zonder dit wordt zo een jaar geweigerd',
  })
  @Optioneel()
  @JaNee()
  horizon?: boolean;
  @Field(() => StreefwaardeSoort) @Keuze(StreefwaardeSoort) soort!: StreefwaardeSoort;
  @Field(() => Float, { nullable: true, description: 'Bij EXACT' }) @Optioneel() @Getal() waarde?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Bij BANDBREEDTE en MINIMAAL (ten minste)' })
  @Optioneel()
  @Getal()
  min?: number | null;
  @Field(() => Float, { nullable: true, description: 'Bij BANDBREEDTE en MAXIMAAL (hoogstens)' })
  @Optioneel()
  @Getal()
  max?: number | null;
  @Field(() => String, { nullable: true, description: 'Bij EFFECT: het beoogde effect' })
  @Optioneel()
  @Tekst(2000)
  effect?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'De plaats (van de overeenkomst) waarvoor het cijfer geldt, bijv. een gemeente van een regionale overeenkomst; leeg: de hele overeenkomst',
  })
  @Optioneel()
  @Id()
  locatieId?: string | null;
}

@InputType()
export class UpdateStreefwaardeInput extends PartialType(
  OmitType(CreateStreefwaardeInput, ['indicatorId', 'jaar', 'locatieId', 'horizon'] as const),
) {
  @Field(() => ID) @Id() id!: string;
}

@InputType()
export class CreateRealisatieInput {
  @Field(() => ID) @Id() indicatorId!: string;
  @Field(() => Int) @Jaar() jaar!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Het gerealiseerde getal; bij een beoogd effect mag in plaats daarvan een oordeel',
  })
  @Optioneel()
  @Getal()
  waarde?: number | null;
  @Field(() => EffectOordeel, {
    nullable: true,
    description:
      'Alleen bij een streefwaarde van de soort EFFECT: bereikt, deels of niet, toegelicht in de toelichting',
  })
  @Optioneel()
  @Keuze(EffectOordeel)
  oordeel?: EffectOordeel | null;
  @Field({ nullable: true, description: 'Bron van het cijfer' })
  @Optioneel()
  @LangeTekst(300)
  bron?: string;
  @Field({ nullable: true }) @Optioneel() @LangeTekst(4000) toelichting?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'De plaats (van de overeenkomst) waarvoor het cijfer geldt, bijv. een gemeente van een regionale overeenkomst; leeg: de hele overeenkomst',
  })
  @Optioneel()
  @Id()
  locatieId?: string | null;
}

@InputType()
export class UpdateRealisatieInput extends PartialType(
  OmitType(CreateRealisatieInput, ['indicatorId', 'jaar', 'locatieId'] as const),
) {
  @Field(() => ID) @Id() id!: string;
}
