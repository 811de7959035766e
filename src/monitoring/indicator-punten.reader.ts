import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';

/** One indicator in one jaarschijf of its overeenkomst: the target set and what was realised. */
export interface IndicatorPunt {
  indicatorId: string;
  overeenkomstId: string;
  naam: string;
  eenheid: string;
  nulmetingWaarde: number | null;
  jaar: number;
  /** The streefwaarde; all null where none was set for that year. */
  soort: StreefwaardeSoort | null;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
  realisatie: number | null;
  bron: string | null;
}

interface PuntRij {
  indicator_id: string;
  overeenkomst_id: string;
  naam: string;
  eenheid: string;
  nulmeting_waarde: number | null;
  jaar: number;
  soort: StreefwaardeSoort | null;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
  realisatie: number | null;
  bron: string | null;
}

/**
 * The indicator × jaarschijf × streefwaarde × realisatie grid, in one query for any number of
 * agreements: the monitoring series of one agreement and the regional sums of many read it here.
 */
@Injectable()
export class IndicatorPuntenReader {
  constructor(private readonly em: EntityManager) {}

  /** Per indicator (of the agreements, or only `indicatorId`), its years in order. */
  async punten(overeenkomstIds: string[], indicatorId?: string): Promise<IndicatorPunt[]> {
    if (overeenkomstIds.length === 0) return [];
    const rijen = await this.em.getConnection().execute<PuntRij[]>(
      `select i.id as indicator_id, i.overeenkomst_id, i.naam, i.eenheid, i.nulmeting_waarde,
              j.jaar, s.soort, s.waarde, s.min, s.max, s.effect, r.waarde as realisatie, r.bron
         from indicator i
         join jaarschijf j on j.overeenkomst_id = i.overeenkomst_id
         left join streefwaarde s on s.indicator_id = i.id and s.jaarschijf_id = j.id
         left join realisatie r on r.indicator_id = i.id and r.jaarschijf_id = j.id
        where i.overeenkomst_id = any(array[?]::uuid[]) and (?::uuid is null or i.id = ?::uuid)
        order by i.overeenkomst_id, i.id, j.jaar`,
      [overeenkomstIds, indicatorId ?? null, indicatorId ?? null],
      'all',
    );
    return rijen.map((r) => ({
      indicatorId: r.indicator_id,
      overeenkomstId: r.overeenkomst_id,
      naam: r.naam,
      eenheid: r.eenheid,
      nulmetingWaarde: r.nulmeting_waarde,
      jaar: r.jaar,
      soort: r.soort,
      waarde: r.waarde,
      min: r.min,
      max: r.max,
      effect: r.effect,
      realisatie: r.realisatie,
      bron: r.bron,
    }));
  }
}
