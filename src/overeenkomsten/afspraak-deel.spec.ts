import { gegooideFout } from '../common/app-error.testing';
import { activiteitenIn, deelOpslaan, deelTekst, deelView } from './afspraak-deel';
import { AfspraakType } from './afspraak-type';

const L = '00000000-0000-4000-8000-0000000000c1';
const context = { leden: ['a', 'b'], activiteiten: 2, locatieIds: [L] };

const fout = gegooideFout;

describe('deelOpslaan', () => {
  it('keeps one existing lid, activiteit or locatie, and an empty deel means the whole afspraak', () => {
    expect(deelOpslaan({ lid: 'b' }, 'input.normen.0.deel', context)).toEqual({ lid: 'b' });
    expect(deelOpslaan({ activiteit: 2 }, 'x', context)).toEqual({ activiteit: 2 });
    expect(deelOpslaan({ locatieId: L, lid: null }, 'x', context)).toEqual({ locatieId: L });
    expect(deelOpslaan({}, 'x', context)).toBeNull();
    expect(deelOpslaan(null, 'x', context)).toBeNull();
  });

  it('refuses two parts at once and parts that do not exist, naming the field', () => {
    expect(
      fout(() => deelOpslaan({ lid: 'a', activiteit: 1 }, 'input.normen.1.deel', context)).veld,
    ).toBe('input.normen.1.deel.activiteit');
    const lid = fout(() => deelOpslaan({ lid: 'c' }, 'input.voorwaardenDetail.0.deel', context));
    expect(lid.veld).toBe('input.voorwaardenDetail.0.deel.lid');
    expect(lid.message).toMatch(/geen lid c/);
    const activiteit = fout(() => deelOpslaan({ activiteit: 3 }, 'd', context));
    expect(activiteit.veld).toBe('d.activiteit');
    expect(activiteit.message).toMatch(/er zijn er 2/);
    expect(fout(() => deelOpslaan({ locatieId: L.replace('c1', 'c2') }, 'd', context)).veld).toBe(
      'd.locatieId',
    );
  });
});

describe('deel helpers', () => {
  it('counts activiteiten of a handeling only, shows and prints a deel', () => {
    expect(activiteitenIn({ type: AfspraakType.HANDELING, activiteiten: [{}, {}, {}] })).toBe(3);
    expect(activiteitenIn({ type: AfspraakType.PROCES })).toBe(0);
    expect(deelView({ activiteit: 2 })).toEqual({ lid: null, activiteit: 2, locatieId: null });
    expect(deelTekst({ lid: 'b' }, { nummer: '3.2' })).toBe('lid 3.2b');
    expect(deelTekst({ locatieId: L }, { locatieNaam: () => 'De Hoven' })).toBe('locatie De Hoven');
    expect(deelTekst(null)).toBeNull();
  });
});
