import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/actor';
import { stuurDocx } from '../export/export.controller';
import { PubliekeDocumenten } from './publieke-documenten';

/**
 * The public side of Woo publications, without login: the data as JSON per publication and as a
 * list a portal can harvest, and the signed Word document. Only what is published now answers;
 * anything else (never published, withdrawn, a typo) is the same 404, so nothing tells an
 * unpublished agreement from one that does not exist.
 */
@Controller()
@Public()
export class PublicatieController {
  constructor(private readonly documenten: PubliekeDocumenten) {}

  @Get('publicaties.json')
  async lijst(@Query('gemeente') gemeente: string | undefined, @Res() res: Response) {
    stuurJson(res, await this.documenten.lijst(typeof gemeente === 'string' ? gemeente : null));
  }

  @Get('publicatie/:bestand')
  async json(@Param('bestand') bestand: string, @Res() res: Response) {
    const slug = bestand.endsWith('.json') ? bestand.slice(0, -'.json'.length) : '';
    stuurJson(res, (await this.documenten.actief(slug)).inhoud);
  }

  @Get('publicatie/:slug/overeenkomst.docx')
  async docx(@Param('slug') slug: string, @Res() res: Response) {
    const { inhoud, docx } = await this.documenten.docx(slug);
    stuurDocx(res, docx, inhoud.titel);
  }

  @Get('publicatie/:slug/logo/:nummer')
  async logo(@Param('slug') slug: string, @Param('nummer') nummer: string, @Res() res: Response) {
    const logo = await this.documenten.logo(slug, nummer);
    res
      .status(200)
      .type(logo.mimeType)
      .setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
      .setHeader('Cache-Control', 'no-cache')
      .send(logo.bestand);
  }

  @Get('publicatie/:slug/overeenkomst.pdf')
  async pdf(@Param('slug') slug: string, @Res() res: Response) {
    const { inhoud, pdf } = await this.documenten.pdf(slug);
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `attachment; filename="${inhoud.slug}.pdf"`)
      .setHeader('Cache-Control', 'no-cache')
      .send(pdf);
  }
}

/** Open to every origin, so a portal's page may read it too. */
function stuurJson(res: Response, gegevens: unknown): void {
  res
    .status(200)
    .type('application/json; charset=utf-8')
    .setHeader('Access-Control-Allow-Origin', '*')
    .setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
    .setHeader('Cache-Control', 'no-cache')
    .send(JSON.stringify(gegevens));
}
