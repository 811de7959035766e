import { gegooideFout } from '../common/app-error.testing';
import { ErrorCode } from '../common/app-error';
import { detailsForType } from './afspraak-details';
import { ledenUitInput } from './afspraak-leden';
import { AfspraakType } from './afspraak-type';
import { controleerWanneer, wanneerTekst } from './proces-wanneer';

const fout = gegooideFout;

const proces = (extra: object) => ({
  proces: { overlegvorm: 'Nieuwe afspraken', frequentie: '', deelnemerIds: [], ...extra },
});

describe('the moment of a proces step', () => {
  it('stores a year and words only when given, so older details keep their hash', () => {
    // Seed 002, Beverwijk: "In 2016 maken partijen nieuwe afspraken" (ten years on: 2026).
    const stap = detailsForType(
      AfspraakType.PROCES,
      proces({ wanneerJaar: 2026, wanneerTekst: ' voor de zomer ' }),
    );
    expect(stap).toMatchObject({ wanneerJaar: 2026, wanneerTekst: 'voor de zomer' });
    expect(wanneerTekst(stap)).toBe('in 2026, voor de zomer');
    const zonder = detailsForType(
      AfspraakType.PROCES,
      proces({ wanneerJaar: null, wanneerTekst: '' }),
    );
    expect(Object.keys(zonder)).toEqual(['type', 'overlegvorm', 'frequentie', 'deelnemerIds']);
    expect(wanneerTekst(zonder)).toBeNull();
  });

  it('holds a lid’s moment too', () => {
    const [lid] = ledenUitInput([
      {
        tekst: 'In 2027 maken partijen nieuwe afspraken',
        type: AfspraakType.PROCES,
        details: proces({ wanneerJaar: 2027 }),
      },
    ]);
    expect(lid!.details.wanneerJaar).toBe(2027);
  });

  it('refuses a step before the overeenkomst starts, allows one after it as horizon', () => {
    const details = { type: AfspraakType.PROCES, wanneerJaar: 2025 };
    const voor = fout(() => controleerWanneer(details, 2026, 'input.leden.1.details.proces'));
    expect(voor.code).toBe(ErrorCode.JAAR_BUITEN_PERIODE);
    expect(voor.veld).toBe('input.leden.1.details.proces.wanneerJaar');
    expect(voor.message).toMatch(/2025.*2026/);
    expect(() => controleerWanneer({ ...details, wanneerJaar: 2031 }, 2026, 'x')).not.toThrow();
  });
});
