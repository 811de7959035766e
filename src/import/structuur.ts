import {
  ARTIKEL,
  type Blok,
  CONSIDERANS,
  NUMMER,
  ONDERTEKENING,
  OVEREENKOMST,
  PARTIJEN,
  schoon,
} from './blok';
import { PartijSoort } from '../partijen/partij.entity';
import { stelTypeVoor, type TypeVoorstel } from './typering';
import { type BekendePartij, genoemdePartijen, soortUitNaam } from './partij-vermeldingen';
import {
  bedragen,
  doelgroepenUit,
  geldUit,
  locatiesUit,
  normenUit,
  type VoorgesteldBedrag,
  type VoorgesteldeLocatie,
  type VoorgesteldeNorm,
} from './gegevens';
import type { Doelgroep } from '../overeenkomsten/afspraak-type';

export interface VoorgesteldeAfspraak {
  /** The number the source gave it ("3.2", "b."), if any. */
  nummer: string | null;
  tekst: string;
  type: TypeVoorstel;
  /** Years the text names, as candidate jaarschijven. */
  jaren: number[];
  /** Amounts in euro the text names. */
  bedragen: number[];
  /** The partij the text names first, as candidate trekker. */
  trekker: string | null;
  /** Every partij the text names. */
  genoemd: string[];
  /** What else the text states, for the afspraak's fields (see gegevens.ts). */
  doelgroepen: Doelgroep[];
  normen: VoorgesteldeNorm[];
  locaties: VoorgesteldeLocatie[];
  geld: VoorgesteldBedrag[];
}

export interface VoorgesteldHoofdstuk {
  titel: string;
  afspraken: VoorgesteldeAfspraak[];
}

export interface VoorgesteldePartij {
  naam: string;
  /** The whole entry as the source gives it (seat, representative, "hierna te noemen"). */
  tekst: string;
  /** What its name says it is ("Gemeente …", "Woonstichting …"), if anything. */
  soort: PartijSoort | null;
  /** The partij already in Driehoek by that name, once looked up. */
  partijId: string | null;
  /** The formal data the entry states, for a partij that is new to Driehoek. */
  vestigingsplaats: string | null;
  kvkNummer: string | null;
  vertegenwoordiger: string | null;
  vertegenwoordigerFunctie: string | null;
}

/** An indicator a table of targets per year states, with its target for each year. */
export interface VoorgesteldeIndicator {
  naam: string;
  eenheid: string;
  streefwaarden: { jaar: number; waarde: number }[];
}

export interface Importvoorstel {
  titel: string | null;
  partijen: VoorgesteldePartij[];
  considerans: string[];
  hoofdstukken: VoorgesteldHoofdstuk[];
  tabellen: { titel: string | null; rijen: string[][] }[];
  /** From the tables with a column per year. */
  indicatoren: VoorgesteldeIndicator[];
  ondertekening: string[];
  /** What belongs nowhere above: the user sees it and places it, or lets it go. */
  overig: string[];
}

type Deel = 'begin' | 'partijen' | 'considerans' | 'afspraken' | 'ondertekening';

const JAAR = /\b(20[0-6]\d)\b/g;

/**
 * Where each block of a Dutch agreement belongs: the parties (after "Partijen" or "De
 * ondergetekenden"), the preamble (from "Overwegende dat" to "komen overeen"), chapters with
 * their numbered articles and clauses, tables, and the signature section. Every block lands in
 * exactly one place, so no sentence of the source is lost or doubled.
 */
