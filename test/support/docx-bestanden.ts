import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';

/*
 * Opening produced Word files for real: unzipping them to read their XML, and converting them
 * with LibreOffice (headless) to PDF, read back with pdftotext.
 */

const exec = promisify(execFile);

export function docxXml(docx: Buffer, deel = 'word/document.xml'): Promise<string> {
  const bestand = unzipSync(new Uint8Array(docx), { filter: (f) => f.name === deel })[deel];
  if (!bestand) throw new Error(`${deel} ontbreekt in het document`);
  return Promise.resolve(strFromU8(bestand));
}

/** The text of every w:t in the document, paragraphs joined by newlines. */
export async function docxTekst(docx: Buffer): Promise<string> {
  const xml = await docxXml(docx);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** Converts with LibreOffice to `formaat` in a folder of its own; the caller removes the folder. */
async function omzetten(
  docx: Buffer,
  naam: string,
  formaat: 'pdf' | 'odt',
): Promise<{ pad: string; map: string }> {
  const map = await mkdtemp(join(tmpdir(), 'driehoek-docx-'));
  const bron = join(map, `${naam}.docx`);
  await writeFile(bron, docx);
  // Its own profile per conversion, so parallel test workers do not share a LibreOffice instance.
  await exec(
    'soffice',
    [
      `-env:UserInstallation=file://${join(map, 'profiel')}`,
      '--headless',
      '--convert-to',
      formaat,
      '--outdir',
      map,
      bron,
    ],
    { timeout: 120_000 },
  );
  return { pad: join(map, `${naam}.${formaat}`), map };
}

/** Converts with LibreOffice to PDF and returns its text (layout kept) and the PDF itself. */
export async function naarPdf(
  docx: Buffer,
  naam = 'export',
): Promise<{ tekst: string; pdf: Buffer; map: string }> {
  const { pad, map } = await omzetten(docx, naam, 'pdf');
  const { stdout } = await exec('pdftotext', ['-layout', pad, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return { tekst: stdout, pdf: await readFile(pad), map };
}

/** The same document as OpenDocument text, as LibreOffice saves it. */
export async function naarOdt(
  docx: Buffer,
  naam = 'export',
): Promise<{ odt: Buffer; map: string }> {
  const { pad, map } = await omzetten(docx, naam, 'odt');
  return { odt: await readFile(pad), map };
}

export async function ruimOp(map: string): Promise<void> {
  await rm(map, { recursive: true, force: true });
}
