import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { findOrFail } from '../database/find';
import { Deelnemer } from '../overeenkomsten/overeenkomst.entity';
import { leesLogo, LOGO_MIME, type LogoSoort } from './logo-bestand';
import { Partij } from './partij.entity';
import { PartijLogo } from './partij-logo.entity';

/** What a logo is, without its bytes. */
export interface LogoGegevens {
  mimeType: string;
  breedte: number;
  hoogte: number;
  grootte: number;
  sha256: string;
}

/** A logo with its bytes, as the document and the public route use it. */
export interface LogoBestand extends LogoGegevens {
  bestand: Buffer;
  soort: LogoSoort;
}

const gegevens = (l: PartijLogo): LogoGegevens => ({
  mimeType: LOGO_MIME[l.soort],
  breedte: l.breedte,
  hoogte: l.hoogte,
  grootte: l.grootte,
  sha256: l.sha256,
});

/**
 * A partij's logo, kept by its beheerder. It shows on the cover of every agreement the partij
 * takes part in, so each of those agreements' audit trails records the change.
 */
@Injectable()
export class PartijLogoService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async zet(actor: Actor, partijId: string, inhoud: string): Promise<LogoGegevens> {
    const logo = leesLogo(inhoud, 'input.logo');
    return this.em.fork().transactional(async (tx) => {
      const partij = await findOrFail(tx, Partij, partijId, 'Partij');
      let rij = await tx.findOne(PartijLogo, { partij: partijId });
      const vorige = rij?.sha256 ?? null;
      if (rij) {
        tx.assign(rij, {
          bestand: logo.bestand,
          soort: logo.soort,
          breedte: logo.breedte,
          hoogte: logo.hoogte,
          grootte: logo.grootte,
          sha256: logo.sha256,
        });
      } else {
        rij = new PartijLogo({ partij: ref(Partij, partijId), ...logo });
        tx.persist(rij);
      }
      await tx.flush();
      await this.schrijfAudit(tx, actor, partij, {
        logo: {
          mimeType: LOGO_MIME[logo.soort],
          breedte: logo.breedte,
          hoogte: logo.hoogte,
          grootte: logo.grootte,
          sha256: logo.sha256,
        },
        vorige,
      });
      return gegevens(rij);
    });
  }

  /** Removes the logo; true when there was one. */
  async verwijder(actor: Actor, partijId: string): Promise<boolean> {
    return this.em.fork().transactional(async (tx) => {
      const partij = await findOrFail(tx, Partij, partijId, 'Partij');
      const rij = await tx.findOne(PartijLogo, { partij: partijId });
      if (!rij) return false;
      tx.remove(rij);
      await tx.flush();
      await this.schrijfAudit(tx, actor, partij, { logo: null, vorige: rij.sha256 });
      return true;
    });
  }

  async gegevens(partijId: string): Promise<LogoGegevens | null> {
    const rij = await this.em.fork().findOne(PartijLogo, { partij: partijId });
    return rij ? gegevens(rij) : null;
  }

  /** The logos of these partijen, with their bytes, by partij id. */
  async bestanden(partijIds: readonly string[]): Promise<Map<string, LogoBestand>> {
    if (partijIds.length === 0) return new Map();
    const rijen = await this.em
      .fork()
      .find(PartijLogo, { partij: { $in: [...partijIds] } }, { populate: ['bestand'] });
    return new Map(
      rijen.map((r) => [r.partij.id, { ...gegevens(r), bestand: r.bestand, soort: r.soort }]),
    );
  }

  private async schrijfAudit(
    tx: EntityManager,
    actor: Actor,
    partij: Partij,
    wijziging: Record<string, unknown>,
  ): Promise<void> {
    // One lock per overeenkomst's trail, always taken in the same order.
    const deelnames = (await tx.find(Deelnemer, { partij })).sort((a, b) =>
      a.overeenkomst.id.localeCompare(b.overeenkomst.id),
    );
    for (const d of deelnames) {
      await this.audit.schrijf(
        {
          overeenkomstId: d.overeenkomst.id,
          actor,
          partij: { id: partij.id, naam: partij.naam },
          actie: AuditActie.PARTIJ_LOGO_GEWIJZIGD,
          onderwerpSoort: 'Partij',
          onderwerpId: partij.id,
          gegevens: wijziging,
        },
        tx,
      );
    }
  }
}
