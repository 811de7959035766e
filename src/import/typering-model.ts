import { AfspraakType } from '../overeenkomsten/afspraak-type';
import opgeslagen from './typering-gewichten.json';

/**
 * A multinomial logistic regression over two kinds of features: which typology rules fired
 * (typering.ts) and which word stems the text has. The rules carry the Handreiking's knowledge
 * and generalise; the words catch what the rules miss ("huurbevriezing", "wachtlijst"). Trained
 * by `npm run import:train` on the labelled corpus (test/import/corpus/overeenkomsten.json) and
 * shipped as JSON: no model is fetched at run time, and a retraining gives the same file.
 */
export interface TyperingModel {
  /** The order of the weights in `bias` and `gewichten`. */
  typen: AfspraakType[];
  /** How much a rule's hand-set weight counts, beside what was learned. */
  regelGewicht: number;
  bias: number[];
  /** Feature → one weight per type: `r:TYPE:i` (rule i of TYPE fired) and `w:stem`. */
  gewichten: Record<string, number[]>;
}

export const TYPERING_MODEL = opgeslagen as TyperingModel;

/** A rule that fired: which one, for which type, with its hand-set weight. */
export interface Regelkenmerk {
  type: AfspraakType;
  regel: string;
  gewicht: number;
}

/** A crude Dutch stem: "realiseren", "realiseert" and "realisere" meet at "realiser". */
const stam = (woord: string) => woord.replace(/(en|t|e|s)$/, '');

export function kenmerkenVan(tekst: string, treffers: Regelkenmerk[]): string[] {
  const woorden = (tekst.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2);
  return [
    ...new Set([...treffers.map((t) => `r:${t.regel}`), ...woorden.map((w) => `w:${stam(w)}`)]),
  ];
}

/** The model's score per type before the softmax. */
export function logits(
  model: TyperingModel,
  kenmerken: string[],
  treffers: Regelkenmerk[],
): number[] {
  return model.typen.map((type, t) => {
    const regels = treffers.filter((r) => r.type === type).reduce((n, r) => n + r.gewicht, 0);
    return kenmerken.reduce(
      (n, k) => n + (model.gewichten[k]?.[t] ?? 0),
      model.bias[t]! + model.regelGewicht * regels,
    );
  });
}

export function softmax(scores: number[]): number[] {
  const hoogste = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - hoogste));
  const som = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / som);
}

/** Per type its probability, or null when the text has nothing the model knows. */
export function kansenVolgens(
  model: TyperingModel,
  kenmerken: string[],
  treffers: Regelkenmerk[],
): [AfspraakType, number][] | null {
  if (treffers.length === 0 && !kenmerken.some((k) => k in model.gewichten)) return null;
  const kansen = softmax(logits(model, kenmerken, treffers));
  return model.typen.map((type, t) => [type, kansen[t]!]);
}

/** The shipped file: one feature a line, so a retraining's diff shows what changed. */
export function modelAlsJson(model: TyperingModel): string {
  const regels = Object.entries(model.gewichten).map(
    ([k, w]) => `    ${JSON.stringify(k)}: ${JSON.stringify(w)}`,
  );
  return [
    '{',
    `  "typen": ${JSON.stringify(model.typen)},`,
    `  "regelGewicht": ${model.regelGewicht},`,
    `  "bias": ${JSON.stringify(model.bias)},`,
    '  "gewichten": {',
    regels.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
