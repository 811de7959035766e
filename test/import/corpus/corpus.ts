import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AfspraakType, PartijSoort } from '../../support/api';

/*
 * A labelled corpus for the importer that reads an existing agreement and proposes a type per
 * afspraak. Every afspraak paraphrases one real afspraak from the seed documents (its `bron` says
 * which); `type` is the type the seeds or the typology of seed 003 give it. The documents and their
 * parties are fictional. maak-documenten.ts turns each overeenkomst into .docx and .pdf files.
 */

export type { AfspraakType, PartijSoort };

export interface CorpusPartij {
  naam: string;
  soort: PartijSoort;
  vertegenwoordiger: string;
  functie: string;
  adres?: string;
  kvk?: string;
}

export interface CorpusAfspraak {
  /** The afspraak as it appears in the document (Dutch, 1-3 sentences). */
  tekst: string;
  /** The label. */
  type: AfspraakType;
  /** Which seed passage it paraphrases, e.g. "002: Krimpen aan den IJssel, 1.661 levensloopbestendige woningen". */
  bron: string;
  /** Naam of the partij that leads, when the text names it (equals a CorpusPartij naam). */
  trekker?: string;
  /** The years the text states, as written (a period "2027-2029" gives 2027 and 2029). */
  jaren?: number[];
  /** The euro amounts the text states, as numbers (e.g. 200000). */
  bedragen?: number[];
}

export interface CorpusHoofdstuk {
  titel: string;
  afspraken: CorpusAfspraak[];
}

export interface CorpusStreefwaarde {
  indicator: string;
  eenheid: string;
  /** Target per year, keyed by the year ("2027"). */
  perJaar: Record<string, number>;
}

export interface CorpusOvereenkomst {
  /** e.g. "vlietdam-2027" (ascii, no extension). */
  bestandsnaam: string;
  /** e.g. "Prestatieafspraken wonen en zorg Vlietdam 2027-2030". */
  titel: string;
  startjaar: number;
  eindjaar: number;
  /** 3-6 partijen: at least a GEMEENTE, a WONINGCORPORATIE and a HUURDERSORGANISATIE. */
  partijen: CorpusPartij[];
  /** The "overwegende dat" clauses of the preamble. */
  considerans: string[];
  hoofdstukken: CorpusHoofdstuk[];
  /** A table of targets per year, for documents that have one. */
  streefwaarden?: CorpusStreefwaarde[];
  /** For the signature section: "Vlietdam", "12 december 2026". */
  plaats: string;
  datum: string;
}

export const CORPUS_BESTAND = join(__dirname, 'overeenkomsten.json');

/**
 * A second corpus in the same form, written by someone who had not seen the importer's rules and
 * never used to adjust them: its accuracy is the one to expect on agreements not seen before.
 */
export const CONTROLE_BESTAND = join(__dirname, 'controle.json');

/** The corpus, read from overeenkomsten.json next to this file (or controle.json). */
export function leesCorpus(bestand = CORPUS_BESTAND): CorpusOvereenkomst[] {
  const inhoud: unknown = JSON.parse(readFileSync(bestand, 'utf8'));
  if (!Array.isArray(inhoud)) throw new Error(`${bestand}: verwacht een array`);
  return inhoud as CorpusOvereenkomst[];
}

/** Every afspraak of the corpus with the overeenkomst and hoofdstuk it is in. */
export function alleAfspraken(
  corpus: CorpusOvereenkomst[] = leesCorpus(),
): { overeenkomst: CorpusOvereenkomst; hoofdstuk: CorpusHoofdstuk; afspraak: CorpusAfspraak }[] {
  return corpus.flatMap((overeenkomst) =>
    overeenkomst.hoofdstukken.flatMap((hoofdstuk) =>
      hoofdstuk.afspraken.map((afspraak) => ({ overeenkomst, hoofdstuk, afspraak })),
    ),
  );
}
