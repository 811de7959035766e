import { AppError, ErrorCode } from '../common/app-error';
import { Oordeel } from '../onderhandeling/onderhandeling.entities';
import type { StandpuntenMatrixModel } from '../onderhandeling/onderhandeling.models';
import { eisAkkoord } from './akkoord';

const partij = (naam: string) => ({ id: naam, naam }) as never;
const rij = (nummer: string, akkoord: boolean) => ({
  afspraakId: nummer,
  nummer,
  titel: nummer,
  akkoord,
  cellen: [
    { partij: partij('Gemeente'), standpunt: null },
    {
      partij: partij('Huurders'),
      standpunt: { oordeel: Oordeel.NIET_AKKOORD, verouderd: false },
    },
  ],
});
const matrix = (rijen: ReturnType<typeof rij>[]) =>
  ({ rijen, iedereenAkkoord: rijen.every((r) => r.akkoord) }) as unknown as StandpuntenMatrixModel;

describe('eisAkkoord', () => {
  it('refuses an onderdeel without afspraken, even with a reason', () => {
    let fout: unknown;
    try {
      eisAkkoord(matrix([]), 'toch');
    } catch (error) {
      fout = error;
    }
    expect(fout instanceof AppError && fout.code).toBe(ErrorCode.STATUS_ONJUIST);
  });

  it('names what is missing, and lets a reason override it', () => {
    expect(() => eisAkkoord(matrix([rij('1.1', true), rij('1.2', false)]), undefined)).toThrow(
      '1 afspraak heeft nog geen akkoord van elke ondertekenaar: 1.2 (Gemeente: geen standpunt, Huurders: niet akkoord)',
    );
    expect(() => eisAkkoord(matrix([rij('1.2', false)]), 'overleg van 12 november')).not.toThrow();
    expect(() => eisAkkoord(matrix([rij('1.1', true)]), undefined)).not.toThrow();
  });
});
