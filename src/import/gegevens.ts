import { Doelgroep } from '../overeenkomsten/afspraak-type';
import { NormEenheid, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import { BedragFrequentie } from '../overeenkomsten/financieel-overzicht';
import { LocatieSoort } from '../overeenkomsten/locatie.entity';

/*
 * What an imported afspraak states besides its type: for whom, which norms, where, and which
 * money. Each reader proposes only what the words say plainly; the review screen shows the words
 * it stands on, and a wrong proposal costs the user more than a missed one.
 */

/**
 * A pattern on whole words. JavaScript's \b knows no "ë" or "é", so a letter or digit on either
 * side is what keeps "ouderen" out of "ouderenbond" and "één" whole.
 */
const heel = (bron: string, vlaggen = 'giu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${bron})(?![\\p{L}\\p{N}])`, vlaggen);

/** Words that begin a sentence with a capital without being a name. */
const GEWONE_BEGINWOORDEN = new Set(
  'de het een in voor bij met van uit aan op naast ook alle elke iedere deze die dat om zo wie als indien wanneer ten tot en of dan waar zij hij partijen'.split(
    ' ',
  ),
);

const hoofdletter = (woord: string) => /^\p{Lu}/u.test(woord);

/** Whether `positie` starts a sentence (or a list item): a capital there says nothing. */
function zinsbegin(tekst: string, positie: number): boolean {
  return /(?:^|[.!?:;•▪–-]\s*|\(\s*|["'‘“]\s*)$/u.test(tekst.slice(0, positie).trimEnd());
}

/** The word before `positie` and where it starts, if the text has one in the same clause. */
function woordVoor(tekst: string, positie: number): { woord: string; positie: number } | null {
  const m = /([\p{L}\p{N}'’-]+)\s+$/u.exec(tekst.slice(0, positie));
  return m ? { woord: m[1]!, positie: m.index } : null;
}

function woordNa(tekst: string, positie: number): string | null {
  return /^\s+([\p{L}\p{N}'’-]+)/u.exec(tekst.slice(positie))?.[1] ?? null;
}

/**
 * Whether the words at van–tot belong to a name ("Kompas GGZ", "Stichting Senioren Vlietdam"):
 * a capital inside a sentence, or a capitalised word next to it, marks a name, not a group.
 */
function inNaam(tekst: string, van: number, tot: number): boolean {
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

/** "Ouderen met een zorgvraag" is one group, and names no other: it is read first and blanked. */
const ZORGVRAAG = heel(
  [
    `(?:ouderen|senioren|bejaarden)\\s+met\\s+(?:een\\s+)?(?:(?:lichte|zware|intensieve)\\s+)?` +
      `(?:zorg(?:-\\s*(?:en|of|en\\/of)\\s+ondersteunings)?|ondersteunings|hulp)(?:vraag|behoefte|indicatie)`,
    `(?:zorgbehoevende|hulpbehoevende|kwetsbare)\\s+(?:ouderen|senioren)`,
    `(?:ouderen|senioren)\\s+die\\s+zorg\\s+nodig\\s+hebben`,
  ].join('|'),
);

/**
 * Young people from the jeugdzorg, not the jeugdzorg as a sector ("de jeugdzorgaanbieders"); and
 * "uitstromers uit de jeugdzorg" are not the uitstromers of beschermd wonen.
 */
const JEUGDZORG = heel(
  [
    `(?:jongeren|jongvolwassenen|zorgjongeren)(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:uit|in|van)\\s+(?:de\\s+)?jeugdzorg`,
    `(?:uitstromers?|uitstromen|uitstroom|doorstroom|doorstromers?)\\s+uit\\s+(?:de\\s+)?jeugdzorg`,
  ].join('|'),
);

/** "Mensen met een lichamelijke of verstandelijke beperking": every kind the list names. */
const BEPERKING = heel(
  `((?:(?:licht\\s+)?(?:lichamelijke?|fysieke?|motorische?|verstandelijke?|zintuiglijke?|visuele?|auditieve?)` +
    `[\\s,()/]*(?:(?:en\\/of|of|en)[\\s()]+)?)+)beperking(?:en)?`,
);
const SOORT_BEPERKING: [RegExp, Doelgroep][] = [
  [/lichamelijk|fysiek|motorisch/, Doelgroep.LICHAMELIJKE_BEPERKING],
  [/verstandelijk/, Doelgroep.VERSTANDELIJKE_BEPERKING],
  [/zintuiglijk|visue|auditie/, Doelgroep.ZINTUIGLIJKE_BEPERKING],
];

/** The usual wordings of each group (seed 000 and the aandachtsgroepen of seed 001, bijlage 1). */
const DOELGROEP_WOORDEN: [Doelgroep, RegExp, ((tekst: string, van: number) => boolean)?][] = [
  [
    Doelgroep.OUDEREN,
    heel(
      [
        // Not "niet-ouderen".
        `(?<!niet-)(?:ouderen|senioren|bejaarden)`,
        `(?:ouderen|senioren)(?:woning|woningen|complex|complexen|huisvesting)`,
        `oudere\\s+(?:huurders|inwoners|bewoners|mensen|woningzoekenden)`,
        // "55-plussers", "75+'ers", "55+-woning", "zeventigplussers".
        `(?:50|55|60|65|70|75|80|85)(?:\\+|-?plussers?)`,
        `(?:vijftig|vijfenvijftig|zestig|vijfenzestig|zeventig|vijfenzeventig|tachtig)plussers?`,
        `(?:55|60|65|70|75|80)\\s+jaar\\s+en\\s+ouder`,
        `(?:55|60|65|70|75)-?\\s+tot\\s+\\d\\d(?:-jarigen|\\s+jaar)`,
      ].join('|'),
    ),
  ],
  [
    Doelgroep.PSYCHOGERIATRISCH,
    heel(`dementie|dementerende[n]?|psychogeriatrische?|psychogeriatrie`),
  ],
  [Doelgroep.SOMATISCH, heel(`somatische?|somatiek`)],
  [
    Doelgroep.LICHAMELIJKE_BEPERKING,
    heel(
      `mobiliteitsbeperking(?:en)?|lichamelijk\\s+(?:gehandicapten|beperkten)|rolstoelgebruikers?`,
    ),
  ],
  [
    Doelgroep.VERSTANDELIJKE_BEPERKING,
    heel(`verstandelijk\\s+(?:gehandicapten|beperkten)|lvb(?:['’]ers)?`),
  ],
  [
    Doelgroep.ZINTUIGLIJKE_BEPERKING,
    heel(`blinden|slechtzienden|doven|slechthorenden|doofblinden`),
  ],
  [
    Doelgroep.GGZ,
    heel(
      `ggz|geestelijke\\s+gezondheidszorg|psychische?|psychiatrische?|verward\\s+gedrag|psychiatrie`,
    ),
  ],
  [
    Doelgroep.UITSTROMERS_BW_MO,
    heel(
      [
        `uitstromers?`,
        `(?:uitstroom|uitstromen|uitstroomt)\\s+uit\\s+(?:het\\s+|de\\s+|een\\s+)?(?:beschermd\\s+wonen|beschermde\\s+woonvorm(?:en)?|maatschappelijke\\s+opvang|opvang|instelling(?:en)?|intramurale)`,
        `uit\\s+een\\s+instelling\\s+(?:is\\s+|zijn\\s+)?uitgestroomd`,
      ].join('|'),
    ),
  ],
  [
    Doelgroep.UITSTROMERS_BW_MO,
    heel(
      `beschermd\\s+wonen|beschermde\\s+woonvorm(?:en)?|maatschappelijke\\s+opvang|vrouwenopvang`,
    ),
    // The people of beschermd wonen, not the housing category in a list of woningtypen.
    (tekst, van) =>
      /(?<![\p{L}])(?:cliënten|cliënt|clienten|mensen|personen|huurders|bewoners|inwoners|uitstromers|doelgroep|groep)(?![\p{L}])[^,;.:]{0,40}$/iu.test(
        tekst.slice(Math.max(0, van - 60), van),
      ),
  ],
  [
    Doelgroep.DAK_EN_THUISLOZEN,
    heel(
      `dak-\\s*en\\s+thuisloze[n]?|dakloze[n]?|daklozen|thuislozen|dakloosheid|thuisloosheid|zwerfjongeren`,
    ),
  ],
  [
    Doelgroep.STATUSHOUDERS,
    heel(`statushouders?|vergunninghouders?|houders\\s+van\\s+een\\s+verblijfsvergunning`),
  ],
  [
    Doelgroep.URGENTEN,
    // "Urgentie" alone is as often haste ("de urgentie van de opgave"); the regulation's words
    // name the group. The "urgentieplusregeling" a text names for others is one word.
    heel(
      [
        `urgenten|urgente?\\s+woningzoekenden|urgentieverklaring(?:en)?|urgentieregeling`,
        `urgentie\\s*categorie[eë]n|(?:sociale|medische)\\s+urgentie`,
        `(?:met|zonder|op)\\s+(?:een\\s+)?urgentie(?!\\s+(?:en|van))`,
      ].join('|'),
    ),
  ],
  [Doelgroep.MANTELZORGERS, heel(`mantelzorg\\p{L}*`)],
  [
    Doelgroep.ARBEIDSMIGRANTEN,
    heel(`arbeidsmigranten?|(?:internationale|buitenlandse)\\s+werknemers`),
  ],
  [Doelgroep.STUDENTEN, heel(`studenten|student|studenten(?:huisvesting|woningen|kamers)`)],
  [Doelgroep.WOONWAGENBEWONERS, heel(`woonwagen\\p{L}*|standplaats(?:en)?`)],
  [
    Doelgroep.ALLE_HUURDERS,
    heel(`alle\\s+(?:(?:huidige|zittende)\\s+)?huurders|iedere\\s+huurder|elke\\s+huurder`),
  ],
];

/** Blanks what was read, so a longer wording is not read again as a shorter one. */
const blank = (tekst: string, van: number, tot: number) =>
  tekst.slice(0, van) + ' '.repeat(tot - van) + tekst.slice(tot);

/**
 * The aandachtsgroepen a text names, in the order of the enum, each once. Only wordings that name
 * a group: "mensen met een beperking" says not which, "ouderinitiatieven" are parents.
 */
export function doelgroepenUit(tekst: string): Doelgroep[] {
  const gevonden = new Set<Doelgroep>();
  let rest = tekst;
  const lees = (
    patroon: RegExp,
    doelgroepen: (m: RegExpExecArray) => Doelgroep[],
    voorwaarde?: (tekst: string, van: number) => boolean,
  ) => {
    for (const m of rest.matchAll(patroon)) {
      if (inNaam(tekst, m.index, m.index + m[0].length)) continue;
      if (voorwaarde && !voorwaarde(tekst, m.index)) continue;
      for (const d of doelgroepen(m)) gevonden.add(d);
      rest = blank(rest, m.index, m.index + m[0].length);
    }
  };
  lees(ZORGVRAAG, () => [Doelgroep.OUDEREN_MET_ZORGVRAAG]);
  lees(JEUGDZORG, () => [Doelgroep.JONGEREN_UIT_JEUGDZORG]);
  lees(BEPERKING, (m) =>
    SOORT_BEPERKING.filter(([p]) => p.test(m[1]!.toLowerCase())).map(([, d]) => d),
  );
  for (const [doelgroep, patroon, voorwaarde] of DOELGROEP_WOORDEN)
    lees(patroon, () => [doelgroep], voorwaarde);
  return Object.values(Doelgroep).filter((d) => gevonden.has(d));
}

// ---------------------------------------------------------------------------------------------
// Normen

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

const GETALWOORDEN: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
};

/**
 * A number as Dutch writes it ("1.661", "2,5", "veertig", "tweemaal", "2x"). Not a part of
 * another word or number: "24-uurs", "55-plussers", "75+", "CIZ-4" are no amounts of anything.
 */
const GETAL_BRON =
  `(?<![\\p{L}\\p{N}.,/+]|\\p{L}[-–])` +
  `(?:(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?|(één|${Object.keys(GETALWOORDEN).join('|')}))` +
  `(maal|x)?(?![\\p{L}\\p{N}+]|[.,]\\d|[-–]\\p{L})`;
const GETAL = new RegExp(GETAL_BRON, 'giu');
const GETAL_HIER = new RegExp(GETAL_BRON, 'iuy');

interface Getal {
  waarde: number;
  van: number;
  tot: number;
  /** Written as a word ("een", "veertig"), not in digits. */
  woord: string | null;
  /** "tweemaal", "2x": a number of times. */
  maal: string | null;
  /** Written like a year: four digits from 1900 to 2099. */
  jaartal: boolean;
}

function getal(m: RegExpExecArray): Getal {
  const woord = m[3]?.toLowerCase() ?? null;
  const waarde =
    woord !== null
      ? // "Eén" and "één" are the number one, and no key of their own.
        GETALWOORDEN[woord.normalize('NFD').replace(/\p{M}/gu, '')]!
      : Number(`${m[1]!.replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`);
  return {
    waarde,
    van: m.index,
    tot: m.index + m[0].length,
    woord,
    maal: m[4]?.toLowerCase() ?? null,
    jaartal: /^(19|20)\d\d$/.test(m[1] ?? '') && !m[2],
  };
}

function getalOp(tekst: string, positie: number): Getal | null {
  GETAL_HIER.lastIndex = positie;
  const m = GETAL_HIER.exec(tekst);
  return m ? getal(m) : null;
}

/** The comparison words a norm opens with, longest first where one holds another. */
const VERGELIJKINGEN: [string, NormVergelijking][] = [
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
const VERGELIJKING_VOOR = new RegExp(
  `(?<![\\p{L}])(${VERGELIJKINGEN.map(([w]) => w).join('|')})` +
    `(?:\\s+(?:circa|ongeveer|zo'n|ca\\.))?` +
    `(?:\\s+(?:gelijk\\s+aan\\s+)?(?:het|de)\\s+(?:huidige\\s+)?(aantal|niveau)\\s+van)?\\s+(€\\s?)?$`,
  'iu',
);

function vergelijkingVan(woorden: string): NormVergelijking {
  const w = woorden.toLowerCase().replace(/\s+/g, ' ');
  return (
    VERGELIJKINGEN.find(([patroon]) => new RegExp(`^(?:${patroon})$`).test(w))?.[1] ??
    NormVergelijking.PRECIES
  );
}

/** The units a text writes after a number; a word ending in "woningen" counts dwellings. */
const EENHEDEN: [RegExp, NormEenheid][] = [
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
const TELBAAR = new Set([NormEenheid.WONINGEN, NormEenheid.PLAATSEN, NormEenheid.STERREN]);

/** Units of time: a number of them is a norm only after a comparison ("binnen drie maanden"). */
const TIJD = new Set([
  NormEenheid.MINUTEN,
  NormEenheid.UREN,
  NormEenheid.DAGEN,
  NormEenheid.WEKEN,
  NormEenheid.MAANDEN,
  NormEenheid.JAREN,
]);

const MAANDEN_EN_DAGEN =
  /^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/i;

/** Words that carry no meaning of their own: they never name a unit, nor begin or end a subject. */
const FUNCTIEWOORDEN = new Set(
  (
    'de het een die dat deze dit en of in op bij binnen tot te om van voor met aan uit door na ' +
    'naar over per als dan zodat waar waarvan waarbij waarmee wordt worden is zijn was waren ' +
    'zij hij ze we wij haar hun zijn er ook nog al wel niet geen elk elke ieder iedere alle ' +
    'zo mits tegen via omdat vóór waarin bedraagt bedragen '
  )
    .trim()
    .split(/\s+/),
);

/** What follows a noun and says which ones: "voor ouderen", "met een belevingstuin". */
const AANVULLING = new Set(['voor', 'van', 'met', 'zonder', 'aan', 'uit']);
/** Where a noun phrase ends: a place, a time, a new clause. */
const EINDE_AANVULLING = new Set([
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
const NA_WERKWOORD = new Set(['de', 'het', 'een', 'zij', 'hij', 'ze', 'wij', 'we', 'partijen']);

/** A word that qualifies the noun after it: "sociale", "(zorg)", "extra"; "en" joins two. */
const bijvoeglijk = (woord: string) =>
  woord === 'en' ||
  woord === 'of' ||
  (!FUNCTIEWOORDEN.has(woord) &&
    (/e$/.test(woord) ||
      /^\(.*\)$/.test(woord) ||
      /^(extra|nieuw|sociaal|klein|groot|betaalbaar|tijdelijk|permanent|zelfstandig|geschikt|toegankelijk)$/.test(
        woord,
      )));

interface Woord {
  tekst: string;
  klein: string;
  van: number;
  tot: number;
}

/** The words from `positie` up to the first punctuation mark, at most `max`. */
function woordenVanaf(tekst: string, positie: number, max = 16): Woord[] {
  const woorden: Woord[] = [];
  const patroon = /\s+([\p{L}\p{N}()'’/-]*[\p{L}\p{N})'’])/uy;
  patroon.lastIndex = positie;
  for (let m = patroon.exec(tekst); m && woorden.length < max; m = patroon.exec(tekst)) {
    const van = m.index + m[0].length - m[1]!.length;
    woorden.push({ tekst: m[1]!, klein: m[1]!.toLowerCase(), van, tot: van + m[1]!.length });
  }
  return woorden;
}

interface Eenheid {
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
function eenheidNa(tekst: string, positie: number, maal: string | null): Eenheid | null {
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

/**
 * What follows a noun and belongs to it: "voor ouderen", "met een belevingstuin voor mensen met
 * dementie", "die geschikt zijn voor senioren"; up to a place or time ("in de wijk …"), a new
 * clause, or a verb ("… bekostigen de gemeente").
 */
function aanvullingNa(tekst: string, positie: number): Woord[] {
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
function bijzin(tekst: string, van: number, tot: number): { begin: number; eind: number } {
  const grens = () => /[,;:!?](?:\s|$)|\.(?:\s|$)/g;
  let begin = 0;
  for (const m of tekst.slice(0, van).matchAll(grens())) begin = m.index + m[0].length;
  const na = grens().exec(tekst.slice(tot));
  return { begin, eind: na ? tot + na.index : tekst.length };
}

/** Function words off both ends, white space made single. */
function bijgesneden(tekst: string): string {
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
function ingekort(tekst: string, max: number): string {
  if (tekst.length <= max) return tekst;
  const kort = tekst.slice(0, max - 2);
  return `${kort.slice(0, Math.max(kort.lastIndexOf(' '), 1))} …`;
}

const woordenTekst = (tekst: string, woorden: Woord[]) =>
  woorden.length ? tekst.slice(woorden[0]!.van, woorden.at(-1)!.tot) : '';

/** The clause without the norm's own words: "de gemeente beoordeelt de aanvraag". */
function rondom(tekst: string, van: number, tot: number): string {
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
function procentOnderwerp(tekst: string, van: number, tot: number): string {
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
function afstandOnderwerp(tekst: string, tot: number): string | null {
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
function geheelVoor(tekst: string, positie: number): string | null {
  const m = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+van\s+$/u.exec(tekst.slice(0, positie));
  if (!m) return null;
  const woorden = m[1]!.split(/\s+/);
  const laatsteFunctie = woorden.map((w) => FUNCTIEWOORDEN.has(w.toLowerCase())).lastIndexOf(true);
  const geheel = woorden.slice(laatsteFunctie + 1);
  if (!geheel.length || geheel.some(hoofdletter)) return null;
  return geheel.join(' ');
}

/** The noun phrase of a count: "sociale huurwoningen voor ouderen". */
function naamwoordOnderwerp(tekst: string, eenheid: Eenheid, voorVan: number): string {
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
function aantalEerder(tekst: string, positie: number): Eenheid | null {
  const zinBegin = tekst.slice(0, positie).search(/[^.!?;]*$/);
  const m = /\baantal\b/iu.exec(tekst.slice(zinBegin, positie));
  if (!m) return null;
  const eenheid = eenheidNa(tekst, zinBegin + m.index + m[0].length, null);
  return eenheid && TELBAAR.has(eenheid.eenheid) ? eenheid : null;
}

function onderwerpVan(tekst: string, eenheid: Eenheid, van: number, tot: number): string {
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
function houdbaar(n: VoorgesteldeNorm): boolean {
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

// ---------------------------------------------------------------------------------------------
// Locaties

export interface VoorgesteldeLocatie {
  soort: LocatieSoort;
  naam: string;
}

/** A word of a name: a capital first ("Westhaven", "Oud-Beijerland", "IJssel", "'t"). */
const NAAMWOORD = `(?:\\p{Lu}[\\p{L}'’-]*|'t)`;
/** A name of one or more words, with the small words Dutch place names have inside. */
const NAAM = `${NAAMWOORD}(?:\\s+(?:(?:aan|den|de|der|van|op|ter|bij)\\s+)*${NAAMWOORD})*`;
/** More names: "Zonnehof, Veerstaete en Oranjehof". */
const NAMEN = `${NAAM}(?:\\s*,\\s*${NAAM})*(?:\\s+en\\s+${NAAM})?`;

const STRAAT = `(?:straat|weg|laan|plein|kade|singel|gracht|dijk|dreef|steeg|pad|markt|ring|boulevard|allee)`;

/**
 * The words that introduce a place, in lower case as a sentence has them: "in de wijk Westhaven",
 * "de kernen Zandhoven en Oosterzand", "zorgcomplex De Meerpaal". A plural takes a list, and only
 * after "de": "alle dorpen en wijken Maak …" is a heading run into a sentence, not a list.
 */
const plaatsNa = (woorden: string, namen: string) =>
  // Not inside an address of the web ("huiskamer-van-de-wijk").
  new RegExp(`(?<![\\p{L}/.-])(?:${woorden})\\s+(${namen})`, 'gu');
const LOCATIE_PATRONEN: [LocatieSoort, RegExp][] = [
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

const RECHTSVORM =
  /^(?:stichting|woonstichting|woningstichting|woningcorporatie|woningbouwvereniging|huurdersvereniging|huurdersorganisatie|huurdersbelangenvereniging|vereniging|zorgkantoor|zorggroep)\s+/;

/** What a capital may begin that is no place: an organisation, a scheme, a law, a date. */
const GEEN_PLAATS = new RegExp(
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

// ---------------------------------------------------------------------------------------------
// Bedragen

/** "€ 200.000", "€1,5 miljoen", "twee ton" stay what they say in euro. */
export function bedragen(tekst: string): number[] {
  const uitkomst: number[] = [];
  for (const m of tekst.matchAll(
    /€\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?(?:\s?(miljoen|mln|ton|duizend))?/gi,
  )) {
    let bedrag = Number(m[1]!.replace(/\./g, '')) + (m[2] ? Number(`0.${m[2]}`) : 0);
    const schaal = m[3]?.toLowerCase();
    if (schaal === 'miljoen' || schaal === 'mln') bedrag *= 1_000_000;
    else if (schaal === 'ton') bedrag *= 100_000;
    else if (schaal === 'duizend') bedrag *= 1_000;
    uitkomst.push(Math.round(bedrag * 100) / 100);
  }
  return uitkomst;
}

export interface VoorgesteldBedrag {
  euro: number;
  frequentie: BedragFrequentie;
  /** The jaarschijf; for PER_JAAR and TOTAAL the first year of a range the text states. */
  jaar: number | null;
  totJaar: number | null;
  /** What the money is for, in the text's words. */
  doel: string;
  /** The amount as it stands in the text, with a frequency right next to it. */
  woorden: string;
}

const PER_JAAR = heel(
  `jaarlijks|jaarlijkse|per\\s+jaar|per\\s+kalenderjaar|elk\\s+jaar|ieder\\s+jaar|structureel`,
  'iu',
);
const TOTAAL = heel(
  `in\\s+totaal|totaal|(?:over|gedurende|in|voor)\\s+de\\s+(?:hele\\s+|gehele\\s+)?looptijd`,
  'iu',
);
const EENMALIG = heel(`eenmalig|eenmalige`, 'iu');
const JAARTAL = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/gu;

/** A limit on a price or an income: "een huur van maximaal € 880" is no money anyone gives. */
const PRIJSGRENS =
  /\b(?:huur|huurprijs|huurgrens|aftoppingsgrens|liberalisatiegrens|inkomen|inkomensgrens|koopprijs|prijs|grens|woz-waarde)\b[^,;.]{0,50}$/iu;
const GELDSTROOM =
  /\b(?:draagt|dragen|bij|beschikbaar|subsidie\p{L}*|betaalt|betalen|investeert|investeren|financiert|financieren|vergoedt|vergoeden|reserveert|reserveren|budget|bijdrage)\b/iu;

/** "in de periode 2027-2029", "van 2027 tot en met 2030", "vanaf 2028". */
function periode(tekst: string): { van: number | null; tot: number | null } {
  const reeks =
    /(?<![\p{N}])((?:19|20)\d\d)\s*(?:[-–]|tot\s+en\s+met|t\/m|tot)\s*((?:19|20)\d\d)(?![\p{N}])/u.exec(
      tekst,
    );
  if (reeks) return { van: Number(reeks[1]), tot: Number(reeks[2]) };
  const vanaf = /\b(?:vanaf|met\s+ingang\s+van)\s+(?:\d{1,2}\s+\p{L}+\s+)?((?:19|20)\d\d)\b/iu.exec(
    tekst,
  );
  if (vanaf) return { van: Number(vanaf[1]), tot: null };
  const totEnMet = /\btot\s+en\s+met\s+((?:19|20)\d\d)\b/iu.exec(tekst);
  return { van: null, tot: totEnMet ? Number(totEnMet[1]) : null };
}

/**
 * What the money is for: "bij aan de wijkbudgetten", "beschikbaar voor procesbegeleiding van
 * initiatieven", "ten behoeve van …", "investeert … in …"; or a "Voor …" the clause opens with.
 * Not whom it goes to ("aan Stichting Welzijn"), nor what is given back ("in ruil voor").
 */
function doelVan(tekst: string, van: number, tot: number, zinBegin: number): string | null {
  const na = tekst.slice(tot);
  const einde =
    /[,;:]|\.(?:\s|$)|\s(?:zodat|waarmee|waarbij|in\s+ruil|mits|om\s|op\s+voorwaarde|als\s+tegenprestatie|en\s+(?:de|het)\s+\p{Lu})/u;
  const clause = na.slice(0, einde.exec(na)?.index ?? na.length);
  const investering = /\b(?:investeer|investeert|investeren|steekt|steken)\b/i.test(
    tekst.slice(zinBegin, van) + clause,
  );
  const kandidaten = clause.matchAll(
    /(?<![\p{L}])(voor|aan|ten\s+behoeve\s+van|t\.b\.v\.|in)\s+(?=(\S+))/giu,
  );
  for (const k of kandidaten) {
    const woord = k[1]!.toLowerCase();
    const volgend = k[2]!;
    const ervoor = clause.slice(0, k.index);
    if (/\bruil\s*$|tegenprestatie\s*$/i.test(ervoor)) continue;
    if (woord === 'in' && (!investering || /^(\d|totaal|de\s+periode)/i.test(volgend))) continue;
    if (woord === 'aan' && /^\p{Lu}/u.test(volgend)) continue;
    if (/^(\d|rekening\b|zijn\b|haar\b|hun\b)/i.test(volgend) && woord !== 'aan') continue;
    const doel = bijgesneden(clause.slice(k.index + k[0].length));
    if (doel && !/^(?:de\s+)?(?:hele\s+)?looptijd$/i.test(doel)) return doel;
  }
  const voor =
    /^\s*voor\s+(.+?)\s+(?:stel|draag|beta|subsid|reserv|invest|finan|is|zijn|wordt|komt|heeft)/iu.exec(
      tekst.slice(zinBegin, van),
    );
  return voor ? bijgesneden(voor[1]!) || null : null;
}

/**
 * The amounts a text gives, each with how often, in which years and for what. `jaren` are the
 * years the afspraak's text names (VoorgesteldeAfspraak.jaren): "jaarlijks", "per jaar" make an
 * amount yearly; "in totaal", "over de looptijd" a total; "eenmalig", or a text of one year, once
 * in that year; otherwise yearly when the text names no year, and once in its first year when it
 * does. A limit on a rent or an income is no money anyone gives.
 */
export function geldUit(tekst: string, jaren: number[]): VoorgesteldBedrag[] {
  const waarden = bedragen(tekst);
  const alleJaren = [
    ...new Set([...jaren, ...[...tekst.matchAll(JAARTAL)].map((m) => Number(m[1]))]),
  ].sort((a, b) => a - b);
  const posities = [...tekst.matchAll(/€\s?\d[\d.,]*(?:\s?(?:miljoen|mln|ton|duizend)\b)?/giu)];
  // A full stop before a space ends a sentence; the dot of "€ 25.000" does not.
  const grenzen = [0, ...[...tekst.matchAll(/[.!?;](?=\s|$)/g)].map((m) => m.index + 1)];
  const zinRond = (positie: number) => ({
    begin: grenzen.filter((g) => g <= positie).at(-1) ?? 0,
    eind: grenzen.find((g) => g > positie) ?? tekst.length,
  });
  const uit: VoorgesteldBedrag[] = [];
  posities.forEach((p, i) => {
    const euro = waarden[i];
    if (euro === undefined) return;
    const van = p.index;
    const bedragTekst = p[0].replace(/[.,]+$/, '');
    const tot = van + bedragTekst.length;
    const zin = zinRond(van);
    // The words that belong to this amount: its sentence, up to the amounts on either side.
    const vorige = posities[i - 1];
    const volgende = posities[i + 1];
    const begin = Math.max(zin.begin, vorige ? vorige.index + vorige[0].length : 0);
    const eind = Math.min(zin.eind, volgende ? volgende.index : tekst.length);
    const omgeving = tekst.slice(begin, eind);
    const ervoor = tekst.slice(begin, van);
    if (PRIJSGRENS.test(ervoor) && !GELDSTROOM.test(omgeving)) return;

    // The year of this amount: one written after it ("€ 10.000 in 2027"), else the first before.
    const jaartallen = (a: number, b: number) =>
      [...tekst.slice(a, b).matchAll(JAARTAL)].map((m) => Number(m[1]));
    const eigenJaar =
      jaartallen(tot, eind)[0] ??
      jaartallen(begin, van)[0] ??
      jaartallen(zin.begin, zin.eind)[0] ??
      alleJaren[0] ??
      null;
    const { van: vanJaar, tot: totJaar } = periode(tekst.slice(zin.begin, zin.eind));
    let frequentie: BedragFrequentie;
    let jaar: number | null = null;
    let laatsteJaar: number | null = null;
    if (EENMALIG.test(omgeving)) {
      frequentie = BedragFrequentie.EENMALIG;
      jaar = eigenJaar;
    } else if (TOTAAL.test(omgeving)) {
      frequentie = BedragFrequentie.TOTAAL;
      [jaar, laatsteJaar] = [vanJaar, vanJaar !== null ? totJaar : null];
    } else if (PER_JAAR.test(omgeving)) {
      frequentie = BedragFrequentie.PER_JAAR;
      [jaar, laatsteJaar] = [vanJaar, totJaar];
    } else if (alleJaren.length === 0) {
      // "draagt € 200.000 bij", "€ 500.000 beschikbaar voor …": without a word for how often or a
      // year, the amount the parties commit to over the looptijd; the review can say otherwise.
      frequentie = BedragFrequentie.TOTAAL;
    } else {
      frequentie = BedragFrequentie.EENMALIG;
      jaar = eigenJaar;
    }
    // The frequency right next to the amount is part of what the review highlights.
    const voorwoord = /(?:jaarlijks|eenmalig|structureel|elk jaar|ieder jaar)\s+$/i.exec(ervoor);
    const nawoord = /^\s+(?:per\s+(?:jaar|kalenderjaar))/i.exec(tekst.slice(tot, eind));
    const woorden = tekst.slice(
      voorwoord ? van - voorwoord[0].length : van,
      nawoord ? tot + nawoord[0].length : tot,
    );
    const per =
      /^\s+per\s+(?!jaar|kalenderjaar)(\p{L}+)/iu.exec(tekst.slice(tot, eind))?.[1] ??
      /\bper\s+(?!jaar|kalenderjaar)(\p{L}+)\s+(?:\p{L}+\s+)?$/iu.exec(ervoor)?.[1];
    const doel =
      doelVan(tekst, van, tot, zin.begin) ??
      ingekort(
        tekst
          .slice(zin.begin, zin.eind)
          .replace(/\s+/g, ' ')
          .replace(/[\s.;]+$/, '')
          .trim() || tekst.trim(),
        500,
      );
    uit.push({
      euro,
      frequentie,
      jaar,
      totJaar: laatsteJaar,
      doel: ingekort(per && !doel.includes(`per ${per}`) ? `${doel} (per ${per})` : doel, 500),
      woorden,
    });
  });
  return uit;
}
