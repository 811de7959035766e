import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Klok } from '../common/klok';
import { jaarVan } from '../jaarcyclus/nederlandse-tijd';
import type { OvereenkomstStatus } from './overeenkomst.entity';
import { overeenkomstStatus, type StatusBron } from './overeenkomst-status';

type StatusRij = StatusBron & { id: string };

/**
 * The derived status of many overeenkomsten in one query (the list filter, the regional view,
 * the tasks); the agreement query derives it from the rows it reads anyway.
 */
@Injectable()
export class OvereenkomstStatusReader {
  constructor(
    private readonly em: EntityManager,
    private readonly klok: Klok,
  ) {}

  /** Each overeenkomst's status at `op` (default: now). */
  async statussen(ids: string[], op?: Date): Promise<Map<string, OvereenkomstStatus>> {
    if (ids.length === 0) return new Map();
    const rijen = await this.em.getConnection().execute<StatusRij[]>(
      `select o.id, o.startjaar, o.eindjaar, o.beeindigd,
              coalesce((select json_agg(json_build_object(
                         'soort', d.soort, 'status', d.status, 'fase', d.fase,
                         'ooitOndertekend', exists(select 1 from onderdeel_versie v
                                                    where v.onderdeel_id = d.id and v.status = 'ONDERTEKEND')))
                          from onderdeel d where d.overeenkomst_id = o.id), '[]'::json) as onderdelen,
              coalesce((select json_agg(json_build_object('jaar', j.jaar, 'status', j.status))
                          from jaarschijf j where j.overeenkomst_id = o.id), '[]'::json) as jaarschijven
         from overeenkomst o where o.id = any(array[?]::uuid[])`,
      [ids],
      'all',
    );
    const jaar = jaarVan(op ?? this.klok.nu());
    return new Map(rijen.map((r) => [r.id, overeenkomstStatus(r, jaar)]));
  }
}
