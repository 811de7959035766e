import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { invalid } from '../common/app-error';
import { INSTRUMENT_LABEL } from '../gedeeld/normen';
import { Id, Keuze, Optioneel, Tekst, Webadres } from '../common/validation';
import { InstrumentSoort } from './overeenkomst.entity';

/*
 * An afspraak that rests on another instrument ("conform artikel 2.3 van de
 * huisvestingsverordening") or on another afspraak of the same overeenkomst. A reference to an
 * instrument carries a link; Driehoek stores no uploaded documents of its own (the only upload is
 * the Word export template), so the document is referred to by its address.
 */

export interface StoredVerwijzing {
  soort: InstrumentSoort | null;
  titel: string | null;
  artikel: string | null;
  url: string | null;
  afspraakId: string | null;
  toelichting: string | null;
}

@ObjectType({
  description:
    'Verwijzing naar een ander instrument (soort, titel, artikel, webadres) of naar een andere afspraak',
})
export class Verwijzing {
  @Field(() => InstrumentSoort, { nullable: true }) soort!: InstrumentSoort | null;
  @Field(() => String, { nullable: true, description: 'Titel van het instrument' })
  titel!: string | null;
  @Field(() => String, { nullable: true, description: 'Artikel of paragraaf, bijv. "2.3"' })
  artikel!: string | null;
  @Field(() => String, { nullable: true, description: 'Webadres van het document' })
  url!: string | null;
  @Field(() => ID, { nullable: true, description: 'Een andere afspraak van deze overeenkomst' })
  afspraakId!: string | null;
  @Field(() => String, { nullable: true }) toelichting!: string | null;
  @Field({ description: 'De verwijzing in woorden' }) tekst!: string;
}

@InputType({
  description:
    'Naar een instrument (soort en titel, eventueel artikel en url) óf naar een afspraak',
})
export class VerwijzingInput {
  @Field(() => InstrumentSoort, { nullable: true })
  @Optioneel()
  @Keuze(InstrumentSoort)
  soort?: InstrumentSoort | null;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(300) titel?: string | null;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(100) artikel?: string | null;
  @Field(() => String, { nullable: true }) @Optioneel() @Webadres() url?: string | null;
  @Field(() => ID, { nullable: true }) @Optioneel() @Id() afspraakId?: string | null;
  @Field(() => String, { nullable: true }) @Optioneel() @Tekst(1000) toelichting?: string | null;
}

/** The other afspraken of the overeenkomst a verwijzing may point at. */
export interface VerwijzingContext {
  /** The afspraak being written (null when new): it cannot refer to itself. */
  eigenId: string | null;
  afspraakIds: ReadonlySet<string>;
}

export function verwijzingenOpslaan(
  verwijzingen: VerwijzingInput[],
  veld: string,
  context: VerwijzingContext,
): StoredVerwijzing[] {
  return verwijzingen.map((v, i) => {
    const pad = `${veld}.${i}`;
    const stored: StoredVerwijzing = {
      soort: v.soort ?? null,
      titel: v.titel ?? null,
      artikel: v.artikel ?? null,
      url: v.url ?? null,
      afspraakId: v.afspraakId ?? null,
      toelichting: v.toelichting ?? null,
    };
    if (stored.afspraakId !== null) {
      const instrument = (['soort', 'titel', 'url'] as const).find((k) => stored[k] !== null);
      if (instrument) {
        throw invalid(
          `${pad}.${instrument}`,
          `Verwijzing ${i + 1} wijst naar een afspraak óf naar een instrument, niet allebei`,
        );
      }
      if (stored.afspraakId === context.eigenId) {
        throw invalid(`${pad}.afspraakId`, `Verwijzing ${i + 1} wijst naar de afspraak zelf`);
      }
      if (!context.afspraakIds.has(stored.afspraakId)) {
        throw invalid(
          `${pad}.afspraakId`,
          `Verwijzing ${i + 1} wijst naar een afspraak die niet bij deze overeenkomst hoort`,
        );
      }
      return stored;
    }
    if (stored.soort === null) {
      throw invalid(
        `${pad}.soort`,
        `Verwijzing ${i + 1} noemt de soort van het instrument (of een afspraakId)`,
      );
    }
    if (stored.titel === null) {
      throw invalid(`${pad}.titel`, `Verwijzing ${i + 1} noemt de titel van het instrument`);
    }
    return stored;
  });
}

/** "Huisvestingsverordening Utrecht 2023, artikel 2.3 (https://…)" or "afspraak 2.4". */
export function verwijzingTekst(
  v: StoredVerwijzing,
  afspraakNummer: (id: string) => string | undefined,
): string {
  const delen =
    v.afspraakId !== null
      ? [`afspraak ${afspraakNummer(v.afspraakId) ?? '(verwijderd)'}`]
      : [
          `${INSTRUMENT_LABEL[v.soort!]}: ${v.titel}`,
          v.artikel ? `artikel ${v.artikel}` : null,
          v.url ? `(${v.url})` : null,
        ];
  const tekst = delen.filter(Boolean).join(', ').replace(', (', ' (');
  return v.toelichting ? `${tekst} — ${v.toelichting}` : tekst;
}
