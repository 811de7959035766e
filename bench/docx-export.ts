/*
 * npm run bench:docx
 *
 * The Word export of an agreement with 200 afspraken and 40 indicatoren × 4 jaarschijven:
 *
 *  1. through the HTTP endpoint (GET /export/overeenkomsten/<id>.docx, with login token,
 *     permission check, loading the agreement and its versions, building and filling the
 *     template), as a client downloads it;
 *  2. building the same document directly with `docx` (the content with docx's elements and
 *     Packer, the placeholders with patchDocument, on the same template) from data already loaded;
 *
 * and prints both medians and their ratio. Target (issue 6): HTTP ≤ 1 s, ratio ≤ 1.5. Then, once
 * (a conversion takes seconds), the PDF/A of the same agreement through its endpoint
 * (GET /export/overeenkomsten/<id>.pdf: LibreOffice twice, for the contents' page numbers), timed
 * without a target; skipped without a converter, or with BENCH_PDF=0. Runs on DATABASE_URL when
 * set, otherwise on embedded PGlite.
 */
import { laadBenchOvereenkomst, startBenchApp } from './support/bench-app';
import { medianTimes } from './support/timing';
import { bouwOvereenkomst } from '../src/export/docx-opbouw';
import { ExportService } from '../src/export/export.service';
import { SjablonenService } from '../src/export/sjablonen.service';
import { vulSjabloon } from '../src/export/vullen';
import { PdfOmzetter } from '../src/export/pdf/pdf-omzetter';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;

async function main(): Promise<void> {
  const bench = await startBenchApp();
  const { app, embedded } = bench;
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  try {
    const { id, accessToken } = await laadBenchOvereenkomst(app);

    let bytes = 0;
    const http = async () => {
      const response = await fetch(`${base}/export/overeenkomsten/${id}.docx`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (response.status !== 200) throw new Error(`Export gaf ${response.status}`);
      bytes = (await response.arrayBuffer()).byteLength;
    };
    const gegevens = await app.get(ExportService).gegevens(id, { soort: 'huidig' });
    const sjabloon = await app.get(SjablonenService).voor(id);
    const direct = () => {
      const { patches, inhoud } = bouwOvereenkomst(gegevens);
      return vulSjabloon(sjabloon, patches, inhoud);
    };

    const { http: httpMs, direct: directMs } = await medianTimes(
      { http, direct: async () => direct() },
      RUNS,
      WARMUP,
    );
    const ratio = httpMs / directMs;
    const afspraken = gegevens.onderdelen.reduce((n, o) => n + o.afspraken.length, 0);
    console.log(
      `Word-export van ${afspraken} afspraken en ${gegevens.indicatoren.length} indicatoren (${(bytes / 1024).toFixed(0)} KB); ` +
        `database: ${embedded ? 'ingebouwde PGlite' : 'PostgreSQL-server'}; mediaan van ${RUNS} runs`,
    );
    console.log(`  via HTTP (GET /export/overeenkomsten/<id>.docx)   ${httpMs.toFixed(0)} ms`);
    console.log(`  direct met docx uit geladen gegevens            ${directMs.toFixed(0)} ms`);
    console.log(`  verhouding                                      ${ratio.toFixed(2)}`);
    const gehaald = httpMs <= 1000 && ratio <= 1.5;
    console.log(
      `Doel ≤ 1 s en verhouding ≤ 1,5: ${gehaald ? 'gehaald' : 'NIET gehaald'} (${httpMs.toFixed(0)} ms, ${ratio.toFixed(2)})`,
    );
    await pdfTijd(base, id, accessToken, await app.get(PdfOmzetter).beschikbaar());
  } finally {
    await bench.close();
  }
}

/** One PDF/A of the agreement through its endpoint, timed (no target: LibreOffice's own speed). */
async function pdfTijd(base: string, id: string, token: string, beschikbaar: boolean) {
  if (process.env.BENCH_PDF === '0' || !beschikbaar) {
    console.log(`PDF/A: overgeslagen (${beschikbaar ? 'BENCH_PDF=0' : 'geen PDF-omzetter'})`);
    return;
  }
  const begin = performance.now();
  const response = await fetch(`${base}/export/overeenkomsten/${id}.pdf`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`PDF-export gaf ${response.status}`);
  const bytes = (await response.arrayBuffer()).byteLength;
  const ms = performance.now() - begin;
  console.log(
    `  PDF/A via HTTP (GET /export/overeenkomsten/<id>.pdf, 1 run, ${(bytes / 1024).toFixed(0)} KB)  ${ms.toFixed(0)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
