import { dagTekst, kortDagTekst } from './datum';

describe('datum', () => {
  it('writes a calendar day in Dutch', () => {
    expect(dagTekst('2024-12-12')).toBe('12 december 2024');
    expect(dagTekst('2027-03-01')).toBe('1 maart 2027');
  });

  it('writes a yearly deadline short', () => {
    expect(kortDagTekst('12-15')).toBe('15 dec');
    expect(kortDagTekst('03-01')).toBe('1 mrt');
    expect(kortDagTekst('05-31')).toBe('31 mei');
  });
});
