import { AppError, ErrorCode } from '../common/app-error';
import { Streefwaarde, StreefwaardeSoort } from './indicator.entity';
import { applyStreefwaarde } from './streefwaarde';

function nieuw(): Streefwaarde {
  return Object.create(Streefwaarde.prototype) as Streefwaarde;
}

describe('applyStreefwaarde', () => {
  it('keeps only the fields of its kind', () => {
    const s = nieuw();
    applyStreefwaarde(s, {
      soort: StreefwaardeSoort.BANDBREEDTE,
      waarde: 5,
      min: 40,
      max: 80,
      effect: 'x',
    });
    expect(s).toMatchObject({ soort: 'BANDBREEDTE', waarde: null, min: 40, max: 80, effect: null });
    applyStreefwaarde(s, { soort: StreefwaardeSoort.EXACT, waarde: 110 });
    expect(s).toMatchObject({ soort: 'EXACT', waarde: 110, min: null, max: null, effect: null });
  });

  it('refuses a bandwidth whose minimum exceeds its maximum, naming the minimum', () => {
    try {
      applyStreefwaarde(nieuw(), { soort: StreefwaardeSoort.BANDBREEDTE, min: 80, max: 40 });
      throw new Error('geen fout');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ErrorCode.BANDBREEDTE_ONGELDIG);
      expect((error as AppError).veld).toBe('input.min');
      expect((error as AppError).message).toContain('groter dan het maximum');
    }
  });

  it('asks an effect target for its description and an exact target for its number', () => {
    expect(() => applyStreefwaarde(nieuw(), { soort: StreefwaardeSoort.EFFECT })).toThrow(/effect/);
    expect(() => applyStreefwaarde(nieuw(), { soort: StreefwaardeSoort.EXACT })).toThrow(/waarde/);
  });
});

describe('open bandwidths', () => {
  it('keeps the minimum of MINIMAAL and the maximum of MAXIMAAL', () => {
    const s = nieuw();
    applyStreefwaarde(s, { soort: StreefwaardeSoort.MINIMAAL, min: 1661, max: 2000, waarde: 3 });
    expect(s).toMatchObject({ soort: 'MINIMAAL', waarde: null, min: 1661, max: null });
    applyStreefwaarde(s, { soort: StreefwaardeSoort.MAXIMAAL, max: 6 });
    expect(s).toMatchObject({ soort: 'MAXIMAAL', waarde: null, min: null, max: 6 });
  });

  it('asks MINIMAAL for its min and MAXIMAAL for its max', () => {
    expect(() => applyStreefwaarde(nieuw(), { soort: StreefwaardeSoort.MINIMAAL, max: 3 })).toThrow(
      /minimum/,
    );
    expect(() => applyStreefwaarde(nieuw(), { soort: StreefwaardeSoort.MAXIMAAL, min: 3 })).toThrow(
      /maximum/,
    );
  });
});
