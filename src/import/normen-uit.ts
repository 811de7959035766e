import { NormEenheid, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import { FUNCTIEWOORDEN, bijgesneden, hoofdletter, ingekort } from './gegevens-tekst';
import { GETAL, getal, getalOp } from './getallen';
import {
  AANVULLING,
  EINDE_AANVULLING,
  Eenheid,
  NA_WERKWOORD,
  TELBAAR,
  TIJD,
  VERGELIJKING_VOOR,
  Woord,
  bijvoeglijk,
  eenheidNa,
  vergelijkingVan,
  woordenVanaf,
} from './norm-woorden';

/** Norms: a number with its comparison, unit and subject, as normenOpslaan would take it. */

export interface VoorgesteldeNorm {
  /** What is normed, in the text's words: "sociale huurwoningen voor ouderen". */
  onderwerp: string;
  vergelijking: NormVergelijking;
  waarde: number;
  /** The upper bound, for TUSSEN only. */
  totWaarde: number | null;
  eenheid: NormEenheid;
  /** The unit in words, for ANDERS only. */
  eenheidTekst: string | null;
  /** The words of the norm as they stand in the text: "ten minste 40 sociale huurwoningen". */
  woorden: string;
}

/**
 * What follows a noun and belongs to it: "voor ouderen", "met een belevingstuin voor mensen met
 * dementie", "die geschikt zijn voor senioren"; up to a place or time ("in de wijk …"), a new
 * clause, or a verb ("… bekostigen de gemeente").
 */
export function aanvullingNa(tekst: string, positie: number): Woord[] {
  const woorden = woordenVanaf(tekst, positie, 16);
  const eerste = woorden[0];
  if (!eerste) return [];
  if (eerste.klein === 'die') return woorden.slice(0, 10);
  if (!AANVULLING.has(eerste.klein)) return [];
  const uit: Woord[] = [];
  for (let i = 0; i < woorden.length; i++) {
    const w = woorden[i]!;
    if (EINDE_AANVULLING.has(w.klein) && !(w.klein === 'in' && woorden[i + 2]?.klein === 'ggz'))
      break;
    const volgende = woorden[i + 1];
    const werkwoord =
      i > 0 &&
      volgende !== undefined &&
      NA_WERKWOORD.has(volgende.klein) &&
      !AANVULLING.has(w.klein) &&
      !FUNCTIEWOORDEN.has(w.klein) &&
      !bijvoeglijk(w.klein);
    if (werkwoord) break;
    uit.push(w);
  }
  // "… voor mensen met" without its noun: the last preposition leads nowhere.
  while (uit.length && FUNCTIEWOORDEN.has(uit.at(-1)!.klein)) uit.pop();
  return uit;
}

/** Where the clause around van–tot begins and ends: at a comma, semicolon, colon or full stop. */
export function bijzin(tekst: string, van: number, tot: number): { begin: number; eind: number } {
  const grens = () => /[,;:!?](?:\s|$)|\.(?:\s|$)/g;
  let begin = 0;
  for (const m of tekst.slice(0, van).matchAll(grens())) begin = m.index + m[0].length;
  const na = grens().exec(tekst.slice(tot));
  return { begin, eind: na ? tot + na.index : tekst.length };
}

export const woordenTekst = (tekst: string, woorden: Woord[]) =>
  woorden.length ? tekst.slice(woorden[0]!.van, woorden.at(-1)!.tot) : '';

/** The clause without the norm's own words: "de gemeente beoordeelt de aanvraag". */
export function rondom(tekst: string, van: number, tot: number): string {
  const { begin, eind } = bijzin(tekst, van, tot);
  const hier = bijgesneden(`${tekst.slice(begin, van)} ${tekst.slice(tot, eind)}`);
  if (hier.split(' ').length >= 2 || begin === 0) return hier;
  // "…, tot maximaal vijftig uur": the clause before says of what.
  return bijgesneden(tekst.slice(bijzin(tekst, begin - 2, begin - 2).begin, begin));
}

/**
 * What a percentage is of: "van de nieuwbouw in beide gemeenten wordt aanpasbaar gebouwd"; of a
 * sum the sentence names ("De woonzorgquote … bedraagt niet meer dan 40 procent van het
 * inkomen") that sum as a part of it.
 */
export function procentOnderwerp(tekst: string, van: number, tot: number): string {
  const { begin, eind } = bijzin(tekst, van, tot);
  const na = tekst.slice(tot, eind);
  const deelVan = /^\s+van\s+(.+)$/su.exec(na)?.[1];
  if (deelVan) {
    const zin =
      tekst
        .slice(0, van)
        .split(/[.!?;]\s/)
        .at(-1) ?? '';
    const som = /^\s*(?:de|het)\s+([\p{L}-]+)[^]*\b(?:bedraagt|bedragen)\b/iu.exec(zin)?.[1];
    if (som)
      return `${som.toLowerCase()} als deel van ${deelVan
        .replace(/\s+/g, ' ')
        .replace(/[\s.,;:]+$/, '')
        .trim()}`;
    return bijgesneden(deelVan.replace(/^(?:de|het|een|haar|hun|zijn)\s+/i, ''));
  }
  const rest = bijgesneden(na);
  if (rest.split(' ').length >= 2) {
    // "Van de nieuwbouwopgave wordt 70 procent aanpasbaar gebouwd".
    const geheel = /^\s*(?:van|waarvan)\s+(?:de|het|haar|hun)\s+([\p{L}-]+)/iu.exec(
      tekst.slice(begin, van),
    )?.[1];
    return geheel ? `${geheel} ${rest}` : rest;
  }
  return rondom(tekst, van, tot);
}

/** "binnen circa 200 meter van een zorgsteunpunt": the distance to a zorgsteunpunt. */
export function afstandOnderwerp(tekst: string, tot: number): string | null {
  const woorden = woordenVanaf(tekst, tot, 6);
  if (!woorden[0] || !/^(van|tot|vanaf|naar)$/.test(woorden[0].klein)) return null;
  const doel: Woord[] = [];
  for (const w of woorden.slice(1)) {
    if (doel.length === 0 && /^(een|de|het)$/.test(w.klein)) {
      doel.push(w);
      continue;
    }
    doel.push(w);
    if (!bijvoeglijk(w.klein)) break;
  }
  return doel.length ? `afstand tot ${woordenTekst(tekst, doel)}` : null;
}

/**
 * "het contingent van maximaal zeven woningen", "twee geclusterde eenheden van 40 woningen":
 * the whole the number is of, when the unit alone says little.
 */
export function geheelVoor(tekst: string, positie: number): string | null {
  const m = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+van\s+$/u.exec(tekst.slice(0, positie));
  if (!m) return null;
  const woorden = m[1]!.split(/\s+/);
  const laatsteFunctie = woorden.map((w) => FUNCTIEWOORDEN.has(w.toLowerCase())).lastIndexOf(true);
  const geheel = woorden.slice(laatsteFunctie + 1);
  if (!geheel.length || geheel.some(hoofdletter)) return null;
  return geheel.join(' ');
}

/** The noun phrase of a count: "sociale huurwoningen voor ouderen". */
export function naamwoordOnderwerp(tekst: string, eenheid: Eenheid, voorVan: number): string {
  const aanvulling = aanvullingNa(tekst, eenheid.tot);
  if (!aanvulling.length && eenheid.naamwoord.length === 1) {
    const geheel = geheelVoor(tekst, voorVan);
    if (geheel) return geheel;
  }
  return woordenTekst(tekst, [...eenheid.naamwoord, ...aanvulling]);
}

/**
 * "Het aantal toegankelijke … sociale huurwoningen in Lindeveen blijft ten minste gelijk aan het
 * huidige aantal van 1.661": the unit is in the words after "aantal" earlier in the sentence.
 */
export function aantalEerder(tekst: string, positie: number): Eenheid | null {
  const zinBegin = tekst.slice(0, positie).search(/[^.!?;]*$/);
  const m = /\baantal\b/iu.exec(tekst.slice(zinBegin, positie));
  if (!m) return null;
  const eenheid = eenheidNa(tekst, zinBegin + m.index + m[0].length, null);
  return eenheid && TELBAAR.has(eenheid.eenheid) ? eenheid : null;
}

export function onderwerpVan(tekst: string, eenheid: Eenheid, van: number, tot: number): string {
  let onderwerp: string | null = null;
  if (eenheid.eenheid === NormEenheid.PROCENT) onderwerp = procentOnderwerp(tekst, van, tot);
  else if (eenheid.eenheid === NormEenheid.METER || eenheid.eenheid === NormEenheid.KILOMETER)
    onderwerp = afstandOnderwerp(tekst, tot);
  else if (
    eenheid.naamwoord.length &&
    (TELBAAR.has(eenheid.eenheid) ||
      (eenheid.eenheid === NormEenheid.ANDERS &&
        !/^(werkdag|kwarta)/.test(eenheid.eenheidTekst ?? ''))) &&
    eenheid.eenheid !== NormEenheid.STERREN
  ) {
    // Of a count the noun says what is counted; of a time or a grade ("drie sterren") it does not.
    onderwerp = naamwoordOnderwerp(tekst, eenheid, van);
  }
  if (!onderwerp) onderwerp = rondom(tekst, van, tot);
  if (onderwerp && eenheid.per) onderwerp = `${onderwerp} ${eenheid.per}`;
  if (!onderwerp) onderwerp = eenheid.eenheidTekst ?? eenheid.eenheid.toLowerCase();
  return ingekort(onderwerp, 120);
}

/** Whether normenOpslaan would take it: the bounds it checks, so a proposal can be confirmed. */
export function houdbaar(n: VoorgesteldeNorm): boolean {
  if (n.waarde < 0 || (n.totWaarde ?? 0) < 0 || !Number.isFinite(n.waarde)) return false;
  if (n.vergelijking === NormVergelijking.TUSSEN) {
    if (n.totWaarde === null || n.totWaarde <= n.waarde) return false;
  } else if (n.totWaarde !== null) return false;
  if (n.eenheid === NormEenheid.PROCENT && Math.max(n.waarde, n.totWaarde ?? 0) > 100) return false;
  if (n.vergelijking === NormVergelijking.MINDER_DAN && n.waarde === 0) return false;
  if (
    n.vergelijking === NormVergelijking.MEER_DAN &&
    n.eenheid === NormEenheid.PROCENT &&
    n.waarde === 100
  )
    return false;
  return (n.eenheid === NormEenheid.ANDERS) === (n.eenheidTekst !== null);
}

/**
 * The norms a text states: a number after a comparison ("ten minste 40 sociale huurwoningen",
 * "binnen drie maanden", "tussen 55 en 70 jaar", "maximaal € 880"), and a bare number of
 * dwellings, places, stars or a percentage ("110 wooneenheden", "50 procent van de woningen").
 * A year, a date, an article or annex number, an amount of money without a comparison, and a
 * bare number of anything else ("twee keer per jaar", "drie kernen") are no norm.
 */
export function normenUit(tekst: string): VoorgesteldeNorm[] {
  const normen: VoorgesteldeNorm[] = [];
  let verder = 0;
  for (const m of tekst.matchAll(GETAL)) {
    if (m.index < verder) continue;
    const eerste = getal(m);
    const voor = tekst.slice(Math.max(0, eerste.van - 90), eerste.van);
    if (
      /(?:artikel|art\.|bijlage|lid|hoofdstuk|paragraaf|nummer|nr\.?|pagina|blz\.?)\s*$/i.test(voor)
    )
      continue;
    const vergelijking = VERGELIJKING_VOOR.exec(voor);
    const euro = vergelijking ? vergelijking[3] !== undefined : /€\s?$/.test(voor);
    if (euro && !vergelijking) continue;
    let soort = vergelijking ? vergelijkingVan(vergelijking[1]!) : NormVergelijking.PRECIES;
    const begin = vergelijking ? eerste.van - vergelijking[0].length : eerste.van;

    // A range: "tussen 55 en 70", "minimaal 10 en hoogstens 15", "50 tot 75".
    let laatste = eerste;
    const na = tekst.slice(eerste.tot);
    const verbinding =
      soort === NormVergelijking.TUSSEN
        ? /^\s+en\s+/.exec(na)
        : soort === NormVergelijking.TEN_MINSTE
          ? /^\s+en\s+(?:hoogstens|maximaal|ten hoogste|niet meer dan)\s+/i.exec(na)
          : !vergelijking
            ? /^\s*(?:tot|à|[-–])\s*/.exec(na)
            : null;
    const tweede = verbinding ? getalOp(tekst, eerste.tot + verbinding[0].length) : null;
    if (tweede && !tweede.maal && !euro) {
      laatste = tweede;
      soort = NormVergelijking.TUSSEN;
    } else if (soort === NormVergelijking.TUSSEN) continue;

    // "maximaal € 880 per maand": the period is part of the norm's words and of its subject.
    const perEuro = euro
      ? /^\s+per\s+(?:maand|jaar|week|m2|m²|vierkante\s+meter|woning|huishouden)(?![\p{L}])/iu.exec(
          tekst.slice(laatste.tot),
        )
      : null;
    let eenheid: Eenheid | null = euro
      ? {
          eenheid: NormEenheid.EURO,
          eenheidTekst: null,
          tot: laatste.tot + (perEuro?.[0].length ?? 0),
          naamwoord: [],
          per: perEuro ? perEuro[0].trim() : null,
        }
      : eenheidNa(tekst, laatste.tot, laatste.maal ?? eerste.maal);
    if (!eenheid && vergelijking?.[2]?.toLowerCase() === 'aantal')
      eenheid = aantalEerder(tekst, begin);
    if (!eenheid) continue;
    const onbepaald = eerste.woord === 'een' || eerste.woord === 'één';
    if (!vergelijking) {
      // Bare numbers: only counts of dwellings, places, stars, and percentages; so "50 tot 75
      // jaar" (an age) and "2027-2029" (a period) are no range.
      if (eerste.jaartal || onbepaald) continue;
      // "ongeveer 100 opstapwoningen" is no exact number, and names no bound either.
      if (/(?:ongeveer|circa|ca\.|zo['’]n|ruim|bijna|rond\s+de)\s+$/i.test(voor)) continue;
      if (!TELBAAR.has(eenheid.eenheid) && eenheid.eenheid !== NormEenheid.PROCENT) continue;
    } else if (
      eerste.woord === 'een' &&
      !TIJD.has(eenheid.eenheid) &&
      !eenheid.eenheidTekst?.includes(' per ')
    ) {
      // "binnen een straal", "ten minste een gesprek": the article, not the number one.
      continue;
    }
    // "uiterlijk tot maximaal 2028 …": a year, whatever word follows it.
    if (eerste.jaartal && eenheid.eenheid === NormEenheid.ANDERS) continue;

    const eind = eenheid.tot > laatste.tot ? eenheid.tot : laatste.tot;
    // "zorgaanbieders (88%)": a figure in passing, not a promise.
    if (!vergelijking && /\(\s*$/.test(voor) && /^\s*\)/.test(tekst.slice(eind))) continue;
    const norm: VoorgesteldeNorm = {
      onderwerp: onderwerpVan(tekst, eenheid, begin, eind),
      vergelijking: soort,
      waarde: eerste.waarde,
      totWaarde: soort === NormVergelijking.TUSSEN ? laatste.waarde : null,
      eenheid: eenheid.eenheid,
      eenheidTekst: eenheid.eenheid === NormEenheid.ANDERS ? eenheid.eenheidTekst : null,
      woorden: tekst.slice(begin, eind).replace(/\s+/g, ' '),
    };
    if (!houdbaar(norm)) continue;
    normen.push(norm);
    verder = eind;
  }
  return normen;
}
