import { EffectOordeel, IndicatorRichting } from '../indicatoren/richting';
import { opKoers, puntOpKoers } from './op-koers';

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

describe('on track in the direction of the indicator', () => {
  const HOGER = IndicatorRichting.HOGER_IS_BETER;
  const LAGER = IndicatorRichting.LAGER_IS_BETER;
  const BINNEN = IndicatorRichting.BINNEN_BANDBREEDTE;

  it('finds an exact target overshot on track only where higher is better', () => {
    // "in 2027 zijn er 36 opstapwoningen": 40 is more than agreed, and good.
    expect(opKoers(exact(36), 40, 28, HOGER)).toBe(true);
    // "hoogstens 8 ontruimingen": 10 is worse, 6 is better.
    expect(opKoers(exact(8), 10, 14, LAGER)).toBe(false);
    expect(opKoers(exact(8), 6, 14, LAGER)).toBe(true);
    // A share that must be exactly so: over is as wrong as under.
    expect(opKoers(exact(70), 74, 58, BINNEN)).toBe(false);
    expect(opKoers(exact(70), 70, 58, BINNEN)).toBe(true);
    expect(opKoers(exact(0.3), 0.1 + 0.2, null, BINNEN)).toBe(true);
  });

  it('uses the richting, not the nulmeting, once the indicator has one', () => {
    // Below the nulmeting, yet more is better (a number that dropped and must recover).
    expect(opKoers(exact(20), 25, 30, HOGER)).toBe(true);
  });

  it('meets a bandwidth inside it only, for BINNEN_BANDBREEDTE', () => {
    expect(opKoers(band(50, 75), 60, 41, BINNEN)).toBe(true);
    expect(opKoers(band(50, 75), 80, 41, BINNEN)).toBe(false);
    expect(opKoers(band(50, 75), 80, 41, HOGER)).toBe(true);
    expect(opKoers(band(50, 75), 40, 41, LAGER)).toBe(true);
  });

  it('meets an open bandwidth on its open side, whatever the direction', () => {
    // Krimpen aan den IJssel: "minimaal het huidige aantal van 1.661" (seed 002).
    const minimaal = { soort: 'MINIMAAL', waarde: null, min: 1661, max: null };
    expect(opKoers(minimaal, 1661, 1661, HOGER)).toBe(true);
    expect(opKoers(minimaal, 1650, 1661, HOGER)).toBe(false);
    const maximaal = { soort: 'MAXIMAAL', waarde: null, min: null, max: 6 };
    expect(opKoers(maximaal, 5, 9, LAGER)).toBe(true);
    expect(opKoers(maximaal, 7, 9, LAGER)).toBe(false);
  });
});

describe('the judgement shown everywhere', () => {
  const punt = {
    soort: 'EXACT',
    waarde: 36,
    min: null,
    max: null,
    realisatie: 40,
    oordeel: null,
    tussenstand: false,
    nulmetingWaarde: 28,
    richting: IndicatorRichting.HOGER_IS_BETER,
  };

  it('does not judge an interim figure', () => {
    expect(puntOpKoers(punt)).toBe(true);
    expect(puntOpKoers({ ...punt, tussenstand: true })).toBeNull();
  });

  it('judges a described effect by its oordeel: reached, not reached, or neither (partly)', () => {
    const effect = { ...punt, soort: 'EFFECT', waarde: null, realisatie: null };
    expect(puntOpKoers({ ...effect, oordeel: EffectOordeel.BEREIKT })).toBe(true);
    expect(puntOpKoers({ ...effect, oordeel: EffectOordeel.NIET })).toBe(false);
    expect(puntOpKoers({ ...effect, oordeel: EffectOordeel.DEELS })).toBeNull();
    expect(puntOpKoers({ ...effect, realisatie: 3 })).toBeNull();
  });
});
