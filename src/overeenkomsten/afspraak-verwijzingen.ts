import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { invalid } from '../common/app-error';
import { INSTRUMENT_LABEL } from '../gedeeld/normen';
import { Id, Keuze, Optioneel, Tekst, Webadres } from '../common/validation';
import { InstrumentSoort } from './overeenkomst.entity';
import { documentPad } from '../documenten/document-pad';
import { DocumentModel } from '../documenten/overeenkomst-document.models';

/*
 * An afspraak that rests on another instrument ("conform artikel 2.3 van de
 * huisvestingsverordening") or on another afspraak of the same overeenkomst. A reference to an
 * instrument carries a title, a link or a document uploaded to the overeenkomst. The document's
 * name, size and sha256 are kept in the reference: a document never changes after its upload, and
 * the content hash must follow the file, not only its id.
 */

/** The uploaded document a verwijzing points at, as the verwijzing keeps it. */
export interface StoredVerwijzingDocument {
  id: string;
  bestandsnaam: string;
  grootte: number;
  sha256: string;
}

export interface StoredVerwijzing {
  soort: InstrumentSoort | null;
  titel: string | null;
  artikel: string | null;
  url: string | null;
  afspraakId: string | null;
  toelichting: string | null;
  /** Absent (not null) when there is none, so a verwijzing from before documents hashes alike. */
  document?: StoredVerwijzingDocument;
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
  @Field(() => ID, { nullable: true, description: 'Een geüpload document van deze overeenkomst' })
  documentId!: string | null;
  @Field(() => DocumentModel, { nullable: true }) document!: DocumentModel | null;
  @Field({ description: 'De verwijzing in woorden' }) tekst!: string;
}

@InputType({
  description:
    'Naar een instrument (soort, en titel, url of document; eventueel artikel) óf naar een afspraak',
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
  @Field(() => ID, {
    nullable: true,
    description: 'Een document dat bij deze overeenkomst is geüpload (uploadDocument)',
  })
  @Optioneel()
  @Id()
  documentId?: string | null;
}

/** The other afspraken of the overeenkomst a verwijzing may point at. */
export interface VerwijzingContext {
  /** The afspraak being written (null when new): it cannot refer to itself. */
  eigenId: string | null;
  afspraakIds: ReadonlySet<string>;
  /** The documents uploaded to the overeenkomst, by id (only those the input names suffice). */
  documenten: ReadonlyMap<string, StoredVerwijzingDocument>;
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
    if (v.documentId != null) {
      const document = context.documenten.get(v.documentId);
      if (!document) {
        throw invalid(
          `${pad}.documentId`,
          `Verwijzing ${i + 1} wijst naar een document dat niet bij deze overeenkomst hoort`,
        );
      }
      stored.document = document;
    }
    if (stored.afspraakId !== null) {
      const instrument = (['soort', 'titel', 'url', 'document'] as const).find(
        (k) => stored[k] != null,
      );
      if (instrument) {
        throw invalid(
          `${pad}.${instrument === 'document' ? 'documentId' : instrument}`,
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
    if (stored.titel === null && stored.url === null && !stored.document) {
      throw invalid(
        `${pad}.titel`,
        `Verwijzing ${i + 1} noemt de titel van het instrument, een webadres of een document`,
      );
    }
    return stored;
  });
}

/**
 * "Huisvestingsverordening: Huisvestingsverordening Utrecht 2023, artikel 2.3 (https://…)
 * (document: verordening.pdf)" or "afspraak 2.4".
 */
export function verwijzingTekst(
  v: StoredVerwijzing,
  afspraakNummer: (id: string) => string | undefined,
): string {
  const delen =
    v.afspraakId !== null
      ? [`afspraak ${afspraakNummer(v.afspraakId) ?? '(verwijderd)'}`]
      : [
          v.titel ? `${INSTRUMENT_LABEL[v.soort!]}: ${v.titel}` : INSTRUMENT_LABEL[v.soort!],
          v.artikel ? `artikel ${v.artikel}` : null,
          v.url ? `(${v.url})` : null,
          v.document ? `(document: ${v.document.bestandsnaam})` : null,
        ];
  const tekst = delen.filter(Boolean).join(', ').replaceAll(', (', ' (');
  return v.toelichting ? `${tekst} — ${v.toelichting}` : tekst;
}

/** The API fields of a stored verwijzing; `overeenkomstId` gives the document's address. */
export function verwijzingView(
  v: StoredVerwijzing,
  overeenkomstId: string,
  afspraakNummer: (id: string) => string | undefined,
): Verwijzing {
  const { document, ...rest } = v;
  return {
    ...rest,
    documentId: document?.id ?? null,
    document: document
      ? { ...document, downloadUrl: documentPad(overeenkomstId, document.id) }
      : null,
    tekst: verwijzingTekst(v, afspraakNummer),
  };
}

/** What a verwijzing adds to the content hash: of its document, the id and the sha256. */
export function verwijzingInHash(v: StoredVerwijzing): Record<string, unknown> {
  const { document, ...rest } = v;
  return document ? { ...rest, documentId: document.id, sha256: document.sha256 } : rest;
}

/** The input that sets a stored verwijzing again (restoring a version). */
export function verwijzingAlsInvoer(v: StoredVerwijzing): VerwijzingInput {
  const { document, ...rest } = v;
  return document ? { ...rest, documentId: document.id } : rest;
}
