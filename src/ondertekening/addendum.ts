import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';
import { AuditActie, type AuditService } from '../audit/audit.service';
import { Onderdeel, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import { OnderdeelVersie, VersieStatus } from './versie.entities';

/**
 * Reopens a signed onderdeel as a draft (an addendum), inside the caller's transaction, with
 * the signed version it starts from in the audit trail. The caller has locked the onderdeel
 * (vergrendelOnderdeel) and checked that it is signed.
 */
export async function openAddendum(
  em: EntityManager,
  audit: AuditService,
  stap: { overeenkomstId: string; actor: Actor; onderdeelId: string; reden: string },
): Promise<void> {
  const [getekend] = await em.find(
    OnderdeelVersie,
    { onderdeel: stap.onderdeelId, status: VersieStatus.ONDERTEKEND },
    { orderBy: { nummer: 'desc' }, limit: 1, fields: ['nummer'] },
  );
  await em.nativeUpdate(Onderdeel, { id: stap.onderdeelId }, { status: OnderdeelStatus.CONCEPT });
  await audit.schrijf(
    {
      overeenkomstId: stap.overeenkomstId,
      actor: stap.actor,
      actie: AuditActie.ADDENDUM_GESTART,
      onderwerpSoort: 'Onderdeel',
      onderwerpId: stap.onderdeelId,
      gegevens: { reden: stap.reden, opVersie: getekend?.nummer ?? null },
    },
    em,
  );
}
