import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { AppError } from '../../common/app-error';
import { bladzijdenVanBladwijzers, inhoudBladwijzers, vulPaginanummers } from './inhoudsopgave';
import { PdfOmzetter } from './pdf-omzetter';

/** Layouts kept: enough for the versions people download, small (a map of a few dozen numbers). */
const BEWAARD = 100;

/**
 * Exports with the contents' page numbers: the PDF/A always (a second conversion of the document
 * with the numbers read from the first), the Word document of a version when a converter is here
 * (one conversion, kept per fingerprint of the document, so a version's next download is as
 * quick as without). A concept changes with every edit, so its Word document is not held up by a
 * layout; Word fills its numbers in itself when it opens it.
 */
@Injectable()
export class PdfExport {
  private readonly log = new Logger('PdfExport');
  private readonly lagen = new Map<string, ReadonlyMap<string, number>>();

  constructor(private readonly omzetter: PdfOmzetter) {}

  /** The document as PDF/A-2b, its contents with the pages of the PDF itself. */
  async pdf(docx: Buffer): Promise<Buffer> {
    const namen = inhoudBladwijzers(docx);
    if (namen.length === 0) return this.omzetter.naarPdfA(docx);
    const sleutel = vingerafdruk(docx);
    let paginas = this.lagen.get(sleutel);
    let pdf: Buffer | null = null;
    if (!paginas) {
      pdf = await this.omzetter.naarPdfA(docx);
      paginas = await bladzijdenVanBladwijzers(pdf);
    }
    // The entries' lines are there in the first layout already, only their numbers are new, so
    // the headings stay where they were; checked, and once more laid out if one did move.
    for (let ronde = 0; ronde < 2; ronde++) {
      pdf = await this.omzetter.naarPdfA(vulPaginanummers(docx, paginas));
      const daarna = await bladzijdenVanBladwijzers(pdf);
      if (namen.every((n) => daarna.get(n) === paginas!.get(n))) break;
      paginas = daarna;
    }
    this.bewaar(sleutel, paginas);
    return pdf!;
  }

  /**
   * The Word document with the contents' page numbers as LibreOffice lays it out, when a
   * converter is here; otherwise, or if it fails, as it is (Word fills them in on opening).
   */
  async docxMetPaginanummers(docx: Buffer): Promise<Buffer> {
    if (inhoudBladwijzers(docx).length === 0 || !(await this.omzetter.beschikbaar())) return docx;
    const sleutel = vingerafdruk(docx);
    let paginas = this.lagen.get(sleutel);
    if (!paginas) {
      try {
        paginas = await bladzijdenVanBladwijzers(await this.omzetter.naarPdfA(docx));
      } catch (fout) {
        if (!(fout instanceof AppError)) throw fout;
        this.log.warn(`Inhoudsopgave zonder paginanummers: ${fout.message}`);
        return docx;
      }
      this.bewaar(sleutel, paginas);
    }
    return vulPaginanummers(docx, paginas);
  }

  private bewaar(sleutel: string, paginas: ReadonlyMap<string, number>): void {
    this.lagen.delete(sleutel);
    this.lagen.set(sleutel, paginas);
    if (this.lagen.size > BEWAARD) this.lagen.delete(this.lagen.keys().next().value!);
  }
}

/** What decides the layout: every part of the package, not the zip's own bytes (dates in it). */
function vingerafdruk(docx: Buffer): string {
  const hash = createHash('sha256');
  const delen = unzipSync(new Uint8Array(docx));
  for (const naam of Object.keys(delen).sort()) hash.update(naam).update(delen[naam]!);
  return hash.digest('hex');
}
