import type { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { type Kalender, mijlpalen, MijlpaalSoort, Toestand } from '../jaarcyclus/kalender';
import { datumTekst } from '../jaarcyclus/nederlandse-tijd';
import type { HerinneringKring } from './meldingen.reader';

/** Reminders go 14 and 3 days before a deadline. */
export const HERINNERING_DAGEN = [14, 3] as const;

const DAG = 24 * 60 * 60 * 1000;

export interface Herinnering {
  soort: MijlpaalSoort;
  /** The threshold it is for (14 or 3): with the jaarschijf, what makes it unique. */
  drempel: number;
  /** Whole days left, rounded up. */
  dagen: number;
  tot: Date;
  kring: HerinneringKring;
  /** "het bod voor 2027", as the sentence needs it. */
  wat: string;
}

const KRING: Partial<Record<MijlpaalSoort, HerinneringKring>> = {
  BOD: 'CORPORATIES',
  ONDERTEKENING: 'ONDERTEKENAARS',
  VERANTWOORDING: 'CORPORATIES',
  EVALUATIE: 'ONDERTEKENAARS',
};

function wat(soort: MijlpaalSoort, jaar: number): string {
  switch (soort) {
    case MijlpaalSoort.BOD:
      return `het bod van de corporatie voor ${jaar}`;
    case MijlpaalSoort.ONDERTEKENING:
      return `de ondertekening van de afspraken voor ${jaar}`;
    case MijlpaalSoort.VERANTWOORDING:
      return `de verantwoording over ${jaar}`;
    default:
      return `de evaluatie van ${jaar}`;
  }
}

/**
 * The reminders due at `op` for a jaarschijf: for each step not done yet whose deadline is at
 * most 14 days away, the nearest threshold it has passed (a missed 14-day reminder is not sent
 * once the 3-day one is due). Steps not asked (never in uitvoering) or too late get none.
 */
export function herinneringen(
  jaar: number,
  status: JaarschijfStatus,
  kalender: Kalender,
  op: Date,
): Herinnering[] {
  return mijlpalen(jaar, status, kalender, op).flatMap((stap) => {
    const kring = KRING[stap.soort];
    if (!kring || (stap.toestand !== Toestand.LOPEND && stap.toestand !== Toestand.KOMEND)) {
      return [];
    }
    const over = stap.tot.getTime() - op.getTime();
    const drempel = [...HERINNERING_DAGEN].reverse().find((d) => over <= d * DAG);
    if (drempel === undefined || over <= 0) return [];
    return [
      {
        soort: stap.soort,
        drempel,
        dagen: Math.ceil(over / DAG),
        tot: stap.tot,
        kring,
        wat: wat(stap.soort, jaar),
      },
    ];
  });
}

/** "Nog 3 dagen: de verantwoording over 2026 van “…” moet vóór 1 juni 2027 klaar zijn." */
export function herinneringTekst(h: Herinnering, overeenkomst: string): string {
  const dagen = h.dagen === 1 ? 'nog 1 dag' : `nog ${h.dagen} dagen`;
  const laatste = new Date(h.tot.getTime() - DAG);
  return `Herinnering, ${dagen}: ${h.wat} in “${overeenkomst}” moet uiterlijk ${datumTekst(laatste)} klaar zijn.`;
}
