import { realisatieTekst, streefwaardeTekst } from './streefwaarde-tekst';

describe('streefwaardeTekst and realisatieTekst', () => {
  it('writes open bandwidths as people do', () => {
    expect(streefwaardeTekst({ soort: 'MINIMAAL', min: 1661 }, 'woningen')).toBe(
      'ten minste 1.661 woningen',
    );
    expect(streefwaardeTekst({ soort: 'MAXIMAAL', max: 6 }, 'weken')).toBe('hoogstens 6 weken');
  });

  it('writes euros and percentages as Dutch readers do, not "200000 euro" (issue 18)', () => {
    expect(streefwaardeTekst({ soort: 'EXACT', waarde: 200000 }, 'euro')).toBe('€ 200.000');
    expect(streefwaardeTekst({ soort: 'MAXIMAAL', max: 12.5 }, 'procent')).toBe('hoogstens 12,5%');
    expect(streefwaardeTekst({ soort: 'BANDBREEDTE', min: 10, max: 15 }, '%')).toBe('10% – 15%');
    expect(realisatieTekst({ waarde: 1250.5 }, '€')).toBe('€ 1.250,50');
  });

  it('writes a judged effect with its text and marks an interim figure', () => {
    expect(
      realisatieTekst(
        { waarde: null, oordeel: 'DEELS', toelichting: '168 van 212 huishoudens geholpen' },
        '',
      ),
    ).toBe('deels bereikt: 168 van 212 huishoudens geholpen');
    expect(realisatieTekst({ waarde: 31, tussenstand: true }, 'woningen')).toBe(
      '31 woningen (tussenstand)',
    );
  });
});
