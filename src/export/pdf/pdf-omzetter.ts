import { Inject, Injectable, Logger } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, ErrorCode } from '../../common/app-error';
import type { PdfInstellingen } from '../../config/config';
import { gotenbergNaarPdf } from './gotenberg';
import { sofficeNaarPdf, vindProgramma } from './soffice';
import { Wachtrij } from './wachtrij';

export const PDF_INSTELLINGEN = Symbol('PDF_INSTELLINGEN');

/**
 * Word to PDF/A-2b by LibreOffice: a Gotenberg service when GOTENBERG_URL is set, else the
 * local `soffice`. At most `gelijktijdig` conversions run at once, in this process.
 */
@Injectable()
export class PdfOmzetter {
  private readonly log = new Logger('PdfOmzetter');
  private readonly wachtrij: Wachtrij;
  private programma: Promise<string | null> | null = null;
  /** Profiles of this process, one per slot, removed at shutdown. */
  private readonly profielen = new Set<string>();

  constructor(@Inject(PDF_INSTELLINGEN) private readonly instellingen: PdfInstellingen) {
    this.wachtrij = new Wachtrij(instellingen.gelijktijdig);
  }

  /** Whether a converter is configured or installed. */
  async beschikbaar(): Promise<boolean> {
    return this.instellingen.gotenbergUrl !== undefined || (await this.sofficePad()) !== null;
  }

  /** The document as PDF/A-2b; PDF_NIET_BESCHIKBAAR without a converter, PDF_MISLUKT if it fails. */
  async naarPdfA(docx: Buffer): Promise<Buffer> {
    const { gotenbergUrl, timeoutMs } = this.instellingen;
    const programma = gotenbergUrl ? null : await this.sofficePad();
    if (!gotenbergUrl && !programma) {
      throw new AppError(
        ErrorCode.PDF_NIET_BESCHIKBAAR,
        'Er is geen PDF-omzetter: installeer LibreOffice (soffice) op de server of stel GOTENBERG_URL in. Het Word-document is wel te downloaden.',
      );
    }
    try {
      return await this.wachtrij.voerUit((slot) =>
        gotenbergUrl
          ? gotenbergNaarPdf(gotenbergUrl, docx, timeoutMs)
          : sofficeNaarPdf(programma!, this.profiel(slot), docx, timeoutMs),
      );
    } catch (fout) {
      this.log.error(`PDF maken mislukt: ${(fout as Error).message}`);
      throw new AppError(
        ErrorCode.PDF_MISLUKT,
        'Het omzetten naar PDF is mislukt; probeer het later opnieuw of download het Word-document',
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.profielen].map((p) => rm(p, { recursive: true, force: true })));
  }

  private sofficePad(): Promise<string | null> {
    this.programma ??= vindProgramma(this.instellingen.soffice);
    return this.programma;
  }

  private profiel(slot: number): string {
    const pad = join(tmpdir(), `driehoek-soffice-${process.pid}-${slot}`);
    this.profielen.add(pad);
    return pad;
  }
}
