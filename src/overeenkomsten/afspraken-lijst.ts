import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Afspraak } from './afspraak.entity';
import type { AfspraakFilter } from './afspraak.inputs';

/**
 * One page of the afspraken of overeenkomsten in which one of `partijIds` takes part, filtered,
 * in the order of the agreements (newest first), their onderdelen and numbers.
 */
export async function afsprakenVan(
  em: EntityManager,
  partijIds: string[],
  filter: AfspraakFilter | undefined,
  take: number,
  skip: number,
): Promise<{ items: { id: string; overeenkomstId: string }[]; total: number }> {
  const and: FilterQuery<Afspraak>[] = [
    { overeenkomst: { deelnemers: { partij: { $in: partijIds } } } },
  ];
  if (filter?.overeenkomstId) and.push({ overeenkomst: filter.overeenkomstId });
  if (filter?.onderdeelId) and.push({ onderdeel: filter.onderdeelId });
  if (filter?.type) and.push({ type: filter.type });
  if (filter?.themaId)
    and.push({ $or: [{ thema: filter.themaId }, { thema: { domein: filter.themaId } }] });
  if (filter?.partijId) {
    and.push({
      $or: [{ trekker: filter.partijId }, { betrokkenen: { partij: filter.partijId } }],
    });
  }
  if (filter?.jaar) and.push({ jaarschijven: { jaarschijf: { jaar: filter.jaar } } });
  const [items, total] = await em.findAndCount(
    Afspraak,
    { $and: and },
    {
      orderBy: [
        { overeenkomst: { startjaar: 'desc' } },
        { onderdeel: { volgorde: 'asc' } },
        { volgorde: 'asc' },
        { id: 'asc' },
      ],
      limit: take,
      offset: skip,
      fields: ['id', 'overeenkomst'],
    },
  );
  return { items: items.map((a) => ({ id: a.id, overeenkomstId: a.overeenkomst.id })), total };
}
