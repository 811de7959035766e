/*
 * npm run bench:import
 *
 * The importer against the labelled corpus (test/import/corpus: 82 afspraken paraphrased from the
 * seeds, in five agreements), each written in three layouts: numbered Word, Word with headings,
 * lists and tables, and a PDF made by LibreOffice. Prints per type precision and recall, overall
 * type accuracy, the share of sentences kept, and the time to read a 40-page agreement.
 * Targets (issue 20): accuracy ≥ 80%, 100% of sentences kept, ≤ 10 s for 40 pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  alleAfspraken,
  CONTROLE_BESTAND,
  leesCorpus,
  type CorpusOvereenkomst,
} from '../test/import/corpus/corpus';
import { maakDocumenten } from '../test/import/corpus/maak-documenten';
import { meet, uitslag, type DocumentMeting } from '../test/import/corpus/meting';
import { median } from './support/timing';
import type { AfspraakType } from '../src/overeenkomsten/afspraak-type';
import { stelTypeVoor } from '../src/import/typering';
import { traineer } from '../src/import/typering-training';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** All chapters of the corpus, again and again, as one agreement of at least `paginas` pages. */
function groot(corpus: CorpusOvereenkomst[], herhaling: number): CorpusOvereenkomst {
  const [eerste] = corpus;
  return {
    ...eerste!,
    bestandsnaam: 'groot',
    titel: 'Regionale prestatieafspraken wonen, zorg en welzijn 2027-2030',
    partijen: corpus
      .flatMap((o) => o.partijen)
      .filter((p, i, a) => a.findIndex((q) => q.naam === p.naam) === i),
    considerans: corpus.flatMap((o) => o.considerans),
    hoofdstukken: Array.from({ length: herhaling }, (_, r) =>
      corpus.flatMap((o) =>
        o.hoofdstukken.map((h) => ({ ...h, titel: `${h.titel} (${o.bestandsnaam}, ${r + 1})` })),
      ),
    ).flat(),
    streefwaarden: corpus.flatMap((o) => o.streefwaarden ?? []),
  };
}

async function main(): Promise<void> {
  const map = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const corpus = leesCorpus();
    const documenten = await maakDocumenten(map, corpus);
    const metingen: DocumentMeting[] = [];
    for (const document of documenten) metingen.push(await meet(document));

    console.log(
      `Corpus: ${corpus.length} overeenkomsten × 3 opmaken = ${documenten.length} bestanden`,
    );
    for (const layout of ['genummerd', 'koppen', 'pdf'] as const) {
      const u = uitslag(metingen.filter((m) => m.document.layout === layout));
      console.log(
        `  ${layout.padEnd(10)} typen juist ${pct(u.juist / u.afspraken)} (${u.juist}/${u.afspraken}), ` +
          `zinnen bewaard ${pct(u.bewaard / u.afspraken)}, als eigen afspraak ${pct(u.apart / u.afspraken)}`,
      );
    }
    const u = uitslag(metingen);
    console.log('\nPer type (alle opmaken)      precisie   recall   aantal');
    for (const t of u.perType)
      console.log(
        `  ${t.type.padEnd(26)} ${(t.precisie === null ? '—' : pct(t.precisie)).padStart(8)} ${pct(t.recall).padStart(8)} ${String(t.aantal).padStart(8)}`,
      );
    const considerans = metingen.reduce((n, m) => n + m.considerans.bewaard, 0);
    const considerTotaal = metingen.reduce((n, m) => n + m.considerans.totaal, 0);
    const partijen = metingen.reduce((n, m) => n + m.partijen.gevonden, 0);
    const partijTotaal = metingen.reduce((n, m) => n + m.partijen.totaal, 0);
    const hoofdstukken = metingen.reduce((n, m) => n + m.hoofdstukken.gevonden, 0);
    const hoofdTotaal = metingen.reduce((n, m) => n + m.hoofdstukken.totaal, 0);
    const zinnen = (u.bewaard + considerans) / (u.afspraken + considerTotaal);
    console.log(
      `\nTypen juist:            ${pct(u.juist / u.afspraken)}   (het corpus waarop het model is getraind)`,
    );
    console.log(
      `Zinnen bewaard:         ${pct(zinnen)}   (afspraken en considerans, elk op één plek; doel 100%)`,
    );
    console.log(`Afspraken apart:        ${pct(u.apart / u.afspraken)}`);
    console.log(`Partijen herkend:       ${pct(partijen / partijTotaal)}`);
    console.log(`Hoofdstukken herkend:   ${pct(hoofdstukken / hoofdTotaal)}`);

    // Five-fold cross-validation of the type model: trained on four fifths, measured on the rest.
    const voorbeelden = alleAfspraken(corpus).map(({ afspraak }) => ({
      tekst: afspraak.tekst,
      type: afspraak.type as AfspraakType,
    }));
    const vouwen = 5;
    let kruisJuist = 0;
    for (let v = 0; v < vouwen; v++) {
      const model = traineer(voorbeelden.filter((_, i) => i % vouwen !== v));
      kruisJuist += voorbeelden
        .filter((_, i) => i % vouwen === v)
        .filter((a) => stelTypeVoor(a.tekst, model).type === a.type).length;
    }
    console.log(
      `Kruisvalidatie (5 delen, typen alleen naar de tekst): ${pct(kruisJuist / voorbeelden.length)}`,
    );

    // Held out: written without sight of the rules, never used to adjust them or to train the model.
    // This is the accuracy to expect on an agreement not seen before.
    const controle = await maakDocumenten(join(map, 'controle'), leesCorpus(CONTROLE_BESTAND));
    const gecontroleerd: DocumentMeting[] = [];
    for (const document of controle) gecontroleerd.push(await meet(document));
    const c = uitslag(gecontroleerd);
    const cBewaard = gecontroleerd.flatMap((m) => m.afspraken).filter((a) => a.bewaard).length;
    console.log(
      `\nControlecorpus (${c.afspraken / 3} afspraken × 3 opmaken, niet gezien bij de regels noch bij de training; doel ≥ 80%):`,
    );
    console.log(
      `  typen juist ${pct(c.juist / c.afspraken)}, zinnen bewaard ${pct(cBewaard / c.afspraken)}, apart ${pct(c.apart / c.afspraken)}`,
    );
    for (const t of c.perType)
      console.log(
        `  ${t.type.padEnd(26)} ${(t.precisie === null ? '—' : pct(t.precisie)).padStart(8)} ${pct(t.recall).padStart(8)} ${String(t.aantal).padStart(8)}`,
      );

    const grote = await maakDocumenten(join(map, 'groot'), [groot(corpus, 7)]);
    for (const document of grote) {
      const paginas =
        document.layout === 'pdf'
          ? Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [document.pad]).toString())?.[1])
          : null;
      const tijden: number[] = [];
      let laatste: DocumentMeting | null = null;
      for (let i = 0; i < RUNS; i++) {
        laatste = await meet(document);
        tijden.push(laatste.ms);
      }
      const g = uitslag([laatste!]);
      console.log(
        `Groot akkoord, ${document.layout.padEnd(9)} ${paginas ? `${paginas} pagina's, ` : ''}${g.afspraken} afspraken: ` +
          `mediaan ${(median(tijden) / 1000).toFixed(2)} s, hoogst ${(Math.max(...tijden) / 1000).toFixed(2)} s (doel ≤ 10 s)`,
      );
    }
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
