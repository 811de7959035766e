import { AppError, ErrorCode } from '../common/app-error';
import { TeVroeg } from '../common/toestemming';
import { dag, datumTekst } from '../jaarcyclus/nederlandse-tijd';
import { JaarschijfStatus } from './jaarschijf.entity';

/**
 * The jaarschijf's state machine, in one place: the order of its statuses, which step is taken
 * how, and the guards on each. The services of the jaarcyclus (a step by hand), the signing of the
 * hoofddocument and the evaluatie (closing the year) ask here and change the status through
 * `JaarschijfStatusService`.
 */
export const STATUS_VOLGORDE: readonly JaarschijfStatus[] = [
  JaarschijfStatus.CONCEPT,
  JaarschijfStatus.BOD_ONTVANGEN,
  JaarschijfStatus.IN_ONDERHANDELING,
  JaarschijfStatus.TER_ONDERTEKENING,
  JaarschijfStatus.ONDERTEKEND,
  JaarschijfStatus.IN_UITVOERING,
  JaarschijfStatus.VERANTWOORDING,
  JaarschijfStatus.GEEVALUEERD,
];

export const STATUS_TEKST: Record<JaarschijfStatus, string> = {
  CONCEPT: 'concept',
  BOD_ONTVANGEN: 'bod ontvangen',
  IN_ONDERHANDELING: 'in onderhandeling',
  TER_ONDERTEKENING: 'ter ondertekening',
  ONDERTEKEND: 'ondertekend',
  IN_UITVOERING: 'in uitvoering',
  VERANTWOORDING: 'verantwoording',
  GEEVALUEERD: 'geëvalueerd',
};

/** What happened to the hoofddocument, which carries the jaarschijven along. */
export type Ondertekeningsstap = 'BEVROREN' | 'ONDERTEKEND' | 'GEWEIGERD';

/**
 * Freezing puts the jaarschijven under negotiation ter ondertekening, the last signature makes
 * them ondertekend, a refusal sends them back into negotiation.
 */
export const HOOFDDOCUMENT_OVERGANG: Record<
  Ondertekeningsstap,
  { van: JaarschijfStatus[]; naar: JaarschijfStatus }
> = {
  BEVROREN: {
    van: [
      JaarschijfStatus.CONCEPT,
      JaarschijfStatus.BOD_ONTVANGEN,
      JaarschijfStatus.IN_ONDERHANDELING,
    ],
    naar: JaarschijfStatus.TER_ONDERTEKENING,
  },
  ONDERTEKEND: { van: [JaarschijfStatus.TER_ONDERTEKENING], naar: JaarschijfStatus.ONDERTEKEND },
  GEWEIGERD: {
    van: [JaarschijfStatus.TER_ONDERTEKENING],
    naar: JaarschijfStatus.IN_ONDERHANDELING,
  },
};

/**
 * An onderdeel signed outside Driehoek (on paper, before the tool was used) carries the years it
 * covers to where reality is: ondertekend, and in uitvoering once the year has begun. Only a
 * jaarschijf that was not signed in the tool yet may be carried so.
 */
export const EXTERN_ONDERTEKEND_VAN: readonly JaarschijfStatus[] = [
  JaarschijfStatus.CONCEPT,
  JaarschijfStatus.BOD_ONTVANGEN,
  JaarschijfStatus.IN_ONDERHANDELING,
  JaarschijfStatus.TER_ONDERTEKENING,
];

/** The statuses a jaarschijf goes through when it was signed outside Driehoek, in order. */
export function externOndertekendeStappen(j: JaarschijfStand, op: Date): JaarschijfStatus[] {
  if (!EXTERN_ONDERTEKEND_VAN.includes(j.status)) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      `Jaarschijf ${j.jaar} is al ${STATUS_TEKST[j.status]}; alleen een jaar dat nog niet ondertekend is kan als buiten Driehoek ondertekend worden vastgelegd`,
      'input.jaren',
    );
  }
  return op >= dag(j.jaar, '01-01')
    ? [JaarschijfStatus.ONDERTEKEND, JaarschijfStatus.IN_UITVOERING]
    : [JaarschijfStatus.ONDERTEKEND];
}

/** Verantwoording and evaluatie are asked only of a year that was carried out (in uitvoering or later). */
export function inUitvoeringGenomen(status: JaarschijfStatus): boolean {
  return STATUS_VOLGORDE.indexOf(status) >= STATUS_VOLGORDE.indexOf(JaarschijfStatus.IN_UITVOERING);
}

