import { alleAfspraken, CONTROLE_BESTAND, leesCorpus } from '../../test/import/corpus/corpus';
import { normenOpslaan } from '../overeenkomsten/afspraak-normen';
import { geldUit, normenUit } from './gegevens';

/*
 * The texts quoted here are afspraken of the labelled corpus (test/import/corpus), which
 * paraphrase the seed documents; a few made-up sentences cover wordings the corpus lacks.
 */

describe('over every afspraak of both corpora', () => {
  const afspraken = [...alleAfspraken(), ...alleAfspraken(leesCorpus(CONTROLE_BESTAND))].map(
    ({ afspraak }) => afspraak,
  );

  it('proposes only norms the afspraak may store, each with its words from the text', () => {
    for (const { tekst } of afspraken) {
      const normen = normenUit(tekst);
      expect(() =>
        normenOpslaan(
          normen.map((n) => ({ ...n, waardeTekst: null, deel: null })),
          'normen',
          { leden: [], activiteiten: 0, locatieIds: [] },
        ),
      ).not.toThrow();
      for (const n of normen) {
        expect(tekst.replace(/\s+/g, ' ')).toContain(n.woorden);
        expect(n.onderwerp.length).toBeGreaterThan(0);
        expect(n.onderwerp.length).toBeLessThanOrEqual(120);
      }
    }
  });

  it('finds the amounts the corpus labels, each with a purpose', () => {
    for (const { tekst, bedragen } of afspraken) {
      const geld = geldUit(tekst, []);
      expect(geld.map((b) => b.euro)).toEqual(bedragen ?? []);
      for (const b of geld) {
        expect(b.doel.length).toBeGreaterThan(0);
        expect(b.doel.length).toBeLessThanOrEqual(500);
      }
    }
  });
});
