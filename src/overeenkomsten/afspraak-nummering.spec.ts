import { metVoorvoegsel, nummerVoorvoegsel, zonderVoorvoegsel } from './afspraak-nummering';

describe('afspraak numbers unique across the agreement (issue 18)', () => {
  const hoofd = { id: 'h', soort: 'HOOFDDOCUMENT' };
  const b1 = { id: 'b1', soort: 'BIJLAGE' };
  const b2 = { id: 'b2', soort: 'BIJLAGE' };

  it('prefixes nothing in the hoofddocument, B in the only bijlage, B2. in the second of several', () => {
    expect(nummerVoorvoegsel([hoofd, b1], 'h')).toEqual({ voorvoegsel: '', bijlageNummer: null });
    expect(nummerVoorvoegsel([hoofd, b1], 'b1')).toEqual({ voorvoegsel: 'B', bijlageNummer: 1 });
    expect(nummerVoorvoegsel([hoofd, b1, b2], 'b1').voorvoegsel).toBe('B1.');
    expect(nummerVoorvoegsel([hoofd, b2, b1], 'b1').voorvoegsel).toBe('B2.');
  });

  it('takes the prefix off whatever it was', () => {
    expect(['1.2', 'B1.2', 'B2.1.2', 'B12.10.3'].map(zonderVoorvoegsel)).toEqual([
      '1.2',
      '1.2',
      '1.2',
      '10.3',
    ]);
  });

  it('completes the numbers of a version frozen before they had a prefix, and only those', () => {
    const oud = [{ nummer: '1.1' }, { nummer: '2.1' }];
    expect(metVoorvoegsel(oud, 'B').map((a) => a.nummer)).toEqual(['B1.1', 'B2.1']);
    expect(metVoorvoegsel([{ nummer: 'B1.1' }], 'B2.').map((a) => a.nummer)).toEqual(['B1.1']);
    expect(metVoorvoegsel(oud, '')).toEqual(oud);
  });
});
