import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { crashpunt } from '../common/crashpunt';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import { vergrendelOnderdeel } from '../overeenkomsten/onderdeel-inhoud.reader';
import { PermissionsService } from '../partijen/permissions.service';
import { ToegangEvents } from '../partijen/toegang-events';
import { openAddendum } from './addendum';
import type { AddendumInput } from './ondertekening.inputs';
import { versieGebeurtenis } from './versie-gebeurtenis';

@Injectable()
export class AddendumService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly toegang: ToegangEvents,
  ) {}

  /** Opens a signed onderdeel for an addendum: a new draft, to be frozen and signed again. */
  async startAddendum(actor: Actor, input: AddendumInput): Promise<void> {
    const overeenkomstId = await this.permissions.regieVia(
      actor,
      'onderdeel',
      input.onderdeelId,
      'Onderdeel',
      'Een addendum beginnen',
    );
    crashpunt('addendum:start', input.onderdeelId);
    await this.em.transactional(async (em) => {
      const rij = await vergrendelOnderdeel(em, input.onderdeelId);
      if (rij.status !== OnderdeelStatus.ONDERTEKEND) {
        throw new AppError(
          ErrorCode.STATUS_ONJUIST,
          `Een addendum begint op een ondertekend onderdeel; "${rij.titel}" is ${rij.status === OnderdeelStatus.CONCEPT ? 'nog een concept' : 'ter ondertekening'}`,
        );
      }
      await openAddendum(em, this.audit, {
        overeenkomstId,
        actor,
        onderdeelId: input.onderdeelId,
        reden: input.reden,
      });
      crashpunt('addendum:na-status', input.onderdeelId);
    });
    crashpunt('addendum:na-commit', input.onderdeelId);
    await this.toegang.gewijzigd();
    this.gebeurtenissen.publiceer(
      versieGebeurtenis(GebeurtenisSoort.ADDENDUM, actor, null, {
        overeenkomstId,
        onderdeelId: input.onderdeelId,
        onderwerpId: input.onderdeelId,
      }),
    );
  }
}