interface JaarschijfStand {
  jaar: number;
  status: JaarschijfStatus;
}

/**
 * A step taken by hand (`zetJaarschijfStatus`): only the next status, and not one that the
 * hoofddocument or the evaluatie sets. Returns whether a woningcorporatie may take it besides the
 * regie (the bod, and the verantwoording).
 */
export function handmatigeStap(
  j: JaarschijfStand,
  naar: JaarschijfStatus,
): { ookCorporatie: boolean } {
  const volgende = STATUS_VOLGORDE[STATUS_VOLGORDE.indexOf(j.status) + 1];
  if (naar !== volgende) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      volgende
        ? `Jaarschijf ${j.jaar} is ${STATUS_TEKST[j.status]}; de volgende stap is ${STATUS_TEKST[volgende]}`
        : `Jaarschijf ${j.jaar} is al geëvalueerd`,
      'input.status',
    );
  }
  if (naar === JaarschijfStatus.TER_ONDERTEKENING || naar === JaarschijfStatus.ONDERTEKEND) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      `Jaarschijf ${j.jaar} wordt ${STATUS_TEKST[naar]} door het hoofddocument te bevriezen en te ondertekenen`,
      'input.status',
    );
  }
  if (naar === JaarschijfStatus.GEEVALUEERD) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      `Jaarschijf ${j.jaar} wordt geëvalueerd als de driehoek de evaluatie samen bevestigt (tabblad Evaluatie)`,
      'input.status',
    );
  }
  return {
    ookCorporatie:
      naar === JaarschijfStatus.BOD_ONTVANGEN || naar === JaarschijfStatus.VERANTWOORDING,
  };
}

/** Not before its time: uitvoering from the year's first day, verantwoording once it has ended. */
export function stapNietTeVroeg(j: JaarschijfStand, naar: JaarschijfStatus, op: Date): void {
  const vanaf =
    naar === JaarschijfStatus.IN_UITVOERING
      ? dag(j.jaar, '01-01')
      : naar === JaarschijfStatus.VERANTWOORDING
        ? dag(j.jaar + 1, '01-01')
        : null;
  if (vanaf && op < vanaf) {
    throw new TeVroeg(
      `Jaarschijf ${j.jaar} kan pas ${STATUS_TEKST[naar]} worden vanaf ${datumTekst(vanaf)}`,
      vanaf,
      'input.status',
    );
  }
}

/** The first moment after the year of a jaarschijf: from then on it is accounted for and judged. */
export function naHetJaar(jaar: number): Date {
  return dag(jaar + 1, '01-01');
}

/** The driehoek judges an afspraak only over a year that was carried out and is not yet closed. */
export function magBeoordelen(j: JaarschijfStand): void {
  if (j.status === JaarschijfStatus.GEEVALUEERD) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      `De evaluatie van ${j.jaar} is al door de driehoek afgesloten`,
      'input.jaar',
    );
  }
  if (j.status !== JaarschijfStatus.IN_UITVOERING && j.status !== JaarschijfStatus.VERANTWOORDING) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      `Jaarschijf ${j.jaar} is niet uitgevoerd (status ${j.status.toLowerCase().replace(/_/g, ' ')}); alleen een jaar in uitvoering of verantwoording wordt geëvalueerd`,
      'input.jaar',
    );
  }
}

/**
 * Closing the evaluation makes the jaarschijf geëvalueerd: not before the calendar's first day of
 * the evaluation (`evaluatieVan`, in the year after; said first, as it says from when), and only
 * after the verantwoording.
 */
export function magEvaluatieAfsluiten(j: JaarschijfStand, evaluatieVan: Date, op: Date): void {
  if (j.status === JaarschijfStatus.GEEVALUEERD) {
    throw new AppError(ErrorCode.STATUS_ONJUIST, `De evaluatie van ${j.jaar} is al afgesloten`);
  }
  if (op < evaluatieVan) {
    throw new TeVroeg(
      `De evaluatie van ${j.jaar} kan worden bevestigd vanaf ${datumTekst(evaluatieVan)}`,
      evaluatieVan,
    );
  }
  if (j.status !== JaarschijfStatus.VERANTWOORDING) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      `Jaarschijf ${j.jaar} staat nog niet in de verantwoording; de evaluatie wordt afgesloten na de verantwoording`,
    );
  }
}
