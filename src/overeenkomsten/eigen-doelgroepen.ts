import { randomUUID } from 'node:crypto';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { AppError, ErrorCode, invalid } from '../common/app-error';
import { GeheelGetal, Id, LangeTekst, Optioneel, Tekst } from '../common/validation';

/*
 * Doelgroepen of one's own ("senioren 55–70 in de kernen"): defined once on the overeenkomst,
 * chosen on an afspraak by id in `eigenDoelgroepIds`, beside the standard `doelgroepen` enum,
 * which stays as it is so existing clients and filters keep working.
 */

export interface StoredEigenDoelgroep {
  id: string;
  naam: string;
  omschrijving: string;
  leeftijdVan: number | null;
  leeftijdTot: number | null;
}

@ObjectType({ description: 'Een doelgroep die de overeenkomst zelf omschrijft' })
export class EigenDoelgroep {
  @Field(() => ID) id!: string;
  @Field() naam!: string;
  @Field() omschrijving!: string;
  @Field(() => Int, { nullable: true, description: 'Leeftijd vanaf (jaren)' })
  leeftijdVan!: number | null;
  @Field(() => Int, { nullable: true, description: 'Leeftijd tot en met (jaren)' })
  leeftijdTot!: number | null;
}

@InputType({ description: 'Met id: een bestaande eigen doelgroep wijzigen; zonder: een nieuwe' })
export class EigenDoelgroepInput {
  @Field(() => ID, { nullable: true }) @Optioneel() @Id() id?: string | null;
  @Field() @Tekst(200) naam!: string;
  @Field({ defaultValue: '' }) @LangeTekst(2000) omschrijving: string = '';
  @Field(() => Int, { nullable: true }) @Optioneel() @GeheelGetal(0, 130) leeftijdVan?:
    number | null;
  @Field(() => Int, { nullable: true }) @Optioneel() @GeheelGetal(0, 130) leeftijdTot?:
    number | null;
}

/**
 * The overeenkomst's new list. `inGebruik`: ids of eigen doelgroepen afspraken point at; those
 * cannot go while an afspraak still names them.
 */
export function eigenDoelgroepenOpslaan(
  invoer: EigenDoelgroepInput[],
  huidig: StoredEigenDoelgroep[],
  inGebruik: ReadonlySet<string>,
): StoredEigenDoelgroep[] {
  const veld = 'input.eigenDoelgroepen';
  const namen = new Set<string>();
  const nieuw = invoer.map((d, i) => {
    if (d.id != null && !huidig.some((h) => h.id === d.id)) {
      throw invalid(`${veld}.${i}.id`, `Eigen doelgroep ${d.id} hoort niet bij deze overeenkomst`);
    }
    const naam = d.naam.trim().toLowerCase();
    if (namen.has(naam)) {
      throw invalid(
        `${veld}.${i}.naam`,
        `De doelgroep "${d.naam}" staat er al`,
        ErrorCode.AL_AANWEZIG,
      );
    }
    namen.add(naam);
    const van = d.leeftijdVan ?? null;
    const tot = d.leeftijdTot ?? null;
    if (van !== null && tot !== null && tot < van) {
      throw invalid(
        `${veld}.${i}.leeftijdTot`,
        `De leeftijd tot (${tot}) ligt onder de leeftijd vanaf (${van})`,
      );
    }
    return {
      id: d.id ?? randomUUID(),
      naam: d.naam,
      omschrijving: d.omschrijving,
      leeftijdVan: van,
      leeftijdTot: tot,
    };
  });
  const weg = huidig.find((h) => inGebruik.has(h.id) && !nieuw.some((n) => n.id === h.id));
  if (weg) {
    throw new AppError(
      ErrorCode.IN_GEBRUIK,
      `De doelgroep "${weg.naam}" staat nog bij een afspraak; haal haar daar eerst weg`,
      veld,
    );
  }
  return nieuw;
}

/** An afspraak's choice of eigen doelgroepen, checked against the overeenkomst's list. */
export function eigenDoelgroepIdsOpslaan(
  ids: string[],
  bestaand: StoredEigenDoelgroep[],
): string[] {
  const uniek = [...new Set(ids)];
  uniek.forEach((id) => {
    if (!bestaand.some((d) => d.id === id)) {
      throw invalid(
        `input.eigenDoelgroepIds.${ids.indexOf(id)}`,
        `Eigen doelgroep ${id} is niet omschreven in deze overeenkomst`,
      );
    }
  });
  return uniek;
}

/** The stored list as the API shows it (older rows have none). */
export function eigenDoelgroepenView(
  stored: StoredEigenDoelgroep[] | null | undefined,
): EigenDoelgroep[] {
  return (stored ?? []).map((d) => ({ ...d }));
}
