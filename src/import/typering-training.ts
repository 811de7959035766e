import { AfspraakType } from '../overeenkomsten/afspraak-type';
import { kenmerkenVan, logits, softmax, type TyperingModel } from './typering-model';
import { regelTreffers } from './typering';

export interface Trainingsvoorbeeld {
  tekst: string;
  type: AfspraakType;
}

/**
 * Chosen by five-fold cross-validation on the training corpus alone (the control corpus was
 * measured once, after): rules at full weight, mild L2 regularisation.
 */
export const TRAINING = { regelGewicht: 1, l2: 0.01, stappen: 300, leertempo: 0.5 };

/**
 * Batch gradient descent on the cross-entropy, from zero weights: deterministic, so the shipped
 * model can be checked against a retraining.
 */
export function traineer(
  voorbeelden: Trainingsvoorbeeld[],
  instellingen = TRAINING,
): TyperingModel {
  const typen = Object.values(AfspraakType);
  const gegevens = voorbeelden.map((v) => {
    const treffers = regelTreffers(v.tekst);
    return { treffers, kenmerken: kenmerkenVan(v.tekst, treffers), doel: typen.indexOf(v.type) };
  });
  const model: TyperingModel = {
    typen,
    regelGewicht: instellingen.regelGewicht,
    bias: typen.map(() => 0),
    gewichten: {},
  };
  for (const g of gegevens) for (const k of g.kenmerken) model.gewichten[k] ??= typen.map(() => 0);
  const n = gegevens.length;
  for (let stap = 0; stap < instellingen.stappen; stap++) {
    const gradient: Record<string, number[]> = {};
    const biasGradient = typen.map(() => 0);
    for (const g of gegevens) {
      const kansen = softmax(logits(model, g.kenmerken, g.treffers));
      kansen.forEach((kans, t) => {
        const fout = kans - (t === g.doel ? 1 : 0);
        biasGradient[t]! += fout;
        for (const k of g.kenmerken) (gradient[k] ??= typen.map(() => 0))[t]! += fout;
      });
    }
    for (const [k, w] of Object.entries(model.gewichten))
      w.forEach((v, t) => {
        w[t] = v - instellingen.leertempo * ((gradient[k]?.[t] ?? 0) / n + instellingen.l2 * v);
      });
    model.bias = model.bias.map((b, t) => b - (instellingen.leertempo * biasGradient[t]!) / n);
  }
  return afgerond(model);
}

/** Four decimals are enough and keep the shipped JSON small and its diffs readable. */
function afgerond(model: TyperingModel): TyperingModel {
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    ...model,
    bias: model.bias.map(r),
    gewichten: Object.fromEntries(
      Object.entries(model.gewichten)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, w]) => [k, w.map(r)]),
    ),
  };
}
