import { AppError } from '../common/app-error';
import { kiesLocaties, LocatieSoort } from './afspraak-locaties';

/*
 * Places as real agreements name them. Seed 002 (§3.5, Nijkerk): "Binnen de complexen
 * 'Zilverschoon', 'Beatrixflat', 'Venepoort', 'Oranjelaan' is 50 procent gelabeld voor toewijzing
 * met voorrang voor mensen met een CIZ- en/of Wmo-indicatie"; seed 001: a regional ouderenopgave
 * "verdeeld naar gemeentelijk niveau".
 */
const NIJKERK = { id: '00000000-0000-4000-8000-000000000001', naam: 'Gemeente Nijkerk' };
const A = { id: '00000000-0000-4000-8000-00000000000a', naam: 'Gemeente Apeldoorn' };
const B = { id: '00000000-0000-4000-8000-00000000000b', naam: 'Gemeente Epe' };
const ZILVERSCHOON = {
  id: '00000000-0000-4000-8000-000000000101',
  soort: LocatieSoort.COMPLEX,
  naam: 'Zilverschoon',
  gemeenteId: NIJKERK.id,
};

const fout = (f: () => unknown): { veld: unknown; message: string } => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return { veld: e.extensions.veld, message: e.message };
    throw e;
  }
  throw new Error('geen fout');
};

describe('kiesLocaties', () => {
  const lokaal = { gemeenten: [NIJKERK], locaties: [ZILVERSCHOON] };

  it('reuses a known complex by name (any case or spacing) and places a new one in the only gemeente', () => {
    const keuzes = kiesLocaties(
      [
        { soort: LocatieSoort.COMPLEX, naam: '  zilverschoon ' },
        { soort: LocatieSoort.COMPLEX, naam: 'Beatrixflat' },
      ],
      lokaal,
    );
    expect(keuzes).toEqual([
      { bestaand: ZILVERSCHOON },
      { nieuw: { soort: LocatieSoort.COMPLEX, naam: 'Beatrixflat', gemeenteId: NIJKERK.id } },
    ]);
  });

  it('names a gemeente place after the gemeente when no name is given', () => {
    const keuzes = kiesLocaties(
      [
        { soort: LocatieSoort.GEMEENTE, gemeenteId: A.id },
        { soort: LocatieSoort.GEMEENTE, gemeenteId: B.id },
      ],
      { gemeenten: [A, B], locaties: [] },
    );
    expect(keuzes).toEqual([
      { nieuw: { soort: LocatieSoort.GEMEENTE, naam: A.naam, gemeenteId: A.id } },
      { nieuw: { soort: LocatieSoort.GEMEENTE, naam: B.naam, gemeenteId: B.id } },
    ]);
  });

  it('refuses contradictions and unknowns, naming the field', () => {
    expect(fout(() => kiesLocaties([{ naam: 'Venepoort' }], lokaal))).toEqual({
      veld: 'input.locaties.0.soort',
      message: 'is verplicht bij een nieuwe plaats',
    });
    expect(
      fout(() =>
        kiesLocaties([{ soort: LocatieSoort.GEMEENTE }], { gemeenten: [A, B], locaties: [] }),
      ),
    ).toEqual({
      veld: 'input.locaties.0.gemeenteId',
      message: 'Kies bij een gemeente welke gemeente het is',
    });
    expect(
      fout(() =>
        kiesLocaties([{ soort: LocatieSoort.KERN, naam: 'Vaassen', gemeenteId: NIJKERK.id }], {
          gemeenten: [A, B],
          locaties: [],
        }),
      ),
    ).toMatchObject({ veld: 'input.locaties.0.gemeenteId' });
    expect(fout(() => kiesLocaties([{ locatieId: A.id }], lokaal))).toEqual({
      veld: 'input.locaties.0.locatieId',
      message: 'Deze plaats hoort niet bij de overeenkomst',
    });
    expect(
      fout(() => kiesLocaties([{ locatieId: ZILVERSCHOON.id, naam: 'Zilverschoon' }], lokaal)),
    ).toMatchObject({ veld: 'input.locaties.0' });
    expect(
      fout(() =>
        kiesLocaties(
          [{ locatieId: ZILVERSCHOON.id }, { soort: LocatieSoort.COMPLEX, naam: 'ZILVERSCHOON' }],
          lokaal,
          'nieuweAfspraak.locaties',
        ),
      ),
    ).toEqual({
      veld: 'nieuweAfspraak.locaties.1',
      message: 'Deze plaats staat al eerder in de lijst',
    });
  });
});
