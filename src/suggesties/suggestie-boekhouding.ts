import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { Klok } from '../common/klok';
import { type SuggestieInhoud, leesSuggestieId } from '../gedeeld/suggesties';
import { type Gebeurtenis, GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Partij } from '../partijen/partij.entity';
import { Suggestie, SuggestieStatus } from './suggestie.entity';

const VERVANGEN = 'De tekst van de afspraak is in zijn geheel vervangen';

/** A live event to publish once the materialisation committed. */
export type SuggestieGebeurtenis = Omit<Gebeurtenis, 'tijd'>;

/**
 * Keeps the `suggestie` table in step with the co-editor's documents, inside the
 * materialiser's transaction: a new id in an afspraak's marks opens a row (the time is the
 * server's), changed text updates it, and an open one whose marks are gone was withdrawn by its
 * author (the co-editor lets nobody else remove them; what the server settles it closes first).
 */
@Injectable()
export class SuggestieBoekhouding {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly klok: Klok,
  ) {}

  /**
   * `perAfspraak`: for each afspraak whose text was just written, the suggestions its document
   * holds now. Answers the live events to publish after the commit.
   */
  async bij(
    em: EntityManager,
    onderdeelId: string,
    overeenkomstId: string,
    perAfspraak: ReadonlyMap<string, ReadonlyMap<string, SuggestieInhoud>>,
  ): Promise<SuggestieGebeurtenis[]> {
    if (perAfspraak.size === 0) return [];
    const inDocument = [...perAfspraak.values()].flatMap((m) => [...m.keys()]);
    const bekend = new Map(
      (
        await em.find(Suggestie, {
          $or: [
            { afspraak: { $in: [...perAfspraak.keys()] }, status: SuggestieStatus.OPEN },
            ...(inDocument.length ? [{ id: { $in: inDocument } }] : []),
          ],
        })
      ).map((s) => [s.id, s]),
    );
    const gebeurtenissen: SuggestieGebeurtenis[] = [];
    const nieuw: { afspraakId: string; inhoud: SuggestieInhoud }[] = [];
    for (const [afspraakId, suggesties] of perAfspraak) {
      for (const inhoud of suggesties.values()) {
        const rij = bekend.get(inhoud.id);
        if (!rij) nieuw.push({ afspraakId, inhoud });
        else if (
          rij.status === SuggestieStatus.OPEN &&
          (rij.ingevoegd !== inhoud.ingevoegd || rij.geschrapt !== inhoud.geschrapt)
        ) {
          rij.ingevoegd = inhoud.ingevoegd;
          rij.geschrapt = inhoud.geschrapt;
        }
      }
    }
    const namen = await this.namen(
      em,
      nieuw.map((n) => n.inhoud.id),
    );
    for (const { afspraakId, inhoud } of nieuw) {
      const maker = leesSuggestieId(inhoud.id);
      const partij = maker && namen.partijen.get(maker.partijId);
      const gebruiker = maker && namen.gebruikers.get(maker.gebruikerId);
      // Only the drafting phase lets marks in unchecked; a mark naming nobody is no proposal.
      if (!maker || !partij || !gebruiker) continue;
      const rij = new Suggestie({
        id: inhoud.id,
        onderdeel: ref(Onderdeel, onderdeelId),
        afspraak: ref(Afspraak, afspraakId),
        partij: ref(Partij, maker.partijId),
        gebruiker: ref(Gebruiker, maker.gebruikerId),
        ingevoegd: inhoud.ingevoegd,
        geschrapt: inhoud.geschrapt,
      });
      rij.gemaakt = this.klok.nu();
      em.persist(rij);
      await this.schrijfAudit(em, overeenkomstId, rij, AuditActie.SUGGESTIE_GEDAAN, {
        door: { id: maker.gebruikerId, naam: gebruiker },
        partij: { id: maker.partijId, naam: partij },
      });
      gebeurtenissen.push(
        this.gebeurtenis(
          overeenkomstId,
          onderdeelId,
          afspraakId,
          rij.id,
          gebruiker,
          partij,
          maker.gebruikerId,
        ),
      );
    }
    const ingetrokken = [...bekend.values()].filter(
      (s) => s.status === SuggestieStatus.OPEN && !perAfspraak.get(s.afspraak.id)?.has(s.id),
    );
    if (ingetrokken.length) {
      const ook = await this.namen(
        em,
        ingetrokken.map((s) => s.id),
      );
      for (const rij of ingetrokken) {
        rij.status = SuggestieStatus.INGETROKKEN;
        rij.geslotenOp = this.klok.nu();
        const partij = ook.partijen.get(rij.partij.id) ?? '';
        const gebruiker = ook.gebruikers.get(rij.gebruiker.id) ?? '';
        await this.schrijfAudit(em, overeenkomstId, rij, AuditActie.SUGGESTIE_INGETROKKEN, {
          door: { id: rij.gebruiker.id, naam: gebruiker },
          partij: { id: rij.partij.id, naam: partij },
        });
        gebeurtenissen.push(
          this.gebeurtenis(
            overeenkomstId,
            onderdeelId,
            rij.afspraak.id,
            rij.id,
            gebruiker,
            partij,
            rij.gebruiker.id,
          ),
        );
      }
    }
    await em.flush();
    return gebeurtenissen;
  }

  /**
   * A fragment's content is about to be replaced whole (a text set through GraphQL, an accepted
   * wijzigingsvoorstel, a restored version): its open suggestions go with it. They lapse
   * (VERVALLEN) rather than count as withdrawn by their authors when their marks vanish.
   */
  async vervangen(afspraakId: string): Promise<void> {
    if (!isUUID(afspraakId)) return;
    const em = this.em.fork();
    const open = await em.find(
      Suggestie,
      { afspraak: afspraakId, status: SuggestieStatus.OPEN },
      { populate: ['onderdeel', 'partij', 'gebruiker'] },
    );
    if (open.length === 0) return;
    const nu = this.klok.nu();
    await em.nativeUpdate(
      Suggestie,
      { id: { $in: open.map((s) => s.id) }, status: SuggestieStatus.OPEN },
      { status: SuggestieStatus.VERVALLEN, geslotenOp: nu, reden: VERVANGEN },
    );
    this.publiceer(
      open.map((s) =>
        this.gebeurtenis(
          s.onderdeel.getEntity().overeenkomst.id,
          s.onderdeel.id,
          afspraakId,
          s.id,
          s.gebruiker.getEntity().naam,
          s.partij.getEntity().naam,
        ),
      ),
    );
  }

  publiceer(gebeurtenissen: SuggestieGebeurtenis[]): void {
    gebeurtenissen.forEach((g) => this.gebeurtenissen.publiceer(g));
  }

  /** The names of the partijen and users the ids name (those that exist). */
  private async namen(
    em: EntityManager,
    ids: string[],
  ): Promise<{ partijen: Map<string, string>; gebruikers: Map<string, string> }> {
    const makers = ids.map(leesSuggestieId).filter((m) => m !== null);
    const partijIds = [...new Set(makers.map((m) => m.partijId))].filter((id) => isUUID(id));
    const gebruikerIds = [...new Set(makers.map((m) => m.gebruikerId))].filter((id) => isUUID(id));
    const [partijen, gebruikers] = await Promise.all([
      partijIds.length
        ? em.find(Partij, { id: { $in: partijIds } }, { fields: ['naam'] })
        : Promise.resolve([]),
      gebruikerIds.length
        ? em.find(Gebruiker, { id: { $in: gebruikerIds } }, { fields: ['naam'] })
        : Promise.resolve([]),
    ]);
    return {
      partijen: new Map(partijen.map((p) => [p.id, p.naam])),
      gebruikers: new Map(gebruikers.map((g) => [g.id, g.naam])),
    };
  }

  private schrijfAudit(
    em: EntityManager,
    overeenkomstId: string,
    rij: Suggestie,
    actie: AuditActie,
    { door, partij }: { door: { id: string; naam: string }; partij: { id: string; naam: string } },
  ) {
    return this.audit.schrijf(
      {
        overeenkomstId,
        // The author, as the suggestion's id names them: the co-editor checked it was them.
        actor: new Actor(door.id, '', '', door.naam, []),
        partij,
        actie,
        onderwerpSoort: 'Afspraak',
        onderwerpId: rij.afspraak.id,
        gegevens: { suggestieId: rij.id, ingevoegd: rij.ingevoegd, geschrapt: rij.geschrapt },
      },
      em,
    );
  }

  private gebeurtenis(
    overeenkomstId: string,
    onderdeelId: string,
    afspraakId: string,
    suggestieId: string,
    door: string,
    partij: string,
    /** The author, when they made or withdrew it (not when it lapsed). */
    doorId: string | null = null,
  ): SuggestieGebeurtenis {
    return {
      soort: GebeurtenisSoort.SUGGESTIE,
      overeenkomstId,
      onderdeelId,
      afspraakId,
      onderwerpId: suggestieId,
      door,
      doorId,
      partij,
    };
  }
}
