import { AfspraakType } from '../overeenkomsten/afspraak-type';
import { kansenVolgens, kenmerkenVan, TYPERING_MODEL, type TyperingModel } from './typering-model';

/**
 * The words that point to each type, after the typology of the Handreiking (seed 003): an
 * intentie is conditional or an effort ("als … dan", "spannen zich in"); a garantie holds at all
 * times ("garanderen", "ten minste", "blijft"); a transactie exchanges or pays ("in ruil voor",
 * "draagt bij", "kosten"); a proces is how parties work together ("overleg", "monitoren",
 * "jaarlijks"); a handeling is a planned act ("realiseren", "organiseren", "in 2027"); a
 * beschrijvend afspraak states a principle or definition ("uitgangspunt", "hanteren").
 *
 * The rules are the typology's knowledge; a small model trained on the labelled corpus (see
 * typering-model.ts) weighs them together with the words of the text, since the rules alone
 * reached 77% on afspraken they were not written for. The words the rules found are still what
 * the review screen shows as the reason.
 */
/** One rule: any of these patterns (regular-expression source, lower case), with its weight. */
const regel = (gewicht: number, ...patronen: string[]): [RegExp, number] => [
  new RegExp(patronen.join('|')),
  gewicht,
];

/** Words up to the end of the clause: a full stop ends it (a number's dot is made a comma). */
const ZIN = '[^.]*';

