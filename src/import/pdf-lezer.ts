import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { AppError, ErrorCode } from '../common/app-error';
import { begintDeel, type Blok, NUMMER, schoon, ZINSEINDE } from './blok';

export interface PdfRegel {
  tekst: string;
  x: number;
  /** Where the line's text ends on the right. */
  eind: number;
  /** The pieces of text pdfjs gave for the line, with where each stands. */
  delen: { tekst: string; x: number; eind: number }[];
  y: number;
  hoogte: number;
  pagina: number;
  vet: boolean;
}

export interface PdfLimieten {
  maxPaginas: number;
  tijdslimietMs: number;
  geheugenMb: number;
}

type WorkerUitkomst =
  | { paginas: number; regels: PdfRegel[] }
  | { fout: 'TE_VEEL_PAGINAS'; paginas: number }
  | { fout: 'ONLEESBAAR'; melding: string };

/** The lines of a PDF with their positions, read by pdfjs-dist in a worker thread. */
export async function pdfRegels(
  data: Uint8Array,
  limieten: PdfLimieten,
): Promise<{ paginas: number; regels: PdfRegel[] }> {
  const worker = new Worker(join(__dirname, 'pdf-tekst.worker.mjs'), {
    workerData: { data, maxPaginas: limieten.maxPaginas },
    resourceLimits: { maxOldGenerationSizeMb: limieten.geheugenMb },
  });
  let klok: NodeJS.Timeout | undefined;
  try {
    const uitkomst = await new Promise<WorkerUitkomst>((resolve, reject) => {
      klok = setTimeout(
        () =>
          reject(
            ongeldig(`Het lezen van de PDF duurde langer dan ${limieten.tijdslimietMs / 1000} s`),
          ),
        limieten.tijdslimietMs,
      );
      worker.once('message', resolve);
      worker.once('error', (fout: Error) =>
        reject(ongeldig(`De PDF kon niet worden gelezen (${fout.message})`)),
      );
      worker.once('exit', (code) =>
        reject(ongeldig(`De PDF kon niet worden gelezen (code ${code})`)),
      );
    });
    if ('fout' in uitkomst) {
      if (uitkomst.fout === 'TE_VEEL_PAGINAS')
        throw ongeldig(
          `De PDF heeft ${uitkomst.paginas} pagina's; een import leest er hoogstens ${limieten.maxPaginas}`,
        );
      throw ongeldig(`De PDF kon niet worden gelezen (${uitkomst.melding})`);
    }
    if (uitkomst.regels.length === 0)
      throw new AppError(
        ErrorCode.GEEN_TEKSTLAAG,
        'Deze PDF bevat geen tekst, alleen afbeeldingen (een scan). Lever het Word-bestand aan, of een PDF waarin de tekst te selecteren is.',
        'bestand',
      );
    return uitkomst;
  } finally {
    clearTimeout(klok);
    await worker.terminate();
  }
}

function ongeldig(melding: string): AppError {
  return new AppError(ErrorCode.BESTAND_ONGELDIG, melding, 'bestand');
}

/**
 * Lines into blocks. A line whose text is taller than the body text, or bold and short without a
 * full stop, is a heading; a line that starts with a number or a bullet starts a list item; other
 * lines continue the block above while they follow at the body's line distance and the line
 * above ran to the right margin (a paragraph's last line stops short, at a full stop or colon).
 */
