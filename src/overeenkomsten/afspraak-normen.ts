import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { invalid } from '../common/app-error';
import { normWaardeTekst } from '../gedeeld/normen';
import { Genest, Getal, Id, Keuze, Optioneel, Tekst } from '../common/validation';
import {
  AfspraakDeel,
  AfspraakDeelInput,
  deelOpslaan,
  deelTekst,
  type DeelContext,
  type StoredDeel,
} from './afspraak-deel';

/*
 * Norms inside a promise ("binnen 400 meter van een huisartsenpost", "ten minste 30% van de
 * vrijkomende woningen"): the number, its comparison and unit as data, so negotiation, monitoring
 * and the export can read them instead of finding them in free text.
 */

export enum NormEenheid {
  METER = 'METER',
  KILOMETER = 'KILOMETER',
  MINUTEN = 'MINUTEN',
  DAGEN = 'DAGEN',
  WEKEN = 'WEKEN',
  MAANDEN = 'MAANDEN',
  JAREN = 'JAREN',
  UREN = 'UREN',
  PROCENT = 'PROCENT',
  WONINGEN = 'WONINGEN',
  PLAATSEN = 'PLAATSEN',
  STERREN = 'STERREN',
  EURO = 'EURO',
  ANDERS = 'ANDERS',
}
registerEnumType(NormEenheid, {
  name: 'NormEenheid',
  description: 'Eenheid van een norm; bij ANDERS staat de eenheid in eenheidTekst',
});

export enum NormVergelijking {
  TEN_MINSTE = 'TEN_MINSTE',
  HOOGSTENS = 'HOOGSTENS',
  MEER_DAN = 'MEER_DAN',
  MINDER_DAN = 'MINDER_DAN',
  PRECIES = 'PRECIES',
  TUSSEN = 'TUSSEN',
}
registerEnumType(NormVergelijking, {
  name: 'NormVergelijking',
  valuesMap: {
    TEN_MINSTE: { description: 'Ten minste (minimaal, binnen de ondergrens)' },
    HOOGSTENS: { description: 'Hoogstens (maximaal, binnen)' },
    MEER_DAN: { description: 'Meer dan (de waarde zelf telt niet mee)' },
    MINDER_DAN: { description: 'Minder dan (de waarde zelf telt niet mee)' },
    PRECIES: { description: 'Precies; ook voor een norm zonder getal (waardeTekst)' },
    TUSSEN: { description: 'Tussen waarde en totWaarde' },
  },
});

/** As stored in the afspraak's `normen` column. */
export interface StoredNorm {
  onderwerp: string;
  vergelijking: NormVergelijking;
  waarde: number | null;
  totWaarde: number | null;
  waardeTekst: string | null;
  eenheid: NormEenheid | null;
  eenheidTekst: string | null;
  deel: StoredDeel | null;
  /**
   * The one partij whose promise the norm is; absent (not null) for the whole afspraak, so the
   * hash of a norm stored before norms had a partij stays what it was.
   */
  partijId?: string;
}

/** What a norm may point at: the delen of the afspraak, and the partijen that promise in it. */
export interface NormContext extends DeelContext {
  /** The trekker and betrokkenen of the afspraak as it will be after the write. */
  partijIds?: readonly string[];
}

@ObjectType({
  description: 'Een norm binnen de afspraak, bijv. "binnen 400 meter van een huisartsenpost"',
})
export class Norm {
  @Field({ description: 'Waar de norm over gaat, bijv. "afstand tot een huisartsenpost"' })
  onderwerp!: string;
  @Field(() => NormVergelijking) vergelijking!: NormVergelijking;
  @Field(() => Float, { nullable: true }) waarde!: number | null;
  @Field(() => Float, { nullable: true, description: 'Bovengrens bij TUSSEN' })
  totWaarde!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Een waarde zonder getal, bijv. "Wmo-geschikt"',
  })
  waardeTekst!: string | null;
  @Field(() => NormEenheid, { nullable: true }) eenheid!: NormEenheid | null;
  @Field(() => String, { nullable: true, description: 'De eenheid bij ANDERS' })
  eenheidTekst!: string | null;
  @Field(() => AfspraakDeel, { nullable: true, description: 'Leeg: geldt voor de hele afspraak' })
  deel!: AfspraakDeel | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'De partij wier toezegging de norm is (trekker of betrokkene); leeg: de hele afspraak',
  })
  partijId!: string | null;
  @Field({
    description: 'De norm in woorden, bijv. "afstand tot een huisartsenpost: hoogstens 400 meter"',
  })
  tekst!: string;
}

@InputType()
export class NormInput {
  @Field() @Tekst(300) onderwerp!: string;
  @Field(() => NormVergelijking) @Keuze(NormVergelijking) vergelijking!: NormVergelijking;
  @Field(() => Float, { nullable: true }) @Optioneel() @Getal() waarde?: number | null;
  @Field(() => Float, { nullable: true }) @Optioneel() @Getal() totWaarde?: number | null;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(200) waardeTekst?: string | null;
  @Field(() => NormEenheid, { nullable: true })
  @Optioneel()
  @Keuze(NormEenheid)
  eenheid?: NormEenheid | null;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(50) eenheidTekst?: string | null;
  @Field(() => AfspraakDeelInput, { nullable: true })
  @Optioneel()
  @Genest(() => AfspraakDeelInput)
  deel?: AfspraakDeelInput | null;
  @Field(() => ID, {
    nullable: true,
    description: 'De partij wier toezegging de norm is: de trekker of een betrokkene',
  })
  @Optioneel()
  @Id()
  partijId?: string | null;
}

