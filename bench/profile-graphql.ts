/*
 * npm run bench:graphql:profile
 *
 * Profiles what `npm run bench:graphql` measures: the whole agreement loaded through the GraphQL
 * API over HTTP, N times (default 200) after a warm-up. Only the measured requests are profiled;
 * the profile is written to PROFILE (default graphql-load.cpuprofile, or graphql-load.heapprofile
 * with HEAP=1 for a sampling allocation profile) and opens in Chrome DevTools or VS Code.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { laadBenchOvereenkomst, startBenchApp } from './support/bench-app';
import { median } from './support/timing';
import { FULL_OVEREENKOMST } from '../test/support/queries';

async function main(): Promise<void> {
  const heap = process.env.HEAP === '1';
  const file = process.env.PROFILE ?? `graphql-load.${heap ? 'heapprofile' : 'cpuprofile'}`;
  const runs = Number(process.env.N ?? 200);
  const bench = await startBenchApp();
  const { app } = bench;
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  try {
    const { id, accessToken } = await laadBenchOvereenkomst(app);
    const body = JSON.stringify({ query: FULL_OVEREENKOMST, variables: { id } });
    const graphql = async () => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body,
      });
      const json = (await response.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
    };
    for (let i = 0; i < 20; i++) await graphql();

    const session = new Session();
    session.connect();
    if (heap) {
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    } else {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
    }
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await graphql();
      times.push(performance.now() - start);
    }
    const { profile } = heap
      ? await session.post('HeapProfiler.stopSampling')
      : await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    console.log(
      `${runs} runs, median ${median(times).toFixed(1)} ms (profiling included); ${file}`,
    );
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
