import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Wijzigingsvoorstel } from './onderhandeling.entities';

/** Locks the proposal's row for the transaction; it must still be open. */
export async function vergrendelOpen(
  em: EntityManager,
  voorstelId: string,
  wat: string,
): Promise<Wijzigingsvoorstel> {
  const voorstel = await em.findOneOrFail(
    Wijzigingsvoorstel,
    { id: voorstelId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  voorstel.eisOpen(wat);
  return voorstel;
}
