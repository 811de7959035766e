/*
 * Crash points for the crash suite (test/crash): the process kills itself with SIGKILL at a
 * named step of a multi-step command, so the suite can check that a restart finds that command
 * either not done or done completely. Inert unless DRIEHOEK_CRASHPUNT is set:
 *
 *   DRIEHOEK_CRASHPUNT=bevries:na-status@<onderdeelId>   at that step, for that subject
 *   DRIEHOEK_CRASHPUNT=bevries:start+3@<onderdeelId>      just before the 3rd SQL statement
 *                                                         after that step (any connection)
 *
 * The subject keeps a repeat of the same command on another subject from crashing.
 */

interface Doel {
  naam: string;
  onderwerp: string;
  /** Statements to let through after the step before dying; undefined: die at the step. */
  naStatements?: number;
}

function leesDoel(waarde: string | undefined): Doel | null {
  const match = /^([^@+]+)(?:\+(\d+))?@(.+)$/.exec(waarde ?? '');
  if (!match) return null;
  return {
    naam: match[1]!,
    onderwerp: match[3]!,
    naStatements: match[2] === undefined ? undefined : Number(match[2]),
  };
}

const doel = leesDoel(process.env.DRIEHOEK_CRASHPUNT);
/** Statements still allowed once an armed step was reached; null: not armed. */
let resterend: number | null = null;

function sterf(): never {
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL is delivered at once; this only satisfies the type checker.
  throw new Error('SIGKILL');
}

/** A named step of a command on `onderwerp`; kills the process when the crash suite asks for it. */
export function crashpunt(naam: string, onderwerp: string): void {
  if (!doel || doel.naam !== naam || doel.onderwerp !== onderwerp) return;
  if (doel.naStatements === undefined) sterf();
  resterend = doel.naStatements;
}

/** Called before every SQL statement (see ormOptions): counts down an armed crash point. */
export function crashpuntStatement(): void {
  if (resterend === null) return;
  if (resterend <= 1) sterf();
  resterend--;
}
