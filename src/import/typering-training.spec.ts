import { alleAfspraken, CONTROLE_BESTAND, leesCorpus } from '../../test/import/corpus/corpus';
import type { AfspraakType } from '../overeenkomsten/afspraak-type';
import { modelAlsJson, TYPERING_MODEL } from './typering-model';
import { stelTypeVoor } from './typering';
import { traineer } from './typering-training';

describe('the shipped type model', () => {
  it('is what training on the labelled corpus gives (run `npm run import:train` after changing either)', () => {
    const model = traineer(
      alleAfspraken().map(({ afspraak }) => ({
        tekst: afspraak.tekst,
        type: afspraak.type as AfspraakType,
      })),
    );
    expect(modelAlsJson(TYPERING_MODEL)).toBe(modelAlsJson(model));
  });
});

describe('the type proposal on the control corpus, which neither the rules nor the model saw', () => {
  it('is right for at least 80% of its afspraken', () => {
    const afspraken = alleAfspraken(leesCorpus(CONTROLE_BESTAND));
    const juist = afspraken.filter(
      ({ afspraak }) => stelTypeVoor(afspraak.tekst).type === (afspraak.type as AfspraakType),
    );
    console.log(`controlecorpus: ${juist.length}/${afspraken.length} typen juist`);
    expect(juist.length / afspraken.length).toBeGreaterThanOrEqual(0.8);
  });
});
