import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { notFound } from '../common/app-error';
import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { AFSPRAAK_TYPE_LABEL, type AfspraakType } from '../overeenkomsten/afspraak-type';
import type { VerantwoordingStatus } from '../verantwoording/verantwoording.entity';
import type {
  AfsprakenTotalenModel,
  IndicatorReeksModel,
  StatusMomentModel,
} from './monitoring.models';
import { opKoers } from './op-koers';

/** Read-only figures over the years, for the evaluation and the dashboards. */
@Injectable()
export class MonitoringService {
  constructor(private readonly em: EntityManager) {}

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  /** Per jaarschijf: target (or bandwidth, or effect), realisation and whether it is on track. */
  async indicatorReeks(indicatorId: string): Promise<IndicatorReeksModel> {
    const [indicator] = await this.rows<{ overeenkomst_id: string }>(
      'select overeenkomst_id from indicator where id = ?',
      [indicatorId],
    );
    if (!indicator) throw notFound('Indicator', indicatorId);
    const [reeks] = await this.indicatorReeksen(indicator.overeenkomst_id, indicatorId);
    return reeks!; // the indicator exists, so it has its series
  }

  /** The series of every indicator of an overeenkomst (or one), in two queries. */
  async indicatorReeksen(
    overeenkomstId: string,
    indicatorId?: string,
  ): Promise<IndicatorReeksModel[]> {
    const filter = indicatorId ? 'and i.id = ?' : '';
    const params = indicatorId ? [overeenkomstId, indicatorId] : [overeenkomstId];
    const indicatoren = await this.rows<{
      id: string;
      naam: string;
      eenheid: string;
      nulmeting_waarde: number | null;
      nulmeting_jaar: number | null;
    }>(
      `select i.id, i.naam, i.eenheid, i.nulmeting_waarde, i.nulmeting_jaar from indicator i
        where i.overeenkomst_id = ? ${filter} order by i.naam, i.id`,
      params,
    );
    const punten = await this.rows<{
      indicator_id: string;
      jaar: number;
      soort: StreefwaardeSoort | null;
      waarde: number | null;
      min: number | null;
      max: number | null;
      effect: string | null;
      realisatie: number | null;
      bron: string | null;
    }>(
      `select i.id as indicator_id, j.jaar, s.soort, s.waarde, s.min, s.max, s.effect,
              r.waarde as realisatie, r.bron
         from indicator i join jaarschijf j on j.overeenkomst_id = i.overeenkomst_id
         left join streefwaarde s on s.jaarschijf_id = j.id and s.indicator_id = i.id
         left join realisatie r on r.jaarschijf_id = j.id and r.indicator_id = i.id
        where i.overeenkomst_id = ? ${filter} order by j.jaar`,
      params,
    );
    return indicatoren.map((indicator) => ({
      indicatorId: indicator.id,
      naam: indicator.naam,
      eenheid: indicator.eenheid,
      nulmetingWaarde: indicator.nulmeting_waarde,
      nulmetingJaar: indicator.nulmeting_jaar,
      punten: punten
        .filter((p) => p.indicator_id === indicator.id)
        .map((p) => ({
          jaar: p.jaar,
          soort: p.soort,
          streefwaarde: p.waarde,
          min: p.min,
          max: p.max,
          effect: p.effect,
          realisatie: p.realisatie,
          bron: p.bron,
          opKoers: opKoers(p, p.realisatie, indicator.nulmeting_waarde),
        })),
    }));
  }

  /** What the trekker reported on an afspraak, year after year. */
  async statusHistorie(afspraakId: string): Promise<StatusMomentModel[]> {
    const rijen = await this.rows<{
      jaar: number;
      status: VerantwoordingStatus;
      toelichting: string;
      door: string;
      datum: string;
    }>(
      `select j.jaar, v.status, v.toelichting, g.naam as door, v.updated_at as datum
         from verantwoording v join jaarschijf j on j.id = v.jaarschijf_id join gebruiker g on g.id = v.door_id
        where v.afspraak_id = ? order by j.jaar`,
      [afspraakId],
    );
    return rijen.map((r) => ({ ...r, datum: new Date(r.datum) }));
  }

  async totalen(overeenkomstId: string): Promise<AfsprakenTotalenModel> {
    const perType = await this.rows<{ type: AfspraakType; aantal: number }>(
      'select type, count(*)::int as aantal from afspraak where overeenkomst_id = ? group by type order by type',
      [overeenkomstId],
    );
    const perThema = await this.rows<{ naam: string; aantal: number }>(
      `select coalesce(d.naam, t.naam) as naam, count(*)::int as aantal
         from afspraak a join thema t on t.id = a.thema_id left join thema d on d.id = t.domein_id
        where a.overeenkomst_id = ? group by coalesce(d.naam, t.naam), coalesce(d.volgorde, t.volgorde)
        order by coalesce(d.volgorde, t.volgorde), naam`,
      [overeenkomstId],
    );
    const perPartij = await this.rows<{ naam: string; trekker: number; betrokken: number }>(
      `select p.naam,
              (select count(*)::int from afspraak a where a.overeenkomst_id = ? and a.trekker_id = p.id) as trekker,
              (select count(*)::int from afspraak_betrokkene b join afspraak a on a.id = b.afspraak_id
                where a.overeenkomst_id = ? and b.partij_id = p.id) as betrokken
         from deelnemer d join partij p on p.id = d.partij_id where d.overeenkomst_id = ? order by p.naam`,
      [overeenkomstId, overeenkomstId, overeenkomstId],
    );
    return {
      totaal: perType.reduce((n, t) => n + t.aantal, 0),
      perType: perType.map((t) => ({ naam: AFSPRAAK_TYPE_LABEL[t.type], aantal: t.aantal })),
      perThema,
      perPartij,
    };
  }
}
