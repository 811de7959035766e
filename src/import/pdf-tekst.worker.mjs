// @ts-check
/**
 * Reads the text of a PDF with its positions, in a worker thread: pdfjs-dist is an ES module
 * (the server is CommonJS, and jest's module loader would have to compile it), and a 40-page
 * file, or a hostile one, then neither blocks the event loop nor outgrows the worker's memory.
 * In: { data: Uint8Array, maxPaginas: number }. Out: { paginas, regels } or { fout, paginas }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** @typedef {{ tekst: string, x: number, eind: number }} Deel */
/** @typedef {{ tekst: string, x: number, eind: number, y: number, hoogte: number, pagina: number, vet: boolean, delen: Deel[] }} Regel */

/** @param {{ data: Uint8Array, maxPaginas: number }} invoer */
async function lees({ data, maxPaginas }) {
  const taak = getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await taak.promise;
  if (pdf.numPages > maxPaginas) return { fout: 'TE_VEEL_PAGINAS', paginas: pdf.numPages };
  /** @type {Regel[]} */
  const regels = [];
  for (let nummer = 1; nummer <= pdf.numPages; nummer++) {
    const pagina = await pdf.getPage(nummer);
    const inhoud = await pagina.getTextContent();
    /** @type {Regel[]} */
    const opPagina = [];
    for (const item of inhoud.items) {
      if (!('str' in item) || item.str === '') continue;
      const [, , , , x, y] = item.transform;
      const hoogte = Math.round(item.height * 10) / 10;
      const font = inhoud.styles[item.fontName];
      const vet = /bold|black|heavy|semibold/i.test(`${item.fontName} ${font?.fontFamily ?? ''}`);
      const deel = { tekst: item.str, x, eind: x + item.width };
      // Items on one baseline form one line, wherever pdfjs gives them: a table row whose first
      // cell wraps comes as that cell's lines first, then the rest of the row.
      const regel = opPagina.find((r) => Math.abs(r.y - y) < 2);
      if (regel) {
        regel.delen.push(deel);
        regel.hoogte = Math.max(regel.hoogte, hoogte);
        regel.vet = regel.vet && vet;
      } else if (item.str.trim() !== '') {
        opPagina.push({ tekst: '', x, eind: x, y, hoogte, pagina: nummer, vet, delen: [deel] });
      }
    }
    for (const regel of opPagina) {
      regel.delen.sort((a, b) => a.x - b.x);
      regel.x = regel.delen[0]?.x ?? regel.x;
      regel.eind = Math.max(...regel.delen.map((d) => d.eind));
      regel.tekst = regel.delen.reduce((tekst, d, k) => {
        const vorige = regel.delen[k - 1];
        const spatie =
          vorige &&
          d.x - vorige.eind > regel.hoogte * 0.15 &&
          !/\s$/.test(tekst) &&
          !/^\s/.test(d.tekst);
        return tekst + (spatie ? ' ' : '') + d.tekst;
      }, '');
      regel.delen = regel.delen.filter((d) => d.tekst.trim() !== '');
    }
    // Top to bottom (a PDF's y grows upwards), then left to right.
    opPagina.sort((a, b) => b.y - a.y || a.x - b.x);
    regels.push(...opPagina);
    pagina.cleanup();
  }
  await taak.destroy();
  return { paginas: pdf.numPages, regels: regels.filter((r) => r.tekst.trim() !== '') };
}

lees(workerData).then(
  (uitkomst) => parentPort?.postMessage(uitkomst),
  (fout) => parentPort?.postMessage({ fout: 'ONLEESBAAR', melding: String(fout?.message ?? fout) }),
);
