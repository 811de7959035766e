import { gegooideFout } from '../common/app-error.testing';
import { ErrorCode } from '../common/app-error';
import { checkRealisatie, isTussenstand, streefjaar } from './doel-regels';
import { StreefwaardeSoort } from './indicator.entity';
import { EffectOordeel } from './richting';

const fout = gegooideFout;

describe('streefjaar', () => {
  const periode = { startjaar: 2026, eindjaar: 2029 };

  it('puts a year of the periode in its jaarschijf and a later one on the horizon', () => {
    expect(streefjaar(2026, periode)).toBe('jaarschijf');
    expect(streefjaar(2029, periode)).toBe('jaarschijf');
    // "In 2030 heeft elke kern een ontmoetingsplek", in a 2026–2029 agreement.
    expect(streefjaar(2030, periode)).toBe('horizon');
    expect(streefjaar(2044, periode)).toBe('horizon');
  });

  it('refuses a year before the periode or too far after it, naming input.jaar', () => {
    const voor = fout(() => streefjaar(2025, periode));
    expect(voor.code).toBe(ErrorCode.JAAR_BUITEN_PERIODE);
    expect(voor.veld).toBe('input.jaar');
    expect(voor.message).toContain('voor de periode');
    expect(fout(() => streefjaar(2045, periode)).message).toContain('uiterlijk in 2044');
  });
});

describe('checkRealisatie', () => {
  it('accepts a number, or a judgement with its text against an effect', () => {
    expect(() =>
      checkRealisatie(
        { waarde: 40, oordeel: null, toelichting: '' },
        StreefwaardeSoort.EXACT,
        2026,
      ),
    ).not.toThrow();
    expect(() =>
      checkRealisatie(
        { waarde: null, oordeel: EffectOordeel.DEELS, toelichting: '168 van 212 geholpen' },
        StreefwaardeSoort.EFFECT,
        2026,
      ),
    ).not.toThrow();
  });

  it('refuses a judgement against a number, a judgement without text and an empty realisatie', () => {
    const tegenGetal = fout(() =>
      checkRealisatie(
        { waarde: null, oordeel: EffectOordeel.BEREIKT, toelichting: 'x' },
        StreefwaardeSoort.EXACT,
        2026,
      ),
    );
    expect(tegenGetal.veld).toBe('input.oordeel');
    expect(tegenGetal.message).toContain('beoogd effect');
    const zonderTekst = fout(() =>
      checkRealisatie(
        { waarde: null, oordeel: EffectOordeel.BEREIKT, toelichting: ' ' },
        StreefwaardeSoort.EFFECT,
        2026,
      ),
    );
    expect(zonderTekst.veld).toBe('input.toelichting');
    const leeg = fout(() =>
      checkRealisatie({ waarde: null, oordeel: null, toelichting: '' }, null, 2026),
    );
    expect(leeg.veld).toBe('input.waarde');
  });
});

describe('isTussenstand', () => {
  it('is an interim figure until the year ends in Dutch time', () => {
    expect(isTussenstand(2026, new Date('2026-12-31T22:59:00Z'))).toBe(true);
    expect(isTussenstand(2026, new Date('2026-12-31T23:00:00Z'))).toBe(false);
    expect(isTussenstand(2026, new Date('2027-03-01T09:00:00Z'))).toBe(false);
  });
});
