import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AfspraakType } from '../overeenkomsten/afspraak-type';
import type { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import type { PartijSoort } from '../partijen/partij.entity';

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

  overeenkomsten(partijIds: string[]): Promise<RegioOvereenkomst[]> {
    return this.rows<RegioOvereenkomst>(
      `select o.id, o.titel, o.startjaar, o.eindjaar,
              array(select distinct d.rol::text from deelnemer d
                     where d.overeenkomst_id = o.id and d.partij_id = any(array[?]::uuid[]) order by 1) as rollen
         from overeenkomst o
        where exists (select 1 from deelnemer d where d.overeenkomst_id = o.id and d.partij_id = any(array[?]::uuid[]))
        order by o.titel, o.id`,
      [partijIds, partijIds],
    );
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
