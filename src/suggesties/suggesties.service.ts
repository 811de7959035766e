import { LockMode, ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Node as PmModelNode } from '@tiptap/pm/model';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { CollabServer } from '../collaboration/collab.server';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { documentSchema, type PmNode, proseMirrorToText } from '../collaboration/prosemirror';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { geaccepteerdeTekst } from '../gedeeld/suggesties';
import { regelSuggestie } from '../collaboration/suggestie-afhandeling';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Beoordeling, Oordeel, Standpunt } from '../onderhandeling/onderhandeling.entities';
import { ondertekenaarsBehalve } from '../onderhandeling/ondertekenaars';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { afspraakHash } from '../overeenkomsten/onderdeel-inhoud';
import {
  OnderdeelInhoudReader,
  vergrendelConcept,
} from '../overeenkomsten/onderdeel-inhoud.reader';
import { BEWERK_ROLLEN } from '../partijen/lidmaatschap.entity';
import { Partij } from '../partijen/partij.entity';
import { partijModel } from '../partijen/partij.model';
import { PermissionsService } from '../partijen/permissions.service';
import { Suggestie, SuggestieBeoordeling, SuggestieStatus } from './suggestie.entity';
import type { BeoordeelSuggestiesInput } from './suggesties.inputs';
import type { BeoordeelSuggestiesResultaat, SuggestieModel } from './suggesties.models';
import { eisOpen, schrijfSuggestieAudit, sluit } from './suggestie-regels';

/** A suggestion closed by the server, for the live event after the commit. */
interface Besluit {
  overeenkomstId: string;
  onderdeelId: string;
  afspraakId: string;
  suggestieId: string;
  partij: string;
  vervallenAkkoorden?: string[];
}

/**
 * Suggestions as proposals: the signing partijen other than the author's judge them; accepted by
 * all of them a suggestion is applied to the text, rejected by one it is reverted. The decision
 * commits first, with its audit entry and the document command that carries it out (see
 * DocumentOpdrachten); the text in the co-editor follows right after the commit.
 */
