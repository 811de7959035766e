import type { EntityManager } from '@mikro-orm/postgresql';
import type { AfspraakFilter } from './afspraak.inputs';

interface LijstRij {
  id: string;
  overeenkomst_id: string;
  /** All afspraken that match, counted by the same statement (a window over the filter). */
  totaal: string | number;
}

/**
 * One page of the afspraken of overeenkomsten in which one of `partijIds` takes part, filtered,
 * in the order of the agreements (newest first), their onderdelen and numbers.
 *
 * Written out rather than through the ORM: its query joined every deelnemer and thema to every
 * afspraak and grouped them again, and the thema filter (a thema, or a domein with its opgaven) as
 * an OR across two tables could not use an index, so a page cost a scan of all afspraken of the
 * country (bench:land). Here each condition is a semi-join the planner can drive from an index,
 * and the total comes with the page in one statement.
 */
export async function afsprakenVan(
  em: EntityManager,
  partijIds: string[],
  filter: AfspraakFilter | undefined,
  take: number,
  skip: number,
): Promise<{ items: { id: string; overeenkomstId: string }[]; total: number }> {
  if (partijIds.length === 0) return { items: [], total: 0 };
  const voorwaarden = [
    'a.overeenkomst_id in (select overeenkomst_id from deelnemer where partij_id = any(array[?]::uuid[]))',
  ];
  const params: unknown[] = [partijIds];
  const en = (voorwaarde: string, ...waarden: unknown[]) => {
    voorwaarden.push(voorwaarde);
    params.push(...waarden);
  };
  if (filter?.overeenkomstId) en('a.overeenkomst_id = ?', filter.overeenkomstId);
  if (filter?.onderdeelId) en('a.onderdeel_id = ?', filter.onderdeelId);
  if (filter?.type) en('a.type = ?', filter.type);
  if (filter?.themaId) {
    en(
      'a.thema_id in (select id from thema where id = ? or domein_id = ?)',
      filter.themaId,
      filter.themaId,
    );
  }
  if (filter?.partijId) {
    en(
      '(a.trekker_id = ? or exists (select 1 from afspraak_betrokkene b where b.afspraak_id = a.id and b.partij_id = ?))',
      filter.partijId,
      filter.partijId,
    );
  }
  if (filter?.jaar) {
    en(
      'exists (select 1 from afspraak_jaarschijf aj join jaarschijf j on j.id = aj.jaarschijf_id where aj.afspraak_id = a.id and j.jaar = ?)',
      filter.jaar,
    );
  }
  const waar = voorwaarden.join(' and ');
  const rijen = await em.getConnection().execute<LijstRij[]>(
    `select a.id, a.overeenkomst_id, count(*) over () as totaal
       from afspraak a
       join overeenkomst o on o.id = a.overeenkomst_id
       join onderdeel d on d.id = a.onderdeel_id
      where ${waar}
      order by o.startjaar desc, d.volgorde, a.volgorde, a.id
      limit ? offset ?`,
    [...params, take, skip],
    'all',
  );
  const items = rijen.map((r) => ({ id: r.id, overeenkomstId: r.overeenkomst_id }));
  if (rijen.length > 0 || skip === 0) return { items, total: Number(rijen[0]?.totaal ?? 0) };
  // A page past the end has no row to carry the total.
  const [telling] = await em
    .getConnection()
    .execute<{ totaal: string | number }[]>(
      `select count(*) as totaal from afspraak a where ${waar}`,
      params,
      'all',
    );
  return { items, total: Number(telling!.totaal) };
}
