import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AfspraakType } from '../overeenkomsten/afspraak-type';
import type { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import type { PartijSoort } from '../partijen/partij.entity';
import type { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';

export interface RegioOvereenkomst {
  id: string;
  titel: string;
  startjaar: number;
  eindjaar: number;
  /** How the person's own partijen take part. */
  rollen: DeelnemerRol[];
}

export interface RegioGemeente {
  overeenkomstId: string;
  id: string;
  naam: string;
  regio: string | null;
}

/** Afspraken counted per overeenkomst, type and thema (with its domein). */
export interface AfsprakenTelling {
  overeenkomstId: string;
  type: AfspraakType;
  thema: string;
  domein: string;
  aantal: number;
}

/** A zorgpartij co-signing one bijlage. */
export interface ZorgOndertekening {
  overeenkomstId: string;
  id: string;
  naam: string;
  soort: PartijSoort;
  bijlage: string;
}

/** One year of an indicator that two or more agreements share, summed by the database. */
export interface GedeeldJaarSom {
  jaar: number;
  overeenkomsten: number;
  gemeenten: number;
  exact: number | null;
  aantalExact: number;
  bandMin: number | null;
  bandMax: number | null;
  aantalBand: number;
  aantalEffect: number;
  minimaal: number | null;
  aantalMinimaal: number;
  maximaal: number | null;
  aantalMaximaal: number;
  realisatie: number | null;
  aantalRealisaties: number;
  gemeentenMetRealisatie: number;
}

/** An indicator two or more agreements share (same key), with its years. */
export interface GedeeldeIndicatorSom {
  sleutel: string;
  /** Name and unit as the first agreement in view writes them. */
  naam: string;
  eenheid: string;
  overeenkomsten: number;
  /** The agreements' indicators, in the order of the agreements. */
  indicatorIds: string[];
  nulmeting: number | null;
  aantalNulmetingen: number;
  jaren: GedeeldJaarSom[];
}

/** A row of the sums: the indicator's head beside one of its years (their counts apart). */
type GedeeldRij = Omit<GedeeldeIndicatorSom, 'jaren'> &
  Omit<GedeeldJaarSom, 'overeenkomsten'> & { jaar_overeenkomsten: number };

export interface RegioTelling {
  regio: string;
  overeenkomsten: number;
}

export interface RegioTotalen {
  overeenkomsten: number;
  gemeenten: number;
  afspraken: number;
  perStatus: { status: JaarschijfStatus | null; aantal: number }[];
}

/** An agreement in view: the partijen take part, and a gemeente lies in one of the regions. */
const IN_BEELD = `exists (select 1 from deelnemer d where d.overeenkomst_id = o.id
                           and d.partij_id = any(array[?]::uuid[]))
  and (?::boolean is false or exists (
        select 1 from overeenkomst_gemeente g join partij p on p.id = g.partij_id
         where g.overeenkomst_id = o.id and trim(p.regio) = any(array[?]::text[])))`;

function inBeeldParams(partijIds: string[], regios: string[] | null): unknown[] {
  // An array parameter expands to its elements: an empty one would leave `array[]` untyped.
  return [partijIds, regios != null, regios?.length ? regios : [null]];
}

/**
 * What the regional view reads of many agreements at once, each in one query with the agreements
 * as one array parameter: counts and roles are grouped in SQL, so this is a read model. The
 * indicator figures come from the shared `IndicatorPuntenReader`.
 */
@Injectable()
export class RegioReader {
  constructor(private readonly em: EntityManager) {}

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  /**
   * The agreements in view (of the regions when given: trimmed names as `regios` returns them),
   * on one page when `pagina` is given.
   */
  async overeenkomsten(
    partijIds: string[],
    regios: string[] | null,
    pagina?: { skip: number; take: number },
  ): Promise<RegioOvereenkomst[]> {
    return this.rows<RegioOvereenkomst>(
      `select o.id, o.titel, o.startjaar, o.eindjaar,
              array(select distinct d.rol::text from deelnemer d
                     where d.overeenkomst_id = o.id and d.partij_id = any(array[?]::uuid[]) order by 1) as rollen
         from overeenkomst o
        where ${IN_BEELD}
        order by o.titel, o.id
        offset ? limit ?`,
      [partijIds, ...inBeeldParams(partijIds, regios), pagina?.skip ?? 0, pagina?.take ?? null],
    );
  }

  /** The regions of the gemeenten of the agreements in view, each with how many it has. */
  regios(partijIds: string[]): Promise<RegioTelling[]> {
    return this.rows<RegioTelling>(
      `select trim(p.regio) as regio, count(distinct g.overeenkomst_id)::int as overeenkomsten
         from overeenkomst_gemeente g join partij p on p.id = g.partij_id
        where trim(p.regio) <> ''
          and exists (select 1 from deelnemer d where d.overeenkomst_id = g.overeenkomst_id
                        and d.partij_id = any(array[?]::uuid[]))
        group by trim(p.regio)`,
      [partijIds],
    );
  }

  /** The totals over all pages, counted by the database. */
  async totalen(partijIds: string[], regios: string[] | null, jaar: number): Promise<RegioTotalen> {
    const [rij] = await this.rows<{
      overeenkomsten: number;
      gemeenten: number;
      afspraken: number;
      per_status: { status: JaarschijfStatus | null; aantal: number }[];
    }>(
      `with o as (select o.id from overeenkomst o where ${IN_BEELD})
       select (select count(*) from o)::int as overeenkomsten,
              (select count(distinct g.partij_id) from overeenkomst_gemeente g
                where g.overeenkomst_id in (select id from o))::int as gemeenten,
              (select count(*) from afspraak a where a.overeenkomst_id in (select id from o))::int as afspraken,
              (select coalesce(json_agg(s order by s.status nulls last), '[]')
                 from (select j.status, count(*)::int as aantal
                         from o left join jaarschijf j on j.overeenkomst_id = o.id and j.jaar = ?
                        group by j.status) s) as per_status`,
      [...inBeeldParams(partijIds, regios), jaar],
    );
    return {
      overeenkomsten: rij?.overeenkomsten ?? 0,
      gemeenten: rij?.gemeenten ?? 0,
      afspraken: rij?.afspraken ?? 0,
      perStatus: rij?.per_status ?? [],
    };
  }

  /**
   * The indicators two or more agreements in view share (by `indicator.sleutel`), summed per
   * year by the database: exact targets, bandwidths bound by bound, minima and maxima, described
   * effects counted, realisaties with how many agreements and gemeenten reported one. Their rows
   * never reach the app, so this costs the same for 25 agreements as for 300.
   */
  async gedeeldeIndicatoren(
    partijIds: string[],
    regios: string[] | null,
  ): Promise<GedeeldeIndicatorSom[]> {
    const rijen = await this.rows<GedeeldRij>(
      `with o as (select o.id, row_number() over (order by o.titel, o.id) as n
                    from overeenkomst o where ${IN_BEELD}),
       ind as (select i.id, i.overeenkomst_id, i.naam, i.eenheid, i.sleutel, i.nulmeting_waarde, o.n
                 from indicator i join o on o.id = i.overeenkomst_id
                where exists (select 1 from jaarschijf j where j.overeenkomst_id = i.overeenkomst_id)),
       groep as (select sleutel from ind group by sleutel having count(distinct overeenkomst_id) >= 2),
       punt as (select ind.sleutel, ind.overeenkomst_id, j.jaar, s.soort, s.waarde, s.min, s.max,
                       r.waarde as realisatie
                  from ind join groep using (sleutel)
                  join jaarschijf j on j.overeenkomst_id = ind.overeenkomst_id
                  left join streefwaarde s on s.indicator_id = ind.id and s.jaar = j.jaar
                                          and s.locatie_id is null
                  left join realisatie r on r.indicator_id = ind.id and r.jaarschijf_id = j.id
                                        and r.locatie_id is null),
       kop as (select ind.sleutel,
                      (array_agg(ind.naam order by ind.n, ind.id))[1] as naam,
                      (array_agg(ind.eenheid order by ind.n, ind.id))[1] as eenheid,
                      count(distinct ind.overeenkomst_id)::int as overeenkomsten,
                      array_agg(ind.id order by ind.n, ind.id) as "indicatorIds",
                      sum(ind.nulmeting_waarde) as nulmeting,
                      count(ind.nulmeting_waarde)::int as "aantalNulmetingen"
                 from ind join groep using (sleutel) group by ind.sleutel),
       jaar as (select sleutel, jaar, count(distinct overeenkomst_id)::int as jaar_overeenkomsten,
                       sum(waarde) filter (where soort = 'EXACT') as exact,
                       count(waarde) filter (where soort = 'EXACT')::int as "aantalExact",
                       sum(coalesce(min, 0)) filter (where soort = 'BANDBREEDTE') as "bandMin",
                       sum(coalesce(max, 0)) filter (where soort = 'BANDBREEDTE') as "bandMax",
                       count(*) filter (where soort = 'BANDBREEDTE')::int as "aantalBand",
                       count(*) filter (where soort = 'EFFECT')::int as "aantalEffect",
                       sum(min) filter (where soort = 'MINIMAAL') as minimaal,
                       count(min) filter (where soort = 'MINIMAAL')::int as "aantalMinimaal",
                       sum(max) filter (where soort = 'MAXIMAAL') as maximaal,
                       count(max) filter (where soort = 'MAXIMAAL')::int as "aantalMaximaal",
                       sum(realisatie) as realisatie,
                       count(distinct overeenkomst_id) filter (where realisatie is not null)::int
                         as "aantalRealisaties"
                  from punt group by sleutel, jaar),
       gem as (select p.sleutel, p.jaar, count(distinct g.partij_id)::int as gemeenten,
                      count(distinct g.partij_id) filter (where p.realisatie is not null)::int
                        as "gemeentenMetRealisatie"
                 from punt p join overeenkomst_gemeente g on g.overeenkomst_id = p.overeenkomst_id
                group by p.sleutel, p.jaar)
       select kop.*, jaar.*, coalesce(gem.gemeenten, 0) as gemeenten,
              coalesce(gem."gemeentenMetRealisatie", 0) as "gemeentenMetRealisatie"
         from kop join jaar using (sleutel) left join gem using (sleutel, jaar)
        order by kop.sleutel, jaar.jaar`,
      inBeeldParams(partijIds, regios),
    );
    const perSleutel = new Map<string, GedeeldeIndicatorSom>();
    for (const rij of rijen) {
      const {
        sleutel,
        naam,
        eenheid,
        overeenkomsten,
        indicatorIds,
        nulmeting,
        aantalNulmetingen,
        jaar_overeenkomsten,
        ...jaar
      } = rij;
      const kop: GedeeldeIndicatorSom = perSleutel.get(sleutel) ?? {
        sleutel,
        naam,
        eenheid,
        overeenkomsten,
        indicatorIds,
        nulmeting,
        aantalNulmetingen,
        jaren: [],
      };
      kop.jaren.push({ ...jaar, overeenkomsten: jaar_overeenkomsten });
      perSleutel.set(sleutel, kop);
    }
    return [...perSleutel.values()];
  }

  async gemeenten(overeenkomstIds: string[]): Promise<RegioGemeente[]> {
    const rijen = await this.rows<{
      overeenkomst_id: string;
      id: string;
      naam: string;
      regio: string | null;
    }>(
      `select g.overeenkomst_id, p.id, p.naam, p.regio
         from overeenkomst_gemeente g join partij p on p.id = g.partij_id
        where g.overeenkomst_id = any(array[?]::uuid[])
        order by p.naam, p.id`,
      [overeenkomstIds],
    );
    return rijen.map(({ overeenkomst_id, ...g }) => ({ overeenkomstId: overeenkomst_id, ...g }));
  }

  /** In the order of the domeinen and their themes. */
  async afspraken(overeenkomstIds: string[]): Promise<AfsprakenTelling[]> {
    const rijen = await this.rows<{
      overeenkomst_id: string;
      type: AfspraakType;
      thema: string;
      domein: string;
      aantal: number;
    }>(
      `select a.overeenkomst_id, a.type, t.naam as thema, coalesce(d.naam, t.naam) as domein,
              t.volgorde as thema_volgorde, coalesce(d.volgorde, t.volgorde) as domein_volgorde,
              count(*)::int as aantal
         from afspraak a join thema t on t.id = a.thema_id left join thema d on d.id = t.domein_id
        where a.overeenkomst_id = any(array[?]::uuid[])
        group by a.overeenkomst_id, a.type, t.naam, t.volgorde, d.naam, d.volgorde
        order by domein_volgorde, domein, thema_volgorde, thema`,
      [overeenkomstIds],
    );
    return rijen.map((r) => ({
      overeenkomstId: r.overeenkomst_id,
      type: r.type,
      thema: r.thema,
      domein: r.domein,
      aantal: r.aantal,
    }));
  }

  async zorgpartijen(
    overeenkomstIds: string[],
    soorten: readonly PartijSoort[],
  ): Promise<ZorgOndertekening[]> {
    const rijen = await this.rows<{
      overeenkomst_id: string;
      id: string;
      naam: string;
      soort: PartijSoort;
      bijlage: string;
    }>(
      `select o.overeenkomst_id, p.id, p.naam, p.soort, o.titel as bijlage
         from onderdeel_ondertekenaar oo
         join onderdeel o on o.id = oo.onderdeel_id
         join partij p on p.id = oo.partij_id
        where o.overeenkomst_id = any(array[?]::uuid[]) and o.soort = 'BIJLAGE'
          and p.soort = any(array[?]::text[])
        order by p.naam, p.id, o.volgorde`,
      [overeenkomstIds, [...soorten]],
    );
    return rijen.map(({ overeenkomst_id, ...z }) => ({ overeenkomstId: overeenkomst_id, ...z }));
  }
}
