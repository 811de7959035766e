import { Controller, Get, Param, Res } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { stuurBestand } from '../export/export.controller';
import { PdfExport } from '../export/pdf/pdf-export';
import { metInhoudsopgave } from '../export/docx-bouwstenen';
import { inhoudsopgave } from '../export/docx-inhoudsopgave';
import { ExportService } from '../export/export.service';
import { MonitoringService } from '../monitoring/monitoring.service';
import { Deelnemer, DeelnemerRol, Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { GecontroleerdeOvereenkomst, Vereist } from '../partijen/vereist';
import { exporteren } from '../export/export.vereist';
import { bouwEvaluatierapport } from './evaluatie-rapport';
import { EvaluatieOverzichtReader } from './evaluatie-overzicht.reader';

/**
 * The evaluation report of a year: `GET /export/overeenkomsten/<id>/evaluatie/<jaar>.docx` (or
 * `.pdf`, PDF/A), for whoever may export the whole agreement (the driehoek and waarnemers such as
 * the provincie).
 */
@Controller('export/overeenkomsten')
export class EvaluatieRapportController {
  constructor(
    private readonly em: EntityManager,
    private readonly evaluatie: EvaluatieOverzichtReader,
    private readonly monitoring: MonitoringService,
    private readonly exports: ExportService,
    private readonly pdf: PdfExport,
    private readonly klok: Klok,
  ) {}

  @Get(':id/evaluatie/:bestand')
  @Vereist(exporteren('overeenkomst', 'params.id'))
  async rapport(
    @GecontroleerdeOvereenkomst() overeenkomstId: string,
    @Param('bestand') bestand: string,
    @Res() res: Response,
  ): Promise<void> {
    const [, jaar, formaat] = /^(\d{4})\.(docx|pdf)$/.exec(bestand) ?? [];
    if (!jaar) throw notFound('Evaluatie', bestand);
    const overzicht = await this.evaluatie.overzicht(overeenkomstId, Number(jaar));
    const reeksen = await this.monitoring.indicatorReeksen(overeenkomstId);
    const o = await this.em.findOne(
      Overeenkomst,
      { id: overeenkomstId },
      { populate: ['gemeenten'] },
    );
    if (!o) throw notFound('Overeenkomst', overeenkomstId);
    const gemeenteIds = new Set(o.gemeenten.getItems().map((g) => g.id));
    const deelnemers = await this.em.find(
      Deelnemer,
      { overeenkomst: overeenkomstId },
      { populate: ['partij'], orderBy: { partij: { naam: 'asc' } } },
    );
    const partijen = deelnemers.map((d) => ({
      naam: d.partij.getEntity().naam,
      gemeente: gemeenteIds.has(d.partij.id),
      rol: d.rol,
    }));
    const kop = {
      titel: o.titel,
      startjaar: o.startjaar,
      eindjaar: o.eindjaar,
      gemeenten: partijen.filter((p) => p.gemeente).map((p) => p.naam),
      partijen: partijen.map((p) =>
        p.rol === DeelnemerRol.WAARNEMER ? `${p.naam} (waarnemer)` : p.naam,
      ),
      gemaaktOp: this.klok.nu(),
    };
    // A contents page ahead of the report, its headings collected while the report is built.
    const opbouw = metInhoudsopgave((toc) => {
      const rapport = bouwEvaluatierapport(kop, overzicht, reeksen);
      return { ...rapport, inhoud: [...inhoudsopgave(toc), ...rapport.inhoud] };
    });
    const docx = await this.exports.vul(overeenkomstId, opbouw);
    const titel = `Evaluatie ${jaar} - ${o.titel}`;
    if (formaat === 'pdf') stuurBestand(res, await this.pdf.pdf(docx), titel, 'pdf');
    else stuurBestand(res, docx, titel, 'docx');
  }
}
