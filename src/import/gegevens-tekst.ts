/** Word helpers the readers of an afspraak's details share (see gegevens.ts). */

/**
 * A pattern on whole words. JavaScript's \b knows no "ë" or "é", so a letter or digit on either
 * side is what keeps "ouderen" out of "ouderenbond" and "één" whole.
 */
export const heel = (bron: string, vlaggen = 'giu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${bron})(?![\\p{L}\\p{N}])`, vlaggen);

/** Words that begin a sentence with a capital without being a name. */
export const GEWONE_BEGINWOORDEN = new Set(
  'de het een in voor bij met van uit aan op naast ook alle elke iedere deze die dat om zo wie als indien wanneer ten tot en of dan waar zij hij partijen'.split(
    ' ',
  ),
);

export const hoofdletter = (woord: string) => /^\p{Lu}/u.test(woord);

/** Whether `positie` starts a sentence (or a list item): a capital there says nothing. */
export function zinsbegin(tekst: string, positie: number): boolean {
  return /(?:^|[.!?:;•▪–-]\s*|\(\s*|["'‘“]\s*)$/u.test(tekst.slice(0, positie).trimEnd());
}

/** The word before `positie` and where it starts, if the text has one in the same clause. */
export function woordVoor(
  tekst: string,
  positie: number,
): { woord: string; positie: number } | null {
  const m = /([\p{L}\p{N}'’-]+)\s+$/u.exec(tekst.slice(0, positie));
  return m ? { woord: m[1]!, positie: m.index } : null;
}

export function woordNa(tekst: string, positie: number): string | null {
  return /^\s+([\p{L}\p{N}'’-]+)/u.exec(tekst.slice(positie))?.[1] ?? null;
}

/**
 * Whether the words at van–tot belong to a name ("Kompas GGZ", "Stichting Senioren Vlietdam"):
 * a capital inside a sentence, or a capitalised word next to it, marks a name, not a group.
 */
export function inNaam(tekst: string, van: number, tot: number): boolean {
  const gevonden = tekst.slice(van, tot);
  const afkorting = /^\p{Lu}{2,}/u.test(gevonden);
  const groot = hoofdletter(gevonden);
  if (groot && !afkorting && !zinsbegin(tekst, van)) return true;
  const voor = woordVoor(tekst, van);
  if (voor && hoofdletter(voor.woord) && !GEWONE_BEGINWOORDEN.has(voor.woord.toLowerCase())) {
    if (!zinsbegin(tekst, voor.positie) || groot) return true;
  }
  const na = woordNa(tekst, tot);
  return groot && na !== null && hoofdletter(na) && !GEWONE_BEGINWOORDEN.has(na.toLowerCase());
}

/** Words that carry no meaning of their own: they never name a unit, nor begin or end a subject. */
export const FUNCTIEWOORDEN = new Set(
  (
    'de het een die dat deze dit en of in op bij binnen tot te om van voor met aan uit door na ' +
    'naar over per als dan zodat waar waarvan waarbij waarmee wordt worden is zijn was waren ' +
    'zij hij ze we wij haar hun zijn er ook nog al wel niet geen elk elke ieder iedere alle ' +
    'zo mits tegen via omdat vóór waarin bedraagt bedragen '
  )
    .trim()
    .split(/\s+/),
);

/** Function words off both ends, white space made single. */
export function bijgesneden(tekst: string): string {
  const woorden = tekst
    .replace(/[\s,;:.]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (woorden.length && FUNCTIEWOORDEN.has(woorden[0]!.toLowerCase())) woorden.shift();
  while (woorden.length && FUNCTIEWOORDEN.has(woorden.at(-1)!.toLowerCase())) woorden.pop();
  return woorden.join(' ');
}

/** At most `max` characters, cut at a word. */
export function ingekort(tekst: string, max: number): string {
  if (tekst.length <= max) return tekst;
  const kort = tekst.slice(0, max - 2);
  return `${kort.slice(0, Math.max(kort.lastIndexOf(' '), 1))} …`;
}
