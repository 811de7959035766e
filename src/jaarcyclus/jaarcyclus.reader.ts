import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import type { Kalender } from './kalender';

/** An overeenkomst as the cycle overview needs it: its calendar, jaarschijven and gemeenten. */
export interface CyclusOvereenkomst {
  id: string;
  titel: string;
  kalender: Partial<Kalender> | null;
  jaarschijven: { id: string; jaar: number; status: JaarschijfStatus }[];
  gemeenten: string[];
  /** Years whose hoofddocument was signed outside Driehoek, with the day ("YYYY-MM-DD"). */
  extern: { jaar: number; datum: string }[];
}

export interface CyclusFilter {
  overeenkomstId?: string;
  gemeenteId?: string;
  /** Only these agreements (a page of another overview). */
  overeenkomstIds?: string[];
}

/** The agreements the partijen take part in, narrowed by the filter (see `filterParams`). */
const ZICHTBAAR_GEFILTERD = `exists (select 1 from deelnemer d where d.overeenkomst_id = o.id
                                   and d.partij_id = any(array[?]::uuid[]))
  and (?::uuid is null or o.id = ?::uuid)
  and (?::boolean is false or o.id = any(array[?]::uuid[]))
  and (?::uuid is null or exists (select 1 from overeenkomst_gemeente g
                                   where g.overeenkomst_id = o.id and g.partij_id = ?::uuid))`;

function filterParams(partijIds: string[], filter: CyclusFilter): unknown[] {
  const ids = filter.overeenkomstIds;
  return [
    partijIds,
    filter.overeenkomstId ?? null,
    filter.overeenkomstId ?? null,
    ids != null,
    // An array parameter expands to its elements: an empty one would leave `array[]` untyped.
    ids?.length ? ids : [null],
    filter.gemeenteId ?? null,
    filter.gemeenteId ?? null,
  ];
}

function perOvereenkomst<T extends { overeenkomst_id: string }>(rijen: T[]): Map<string, T[]> {
  const groepen = new Map<string, T[]>();
  for (const r of rijen) {
    const groep = groepen.get(r.overeenkomst_id);
    if (groep) groep.push(r);
    else groepen.set(r.overeenkomst_id, [r]);
  }
  return groepen;
}

/**
 * Reads, in four queries however many agreements, what the yearly-cycle overview shows of every
 * overeenkomst the person's partijen take part in. Lists go in as one array parameter
 * (`= any(array[?]::uuid[])`), not as a placeholder per element.
 */
@Injectable()
export class JaarcyclusReader {
  constructor(private readonly em: EntityManager) {}

  /** The agreements in view, on one page when `pagina` is given; `total` counts all pages. */
  async overeenkomsten(
    partijIds: string[],
    filter: CyclusFilter,
    pagina?: { skip: number; take: number },
  ): Promise<{ items: CyclusOvereenkomst[]; total: number }> {
    const connection = this.em.getConnection();
    const rijen = await connection.execute<
      { id: string; titel: string; kalender: Partial<Kalender> | null; total: number }[]
    >(
      `select o.id, o.titel, o.kalender, count(*) over ()::int as total from overeenkomst o
        where ${ZICHTBAAR_GEFILTERD}
        order by o.titel, o.id
        offset ? limit ?`,
      [...filterParams(partijIds, filter), pagina?.skip ?? 0, pagina?.take ?? null],
      'all',
    );
    // Past the last page the window count is gone with the rows: counted apart.
    const total = rijen[0]?.total ?? (pagina?.skip ? await this.aantal(partijIds, filter) : 0);
    if (rijen.length === 0) return { items: [], total };
    const ids = rijen.map((o) => o.id);
    const [jaarschijven, gemeenten, extern] = await Promise.all([
      connection.execute<
        { id: string; overeenkomst_id: string; jaar: number; status: JaarschijfStatus }[]
      >(
        'select id, overeenkomst_id, jaar, status from jaarschijf where overeenkomst_id = any(array[?]::uuid[])',
        [ids],
        'all',
      ),
      connection.execute<{ overeenkomst_id: string; naam: string }[]>(
        `select g.overeenkomst_id, p.naam from overeenkomst_gemeente g join partij p on p.id = g.partij_id
          where g.overeenkomst_id = any(array[?]::uuid[]) order by p.naam`,
        [ids],
        'all',
      ),
      connection.execute<{ overeenkomst_id: string; jaar: number; datum: string }[]>(
        `select e.overeenkomst_id, j.jaar::int as jaar, to_char(e.datum, 'YYYY-MM-DD') as datum
           from externe_ondertekening e join onderdeel o on o.id = e.onderdeel_id and o.soort = 'HOOFDDOCUMENT'
           cross join lateral jsonb_array_elements_text(e.jaren) as j(jaar)
          where e.overeenkomst_id = any(array[?]::uuid[])`,
        [ids],
        'all',
      ),
    ]);
    const jaarschijvenVan = perOvereenkomst(jaarschijven);
    const gemeentenVan = perOvereenkomst(gemeenten);
    const externVan = perOvereenkomst(extern);
    return {
      total,
      items: rijen.map(({ id, titel, kalender }) => ({
        id,
        titel,
        kalender,
        jaarschijven: (jaarschijvenVan.get(id) ?? []).map(({ id, jaar, status }) => ({
          id,
          jaar,
          status,
        })),
        gemeenten: (gemeentenVan.get(id) ?? []).map((g) => g.naam),
        extern: (externVan.get(id) ?? []).map(({ jaar, datum }) => ({
          jaar: Number(jaar),
          datum,
        })),
      })),
    };
  }

  private async aantal(partijIds: string[], filter: CyclusFilter): Promise<number> {
    const [rij] = await this.em
      .getConnection()
      .execute<{ aantal: number }[]>(
        `select count(*)::int as aantal from overeenkomst o where ${ZICHTBAAR_GEFILTERD}`,
        filterParams(partijIds, filter),
        'all',
      );
    return rij?.aantal ?? 0;
  }

  /**
   * All agreements in view counted by the status of their jaarschijf of `jaar`, by the database;
   * null: no jaarschijf that year.
   */
  perStatus(
    partijIds: string[],
    filter: CyclusFilter,
    jaar: number,
  ): Promise<{ status: JaarschijfStatus | null; aantal: number }[]> {
    return this.em.getConnection().execute(
      `select j.status, count(*)::int as aantal
         from overeenkomst o left join jaarschijf j on j.overeenkomst_id = o.id and j.jaar = ?
        where ${ZICHTBAAR_GEFILTERD}
        group by j.status order by j.status nulls last`,
      [jaar, ...filterParams(partijIds, filter)],
      'all',
    );
  }
}
