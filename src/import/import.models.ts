import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt } from 'class-validator';
import { ID } from '../common/id.scalar';
import {
  Genest,
  Getal,
  GeheelGetal,
  Id,
  Jaar,
  Keuze,
  Keuzes,
  KvkNummer,
  LangeTekst,
  OpenTekst,
  Optioneel,
  Tekst,
} from '../common/validation';
import { AfspraakType, Doelgroep } from '../overeenkomsten/afspraak-type';
import { AfspraakLocatieInput } from '../overeenkomsten/afspraak-locaties';
import { BeschrijvendSoort } from '../overeenkomsten/afspraak-details';
import { NormEenheid, NormInput, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import { BedragFrequentie } from '../overeenkomsten/afspraak-bedragen';
import { LocatieSoort } from '../overeenkomsten/locatie.entity';
import { PartijSoort } from '../partijen/partij.entity';

@ObjectType({ description: 'Het type dat de tekst voorstelt, met de woorden die ertoe leidden' })
export class TypeVoorstelModel {
  @Field(() => AfspraakType) type!: AfspraakType;
  @Field(() => Float, { description: '0–1; onder 0,5 is het voorstel onzeker' }) zekerheid!: number;
  @Field(() => [String]) signalen!: string[];
}

@ObjectType({ description: 'Een norm die de tekst noemt, bijv. "ten minste 40 woningen"' })
export class VoorgesteldeNormModel {
  @Field() onderwerp!: string;
  @Field(() => NormVergelijking) vergelijking!: NormVergelijking;
  @Field(() => Float) waarde!: number;
  @Field(() => Float, { nullable: true }) totWaarde!: number | null;
  @Field(() => NormEenheid) eenheid!: NormEenheid;
  @Field(() => String, { nullable: true }) eenheidTekst!: string | null;
  @Field({ description: 'De woorden in de tekst' }) woorden!: string;
}

@ObjectType({ description: 'Een plaats die de tekst noemt' })
export class VoorgesteldeLocatieModel {
  @Field(() => LocatieSoort) soort!: LocatieSoort;
  @Field() naam!: string;
}

@ObjectType({ description: 'Een bedrag dat de tekst noemt, met hoe vaak en waarvoor' })
export class VoorgesteldBedragModel {
  @Field(() => Float) euro!: number;
  @Field(() => BedragFrequentie) frequentie!: BedragFrequentie;
  @Field(() => Int, { nullable: true }) jaar!: number | null;
  @Field(() => Int, { nullable: true }) totJaar!: number | null;
  @Field() doel!: string;
  @Field({ description: 'De woorden in de tekst' }) woorden!: string;
}

@ObjectType()
export class VoorgesteldeAfspraakModel {
  @Field(() => String, { nullable: true }) nummer!: string | null;
  @Field() tekst!: string;
  @Field(() => TypeVoorstelModel) type!: TypeVoorstelModel;
  @Field(() => [Int]) jaren!: number[];
  @Field(() => [Float], { description: 'Bedragen in euro die de tekst noemt' }) bedragen!: number[];
  @Field(() => String, { nullable: true, description: 'De partij die de tekst als eerste noemt' })
  trekker!: string | null;
  @Field(() => [String]) genoemd!: string[];
  @Field(() => [Doelgroep]) doelgroepen!: Doelgroep[];
  @Field(() => [VoorgesteldeNormModel]) normen!: VoorgesteldeNormModel[];
  @Field(() => [VoorgesteldeLocatieModel]) locaties!: VoorgesteldeLocatieModel[];
  @Field(() => [VoorgesteldBedragModel]) geld!: VoorgesteldBedragModel[];
}

@ObjectType()
export class VoorgesteldHoofdstukModel {
  @Field() titel!: string;
  @Field(() => [VoorgesteldeAfspraakModel]) afspraken!: VoorgesteldeAfspraakModel[];
}

@ObjectType()
export class VoorgesteldePartijModel {
  @Field() naam!: string;
  @Field({ description: 'De vermelding zoals de bron haar geeft (zetel, vertegenwoordiger)' })
  tekst!: string;
  @Field(() => PartijSoort, { nullable: true }) soort!: PartijSoort | null;
  @Field(() => ID, { nullable: true, description: 'De bestaande partij met deze naam' })
  partijId!: string | null;
  @Field(() => String, { nullable: true }) vestigingsplaats!: string | null;
  @Field(() => String, { nullable: true }) kvkNummer!: string | null;
  @Field(() => String, { nullable: true }) vertegenwoordiger!: string | null;
  @Field(() => String, { nullable: true }) vertegenwoordigerFunctie!: string | null;
}

@ObjectType()
export class ImportTabelModel {
  @Field(() => String, { nullable: true }) titel!: string | null;
  @Field(() => [[String]]) rijen!: string[][];
}

@ObjectType()
export class JaarWaardeModel {
  @Field(() => Int) jaar!: number;
  @Field(() => Float) waarde!: number;
}

@ObjectType({ description: 'Een indicator uit een tabel met een streefwaarde per jaar' })
export class VoorgesteldeIndicatorModel {
  @Field() naam!: string;
  @Field() eenheid!: string;
  @Field(() => [JaarWaardeModel]) streefwaarden!: JaarWaardeModel[];
}

@ObjectType({ description: 'Een geüpload akkoord en wat eruit gelezen is, vóór de bevestiging' })
export class OvereenkomstImportModel {
  @Field(() => ID) id!: string;
  @Field() bestandsnaam!: string;
  @Field(() => Int, { nullable: true }) paginas!: number | null;
  @Field(() => ID) gemeenteId!: string;
  @Field() status!: string;
  @Field(() => ID, { nullable: true }) overeenkomstId!: string | null;
  @Field(() => String, { nullable: true }) titel!: string | null;
  @Field(() => [VoorgesteldePartijModel]) partijen!: VoorgesteldePartijModel[];
  @Field(() => [String]) considerans!: string[];
  @Field(() => [VoorgesteldHoofdstukModel]) hoofdstukken!: VoorgesteldHoofdstukModel[];
  @Field(() => [ImportTabelModel]) tabellen!: ImportTabelModel[];
  @Field(() => [VoorgesteldeIndicatorModel]) indicatoren!: VoorgesteldeIndicatorModel[];
  @Field(() => [String]) ondertekening!: string[];
  @Field(() => [String], { description: 'Tekst die nergens is ondergebracht' }) overig!: string[];
}

@InputType()
export class ImportPartijInput {
  @Field() @Tekst(200) naam!: string;
  @Field(() => PartijSoort) @Keuze(PartijSoort) soort!: PartijSoort;
  @Field(() => ID, { nullable: true, description: 'Leeg: een nieuwe partij met deze naam' })
  @Optioneel()
  @Id()
  partijId?: string | null;
  @Field(() => String, { nullable: true, description: 'Alleen voor een nieuwe partij' })
  @Optioneel()
  @Tekst(100)
  vestigingsplaats?: string | null;
  @Field(() => String, { nullable: true }) @Optioneel() @KvkNummer() kvkNummer?: string | null;
  @Field(() => String, { nullable: true })
  @Optioneel()
  @Tekst(200)
  vertegenwoordiger?: string | null;
  @Field(() => String, { nullable: true })
  @Optioneel()
  @Tekst(200)
  vertegenwoordigerFunctie?: string | null;
}

@InputType({ description: 'Een bedrag uit de tekst; de betaler als nummer in de lijst partijen' })
export class ImportBedragInput {
  @Field(() => Float, { description: 'In euro' }) @Getal() euro!: number;
  @Field(() => BedragFrequentie) @Keuze(BedragFrequentie) frequentie!: BedragFrequentie;
  @Field(() => Int, { nullable: true }) @Optioneel() @Jaar() jaar?: number | null;
  @Field(() => Int, { nullable: true }) @Optioneel() @Jaar() totJaar?: number | null;
  @Field() @Tekst(500) doel!: string;
  @Field(() => Int, { description: 'Wie betaalt: een nummer in de lijst partijen (vanaf 0)' })
  @GeheelGetal(0, 99)
  betaler!: number;
}

@InputType({
  description:
    'De gegevens van het type zoals nagekeken; wat ontbreekt, wordt uit de tekst gelezen (alleen de velden van het gekozen type tellen)',
})
export class ImportKenmerkenInput {
  @Field({ nullable: true }) @Optioneel() @OpenTekst(200) overlegvorm?: string;
  @Field({ nullable: true }) @Optioneel() @OpenTekst(200) frequentie?: string;
  @Field(() => BeschrijvendSoort, { nullable: true })
  @Optioneel()
  @Keuze(BeschrijvendSoort)
  beschrijvendSoort?: BeschrijvendSoort;
  @Field({ nullable: true }) @Optioneel() @OpenTekst(4000) omschrijving?: string;
  @Field({ nullable: true, description: 'Intentie: als …' })
  @Optioneel()
  @OpenTekst(2000)
  voorwaarde?: string;
  @Field({ nullable: true, description: 'Intentie: … dan' })
  @Optioneel()
  @OpenTekst(2000)
  gevolg?: string;
  @Field({
    nullable: true,
    description:
      'Wat de handeling doet, de garantie inhoudt of de trekker van een transactie levert',
  })
  @Optioneel()
  @OpenTekst(1000)
  wat?: string;
  @Field({ nullable: true }) @Optioneel() @OpenTekst(100) wanneer?: string;
  @Field({ nullable: true, description: 'Transactie: wat de trekker ontvangt' })
  @Optioneel()
  @OpenTekst(2000)
  ontvangt?: string;
}

@InputType()
export class ImportAfspraakInput {
  @Field({ nullable: true, description: 'Leeg: het begin van de tekst' })
  @Optioneel()
  @Tekst(300)
  titel?: string;
  @Field() @LangeTekst(20000) tekst!: string;
  @Field(() => AfspraakType) @Keuze(AfspraakType) type!: AfspraakType;
  @Field(() => Int, { description: 'De trekker: een nummer in de lijst partijen (vanaf 0)' })
  @GeheelGetal(0, 99)
  trekker!: number;
  @Field(() => [Int], { defaultValue: [], description: 'Jaren van de periode waarin zij geldt' })
  @ArrayMaxSize(20, { message: 'mag hoogstens 20 jaren bevatten' })
  @IsInt({ each: true, message: 'moet een lijst van jaartallen zijn' })
  jaren: number[] = [];
  @Field(() => [Doelgroep], { defaultValue: [] }) @Keuzes(Doelgroep) doelgroepen: Doelgroep[] = [];
  @Field(() => [NormInput], { defaultValue: [] })
  @Genest(() => NormInput, { lijst: true, max: 50 })
  normen: NormInput[] = [];
  @Field(() => [AfspraakLocatieInput], { defaultValue: [] })
  @Genest(() => AfspraakLocatieInput, { lijst: true, max: 50 })
  locaties: AfspraakLocatieInput[] = [];
  @Field(() => [ImportBedragInput], { defaultValue: [] })
  @Genest(() => ImportBedragInput, { lijst: true, max: 50 })
  bedragen: ImportBedragInput[] = [];
  @Field(() => ImportKenmerkenInput, { nullable: true })
  @Optioneel()
  @Genest(() => ImportKenmerkenInput)
  kenmerken?: ImportKenmerkenInput | null;
}

@InputType()
export class ImportHoofdstukInput {
  @Field() @Tekst(200) titel!: string;
  @Field(() => [ImportAfspraakInput])
  @Genest(() => ImportAfspraakInput, { lijst: true, max: 500 })
  afspraken!: ImportAfspraakInput[];
}

@InputType()
export class ImportStreefwaardeInput {
  @Field(() => Int) @Jaar() jaar!: number;
  @Field(() => Float) @Getal() waarde!: number;
}

@InputType()
export class ImportIndicatorInput {
  @Field() @Tekst(200) naam!: string;
  @Field({ defaultValue: '' }) @OpenTekst(100) eenheid: string = '';
  @Field(() => [ImportStreefwaardeInput])
  @Genest(() => ImportStreefwaardeInput, { lijst: true, max: 50 })
  streefwaarden!: ImportStreefwaardeInput[];
}

@InputType({ description: 'Het nagekeken voorstel van een import: dit wordt de overeenkomst' })
export class BevestigImportInput {
  @Field(() => ID) @Id() importId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Leeg: een nieuwe overeenkomst. Anders wordt het akkoord een bijlage van deze overeenkomst van dezelfde gemeente (in haar periode; partijen die nog niet deelnemen worden ondertekenaar)',
  })
  @Optioneel()
  @Id()
  overeenkomstId?: string | null;
  @Field({ description: 'De titel van de overeenkomst, of van de bijlage' })
  @Tekst(300)
  titel!: string;
  @Field(() => Int, {
    description: 'Bij een bijlage: genegeerd, de periode is die van de overeenkomst',
  })
  @Jaar()
  startjaar!: number;
  @Field(() => Int) @Jaar() eindjaar!: number;
  @Field({ defaultValue: '' }) @LangeTekst() preambule: string = '';
  @Field(() => [ImportPartijInput], {
    description: 'De partijen; de eerste gemeente is die van de import en heeft de regie',
  })
  @ArrayMinSize(1, { message: 'noemt minstens de gemeente' })
  @Genest(() => ImportPartijInput, { lijst: true, max: 100 })
  partijen!: ImportPartijInput[];
  @Field(() => [ImportHoofdstukInput])
  @Genest(() => ImportHoofdstukInput, { lijst: true, max: 100 })
  hoofdstukken!: ImportHoofdstukInput[];
  @Field(() => [ImportIndicatorInput], {
    defaultValue: [],
    description: 'Indicatoren met hun streefwaarden, zoals de tabellen ze gaven',
  })
  @Genest(() => ImportIndicatorInput, { lijst: true, max: 100 })
  indicatoren: ImportIndicatorInput[] = [];
}
