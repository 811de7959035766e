import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { PermissionsService } from '../partijen/permissions.service';
import {
  dag,
  type Kalender,
  lopendeCycli,
  mijlpalen,
  STANDAARD_KALENDER,
  STATUS_VOLGORDE,
  Toestand,
} from './kalender';
import type {
  CyclusOverzichtModel,
  KalenderInput,
  ZetJaarschijfStatusInput,
} from './jaarcyclus.models';

const STATUS_TEKST: Record<JaarschijfStatus, string> = {
  CONCEPT: 'concept',
  BOD_ONTVANGEN: 'bod ontvangen',
  IN_ONDERHANDELING: 'in onderhandeling',
  TER_ONDERTEKENING: 'ter ondertekening',
  ONDERTEKEND: 'ondertekend',
  IN_UITVOERING: 'in uitvoering',
  VERANTWOORDING: 'verantwoording',
  GEEVALUEERD: 'geëvalueerd',
};

@Injectable()
export class JaarcyclusService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  async kalender(overeenkomstId: string): Promise<Kalender> {
    const [rij] = await this.em
      .getConnection()
      .execute<{ kalender: Partial<Kalender> | null }[]>(
        'select kalender from overeenkomst where id = ?',
        [overeenkomstId],
        'all',
      );
    return { ...STANDAARD_KALENDER, ...(rij?.kalender ?? {}) };
  }

  async wijzigKalender(actor: Actor, input: KalenderInput): Promise<Kalender> {
    await this.permissions.regie(
      actor,
      input.overeenkomstId,
      'Overeenkomst',
      input.overeenkomstId,
      'De kalender van de jaarcyclus wijzigen',
    );
    const { overeenkomstId, ...dagen } = input;
    const kalender = { ...(await this.kalender(overeenkomstId)), ...stripLeeg(dagen) };
    if (kalender.verantwoordingVan >= kalender.verantwoordingTot)
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        'De verantwoording eindigt na haar begin',
        'input.verantwoordingTot',
      );
    if (kalender.evaluatieVan >= kalender.evaluatieTot)
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        'De evaluatie eindigt na haar begin',
        'input.evaluatieTot',
      );
    const afwijkend = Object.fromEntries(
      Object.entries(kalender).filter(([k, v]) => STANDAARD_KALENDER[k as keyof Kalender] !== v),
    );
    await this.em.transactional(async (em) => {
      await em
        .getConnection()
        .execute(
          'update overeenkomst set kalender = ? where id = ?',
          [Object.keys(afwijkend).length ? JSON.stringify(afwijkend) : null, overeenkomstId],
          'all',
          em.getTransactionContext(),
        );
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          actie: AuditActie.KALENDER_GEWIJZIGD,
          onderwerpSoort: 'Overeenkomst',
          onderwerpId: overeenkomstId,
          gegevens: { ...kalender },
        },
        em,
      );
    });
    return kalender;
  }

  /**
   * The three cycles running at `op` for every overeenkomst the person sees (optionally one, or
   * those of one gemeente): per cycle its jaarschijf, and what is due, done and overdue.
   */
  async overzicht(
    actor: Actor,
    op: Date,
    filter: { overeenkomstId?: string; gemeenteId?: string },
  ): Promise<CyclusOverzichtModel[]> {
    if (actor.partijIds.length === 0) return [];
    const connection = this.em.getConnection();
    const overeenkomsten = await connection.execute<
      { id: string; titel: string; kalender: Partial<Kalender> | null }[]
    >(
      `select o.id, o.titel, o.kalender from overeenkomst o
        where exists (select 1 from deelnemer d where d.overeenkomst_id = o.id
                        and d.partij_id in (${actor.partijIds.map(() => '?').join(', ')}))
          ${filter.overeenkomstId ? 'and o.id = ?' : ''}
          ${filter.gemeenteId ? 'and exists (select 1 from overeenkomst_gemeente g where g.overeenkomst_id = o.id and g.partij_id = ?)' : ''}
        order by o.titel, o.id`,
      [
        ...actor.partijIds,
        ...(filter.overeenkomstId ? [filter.overeenkomstId] : []),
        ...(filter.gemeenteId ? [filter.gemeenteId] : []),
      ],
      'all',
    );
    if (overeenkomsten.length === 0) return [];
    const ids = overeenkomsten.map((o) => o.id);
    const lijst = ids.map(() => '?').join(', ');
    const [jaarschijven, gemeenten] = await Promise.all([
      connection.execute<
        { id: string; overeenkomst_id: string; jaar: number; status: JaarschijfStatus }[]
      >(
        `select id, overeenkomst_id, jaar, status from jaarschijf where overeenkomst_id in (${lijst})`,
        ids,
        'all',
      ),
      connection.execute<{ overeenkomst_id: string; naam: string }[]>(
        `select g.overeenkomst_id, p.naam from overeenkomst_gemeente g join partij p on p.id = g.partij_id
          where g.overeenkomst_id in (${lijst}) order by p.naam`,
        ids,
        'all',
      ),
    ]);
    return overeenkomsten.map((o) => {
      const kalender = { ...STANDAARD_KALENDER, ...(o.kalender ?? {}) };
      const cycli = lopendeCycli(op).map(({ rol, jaar }) => {
        const jaarschijf = jaarschijven.find((j) => j.overeenkomst_id === o.id && j.jaar === jaar);
        return {
          rol,
          jaar,
          jaarschijfId: jaarschijf?.id ?? null,
          status: jaarschijf?.status ?? null,
          mijlpalen: jaarschijf ? mijlpalen(jaar, jaarschijf.status, kalender, op) : [],
        };
      });
      const alle = cycli.flatMap((c) => c.mijlpalen);
      return {
        overeenkomstId: o.id,
        titel: o.titel,
        gemeenten: gemeenten.filter((g) => g.overeenkomst_id === o.id).map((g) => g.naam),
        cycli,
        teLaat: alle.filter((m) => m.toestand === Toestand.TE_LAAT).length,
        lopend: alle.filter((m) => m.toestand === Toestand.LOPEND).length,
      };
    });
  }

  /**
   * Moves a jaarschijf one step on in its cycle. Freezing and signing (of the hoofddocument) move
   * it into and out of ter ondertekening; the other steps are taken here, by the right party and
   * not before the calendar allows.
   */
  async zetStatus(actor: Actor, input: ZetJaarschijfStatusInput): Promise<void> {
    const op = this.klok.nu();
    const { overeenkomstId, betrokken } = await this.permissions.betrokkenVia(
      actor,
      'jaarschijf',
      input.jaarschijfId,
      'Jaarschijf',
    );
    await this.em.transactional(async (em) => {
      const connection = em.getConnection();
      const ctx: unknown = em.getTransactionContext();
      const [j] = await connection.execute<{ jaar: number; status: JaarschijfStatus }[]>(
        'select jaar, status from jaarschijf where id = ? for update',
        [input.jaarschijfId],
        'all',
        ctx,
      );
      if (!j) throw notFound('Jaarschijf', input.jaarschijfId);
      const volgende = STATUS_VOLGORDE[STATUS_VOLGORDE.indexOf(j.status) + 1];
      if (input.status !== volgende) {
        throw new AppError(
          ErrorCode.STATUS_ONJUIST,
          volgende
            ? `Jaarschijf ${j.jaar} is ${STATUS_TEKST[j.status]}; de volgende stap is ${STATUS_TEKST[volgende]}`
            : `Jaarschijf ${j.jaar} is al geëvalueerd`,
          'input.status',
        );
      }
      if (
        input.status === JaarschijfStatus.TER_ONDERTEKENING ||
        input.status === JaarschijfStatus.ONDERTEKEND
      ) {
        throw new AppError(
          ErrorCode.STATUS_ONJUIST,
          `Jaarschijf ${j.jaar} wordt ${STATUS_TEKST[input.status]} door het hoofddocument te bevriezen en te ondertekenen`,
          'input.status',
        );
      }
      if (input.status === JaarschijfStatus.GEEVALUEERD) {
        throw new AppError(
          ErrorCode.STATUS_ONJUIST,
          `Jaarschijf ${j.jaar} wordt geëvalueerd doordat de driehoek de evaluatie samen afsluit (bevestigEvaluatie)`,
          'input.status',
        );
      }
      const regie = betrokken.some(
        (b) => b.regie && b.rol !== DeelnemerRol.WAARNEMER && actor.magBewerkenVoor(b.partijId),
      );
      const corporatie = this.permissions.schrijvendeCorporaties(actor, betrokken).length > 0;
      const magCorporatie =
        input.status === JaarschijfStatus.BOD_ONTVANGEN ||
        input.status === JaarschijfStatus.VERANTWOORDING;
      if (!regie && !(magCorporatie && corporatie)) {
        throw new AppError(
          ErrorCode.FORBIDDEN,
          `Deze stap in de jaarcyclus zet de partij met de regie${magCorporatie ? ' of een woningcorporatie' : ''}; daarvoor moet u opsteller of ondertekenaar zijn bij die partij`,
        );
      }
      const vanaf =
        input.status === JaarschijfStatus.IN_UITVOERING
          ? dag(j.jaar, '01-01')
          : input.status === JaarschijfStatus.VERANTWOORDING
            ? dag(j.jaar + 1, '01-01')
            : null;
      if (vanaf && op < vanaf) {
        throw new AppError(
          ErrorCode.TE_VROEG,
          `Jaarschijf ${j.jaar} kan pas ${STATUS_TEKST[input.status]} worden vanaf ${vanaf.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' })}`,
          'input.status',
        );
      }
      await connection.execute(
        'update jaarschijf set status = ?, updated_at = now() where id = ?',
        [input.status, input.jaarschijfId],
        'all',
        ctx,
      );
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          actie: AuditActie.JAARSCHIJF_STATUS,
          onderwerpSoort: 'Jaarschijf',
          onderwerpId: input.jaarschijfId,
          gegevens: { jaar: j.jaar, van: j.status, naar: input.status },
        },
        em,
      );
    });
  }
}

function stripLeeg<T extends object>(waarden: T): Partial<T> {
  return Object.fromEntries(Object.entries(waarden).filter(([, v]) => v != null)) as Partial<T>;
}
