import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';
import type { AuditActie, AuditService } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { type Suggestie, SuggestieStatus } from './suggestie.entity';

/* The rules of one suggestion's life, shared by judging it and letting it lapse at a freeze. */

const STATUS_TEKST: Record<SuggestieStatus, string> = {
  OPEN: 'staat open',
  AANVAARD: 'is al aanvaard',
  VERWORPEN: 'is al verworpen',
  INGETROKKEN: 'is ingetrokken',
  VERVALLEN: 'is vervallen',
};

export function eisOpen(suggestie: Suggestie): void {
  if (suggestie.status !== SuggestieStatus.OPEN) {
    throw new AppError(
      ErrorCode.VOORSTEL_AFGESLOTEN,
      `Deze suggestie ${STATUS_TEKST[suggestie.status]}; zij kan niet meer worden beoordeeld of ingetrokken`,
      'input.suggestieIds',
    );
  }
}

export function sluit(
  suggestie: Suggestie,
  status: SuggestieStatus,
  nu: Date,
  reden: string | null,
): void {
  suggestie.status = status;
  suggestie.geslotenOp = nu;
  suggestie.reden = reden;
}

/** A suggestion's audit entry: the afspraak is its subject, the suggestion named in the data. */
export function schrijfSuggestieAudit(
  audit: AuditService,
  em: EntityManager,
  actor: Actor,
  namens: { partijId: string; partijNaam: string } | null,
  overeenkomstId: string,
  suggestie: Suggestie,
  { actie, ...gegevens }: { actie: AuditActie } & Record<string, unknown>,
) {
  return audit.schrijf(
    {
      overeenkomstId,
      actor,
      partij: namens && { id: namens.partijId, naam: namens.partijNaam },
      actie,
      onderwerpSoort: 'Afspraak',
      onderwerpId: suggestie.afspraak.id,
      gegevens: {
        suggestieId: suggestie.id,
        ingevoegd: suggestie.ingevoegd,
        geschrapt: suggestie.geschrapt,
        ...gegevens,
      },
    },
    em,
  );
}
