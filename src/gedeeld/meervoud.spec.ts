import { aantal } from './meervoud';

describe('aantal', () => {
  it('puts the noun in the number the count asks for', () => {
    expect(aantal(0, 'afspraak', 'afspraken')).toBe('0 afspraken');
    expect(aantal(1, 'afspraak', 'afspraken')).toBe('1 afspraak');
    expect(aantal(2, 'partij', 'partijen')).toBe('2 partijen');
  });
});