export function pdfBlokken(regels: PdfRegel[]): Blok[] {
  const romp = meestVoorkomend(regels.map((r) => r.hoogte));
  const marge = Math.max(...regels.map((r) => r.eind));
  const links = Math.min(...regels.map((r) => r.x));
  const meubilair = paginaMeubilair(regels);
  const blokken: Blok[] = [];
  let vorige: PdfRegel | null = null;
  /** Where the cells of the last table row begin. */
  let rijX: number[] = [];
  for (const regel of regels) {
    const tekst = schoon(regel.tekst);
    if (!tekst || /^(pagina\s+)?\d+(\s+(van|\/)\s+\d+)?$/i.test(tekst)) continue; // page numbers
    if (meubilair.has(zonderCijfers(tekst))) continue;
    const cellen = cellenVan(regel);
    const laatste = blokken.at(-1);
    const onderRij =
      laatste?.soort === 'tabel' &&
      vorige?.pagina === regel.pagina &&
      vorige.y - regel.y <= romp * 3;
    if (cellen.length >= 3) {
      // Rows that follow each other form one table.
      if (onderRij) laatste.rijen.push(cellen.map((c) => c.tekst));
      else blokken.push({ soort: 'tabel', rijen: [cellen.map((c) => c.tekst)] });
      rijX = cellen.map((c) => c.x);
      vorige = regel;
      continue;
    }
    // A cell's text wrapped onto the next line: it stands under the cell it continues.
    const kolommen = cellen.map((c) => rijX.findIndex((x) => Math.abs(x - c.x) < 3));
    if (onderRij && kolommen.every((k) => k >= 0)) {
      const rij = laatste.rijen.at(-1)!;
      cellen.forEach((c, i) => (rij[kolommen[i]!] = schoon(`${rij[kolommen[i]!]} ${c.tekst}`)));
      vorige = regel;
      continue;
    }
    const kop =
      (regel.hoogte > romp * 1.15 || (regel.vet && !/[.;:]$/.test(tekst))) && tekst.length < 120;
    const nummer = NUMMER.exec(tekst);
    const sluitAan =
      vorige !== null &&
      laatste !== undefined &&
      laatste.soort !== 'kop' &&
      laatste.soort !== 'tabel' &&
      !kop &&
      !nummer &&
      !begintDeel(tekst) &&
      (vorige.pagina !== regel.pagina || vorige.y - regel.y <= romp * 1.45) &&
      !(ZINSEINDE.test(vorige.tekst.trim()) && vorige.eind < marge - (marge - links) * 0.12);
    if (kop) blokken.push({ soort: 'kop', tekst, niveau: regel.hoogte > romp * 1.4 ? 1 : 2 });
    else if (sluitAan && (laatste.soort === 'alinea' || laatste.soort === 'lijstitem'))
      laatste.tekst = schoon(`${laatste.tekst} ${tekst}`);
    else if (nummer)
      blokken.push({
        soort: 'lijstitem',
        tekst: tekst.slice(nummer[0].length),
        nummer: nummer[1]!,
        niveau: nummer[1]!.split('.').filter(Boolean).length,
      });
    else blokken.push({ soort: 'alinea', tekst });
    vorige = regel;
  }
  return blokken;
}

/**
 * The line's cells: its pieces, set apart by more white space than words ever are (wider than the
 * text is tall). Three or more make a table row; running text is one cell.
 */
function cellenVan(regel: PdfRegel): { tekst: string; x: number }[] {
  const cellen: { tekst: string; x: number }[] = [];
  let eind = -Infinity;
  for (const deel of regel.delen) {
    const cel = cellen.at(-1);
    if (cel && deel.x - eind <= regel.hoogte)
      cel.tekst += `${deel.x - eind > 1 ? ' ' : ''}${deel.tekst}`;
    else cellen.push({ tekst: deel.tekst, x: deel.x });
    eind = deel.eind;
  }
  return cellen.map((c) => ({ tekst: schoon(c.tekst), x: c.x })).filter((c) => c.tekst);
}

const zonderCijfers = (tekst: string) => tekst.replace(/\d+/g, '#');

/**
 * Running headers and footers ("Prestatieafspraken … — pagina 2 van 9"): a line that, page
 * numbers aside, stands on half the pages or more of a document of several pages.
 */
function paginaMeubilair(regels: PdfRegel[]): Set<string> {
  const paginas = new Set(regels.map((r) => r.pagina)).size;
  if (paginas < 2) return new Set();
  const opPaginas = new Map<string, Set<number>>();
  for (const r of regels) {
    const sleutel = zonderCijfers(schoon(r.tekst));
    const set = opPaginas.get(sleutel) ?? new Set<number>();
    set.add(r.pagina);
    opPaginas.set(sleutel, set);
  }
  return new Set(
    [...opPaginas].filter(([, p]) => p.size >= 2 && p.size >= paginas / 2).map(([s]) => s),
  );
}

function meestVoorkomend(waarden: number[]): number {
  const tellingen = new Map<number, number>();
  for (const w of waarden) tellingen.set(w, (tellingen.get(w) ?? 0) + 1);
  let beste = 0;
  let meest = -1;
  for (const [w, n] of tellingen)
    if (n > meest) {
      beste = w;
      meest = n;
    }
  return beste;
}
