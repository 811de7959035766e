import { afmeldToken, leesAfmeldToken } from './afmelden';

describe('afmeldToken', () => {
  it('names the person only with the right secret and an untouched id', () => {
    const token = afmeldToken('4b1c7c1e-0000-4000-8000-000000000001', 'geheim');
    expect(leesAfmeldToken(token, 'geheim')).toBe('4b1c7c1e-0000-4000-8000-000000000001');
    expect(leesAfmeldToken(token, 'ander')).toBeNull();
    expect(leesAfmeldToken(token.replace('0001.', '0002.'), 'geheim')).toBeNull();
    expect(leesAfmeldToken('onzin', 'geheim')).toBeNull();
  });
});
