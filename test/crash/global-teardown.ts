import { ruimOp } from './voorbereiding';

export default async function globalTeardown(): Promise<void> {
  if (process.env.DRIEHOEK_CRASH_PLAN) await ruimOp(process.env.DRIEHOEK_CRASH_PLAN);
}
