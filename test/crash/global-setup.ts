import { bouw } from './bouw';
import { bereidVoor } from './voorbereiding';

/** Transpiles the server for the children, then prepares the starting state once. */
export default async function globalSetup(): Promise<void> {
  // CRASH_BOUW=bestaand runs the build already in .tmp/crash-build (e.g. an older version).
  if (process.env.CRASH_BOUW !== 'bestaand') await bouw();
  process.env.DRIEHOEK_CRASH_PLAN = await bereidVoor();
}
