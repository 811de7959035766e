import type { EntityManager } from '@mikro-orm/postgresql';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import type { Partij } from '../partijen/partij.entity';

/**
 * The partijen that must sign the onderdeel, by name, leaving out those in `behalve` (who
 * signed, accepted or proposed already). Inside a transaction, pass its entity manager: the
 * query runs in it, but the onderdeel is read into a fork, so the caller's unit of work does
 * not hold an onderdeel whose status it is about to change with a native update.
 */
export async function ondertekenaarsBehalve(
  em: EntityManager,
  onderdeelId: string,
  behalve: Iterable<string>,
): Promise<Partij[]> {
  const onderdeel = await em.fork({ keepTransactionContext: true }).findOneOrFail(
    Onderdeel,
    { id: onderdeelId },
    {
      populate: ['ondertekenaars'],
      populateOrderBy: { ondertekenaars: { naam: 'asc', id: 'asc' } },
    },
  );
  const uitgezonderd = new Set(behalve);
  return onderdeel.ondertekenaars.getItems().filter((p) => !uitgezonderd.has(p.id));
}
