import { Doelgroep } from '../overeenkomsten/afspraak-type';
import { heel, inNaam } from './gegevens-tekst';

/** For whom: the doelgroepen an afspraak names, in the wordings of the seeds. */

/** "Ouderen met een zorgvraag" is one group, and names no other: it is read first and blanked. */
export const ZORGVRAAG = heel(
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
export const JEUGDZORG = heel(
  [
    `(?:jongeren|jongvolwassenen|zorgjongeren)(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:uit|in|van)\\s+(?:de\\s+)?jeugdzorg`,
    `(?:uitstromers?|uitstromen|uitstroom|doorstroom|doorstromers?)\\s+uit\\s+(?:de\\s+)?jeugdzorg`,
  ].join('|'),
);

/** "Mensen met een lichamelijke of verstandelijke beperking": every kind the list names. */
export const BEPERKING = heel(
  `((?:(?:licht\\s+)?(?:lichamelijke?|fysieke?|motorische?|verstandelijke?|zintuiglijke?|visuele?|auditieve?)` +
    `[\\s,()/]*(?:(?:en\\/of|of|en)[\\s()]+)?)+)beperking(?:en)?`,
);
export const SOORT_BEPERKING: [RegExp, Doelgroep][] = [
  [/lichamelijk|fysiek|motorisch/, Doelgroep.LICHAMELIJKE_BEPERKING],
  [/verstandelijk/, Doelgroep.VERSTANDELIJKE_BEPERKING],
  [/zintuiglijk|visue|auditie/, Doelgroep.ZINTUIGLIJKE_BEPERKING],
];

/** The usual wordings of each group (seed 000 and the aandachtsgroepen of seed 001, bijlage 1). */
export const DOELGROEP_WOORDEN: [Doelgroep, RegExp, ((tekst: string, van: number) => boolean)?][] =
  [
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
export const blank = (tekst: string, van: number, tot: number) =>
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
