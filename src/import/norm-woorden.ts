import { NormEenheid, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import { FUNCTIEWOORDEN, hoofdletter } from './gegevens-tekst';

/** The words around a norm's number: its comparison, its unit, and where its subject ends. */

/** The comparison words a norm opens with, longest first where one holds another. */
export const VERGELIJKINGEN: [string, NormVergelijking][] = [
  ['niet minder dan', NormVergelijking.TEN_MINSTE],
  ['niet meer dan', NormVergelijking.HOOGSTENS],
  ['ten minste', NormVergelijking.TEN_MINSTE],
  ['tenminste', NormVergelijking.TEN_MINSTE],
  ['minimaal', NormVergelijking.TEN_MINSTE],
  ['minstens', NormVergelijking.TEN_MINSTE],
  ['op zijn minst', NormVergelijking.TEN_MINSTE],
  ['een minimum van', NormVergelijking.TEN_MINSTE],
  ['tot maximaal', NormVergelijking.HOOGSTENS],
  ['maximaal', NormVergelijking.HOOGSTENS],
  ['hoogstens', NormVergelijking.HOOGSTENS],
  ['ten hoogste', NormVergelijking.HOOGSTENS],
  ['een maximum van', NormVergelijking.HOOGSTENS],
  ['meer dan', NormVergelijking.MEER_DAN],
  ['minder dan', NormVergelijking.MINDER_DAN],
  // A service level or a distance: "binnen drie maanden", "binnen een straal van 500 meter".
  [
    'binnen(?:\\s+(?:een|de)\\s+(?:straal|afstand|loopafstand|fietsafstand|reistijd)\\s+van)?',
    NormVergelijking.HOOGSTENS,
  ],
  ['tussen', NormVergelijking.TUSSEN],
];

/**
 * The comparison just before a number, with what may stand between: "circa", or "ten minste
 * (gelijk aan) het huidige aantal van 1.661".
 */
export const VERGELIJKING_VOOR = new RegExp(
  `(?<![\\p{L}])(${VERGELIJKINGEN.map(([w]) => w).join('|')})` +
    `(?:\\s+(?:circa|ongeveer|zo'n|ca\\.))?` +
    `(?:\\s+(?:gelijk\\s+aan\\s+)?(?:het|de)\\s+(?:huidige\\s+)?(aantal|niveau)\\s+van)?\\s+(€\\s?)?$`,
  'iu',
);

export function vergelijkingVan(woorden: string): NormVergelijking {
  const w = woorden.toLowerCase().replace(/\s+/g, ' ');
  return (
    VERGELIJKINGEN.find(([patroon]) => new RegExp(`^(?:${patroon})$`).test(w))?.[1] ??
    NormVergelijking.PRECIES
  );
}

/** The units a text writes after a number; a word ending in "woningen" counts dwellings. */
export const EENHEDEN: [RegExp, NormEenheid][] = [
  [/^(meter|m)$/, NormEenheid.METER],
  [/^(kilometer|km)$/, NormEenheid.KILOMETER],
  [/^(minuten|minuut)$/, NormEenheid.MINUTEN],
  [/^(dagen|dag|kalenderdagen)$/, NormEenheid.DAGEN],
  [/^(weken|week)$/, NormEenheid.WEKEN],
  [/^(maanden|maand)$/, NormEenheid.MAANDEN],
  [/^(jaar|jaren)$/, NormEenheid.JAREN],
  [/^(uur|uren)$/, NormEenheid.UREN],
  [/^(sterren|ster)$/, NormEenheid.STERREN],
  [/^euro$/, NormEenheid.EURO],
  [/^procent$/, NormEenheid.PROCENT],
  [/(woningen|woning|wooneenheden|wooneenheid|appartementen|appartement)$/, NormEenheid.WONINGEN],
  [
    /^(plaatsen|plekken|bedden|\p{L}*(zorg|verpleeg|opvang|logeer|crisis|woon|stand)(plaatsen|plekken|bedden))$/u,
    NormEenheid.PLAATSEN,
  ],
];

/** Units that count something: a bare number before them is a target ("40 woningen"). */
export const TELBAAR = new Set([NormEenheid.WONINGEN, NormEenheid.PLAATSEN, NormEenheid.STERREN]);

/** Units of time: a number of them is a norm only after a comparison ("binnen drie maanden"). */
export const TIJD = new Set([
  NormEenheid.MINUTEN,
  NormEenheid.UREN,
  NormEenheid.DAGEN,
  NormEenheid.WEKEN,
  NormEenheid.MAANDEN,
  NormEenheid.JAREN,
]);

export const MAANDEN_EN_DAGEN =
  /^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/i;

/** What follows a noun and says which ones: "voor ouderen", "met een belevingstuin". */
export const AANVULLING = new Set(['voor', 'van', 'met', 'zonder', 'aan', 'uit']);
/** Where a noun phrase ends: a place, a time, a new clause. */
export const EINDE_AANVULLING = new Set([
  'in',
  'op',
  'bij',
  'binnen',
  'tot',
  'en',
  'of',
  'waar',
  'waarvan',
  'waarbij',
  'waarmee',
  'te',
  'om',
  'zodat',
  'wordt',
  'worden',
  'is',
  'zijn',
  'na',
  'vóór',
  'voordat',
  'uiterlijk',
  'per',
  'als',
  'mits',
  'dan',
  'via',
  'omdat',
  'door',
  'tegen',
]);
/** Words a verb is followed by in an inverted clause ("… bekostigen de gemeente"). */
export const NA_WERKWOORD = new Set([
  'de',
  'het',
  'een',
  'zij',
  'hij',
  'ze',
  'wij',
  'we',
  'partijen',
]);

/** A word that qualifies the noun after it: "sociale", "(zorg)", "extra"; "en" joins two. */
export const bijvoeglijk = (woord: string) =>
  woord === 'en' ||
  woord === 'of' ||
  (!FUNCTIEWOORDEN.has(woord) &&
    (/e$/.test(woord) ||
      /^\(.*\)$/.test(woord) ||
      /^(extra|nieuw|sociaal|klein|groot|betaalbaar|tijdelijk|permanent|zelfstandig|geschikt|toegankelijk)$/.test(
        woord,
      )));

export interface Woord {
  tekst: string;
  klein: string;
  van: number;
  tot: number;
}

/** The words from `positie` up to the first punctuation mark, at most `max`. */
export function woordenVanaf(tekst: string, positie: number, max = 16): Woord[] {
  const woorden: Woord[] = [];
  const patroon = /\s+([\p{L}\p{N}()'’/-]*[\p{L}\p{N})'’])/uy;
  patroon.lastIndex = positie;
  for (let m = patroon.exec(tekst); m && woorden.length < max; m = patroon.exec(tekst)) {
    const van = m.index + m[0].length - m[1]!.length;
    woorden.push({ tekst: m[1]!, klein: m[1]!.toLowerCase(), van, tot: van + m[1]!.length });
  }
  return woorden;
}

export interface Eenheid {
  eenheid: NormEenheid;
  eenheidTekst: string | null;
  /** Where the unit's words end. */
  tot: number;
  /** The unit with the words that qualify it ("nieuwe geclusterde wooneenheden"), if a noun. */
  naamwoord: Woord[];
  /** What an amount is per: "per maand". */
  per?: string | null;
}

/** The unit after a number: "%", "procent", "keer per jaar", or the noun its adjectives lead to. */
export function eenheidNa(tekst: string, positie: number, maal: string | null): Eenheid | null {
  const na = tekst.slice(positie);
  const procent = /^\s?%|^\s+procent(?![\p{L}])/u.exec(na);
  if (procent)
    return {
      eenheid: NormEenheid.PROCENT,
      eenheidTekst: null,
      tot: positie + procent[0].length,
      naamwoord: [],
    };
  const keer = /^(?:\s*(keer|maal|x))?\s+per\s+(jaar|kwartaal|maand|week|dag)(?![\p{L}])/iu.exec(
    na,
  );
  if (keer && (maal || keer[1])) {
    const woord = (keer[1] ?? maal)!.toLowerCase();
    return {
      eenheid: NormEenheid.ANDERS,
      eenheidTekst: `${woord === 'x' ? 'keer' : woord} per ${keer[2]!.toLowerCase()}`,
      tot: positie + keer[0].length,
      naamwoord: [],
    };
  }
  if (maal) return null;
  const woorden = woordenVanaf(tekst, positie, 7);
  for (let i = 0; i < Math.min(woorden.length, 6); i++) {
    const w = woorden[i]!;
    const eenheid = EENHEDEN.find(([p]) => p.test(w.klein))?.[1];
    if (eenheid)
      return { eenheid, eenheidTekst: null, tot: w.tot, naamwoord: woorden.slice(0, i + 1) };
    if (!bijvoeglijk(w.klein)) break;
  }
  // Another unit: the words up to the first that carries no meaning, as the text has them.
  const eigen: Woord[] = [];
  for (const w of woorden.slice(0, 3)) {
    if (FUNCTIEWOORDEN.has(w.klein) || /\d/.test(w.klein)) break;
    eigen.push(w);
    if (!bijvoeglijk(w.klein)) break;
  }
  const laatste = eigen.at(-1);
  // "1 mei" is a date, "twee derde" a share of something the text names after it.
  if (!laatste || MAANDEN_EN_DAGEN.test(laatste.klein) || hoofdletter(laatste.tekst)) return null;
  if (/^(derde|kwart|helft|vierde|vijfde|zesde|achtste|tiende)n?$/.test(eigen[0]!.klein))
    return null;
  const eenheidTekst = tekst.slice(eigen[0]!.van, laatste.tot);
  if (eenheidTekst.length > 50) return null;
  return { eenheid: NormEenheid.ANDERS, eenheidTekst, tot: laatste.tot, naamwoord: eigen };
}
