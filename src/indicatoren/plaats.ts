import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../common/app-error';
import { Locatie } from '../overeenkomsten/locatie.entity';
import type { Indicator } from './indicator.entity';

/**
 * The place a streefwaarde or realisatie is given for: one of the indicator's overeenkomst;
 * none (null) is the figure of the whole agreement.
 */
export async function plaatsVoor(
  em: EntityManager,
  indicator: Indicator,
  locatieId: string | null | undefined,
): Promise<Locatie | null> {
  if (locatieId == null) return null;
  const locatie = await em.findOne(Locatie, {
    id: locatieId,
    overeenkomst: indicator.overeenkomst,
  });
  if (!locatie) {
    const error = notFound('Locatie', locatieId);
    error.extensions.veld = 'input.locatieId';
    throw error;
  }
  return locatie;
}

/** "voor Oudeland" after a year in a message, or nothing for the whole agreement. */
export const voorPlaats = (locatie: Locatie | null): string =>
  locatie ? ` voor ${locatie.naam}` : '';
