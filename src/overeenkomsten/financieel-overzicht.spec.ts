import {
  bedragJaren,
  bedragSamenvatting,
  BedragFrequentie,
  betalerDelen,
  financieelOverzicht,
  type StoredBedrag,
} from './financieel-overzicht';

const JAREN = [2026, 2027, 2028, 2029];

const bedrag = (b: Partial<StoredBedrag>): StoredBedrag => ({
  centen: 100_00,
  frequentie: BedragFrequentie.EENMALIG,
  jaar: null,
  totJaar: null,
  doel: 'doel',
  betalers: [{ partijId: 'gemeente', centen: null, percentage: null }],
  ontvangerIds: [],
  ontvangerOmschrijving: null,
  ...b,
});

describe('bedragJaren', () => {
  it('runs a yearly amount through the afspraak’s years, or the agreement’s, or a range', () => {
    const perJaar = bedrag({ frequentie: BedragFrequentie.PER_JAAR });
    expect(bedragJaren(perJaar, [2028, 2027], JAREN)).toEqual([2027, 2028]);
    expect(bedragJaren(perJaar, [], JAREN)).toEqual(JAREN);
    expect(bedragJaren({ ...perJaar, jaar: 2027, totJaar: 2028 }, [2026], JAREN)).toEqual([
      2027, 2028,
    ]);
    expect(bedragJaren({ ...perJaar, jaar: 2028 }, [], JAREN)).toEqual([2028, 2029]);
  });

  it('puts a one-off in its year and a total over years in the period', () => {
    expect(bedragJaren(bedrag({ jaar: 2027 }), [], JAREN)).toEqual([2027]);
    expect(bedragJaren(bedrag({}), [2028], JAREN)).toEqual([2028]);
    expect(bedragJaren(bedrag({}), [2026, 2027], JAREN)).toEqual([]);
    const totaal = bedrag({ frequentie: BedragFrequentie.TOTAAL, jaar: 2026, totJaar: 2029 });
    expect(bedragJaren(totaal, [], JAREN)).toEqual([]);
    expect(bedragJaren({ ...totaal, totJaar: null }, [], JAREN)).toEqual([2026]);
  });
});

describe('bedragSamenvatting', () => {
  it('writes amount, frequency and years on one line', () => {
    // seed 001 (Provincie Limburg): "voor de periode 2023-2027 in totaal 5 miljoen euro"
    expect(
      bedragSamenvatting(
        bedrag({
          centen: 500_000_000,
          frequentie: BedragFrequentie.TOTAAL,
          jaar: 2023,
          totJaar: 2027,
        }),
      ),
    ).toBe('€ 5.000.000 in totaal, 2023–2027');
    expect(
      bedragSamenvatting(bedrag({ centen: 2_500_000, frequentie: BedragFrequentie.PER_JAAR })),
    ).toBe('€ 25.000 per jaar');
    expect(
      bedragSamenvatting(
        bedrag({ centen: 2_500_000, frequentie: BedragFrequentie.PER_JAAR, jaar: 2027 }),
      ),
    ).toBe('€ 25.000 per jaar, vanaf 2027');
    expect(bedragSamenvatting(bedrag({ centen: 5_000_000, jaar: 2027 }))).toBe(
      '€ 50.000 eenmalig, 2027',
    );
  });
});

describe('betalerDelen', () => {
  it('gives one payer everything, a split its parts, and a joint payment none', () => {
    expect(betalerDelen(bedrag({}), 100_00)).toEqual([100_00]);
    const procent = bedrag({
      betalers: [
        { partijId: 'a', centen: null, percentage: 60 },
        { partijId: 'b', centen: null, percentage: 40 },
      ],
    });
    expect(betalerDelen(procent, 20_000_000)).toEqual([12_000_000, 8_000_000]);
    const samen = bedrag({
      betalers: [
        { partijId: 'a', centen: null, percentage: null },
        { partijId: 'b', centen: null, percentage: null },
      ],
    });
    expect(betalerDelen(samen, 100)).toBeNull();
  });
});

