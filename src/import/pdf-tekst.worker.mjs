// @ts-check
/**
 * Reads the text of a PDF with its positions, in a worker thread: pdfjs-dist is an ES module
 * (the server is CommonJS, and jest's module loader would have to compile it), and a 40-page
 * file, or a hostile one, then neither blocks the event loop nor outgrows the worker's memory.
 * In: { data: Uint8Array, maxPaginas: number }. Out: { paginas, regels } or { fout, paginas }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** @typedef {{ tekst: string, x: number, eind: number, y: number, hoogte: number, pagina: number, vet: boolean }} Regel */

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
    /** @type {Regel | null} */
    let huidig = null;
    for (const item of inhoud.items) {
      if (!('str' in item)) continue;
      const [, , , , x, y] = item.transform;
      const hoogte = Math.round(item.height * 10) / 10;
      const font = inhoud.styles[item.fontName];
      const vet = /bold|black|heavy|semibold/i.test(`${item.fontName} ${font?.fontFamily ?? ''}`);
      // Items on one baseline form one line; pdfjs gives them in reading order.
      if (huidig && Math.abs(huidig.y - y) < 2) {
        huidig.tekst += item.str;
        huidig.hoogte = Math.max(huidig.hoogte, hoogte);
        huidig.eind = Math.max(huidig.eind, x + item.width);
      } else if (item.str.trim() !== '') {
        if (huidig) regels.push(huidig);
        huidig = { tekst: item.str, x, eind: x + item.width, y, hoogte, pagina: nummer, vet };
      }
      if (item.hasEOL && huidig) {
        regels.push(huidig);
        huidig = null;
      }
    }
    if (huidig) regels.push(huidig);
    pagina.cleanup();
  }
  await taak.destroy();
  return { paginas: pdf.numPages, regels: regels.filter((r) => r.tekst.trim() !== '') };
}

lees(workerData).then(
  (uitkomst) => parentPort?.postMessage(uitkomst),
  (fout) => parentPort?.postMessage({ fout: 'ONLEESBAAR', melding: String(fout?.message ?? fout) }),
);
