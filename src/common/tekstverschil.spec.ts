import { DeelSoort } from '../onderhandeling/onderhandeling.models';
import { tekstverschil } from './tekstverschil';

const woorden = (aantal: number, zaad: number) =>
  Array.from({ length: aantal }, (_, i) => `w${(i * 7919 + zaad * 104729) % 100003}`).join(' ');

describe('tekstverschil', () => {
  it('shows a changed word as removed and added, the rest as equal', () => {
    expect(tekstverschil('wij bouwen 100 woningen', 'wij bouwen 120 woningen')).toEqual([
      { soort: DeelSoort.GELIJK, tekst: 'wij bouwen ' },
      { soort: DeelSoort.VERWIJDERD, tekst: '100' },
      { soort: DeelSoort.TOEGEVOEGD, tekst: '120' },
      { soort: DeelSoort.GELIJK, tekst: ' woningen' },
    ]);
  });

  it('compares two long unrelated texts as the old text removed and the new added', () => {
    const oud = woorden(3300, 1);
    const nieuw = woorden(3300, 2);
    // Unbounded, the diff took seconds and gave thousands of pieces.
    expect(tekstverschil(oud, nieuw)).toEqual([
      { soort: DeelSoort.VERWIJDERD, tekst: oud },
      { soort: DeelSoort.TOEGEVOEGD, tekst: nieuw },
    ]);
  });

  it('still finds a small edit in a long text', () => {
    const oud = woorden(3300, 1);
    const verschil = tekstverschil(oud, `${oud} erbij`);
    expect(verschil.map((d) => d.soort)).toEqual([DeelSoort.GELIJK, DeelSoort.TOEGEVOEGD]);
  });
});
