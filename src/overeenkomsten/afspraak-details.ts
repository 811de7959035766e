import { createUnionType, Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { PartijModel } from '../partijen/partij.model';
import { AppError, ErrorCode, invalid } from '../common/app-error';
import { Genest, Ids, Keuze, OpenTekst, Optioneel, Tekst, Id } from '../common/validation';
import { AfspraakType, AFSPRAAK_TYPE_LABEL } from './afspraak-type';
import { IsDateString } from 'class-validator';
import {
  GarantieToezegging,
  GarantieToezeggingInput,
  garantieToezeggingen,
  opgeslagenToezeggingen,
} from './afspraak-rollen';
import { ProcesWanneer, ProcesWanneerInput, wanneerOpslaan } from './proces-wanneer';

/*
 * Each type of afspraak carries its own structured data (DOMAIN.md, "The six types"). It is stored
 * as one JSON document per afspraak, tagged with the type, and checked here whenever it is written.
 */

export enum BeschrijvendSoort {
  UITGANGSPUNT = 'UITGANGSPUNT',
  DEFINITIE = 'DEFINITIE',
  FINANCIEEL_UITGANGSPUNT = 'FINANCIEEL_UITGANGSPUNT',
  STANDPUNT = 'STANDPUNT',
}
registerEnumType(BeschrijvendSoort, { name: 'BeschrijvendSoort' });

@ObjectType()
export class ProcesDetails extends ProcesWanneer {
  readonly type = AfspraakType.PROCES;
  @Field({ description: 'Bijv. bestuurlijk overleg, regietafel, monitoringsgesprek' })
  overlegvorm!: string;
  @Field({ description: 'Bijv. 2x per jaar' }) frequentie!: string;
  @Field(() => [ID]) deelnemerIds!: string[];
  @Field(() => [PartijModel]) deelnemers!: PartijModel[];
}

@ObjectType()
export class BeschrijvendDetails {
  readonly type = AfspraakType.BESCHRIJVEND;
  @Field(() => BeschrijvendSoort) soort!: BeschrijvendSoort;
  @Field({ description: 'Het uitgangspunt of de definitie zelf' }) omschrijving!: string;
}

@ObjectType()
export class IntentieDetails {
  readonly type = AfspraakType.INTENTIE;
  @Field({ description: 'Als …' }) voorwaarde!: string;
  @Field({ description: '… dan' }) gevolg!: string;
}

@ObjectType()
export class Activiteit {
  @Field() wat!: string;
  @Field(() => [ID], { description: 'Wie het uitvoert' }) partijIds!: string[];
  @Field(() => [PartijModel], { description: 'Wie het uitvoert' }) partijen!: PartijModel[];
  @Field({ description: 'Wanneer, bijv. "Q2 2027" of "oktober 2026"' }) wanneer!: string;
}

@ObjectType()
export class HandelingDetails {
  readonly type = AfspraakType.HANDELING;
  @Field(() => [Activiteit]) activiteiten!: Activiteit[];
}

@ObjectType()
export class GarantieDetails {
  readonly type = AfspraakType.GARANTIE;
  @Field(() => [ID]) garantstellerIds!: string[];
  @Field(() => [PartijModel]) garantstellers!: PartijModel[];
  @Field({ description: 'Wat gegarandeerd wordt' }) wat!: string;
  @Field(() => [GarantieToezegging], { description: 'Per garantsteller wat die garandeert' })
  toezeggingen!: GarantieToezegging[];
  @Field(() => String, {
    nullable: true,
    description: 'Geldig tot (datum); leeg = looptijd overeenkomst',
  })
  geldigTot!: string | null;
}

@ObjectType()
export class TransactiePost {
  @Field(() => ID) partijId!: string;
  @Field(() => PartijModel) partij!: PartijModel;
  @Field() levert!: string;
  @Field() ontvangt!: string;
}

@ObjectType()
export class TransactieDetails {
  readonly type = AfspraakType.TRANSACTIE;
  @Field(() => [TransactiePost]) posten!: TransactiePost[];
}

export type AfspraakDetailsValue =
  | ProcesDetails
  | BeschrijvendDetails
  | IntentieDetails
  | HandelingDetails
  | GarantieDetails
  | TransactieDetails;

/** What is stored in the afspraak's JSON column. */
export type StoredDetails = { type: AfspraakType } & Record<string, unknown>;

const DETAIL_CLASSES = {
  PROCES: ProcesDetails,
  BESCHRIJVEND: BeschrijvendDetails,
  INTENTIE: IntentieDetails,
  HANDELING: HandelingDetails,
  GARANTIE: GarantieDetails,
  TRANSACTIE: TransactieDetails,
} as const;

export const AfspraakDetails = createUnionType({
  name: 'AfspraakDetails',
  description: 'De gegevens die bij het type van de afspraak horen',
  types: () => Object.values(DETAIL_CLASSES),
  resolveType: (value: { type: AfspraakType }) => DETAIL_CLASSES[value.type],
});

/** The stored document as the API shows it, with the partijen it names filled in. */
export function detailsView(
  stored: StoredDetails,
  partij: (id: string) => PartijModel,
): AfspraakDetailsValue {
  const view = Object.assign(new DETAIL_CLASSES[stored.type](), stored) as AfspraakDetailsValue;
  if (view instanceof ProcesDetails) view.deelnemers = view.deelnemerIds.map(partij);
  if (view instanceof GarantieDetails) {
    view.garantstellers = view.garantstellerIds.map(partij);
    view.toezeggingen = opgeslagenToezeggingen(stored).map((t) => ({
      ...t,
      partij: partij(t.partijId),
    }));
  }
  if (view instanceof HandelingDetails) {
    view.activiteiten = view.activiteiten.map((a) => ({ ...a, partijen: a.partijIds.map(partij) }));
  }
  if (view instanceof TransactieDetails)
    view.posten = view.posten.map((p) => ({ ...p, partij: partij(p.partijId) }));
  return view;
}

/** Partij ids a details document refers to, so they can be checked against the deelnemers. */
export function partijIdsInDetails(details: StoredDetails): string[] {
  switch (details.type) {
    case AfspraakType.PROCES:
      return (details as unknown as ProcesDetails).deelnemerIds;
    case AfspraakType.HANDELING:
      return (details as unknown as HandelingDetails).activiteiten.flatMap((a) => a.partijIds);
    case AfspraakType.GARANTIE:
      return (details as unknown as GarantieDetails).garantstellerIds;
    case AfspraakType.TRANSACTIE:
      return (details as unknown as TransactieDetails).posten.map((p) => p.partijId);
    default:
      return [];
  }
}

// ---- input ----

// Fields that may stay empty: leaving them open is incomplete, not contradictory, so it is a
// waarschuwing (afspraak-waarschuwingen.ts), never a refusal (issue 15, point 7).
@InputType()
export class ProcesDetailsInput extends ProcesWanneerInput {
  @Field({ defaultValue: '' }) @OpenTekst(200) overlegvorm: string = '';
  @Field({ defaultValue: '', description: 'Leeg bij een eenmalige stap' })
  @OpenTekst(200)
  frequentie: string = '';
  @Field(() => [ID], { defaultValue: [] }) @Ids(50) deelnemerIds: string[] = [];
}

@InputType()
export class BeschrijvendDetailsInput {
  @Field(() => BeschrijvendSoort) @Keuze(BeschrijvendSoort) soort!: BeschrijvendSoort;
  @Field({ defaultValue: '', description: 'Leeg: de tekst van de afspraak beschrijft het' })
  @OpenTekst(4000)
  omschrijving: string = '';
}

@InputType()
export class IntentieDetailsInput {
  @Field({
    defaultValue: '',
    description: 'Leeg bij een inspanning zonder voorwaarde ("partijen spannen zich in om …")',
  })
  @OpenTekst(2000)
  voorwaarde: string = '';
  @Field({ defaultValue: '' }) @OpenTekst(2000) gevolg: string = '';
}

@InputType()
export class ActiviteitInput {
  @Field() @Tekst(1000) wat!: string;
  @Field(() => [ID], { defaultValue: [] }) @Ids(50) partijIds: string[] = [];
  @Field({ defaultValue: '' }) @OpenTekst(100) wanneer: string = '';
}

@InputType()
export class HandelingDetailsInput {
  @Field(() => [ActiviteitInput], {
    defaultValue: [],
    description: 'Leeg zolang de activiteiten nog in de jaarschijf worden uitgewerkt',
  })
  @Genest(() => ActiviteitInput, { lijst: true, max: 100 })
  activiteiten: ActiviteitInput[] = [];
}

@InputType()
export class GarantieDetailsInput {
  @Field(() => [ID]) @Ids(50) garantstellerIds!: string[];
  @Field() @Tekst(2000) wat!: string;
  @Field(() => [GarantieToezeggingInput], {
    nullable: true,
    description: 'Per garantsteller wat die garandeert; wie er geen heeft, garandeert "wat"',
  })
  @Optioneel()
  @Genest(() => GarantieToezeggingInput, { lijst: true, max: 50 })
  toezeggingen?: GarantieToezeggingInput[];
  @Field(() => String, { nullable: true })
  @Optioneel()
  @IsDateString({ strict: true }, { message: 'moet een datum zijn (JJJJ-MM-DD)' })
  geldigTot?: string | null;
}

@InputType()
export class TransactiePostInput {
  @Field(() => ID) @Id() partijId!: string;
  @Field({ defaultValue: '' }) @OpenTekst(2000) levert: string = '';
  @Field({ defaultValue: '', description: 'Leeg bij een partij die alleen de kosten draagt' })
  @OpenTekst(2000)
  ontvangt: string = '';
}

@InputType()
export class TransactieDetailsInput {
  @Field(() => [TransactiePostInput])
  @Genest(() => TransactiePostInput, { lijst: true, max: 50 })
  posten!: TransactiePostInput[];
}

@InputType({ description: 'Vul precies het deel in dat bij het type van de afspraak hoort' })
export class AfspraakDetailsInput {
  @Field(() => ProcesDetailsInput, { nullable: true })
  @Optioneel()
  @Genest(() => ProcesDetailsInput)
  proces?: ProcesDetailsInput;
  @Field(() => BeschrijvendDetailsInput, { nullable: true })
  @Optioneel()
  @Genest(() => BeschrijvendDetailsInput)
  beschrijvend?: BeschrijvendDetailsInput;
  @Field(() => IntentieDetailsInput, { nullable: true })
  @Optioneel()
  @Genest(() => IntentieDetailsInput)
  intentie?: IntentieDetailsInput;
  @Field(() => HandelingDetailsInput, { nullable: true })
  @Optioneel()
  @Genest(() => HandelingDetailsInput)
  handeling?: HandelingDetailsInput;
  @Field(() => GarantieDetailsInput, { nullable: true })
  @Optioneel()
  @Genest(() => GarantieDetailsInput)
  garantie?: GarantieDetailsInput;
  @Field(() => TransactieDetailsInput, { nullable: true })
  @Optioneel()
  @Genest(() => TransactieDetailsInput)
  transactie?: TransactieDetailsInput;
}

/** Where the details of each type go in the input. */
export const DETAILS_INPUT_KEY: Record<AfspraakType, keyof AfspraakDetailsInput> = {
  PROCES: 'proces',
  BESCHRIJVEND: 'beschrijvend',
  INTENTIE: 'intentie',
  HANDELING: 'handeling',
  GARANTIE: 'garantie',
  TRANSACTIE: 'transactie',
};

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * Turns the input for an afspraak of the given type into the stored document, enforcing the
 * rules that class-validator cannot express on its own (they depend on the type).
 */
export function detailsForType(
  type: AfspraakType,
  input: AfspraakDetailsInput | undefined,
): StoredDetails {
  const expected = DETAILS_INPUT_KEY[type];
  const given = Object.entries(input ?? {})
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key]) => key);
  if (given.length !== 1 || given[0] !== expected) {
    throw new AppError(
      ErrorCode.DETAILS_PASSEN_NIET_BIJ_TYPE,
      `Een ${AFSPRAAK_TYPE_LABEL[type].toLowerCase()} vraagt precies de gegevens onder details.${expected}` +
        (given.length ? ` (ontvangen: ${given.map((k) => `details.${k}`).join(', ')})` : ''),
      `input.details.${expected}`,
    );
  }
  switch (type) {
    case AfspraakType.PROCES: {
      const d = input!.proces!;
      return {
        type,
        overlegvorm: d.overlegvorm,
        frequentie: d.frequentie,
        deelnemerIds: unique(d.deelnemerIds),
        ...wanneerOpslaan(d),
      };
    }
    case AfspraakType.BESCHRIJVEND: {
      const d = input!.beschrijvend!;
      return { type, soort: d.soort, omschrijving: d.omschrijving };
    }
    case AfspraakType.INTENTIE: {
      const d = input!.intentie!;
      return { type, voorwaarde: d.voorwaarde, gevolg: d.gevolg };
    }
    case AfspraakType.HANDELING: {
      // No activities yet, or one without who or when, is a waarschuwing, not a refusal.
      const d = input!.handeling!;
      return {
        type,
        activiteiten: d.activiteiten.map((a) => ({
          wat: a.wat,
          partijIds: unique(a.partijIds),
          wanneer: a.wanneer,
        })),
      };
    }
    case AfspraakType.GARANTIE: {
      const d = input!.garantie!;
      if (d.garantstellerIds.length === 0) {
        throw new AppError(
          ErrorCode.GARANTSTELLER_ONTBREEKT,
          'Een garantieafspraak heeft minstens één garantsteller (details.garantie.garantstellerIds)',
          'input.details.garantie.garantstellerIds',
        );
      }
      const garantstellerIds = unique(d.garantstellerIds);
      return {
        type,
        garantstellerIds,
        wat: d.wat,
        toezeggingen: garantieToezeggingen(garantstellerIds, d.wat, d.toezeggingen),
        geldigTot: d.geldigTot ?? null,
      };
    }
    case AfspraakType.TRANSACTIE: {
      const d = input!.transactie!;
      const partijen = unique(d.posten.map((p) => p.partijId));
      // One post is a partij that bears the costs alone (seed 003: "delen … de kosten"); what
      // contradicts a transactie is one without any post, or several posten of one partij only
      // (an exchange with itself).
      if (d.posten.length === 0 || (d.posten.length > 1 && partijen.length < 2)) {
        throw new AppError(
          ErrorCode.TRANSACTIE_TE_WEINIG_PARTIJEN,
          d.posten.length === 0
            ? 'Een transactieafspraak noemt wie wat levert: minstens één post, bij een uitwisseling tussen minstens twee partijen een post per partij (details.transactie.posten)'
            : 'Een transactieafspraak met meer posten is een uitwisseling tussen minstens twee partijen (details.transactie.posten)',
          'input.details.transactie.posten',
        );
      }
      d.posten.forEach((p, i) => {
        if (!p.levert.trim() && !p.ontvangt.trim()) {
          throw invalid(
            `input.details.transactie.posten.${i}`,
            `Post ${i + 1} noemt niet wat de partij levert of ontvangt`,
          );
        }
      });
      if (partijen.length !== d.posten.length) {
        throw invalid(
          'input.details.transactie.posten',
          'Elke partij komt één keer voor in de posten van een transactie',
        );
      }
      return {
        type,
        posten: d.posten.map((p) => ({
          partijId: p.partijId,
          levert: p.levert,
          ontvangt: p.ontvangt,
        })),
      };
    }
  }
}
