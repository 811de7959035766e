import type { NormEenheid, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import type { InstrumentSoort } from '../overeenkomsten/overeenkomst.entity';
import type { CreateAfspraakInput } from '../overeenkomsten/afspraak.inputs';

/*
 * Norms, references, eigen doelgroepen and voorwaarden tied to an activiteit in the demo
 * (issue 15, points 1, 8, 9 and 10), written with keys and names, turned into the API's input.
 */

export interface DemoNorm {
  onderwerp: string;
  vergelijking: NormVergelijking;
  waarde?: number;
  totWaarde?: number;
  waardeTekst?: string;
  eenheid?: NormEenheid;
  eenheidTekst?: string;
  /** The activiteit (from 1) the norm holds for; absent: the whole afspraak. */
  activiteit?: number;
  /** The partij (trekker or betrokkene) whose own promise the norm is; absent: all of them. */
  partij?: string;
}

export type DemoVerwijzing =
  | {
      soort: InstrumentSoort;
      titel: string;
      artikel?: string;
      url?: string;
      toelichting?: string;
      /** The file name of a document the demo uploads (DEMO_DOCUMENT). */
      document?: string;
    }
  | { afspraak: string; toelichting?: string };

export interface DemoEigenDoelgroep {
  naam: string;
  omschrijving: string;
  leeftijdVan?: number;
  leeftijdTot?: number;
}

/** What a demo afspraak may carry of these elements. */
export interface DemoNormenVelden {
  voorwaarden?: string[];
  /** Per voorwaarde, by position, the activiteit it holds for (null: the whole afspraak). */
  voorwaardeActiviteiten?: (number | null)[];
  normen?: DemoNorm[];
  verwijzingen?: DemoVerwijzing[];
  /** Names of the overeenkomst's eigen doelgroepen. */
  eigenDoelgroepen?: string[];
}

export function demoNormenInvoer(
  a: DemoNormenVelden,
  /** Resolves the key of an afspraak or a partij. */
  afspraakId: (key: string) => string,
  eigenDoelgroepId: (naam: string) => string,
  documentId: (bestandsnaam: string) => string,
): Pick<
  CreateAfspraakInput,
  'voorwaarden' | 'voorwaardenMetDeel' | 'normen' | 'verwijzingen' | 'eigenDoelgroepIds'
> {
  const voorwaarden = a.voorwaarden ?? [];
  return {
    ...(a.voorwaardeActiviteiten
      ? {
          voorwaardenMetDeel: voorwaarden.map((tekst, i) => {
            const activiteit = a.voorwaardeActiviteiten![i] ?? null;
            return { tekst, deel: activiteit ? { activiteit } : null };
          }),
        }
      : { voorwaarden }),
    normen: (a.normen ?? []).map(({ activiteit, partij, ...n }) => ({
      ...n,
      deel: activiteit ? { activiteit } : null,
      ...(partij ? { partijId: afspraakId(partij) } : {}),
    })),
    verwijzingen: (a.verwijzingen ?? []).map((v) =>
      'afspraak' in v
        ? { afspraakId: afspraakId(v.afspraak), toelichting: v.toelichting }
        : (({ document, ...rest }) => ({
            ...rest,
            documentId: document ? documentId(document) : null,
          }))(v),
    ),
    eigenDoelgroepIds: (a.eigenDoelgroepen ?? []).map(eigenDoelgroepId),
  };
}

/** The demo's one uploaded document: a tiny but valid PDF, made here rather than kept as a file. */
export const DEMO_DOCUMENT = {
  bestandsnaam: 'woonzorgvisie-vlietdam-2025-2030.pdf',
  inhoud: Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  ),
};
