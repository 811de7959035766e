import type { EntityClass, EntityManager, FilterQuery, FindOneOptions } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import { notFound } from '../common/app-error';

/** Loads one entity by id or fails with NOT_FOUND naming what was looked for, in Dutch. */
export async function findOrFail<T extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  label: string,
  options?: FindOneOptions<T, P>,
): Promise<T> {
  if (!isUUID(id)) throw notFound(label, id);
  const found = await em.findOne(entity, { id } as FilterQuery<T>, options);
  if (!found) throw notFound(label, id);
  return found;
}
