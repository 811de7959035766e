import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { ArrayMinSize, IsBoolean, IsString, MaxLength } from 'class-validator';
import {
  Centen,
  Genest,
  Ids,
  Id,
  Jaar,
  Keuze,
  Optioneel,
  Percentage,
  Tekst,
} from '../common/validation';
import { bedragTekst } from '../gedeeld/bedrag';
import { PartijModel } from '../partijen/partij.model';
import { AfspraakDeel, AfspraakDeelInput, deelView } from './afspraak-deel';
import type { BedragInhoud } from './onderdeel-inhoud';
import {
  bedragJaren,
  bedragSamenvatting,
  BedragFrequentie,
  betalerDelen,
  type StoredBedrag,
} from './financieel-overzicht';

/*
 * Money in an afspraak (Afspraak.bedragen): an amount in whole cents, once, per year or in total,
 * in which jaarschijf, paid by one partij or jointly (with or without a split), received by whom
 * and what for. The kostenaandeel of a betrokkene stays beside it: a share of the costs of the
 * whole afspraak, where the amount is not (yet) known.
 */

export { BedragFrequentie };

registerEnumType(BedragFrequentie, {
  name: 'BedragFrequentie',
  description: 'Hoe vaak een bedrag betaald wordt',
  valuesMap: {
    EENMALIG: { description: 'Eenmalig, in één jaar' },
    PER_JAAR: { description: 'Elk jaar (van jaar tot en met totJaar, of in de jaarschijven)' },
    TOTAAL: { description: 'In totaal over de looptijd of over jaar tot en met totJaar' },
  },
});

@ObjectType('Geldbedrag', { description: 'Een bedrag in hele eurocenten, met de tekst erbij' })
export class GeldbedragModel {
  @Field(() => Float, { description: 'In hele eurocenten: 15000000 is € 150.000' })
  centen!: number;
  @Field({ description: 'In Nederlandse schrijfwijze, bijv. "€ 150.000" of "€ 1.250,50"' })
  tekst!: string;
}

export const geldbedrag = (centen: number): GeldbedragModel => ({
  centen,
  tekst: bedragTekst(centen),
});

@InputType({
  description:
    'Een partij die (mee)betaalt; bij een verdeling krijgt elke betaler een bedrag, of elke betaler een percentage',
})
export class BedragBetalerInput {
  @Field(() => ID) @Id() partijId!: string;
  @Field(() => Float, { nullable: true, description: 'Haar deel, in hele eurocenten' })
  @Optioneel()
  @Centen()
  centen?: number | null;
  @Field(() => Float, { nullable: true, description: 'Haar deel, in procenten' })
  @Optioneel()
  @Percentage()
  percentage?: number | null;
}

@InputType({ description: 'Een bedrag dat bij de afspraak hoort' })
export class BedragInput {
  @Field(() => Float, {
    nullable: true,
    description: 'In hele eurocenten: 15000000 is € 150.000; leeg als het bedrag nog onbekend is',
  })
  @Optioneel()
  @Centen()
  centen?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Het bedrag is nog onbekend (wie betaalt, ontvangt en waarvoor wel)',
  })
  @Optioneel()
  @IsBoolean({ message: 'moet waar of onwaar zijn' })
  onbekend?: boolean | null;
  @Field(() => BedragFrequentie) @Keuze(BedragFrequentie) frequentie!: BedragFrequentie;
  @Field(() => Int, {
    nullable: true,
    description:
      'De jaarschijf; bij per jaar of in totaal het eerste jaar. Leeg: de jaarschijven van de afspraak',
  })
  @Optioneel()
  @Jaar()
  jaar?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Het laatste jaar (bij per jaar of in totaal over meer jaren)',
  })
  @Optioneel()
  @Jaar()
  totJaar?: number | null;
  @Field({ description: 'Waarvoor het geld is, bijv. "procesbegeleiding van initiatieven"' })
  @Tekst(500)
  doel!: string;
  @Field(() => [BedragBetalerInput], {
    description: 'Wie betaalt: één partij, of meer partijen samen (met of zonder verdeling)',
  })
  @Genest(() => BedragBetalerInput, { lijst: true, max: 30 })
  @ArrayMinSize(1, { message: 'noemt ten minste één partij die betaalt' })
  betalers!: BedragBetalerInput[];
  @Field(() => [ID], { nullable: true, description: 'De partij(en) die het geld ontvangen' })
  @Optioneel()
  @Ids(30)
  ontvangerIds?: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'Wie het ontvangt in woorden, als dat geen partij is: bijv. "bewonersinitiatieven"',
  })
  @Optioneel()
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(300, { message: 'mag hoogstens 300 tekens lang zijn' })
  ontvangerOmschrijving?: string | null;
  @Field(() => AfspraakDeelInput, {
    nullable: true,
    description:
      'Het lid, de activiteit of de plaats waarvoor het bedrag is; leeg: de hele afspraak',
  })
  @Optioneel()
  @Genest(() => AfspraakDeelInput)
  deel?: AfspraakDeelInput | null;
}

