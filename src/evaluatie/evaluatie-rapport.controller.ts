import { Controller, Get, Param, Res } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { stuurDocx } from '../export/export.controller';
import { ExportService } from '../export/export.service';
import { MonitoringService } from '../monitoring/monitoring.service';
import { PermissionsService } from '../partijen/permissions.service';
import { bouwEvaluatierapport } from './evaluatie-rapport';
import { EvaluatieService } from './evaluatie.service';

/**
 * The evaluation report of a year: `GET /export/overeenkomsten/<id>/evaluatie/<jaar>.docx`, for
 * whoever may export the whole agreement (the driehoek and waarnemers such as the provincie).
 */
@Controller('export/overeenkomsten')
export class EvaluatieRapportController {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly evaluatie: EvaluatieService,
    private readonly monitoring: MonitoringService,
    private readonly exports: ExportService,
    private readonly klok: Klok,
  ) {}

  @Get(':id/evaluatie/:bestand')
  async rapport(
    @HuidigeGebruiker() actor: Actor,
    @Param('id') overeenkomstId: string,
    @Param('bestand') bestand: string,
    @Res() res: Response,
  ): Promise<void> {
    const jaar = /^(\d{4})\.docx$/.exec(bestand)?.[1];
    if (!jaar) throw notFound('Evaluatie', bestand);
    await this.permissions.exporteren(actor, overeenkomstId);
    const overzicht = await this.evaluatie.overzicht(overeenkomstId, Number(jaar));
    const reeksen = await this.monitoring.indicatorReeksen(overeenkomstId);
    const connection = this.em.getConnection();
    const [o] = await connection.execute<{ titel: string; startjaar: number; eindjaar: number }[]>(
      'select titel, startjaar, eindjaar from overeenkomst where id = ?',
      [overeenkomstId],
      'all',
    );
    if (!o) throw notFound('Overeenkomst', overeenkomstId);
    const partijen = await connection.execute<{ naam: string; gemeente: boolean; rol: string }[]>(
      `select p.naam, exists (select 1 from overeenkomst_gemeente g where g.overeenkomst_id = d.overeenkomst_id and g.partij_id = p.id) as gemeente, d.rol
         from deelnemer d join partij p on p.id = d.partij_id where d.overeenkomst_id = ? order by p.naam`,
      [overeenkomstId],
      'all',
    );
    const docx = await this.exports.vul(
      overeenkomstId,
      bouwEvaluatierapport(
        {
          titel: o.titel,
          startjaar: o.startjaar,
          eindjaar: o.eindjaar,
          gemeenten: partijen.filter((p) => p.gemeente).map((p) => p.naam),
          partijen: partijen.map((p) => (p.rol === 'WAARNEMER' ? `${p.naam} (waarnemer)` : p.naam)),
          gemaaktOp: this.klok.nu(),
        },
        overzicht,
        reeksen,
      ),
    );
    stuurDocx(res, docx, `Evaluatie ${jaar} - ${o.titel}`);
  }
}
