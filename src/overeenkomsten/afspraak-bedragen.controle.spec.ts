import { AppError, ErrorCode } from '../common/app-error';
import type { BedragInput } from './afspraak-bedragen';
import {
  type BedragenContext,
  controleerBedragDelen,
  controleerBedragen,
} from './afspraak-bedragen.controle';
import { BedragFrequentie, type StoredBedrag } from './financieel-overzicht';

const GEMEENTE = '00000000-0000-4000-8000-000000000001';
const CORPORATIE_A = '00000000-0000-4000-8000-000000000002';
const CORPORATIE_B = '00000000-0000-4000-8000-000000000003';
const BUITEN = '00000000-0000-4000-8000-000000000009';

const namen: Record<string, string> = {
  [GEMEENTE]: 'Gemeente Vlietdam',
  [CORPORATIE_A]: 'Woonstede',
  [CORPORATIE_B]: 'Vlietwonen',
};

/** An overeenkomst 2026–2029 with three partijen, as OvereenkomstContext would answer. */
const context: BedragenContext = {
  deelnemer: (id, veld) => {
    const naam = namen[id];
    if (!naam)
      return Promise.reject(new AppError(ErrorCode.GEEN_DEELNEMER, 'neemt niet deel', veld));
    return Promise.resolve({ naam });
  },
  jaarschijf: (jaar, veld) => {
    if (jaar < 2026 || jaar > 2029)
      throw new AppError(ErrorCode.JAAR_BUITEN_PERIODE, 'buiten de periode', veld);
    return jaar;
  },
};

const bedrag = (b: Partial<BedragInput>): BedragInput => ({
  centen: 2_000_000,
  frequentie: BedragFrequentie.EENMALIG,
  doel: 'inrichting ontmoetingsruimte',
  betalers: [{ partijId: GEMEENTE }],
  ...b,
});

