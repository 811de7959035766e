import { bedragTekst, leesBedrag, verdeelCenten } from './bedrag';

describe('bedragTekst', () => {
  it.each([
    [15_000_000, '€ 150.000'],
    [125_050, '€ 1.250,50'],
    [35, '€ 0,35'],
    [0, '€ 0'],
    [100_000, '€ 1.000'],
    // seed 001: "voor de periode 2023-2027 in totaal 5 miljoen euro" (Provincie Limburg)
    [500_000_000, '€ 5.000.000'],
    [2_100_000_000, '€ 21.000.000'],
    [190_005, '€ 1.900,05'],
  ])('writes %p cents as %p', (centen, tekst) => {
    expect(bedragTekst(centen)).toBe(tekst);
  });

  it('writes a negative amount with its sign after the euro sign', () => {
    expect(bedragTekst(-250_000)).toBe('€ -2.500');
  });
});

describe('leesBedrag', () => {
  it.each([
    ['150.000', 15_000_000],
    ['€ 150.000', 15_000_000],
    ['€150.000,-', 15_000_000],
    ['1.250,50', 125_050],
    ['0,35', 35],
    ['25000', 2_500_000],
    ['5 miljoen', 500_000_000],
    ['2,5 mln', 250_000_000],
    ['25 duizend', 2_500_000],
    ['12.5', 1250],
    ['1,234', null],
    ['veel', null],
    ['', null],
    ['1.25.000', null],
  ])('reads %p as %p', (tekst, centen) => {
    expect(leesBedrag(tekst)).toBe(centen);
  });

  it('reads back what bedragTekst writes', () => {
    for (const centen of [0, 35, 125_050, 15_000_000, 2_100_000_000]) {
      expect(leesBedrag(bedragTekst(centen))).toBe(centen);
    }
  });
});

describe('verdeelCenten', () => {
  it('splits by percentage into whole cents that add up exactly', () => {
    // demo: € 200.000 schuldhulp, 60% / 40% over two corporaties
    expect(verdeelCenten(20_000_000, [60, 40])).toEqual([12_000_000, 8_000_000]);
    expect(verdeelCenten(100, [1, 1, 1])).toEqual([34, 33, 33]);
    const delen = verdeelCenten(1_000_001, [33.3, 33.3, 33.4]);
    expect(delen.reduce((s, d) => s + d, 0)).toBe(1_000_001);
  });

  it('gives nothing to anyone when there are no weights', () => {
    expect(verdeelCenten(500, [0, 0])).toEqual([0, 0]);
  });
});
