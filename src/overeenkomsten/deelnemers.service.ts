import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { ErrorCode, invalid } from '../common/app-error';
import { findOrFail } from '../database/find';
import { Partij, PartijSoort, PARTIJ_SOORT_LABEL } from '../partijen/partij.entity';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { ToegangEvents } from '../partijen/toegang-events';
import { Afspraak, AfspraakBetrokkene } from './afspraak.entity';
import { Onderdeel } from './onderdeel.entity';
import { Deelnemer, DeelnemerRol, Overeenkomst } from './overeenkomst.entity';
import type { AddDeelnemerInput, UpdateDeelnemerInput } from './overeenkomst.inputs';

/** Who takes part in an overeenkomst, in which role: adding, changing and removing deelnemers. */
@Injectable()
export class DeelnemersService {
  constructor(
    private readonly em: EntityManager,
    private readonly toegang: ToegangEvents,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  async addDeelnemer(actor: Actor, input: AddDeelnemerInput): Promise<Deelnemer> {
    const deelnemer = await this.em.transactional(async (em) => {
      const overeenkomst = await findOrFail(
        this.em,
        Overeenkomst,
        input.overeenkomstId,
        'Overeenkomst',
      );
      const partij = await findOrFail(em, Partij, input.partijId, 'Partij');
      if ((await em.count(Deelnemer, { overeenkomst, partij })) > 0) {
        throw invalid(
          'input.partijId',
          `${partij.naam} neemt al deel aan deze overeenkomst`,
          ErrorCode.AL_AANWEZIG,
        );
      }
      checkRegie(partij, input.regie, 'input.regie');
      const deelnemer = new Deelnemer(ref(overeenkomst), ref(partij), input.rol);
      deelnemer.regie = input.regie;
      await em.persistAndFlush(deelnemer);
      await this.deelname(em, actor, AuditActie.DEELNEMER_TOEGEVOEGD, deelnemer, partij);
      return deelnemer;
    });
    this.meld(GebeurtenisSoort.DEELNEMER_NIEUW, actor, deelnemer);
    return deelnemer;
  }

  async updateDeelnemer(actor: Actor, input: UpdateDeelnemerInput): Promise<Deelnemer> {
    const deelnemer = await this.em.transactional(async (em) => {
      const deelnemer = await findOrFail(em, Deelnemer, input.id, 'Deelnemer', {
        populate: ['partij'],
      });
      const partij = deelnemer.partij.getEntity();
      if (input.rol != null && input.rol !== deelnemer.rol) {
        if (await this.isGemeenteVan(deelnemer)) {
          throw invalid(
            'input.rol',
            `${partij.naam} is gemeente van deze overeenkomst en blijft ondertekenaar`,
          );
        }
        if (input.rol === DeelnemerRol.WAARNEMER)
          await this.checkNotSigning(deelnemer, 'input.rol');
        deelnemer.rol = input.rol;
      }
      if (input.regie != null) {
        checkRegie(partij, input.regie, 'input.regie');
        deelnemer.regie = input.regie;
      }
      await em.flush();
      await this.deelname(em, actor, AuditActie.DEELNEMER_GEWIJZIGD, deelnemer, partij);
      return deelnemer;
    });
    await this.toegang.gewijzigd();
    this.meld(GebeurtenisSoort.DEELNEMER_GEWIJZIGD, actor, deelnemer);
    return deelnemer;
  }

  async removeDeelnemer(actor: Actor, id: string): Promise<Deelnemer> {
    const deelnemer = await this.em.transactional(async (em) => {
      const deelnemer = await findOrFail(em, Deelnemer, id, 'Deelnemer', {
        populate: ['partij'],
      });
      if (await this.isGemeenteVan(deelnemer)) {
        throw invalid(
          'input.id',
          'Een gemeente van de overeenkomst kan niet worden weggehaald; pas eerst de gemeenten aan',
          ErrorCode.IN_GEBRUIK,
        );
      }
      await this.checkNotSigning(deelnemer, 'input.id');
      const partij = deelnemer.partij.id;
      const overeenkomst = deelnemer.overeenkomst.id;
      const inUse =
        (await em.count(Afspraak, { overeenkomst, trekker: partij })) +
        (await em.count(AfspraakBetrokkene, { partij, afspraak: { overeenkomst } }));
      if (inUse > 0) {
        throw invalid(
          'input.id',
          `${deelnemer.partij.getEntity().naam} is trekker of betrokkene bij ${inUse} afspraak/afspraken; pas die eerst aan`,
          ErrorCode.IN_GEBRUIK,
        );
      }
      await this.deelname(
        em,
        actor,
        AuditActie.DEELNEMER_VERWIJDERD,
        deelnemer,
        deelnemer.partij.getEntity(),
      );
      await em.removeAndFlush(deelnemer);
      return deelnemer;
    });
    await this.toegang.gewijzigd();
    this.meld(GebeurtenisSoort.DEELNEMER_VERWIJDERD, actor, deelnemer);
    return deelnemer;
  }

  /** After the change is committed: open screens reload who takes part. */
  private meld(soort: GebeurtenisSoort, actor: Actor, deelnemer: Deelnemer): void {
    this.gebeurtenissen.meldDeel(soort, actor, {
      overeenkomstId: deelnemer.overeenkomst.id,
      onderwerpId: deelnemer.id,
    });
  }

  /** Changes in who takes part go into the audit trail, in the change's transaction. */
  private async deelname(
    em: EntityManager,
    actor: Actor,
    actie: AuditActie,
    deelnemer: Deelnemer,
    partij: Partij,
  ): Promise<void> {
    await this.audit.schrijf(
      {
        overeenkomstId: deelnemer.overeenkomst.id,
        actor,
        actie,
        onderwerpSoort: 'Deelnemer',
        onderwerpId: deelnemer.id,
        gegevens: {
          partijId: partij.id,
          partij: partij.naam,
          rol: deelnemer.rol,
          regie: deelnemer.regie,
        },
      },
      em,
    );
  }

  private async isGemeenteVan(deelnemer: Deelnemer): Promise<boolean> {
    const count = await this.em.count(Overeenkomst, {
      id: deelnemer.overeenkomst.id,
      gemeenten: { id: deelnemer.partij.id },
    });
    return count > 0;
  }

  private async checkNotSigning(deelnemer: Deelnemer, veld: string): Promise<void> {
    const onderdelen = await this.em.find(Onderdeel, {
      overeenkomst: deelnemer.overeenkomst.id,
      ondertekenaars: { id: deelnemer.partij.id },
    });
    if (onderdelen.length > 0) {
      throw invalid(
        veld,
        `${deelnemer.partij.getEntity().naam} ondertekent ${onderdelen.map((o) => `"${o.titel}"`).join(', ')}; haal de partij daar eerst weg`,
        ErrorCode.IN_GEBRUIK,
      );
    }
  }
}

/** Regie is for a gemeente (a corporatie can be co-regisseur). */
export function checkRegie(partij: Partij, regie: boolean, veld: string): void {
  if (
    regie &&
    partij.soort !== PartijSoort.GEMEENTE &&
    partij.soort !== PartijSoort.WONINGCORPORATIE
  ) {
    throw invalid(
      veld,
      `Alleen een gemeente voert de regie (een corporatie kan co-regisseur zijn); ${partij.naam} is een ${PARTIJ_SOORT_LABEL[partij.soort]}`,
      ErrorCode.VERKEERDE_PARTIJSOORT,
    );
  }
}
