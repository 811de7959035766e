import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { Klok } from '../common/klok';
import { jaarVan } from '../jaarcyclus/kalender';
import { JaarschijfStatus } from './jaarschijf.entity';

/** What happened to the hoofddocument, which carries the jaarschijven along. */
export type Ondertekeningsstap = 'BEVROREN' | 'ONDERTEKEND' | 'GEWEIGERD';

/**
 * Keeps the jaarschijven in step with the signing of the hoofddocument (step 4): freezing puts
 * the jaarschijven under negotiation ter ondertekening, the last signature makes them
 * ondertekend, a refusal sends them back into negotiation. Jaarschijven under negotiation are
 * those not yet signed, up to next year's.
 */
@Injectable()
export class JaarschijfStatusService {
  constructor(
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  async volgHoofddocument(
    em: EntityManager,
    actor: Actor,
    onderdeelId: string,
    stap: Ondertekeningsstap,
  ): Promise<void> {
    const connection = em.getConnection();
    const ctx: unknown = em.getTransactionContext();
    const [onderdeel] = await connection.execute<{ overeenkomst_id: string; soort: string }[]>(
      'select overeenkomst_id, soort from onderdeel where id = ?',
      [onderdeelId],
      'all',
      ctx,
    );
    if (onderdeel?.soort !== 'HOOFDDOCUMENT') return;
    const [van, naar]: [JaarschijfStatus[], JaarschijfStatus] =
      stap === 'BEVROREN'
        ? [
            [
              JaarschijfStatus.CONCEPT,
              JaarschijfStatus.BOD_ONTVANGEN,
              JaarschijfStatus.IN_ONDERHANDELING,
            ],
            JaarschijfStatus.TER_ONDERTEKENING,
          ]
        : stap === 'ONDERTEKEND'
          ? [[JaarschijfStatus.TER_ONDERTEKENING], JaarschijfStatus.ONDERTEKEND]
          : [[JaarschijfStatus.TER_ONDERTEKENING], JaarschijfStatus.IN_ONDERHANDELING];
    const volgendJaar = jaarVan(this.klok.nu()) + 1;
    const gewijzigd = await connection.execute<
      { id: string; jaar: number; oud: JaarschijfStatus }[]
    >(
      `update jaarschijf j set status = ?, updated_at = now()
         from jaarschijf oud
        where j.id = oud.id and j.overeenkomst_id = ? and j.jaar <= ?
          and j.status in (${van.map(() => '?').join(', ')})
        returning j.id, j.jaar, oud.status as oud`,
      [naar, onderdeel.overeenkomst_id, volgendJaar, ...van],
      'all',
      ctx,
    );
    for (const j of gewijzigd.sort((a, b) => a.jaar - b.jaar)) {
      await this.audit.schrijf(
        {
          overeenkomstId: onderdeel.overeenkomst_id,
          actor,
          actie: AuditActie.JAARSCHIJF_STATUS,
          onderwerpSoort: 'Jaarschijf',
          onderwerpId: j.id,
          gegevens: { jaar: j.jaar, van: j.oud, naar, door: `hoofddocument ${stap.toLowerCase()}` },
        },
        em,
      );
    }
  }
}