/**
 * Checks the norms as a whole and returns what is stored; `veld` is where the list is
 * (`input.normen`, or `normen` for stored norms re-checked after the afspraak changed).
 */
export function normenOpslaan(
  normen: (NormInput | StoredNorm)[],
  veld: string,
  context: NormContext,
): StoredNorm[] {
  return normen.map((n, i) => {
    const pad = `${veld}.${i}`;
    const waarde = n.waarde ?? null;
    const totWaarde = n.totWaarde ?? null;
    const waardeTekst = n.waardeTekst ?? null;
    const eenheid = n.eenheid ?? null;
    const eenheidTekst = n.eenheidTekst ?? null;
    if (waarde === null && waardeTekst === null) {
      throw invalid(
        `${pad}.waarde`,
        `Norm ${i + 1} heeft een waarde nodig: een getal of een tekst`,
      );
    }
    if (waarde !== null && waardeTekst !== null) {
      throw invalid(
        `${pad}.waardeTekst`,
        `Norm ${i + 1} heeft een getal of een tekst als waarde, niet allebei`,
      );
    }
    if (waardeTekst !== null && n.vergelijking !== NormVergelijking.PRECIES) {
      throw invalid(
        `${pad}.vergelijking`,
        `Norm ${i + 1} zonder getal ("${waardeTekst}") kan alleen PRECIES zijn`,
      );
    }
    if (n.vergelijking === NormVergelijking.TUSSEN) {
      if (totWaarde === null) {
        throw invalid(
          `${pad}.totWaarde`,
          `Norm ${i + 1} ligt tussen twee waarden: vul ook totWaarde in`,
        );
      }
      if (waarde !== null && totWaarde <= waarde) {
        throw invalid(
          `${pad}.totWaarde`,
          `Bij norm ${i + 1} moet totWaarde groter zijn dan waarde`,
        );
      }
    } else if (totWaarde !== null) {
      throw invalid(`${pad}.totWaarde`, `Norm ${i + 1} heeft alleen bij TUSSEN een totWaarde`);
    }
    if (waarde !== null && eenheid === null) {
      throw invalid(`${pad}.eenheid`, `Norm ${i + 1} noemt een getal zonder eenheid`);
    }
    if (waarde !== null && (waarde < 0 || (totWaarde ?? 0) < 0)) {
      throw invalid(`${pad}.waarde`, `Norm ${i + 1} mag niet negatief zijn`);
    }
    if (eenheid === NormEenheid.PROCENT && Math.max(waarde ?? 0, totWaarde ?? 0) > 100) {
      throw invalid(`${pad}.waarde`, `Norm ${i + 1} is een percentage: hoogstens 100`);
    }
    // A strict bound that leaves no value at all contradicts itself.
    if (n.vergelijking === NormVergelijking.MINDER_DAN && waarde === 0) {
      throw invalid(`${pad}.waarde`, `Norm ${i + 1}: minder dan 0 kan niet`);
    }
    if (
      n.vergelijking === NormVergelijking.MEER_DAN &&
      eenheid === NormEenheid.PROCENT &&
      waarde === 100
    ) {
      throw invalid(`${pad}.waarde`, `Norm ${i + 1}: meer dan 100% kan niet`);
    }
    if ((eenheid === NormEenheid.ANDERS) !== (eenheidTekst !== null)) {
      throw invalid(
        `${pad}.eenheidTekst`,
        eenheid === NormEenheid.ANDERS
          ? `Norm ${i + 1} heeft een eigen eenheid: vul eenheidTekst in`
          : `Norm ${i + 1}: eenheidTekst hoort alleen bij eenheid ANDERS`,
      );
    }
    const partijId = n.partijId ?? null;
    if (partijId !== null && context.partijIds && !context.partijIds.includes(partijId)) {
      throw invalid(
        `${pad}.partijId`,
        `Norm ${i + 1} hoort bij een partij die geen trekker of betrokkene van de afspraak is`,
      );
    }
    return {
      onderwerp: n.onderwerp,
      vergelijking: n.vergelijking,
      waarde,
      totWaarde,
      waardeTekst,
      eenheid,
      eenheidTekst,
      deel: deelOpslaan(n.deel, `${pad}.deel`, context),
      ...(partijId !== null ? { partijId } : {}),
    };
  });
}

/** The value with whose promise it is: "Gemeente Vlietdam: hoogstens 50 uur". */
export function normWaardeVanPartij(
  n: StoredNorm,
  partijNaam?: (id: string) => string | undefined,
): string {
  const waarde = normWaardeTekst(n);
  return n.partijId ? `${partijNaam?.(n.partijId) ?? n.partijId}: ${waarde}` : waarde;
}

/**
 * The whole norm in words, with the deel it holds for; `locatieNaam` names a place the deel
 * points at (without it a place reads as its id, which no reader understands), `partijNaam`
 * the partij whose promise it is.
 */
export function normTekst(
  n: StoredNorm,
  nummer?: string,
  locatieNaam?: (id: string) => string | undefined,
  partijNaam?: (id: string) => string | undefined,
): string {
  const deel = deelTekst(n.deel, { nummer, locatieNaam });
  return `${n.onderwerp}: ${normWaardeVanPartij(n, partijNaam)}${deel ? ` (${deel})` : ''}`;
}
