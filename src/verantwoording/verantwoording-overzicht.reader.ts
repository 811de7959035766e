import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { VerantwoordingStatus } from './verantwoording.entity';

/** One afspraak of the year with what its trekker reported (null: nothing yet). */
export interface VerantwoordingRij {
  afspraakId: string;
  nummer: string;
  titel: string;
  trekker: string;
  status: VerantwoordingStatus | null;
  toelichting: string | null;
  door: string | null;
  datum: Date | null;
}

/**
 * The verantwoording over one jaarschijf, for the gemeente's overview: every afspraak that
 * applies in it with its report, and the indicators still lacking a realisatie (a read model).
 */
@Injectable()
export class VerantwoordingOverzichtReader {
  constructor(private readonly em: EntityManager) {}

  async afspraken(jaarschijfId: string): Promise<VerantwoordingRij[]> {
    const rijen = await this.em.getConnection().execute<
      {
        id: string;
        nummer: string;
        titel: string;
        trekker: string;
        status: VerantwoordingStatus | null;
        toelichting: string | null;
        door: string | null;
        datum: Date | null;
      }[]
    >(
      `select a.id, a.nummer, a.titel, p.naam as trekker, v.status, v.toelichting, g.naam as door, v.updated_at as datum
         from afspraak a join afspraak_jaarschijf aj on aj.afspraak_id = a.id and aj.jaarschijf_id = ?
         join onderdeel o on o.id = a.onderdeel_id join partij p on p.id = a.trekker_id
         left join verantwoording v on v.afspraak_id = a.id and v.jaarschijf_id = aj.jaarschijf_id
         left join gebruiker g on g.id = v.door_id
        order by o.volgorde, a.volgorde`,
      [jaarschijfId],
      'all',
    );
    return rijen.map(({ id, ...r }) => ({ afspraakId: id, ...r }));
  }

  /**
   * Per afspraak, the names of its indicators without a final realisatie in the jaarschijf: a
   * tussenstand, entered before the year ended, still waits for the figure over the whole year.
   */
  async ontbrekendeRealisaties(
    overeenkomstId: string,
    jaarschijfId: string,
  ): Promise<{ afspraakId: string; naam: string }[]> {
    const rijen = await this.em.getConnection().execute<{ afspraak_id: string; naam: string }[]>(
      `select ia.afspraak_id, i.naam from indicator_afspraak ia join indicator i on i.id = ia.indicator_id
        where i.overeenkomst_id = ?
          and not exists (select 1 from realisatie r where r.indicator_id = i.id and r.jaarschijf_id = ?
                             and not r.tussenstand)
        order by i.naam`,
      [overeenkomstId, jaarschijfId],
      'all',
    );
    return rijen.map((r) => ({ afspraakId: r.afspraak_id, naam: r.naam }));
  }
}
