import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import {
  CyclusRol,
  dag,
  lopendeCycli,
  MijlpaalSoort,
  mijlpalen,
  STANDAARD_KALENDER,
  Toestand,
} from './kalender';

const toestanden = (jaar: number, status: JaarschijfStatus, op: string) =>
  Object.fromEntries(
    mijlpalen(jaar, status, STANDAARD_KALENDER, new Date(op)).map((m) => [m.soort, m.toestand]),
  );

describe('the yearly cycle', () => {
  it('puts the deadlines of a jaarschijf where the Woningwet puts them, in Dutch time', () => {
    const m = mijlpalen(2027, JaarschijfStatus.CONCEPT, STANDAARD_KALENDER, new Date('2026-03-01'));
    const tot = Object.fromEntries(m.map((x) => [x.soort, x.tot.toISOString()]));
    expect(tot[MijlpaalSoort.BOD]).toBe('2026-06-30T22:00:00.000Z'); // 1 juli 2026, 00:00 CEST
    expect(tot[MijlpaalSoort.ONDERTEKENING]).toBe('2026-12-14T23:00:00.000Z'); // 15 december, CET
    expect(tot[MijlpaalSoort.VERANTWOORDING]).toBe('2028-05-31T22:00:00.000Z');
    expect(tot[MijlpaalSoort.EVALUATIE]).toBe('2028-06-30T22:00:00.000Z');
    expect(dag(2028, '05-01').toISOString()).toBe('2028-04-30T22:00:00.000Z');
  });

  it('says what is done, running, coming and overdue', () => {
    expect(toestanden(2027, JaarschijfStatus.CONCEPT, '2026-07-02T10:00:00Z')).toEqual({
      BOD: Toestand.TE_LAAT,
      ONDERTEKENING: Toestand.LOPEND,
      UITVOERING: Toestand.KOMEND,
      VERANTWOORDING: Toestand.KOMEND,
      EVALUATIE: Toestand.KOMEND,
    });
    expect(toestanden(2026, JaarschijfStatus.IN_UITVOERING, '2026-11-25T10:00:00Z')).toEqual({
      BOD: Toestand.GEDAAN,
      ONDERTEKENING: Toestand.GEDAAN,
      UITVOERING: Toestand.LOPEND,
      VERANTWOORDING: Toestand.KOMEND,
      EVALUATIE: Toestand.KOMEND,
    });
    expect(toestanden(2025, JaarschijfStatus.VERANTWOORDING, '2026-06-15T10:00:00Z')).toMatchObject(
      {
        UITVOERING: Toestand.GEDAAN,
        VERANTWOORDING: Toestand.TE_LAAT,
        EVALUATIE: Toestand.LOPEND,
      },
    );
  });

  it('asks verantwoording and evaluatie only of a year carried out in Driehoek', () => {
    // December 2026: 2025 stayed a concept (signed on paper, never carried out in the tool).
    expect(toestanden(2025, JaarschijfStatus.CONCEPT, '2026-12-06T10:00:00Z')).toEqual({
      BOD: Toestand.TE_LAAT,
      ONDERTEKENING: Toestand.TE_LAAT,
      UITVOERING: Toestand.TE_LAAT,
      VERANTWOORDING: Toestand.NIET_GEVRAAGD,
      EVALUATIE: Toestand.NIET_GEVRAAGD,
    });
    // Before its time it is still coming, whatever the status.
    expect(toestanden(2026, JaarschijfStatus.CONCEPT, '2026-12-06T10:00:00Z')).toMatchObject({
      VERANTWOORDING: Toestand.KOMEND,
    });
    expect(toestanden(2025, JaarschijfStatus.IN_UITVOERING, '2026-12-06T10:00:00Z')).toMatchObject({
      VERANTWOORDING: Toestand.TE_LAAT,
      EVALUATIE: Toestand.TE_LAAT,
    });
  });

  it('shows bod and ondertekening of a year signed outside Driehoek as done, with the day', () => {
    const m = mijlpalen(
      2026,
      JaarschijfStatus.IN_UITVOERING,
      STANDAARD_KALENDER,
      new Date('2026-12-06T10:00:00Z'),
      { datumTekst: 'op 12 december 2025' },
    );
    expect(m.map((x) => [x.soort, x.toestand, x.toelichting])).toEqual([
      ['BOD', 'GEDAAN', 'Buiten Driehoek ondertekend op 12 december 2025'],
      ['ONDERTEKENING', 'GEDAAN', 'Buiten Driehoek ondertekend op 12 december 2025'],
      ['UITVOERING', 'LOPEND', null],
      ['VERANTWOORDING', 'KOMEND', null],
      ['EVALUATIE', 'KOMEND', null],
    ]);
  });

  it('runs three cycles at once', () => {
    expect(lopendeCycli(new Date('2026-11-25T12:00:00Z'))).toEqual([
      { rol: CyclusRol.EVALUATIE, jaar: 2025 },
      { rol: CyclusRol.UITVOERING, jaar: 2026 },
      { rol: CyclusRol.ONDERHANDELING, jaar: 2027 },
    ]);
    // New Year's Eve in Amsterdam is already the next year.
    expect(lopendeCycli(new Date('2026-12-31T23:30:00Z'))[1]?.jaar).toBe(2027);
  });
});
