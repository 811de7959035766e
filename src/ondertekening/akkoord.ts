import { AppError, ErrorCode } from '../common/app-error';
import { Oordeel } from '../onderhandeling/onderhandeling.entities';
import type { StandpuntenMatrixModel } from '../onderhandeling/onderhandeling.models';

/**
 * An onderdeel is frozen only with afspraken, and with every signing partij's akkoord on every
 * afspraak unless the regie gives a reason to freeze regardless.
 */
export function eisAkkoord(
  matrix: StandpuntenMatrixModel,
  overrideReden: string | undefined,
): void {
  if (matrix.rijen.length === 0) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      'Dit onderdeel bevat nog geen afspraken om te ondertekenen',
    );
  }
  if (matrix.iedereenAkkoord || overrideReden) return;
  const open = matrix.rijen.filter((r) => !r.akkoord);
  const voorbeelden = open
    .slice(0, 5)
    .map((r) => {
      const niet = r.cellen
        .filter(
          (c) =>
            !c.standpunt || c.standpunt.verouderd || c.standpunt.oordeel === Oordeel.NIET_AKKOORD,
        )
        .map(
          (c) =>
            `${c.partij.naam}: ${!c.standpunt ? 'geen standpunt' : c.standpunt.verouderd ? 'verouderd' : 'niet akkoord'}`,
        );
      return `${r.nummer} (${niet.join(', ')})`;
    })
    .join('; ');
  throw new AppError(
    ErrorCode.NIET_IEDEREEN_AKKOORD,
    `${open.length} afspra${open.length === 1 ? 'ak heeft' : 'ken hebben'} nog geen akkoord van elke ondertekenaar: ${voorbeelden}${open.length > 5 ? '; …' : ''}. Geef een reden om toch te bevriezen`,
    'input.overrideReden',
  );
}
