import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { findOrFail } from '../database/find';
import { partijModel } from '../partijen/partij.model';
import { ontbrekendeOndertekenaars } from './besluit.service';
import type { VersieModel } from './ondertekening.models';
import { OnderdeelVersie, Ondertekening, VersieStatus } from './versie.entities';

/** The versions of an onderdeel as the API shows them, with their signatures. */
@Injectable()
export class VersiesService {
  constructor(private readonly em: EntityManager) {}

  async versies(onderdeelId: string): Promise<VersieModel[]> {
    const versies = await this.em
      .fork()
      .find(
        OnderdeelVersie,
        { onderdeel: onderdeelId },
        { orderBy: { nummer: 'desc' }, fields: ['id'] },
      );
    return Promise.all(versies.map((v) => this.versie(v.id)));
  }

  async versie(id: string): Promise<VersieModel> {
    const em = this.em.fork();
    const versie = await findOrFail(em, OnderdeelVersie, id, 'Versie', {
      populate: ['inhoud', 'bevrorenDoor'],
    });
    const ondertekeningen = await em.find(
      Ondertekening,
      { versie: id },
      { populate: ['partij'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const ontbrekend =
      versie.status === VersieStatus.TER_ONDERTEKENING
        ? await ontbrekendeOndertekenaars(em, versie)
        : [];
    return {
      id: versie.id,
      onderdeelId: versie.onderdeel.id,
      nummer: versie.nummer,
      status: versie.status,
      hash: versie.hash,
      basisVersieId: versie.basis?.id ?? null,
      addendum: !!versie.basis,
      bevrorenDoor: versie.bevrorenDoor.getEntity().naam,
      bevrorenOp: versie.createdAt,
      overrideReden: versie.overrideReden,
      afgerondOp: versie.afgerondOp,
      ondertekeningen: ondertekeningen.map((o) => ({
        partij: partijModel(o.partij.getEntity()),
        naam: o.naam,
        functie: o.functie,
        besluit: o.besluit,
        reden: o.reden,
        tijd: o.createdAt,
        versieHash: o.versieHash,
      })),
      ontbrekend: ontbrekend.map(partijModel),
      inhoud: versie.inhoud,
    };
  }
}
