import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice's PDF export as PDF/A-2b (SelectPdfVersion 2), with Word bookmarks as named
 * destinations so the contents' page numbers can be read back (see inhoudsopgave.ts). JSON
 * filter options need LibreOffice 7.4 or later.
 */
export const PDF_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({
  SelectPdfVersion: { type: 'long', value: '2' },
  ExportBookmarksToPDFDestination: { type: 'boolean', value: 'true' },
})}`;

/** The program's full path, or null when it is not installed. */
export async function vindProgramma(naam: string): Promise<string | null> {
  const kandidaten = isAbsolute(naam)
    ? [naam]
    : (process.env.PATH ?? '').split(delimiter).map((map) => join(map, naam));
  for (const pad of kandidaten) {
    try {
      await access(pad, constants.X_OK);
      return pad;
    } catch {
      // not here; try the next folder on PATH
    }
  }
  return null;
}

/**
 * One conversion by a LibreOffice of its own. `profiel` is the user profile folder of the slot
 * it runs in: two LibreOffices on one profile block each other, and a fresh profile per run costs
 * seconds, so each slot keeps one. On timeout the whole process group is killed and the profile
 * thrown away (it may be half written).
 */
export async function sofficeNaarPdf(
  programma: string,
  profiel: string,
  docx: Buffer,
  timeoutMs: number,
): Promise<Buffer> {
  const map = await mkdtemp(join(tmpdir(), 'driehoek-pdf-'));
  try {
    const invoer = join(map, 'document.docx');
    await writeFile(invoer, docx);
    const kind = spawn(
      programma,
      [
        `-env:UserInstallation=${pathToFileURL(profiel).href}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--nolockcheck',
        '--convert-to',
        PDF_FILTER,
        '--outdir',
        map,
        invoer,
      ],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let fouten = '';
    kind.stderr.on('data', (d: Buffer) => (fouten += d.toString()));
    const uitkomst = await new Promise<{ code: number | null; verlopen: boolean }>((klaar) => {
      const wekker = setTimeout(() => {
        // soffice starts soffice.bin as a child: kill the group so none is left behind
        if (kind.pid) process.kill(-kind.pid, 'SIGKILL');
        klaar({ code: null, verlopen: true });
      }, timeoutMs);
      kind.on('error', (fout) => {
        clearTimeout(wekker);
        fouten += fout.message;
        klaar({ code: -1, verlopen: false });
      });
      kind.on('exit', (code) => {
        clearTimeout(wekker);
        klaar({ code, verlopen: false });
      });
    });
    if (uitkomst.verlopen) {
      await rm(profiel, { recursive: true, force: true });
      throw new Error(`LibreOffice was na ${timeoutMs} ms niet klaar en is gestopt`);
    }
    try {
      return await readFile(join(map, 'document.pdf'));
    } catch {
      throw new Error(
        `LibreOffice maakte geen PDF (afsluitcode ${uitkomst.code}): ${fouten.trim().slice(0, 500)}`,
      );
    }
  } finally {
    await rm(map, { recursive: true, force: true });
  }
}
