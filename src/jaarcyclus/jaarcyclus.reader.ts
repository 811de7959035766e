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

/**
 * Reads, in four queries however many agreements, what the yearly-cycle overview shows of every
 * overeenkomst the person's partijen take part in. Lists go in as one array parameter
 * (`= any(array[?]::uuid[])`), not as a placeholder per element.
 */
@Injectable()
export class JaarcyclusReader {
  constructor(private readonly em: EntityManager) {}

  async overeenkomsten(
    partijIds: string[],
    filter: { overeenkomstId?: string; gemeenteId?: string },
  ): Promise<CyclusOvereenkomst[]> {
    const connection = this.em.getConnection();
    const rijen = await connection.execute<
      { id: string; titel: string; kalender: Partial<Kalender> | null }[]
    >(
      `select o.id, o.titel, o.kalender from overeenkomst o
        where exists (select 1 from deelnemer d where d.overeenkomst_id = o.id
                        and d.partij_id = any(array[?]::uuid[]))
          and (?::uuid is null or o.id = ?::uuid)
          and (?::uuid is null or exists (select 1 from overeenkomst_gemeente g
                                           where g.overeenkomst_id = o.id and g.partij_id = ?::uuid))
        order by o.titel, o.id`,
      [
        partijIds,
        filter.overeenkomstId ?? null,
        filter.overeenkomstId ?? null,
        filter.gemeenteId ?? null,
        filter.gemeenteId ?? null,
      ],
      'all',
    );
    if (rijen.length === 0) return [];
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
    return rijen.map((o) => ({
      ...o,
      jaarschijven: jaarschijven
        .filter((j) => j.overeenkomst_id === o.id)
        .map(({ id, jaar, status }) => ({ id, jaar, status })),
      gemeenten: gemeenten.filter((g) => g.overeenkomst_id === o.id).map((g) => g.naam),
      extern: extern
        .filter((e) => e.overeenkomst_id === o.id)
        .map(({ jaar, datum }) => ({ jaar: Number(jaar), datum })),
    }));
  }
}
