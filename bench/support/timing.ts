export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The median time of each run, measured in rounds: every round times each run once, in turn,
 * after `warmup` untimed rounds. Compared side by side, the runs share whatever the machine
 * does meanwhile (another process, a slower minute), so their ratio does not depend on which
 * one happened to be timed during it.
 */
export async function medianTimes<K extends string>(
  runs: Record<K, () => Promise<unknown>>,
  rounds: number,
  warmup: number,
): Promise<Record<K, number>> {
  const keys = Object.keys(runs) as K[];
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup + rounds; round++) {
    for (const key of keys) {
      const start = performance.now();
      await runs[key]();
      if (round >= warmup) times[key].push(performance.now() - start);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, median(times[k])])) as Record<K, number>;
}