const SIGNALEN: Record<AfspraakType, [RegExp, number][]> = {
  [AfspraakType.INTENTIE]: [
    regel(
      4,
      `\\bspann?en? (zich|zij|wij|we|partijen) (gezamenlijk |samen |maximaal )?in\\b`,
      `\\bspant zich\\b`,
      `\\bzich (in ?)?(te )?spannen\\b`,
      `\\binspanning`,
    ),
    regel(
      2,
      ...[
        'streven',
        'streeft',
        'de intentie',
        'intentie',
        'bereid',
        'zo mogelijk',
        'waar mogelijk',
      ].map((w) => `\\b${w}\\b`),
      ...[
        'verkennen',
        'onderzoeken',
        'onderzoekt',
        'mogelijkheden',
        'zetten zich in',
        'zet zich in',
      ].map((w) => `\\b${w}\\b`),
      `\\bexperiment`,
    ),
    regel(
      3,
      `\\bneemt zich voor\\b`,
      `\\bnemen zich voor\\b`,
      `\\bvoornemen\\b`,
      `\\bambitie\\b`,
      `\\bambiëren\\b`,
      `\\bbeo(gen|ogt)\\b`,
      // "Het Veenhuis wil …": a partij's wish in the main clause, not "wie dat wil".
      `^(?!wie )[^,.:;]{0,60}\\b(wil|willen)\\b`,
    ),
    // "Als …, dan …", "Indien …, …".
    regel(3, `\\b(als|indien|wanneer|zodra|mits|op het moment dat)\\b${ZIN},\\s*(dan\\b|\\w+)`),
    // "Komt de locatie vrij, dan …", "Lukt het niet …, dan …": a condition by inversion.
    regel(
      4,
      `^(komt|komen|laat|laten|lukt|blijkt|blijken|ontstaat|ontstaan|geeft|geven|is|zijn|wordt|worden|heeft|hebben|valt|vallen)\\b${ZIN},\\s*dan\\b`,
    ),
    regel(1.5, `\\bin beginsel\\b`, `\\bzoveel mogelijk\\b`, `\\bproberen\\b`, `\\bbekijken\\b`),
  ],
  [AfspraakType.GARANTIE]: [
    regel(
      4,
      `\\bgarander`,
      `\\bgarantie`,
      `\\bsta(at|an) garant`,
      `\\bwaarborg`,
      `\\bte allen tijde\\b`,
      `\\baltijd\\b`,
      `\\bnooit\\b`,
    ),
    regel(
      2.5,
      ...['ten minste', 'tenminste', 'minimaal', 'maximaal', 'hoogstens', 'ten hoogste'].map(
        (w) => `\\b${w}\\b`,
      ),
      ...[
        'niet meer dan',
        'niet minder dan',
        'minder dan',
        'meer dan',
        'geen hogere',
        'niet hoger',
      ].map((w) => `\\b${w}\\b`),
      // A service level: "binnen drie maanden een woning".
      `\\bbinnen (\\d+|een|twee|drie|vier|zes|acht) (dagen|weken|maanden|werkdagen)\\b`,
    ),
    regel(
      2,
      `\\bblijft\\b`,
      `\\bblijven\\b`,
      `\\bgehandhaafd\\b`,
      `\\bhandhaven\\b`,
      `\\bbehouden\\b`,
      `\\bin stand\\b`,
      `\\bbeschikbaar (houden|blijven)\\b`,
      `\\bhoudt?\\b${ZIN}\\bbeschikbaar\\b`,
      `\\bzorg(t|en) (er)?voor dat\\b`,
      `\\bverplicht`,
    ),
    regel(1, `\\d+\\s?%`, `\\bprocent\\b`, `\\bnorm\\b`),
  ],
  [AfspraakType.TRANSACTIE]: [
    regel(
      4,
      `\\bin ruil voor\\b`,
      `\\bals tegenprestatie\\b`,
      `\\bdra(agt|gen)\\b${ZIN}\\bbij\\b`,
      `\\bbijdrage\\b`,
      `\\bvoor (zijn|haar|hun) rekening\\b`,
      `\\bdelen de kosten\\b`,
      `\\bkosten\\b`,
      `\\bk(oopt|open)\\b${ZIN}\\baf\\b`,
    ),
    regel(
      2.5,
      `\\bbeta(alt|len)\\b`,
      `\\bvergoed`,
      `\\bfinancier`,
      `\\bsubsidie`,
      `\\bhuurderving\\b`,
      `\\bdek(t|ken)\\b`,
      `\\bcompenseer`,
      `\\bstel(t|len)\\b${ZIN}\\bbeschikbaar\\b`,
      `\\bdraagt\\b${ZIN}\\bover\\b`,
      `\\boverdragen\\b`,
      `\\bverk(oopt|open)\\b`,
      `\\bkoopt\\b`,
      `\\bgrond\\b`,
      `\\bom niet\\b`,
      `\\bter beschikking\\b`,
    ),
    regel(2, `€`, `\\beuro\\b`, `\\bton\\b`, `\\bmiljoen\\b`),
  ],
  [AfspraakType.PROCES]: [
    regel(
      4,
      `\\boverleg`,
      `\\bmonitor`,
      `\\bevalu`,
      `\\bkomen\\b${ZIN}\\bbijeen\\b`,
      `\\bbijeenkomst`,
      `\\brapporte`,
      `\\bverantwoord(en|t|ing)\\b`,
      `\\bherijk`,
      `\\b(stuur|werk|regie)groep\\b`,
      `\\bvoortgang`,
    ),
    regel(
      3,
      `\\b(\\d+|een|twee|drie|vier)\\s?(x|keer|maal) per (jaar|kwartaal|maand)\\b`,
      `\\b(half)?jaarlijks\\b`,
      `\\bper kwartaal\\b`,
      `\\b(elk|ieder) (jaar|kwartaal)\\b`,
      `\\bperiodiek\\b`,
    ),
    regel(
      2,
      `\\bbespre(ken|ekt)\\b`,
      `\\bafstemmen\\b`,
      `\\bstemmen\\b${ZIN}\\baf\\b`,
      `\\binformer(en|t)\\b`,
      `\\bagenda\\b`,
      `\\bactualiser(en|t)\\b`,
      `\\bnieuwe afspraken\\b`,
      `\\bmaken afspraken\\b`,
      `\\bspreken\\b${ZIN}\\baf\\b`,
      `\\bcasus\\b`,
      `\\bbetrekken\\b`,
      `\\bsamenwerking\\b`,
      `\\bdelen\\b${ZIN}\\b(informatie|gegevens|cijfers)\\b`,
      `\\bgesprek`,
    ),
  ],
  [AfspraakType.HANDELING]: [
    regel(
      3,
      `\\brealiseer`,
      `\\brealiseren\\b`,
      `\\bgerealiseerd\\b`,
      `\\bbouw(t|en)\\b`,
      `\\borganiseer`,
      `\\borganiseren\\b`,
      `\\boplever`,
      `\\bopgeleverd\\b`,
      `\\bontwikkel(t|en)\\b`,
      `\\bverduurzaam`,
      `\\bisoleert\\b`,
      `\\brenover(eert|en)\\b`,
      `\\btransformeert\\b`,
      `\\bsloopt\\b`,
      `\\bstart(en)?\\b`,
      `\\bstel(t|len)\\b${ZIN}\\bop\\b`,
      `\\bvoer(t|en)\\b${ZIN}\\buit\\b`,
      `\\bzet(ten)?\\b${ZIN}\\bin\\b`,
      `\\bwij(st|zen)\\b${ZIN}\\btoe\\b`,
      `\\blabelt\\b`,
      `\\bbied(t|en)\\b${ZIN}\\baan\\b`,
      `\\bpast\\b${ZIN}\\baan\\b`,
      `\\bplaatst\\b`,
      `\\bneemt\\b${ZIN}\\bin gebruik\\b`,
      `\\bopen(t|en)\\b`,
    ),
    regel(
      2,
      `\\b(in|vóór|voor|uiterlijk|eind|medio|begin|per)\\s(1\\s\\w+\\s)?(19|20)\\d\\d\\b`,
      `\\bin de periode\\b`,
      `\\bdit jaar\\b`,
      `\\bvolgend jaar\\b`,
    ),
    regel(
      1,
      `\\bwoningen\\b`,
      `\\bwooneenheden\\b`,
      `\\bplaatsen\\b`,
      `\\bactiviteit`,
      `\\bplan van aanpak\\b`,
      `\\bproject`,
    ),
  ],
  [AfspraakType.BESCHRIJVEND]: [
    regel(
      4,
      `\\buitgangspunt`,
      `\\bhanteer(t)?\\b`,
      `\\bhanteren\\b`,
      `\\bdefinitie`,
      `\\bverstaan\\b${ZIN}\\bonder\\b`,
      `\\bonder\\b${ZIN}\\bverstaan\\b`,
      `\\bwordt\\b${ZIN}\\bverstaan\\b`,
      `\\b(is|zijn) leidend\\b`,
      `\\brichtinggevend`,
      `\\bvertrekpunt`,
      `\\bga(an|at) uit van\\b`,
      `\\bonderschrij(ven|ft)\\b`,
      `\\berken(nen|t)\\b`,
      `\\bprincipe`,
      `\\bvisie\\b`,
      `\\bkader\\b`,
    ),
    regel(
      3,
      `\\bgaa?t\\b${ZIN}\\bvóór\\b`,
      `\\bvoorrang boven\\b`,
      `\\bcategorie[eë]n\\b`,
      `\\bdeel uit\\b`,
      `\\bdaarvoor geldt\\b`,
      `\\bvalt buiten\\b`,
      `\\bis (de )?(regisseur|probleemeigenaar|eerste aanspreekpunt|verantwoordelijk)\\b`,
      `\\bverantwoordelijkheid\\b`,
    ),
    regel(
      2,
      `\\bis\\b${ZIN}\\bdoelgroep\\b`,
      `\\bdoelgroep(en)? (is|zijn)\\b`,
      `\\bbestaat uit\\b`,
      `\\bvallen onder\\b`,
      `\\bbetekent\\b`,
      `\\bbegrip\\b`,
      `\\bis van toepassing\\b`,
      `\\bgeld(t|en) als\\b`,
      `\\bvan belang\\b`,
      `\\bbelangrijk\\b`,
      `\\bstaat voorop\\b`,
      `\\bcentraal\\b`,
    ),
  ],
};

