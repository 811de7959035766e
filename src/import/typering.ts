import { AfspraakType } from '../overeenkomsten/afspraak-type';

/**
 * The words that point to each type, after the typology of the Handreiking (seed 003): an
 * intentie is conditional or an effort ("als … dan", "spannen zich in"); a garantie holds at all
 * times ("garanderen", "ten minste", "blijft"); a transactie exchanges or pays ("in ruil voor",
 * "draagt bij", "kosten"); a proces is how parties work together ("overleg", "monitoren",
 * "jaarlijks"); a handeling is a planned act ("realiseren", "organiseren", "in 2027"); a
 * beschrijvend afspraak states a principle or definition ("uitgangspunt", "hanteren").
 *
 * Rules, not a trained model: every proposal can name the words that led to it, which the
 * review screen shows, and a policy officer can see why a rule fired and correct the type.
 */
const SIGNALEN: Record<AfspraakType, [RegExp, number][]> = {
  [AfspraakType.INTENTIE]: [
    [
      /\bspann?en? (zich|zij|wij|we|partijen) (gezamenlijk |samen |maximaal )?in\b|\bspant zich\b|\bzich (in ?)?(te )?spannen\b|\binspanning/,
      4,
    ],
    [
      /\bstreven\b|\bstreeft\b|\bde intentie\b|\bintentie\b|\bbereid\b|\bzo mogelijk\b|\bwaar mogelijk\b|\bverkennen\b|\bonderzoeken\b|\bonderzoekt\b|\bmogelijkheden\b|\bzetten zich in\b|\bzet zich in\b|\bwillen\b|\bwil\b|\bexperiment/,
      2,
    ],
    [/\b(als|indien|wanneer|zodra|mits|op het moment dat)\b[^.]*,\s*(dan\b|\w+)/, 3],
    [/\bin beginsel\b|\bzoveel mogelijk\b|\bproberen\b|\bbekijken\b|\bverkennen\b/, 1.5],
  ],
  [AfspraakType.GARANTIE]: [
    [
      /\bgarander|\bgarantie|\bstaat garant|\bstaan garant|\bwaarborg|\bte allen tijde\b|\baltijd\b|\bnooit\b/,
      4,
    ],
    [
      /\bten minste\b|\btenminste\b|\bminimaal\b|\bmaximaal\b|\bhoogstens\b|\bten hoogste\b|\bniet meer dan\b|\bniet minder dan\b|\bminder dan\b|\bmeer dan\b/,
      2.5,
    ],
    [
      /\bblijft\b|\bblijven\b|\bgehandhaafd\b|\bhandhaven\b|\bbehouden\b|\bin stand\b|\bbeschikbaar (houden|blijven)\b|\bhoudt?\b[^.]*\bbeschikbaar\b|\bzorgt? (er)?voor dat\b|\bzorgen (er)?voor dat\b|\bverplicht/,
      2,
    ],
    [/\d+\s?%|\bprocent\b|\bnorm\b/, 1],
  ],
  [AfspraakType.TRANSACTIE]: [
    [
      /\bin ruil voor\b|\bals tegenprestatie\b|\bdraagt? bij\b|\bdragen bij\b|\bbijdrage\b|\bvoor (zijn|haar|hun) rekening\b|\bdelen de kosten\b|\bkosten\b/,
      4,
    ],
    [
      /\bbetaalt\b|\bbetalen\b|\bvergoed|\bfinancier|\bsubsidie|\bhuurderving\b|\bdekt\b|\bdekken\b|\bcompenseer|\bstelt?\b[^.]*\bbeschikbaar\b|\bstellen\b[^.]*\bbeschikbaar\b|\bdraagt\b[^.]*\bover\b|\boverdragen\b|\bverkoopt\b|\bverkopen\b|\bkoopt\b|\bgrond\b/,
      2.5,
    ],
    [/€|\beuro\b|\bton\b|\bmiljoen\b/, 2],
  ],
  [AfspraakType.PROCES]: [
    [
      /\boverleg|\bmonitor|\bevalu|\bkomen\b[^.]*\bbijeen\b|\bbijeenkomst|\brapporte|\bverantwoord|\bstuurgroep\b|\bwerkgroep\b|\bregiegroep\b|\bvoortgang/,
      4,
    ],
    [
      /\b(\d+|een|twee|drie|vier)\s?(x|keer|maal) per (jaar|kwartaal|maand)\b|\bjaarlijks\b|\bper kwartaal\b|\bhalfjaarlijks\b|\bieder jaar\b|\belk jaar\b|\bperiodiek\b/,
      3,
    ],
    [
      /\bbespreken\b|\bbespreekt\b|\bafstemmen\b|\bstemmen\b[^.]*\baf\b|\binformeren\b|\binformeert\b|\bagenda\b|\bactualiseren\b|\bactualiseert\b|\bnieuwe afspraken\b|\bmaken afspraken\b|\bbetrekken\b|\bsamenwerking\b|\bdelen\b[^.]*\b(informatie|gegevens|cijfers)\b|\bgesprek/,
      2,
    ],
  ],
  [AfspraakType.HANDELING]: [
    [
      /\brealiseer|\brealiseren\b|\bbouwt\b|\bbouwen\b|\borganiseer|\borganiseren\b|\bopleveren\b|\bopgeleverd\b|\bontwikkelt\b|\bontwikkelen\b|\bgerealiseerd\b|\bverduurzaam|\bisoleert\b|\brenoveert\b|\brenoveren\b|\btransformeert\b|\bsloopt\b|\bstart\b|\bstarten\b|\bstelt\b[^.]*\bop\b|\bstellen\b[^.]*\bop\b|\bvoert\b[^.]*\buit\b|\bvoeren\b[^.]*\buit\b|\bzet\b[^.]*\bin\b|\bzetten\b[^.]*\bin\b|\bwijst\b[^.]*\btoe\b|\bwijzen\b[^.]*\btoe\b|\blabelt\b|\bbiedt\b[^.]*\baan\b|\bbieden\b[^.]*\baan\b|\bpast\b[^.]*\baan\b|\bplaatst\b|\bneemt\b[^.]*\bin gebruik\b|\bopen(t|en)\b/,
      3,
    ],
    [
      /\b(in|vóór|voor|uiterlijk|eind|medio|begin|per)\s(1\s\w+\s)?(19|20)\d\d\b|\bin de periode\b|\bdit jaar\b|\bvolgend jaar\b/,
      2,
    ],
    [/\bwoningen\b|\bwooneenheden\b|\bplaatsen\b|\bactiviteit|\bplan van aanpak\b|\bproject/, 1],
  ],
  [AfspraakType.BESCHRIJVEND]: [
    [
      /\buitgangspunt|\bhanteren\b|\bhanteert\b|\bdefinitie|\bverstaan\b[^.]*\bonder\b|\bwordt\b[^.]*\bverstaan\b|\bis leidend\b|\bzijn leidend\b|\brichtinggevend|\bvertrekpunt|\bgaan uit van\b|\bgaat uit van\b|\bonderschrijven\b|\bonderschrijft\b|\berkennen\b|\berkent\b|\bprincipe|\bvisie\b|\bkader\b/,
      4,
    ],
    [
      /\bis\b[^.]*\bdoelgroep\b|\bdoelgroep(en)? (is|zijn)\b|\bbestaat uit\b|\bvallen onder\b|\bbetekent\b|\bbegrip\b|\bis van toepassing\b|\bgeldt als\b|\bgelden als\b|\bvan belang\b|\bbelangrijk\b|\bstaat voorop\b|\bcentraal\b/,
      2,
    ],
  ],
};

