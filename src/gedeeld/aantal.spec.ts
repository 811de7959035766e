import { aantal } from './aantal';

describe('aantal', () => {
  it('puts the noun in the right number', () => {
    expect(aantal(1, 'afspraak', 'afspraken')).toBe('1 afspraak');
    expect(aantal(20, 'afspraak', 'afspraken')).toBe('20 afspraken');
    expect(aantal(0, 'afspraak', 'afspraken')).toBe('geen afspraken');
  });
});
