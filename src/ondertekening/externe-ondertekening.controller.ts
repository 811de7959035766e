import { Controller, Get, Param, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Response } from 'express';
import { notFound } from '../common/app-error';
import { contentDisposition } from '../common/bestand';
import { type Eis, Vereist } from '../partijen/vereist';
import { ExterneOndertekeningService } from './externe-ondertekening.service';

/** Whoever may read the onderdeel at `pad` (a route parameter) may read its signed PDF. */
const onderdeelZichtbaar = (pad: string): Eis => ({
  paden: [pad],
  controleer(permissions, actor, waarde) {
    const id = waarde(pad);
    if (typeof id !== 'string' || !isUUID(id)) throw notFound('Onderdeel', String(id));
    return permissions.zichtbaarVia(actor, 'onderdeel', id, 'Onderdeel');
  },
});

/**
 * The PDF of an onderdeel signed outside Driehoek: `GET /export/onderdelen/<id>/ondertekend.pdf`
 * (Authorization header, or an exportTicket for a download link).
 */
@Controller('export/onderdelen')
export class ExterneOndertekeningController {
  constructor(private readonly service: ExterneOndertekeningService) {}

  @Get(':id/ondertekend.pdf')
  @Vereist(onderdeelZichtbaar('params.id'))
  async pdf(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const pdf = await this.service.pdf(id);
    if (!pdf) throw notFound('Ondertekende PDF van onderdeel', id);
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', contentDisposition(pdf.bestandsnaam))
      .setHeader('Cache-Control', 'no-store')
      .send(pdf.bestand);
  }
}
