import { inUitvoeringGenomen, STATUS_VOLGORDE } from '../jaarschijven/jaarschijf-cyclus';
import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { dag, jaarVan, type MaandDag } from './nederlandse-tijd';

// Where the rest of the code has always found them.
export { dag, jaarVan, type MaandDag };

/** When the steps of a cycle fall, as days in the year (the year follows from the jaarschijf). */
export interface Kalender {
  /** The corporatie's bod comes before this day of the year before (Woningwet: 1 juli). */
  bodVoor: MaandDag;
  /** Signed before this day of the year before (15 december). */
  ondertekeningVoor: MaandDag;
  /** The verantwoording over the year, in the year after (mei). */
  verantwoordingVan: MaandDag;
  verantwoordingTot: MaandDag;
  /** The joint evaluation, in the year after (juni). */
  evaluatieVan: MaandDag;
  evaluatieTot: MaandDag;
}

export const STANDAARD_KALENDER: Kalender = {
  bodVoor: '07-01',
  ondertekeningVoor: '12-15',
  verantwoordingVan: '05-01',
  verantwoordingTot: '06-01',
  evaluatieVan: '06-01',
  evaluatieTot: '07-01',
};

export enum MijlpaalSoort {
  BOD = 'BOD',
  ONDERTEKENING = 'ONDERTEKENING',
  UITVOERING = 'UITVOERING',
  VERANTWOORDING = 'VERANTWOORDING',
  EVALUATIE = 'EVALUATIE',
}

export enum Toestand {
  GEDAAN = 'GEDAAN',
  LOPEND = 'LOPEND',
  KOMEND = 'KOMEND',
  TE_LAAT = 'TE_LAAT',
  /**
   * Not asked: verantwoording and evaluatie of a year that was never carried out (in uitvoering)
   * in Driehoek.
   */
  NIET_GEVRAAGD = 'NIET_GEVRAAGD',
}

export interface Mijlpaal {
  soort: MijlpaalSoort;
  /** From when it can be done (null: any time before `tot`). */
  van: Date | null;
  /** Before this moment it must be done. */
  tot: Date;
  toestand: Toestand;
  /** Why it stands so, where the status alone does not say ("extern ondertekend op …"). */
  toelichting: string | null;
}

/** A jaarschijf signed outside Driehoek: the day, as "op 12 december 2025". */
export interface ExternOndertekend {
  datumTekst: string;
}

const ALLEEN_BIJ_UITVOERING: readonly MijlpaalSoort[] = [
  MijlpaalSoort.VERANTWOORDING,
  MijlpaalSoort.EVALUATIE,
];
const DOOR_ONDERTEKENING: readonly MijlpaalSoort[] = [
  MijlpaalSoort.BOD,
  MijlpaalSoort.ONDERTEKENING,
];

/** The status from which a step counts as done. */
const GEDAAN_VANAF: Record<MijlpaalSoort, JaarschijfStatus> = {
  BOD: JaarschijfStatus.BOD_ONTVANGEN,
  ONDERTEKENING: JaarschijfStatus.ONDERTEKEND,
  UITVOERING: JaarschijfStatus.VERANTWOORDING,
  VERANTWOORDING: JaarschijfStatus.GEEVALUEERD,
  EVALUATIE: JaarschijfStatus.GEEVALUEERD,
};

export function isGedaan(status: JaarschijfStatus, soort: MijlpaalSoort): boolean {
  return STATUS_VOLGORDE.indexOf(status) >= STATUS_VOLGORDE.indexOf(GEDAAN_VANAF[soort]);
}

/** The steps of the cycle of jaarschijf `jaar`, and where each stands at `op`. */
export function mijlpalen(
  jaar: number,
  status: JaarschijfStatus,
  kalender: Kalender,
  op: Date,
  extern: ExternOndertekend | null = null,
): Mijlpaal[] {
  const stappen: Omit<Mijlpaal, 'toestand' | 'toelichting'>[] = [
    { soort: MijlpaalSoort.BOD, van: null, tot: dag(jaar - 1, kalender.bodVoor) },
    {
      soort: MijlpaalSoort.ONDERTEKENING,
      van: null,
      tot: dag(jaar - 1, kalender.ondertekeningVoor),
    },
    { soort: MijlpaalSoort.UITVOERING, van: dag(jaar, '01-01'), tot: dag(jaar + 1, '01-01') },
    {
      soort: MijlpaalSoort.VERANTWOORDING,
      van: dag(jaar + 1, kalender.verantwoordingVan),
      tot: dag(jaar + 1, kalender.verantwoordingTot),
    },
    {
      soort: MijlpaalSoort.EVALUATIE,
      van: dag(jaar + 1, kalender.evaluatieVan),
      tot: dag(jaar + 1, kalender.evaluatieTot),
    },
  ];
  return stappen.map((stap) => {
    const gedaan = isGedaan(status, stap.soort);
    const toestand = gedaan
      ? Toestand.GEDAAN
      : ALLEEN_BIJ_UITVOERING.includes(stap.soort) &&
          !inUitvoeringGenomen(status) &&
          (!stap.van || op >= stap.van)
        ? Toestand.NIET_GEVRAAGD
        : op >= stap.tot
          ? Toestand.TE_LAAT
          : !stap.van || op >= stap.van
            ? Toestand.LOPEND
            : Toestand.KOMEND;
    const toelichting =
      extern && gedaan && DOOR_ONDERTEKENING.includes(stap.soort)
        ? `Buiten Driehoek ondertekend ${extern.datumTekst}`
        : toestand === Toestand.NIET_GEVRAAGD
          ? `Niet gevraagd: ${jaar} is niet in uitvoering genomen in Driehoek`
          : null;
    return { ...stap, toestand, toelichting };
  });
}

export enum CyclusRol {
  /** Its year has passed: verantwoording in mei, evaluatie in juni. */
  EVALUATIE = 'EVALUATIE',
  /** Its year is now. */
  UITVOERING = 'UITVOERING',
  /** Next year's: bod before 1 juli, signed before 15 december. */
  ONDERHANDELING = 'ONDERHANDELING',
}

/** The three cycles running at a moment: last year's, this year's and next year's jaarschijf. */
export function lopendeCycli(op: Date): { rol: CyclusRol; jaar: number }[] {
  const jaar = jaarVan(op);
  return [
    { rol: CyclusRol.EVALUATIE, jaar: jaar - 1 },
    { rol: CyclusRol.UITVOERING, jaar },
    { rol: CyclusRol.ONDERHANDELING, jaar: jaar + 1 },
  ];
}
