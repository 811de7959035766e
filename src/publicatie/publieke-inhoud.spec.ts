import { maakSlug, SLUG_PATROON } from './publieke-inhoud';

describe('maakSlug', () => {
  it('joins gemeente, title and period, each word once, without accents', () => {
    expect(
      maakSlug(['Gemeente Vlietdam', 'Prestatieafspraken Vlietdam 2026–2029', '2026-2029']),
    ).toBe('gemeente-vlietdam-prestatieafspraken-2026-2029');
    expect(maakSlug(['Gemeente Súdwest-Fryslân', 'Woonzorgafspraken', '2027-2030'])).toBe(
      'gemeente-sudwest-fryslan-woonzorgafspraken-2027-2030',
    );
  });

  it('stays within 80 characters on a word boundary, and is never empty', () => {
    const slug = maakSlug([
      'Gemeente Hoeksche Waard',
      'a'.repeat(30),
      'b'.repeat(30),
      'c'.repeat(30),
    ]);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(SLUG_PATROON);
    expect(slug.endsWith('-')).toBe(false);
    expect(maakSlug(['—', '!!'])).toBe('overeenkomst');
  });
});
