import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/*
 * Reading a produced PDF back with poppler: its PDF/A identification (XMP), its fonts, the text
 * of a page, the entries of its contents page; and its pages as images to look at.
 */

const exec = promisify(execFile);
export const DOCUMENTEN = join(__dirname, '..', '..', 'test-artefacten', 'documenten');

/** pdftotext breaks lines and may hyphenate: compare on words only. */
export const woorden = (tekst: string) => tekst.replace(/\s+/g, ' ').trim();

export interface GelezenPdf {
  pad: string;
  paginas: number;
  /** The pdfaid part and conformance in the XMP metadata, e.g. "2B"; null without. */
  pdfa: string | null;
  /** Every font with whether it is embedded. */
  fonts: { naam: string; ingebed: boolean }[];
  tekst(pagina: number): Promise<string>;
}

/** Writes the PDF to test-artefacten/documenten/<naam>.pdf and its pages as PNG beside it. */
export async function leesPdf(pdf: Buffer, naam: string): Promise<GelezenPdf> {
  await mkdir(DOCUMENTEN, { recursive: true });
  const pad = join(DOCUMENTEN, `${naam}.pdf`);
  await writeFile(pad, pdf);
  const { stdout: meta } = await exec('pdfinfo', ['-meta', pad]);
  const { stdout: info } = await exec('pdfinfo', [pad]);
  const deel = /<pdfaid:part>(\d)<\/pdfaid:part>/.exec(meta)?.[1];
  const conformiteit = /<pdfaid:conformance>(\w)<\/pdfaid:conformance>/.exec(meta)?.[1];
  const { stdout: fonts } = await exec('pdffonts', [pad]);
  await exec('pdftoppm', ['-r', '50', '-png', pad, join(DOCUMENTEN, naam)]);
  return {
    pad,
    paginas: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    pdfa: deel && conformiteit ? `${deel}${conformiteit}` : null,
    fonts: fonts
      .split('\n')
      .slice(2)
      .filter((r) => r.trim())
      .map((r) => {
        // name type encoding emb sub uni object id: read from the right, names hold spaces
        const kolommen = r.trim().split(/\s+/);
        return { naam: kolommen[0]!, ingebed: kolommen[kolommen.length - 5] === 'yes' };
      }),
    async tekst(pagina: number) {
      const { stdout } = await exec('pdftotext', [
        '-layout',
        '-f',
        String(pagina),
        '-l',
        String(pagina),
        pad,
        '-',
      ]);
      return stdout;
    },
  };
}

/** The contents page's entries ("Titel ........ 3") from the first page headed "Inhoud". */
export async function inhoudsopgave(
  pdf: GelezenPdf,
): Promise<{ pagina: number; regels: { titel: string; nummer: number | null }[] }> {
  for (let pagina = 1; pagina <= pdf.paginas; pagina++) {
    const tekst = await pdf.tekst(pagina);
    if (!/^\s*Inhoud\s*$/m.test(tekst)) continue;
    const regels = tekst
      .split('\n')
      .map((r) => /^\s*(\S.*?)\s*\.{4,}\s*(\d*)\s*$/.exec(r))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ titel: m[1]!, nummer: m[2] ? Number(m[2]) : null }));
    return { pagina, regels };
  }
  throw new Error('Geen pagina met de kop "Inhoud"');
}
