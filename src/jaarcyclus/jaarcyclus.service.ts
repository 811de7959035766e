import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { Klok } from '../common/klok';
import { toestemming } from '../common/toestemming';
import {
  handmatigeStap,
  STATUS_VOLGORDE,
  stapNietTeVroeg,
} from '../jaarschijven/jaarschijf-cyclus';
import { Jaarschijf, type JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import type { Betrokkenheid } from '../partijen/betrokkenheid';
import { externTekst } from '../ondertekening/extern';
import { JaarschijfStatusService } from '../jaarschijven/jaarschijf-status.service';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { PermissionsService } from '../partijen/permissions.service';
import { type CyclusFilter, type CyclusOvereenkomst, JaarcyclusReader } from './jaarcyclus.reader';
import {
  CyclusRol,
  type Kalender,
  lopendeCycli,
  mijlpalen,
  STANDAARD_KALENDER,
  Toestand,
} from './kalender';
import type {
  CyclusOverzichtModel,
  CyclusPaginaModel,
  JaarschijfStapModel,
  KalenderInput,
  ZetJaarschijfStatusInput,
} from './jaarcyclus.models';

@Injectable()
export class JaarcyclusService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
    private readonly reader: JaarcyclusReader,
    private readonly jaarschijven: JaarschijfStatusService,
  ) {}

  async kalender(overeenkomstId: string): Promise<Kalender> {
    const overeenkomst = await this.em.findOne(
      Overeenkomst,
      { id: overeenkomstId },
      { fields: ['kalender'] },
    );
    return { ...STANDAARD_KALENDER, ...((overeenkomst?.kalender as Partial<Kalender>) ?? {}) };
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
      await em.nativeUpdate(
        Overeenkomst,
        { id: overeenkomstId },
        { kalender: Object.keys(afwijkend).length ? afwijkend : null },
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
  async overzicht(actor: Actor, op: Date, filter: CyclusFilter): Promise<CyclusOverzichtModel[]> {
    if (actor.partijIds.length === 0) return [];
    return this.cycli((await this.reader.overeenkomsten(actor.partijIds, filter)).items, op);
  }

  /**
   * One page of the overview, with the agreements of all pages counted by the status of the
   * jaarschijf in uitvoering (by the database).
   */
  async pagina(
    actor: Actor,
    op: Date,
    filter: CyclusFilter,
    pagina: { skip: number; take: number },
  ): Promise<CyclusPaginaModel> {
    const jaar = lopendeCycli(op).find((c) => c.rol === CyclusRol.UITVOERING)!.jaar;
    if (actor.partijIds.length === 0) return { items: [], total: 0, jaar, perStatus: [] };
    const [{ items, total }, perStatus] = await Promise.all([
      this.reader.overeenkomsten(actor.partijIds, filter, pagina),
      this.reader.perStatus(actor.partijIds, filter, jaar),
    ]);
    return { items: this.cycli(items, op), total, jaar, perStatus };
  }

  private cycli(overeenkomsten: CyclusOvereenkomst[], op: Date): CyclusOverzichtModel[] {
    return overeenkomsten.map((o) => {
      const kalender = { ...STANDAARD_KALENDER, ...(o.kalender ?? {}) };
      const cycli = lopendeCycli(op).map(({ rol, jaar }) => {
        const jaarschijf = o.jaarschijven.find((j) => j.jaar === jaar);
        const extern = o.extern.find((e) => e.jaar === jaar)?.datum ?? null;
        return {
          rol,
          jaar,
          jaarschijfId: jaarschijf?.id ?? null,
          status: jaarschijf?.status ?? null,
          mijlpalen: jaarschijf
            ? mijlpalen(
                jaar,
                jaarschijf.status,
                kalender,
                op,
                extern ? { datumTekst: externTekst(extern) } : null,
              )
            : [],
          externOndertekendOp: extern,
        };
      });
      const alle = cycli.flatMap((c) => c.mijlpalen);
      return {
        overeenkomstId: o.id,
        titel: o.titel,
        gemeenten: o.gemeenten,
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
    const { betrokken } = await this.permissions.betrokkenVia(
      actor,
      'jaarschijf',
      input.jaarschijfId,
      'Jaarschijf',
    );
    await this.em.transactional(async (em) => {
      const jaarschijf = await this.jaarschijven.vergrendel(em, input.jaarschijfId);
      this.controleerStap(actor, betrokken, jaarschijf, input.status, op);
      await this.jaarschijven.zet(em, actor, jaarschijf, input.status);
    });
  }

  /**
   * Per jaarschijf of the overeenkomst: the next step taken by hand, and whether the person may
   * take it now (the checks of `zetStatus`), or else why not and from when.
   */
  async stappen(actor: Actor, overeenkomstId: string): Promise<JaarschijfStapModel[]> {
    const op = this.klok.nu();
    const betrokken = await this.permissions.zichtbaar(
      actor,
      overeenkomstId,
      'Overeenkomst',
      overeenkomstId,
    );
    const jaarschijven = await this.em.find(
      Jaarschijf,
      { overeenkomst: overeenkomstId },
      { fields: ['jaar', 'status'], orderBy: { jaar: 'asc' } },
    );
    return Promise.all(
      jaarschijven.map(async (j) => {
        const naar = STATUS_VOLGORDE[STATUS_VOLGORDE.indexOf(j.status) + 1] ?? null;
        return {
          jaarschijfId: j.id,
          jaar: j.jaar,
          naar,
          mag: naar
            ? await toestemming(() => this.controleerStap(actor, betrokken, j, naar, op))
            : {
                mag: false,
                reden: `Jaarschijf ${j.jaar} is al geëvalueerd`,
                vanaf: null,
                code: null,
              },
        };
      }),
    );
  }

  /** The step is the next one, taken by the right party, and not before the calendar allows. */
  private controleerStap(
    actor: Actor,
    betrokken: Betrokkenheid[],
    jaarschijf: { jaar: number; status: JaarschijfStatus },
    naar: JaarschijfStatus,
    op: Date,
  ): void {
    const { ookCorporatie } = handmatigeStap(jaarschijf, naar);
    const regie = this.permissions.voertRegie(betrokken);
    const corporatie = this.permissions.schrijvendeCorporaties(actor, betrokken).length > 0;
    if (!regie && !(ookCorporatie && corporatie)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `Deze stap in de jaarcyclus zet de partij met de regie${ookCorporatie ? ' of een woningcorporatie' : ''}; daarvoor moet u opsteller of ondertekenaar zijn bij die partij`,
      );
    }
    stapNietTeVroeg(jaarschijf, naar, op);
  }
}

function stripLeeg<T extends object>(waarden: T): Partial<T> {
  return Object.fromEntries(Object.entries(waarden).filter(([, v]) => v != null)) as Partial<T>;
}
