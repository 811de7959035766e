/*
 * Pure code that the server and the web client both import (no DOM, no Node APIs): the client
 * reaches it through the `@gedeeld/*` alias of client/tsconfig.json and client/vite.config.ts.
 */

const MOOIE_FACTOREN = [1, 2, 2.5, 5, 10];

/**
 * The step of a chart's value axis: the smallest of 1, 2, 2.5, 5 or 10 × a power of ten that is at
 * least `minimum`, so the axis labels read as round numbers. 1 when there is nothing to divide.
 */
export function mooieStap(minimum: number): number {
  if (!(minimum > 0)) return 1;
  const macht = 10 ** Math.floor(Math.log10(minimum));
  return MOOIE_FACTOREN.map((f) => f * macht).find((stap) => stap >= minimum) ?? 10 * macht;
}
