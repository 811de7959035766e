import { readFileSync } from 'node:fs';
import { schoon } from '../../../src/import/blok';
import { leesBlokken } from '../../../src/import/import-lezer';
import { herkenStructuur, type Importvoorstel } from '../../../src/import/structuur';
import type { AfspraakType } from './corpus';
import type { CorpusDocument } from './maak-documenten';

export const TYPEN: AfspraakType[] = [
  'PROCES',
  'BESCHRIJVEND',
  'INTENTIE',
  'HANDELING',
  'GARANTIE',
  'TRANSACTIE',
];

export interface DocumentMeting {
  document: CorpusDocument;
  voorstel: Importvoorstel;
  ms: number;
  /** Per labelled afspraak: kept whole in exactly one place, found as an afspraak of its own, typed. */
  afspraken: {
    tekst: string;
    label: AfspraakType;
    bewaard: boolean;
    apart: boolean;
    voorspeld: AfspraakType | null;
  }[];
  /** The considerans clauses kept whole in exactly one place. */
  considerans: { bewaard: number; totaal: number };
  partijen: { gevonden: number; totaal: number };
  hoofdstukken: { gevonden: number; totaal: number };
}

/** Compared as a reader sees it: typographic quotes and dashes as plain ones. */
const vergelijkbaar = (tekst: string) =>
  schoon(tekst.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-'));

/** Every place a text can land in a proposal, as one string each. */
function plaatsen(v: Importvoorstel): string[] {
  return [
    ...(v.titel ? [v.titel] : []),
    ...v.partijen.map((p) => p.tekst),
    ...v.considerans,
    ...v.hoofdstukken.flatMap((h) => [h.titel, ...h.afspraken.map((a) => a.tekst)]),
    ...v.tabellen.flatMap((t) => t.rijen.flat()),
    ...v.ondertekening,
    ...v.overig,
  ].map(vergelijkbaar);
}

const aantalIn = (plekken: string[], tekst: string) =>
  plekken.filter((p) => p.includes(vergelijkbaar(tekst))).length;

/** Reads the document as the import does and measures the proposal. */
export async function meet(document: CorpusDocument): Promise<DocumentMeting> {
  const bestand = readFileSync(document.pad);
  const begin = performance.now();
  const { blokken } = await leesBlokken(bestand);
  const voorstel = herkenStructuur(blokken);
  return beoordeel(document, voorstel, performance.now() - begin);
}

/** The proposal read from `document` (by the library, or as the API answered it) against its labels. */
export function beoordeel(
  document: CorpusDocument,
  voorstel: Importvoorstel,
  ms: number,
): DocumentMeting {
  const plekken = plaatsen(voorstel);
  const voorgesteld = voorstel.hoofdstukken.flatMap((h) => h.afspraken);
  const o = document.overeenkomst;
  return {
    document,
    voorstel,
    ms,
    afspraken: o.hoofdstukken.flatMap((h) =>
      h.afspraken.map((a) => {
        const doel = vergelijkbaar(a.tekst);
        const houders = voorgesteld.filter((v) => vergelijkbaar(v.tekst).includes(doel));
        return {
          tekst: a.tekst,
          label: a.type,
          bewaard: aantalIn(plekken, a.tekst) === 1,
          apart: houders.length === 1 && vergelijkbaar(houders[0]!.tekst) === doel,
          voorspeld: houders.length === 1 ? houders[0]!.type.type : null,
        };
      }),
    ),
    considerans: {
      bewaard: o.considerans.filter((c) => aantalIn(plekken, c) === 1).length,
      totaal: o.considerans.length,
    },
    partijen: {
      gevonden: o.partijen.filter((p) =>
        voorstel.partijen.some((v) => vergelijkbaar(v.naam) === vergelijkbaar(p.naam)),
      ).length,
      totaal: o.partijen.length,
    },
    hoofdstukken: {
      gevonden: o.hoofdstukken.filter((h) =>
        voorstel.hoofdstukken.some((v) => vergelijkbaar(v.titel).includes(vergelijkbaar(h.titel))),
      ).length,
      totaal: o.hoofdstukken.length,
    },
  };
}

export interface Uitslag {
  afspraken: number;
  juist: number;
  bewaard: number;
  apart: number;
  perType: { type: AfspraakType; precisie: number | null; recall: number; aantal: number }[];
}

export function uitslag(metingen: DocumentMeting[]): Uitslag {
  const alle = metingen.flatMap((m) => m.afspraken);
  return {
    afspraken: alle.length,
    juist: alle.filter((a) => a.voorspeld === a.label).length,
    bewaard: alle.filter((a) => a.bewaard).length,
    apart: alle.filter((a) => a.apart).length,
    perType: TYPEN.map((type) => {
      const voorspeld = alle.filter((a) => a.voorspeld === type);
      const gelabeld = alle.filter((a) => a.label === type);
      return {
        type,
        precisie: voorspeld.length
          ? voorspeld.filter((a) => a.label === type).length / voorspeld.length
          : null,
        recall: gelabeld.filter((a) => a.voorspeld === type).length / gelabeld.length,
        aantal: gelabeld.length,
      };
    }),
  };
}
