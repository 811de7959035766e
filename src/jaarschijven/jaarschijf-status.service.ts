import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { jaarVan } from '../jaarcyclus/nederlandse-tijd';
import { Onderdeel, OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import {
  externOndertekendeStappen,
  HOOFDDOCUMENT_OVERGANG,
  type Ondertekeningsstap,
} from './jaarschijf-cyclus';
import { Jaarschijf, JaarschijfStatus } from './jaarschijf.entity';

export type { Ondertekeningsstap } from './jaarschijf-cyclus';

/**
 * The one writer of a jaarschijf's status: every step (by hand, by the hoofddocument, by closing
 * the evaluation) goes through `zet`, with its audit entry in the same transaction. The rules of
 * which step may be taken live in `jaarschijf-cyclus.ts`.
 */
@Injectable()
export class JaarschijfStatusService {
  constructor(
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /** The jaarschijf, locked for the rest of the transaction so two steps cannot cross. */
  async vergrendel(em: EntityManager, jaarschijfId: string): Promise<Jaarschijf> {
    const jaarschijf = await em.findOne(
      Jaarschijf,
      { id: jaarschijfId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!jaarschijf) throw notFound('Jaarschijf', jaarschijfId);
    return jaarschijf;
  }

  /** Sets the status and writes the audit entry; `door` names what caused a step not by hand. */
  async zet(
    em: EntityManager,
    actor: Actor,
    jaarschijf: Jaarschijf,
    naar: JaarschijfStatus,
    door?: string,
  ): Promise<void> {
    const van = jaarschijf.status;
    jaarschijf.status = naar;
    await em.flush();
    await this.audit.schrijf(
      {
        overeenkomstId: jaarschijf.overeenkomst.id,
        actor,
        actie: AuditActie.JAARSCHIJF_STATUS,
        onderwerpSoort: 'Jaarschijf',
        onderwerpId: jaarschijf.id,
        gegevens: { jaar: jaarschijf.jaar, van, naar, ...(door ? { door } : {}) },
      },
      em,
    );
  }

  /**
   * Keeps the jaarschijven in step with the signing of the hoofddocument (step 4). Jaarschijven
   * under negotiation are those not yet signed, up to next year's.
   */
  async volgHoofddocument(
    em: EntityManager,
    actor: Actor,
    onderdeelId: string,
    stap: Ondertekeningsstap,
  ): Promise<void> {
    const onderdeel = await em.findOne(
      Onderdeel,
      { id: onderdeelId },
      { fields: ['soort', 'overeenkomst'] },
    );
    if (onderdeel?.soort !== OnderdeelSoort.HOOFDDOCUMENT) return;
    const { van, naar } = HOOFDDOCUMENT_OVERGANG[stap];
    const jaarschijven = await em.find(
      Jaarschijf,
      {
        overeenkomst: onderdeel.overeenkomst.id,
        jaar: { $lte: jaarVan(this.klok.nu()) + 1 },
        status: { $in: van },
      },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { jaar: 'asc' } },
    );
    for (const jaarschijf of jaarschijven)
      await this.zet(em, actor, jaarschijf, naar, `hoofddocument ${stap.toLowerCase()}`);
  }

  /**
   * Carries the jaarschijven of `jaren` to where an onderdeel signed outside Driehoek put them
   * (ondertekend, and in uitvoering once the year has begun), each step with its audit entry.
   * Locks them all first and checks each before any is changed, so a refused year changes none.
   */
  async volgExterneOndertekening(
    em: EntityManager,
    actor: Actor,
    overeenkomstId: string,
    jaren: readonly number[],
  ): Promise<void> {
    const jaarschijven = await em.find(
      Jaarschijf,
      { overeenkomst: overeenkomstId, jaar: { $in: [...jaren] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { jaar: 'asc' } },
    );
    const op = this.klok.nu();
    const stappen = jaarschijven.map((j) => ({ j, naar: externOndertekendeStappen(j, op) }));
    for (const { j, naar } of stappen)
      for (const status of naar)
        await this.zet(em, actor, j, status, 'buiten Driehoek ondertekend');
  }
}