/**
 * The words a match stands on, as the text has them: whole words ("realiseert", not the
 * "realiseer" the rule looks for); of a match across a clause ("houdt … beschikbaar") only its
 * first and last word, which are what decided it.
 */
function woordenVan(tekst: string, van: number, tot: number): string[] {
  let eind = tot;
  while (eind < tekst.length && /\p{L}/u.test(tekst[eind]!)) eind++;
  const gevonden = tekst.slice(van, eind).trim();
  if (gevonden.length <= 25 || !/\s/.test(gevonden)) return [gevonden];
  const woorden = gevonden.split(/\s+/);
  return [woorden[0]!, woorden.at(-1)!.replace(/[,.;:]$/, '')];
}

/** Lower case, and "€ 25.000" one number: its dot must not end the clause that "[^.]*" looks in. */
const vergelijkbaar = (tekst: string) => tekst.toLowerCase().replace(/(\d)\.(?=\d)/g, '$1,');

export interface RegelTreffer {
  type: AfspraakType;
  /** Which rule of the type, as `type:index`: a feature of the model. */
  regel: string;
  gewicht: number;
  woorden: string[];
}

/** Every rule that fires on the text, with the words it stands on. */
export function regelTreffers(tekst: string): RegelTreffer[] {
  const klein = vergelijkbaar(tekst);
  return (Object.entries(SIGNALEN) as [AfspraakType, [RegExp, number][]][]).flatMap(
    ([type, regels]) =>
      regels.flatMap(([patroon, gewicht], index) => {
        const treffer = patroon.exec(klein);
        if (!treffer) return [];
        return [
          {
            type,
            regel: `${type}:${index}`,
            gewicht,
            woorden: woordenVan(tekst, treffer.index, treffer.index + treffer[0].length),
          },
        ];
      }),
  );
}

export interface TypeVoorstel {
  type: AfspraakType;
  /** The model's probability for this type, 0–1; under about 0.5 the review screen flags it. */
  zekerheid: number;
  /** The words in the text that led to this type, as they stand there. */
  signalen: string[];
}

/**
 * The type the text's wording points to, by the trained model over the rules and the words.
 * Without any rule or known word a text is a handeling at low certainty: an afspraak is most
 * often something someone will do.
 */
export function stelTypeVoor(tekst: string, model: TyperingModel = TYPERING_MODEL): TypeVoorstel {
  const treffers = regelTreffers(tekst);
  const kansen = kansenVolgens(model, kenmerkenVan(tekst, treffers), treffers);
  if (!kansen) return { type: AfspraakType.HANDELING, zekerheid: 0.2, signalen: [] };
  const [type, kans] = kansen.reduce((a, b) => (b[1] > a[1] ? b : a));
  return {
    type,
    zekerheid: Math.round(kans * 100) / 100,
    signalen: [...new Set(treffers.filter((t) => t.type === type).flatMap((t) => t.woorden))],
  };
}