@ObjectType('BedragBetaler', { description: 'Een partij die (mee)betaalt' })
export class BedragBetalerModel {
  @Field(() => PartijModel) partij!: PartijModel;
  @Field(() => Float, { nullable: true, description: 'Haar deel zoals afgesproken, in centen' })
  centen!: number | null;
  @Field(() => Float, { nullable: true, description: 'Haar deel zoals afgesproken, in procenten' })
  percentage!: number | null;
  @Field(() => GeldbedragModel, {
    nullable: true,
    description: 'Haar deel als bedrag; leeg als partijen samen betalen zonder verdeling',
  })
  deel!: GeldbedragModel | null;
}

@ObjectType('AfspraakBedrag', { description: 'Een bedrag in een afspraak' })
export class AfspraakBedragModel {
  @Field(() => Float, {
    nullable: true,
    description: 'In hele eurocenten: 15000000 is € 150.000; leeg als het nog onbekend is',
  })
  centen!: number | null;
  @Field({ description: 'Het bedrag is nog onbekend' }) onbekend!: boolean;
  @Field({
    description: 'Het bedrag in Nederlandse schrijfwijze, bijv. "€ 150.000", of "nog onbekend"',
  })
  tekst!: string;
  @Field({
    description: 'Bedrag, frequentie en jaren in één regel: "€ 25.000 per jaar, 2026–2029"',
  })
  samenvatting!: string;
  @Field(() => BedragFrequentie) frequentie!: BedragFrequentie;
  @Field(() => Int, { nullable: true }) jaar!: number | null;
  @Field(() => Int, { nullable: true }) totJaar!: number | null;
  @Field(() => [Int], {
    description: 'De jaren waarin het bedrag meetelt; leeg als het bij de hele looptijd hoort',
  })
  jaren!: number[];
  @Field() doel!: string;
  @Field(() => [BedragBetalerModel]) betalers!: BedragBetalerModel[];
  @Field({ description: 'Meer partijen betalen samen zonder verdeling' }) gezamenlijk!: boolean;
  @Field(() => [PartijModel]) ontvangers!: PartijModel[];
  @Field(() => String, { nullable: true }) ontvangerOmschrijving!: string | null;
  @Field(() => AfspraakDeel, { nullable: true, description: 'Leeg: geldt voor de hele afspraak' })
  deel!: AfspraakDeel | null;
}

/** The stored amounts as the API shows them, with the partijen they name filled in. */
export function bedragenView(
  bedragen: StoredBedrag[],
  partij: (id: string) => PartijModel,
  afspraakJaren: number[],
  overeenkomstJaren: number[],
): AfspraakBedragModel[] {
  return bedragen.map((b) => {
    const delen = b.onbekend ? null : betalerDelen(b, b.centen);
    return {
      centen: b.onbekend ? null : b.centen,
      onbekend: b.onbekend === true,
      tekst: b.onbekend ? 'nog onbekend' : bedragTekst(b.centen),
      samenvatting: bedragSamenvatting(b),
      frequentie: b.frequentie,
      jaar: b.jaar,
      totJaar: b.totJaar,
      jaren: bedragJaren(b, afspraakJaren, overeenkomstJaren),
      doel: b.doel,
      betalers: b.betalers.map((x, i) => ({
        partij: partij(x.partijId),
        centen: x.centen,
        percentage: x.percentage,
        deel: delen ? geldbedrag(delen[i] ?? 0) : null,
      })),
      gezamenlijk:
        b.betalers.length > 1 && delen === null && !b.betalers.some((x) => x.percentage != null),
      ontvangers: b.ontvangerIds.map(partij),
      ontvangerOmschrijving: b.ontvangerOmschrijving,
      deel: deelView(b.deel),
    };
  });
}

/** Every partij an afspraak's amounts name, to be read along with the agreement. */
export function partijIdsInBedragen(bedragen: StoredBedrag[] | null | undefined): string[] {
  return (bedragen ?? []).flatMap((b) => [...b.betalers.map((x) => x.partijId), ...b.ontvangerIds]);
}

/** The amounts as signed (in a version's content): as stored, with the partijen's names. */
export function bedragenInhoud(
  bedragen: StoredBedrag[],
  naam: (partijId: string) => string,
): BedragInhoud[] {
  return bedragen.map(({ betalers, ontvangerIds, ...b }) => ({
    ...b,
    betalers: betalers.map((x) => ({ ...x, naam: naam(x.partijId) })),
    ontvangers: ontvangerIds.map((partijId) => ({ partijId, naam: naam(partijId) })),
  }));
}
