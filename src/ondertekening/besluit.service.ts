import { LockMode, ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { crashpunt } from '../common/crashpunt';
import { Klok } from '../common/klok';
import { findOrFail } from '../database/find';
import { JaarschijfStatusService } from '../jaarschijven/jaarschijf-status.service';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { ondertekenaarsBehalve } from '../onderhandeling/ondertekenaars';
import { Onderdeel, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import { LidRol } from '../partijen/lidmaatschap.entity';
import { Partij } from '../partijen/partij.entity';
import { type Betrokkenheid, PermissionsService } from '../partijen/permissions.service';
import { ToegangEvents } from '../partijen/toegang-events';
import type { OndertekenInput, WeigerOndertekeningInput } from './ondertekening.inputs';
import { versieGebeurtenis } from './versie-gebeurtenis';
import { Besluit, OnderdeelVersie, Ondertekening, VersieStatus } from './versie.entities';

/** A partij's decision on the version lying ter ondertekening: it signs, or it refuses. */
@Injectable()
export class BesluitService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly auth: AuthService,
    private readonly toegang: ToegangEvents,
    private readonly jaarschijven: JaarschijfStatusService,
    private readonly klok: Klok,
  ) {}

  /** Signs with the password confirmed; the last required signature closes the version. */
  async onderteken(actor: Actor, input: OndertekenInput): Promise<void> {
    await this.besluit(
      actor,
      input,
      'Ondertekenen',
      { besluit: Besluit.ONDERTEKEND, functie: input.functie, reden: null },
      async (em, versie) => {
        const ontbrekend = await ontbrekendeOndertekenaars(em, versie);
        if (ontbrekend.length > 0) return;
        versie.rondAf(VersieStatus.ONDERTEKEND, this.klok.nu());
        await em.nativeUpdate(
          Onderdeel,
          { id: versie.onderdeel.id },
          { status: OnderdeelStatus.ONDERTEKEND },
        );
        await em.flush();
        crashpunt('onderteken:na-status', versie.id);
        await this.schrijf(em, actor, null, versie, AuditActie.VOLLEDIG_ONDERTEKEND, {});
        await this.jaarschijven.volgHoofddocument(em, actor, versie.onderdeel.id, 'ONDERTEKEND');
      },
      () => this.auth.bevestigWachtwoord(actor, input.wachtwoord),
    );
  }

  /** A partij declines to sign: the version is closed and the onderdeel becomes a draft again. */
  async weiger(actor: Actor, input: WeigerOndertekeningInput): Promise<void> {
    await this.besluit(
      actor,
      input,
      'Ondertekening weigeren',
      { besluit: Besluit.GEWEIGERD, functie: '', reden: input.reden },
      async (em, versie) => {
        versie.rondAf(VersieStatus.GEWEIGERD, this.klok.nu());
        await em.nativeUpdate(
          Onderdeel,
          { id: versie.onderdeel.id },
          { status: OnderdeelStatus.CONCEPT },
        );
        await em.flush();
        crashpunt('weiger:na-status', versie.id);
        await this.jaarschijven.volgHoofddocument(em, actor, versie.onderdeel.id, 'GEWEIGERD');
      },
    );
    await this.toegang.gewijzigd();
  }

  /**
   * A partij's decision on the version lying ter ondertekening, by its signatory: recorded under
   * the version's row lock (so decisions come one at a time), then `daarna` in the same
   * transaction. `vooraf` runs after the permission check, before anything is locked.
   */
  private async besluit(
    actor: Actor,
    input: { versieId: string; partijId?: string },
    wat: string,
    besluit: { besluit: Besluit; functie: string; reden: string | null },
    daarna: (em: EntityManager, versie: OnderdeelVersie) => Promise<void>,
    vooraf?: () => Promise<void>,
  ): Promise<void> {
    const versie = await findOrFail(this.em.fork(), OnderdeelVersie, input.versieId, 'Versie');
    const namens = await this.permissions.namensOndertekenaar(
      actor,
      versie.onderdeel.id,
      input.partijId,
      [LidRol.ONDERTEKENAAR],
      wat,
      'Versie',
      versie.id,
    );
    await vooraf?.();
    crashpunt('besluit:start', versie.id);
    await this.em.transactional(async (em) => {
      const vergrendeld = await this.vergrendelVersie(em, versie.id, namens);
      em.persist(
        new Ondertekening({
          versie: ref(vergrendeld),
          partij: ref(Partij, namens.partijId),
          gebruiker: ref(Gebruiker, actor.gebruikerId),
          naam: actor.naam,
          versieHash: vergrendeld.hash,
          ...besluit,
        }),
      );
      await em.flush();
      crashpunt('besluit:na-ondertekening', versie.id);
      await this.schrijf(
        em,
        actor,
        namens,
        vergrendeld,
        besluit.besluit === Besluit.ONDERTEKEND
          ? AuditActie.ONDERTEKEND
          : AuditActie.ONDERTEKENING_GEWEIGERD,
        besluit.besluit === Besluit.ONDERTEKEND
          ? { functie: besluit.functie }
          : { reden: besluit.reden },
      );
      crashpunt('besluit:na-audit', versie.id);
      await daarna(em, vergrendeld);
    });
    crashpunt('besluit:na-commit', versie.id);
    this.gebeurtenissen.publiceer(
      versieGebeurtenis(
        besluit.besluit === Besluit.ONDERTEKEND
          ? GebeurtenisSoort.ONDERTEKEND
          : GebeurtenisSoort.GEWEIGERD,
        actor,
        namens,
        {
          overeenkomstId: versie.overeenkomst.id,
          onderdeelId: versie.onderdeel.id,
          onderwerpId: versie.id,
        },
      ),
    );
  }

  /** Locks the version for the transaction; it must be the one lying ter ondertekening. */
  private async vergrendelVersie(
    em: EntityManager,
    versieId: string,
    namens: Betrokkenheid,
  ): Promise<OnderdeelVersie> {
    const versie = await em.findOneOrFail(
      OnderdeelVersie,
      { id: versieId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    versie.eisTerOndertekening();
    if (await em.count(Ondertekening, { versie: versieId, partij: namens.partijId })) {
      throw new AppError(
        ErrorCode.AL_ONDERTEKEND,
        `${namens.partijNaam} heeft over versie ${versie.nummer} al besloten`,
      );
    }
    return versie;
  }

  private schrijf(
    em: EntityManager,
    actor: Actor,
    namens: Betrokkenheid | null,
    versie: OnderdeelVersie,
    actie: AuditActie,
    gegevens: Record<string, unknown>,
  ) {
    return this.audit.schrijf(
      {
        overeenkomstId: versie.overeenkomst.id,
        actor,
        partij: namens ? { id: namens.partijId, naam: namens.partijNaam } : null,
        actie,
        onderwerpSoort: 'OnderdeelVersie',
        onderwerpId: versie.id,
        gegevens: {
          onderdeelId: versie.onderdeel.id,
          versie: versie.nummer,
          hash: versie.hash,
          ...gegevens,
        },
      },
      em,
    );
  }
}

/** Required signatories that have not signed this version, by name. */
export async function ontbrekendeOndertekenaars(
  em: EntityManager,
  versie: Pick<OnderdeelVersie, 'id' | 'onderdeel'>,
): Promise<Partij[]> {
  const getekend = await em.find(
    Ondertekening,
    { versie: versie.id, besluit: Besluit.ONDERTEKEND },
    { fields: ['partij'] },
  );
  return ondertekenaarsBehalve(
    em,
    versie.onderdeel.id,
    getekend.map((o) => o.partij.id),
  );
}
