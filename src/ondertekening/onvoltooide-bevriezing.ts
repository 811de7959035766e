import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditActie, AuditService } from '../audit/audit.service';
import { Onderdeel, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import { vergrendelOnderdeel } from '../overeenkomsten/onderdeel-inhoud.reader';
import { OnderdeelVersie, VersieStatus } from './versie.entities';

/**
 * Repairs, at start-up, onderdelen that an earlier version of the app left "ter ondertekening"
 * without a version to sign: it committed the status and the version in two transactions, and a
 * crash between them blocked the onderdeel for good (freezing again, an addendum and every edit
 * were refused). Such an onderdeel becomes a draft again, with an entry in its audit trail; the
 * regie can then freeze it anew. Freezing now commits both together, so nothing new gets here.
 */
@Injectable()
export class OnvoltooideBevriezing implements OnApplicationBootstrap {
  private readonly logger = new Logger('Ondertekening');

  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const em = this.em.fork();
    const verdacht = await em.find(
      Onderdeel,
      { status: OnderdeelStatus.TER_ONDERTEKENING },
      { fields: ['id', 'overeenkomst'] },
    );
    for (const onderdeel of verdacht) {
      await em.fork().transactional(async (tx) => {
        const { titel, status } = await vergrendelOnderdeel(tx, onderdeel.id);
        const open = await tx.count(OnderdeelVersie, {
          onderdeel: onderdeel.id,
          status: VersieStatus.TER_ONDERTEKENING,
        });
        if (status !== OnderdeelStatus.TER_ONDERTEKENING || open > 0) return;
        await tx.nativeUpdate(Onderdeel, { id: onderdeel.id }, { status: OnderdeelStatus.CONCEPT });
        await this.audit.schrijf(
          {
            overeenkomstId: onderdeel.overeenkomst.id,
            actor: null,
            actie: AuditActie.BEVRIEZING_HERSTELD,
            onderwerpSoort: 'Onderdeel',
            onderwerpId: onderdeel.id,
            gegevens: {
              titel,
              reden: 'ter ondertekening zonder versie (onderbroken bevriezing); weer een concept',
            },
          },
          tx,
        );
        this.logger.warn(`Onderdeel "${titel}" lag ter ondertekening zonder versie; weer concept`);
      });
    }
  }
}
