import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { CollabServer } from '../collaboration/collab.server';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Onderdeel, OnderdeelFase } from '../overeenkomsten/onderdeel.entity';
import { vergrendelConcept } from '../overeenkomsten/onderdeel-inhoud.reader';
import { bewerkt } from '../partijen/betrokkenheid';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { PermissionsService } from '../partijen/permissions.service';

/** Why an onderdeel went into the negotiation, as the audit trail records it. */
export enum FaseAanleiding {
  REGIE = 'REGIE',
  EERSTE_STANDPUNT = 'EERSTE_STANDPUNT',
}

export interface FaseOvergang {
  overeenkomstId: string;
  onderdeelId: string;
  aanleiding: FaseAanleiding;
  /** The partij that acted: the regie's, or the one whose standpunt opened the negotiation. */
  partij?: { id: string; naam: string };
}

/**
 * The phase of an onderdeel: drafting (writers edit the text directly) until the regie opens the
 * negotiation or the first standpunt is taken; from then on every text change is a suggestion.
 * There is no way back within a draft: standpunten are taken on the accepted text, and direct
 * edits would void them unnoticed. Only an addendum, a new draft of a signed onderdeel, starts
 * in OPSTELLEN again (openAddendum).
 */
@Injectable()
export class FaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly collab: CollabServer,
    private readonly permissions: PermissionsService,
  ) {}

  /** The regie opens the negotiation (the resolver checked the regie); already open is fine. */
  async open(actor: Actor, overeenkomstId: string, onderdeelId: string): Promise<void> {
    // The partij whose regie it is, for the audit trail and the live message.
    const regie = (await this.permissions.betrokkenheid(actor, overeenkomstId)).find(
      (b) => b.regie && b.rol !== DeelnemerRol.WAARNEMER && bewerkt(b),
    );
    const overgang: FaseOvergang = {
      overeenkomstId,
      onderdeelId,
      aanleiding: FaseAanleiding.REGIE,
      partij: regie && { id: regie.partijId, naam: regie.partijNaam },
    };
    const gewijzigd = await this.em.transactional(async (em) => {
      await vergrendelConcept(em, onderdeelId);
      return this.naarOnderhandelen(em, actor, overgang);
    });
    if (gewijzigd) this.gewijzigd(actor, overgang);
  }

  /**
   * Moves a draft onderdeel into the negotiation inside the caller's transaction, which must hold
   * the onderdeel's lock (vergrendelConcept), with its audit entry; true when it moved. Call
   * {@link gewijzigd} after the commit.
   */
  async naarOnderhandelen(
    em: EntityManager,
    actor: Actor,
    overgang: FaseOvergang,
  ): Promise<boolean> {
    const aantal = await em.nativeUpdate(
      Onderdeel,
      { id: overgang.onderdeelId, fase: OnderdeelFase.OPSTELLEN },
      { fase: OnderdeelFase.ONDERHANDELEN },
    );
    if (aantal === 0) return false;
    await this.audit.schrijf(
      {
        overeenkomstId: overgang.overeenkomstId,
        actor,
        partij: overgang.partij,
        actie: AuditActie.FASE_GEWIJZIGD,
        onderwerpSoort: 'Onderdeel',
        onderwerpId: overgang.onderdeelId,
        gegevens: { fase: OnderdeelFase.ONDERHANDELEN, aanleiding: overgang.aanleiding },
      },
      em,
    );
    return true;
  }

  /** After the commit: open windows reload, and the co-editor switches to suggestions. */
  gewijzigd(actor: Actor, overgang: FaseOvergang): void {
    this.collab.faseGewijzigd(overgang.onderdeelId, OnderdeelFase.ONDERHANDELEN);
    this.gebeurtenissen.publiceer({
      soort: GebeurtenisSoort.FASE,
      overeenkomstId: overgang.overeenkomstId,
      onderdeelId: overgang.onderdeelId,
      afspraakId: null,
      onderwerpId: overgang.onderdeelId,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: overgang.partij?.naam ?? null,
    });
  }
}