export function herkenStructuur(
  blokken: Blok[],
  bekendePartijen: BekendePartij[] = [],
): Importvoorstel {
  const voorstel: Importvoorstel = {
    titel: null,
    partijen: [],
    considerans: [],
    hoofdstukken: [],
    tabellen: [],
    indicatoren: [],
    ondertekening: [],
    overig: [],
  };
  let deel: Deel = 'begin';
  let laatsteKop: string | null = null;
  const hoofdstuk = (titel: string) => {
    voorstel.hoofdstukken.push({ titel, afspraken: [] });
  };

  let vorigeWasTitel = false;
  for (const blok of blokken) {
    const titelNu = deel === 'begin' && blok.soort === 'kop';
    const wasTitel: boolean = vorigeWasTitel;
    vorigeWasTitel = titelNu && (voorstel.titel === null || wasTitel);
    if (blok.soort === 'tabel') {
      voorstel.tabellen.push({ titel: laatsteKop, rijen: blok.rijen });
      continue;
    }
    const tekst = blok.tekst;
    if (ONDERTEKENING.test(tekst) && deel !== 'begin') deel = 'ondertekening';
    else if (
      PARTIJEN.test(tekst) &&
      (deel === 'begin' || deel === 'partijen') &&
      tekst.length < 200
    ) {
      deel = 'partijen';
      const rest = schoon(tekst.replace(PARTIJEN, ''));
      if (!rest) continue;
    } else if (CONSIDERANS.test(tekst) && deel !== 'ondertekening' && deel !== 'afspraken') {
      deel = 'considerans';
      const rest = schoon(tekst.replace(CONSIDERANS, ''));
      if (!rest) continue;
      voorstel.considerans.push(rest);
      continue;
    } else if (OVEREENKOMST.test(tekst) && (deel === 'considerans' || deel === 'partijen')) {
      voorstel.considerans.push(tekst);
      deel = 'afspraken';
      continue;
    }

    switch (deel) {
      case 'begin':
        if (voorstel.titel === null && (blok.soort === 'kop' || tekst.length < 150))
          voorstel.titel = tekst;
        else if (blok.soort === 'kop' && wasTitel)
          // A title over two lines, or with its subtitle.
          voorstel.titel = `${voorstel.titel} ${tekst}`;
        else if (blok.soort === 'kop' || ARTIKEL.test(tekst)) {
          // No parties or preamble recognised: the articles begin here.
          deel = 'afspraken';
          nieuwHoofdstukOfAfspraak(blok, voorstel, hoofdstuk, bekendePartijen);
        } else voorstel.overig.push(tekst);
        break;
      case 'partijen':
        if (blok.soort === 'kop') voorstel.overig.push(tekst);
        else if (
          /^(hierna|hierbij|en\b|samen\b|gezamenlijk\b)/i.test(tekst) &&
          voorstel.partijen.length
        )
          Object.assign(voorstel.partijen.at(-1)!, {
            tekst: `${voorstel.partijen.at(-1)!.tekst} ${tekst}`,
          });
        else {
          const entry = blok.soort === 'lijstitem' ? tekst : tekst.replace(NUMMER, '');
          const naam = partijNaam(entry);
          voorstel.partijen.push({
            naam,
            tekst: entry,
            soort: soortUitNaam(naam),
            partijId: null,
            ...formeleGegevens(entry),
          });
        }
        break;
      case 'considerans':
        voorstel.considerans.push(blok.soort === 'lijstitem' ? tekst : tekst.replace(NUMMER, ''));
        break;
      case 'afspraken':
        if (blok.soort === 'kop') laatsteKop = tekst;
        nieuwHoofdstukOfAfspraak(blok, voorstel, hoofdstuk, [
          ...bekendePartijen,
          ...voorstel.partijen
            .filter((p) => !bekendePartijen.some((b) => b.naam === p.naam))
            .map((p) => ({ naam: p.naam, soort: p.soort ?? undefined })),
        ]);
        break;
      case 'ondertekening':
        voorstel.ondertekening.push(tekst);
        break;
    }
  }
  voorstel.indicatoren = voorstel.tabellen.flatMap((t) => indicatorenUit(t.rijen));
  return voorstel;
}

/**
 * "Indicator | Eenheid | 2027 | 2028 …" and a row per indicator: the first column names it, a
 * column headed "eenheid" gives its unit, each year column its target ("1.661", "12,5", "40%").
 */
export function indicatorenUit(rijen: string[][]): VoorgesteldeIndicator[] {
  const [kop, ...rest] = rijen;
  if (!kop) return [];
  const jaren = kop
    .map((cel, i) => ({ jaar: /^(20\d\d)$/.exec(cel.trim())?.[1], i }))
    .filter((k): k is { jaar: string; i: number } => k.jaar !== undefined);
  if (jaren.length === 0) return [];
  const eenheid = kop.findIndex((cel) => /eenheid/i.test(cel));
  return rest
    .map((rij) => ({
      naam: rij[0]?.trim() ?? '',
      eenheid: eenheid > 0 ? (rij[eenheid]?.trim() ?? '') : '',
      streefwaarden: jaren
        .map(({ jaar, i }) => ({ jaar: Number(jaar), waarde: getal(rij[i] ?? '') }))
        .filter((s): s is { jaar: number; waarde: number } => s.waarde !== null),
    }))
    .filter((ind) => ind.naam && ind.streefwaarden.length > 0);
}

