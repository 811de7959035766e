import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isUUID } from 'class-validator';
import { invalid } from '../common/app-error';
import { GecontroleerdeOvereenkomst, Vereist } from '../partijen/vereist';
import { ExportService, type Keuze } from './export.service';
import { exporteren, idUit } from './export.vereist';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function keuzeUit(versie: string | undefined): Keuze {
  if (!versie) return { soort: 'huidig' };
  if (versie === 'ondertekend') return { soort: 'ondertekend' };
  if (isUUID(versie)) return { soort: 'versie', versieId: versie };
  throw invalid('versie', 'moet "ondertekend" of het id van een versie zijn');
}

function bestandsnaam(titel: string): string {
  return `${
    titel
      .replace(/[^\p{L}\p{N} ._-]+/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'export'
  }.docx`;
}

/**
 * Word exports. Send the access token as `Authorization: Bearer …` or, for a download link, as
 * `?token=…`. `?versie=ondertekend` exports the signed versions, `?versie=<id>` one version.
 */
@Controller('export')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('overeenkomsten/:bestand')
  @Vereist(exporteren('overeenkomst', 'params.bestand', { docx: true }))
  async overeenkomst(
    @GecontroleerdeOvereenkomst() id: string,
    @Query('versie') versie: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const keuze = keuzeUit(versie);
    const docx = await this.exports.overeenkomst(id, keuze);
    stuurDocx(res, docx, await this.titel(id));
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
    const docx = await this.exports.onderdeel(overeenkomstId, id, keuzeUit(versie));
    stuurDocx(res, docx, await this.titel(overeenkomstId, id));
  }

  @Get('onderdelen/:id/redline.docx')
  @Vereist(exporteren('onderdeel', 'params.id'))
  async redline(
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Param('id') id: string,
    @Query('van') van: string | undefined,
    @Query('naar') naar: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (!van || !isUUID(van))
      throw invalid('van', 'geef met ?van= de versie waarmee vergeleken wordt');
    if (naar !== undefined && !isUUID(naar))
      throw invalid('naar', 'moet het id van een versie zijn');
    const docx = await this.exports.redline(overeenkomstId, id, van, naar);
    stuurDocx(res, docx, `${await this.titel(overeenkomstId, id)} - wijzigingen`);
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

  private async titel(overeenkomstId: string, onderdeelId?: string): Promise<string> {
    const namen = await this.exports.titels(overeenkomstId, onderdeelId);
    return namen.join(' - ');
  }
}

/** Sends a Word file as a download named after its title. */
export function stuurDocx(res: Response, docx: Buffer, titel: string): void {
  const naam = bestandsnaam(titel);
  res
    .status(200)
    .type(DOCX)
    .setHeader(
      'Content-Disposition',
      `attachment; filename="${naam.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(naam)}`,
    )
    .setHeader('Cache-Control', 'no-store')
    .send(docx);
}
