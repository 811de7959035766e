import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';
import { AuditActie, type AuditService } from '../audit/audit.service';
import { Onderdeel, OnderdeelFase, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
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
  // An addendum is drafted again: direct edits (each asks before it voids an akkoord given on
  // the signed text), until the regie or the first standpunt opens its negotiation.
  await em.nativeUpdate(
    Onderdeel,
    { id: stap.onderdeelId },
    { status: OnderdeelStatus.CONCEPT, fase: OnderdeelFase.OPSTELLEN },
  );
  await audit.schrijf(
    {
      overeenkomstId: stap.overeenkomstId,
      actor: stap.actor,
      actie: AuditActie.ADDENDUM_GESTART,
      onderwerpSoort: 'Onderdeel',
      onderwerpId: stap.onderdeelId,
      gegevens: {
        reden: stap.reden,
        opVersie: getekend?.nummer ?? null,
        fase: OnderdeelFase.OPSTELLEN,
      },
    },
    em,
  );
}
