import { Field, InputType, Int, OmitType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { ArrayMinSize, ArrayUnique, IsDefined, ValidateIf } from 'class-validator';
import { GeheelGetal, Genest, Id, Ids, Keuze, Optioneel, Tekst } from '../common/validation';
import { CreateAfspraakInput } from '../overeenkomsten/afspraak.inputs';
import { Beoordeling, Oordeel, VoorstelSoort } from './onderhandeling.entities';

const NAMENS = 'Namens welke partij (nodig als u voor meer dan één partij optreedt)';

@InputType()
export class StandpuntInput {
  @Field(() => ID) @Id() afspraakId!: string;
  @Field(() => ID, { nullable: true, description: NAMENS }) @Optioneel() @Id() partijId?: string;
  @Field(() => Oordeel) @Keuze(Oordeel) oordeel!: Oordeel;
  @Field({ nullable: true, description: 'Verplicht, behalve bij akkoord' })
  @ValidateIf((i: StandpuntInput) => i.oordeel !== Oordeel.AKKOORD || i.toelichting != null)
  @Tekst(4000)
  toelichting?: string;
}

@InputType({
  description:
    'Hetzelfde standpunt over een aantal afspraken van één onderdeel tegelijk, bijvoorbeeld akkoord na het nalopen van de lijst',
})
export class StandpuntenInput {
  @Field(() => [ID], { description: 'De afspraken, alle van hetzelfde onderdeel' })
  @Ids(500)
  @ArrayMinSize(1, { message: 'noem ten minste één afspraak' })
  @ArrayUnique({ message: 'noemt een afspraak meer dan eens' })
  afspraakIds!: string[];
  @Field(() => ID, { nullable: true, description: NAMENS }) @Optioneel() @Id() partijId?: string;
  @Field(() => Oordeel) @Keuze(Oordeel) oordeel!: Oordeel;
  @Field({ nullable: true, description: 'Verplicht, behalve bij akkoord' })
  @ValidateIf((i: StandpuntenInput) => i.oordeel !== Oordeel.AKKOORD || i.toelichting != null)
  @Tekst(4000)
  toelichting?: string;
}

@InputType({ description: 'Een stuk tekst om de opmerking aan te hechten' })
export class AnkerInput {
  @Field({
    nullable: true,
    description: 'Het geciteerde stuk tekst (binnen één alinea); de server zoekt het op',
  })
  @ValidateIf((a: AnkerInput) => a.start == null)
  @Tekst(2000)
  citaat?: string;

  @Field(() => Int, { defaultValue: 1, description: 'Welk voorkomen van het citaat' })
  @GeheelGetal(1, 1000)
  voorkomen = 1;

  @Field({ nullable: true, description: 'Yjs relatieve positie van het begin (base64)' })
  @ValidateIf((a: AnkerInput) => a.citaat == null)
  @Tekst(2000)
  start?: string;

  @Field({ nullable: true, description: 'Yjs relatieve positie van het einde (base64)' })
  @ValidateIf((a: AnkerInput) => a.citaat == null)
  @Tekst(2000)
  eind?: string;
}

@InputType()
export class PlaatsOpmerkingInput {
  @Field(() => ID) @Id() afspraakId!: string;
  @Field(() => ID, { nullable: true, description: NAMENS }) @Optioneel() @Id() partijId?: string;
  @Field() @Tekst(8000) tekst!: string;
  @Field(() => AnkerInput, { nullable: true })
  @Optioneel()
  @Genest(() => AnkerInput)
  anker?: AnkerInput;
  @Field(() => ID, { nullable: true, description: 'De partij tot wie de opmerking zich richt' })
  @Optioneel()
  @Id()
  gerichtAanId?: string;
}

@InputType()
export class ReageerInput {
  @Field(() => ID, { description: 'De opmerking waarop u reageert' }) @Id() opmerkingId!: string;
  @Field(() => ID, { nullable: true, description: NAMENS }) @Optioneel() @Id() partijId?: string;
  @Field() @Tekst(8000) tekst!: string;
}

@InputType()
export class NieuweAfspraakInput extends OmitType(CreateAfspraakInput, [
  'onderdeelId',
  'tekst',
] as const) {}

@InputType()
export class WijzigingsvoorstelInput {
  @Field(() => VoorstelSoort) @Keuze(VoorstelSoort) soort!: VoorstelSoort;
  @Field(() => ID, { nullable: true, description: 'De afspraak (bij wijziging of verwijdering)' })
  @ValidateIf((i: WijzigingsvoorstelInput) => i.soort !== VoorstelSoort.NIEUW)
  @Id()
  afspraakId?: string;
  @Field(() => ID, { nullable: true, description: 'Het onderdeel (bij een nieuwe afspraak)' })
  @ValidateIf((i: WijzigingsvoorstelInput) => i.soort === VoorstelSoort.NIEUW)
  @Id()
  onderdeelId?: string;
  @Field({ nullable: true, description: 'De voorgestelde tekst (bij wijziging of nieuw)' })
  @ValidateIf((i: WijzigingsvoorstelInput) => i.soort !== VoorstelSoort.VERWIJDERING)
  @Tekst(20000)
  nieuweTekst?: string;
  @Field(() => NieuweAfspraakInput, {
    nullable: true,
    description: 'De nieuwe afspraak (bij nieuw)',
  })
  @ValidateIf((i: WijzigingsvoorstelInput) => i.soort === VoorstelSoort.NIEUW)
  @IsDefined({ message: 'is verplicht bij een nieuwe afspraak' })
  @Genest(() => NieuweAfspraakInput)
  nieuweAfspraak?: NieuweAfspraakInput;
  @Field() @Tekst(4000) motivering!: string;
  @Field(() => ID, { nullable: true, description: NAMENS }) @Optioneel() @Id() partijId?: string;
}

@InputType()
export class BeoordeelVoorstelInput {
  @Field(() => ID) @Id() voorstelId!: string;
  @Field(() => ID, { nullable: true, description: NAMENS }) @Optioneel() @Id() partijId?: string;
  @Field(() => Beoordeling) @Keuze(Beoordeling) beoordeling!: Beoordeling;
  @Field({ nullable: true, description: 'Verplicht bij afwijzen' })
  @ValidateIf(
    (i: BeoordeelVoorstelInput) => i.beoordeling === Beoordeling.AFGEWEZEN || i.reden != null,
  )
  @Tekst(4000)
  reden?: string;
}

@InputType()
export class OpmerkingStatusInput {
  @Field(() => ID) @Id() opmerkingId!: string;
  @Field(() => ID, { nullable: true, description: NAMENS }) @Optioneel() @Id() partijId?: string;
}
