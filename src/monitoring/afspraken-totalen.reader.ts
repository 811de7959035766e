import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AfspraakType } from '../overeenkomsten/afspraak-type';
import { TREKKENDE_ROLLEN } from '../overeenkomsten/afspraak-rollen';
import { TREKKER_GROEP_SOORTEN } from '../gedeeld/rollen';

/** The afspraken of an overeenkomst counted three ways (counts in SQL: a read model). */
export interface AfsprakenTellingen {
  perType: { type: AfspraakType; aantal: number }[];
  perThema: { naam: string; aantal: number }[];
  perPartij: { naam: string; trekker: number; betrokken: number }[];
}

@Injectable()
export class AfsprakenTotalenReader {
  constructor(private readonly em: EntityManager) {}

  async tellingen(overeenkomstId: string): Promise<AfsprakenTellingen> {
    const connection = this.em.getConnection();
    const perType = await connection.execute<{ type: AfspraakType; aantal: number }[]>(
      'select type, count(*)::int as aantal from afspraak where overeenkomst_id = ? group by type order by type',
      [overeenkomstId],
      'all',
    );
    const perThema = await connection.execute<{ naam: string; aantal: number }[]>(
      `select coalesce(d.naam, t.naam) as naam, count(*)::int as aantal
         from afspraak a join thema t on t.id = a.thema_id left join thema d on d.id = t.domein_id
        where a.overeenkomst_id = ? group by coalesce(d.naam, t.naam), coalesce(d.volgorde, t.volgorde)
        order by coalesce(d.volgorde, t.volgorde), naam`,
      [overeenkomstId],
      'all',
    );
    // A partij trekt an afspraak as the model says (see afspraak-rollen): as its accountable
    // trekker, as a betrokkene in a pulling role, or as a member of its trekker group.
    const trekkend = TREKKENDE_ROLLEN.map((r) => `'${r}'`).join(', ');
    const groepen = Object.entries(TREKKER_GROEP_SOORTEN).flatMap(
      ([groep, soorten]): { groep: string; soort: string | null }[] =>
        soorten === null ? [{ groep, soort: null }] : soorten.map((soort) => ({ groep, soort })),
    );
    const perPartij = await connection.execute<
      { naam: string; trekker: number; betrokken: number }[]
    >(
      `select p.naam,
              (select count(*)::int from afspraak a
                where a.overeenkomst_id = d.overeenkomst_id
                  and (a.trekker_id = p.id
                       or exists (select 1 from afspraak_betrokkene b
                                   where b.afspraak_id = a.id and b.partij_id = p.id and b.rol in (${trekkend}))
                       or (d.rol <> 'WAARNEMER' and exists (
                             select 1 from jsonb_to_recordset(?::jsonb) as g(groep text, soort text)
                              where g.groep = a.trekker_groep and (g.soort is null or g.soort = p.soort))))) as trekker,
              (select count(distinct a.id)::int from afspraak_betrokkene b join afspraak a on a.id = b.afspraak_id
                where a.overeenkomst_id = d.overeenkomst_id and b.partij_id = p.id) as betrokken
         from deelnemer d join partij p on p.id = d.partij_id where d.overeenkomst_id = ? order by p.naam`,
      [JSON.stringify(groepen), overeenkomstId],
      'all',
    );
    return { perType, perThema, perPartij };
  }
}
