import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { invalid } from '../common/app-error';
import { Genest, Optioneel, Tekst } from '../common/validation';
import {
  AfspraakDeel,
  AfspraakDeelInput,
  deelOpslaan,
  deelTekst,
  deelView,
  type DeelContext,
  type StoredDeel,
} from './afspraak-deel';

/*
 * A voorwaarde may hold for one lid, activiteit or locatie instead of the whole afspraak. The
 * texts stay in `voorwaarden` (clients that know only the strings keep working, and the content
 * hash of an afspraak without such a tie is unchanged); `voorwaardeDelen` holds the deel of each,
 * position by position, and is empty while no voorwaarde is tied to a deel.
 */

@ObjectType({ description: 'Een voorwaarde, eventueel voor één deel van de afspraak' })
export class Voorwaarde {
  @Field() tekst!: string;
  @Field(() => AfspraakDeel, { nullable: true, description: 'Leeg: geldt voor de hele afspraak' })
  deel!: AfspraakDeel | null;
}

@InputType()
export class VoorwaardeInput {
  @Field() @Tekst(500) tekst!: string;
  @Field(() => AfspraakDeelInput, { nullable: true })
  @Optioneel()
  @Genest(() => AfspraakDeelInput)
  deel?: AfspraakDeelInput | null;
}

export interface VoorwaardenOpgeslagen {
  voorwaarden: string[];
  voorwaardeDelen: (StoredDeel | null)[];
}

/** `voorwaardeDelen` without trailing meaning: empty when no voorwaarde has a deel. */
const compact = (delen: (StoredDeel | null)[]) => (delen.some((d) => d !== null) ? delen : []);

/**
 * The stored voorwaarden after a write. `metDeel` (new clients) replaces both lists; `teksten`
 * (clients that send only strings) replaces the texts and keeps the deel of every text that stays;
 * without either, the stored ones are re-checked (the afspraak's details or leden may have changed).
 */
export function voorwaardenOpslaan(
  invoer: { teksten?: string[] | null; metDeel?: VoorwaardeInput[] | null },
  huidig: VoorwaardenOpgeslagen,
  context: DeelContext,
): VoorwaardenOpgeslagen {
  if (invoer.metDeel != null) {
    if (invoer.teksten != null) {
      throw invalid(
        'input.voorwaardenMetDeel',
        'Geef de voorwaarden als voorwaarden of als voorwaardenMetDeel, niet allebei',
      );
    }
    if (invoer.metDeel.length > 30) {
      throw invalid('input.voorwaardenMetDeel', 'mag hoogstens 30 voorwaarden bevatten');
    }
    return {
      voorwaarden: invoer.metDeel.map((v) => v.tekst),
      voorwaardeDelen: compact(
        invoer.metDeel.map((v, i) =>
          deelOpslaan(v.deel, `input.voorwaardenMetDeel.${i}.deel`, context),
        ),
      ),
    };
  }
  const oud = huidig.voorwaarden.map((tekst, i) => ({
    tekst,
    deel: huidig.voorwaardeDelen[i] ?? null,
  }));
  if (invoer.teksten != null) {
    const over = [...oud];
    const delen = invoer.teksten.map((tekst, i) => {
      const j = over.findIndex((v) => v?.tekst === tekst);
      if (j < 0) return null;
      const [blijft] = over.splice(j, 1);
      return deelOpslaan(blijft!.deel, `input.voorwaarden.${i}`, context);
    });
    return { voorwaarden: [...invoer.teksten], voorwaardeDelen: compact(delen) };
  }
  return {
    voorwaarden: huidig.voorwaarden,
    voorwaardeDelen: compact(
      oud.map((v, i) => deelOpslaan(v.deel, `voorwaardenMetDeel.${i}.deel`, context)),
    ),
  };
}

export function voorwaardenView(opgeslagen: VoorwaardenOpgeslagen): Voorwaarde[] {
  return opgeslagen.voorwaarden.map((tekst, i) => ({
    tekst,
    deel: deelView(opgeslagen.voorwaardeDelen[i] ?? null),
  }));
}

/**
 * The voorwaarde in words, with the deel it holds for ("mits … (geldt voor activiteit 2)");
 * `locatieNaam` names a place the deel points at.
 */
export function voorwaardeTekst(
  tekst: string,
  deel: StoredDeel | null,
  nummer?: string,
  locatieNaam?: (id: string) => string | undefined,
): string {
  const waar = deelTekst(deel, { nummer, locatieNaam });
  return waar ? `${tekst} (geldt voor ${waar})` : tekst;
}