export interface TypeVoorstel {
  type: AfspraakType;
  /** The share of the evidence for this type, 0–1; under about 0.5 the review screen flags it. */
  zekerheid: number;
  /** The words in the text that led to this type, as they stand there. */
  signalen: string[];
}

/**
 * The type the text's wording points to. Without any signal a text is a handeling at low
 * certainty: an afspraak is most often something someone will do.
 */
export function stelTypeVoor(tekst: string): TypeVoorstel {
  const klein = tekst.toLowerCase();
  const scores = new Map<AfspraakType, { score: number; signalen: string[] }>();
  for (const [type, regels] of Object.entries(SIGNALEN) as [AfspraakType, [RegExp, number][]][]) {
    let score = 0;
    const signalen: string[] = [];
    for (const [patroon, gewicht] of regels) {
      const treffer = patroon.exec(klein);
      if (!treffer) continue;
      score += gewicht;
      signalen.push(tekst.slice(treffer.index, treffer.index + treffer[0].length).trim());
    }
    scores.set(type, { score, signalen });
  }
  const gerangschikt = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  const [beste, uitslag] = gerangschikt[0]!;
  const totaal = gerangschikt.reduce((n, [, s]) => n + s.score, 0);
  if (uitslag.score === 0) return { type: AfspraakType.HANDELING, zekerheid: 0.2, signalen: [] };
  return {
    type: beste,
    zekerheid: Math.round((uitslag.score / totaal) * 100) / 100,
    signalen: uitslag.signalen,
  };
}
