import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Gebruiker } from '../auth/gebruiker.entity';
import { canonicalJson } from '../audit/canonical';
import type { OnderdeelInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { versieHash } from '../overeenkomsten/onderdeel-inhoud';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelVersie, type VastgelegdeInhoud, VersieStatus } from './versie.entities';

/**
 * Writes the next immutable version of an onderdeel from the co-editor's final state and the
 * content read in the same transaction (the freeze, and a signing outside Driehoek). The
 * onderdeel's status is not part of what was agreed, so it is left out of the content and hash.
 */
export async function legVersieVast(
  em: EntityManager,
  velden: {
    overeenkomstId: string;
    onderdeelId: string;
    gebruikerId: string;
    state: Uint8Array;
    inhoud: OnderdeelInhoud;
    overrideReden: string | null;
  },
): Promise<{ versie: OnderdeelVersie; basis: Pick<OnderdeelVersie, 'nummer'> | null }> {
  const vast: VastgelegdeInhoud & { status?: unknown } = { ...velden.inhoud };
  delete vast.status;
  const inhoudJson = JSON.parse(canonicalJson(vast)) as Record<string, unknown>;
  const eerdere = await em.find(
    OnderdeelVersie,
    { onderdeel: velden.onderdeelId },
    { orderBy: { nummer: 'desc' }, fields: ['nummer', 'status'] },
  );
  const basis = eerdere.find((v) => v.status === VersieStatus.ONDERTEKEND) ?? null;
  const versie = new OnderdeelVersie({
    overeenkomst: ref(Overeenkomst, velden.overeenkomstId),
    onderdeel: ref(Onderdeel, velden.onderdeelId),
    nummer: (eerdere[0]?.nummer ?? 0) + 1,
    basis: basis ? ref(basis) : null,
    yjsState: Buffer.from(velden.state),
    inhoud: inhoudJson,
    hash: versieHash(inhoudJson, velden.state),
    bevrorenDoor: ref(Gebruiker, velden.gebruikerId),
    overrideReden: velden.overrideReden,
  });
  em.persist(versie);
  return { versie, basis };
}