@Injectable()
export class SuggestiesService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly collab: CollabServer,
    private readonly opdrachten: DocumentOpdrachten,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly klok: Klok,
  ) {}

  async beoordeel(
    actor: Actor,
    input: BeoordeelSuggestiesInput,
  ): Promise<BeoordeelSuggestiesResultaat> {
    const afspraak = await this.em
      .fork()
      .findOne(Afspraak, input.afspraakId, { fields: ['onderdeel'] });
    if (!afspraak) throw notFound('Afspraak', input.afspraakId);
    const onderdeelId = afspraak.onderdeel.id;
    const namens = await this.permissions.namensOndertekenaar(
      actor,
      onderdeelId,
      input.partijId,
      BEWERK_ROLLEN,
      'Een suggestie beoordelen',
      'Afspraak',
      input.afspraakId,
    );
    // What the editors sent so far is in the table, so a suggestion just made can be judged.
    await this.collab.bijgewerkt(onderdeelId);
    const { besluiten, vervallen } = await this.em.transactional(async (em) => {
      await vergrendelConcept(em, onderdeelId);
      const suggesties = await em.find(
        Suggestie,
        { id: { $in: input.suggestieIds }, afspraak: input.afspraakId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const ontbreekt = input.suggestieIds.find((id) => !suggesties.some((s) => s.id === id));
      if (ontbreekt) {
        throw new AppError(
          ErrorCode.NOT_FOUND,
          'Een van de suggesties staat niet (meer) in deze afspraak',
          'input.suggestieIds',
        );
      }
      for (const s of suggesties) eisOpen(s);
      if (suggesties.some((s) => s.partij.id === namens.partijId)) {
        throw new AppError(
          ErrorCode.FORBIDDEN,
          'Uw partij deed deze suggestie; de andere ondertekenaars beoordelen haar',
          'input.suggestieIds',
        );
      }
      if (
        await em.count(SuggestieBeoordeling, {
          suggestie: { $in: input.suggestieIds },
          partij: namens.partijId,
        })
      ) {
        throw new AppError(
          ErrorCode.AL_AANWEZIG,
          `${namens.partijNaam} heeft een van deze suggesties al beoordeeld`,
          'input.suggestieIds',
        );
      }
      // Validated: from here on everything is written.
      const nu = this.klok.nu();
      const doorgevoerd: Suggestie[] = [];
      for (const s of suggesties) {
        em.persist(
          new SuggestieBeoordeling({
            suggestie: ref(s),
            partij: ref(Partij, namens.partijId),
            beoordeling: input.beoordeling,
            reden: input.reden ?? null,
            door: ref(Gebruiker, actor.gebruikerId),
          }),
        );
        if (input.beoordeling === Beoordeling.AFGEWEZEN) {
          sluit(s, SuggestieStatus.VERWORPEN, nu, input.reden ?? null);
          this.opdrachten.plan(em, onderdeelId, s.afspraak.id, {
            suggestie: s.id,
            actie: 'VERWORPEN',
          });
        } else if ((await this.wachtOp(em, s, namens.partijId)).length === 0) {
          sluit(s, SuggestieStatus.AANVAARD, nu, null);
          doorgevoerd.push(s);
          this.opdrachten.plan(em, onderdeelId, s.afspraak.id, {
            suggestie: s.id,
            actie: 'AANVAARD',
          });
        }
      }
      const vervallen = doorgevoerd.length
        ? await this.vervallenAkkoorden(em, onderdeelId, input.afspraakId, doorgevoerd)
        : [];
      await em.flush();
      for (const s of suggesties) {
        await schrijfSuggestieAudit(this.audit, em, actor, namens, namens.overeenkomstId, s, {
          actie:
            input.beoordeling === Beoordeling.AFGEWEZEN
              ? AuditActie.SUGGESTIE_VERWORPEN
              : AuditActie.SUGGESTIE_AANVAARD,
          reden: input.reden ?? null,
        });
        if (doorgevoerd.includes(s)) {
          await schrijfSuggestieAudit(this.audit, em, actor, namens, namens.overeenkomstId, s, {
            actie: AuditActie.SUGGESTIE_DOORGEVOERD,
            vervallenAkkoorden: vervallen.map((p) => ({ id: p.id, naam: p.naam })),
          });
        }
      }
      const besluiten: Besluit[] = suggesties.map((s) => ({
        overeenkomstId: namens.overeenkomstId,
        onderdeelId,
        afspraakId: s.afspraak.id,
        suggestieId: s.id,
        partij: namens.partijNaam,
        ...(doorgevoerd.includes(s) ? { vervallenAkkoorden: vervallen.map((p) => p.naam) } : {}),
      }));
      return { besluiten, vervallen };
    });
    await this.opdrachten.voerUit(onderdeelId);
    besluiten.forEach((b) => this.publiceer(actor, b));
    return {
      suggesties: await this.modellen({ id: { $in: input.suggestieIds } }),
      vervallenAkkoorden: vervallen.map(partijModel),
    };
  }

  /** The author takes their suggestion back: reverted in the text, INGETROKKEN. */
  async trekIn(actor: Actor, suggestieId: string): Promise<SuggestieModel> {
    const suggestie = await this.em
      .fork()
      .findOne(Suggestie, suggestieId, { populate: ['partij', 'onderdeel'] });
    if (!suggestie) throw notFound('Suggestie', suggestieId);
    const onderdeelId = suggestie.onderdeel.id;
    const overeenkomstId = suggestie.onderdeel.getEntity().overeenkomst.id;
    await this.permissions.zichtbaar(actor, overeenkomstId, 'Suggestie', suggestieId);
    if (suggestie.gebruiker.id !== actor.gebruikerId) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Alleen wie de suggestie deed, kan haar intrekken',
        'suggestieId',
      );
    }
    const partij = { id: suggestie.partij.id, naam: suggestie.partij.getEntity().naam };
    await this.em.transactional(async (em) => {
      await vergrendelConcept(em, onderdeelId);
      const rij = await em.findOneOrFail(Suggestie, suggestieId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      eisOpen(rij);
      sluit(rij, SuggestieStatus.INGETROKKEN, this.klok.nu(), null);
      this.opdrachten.plan(em, onderdeelId, rij.afspraak.id, {
        suggestie: rij.id,
        actie: 'VERWORPEN',
      });
      await em.flush();
      await schrijfSuggestieAudit(
        this.audit,
        em,
        actor,
        { partijId: partij.id, partijNaam: partij.naam },
        overeenkomstId,
        rij,
        { actie: AuditActie.SUGGESTIE_INGETROKKEN },
      );
    });
    await this.opdrachten.voerUit(onderdeelId);
    this.publiceer(actor, {
      overeenkomstId,
      onderdeelId,
      afspraakId: suggestie.afspraak.id,
      suggestieId,
      partij: partij.naam,
    });
    return (await this.modellen({ id: suggestieId }))[0]!;
  }

  /** The suggestions of an onderdeel or afspraak, oldest first. */
  async lijst(
    waar: { onderdeel: string } | { afspraak: string },
    status?: SuggestieStatus,
  ): Promise<SuggestieModel[]> {
    return this.modellen({ ...waar, ...(status ? { status } : {}) });
  }

  /**
   * The partijen whose akkoord on the afspraak stood on its current text, when applying the
   * suggestions changes that text: their standpunt becomes stale.
   */
  private async vervallenAkkoorden(
    em: EntityManager,
    onderdeelId: string,
    afspraakId: string,
    doorgevoerd: Suggestie[],
  ): Promise<Partij[]> {
    const rij = await em
      .fork({ keepTransactionContext: true })
      .findOneOrFail(Afspraak, afspraakId, { fields: ['tekst', 'tekstMetSuggesties'] });
    if (!rij.tekstMetSuggesties) return [];
    let doc = PmModelNode.fromJSON(documentSchema, rij.tekstMetSuggesties);
    for (const s of doorgevoerd) doc = regelSuggestie(doc, s.id, 'AANVAARD');
    const nieuw = proseMirrorToText(geaccepteerdeTekst(doc).toJSON() as PmNode);
    if (nieuw === rij.tekst) return [];
    const afspraak = (await this.inhoud.lees(onderdeelId, em)).afspraken.find(
      (a) => a.id === afspraakId,
    );
    if (!afspraak) return [];
    const hash = afspraakHash(afspraak);
    const standpunten = await em.fork({ keepTransactionContext: true }).find(
      Standpunt,
      {
        afspraak: afspraakId,
        oordeel: { $in: [Oordeel.AKKOORD, Oordeel.AKKOORD_MET_VOORBEHOUD] },
        inhoudHash: hash,
      },
      { populate: ['partij'], orderBy: { partij: { naam: 'asc' } } },
    );
    return standpunten.map((s) => s.partij.getEntity());
  }

  /** Signing partijen, other than the author's, that have not accepted the suggestion yet. */
  private async wachtOp(
    em: EntityManager,
    suggestie: Suggestie,
    ookAanvaard?: string,
  ): Promise<Partij[]> {
    const aanvaard = await em.find(
      SuggestieBeoordeling,
      { suggestie: suggestie.id, beoordeling: Beoordeling.AANVAARD },
      { fields: ['partij'] },
    );
    return ondertekenaarsBehalve(em, suggestie.onderdeel.id, [
      suggestie.partij.id,
      ...aanvaard.map((b) => b.partij.id),
      ...(ookAanvaard ? [ookAanvaard] : []),
    ]);
  }

  private async modellen(
    waar: Parameters<EntityManager['find']>[1] & object,
  ): Promise<SuggestieModel[]> {
    const em = this.em.fork();
    const suggesties = await em.find(Suggestie, waar as never, {
      populate: ['partij', 'gebruiker'],
      orderBy: { gemaakt: 'asc', id: 'asc' },
    });
    if (suggesties.length === 0) return [];
    const beoordelingen = await em.find(
      SuggestieBeoordeling,
      { suggestie: { $in: suggesties.map((s) => s.id) } },
      { populate: ['partij', 'door'], orderBy: { createdAt: 'asc' } },
    );
    return Promise.all(
      suggesties.map(async (s) => ({
        id: s.id,
        afspraakId: s.afspraak.id,
        partij: partijModel(s.partij.getEntity()),
        auteur: s.gebruiker.getEntity().naam,
        auteurId: s.gebruiker.id,
        gemaakt: s.gemaakt,
        ingevoegd: s.ingevoegd,
        geschrapt: s.geschrapt,
        status: s.status,
        reden: s.reden,
        wachtOp:
          s.status === SuggestieStatus.OPEN ? (await this.wachtOp(em, s)).map(partijModel) : [],
        beoordelingen: beoordelingen
          .filter((b) => b.suggestie.id === s.id)
          .map((b) => ({
            partij: partijModel(b.partij.getEntity()),
            beoordeling: b.beoordeling,
            reden: b.reden,
            door: b.door.getEntity().naam,
            datum: b.createdAt,
          })),
      })),
    );
  }

  private publiceer(actor: Actor, besluit: Besluit): void {
    this.gebeurtenissen.publiceer({
      soort: GebeurtenisSoort.SUGGESTIE,
      overeenkomstId: besluit.overeenkomstId,
      onderdeelId: besluit.onderdeelId,
      afspraakId: besluit.afspraakId,
      onderwerpId: besluit.suggestieId,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: besluit.partij,
      vervallenAkkoorden: besluit.vervallenAkkoorden ?? null,
    });
  }
}
