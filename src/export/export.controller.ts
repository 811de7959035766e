import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUUID } from 'class-validator';
import { invalid } from '../common/app-error';
import { GecontroleerdeOvereenkomst, Vereist } from '../partijen/vereist';
import { ExportService, type Keuze } from './export.service';
import { alsPdf, exporteren, idUit } from './export.vereist';
import { PdfExport } from './pdf/pdf-export';

const TYPE = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;
export type Formaat = keyof typeof TYPE;

function keuzeUit(versie: string | undefined): Keuze {
  if (!versie) return { soort: 'huidig' };
  if (versie === 'ondertekend') return { soort: 'ondertekend' };
  if (isUUID(versie)) return { soort: 'versie', versieId: versie };
  throw invalid('versie', 'moet "ondertekend" of het id van een versie zijn');
}

function bestandsnaam(titel: string, formaat: Formaat): string {
  return `${
    titel
      .replace(/[^\p{L}\p{N} ._-]+/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'export'
  }.${formaat}`;
}

/**
 * Word and PDF/A exports ("<id>.docx", "<id>.pdf"). Send the access token as `Authorization:
 * Bearer …` or, for a download link, as `?token=…`. `?versie=ondertekend` exports the signed
 * versions, `?versie=<id>` one version; their Word document has the contents' page numbers.
 */
@Controller('export')
export class ExportController {
  constructor(
    private readonly exports: ExportService,
    private readonly pdf: PdfExport,
  ) {}

  @Get('overeenkomsten/:bestand')
  @Vereist(exporteren('overeenkomst', 'params.bestand', { docx: true }))
  async overeenkomst(
    @GecontroleerdeOvereenkomst() id: string,
    @Param('bestand') bestand: string,
    @Query('versie') versie: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const keuze = keuzeUit(versie);
    const docx = await this.exports.overeenkomst(id, keuze);
    await this.stuur(res, docx, await this.titel(id), alsPdf(bestand), keuze);
  }

  @Get('onderdelen/:bestand')
  @Vereist(exporteren('onderdeel', 'params.bestand', { docx: true }))
  async onderdeel(
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Param('bestand') bestand: string,
    @Query('versie') versie: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const id = idUit(bestand, 'Onderdeel');
    const keuze = keuzeUit(versie);
    const docx = await this.exports.onderdeel(overeenkomstId, id, keuze);
    await this.stuur(res, docx, await this.titel(overeenkomstId, id), alsPdf(bestand), keuze);
  }

  @Get(['onderdelen/:id/redline.docx', 'onderdelen/:id/redline.pdf'])
  @Vereist(exporteren('onderdeel', 'params.id'))
  async redline(
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Param('id') id: string,
    @Req() req: Request,
    @Query('van') van: string | undefined,
    @Query('naar') naar: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (!van || !isUUID(van))
      throw invalid('van', 'geef met ?van= de versie waarmee vergeleken wordt');
    if (naar !== undefined && !isUUID(naar))
      throw invalid('naar', 'moet het id van een versie zijn');
    const docx = await this.exports.redline(overeenkomstId, id, van, naar);
    const titel = `${await this.titel(overeenkomstId, id)} - wijzigingen`;
    await this.stuur(res, docx, titel, req.path.endsWith('.pdf'));
  }

  /** The draft with its pending suggestions as Word revisions, to review them in Word. */
  @Get('onderdelen/:id/suggesties.docx')
  @Vereist(exporteren('onderdeel', 'params.id'))
  async conceptMetSuggesties(
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const docx = await this.exports.conceptMetSuggesties(overeenkomstId, id);
    stuurDocx(res, docx, `${await this.titel(overeenkomstId, id)} - suggesties`);
  }

  /**
   * The Word document, or its PDF/A; a version's Word document with the contents' page numbers
   * (a concept's is left to Word: it changes with every edit, and a layout takes seconds).
   */
  private async stuur(res: Response, docx: Buffer, titel: string, pdf: boolean, keuze?: Keuze) {
    if (pdf) return stuurBestand(res, await this.pdf.pdf(docx), titel, 'pdf');
    const metNummers = keuze && keuze.soort !== 'huidig';
    stuurBestand(res, metNummers ? await this.pdf.docxMetPaginanummers(docx) : docx, titel, 'docx');
  }

  private async titel(overeenkomstId: string, onderdeelId?: string): Promise<string> {
    const namen = await this.exports.titels(overeenkomstId, onderdeelId);
    return namen.join(' - ');
  }
}

/** Sends a Word file as a download named after its title. */
export function stuurDocx(res: Response, docx: Buffer, titel: string): void {
  stuurBestand(res, docx, titel, 'docx');
}

/** Sends a Word or PDF file as a download named after its title. */
export function stuurBestand(res: Response, bytes: Buffer, titel: string, formaat: Formaat): void {
  const naam = bestandsnaam(titel, formaat);
  res
    .status(200)
    .type(TYPE[formaat])
    .setHeader(
      'Content-Disposition',
      `attachment; filename="${naam.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(naam)}`,
    )
    .setHeader('Cache-Control', 'no-store')
    .send(bytes);
}
