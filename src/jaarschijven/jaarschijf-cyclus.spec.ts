import { AppError } from '../common/app-error';
import {
  externOndertekendeStappen,
  HOOFDDOCUMENT_OVERGANG,
  inUitvoeringGenomen,
  handmatigeStap,
  magBeoordelen,
  magEvaluatieAfsluiten,
  stapNietTeVroeg,
} from './jaarschijf-cyclus';
import { JaarschijfStatus as S } from './jaarschijf.entity';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as AppError).extensions.code;
  }
  return null;
};

describe('the jaarschijf state machine', () => {
  it('takes by hand only the next step, and not those of the hoofddocument or the evaluatie', () => {
    expect(handmatigeStap({ jaar: 2027, status: S.CONCEPT }, S.BOD_ONTVANGEN)).toEqual({
      ookCorporatie: true,
    });
    expect(handmatigeStap({ jaar: 2027, status: S.BOD_ONTVANGEN }, S.IN_ONDERHANDELING)).toEqual({
      ookCorporatie: false,
    });
    expect(code(() => handmatigeStap({ jaar: 2027, status: S.CONCEPT }, S.IN_ONDERHANDELING))).toBe(
      'STATUS_ONJUIST',
    );
    expect(
      code(() => handmatigeStap({ jaar: 2027, status: S.IN_ONDERHANDELING }, S.TER_ONDERTEKENING)),
    ).toBe('STATUS_ONJUIST');
    expect(
      code(() => handmatigeStap({ jaar: 2027, status: S.VERANTWOORDING }, S.GEEVALUEERD)),
    ).toBe('STATUS_ONJUIST');
  });

  it('waits for the calendar, in Dutch time', () => {
    const stand = { jaar: 2027, status: S.IN_UITVOERING };
    // 1 januari 2028, 00:00 CET is 23:00 UTC on New Year's Eve.
    expect(
      code(() => stapNietTeVroeg(stand, S.VERANTWOORDING, new Date('2027-12-31T22:59:00Z'))),
    ).toBe('TE_VROEG');
    expect(
      code(() => stapNietTeVroeg(stand, S.VERANTWOORDING, new Date('2027-12-31T23:00:00Z'))),
    ).toBe(null);
  });

  it('judges a year carried out, and closes it only after the verantwoording', () => {
    expect(code(() => magBeoordelen({ jaar: 2027, status: S.ONDERTEKEND }))).toBe('STATUS_ONJUIST');
    expect(code(() => magBeoordelen({ jaar: 2027, status: S.VERANTWOORDING }))).toBe(null);
    const juni = new Date('2028-05-31T22:00:00Z');
    expect(
      code(() => magEvaluatieAfsluiten({ jaar: 2027, status: S.IN_UITVOERING }, juni, juni)),
    ).toBe('STATUS_ONJUIST');
    expect(
      code(() =>
        magEvaluatieAfsluiten(
          { jaar: 2027, status: S.VERANTWOORDING },
          juni,
          new Date('2028-05-20'),
        ),
      ),
    ).toBe('TE_VROEG');
    expect(
      code(() => magEvaluatieAfsluiten({ jaar: 2027, status: S.VERANTWOORDING }, juni, juni)),
    ).toBe(null);
  });

  it('follows the hoofddocument: frozen, signed, refused', () => {
    expect(HOOFDDOCUMENT_OVERGANG.BEVROREN.naar).toBe(S.TER_ONDERTEKENING);
    expect(HOOFDDOCUMENT_OVERGANG.ONDERTEKEND).toEqual({
      van: [S.TER_ONDERTEKENING],
      naar: S.ONDERTEKEND,
    });
    expect(HOOFDDOCUMENT_OVERGANG.GEWEIGERD.naar).toBe(S.IN_ONDERHANDELING);
  });

  it('carries a year signed outside Driehoek to ondertekend, and in uitvoering once it has begun', () => {
    const op = new Date('2026-12-06T10:00:00Z');
    expect(externOndertekendeStappen({ jaar: 2025, status: S.CONCEPT }, op)).toEqual([
      S.ONDERTEKEND,
      S.IN_UITVOERING,
    ]);
    expect(externOndertekendeStappen({ jaar: 2026, status: S.TER_ONDERTEKENING }, op)).toEqual([
      S.ONDERTEKEND,
      S.IN_UITVOERING,
    ]);
    expect(externOndertekendeStappen({ jaar: 2027, status: S.IN_ONDERHANDELING }, op)).toEqual([
      S.ONDERTEKEND,
    ]);
    for (const status of [S.ONDERTEKEND, S.IN_UITVOERING, S.VERANTWOORDING, S.GEEVALUEERD])
      expect(code(() => externOndertekendeStappen({ jaar: 2025, status }, op))).toBe(
        'STATUS_ONJUIST',
      );
  });

  it('counts a year as carried out from in uitvoering on', () => {
    expect([S.CONCEPT, S.ONDERTEKEND].map(inUitvoeringGenomen)).toEqual([false, false]);
    expect([S.IN_UITVOERING, S.GEEVALUEERD].map(inUitvoeringGenomen)).toEqual([true, true]);
  });
});
