import { Controller, Get, Param, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Response } from 'express';
import { notFound } from '../common/app-error';
import { contentDisposition } from '../common/bestand';
import { Vereist, zichtbaar } from '../partijen/vereist';
import { DocumentenService } from './documenten.service';

/**
 * An uploaded document: `GET /export/overeenkomsten/<id>/documenten/<documentId>` for whoever
 * may read the overeenkomst (Authorization header, or an exportTicket for a download link).
 */
@Controller('export/overeenkomsten')
export class DocumentenController {
  constructor(private readonly service: DocumentenService) {}

  @Get(':id/documenten/:documentId')
  @Vereist(zichtbaar('params.id'))
  async download(
    @Param('id') id: string,
    @Param('documentId') documentId: string,
    @Res() res: Response,
  ): Promise<void> {
    const document = isUUID(documentId) ? await this.service.bestand(id, documentId) : null;
    if (!document) throw notFound('Document', documentId);
    res
      .status(200)
      .type(document.mimeType)
      .setHeader('Content-Disposition', contentDisposition(document.bestandsnaam))
      .setHeader('Cache-Control', 'no-store')
      .send(document.bestand);
  }
}