/** "1.661" → 1661, "12,5" → 12.5, "40%" → 40; null for what is no number. */
function getal(cel: string): number | null {
  const m = /^\s*(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d+))?\s*%?\s*$/.exec(cel);
  return m ? Number(`${m[1]!.replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`) : null;
}

function nieuwHoofdstukOfAfspraak(
  blok: Exclude<Blok, { soort: 'tabel' }>,
  voorstel: Importvoorstel,
  hoofdstuk: (titel: string) => void,
  bekendePartijen: BekendePartij[],
): void {
  const tekst = blok.tekst;
  const artikel = ARTIKEL.exec(tekst);
  if (blok.soort === 'kop' || artikel) {
    hoofdstuk(artikel ? schoon(tekst.slice(artikel[0].length)) || tekst : tekst);
    return;
  }
  let nummer: string | null = blok.soort === 'lijstitem' ? blok.nummer : null;
  let inhoud = tekst;
  const getypt = blok.soort === 'alinea' ? NUMMER.exec(tekst) : null;
  if (getypt) {
    nummer = getypt[1]!;
    inhoud = tekst.slice(getypt[0].length);
  }
  // A short numbered line without a full stop that is not a clause of one ("3. Betaalbaarheid").
  if (
    nummer &&
    /^\d{1,2}\.?$/.test(nummer) &&
    inhoud.length < 80 &&
    !/[.;:]$/.test(inhoud) &&
    blok.soort === 'alinea'
  ) {
    hoofdstuk(inhoud);
    return;
  }
  if (voorstel.hoofdstukken.length === 0) hoofdstuk('Afspraken');
  voorstel.hoofdstukken.at(-1)!.afspraken.push(afspraak(nummer, inhoud, bekendePartijen, voorstel));
}

function afspraak(
  nummer: string | null,
  tekst: string,
  bekendePartijen: BekendePartij[],
  voorstel: Importvoorstel,
): VoorgesteldeAfspraak {
  const genoemd = genoemdePartijen(tekst, bekendePartijen);
  const jaren = [...new Set([...tekst.matchAll(JAAR)].map((m) => Number(m[1])))].sort(
    (a, b) => a - b,
  );
  return {
    nummer,
    tekst,
    type: stelTypeVoor(tekst),
    jaren,
    bedragen: bedragen(tekst),
    trekker: genoemd[0] ?? null,
    genoemd,
    doelgroepen: doelgroepenUit(tekst),
    normen: normenUit(tekst),
    // Only the agreement's own partijen: elsewhere a place may share its name with an organisation.
    locaties: locatiesUit(
      tekst,
      voorstel.partijen.map((p) => p.naam),
    ),
    geld: geldUit(tekst, jaren),
  };
}

/** "Woonstichting De Linie, gevestigd te …" → "Woonstichting De Linie". */
function partijNaam(entry: string): string {
  return schoon(entry.split(/,|\(|\bgevestigd\b|\bhierna\b/i)[0]!);
}

/**
 * "gevestigd te Vlietdam, …, ingeschreven in het handelsregister onder nummer 12345678,
 * rechtsgeldig vertegenwoordigd door mevrouw M. de Bruijn, wethouder Wonen, hierna …".
 */
export function formeleGegevens(
  entry: string,
): Pick<
  VoorgesteldePartij,
  'vestigingsplaats' | 'kvkNummer' | 'vertegenwoordiger' | 'vertegenwoordigerFunctie'
> {
  const plaats = /\bgevestigd (?:te|in) ([^,;(]+?)\s*(?:[,;(]|$)/i.exec(entry)?.[1] ?? null;
  const kvk =
    /\b(?:kvk|handelsregister|kamer van koophandel)\D{0,40}?(\d{8})\b/i.exec(entry)?.[1] ?? null;
  // The name up to its first comma; the function is the rest, up to "hierna" or the end.
  const door = /\bvertegenwoordigd door (.+?)\s*(?:,\s*hierna\b.*|;.*|[,.]?\s*$)/i.exec(entry)?.[1];
  const komma = door?.indexOf(',') ?? -1;
  const vertegenwoordiger = door ? (komma < 0 ? door : door.slice(0, komma)).trim() : null;
  const functie = door && komma >= 0 ? door.slice(komma + 1).trim() || null : null;
  return {
    vestigingsplaats: plaats,
    kvkNummer: kvk,
    vertegenwoordiger,
    vertegenwoordigerFunctie: functie,
  };
}
