import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import type { EffectOordeel, IndicatorRichting } from '../indicatoren/richting';
import type { LocatieSoort } from '../overeenkomsten/locatie.entity';

/** One indicator in one jaarschijf of its overeenkomst: the target set and what was realised. */
export interface IndicatorPunt {
  indicatorId: string;
  overeenkomstId: string;
  naam: string;
  eenheid: string;
  /** What indicators of different agreements are taken together by (`indicator.sleutel`). */
  sleutel: string;
  nulmetingWaarde: number | null;
  richting: IndicatorRichting;
  jaar: number;
  /** A horizon target: a year after the periode, without jaarschijf and so without realisatie. */
  horizon: boolean;
  /** The streefwaarde; all null where none was set for that year. */
  soort: StreefwaardeSoort | null;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
  realisatie: number | null;
  bron: string | null;
  oordeel: EffectOordeel | null;
  toelichting: string | null;
  tussenstand: boolean;
}

/** One indicator in one jaarschijf for one place: only where a figure was given for that place. */
export interface PlaatsPunt extends IndicatorPunt {
  locatieId: string;
  locatieNaam: string;
  locatieSoort: LocatieSoort;
  /** The gemeente the place lies in, if known. */
  gemeenteId: string | null;
  gemeenteNaam: string | null;
}

interface PuntRij {
  indicator_id: string;
  overeenkomst_id: string;
  naam: string;
  eenheid: string;
  sleutel: string;
  nulmeting_waarde: number | null;
  richting: IndicatorRichting;
  jaar: number;
  horizon: boolean;
  soort: StreefwaardeSoort | null;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
  realisatie: number | null;
  bron: string | null;
  oordeel: EffectOordeel | null;
  toelichting: string | null;
  tussenstand: boolean | null;
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
    // Targets are keyed by year, so a horizon target shows as a year of its own after the
    // periode, and falls in its year once the periode is extended to it.
    const rijen = await this.em.getConnection().execute<PuntRij[]>(
      `select i.id as indicator_id, i.overeenkomst_id, i.naam, i.eenheid, i.sleutel, i.nulmeting_waarde,
              i.richting, j.jaar, false as horizon, s.soort, s.waarde, s.min, s.max, s.effect,
              r.waarde as realisatie, r.bron, r.oordeel, r.toelichting, r.tussenstand
         from indicator i
         join jaarschijf j on j.overeenkomst_id = i.overeenkomst_id
         left join streefwaarde s on s.indicator_id = i.id and s.jaar = j.jaar and s.locatie_id is null
         left join realisatie r on r.indicator_id = i.id and r.jaarschijf_id = j.id and r.locatie_id is null
        where i.overeenkomst_id = any(array[?]::uuid[]) and (?::uuid is null or i.id = ?::uuid)
       union all
       select i.id, i.overeenkomst_id, i.naam, i.eenheid, i.sleutel, i.nulmeting_waarde, i.richting, s.jaar,
              true, s.soort, s.waarde, s.min, s.max, s.effect, null, null, null, null, null
         from streefwaarde s
         join indicator i on i.id = s.indicator_id
        where s.jaarschijf_id is null and s.locatie_id is null
          and not exists (select 1 from jaarschijf j
                           where j.overeenkomst_id = i.overeenkomst_id and j.jaar = s.jaar)
          and i.overeenkomst_id = any(array[?]::uuid[]) and (?::uuid is null or i.id = ?::uuid)
        order by overeenkomst_id, indicator_id, jaar`,
      [
        overeenkomstIds,
        indicatorId ?? null,
        indicatorId ?? null,
        overeenkomstIds,
        indicatorId ?? null,
        indicatorId ?? null,
      ],
      'all',
    );
    return rijen.map((r) => ({
      indicatorId: r.indicator_id,
      overeenkomstId: r.overeenkomst_id,
      naam: r.naam,
      eenheid: r.eenheid,
      sleutel: r.sleutel,
      nulmetingWaarde: r.nulmeting_waarde,
      richting: r.richting,
      jaar: r.jaar,
      horizon: r.horizon,
      soort: r.soort,
      waarde: r.waarde,
      min: r.min,
      max: r.max,
      effect: r.effect,
      realisatie: r.realisatie,
      bron: r.bron,
      oordeel: r.oordeel,
      toelichting: r.toelichting,
      tussenstand: r.tussenstand ?? false,
    }));
  }

  /**
   * The figures given per place (a streefwaarde, a realisatie or both), per indicator, year and
   * place, in one query; the figures without a place are {@link punten}.
   */
  async plaatsPunten(overeenkomstIds: string[], indicatorId?: string): Promise<PlaatsPunt[]> {
    if (overeenkomstIds.length === 0) return [];
    const rijen = await this.em.getConnection().execute<
      (PuntRij & {
        locatie_id: string;
        locatie_naam: string;
        locatie_soort: LocatieSoort;
        gemeente_id: string | null;
        gemeente_naam: string | null;
      })[]
    >(
      `select i.id as indicator_id, i.overeenkomst_id, i.naam, i.eenheid, i.sleutel, i.nulmeting_waarde,
              i.richting, j.jaar, false as horizon, s.soort, s.waarde, s.min, s.max, s.effect,
              r.waarde as realisatie, r.bron, r.oordeel, r.toelichting, r.tussenstand,
              l.id as locatie_id, l.naam as locatie_naam, l.soort as locatie_soort,
              l.gemeente_id, g.naam as gemeente_naam
         from indicator i
         join jaarschijf j on j.overeenkomst_id = i.overeenkomst_id
         join locatie l on l.overeenkomst_id = i.overeenkomst_id
         left join partij g on g.id = l.gemeente_id
         left join streefwaarde s on s.indicator_id = i.id and s.jaar = j.jaar and s.locatie_id = l.id
         left join realisatie r on r.indicator_id = i.id and r.jaarschijf_id = j.id and r.locatie_id = l.id
        where i.overeenkomst_id = any(array[?]::uuid[]) and (?::uuid is null or i.id = ?::uuid)
          and (s.id is not null or r.id is not null)
        order by i.overeenkomst_id, i.id, j.jaar, l.naam, l.id`,
      [overeenkomstIds, indicatorId ?? null, indicatorId ?? null],
      'all',
    );
    return rijen.map((r) => ({
      indicatorId: r.indicator_id,
      overeenkomstId: r.overeenkomst_id,
      naam: r.naam,
      eenheid: r.eenheid,
      sleutel: r.sleutel,
      nulmetingWaarde: r.nulmeting_waarde,
      jaar: r.jaar,
      soort: r.soort,
      waarde: r.waarde,
      min: r.min,
      max: r.max,
      effect: r.effect,
      realisatie: r.realisatie,
      bron: r.bron,
      richting: r.richting,
      horizon: false,
      oordeel: r.oordeel,
      toelichting: r.toelichting,
      tussenstand: r.tussenstand ?? false,
      locatieId: r.locatie_id,
      locatieNaam: r.locatie_naam,
      locatieSoort: r.locatie_soort,
      gemeenteId: r.gemeente_id,
      gemeenteNaam: r.gemeente_naam,
    }));
  }
}
