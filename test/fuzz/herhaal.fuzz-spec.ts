import { readFile } from 'node:fs/promises';
import { DEMO_WACHTWOORD } from '../../src/demo/demo.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { EMAIL, postMutatie, problemen, type Persoon } from './fuzz-support';
import type { MutatieGeval } from './graphql-arbitraries';

/*
 * Replays one saved fuzz case alone against a fresh app with the demo:
 *   FUZZ_GEVAL=test-artefacten/fuzz/PostgreSQL/traagste-1-dienBodIn.json npm run test:fuzz -- herhaal
 * The fuzz run saves its slowest cases there; alone, a case shows whether it is slow in itself or
 * only in the load around it. It must meet what every fuzz case meets.
 */
const bestand = process.env.FUZZ_GEVAL;

(bestand ? it : it.skip)('herhaalt het bewaarde geval (FUZZ_GEVAL)', async () => {
  const { geval } = JSON.parse(await readFile(bestand!, 'utf8')) as {
    geval: { persoon: Persoon; geval: MutatieGeval };
  };
  const t: TestApp = await startTestApp({ seedDemo: true });
  try {
    const token = await t.login(EMAIL[geval.persoon], DEMO_WACHTWOORD);
    const begin = performance.now();
    const antwoord = await postMutatie(t.baseUrl, token, geval.geval);
    process.stdout.write(
      `${geval.geval.mutatie} als ${geval.persoon}: ${Math.round(performance.now() - begin)} ms, HTTP ${antwoord.status}, ${antwoord.tekst.slice(0, 300)}\n`,
    );
    expect(problemen(antwoord)).toEqual([]);
  } finally {
    await t.close();
  }
});
