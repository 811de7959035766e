import { opKoers } from './op-koers';

const exact = (waarde: number) => ({ soort: 'EXACT', waarde, min: null, max: null });
const band = (min: number, max: number) => ({ soort: 'BANDBREEDTE', waarde: null, min, max });

describe('on track against a target', () => {
  it('judges an exact target in the direction the baseline sets', () => {
    expect(opKoers(exact(70), 74, 58)).toBe(true);
    expect(opKoers(exact(70), 65, 58)).toBe(false);
    // Fewer is better when the target lies below the nulmeting (e.g. waiting time).
    expect(opKoers(exact(20), 18, 30)).toBe(true);
    expect(opKoers(exact(20), 25, 30)).toBe(false);
  });

  it('meets a bandwidth inside it and beyond it in the direction of improvement', () => {
    expect(opKoers(band(10, 20), 14, 0)).toBe(true);
    expect(opKoers(band(10, 20), 25, 0)).toBe(true);
    expect(opKoers(band(10, 20), 8, 0)).toBe(false);
    expect(opKoers(band(10, 20), 22, 40)).toBe(false);
  });

  it('leaves a described effect unjudged', () => {
    expect(opKoers({ soort: 'EFFECT', waarde: null, min: null, max: null }, 3, 1)).toBeNull();
  });
});