describe('financieelOverzicht', () => {
  it('sums per partij per year, keeps joint and period amounts apart, counts each amount once', () => {
    const cijfers = financieelOverzicht(
      [
        {
          // demo: € 25.000 per jaar voor procesbegeleiding, gemeente → bewonersinitiatieven
          bedragen: [bedrag({ centen: 2_500_000, frequentie: BedragFrequentie.PER_JAAR })],
          jaren: [2026, 2027],
        },
        {
          // demo: corporaties samen € 200.000 over de looptijd, 60/40
          bedragen: [
            bedrag({
              centen: 20_000_000,
              frequentie: BedragFrequentie.TOTAAL,
              betalers: [
                { partijId: 'corpA', centen: null, percentage: 60 },
                { partijId: 'corpB', centen: null, percentage: 40 },
              ],
              ontvangerIds: ['gemeente'],
            }),
            bedrag({
              centen: 1_000_000,
              jaar: 2027,
              betalers: [
                { partijId: 'corpA', centen: null, percentage: null },
                { partijId: 'corpB', centen: null, percentage: null },
              ],
            }),
          ],
          jaren: [],
        },
      ],
      [2029, 2026, 2027, 2028],
    );
    expect(cijfers.jaren).toEqual(JAREN);
    expect(cijfers.totaalPerJaar).toEqual([
      { jaar: 2026, centen: 2_500_000 },
      { jaar: 2027, centen: 3_500_000 },
      { jaar: 2028, centen: 0 },
      { jaar: 2029, centen: 0 },
    ]);
    expect(cijfers.totaalLooptijd).toBe(20_000_000);
    const gemeente = cijfers.partijen.find((p) => p.partijId === 'gemeente')!;
    expect(gemeente.perJaar.map((j) => j.betaalt)).toEqual([2_500_000, 2_500_000, 0, 0]);
    expect(gemeente.looptijd.ontvangt).toBe(20_000_000);
    expect(gemeente.totaal).toEqual({
      jaar: null,
      betaalt: 5_000_000,
      gezamenlijk: 0,
      ontvangt: 20_000_000,
      nogOnbekend: false,
    });
    const corpA = cijfers.partijen.find((p) => p.partijId === 'corpA')!;
    expect(corpA.looptijd.betaalt).toBe(12_000_000);
    expect(corpA.perJaar[1]).toEqual({
      jaar: 2027,
      betaalt: 0,
      gezamenlijk: 1_000_000,
      ontvangt: 0,
      nogOnbekend: false,
    });
  });
});

describe('an amount not yet known', () => {
  it('is listed per partij per year as nog onbekend and adds nothing to any sum', () => {
    const onbekend = bedrag({
      centen: 0,
      onbekend: true,
      frequentie: BedragFrequentie.PER_JAAR,
      jaar: 2027,
      totJaar: 2028,
      ontvangerIds: ['corporatie'],
    });
    expect(bedragSamenvatting(onbekend)).toBe('bedrag nog te bepalen per jaar, 2027–2028');
    const o = financieelOverzicht(
      [{ bedragen: [onbekend, bedrag({ jaar: 2027 })], jaren: [] }],
      JAREN,
    );
    const gemeente = o.partijen.find((p) => p.partijId === 'gemeente')!;
    expect(gemeente.perJaar.map((c) => c.nogOnbekend)).toEqual([false, true, true, false]);
    expect(gemeente.perJaar[1]!.betaalt).toBe(100_00);
    expect(gemeente.totaal).toMatchObject({ betaalt: 100_00, nogOnbekend: true });
    const corporatie = o.partijen.find((p) => p.partijId === 'corporatie')!;
    expect(corporatie.totaal).toMatchObject({ ontvangt: 0, nogOnbekend: true });
    expect(o.totaalPerJaar.map((t) => t.centen)).toEqual([0, 100_00, 0, 0]);
  });
});