async function fout(b: Partial<BedragInput>): Promise<AppError> {
  try {
    await controleerBedragen([bedrag({}), bedrag(b)], context);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('niet geweigerd');
}

describe('controleerBedragen', () => {
  it('stores a yearly amount paid by one partij to the corporaties', async () => {
    // seed 002 (Wegwijzer, Zoetermeer): "Zoetermeer koopt jaarlijks het onderhoud van
    // deuropeners af bij de woningcorporaties" (the amount is ours)
    const [opgeslagen] = await controleerBedragen(
      [
        bedrag({
          centen: 4_500_000,
          frequentie: BedragFrequentie.PER_JAAR,
          jaar: 2026,
          totJaar: 2029,
          doel: 'onderhoud elektrische deuropeners in seniorencomplexen',
          ontvangerIds: [CORPORATIE_A, CORPORATIE_B],
          ontvangerOmschrijving: '  ',
        }),
      ],
      context,
    );
    expect(opgeslagen).toEqual({
      centen: 4_500_000,
      frequentie: 'PER_JAAR',
      jaar: 2026,
      totJaar: 2029,
      doel: 'onderhoud elektrische deuropeners in seniorencomplexen',
      betalers: [{ partijId: GEMEENTE, centen: null, percentage: null }],
      ontvangerIds: [CORPORATIE_A, CORPORATIE_B],
      ontvangerOmschrijving: null,
    });
  });

  it('accepts a joint payment with and without a split', async () => {
    const verdeeld = bedrag({
      centen: 20_000_000,
      frequentie: BedragFrequentie.TOTAAL,
      betalers: [
        { partijId: CORPORATIE_A, percentage: 60 },
        { partijId: CORPORATIE_B, percentage: 40 },
      ],
    });
    const inBedragen = bedrag({
      centen: 20_000_000,
      betalers: [
        { partijId: CORPORATIE_A, centen: 12_000_000 },
        { partijId: CORPORATIE_B, centen: 8_000_000 },
      ],
    });
    const samen = bedrag({ betalers: [{ partijId: CORPORATIE_A }, { partijId: CORPORATIE_B }] });
    await expect(controleerBedragen([verdeeld, inBedragen, samen], context)).resolves.toHaveLength(
      3,
    );
  });

  it('refuses a split whose amounts do not add up, naming the list', async () => {
    const e = await fout({
      centen: 20_000_000,
      betalers: [
        { partijId: CORPORATIE_A, centen: 12_000_000 },
        { partijId: CORPORATIE_B, centen: 6_000_000 },
      ],
    });
    expect(e.code).toBe(ErrorCode.BEDRAG_VERDELING_ONJUIST);
    expect(e.veld).toBe('input.bedragen.1.betalers');
    expect(e.message).toBe(
      'De delen van de betalers tellen op tot € 180.000, niet tot het bedrag van € 200.000',
    );
  });

  it('refuses percentages that do not make 100, and mixed or partial splits', async () => {
    const procenten = await fout({
      betalers: [
        { partijId: CORPORATIE_A, percentage: 60 },
        { partijId: CORPORATIE_B, percentage: 30.5 },
      ],
    });
    expect(procenten.message).toBe(
      'De percentages van de betalers tellen op tot 90,5%, niet tot 100%',
    );
    const gemengd = await fout({
      betalers: [
        { partijId: CORPORATIE_A, percentage: 60 },
        { partijId: CORPORATIE_B, centen: 800_000 },
      ],
    });
    expect([gemengd.code, gemengd.veld]).toEqual([
      ErrorCode.BEDRAG_VERDELING_ONJUIST,
      'input.bedragen.1.betalers',
    ]);
    const half = await fout({
      betalers: [{ partijId: CORPORATIE_A, percentage: 100 }, { partijId: CORPORATIE_B }],
    });
    expect(half.code).toBe(ErrorCode.BEDRAG_VERDELING_ONJUIST);
    const beide = await fout({
      betalers: [{ partijId: CORPORATIE_A, percentage: 100, centen: 2_000_000 }],
    });
    expect(beide.veld).toBe('input.bedragen.1.betalers.0');
  });

  it('refuses a partij that pays and receives the same amount', async () => {
    const e = await fout({ ontvangerIds: [GEMEENTE] });
    expect([e.code, e.veld]).toEqual([
      ErrorCode.BEDRAG_VERDELING_ONJUIST,
      'input.bedragen.1.ontvangerIds',
    ]);
    expect(e.message).toContain('Gemeente Vlietdam betaalt dit bedrag en ontvangt het ook');
  });

  it('refuses a payer twice, a partij outside the agreement and years outside the period', async () => {
    const dubbel = await fout({ betalers: [{ partijId: GEMEENTE }, { partijId: GEMEENTE }] });
    expect([dubbel.code, dubbel.veld]).toEqual([
      ErrorCode.AL_AANWEZIG,
      'input.bedragen.1.betalers',
    ]);
    const buiten = await fout({ betalers: [{ partijId: BUITEN }] });
    expect([buiten.code, buiten.veld]).toEqual([
      ErrorCode.GEEN_DEELNEMER,
      'input.bedragen.1.betalers.0.partijId',
    ]);
    const ontvanger = await fout({ ontvangerIds: [BUITEN] });
    expect(ontvanger.veld).toBe('input.bedragen.1.ontvangerIds.0');
    const jaar = await fout({ jaar: 2031 });
    expect([jaar.code, jaar.veld]).toEqual([
      ErrorCode.JAAR_BUITEN_PERIODE,
      'input.bedragen.1.jaar',
    ]);
  });

  it('refuses ranges that contradict themselves', async () => {
    expect((await fout({ totJaar: 2028, jaar: 2026 })).veld).toBe('input.bedragen.1.totJaar');
    const zonderBegin = await fout({ frequentie: BedragFrequentie.PER_JAAR, totJaar: 2028 });
    expect(zonderBegin.veld).toBe('input.bedragen.1.jaar');
    const omgekeerd = await fout({
      frequentie: BedragFrequentie.TOTAAL,
      jaar: 2028,
      totJaar: 2026,
    });
    expect(omgekeerd.message).toBe('Het laatste jaar (2026) ligt niet na 2028');
    const buiten = await fout({ frequentie: BedragFrequentie.PER_JAAR, jaar: 2026, totJaar: 2032 });
    expect(buiten.veld).toBe('input.bedragen.1.totJaar');
  });

  it('uses the path it is given (a copy checks afspraak.bedragen)', async () => {
    await expect(
      controleerBedragen([bedrag({ jaar: 2025 })], context, 'afspraak.bedragen'),
    ).rejects.toMatchObject({ veld: 'afspraak.bedragen.0.jaar' });
  });
});

describe('an amount for one deel of the afspraak', () => {
  const delen = { leden: ['a', 'b'], activiteiten: 2, locatieIds: [GEMEENTE] };

  it('stores the deel in its short form, and no key at all for the whole afspraak', async () => {
    const [voorLid, heel] = await controleerBedragen(
      [bedrag({ deel: { lid: 'b', activiteit: null, locatieId: null } }), bedrag({ deel: null })],
      context,
      'input.bedragen',
      delen,
    );
    expect(voorLid!.deel).toEqual({ lid: 'b' });
    // Absent, not null: the hash of an amount without a deel stays what it was.
    expect('deel' in heel!).toBe(false);
  });

  it('refuses a deel the afspraak does not have, naming the field', async () => {
    await expect(
      controleerBedragen([bedrag({ deel: { activiteit: 3 } })], context, 'input.bedragen', delen),
    ).rejects.toMatchObject({ veld: 'input.bedragen.0.deel.activiteit' });
    let fout: unknown;
    try {
      controleerBedragDelen(
        [{ ...(bedrag({}) as StoredBedrag), ontvangerIds: [], deel: { lid: 'c' } }],
        delen,
      );
    } catch (e) {
      fout = e;
    }
    expect(fout).toMatchObject({ veld: 'bedragen.0.deel.lid' });
  });
});

describe('an amount not yet known', () => {
  it('stores payer, receiver and purpose without cents, and keeps it unknown when checked again', async () => {
    // Seed 002, Coevorden: the gemeente "betaalt in die periode de huurderving".
    const [huurderving] = await controleerBedragen(
      [
        bedrag({
          centen: null,
          onbekend: true,
          doel: 'huurderving',
          ontvangerIds: [CORPORATIE_A],
        }),
      ],
      context,
    );
    expect(huurderving).toMatchObject({ centen: 0, onbekend: true, ontvangerIds: [CORPORATIE_A] });
    const [opnieuw] = await controleerBedragen([huurderving!], context, 'afspraak.bedragen');
    expect(opnieuw).toEqual(huurderving);
    const [bekend] = await controleerBedragen([bedrag({})], context);
    expect('onbekend' in bekend!).toBe(false);
  });

  it('refuses cents with "onbekend", none without it, and a split in euro, naming the field', async () => {
    expect((await fout({ onbekend: true })).veld).toBe('input.bedragen.1.centen');
    expect((await fout({ centen: null })).veld).toBe('input.bedragen.1.centen');
    const inEuro = await fout({
      centen: null,
      onbekend: true,
      betalers: [
        { partijId: GEMEENTE, centen: 1_000_000 },
        { partijId: CORPORATIE_A, centen: 1_000_000 },
      ],
    });
    expect(inEuro.veld).toBe('input.bedragen.1.betalers.0.centen');
    const [inProcenten] = await controleerBedragen(
      [
        bedrag({
          centen: null,
          onbekend: true,
          betalers: [
            { partijId: GEMEENTE, percentage: 60 },
            { partijId: CORPORATIE_A, percentage: 40 },
          ],
        }),
      ],
      context,
    );
    expect(inProcenten!.betalers.map((x) => x.percentage)).toEqual([60, 40]);
  });
});
