import { LocatieSoort } from '../overeenkomsten/locatie.entity';

/** Places, only where the text says what they are: "de wijk …", "zorgcomplex …", an address. */

export interface VoorgesteldeLocatie {
  soort: LocatieSoort;
  naam: string;
}

/** A word of a name: a capital first ("Westhaven", "Oud-Beijerland", "IJssel", "'t"). */
export const NAAMWOORD = `(?:\\p{Lu}[\\p{L}'’-]*|'t)`;
/** A name of one or more words, with the small words Dutch place names have inside. */
export const NAAM = `${NAAMWOORD}(?:\\s+(?:(?:aan|den|de|der|van|op|ter|bij)\\s+)*${NAAMWOORD})*`;
/** More names: "Zonnehof, Veerstaete en Oranjehof". */
export const NAMEN = `${NAAM}(?:\\s*,\\s*${NAAM})*(?:\\s+en\\s+${NAAM})?`;

export const STRAAT = `(?:straat|weg|laan|plein|kade|singel|gracht|dijk|dreef|steeg|pad|markt|ring|boulevard|allee)`;

/**
 * The words that introduce a place, in lower case as a sentence has them: "in de wijk Westhaven",
 * "de kernen Zandhoven en Oosterzand", "zorgcomplex De Meerpaal". A plural takes a list, and only
 * after "de": "alle dorpen en wijken Maak …" is a heading run into a sentence, not a list.
 */
export const plaatsNa = (woorden: string, namen: string) =>
  // Not inside an address of the web ("huiskamer-van-de-wijk").
  new RegExp(`(?<![\\p{L}/.-])(?:${woorden})\\s+(${namen})`, 'gu');
export const LOCATIE_PATRONEN: [LocatieSoort, RegExp][] = [
  [LocatieSoort.WIJK, plaatsNa(`wijk|woonwijk|buurt|stadsdeel`, NAAM)],
  [LocatieSoort.WIJK, plaatsNa(`[Dd]e\\s+(?:wijken|buurten|stadsdelen)`, NAMEN)],
  [LocatieSoort.KERN, plaatsNa(`kern|dorp|dorpskern|woonkern`, NAAM)],
  [LocatieSoort.KERN, plaatsNa(`[Dd]e\\s+(?:kernen|dorpen|dorpskernen)`, NAMEN)],
  // Only where it lies: "De gemeente Westerwaard stelt …" is the partij.
  [LocatieSoort.GEMEENTE, plaatsNa(`(?:[Ii]n|[Bb]innen)\\s+(?:de\\s+)?gemeente`, NAAM)],
  [LocatieSoort.GEMEENTE, plaatsNa(`(?:[Ii]n|[Bb]innen)\\s+de\\s+gemeenten`, NAMEN)],
  [
    LocatieSoort.COMPLEX,
    plaatsNa(
      `\\p{Ll}*complex|locatie|zorglocatie|verzorgingshuis|verpleeghuis|woonzorgcentrum|flat|woongebouw|appartementengebouw|bouwproject|nieuwbouwproject`,
      NAAM,
    ),
  ],
  [
    LocatieSoort.COMPLEX,
    plaatsNa(`[Dd]e\\s+(?:\\p{Ll}*complexen|locaties|zorglocaties|woonzorgcentra|flats)`, NAMEN),
  ],
  // "Kerkstraat 12", "aan de Dorpsstraat".
  [
    LocatieSoort.ADRES,
    new RegExp(
      `(?<![\\p{L}])(${NAAMWOORD}(?:\\s+${NAAMWOORD})*${STRAAT}\\s+\\d{1,4}(?:\\s?[a-z])?)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
  ],
  [
    LocatieSoort.ADRES,
    plaatsNa(`[Aa]an\\s+(?:de|het)`, `${NAAMWOORD}(?:\\s+${NAAMWOORD})*${STRAAT}(?![\\p{L}])`),
  ],
];

export const RECHTSVORM =
  /^(?:stichting|woonstichting|woningstichting|woningcorporatie|woningbouwvereniging|huurdersvereniging|huurdersorganisatie|huurdersbelangenvereniging|vereniging|zorgkantoor|zorggroep)\s+/;

/** What a capital may begin that is no place: an organisation, a scheme, a law, a date. */
export const GEEN_PLAATS = new RegExp(
  `(?<![\\p{L}])(?:stichting|woonstichting|woningstichting|wonen|zorggroep|zorg|ggz|gemeente|huurders\\p{L}*|` +
    `welzijn|zorgkantoor|vereniging|corporatie|woningcorporatie|groep|b\\.?v|wmo|wlz|zvw|ciz|` +
    `januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|` +
    `maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?![\\p{L}])`,
  'iu',
);

/**
 * The places a text names after a word that says what they are. A name on its own ("in
 * Oosterzand") is not taken: without the word before it, it may as well be a partij, a scheme or
 * a person. `partijnamen` (the overeenkomst's partijen) are never places, nor their short forms.
 */
export function locatiesUit(
  tekst: string,
  partijnamen: readonly string[] = [],
): VoorgesteldeLocatie[] {
  // "Woonstichting Het Veenhuis" is also "Het Veenhuis"; "Gemeente Zandhoven" leaves the kern
  // Zandhoven a place.
  const partijen = new Set(
    partijnamen.flatMap((p) => {
      const klein = p.toLowerCase().trim();
      return /^gemeente\s/.test(klein) ? [klein] : [klein, klein.replace(RECHTSVORM, '')];
    }),
  );
  const gevonden: (VoorgesteldeLocatie & { positie: number })[] = [];
  const bezet: [number, number][] = [];
  for (const [soort, patroon] of LOCATIE_PATRONEN) {
    for (const m of tekst.matchAll(patroon)) {
      const groep = m[1]!;
      const groepVan = m.index + m[0].length - groep.length;
      if (bezet.some(([van, tot]) => groepVan < tot && groepVan + groep.length > van)) continue;
      // "… van de wijk Gemeente: Verschillende gemeenten": a label of a form, not a name.
      if (/^\s*:/.test(tekst.slice(groepVan + groep.length))) continue;
      const namen =
        soort === LocatieSoort.ADRES ? [groep] : groep.split(/\s*,\s*|\s+en\s+/).filter(Boolean);
      let genomen = false;
      for (const naam of namen) {
        const klein = naam.toLowerCase();
        if (GEEN_PLAATS.test(naam) || naam.length < 2) continue;
        if (partijen.has(klein)) continue;
        // "De" or "Het" alone is the start of a sentence, not a name; capitals only, a heading.
        if (/^(de|het|een|'t)$/i.test(naam) || /\p{Lu}{4,}/u.test(naam)) continue;
        if (gevonden.some((g) => g.soort === soort && g.naam === naam)) continue;
        gevonden.push({ soort, naam, positie: groepVan + groep.indexOf(naam) });
        genomen = true;
      }
      if (genomen) bezet.push([groepVan, groepVan + groep.length]);
    }
  }
  return gevonden.sort((a, b) => a.positie - b.positie).map(({ soort, naam }) => ({ soort, naam }));
}
