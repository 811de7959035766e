import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { CollabServer } from '../collaboration/collab.server';
import { AppError, ErrorCode } from '../common/app-error';
import { tekstverschil } from '../common/tekstverschil';
import { Klok } from '../common/klok';
import { findOrFail } from '../database/find';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { AfsprakenService } from '../overeenkomsten/afspraken.service';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import {
  OnderdeelInhoudReader,
  vergrendelConcept,
} from '../overeenkomsten/onderdeel-inhoud.reader';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { crashpunt } from '../common/crashpunt';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { BEWERK_ROLLEN } from '../partijen/lidmaatschap.entity';
import { Partij } from '../partijen/partij.entity';
import { partijModel } from '../partijen/partij.model';
import { type Betrokkenheid, PermissionsService } from '../partijen/permissions.service';
import { nieuweAfspraakUit } from './nieuwe-afspraak';
import { vergrendelOpen } from './open-voorstel';
import type {
  BeoordeelVoorstelInput,
  NieuweAfspraakInput,
  WijzigingsvoorstelInput,
} from './onderhandeling.inputs';
import {
  Beoordeling,
  VoorstelBeoordeling,
  VoorstelSoort,
  VoorstelStatus,
  Wijzigingsvoorstel,
} from './onderhandeling.entities';
import type { WijzigingsvoorstelModel } from './onderhandeling.models';
import { ondertekenaarsBehalve } from './ondertekenaars';
import { StandpuntenService } from './standpunten.service';

/** Thrown inside a transaction to roll back a trial run. */
class Proefrit extends Error {}

@Injectable()
export class VoorstellenService {
  constructor(
    private readonly em: EntityManager,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly collab: CollabServer,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly standpunten: StandpuntenService,
    private readonly afspraken: AfsprakenService,
    private readonly opdrachten: DocumentOpdrachten,
    private readonly klok: Klok,
  ) {}

  async dienIn(actor: Actor, input: WijzigingsvoorstelInput): Promise<WijzigingsvoorstelModel> {
    const onderdeelId =
      input.soort === VoorstelSoort.NIEUW
        ? input.onderdeelId!
        : await this.standpunten.onderdeelVan(input.afspraakId!);
    const namens = await this.permissions.namensOndertekenaar(
      actor,
      onderdeelId,
      input.partijId,
      BEWERK_ROLLEN,
      'Een wijzigingsvoorstel doen',
      input.afspraakId ? 'Afspraak' : 'Onderdeel',
      input.afspraakId ?? onderdeelId,
    );
    await this.collab.bijgewerkt(onderdeelId);
    const nieuweAfspraak =
      input.soort === VoorstelSoort.NIEUW
        ? (JSON.parse(JSON.stringify(input.nieuweAfspraak)) as Record<string, unknown>)
        : null;
    // Tried as stored, the way acceptance will read it back.
    if (nieuweAfspraak)
      await this.proefNieuweAfspraak(onderdeelId, await nieuweAfspraakUit(nieuweAfspraak));
    const voorstel = await this.em.transactional(async (em) => {
      await vergrendelConcept(em, onderdeelId);
      const huidig = input.afspraakId
        ? (await this.inhoud.lees(onderdeelId, em)).afspraken.find((a) => a.id === input.afspraakId)
        : undefined;
      const voorstel = new Wijzigingsvoorstel({
        overeenkomst: ref(Overeenkomst, namens.overeenkomstId),
        onderdeel: ref(Onderdeel, onderdeelId),
        afspraak: input.afspraakId ? ref(Afspraak, input.afspraakId) : null,
        soort: input.soort,
        nieuweTekst:
          input.soort === VoorstelSoort.VERWIJDERING ? null : (input.nieuweTekst ?? null),
        nieuweAfspraak,
        motivering: input.motivering,
        basisTitel: huidig?.titel ?? null,
        basisTekst: huidig?.tekst ?? null,
        indiener: ref(Partij, namens.partijId),
        door: ref(Gebruiker, actor.gebruikerId),
      });
      em.persist(voorstel);
      await em.flush();
      await this.schrijfAudit(em, actor, namens, voorstel, AuditActie.VOORSTEL_INGEDIEND, {
        soort: input.soort,
        afspraakId: input.afspraakId ?? null,
        nieuweTekst: voorstel.nieuweTekst,
        motivering: input.motivering,
      });
      return voorstel;
    });
    this.publiceer(actor, namens, voorstel);
    return this.model(voorstel.id);
  }

  async beoordeel(actor: Actor, input: BeoordeelVoorstelInput): Promise<WijzigingsvoorstelModel> {
    const voorstel = await findOrFail(
      this.em.fork(),
      Wijzigingsvoorstel,
      input.voorstelId,
      'Wijzigingsvoorstel',
    );
    const onderdeelId = voorstel.onderdeel.id;
    const namens = await this.permissions.namensOndertekenaar(
      actor,
      onderdeelId,
      input.partijId,
      BEWERK_ROLLEN,
      'Een wijzigingsvoorstel beoordelen',
      'Wijzigingsvoorstel',
      input.voorstelId,
    );
    if (namens.partijId === voorstel.indiener.id) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Uw partij diende dit voorstel in; de andere ondertekenaars beoordelen het',
      );
    }
    crashpunt('voorstel:start', input.voorstelId);
    const { aanvaard, bijgewerkt } = await this.em.transactional(async (em) => {
      await vergrendelConcept(em, onderdeelId);
      const bijgewerkt = await vergrendelOpen(em, input.voorstelId, 'beoordeeld');
      if (
        await em.count(VoorstelBeoordeling, { voorstel: input.voorstelId, partij: namens.partijId })
      ) {
        throw new AppError(
          ErrorCode.AL_AANWEZIG,
          `${namens.partijNaam} heeft dit voorstel al beoordeeld`,
        );
      }
      if (bijgewerkt.soort !== VoorstelSoort.NIEUW && !bijgewerkt.afspraak) {
        throw new AppError(
          ErrorCode.VOORSTEL_AFGESLOTEN,
          'De afspraak van dit voorstel bestaat niet meer; het kan niet meer worden beoordeeld',
        );
      }
      em.persist(
        new VoorstelBeoordeling({
          voorstel: ref(bijgewerkt),
          partij: ref(Partij, namens.partijId),
          beoordeling: input.beoordeling,
          reden: input.reden ?? null,
          door: ref(Gebruiker, actor.gebruikerId),
        }),
      );
      let aanvaard = false;
      if (input.beoordeling === Beoordeling.AFGEWEZEN) {
        bijgewerkt.sluit(VoorstelStatus.VERWORPEN, 'beoordeeld');
      } else {
        const wachtOp = await this.wachtOp(em, bijgewerkt, namens.partijId);
        if (wachtOp.length === 0) {
          bijgewerkt.sluit(VoorstelStatus.AANVAARD, 'beoordeeld');
          aanvaard = true;
          if (bijgewerkt.soort === VoorstelSoort.VERWIJDERING) {
            await this.afspraken.delete(bijgewerkt.afspraak!.id);
          } else if (bijgewerkt.soort === VoorstelSoort.NIEUW) {
            const velden = await nieuweAfspraakUit(bijgewerkt.nieuweAfspraak);
            const afspraak = await this.afspraken.create({ ...velden, onderdeelId });
            bijgewerkt.afspraak = ref(afspraak);
          }
        }
      }
      await em.flush();
      crashpunt('voorstel:na-status', input.voorstelId);
      await this.schrijfAudit(
        em,
        actor,
        namens,
        bijgewerkt,
        input.beoordeling === Beoordeling.AFGEWEZEN
          ? AuditActie.VOORSTEL_VERWORPEN
          : AuditActie.VOORSTEL_AANVAARD,
        { reden: input.reden ?? null, volledigAanvaard: aanvaard },
      );
      crashpunt('voorstel:na-audit', input.voorstelId);
      if (aanvaard) await this.voerDoor(em, actor, namens, bijgewerkt);
      return { aanvaard, bijgewerkt };
    });
    crashpunt('voorstel:na-commit', input.voorstelId);
    if (aanvaard) await this.opdrachten.voerUit(onderdeelId);
    this.publiceer(actor, namens, bijgewerkt);
    return this.model(input.voorstelId);
  }

  async trekIn(actor: Actor, voorstelId: string): Promise<WijzigingsvoorstelModel> {
    const voorstel = await findOrFail(
      this.em.fork(),
      Wijzigingsvoorstel,
      voorstelId,
      'Wijzigingsvoorstel',
    );
    const namens = await this.permissions.namensOndertekenaar(
      actor,
      voorstel.onderdeel.id,
      voorstel.indiener.id,
      BEWERK_ROLLEN,
      'Een voorstel intrekken (alleen de indienende partij)',
      'Wijzigingsvoorstel',
      voorstelId,
    );
    await this.em.transactional(async (em) => {
      const bijgewerkt = await vergrendelOpen(em, voorstelId, 'ingetrokken');
      bijgewerkt.sluit(VoorstelStatus.INGETROKKEN, 'ingetrokken');
      await em.flush();
      await this.schrijfAudit(em, actor, namens, bijgewerkt, AuditActie.VOORSTEL_INGETROKKEN, {});
    });
    this.publiceer(actor, namens, voorstel);
    return this.model(voorstelId);
  }

  async lijst(onderdeelId: string, status?: VoorstelStatus): Promise<WijzigingsvoorstelModel[]> {
    const voorstellen = await this.em
      .fork()
      .find(
        Wijzigingsvoorstel,
        { onderdeel: onderdeelId, ...(status ? { status } : {}) },
        { orderBy: { createdAt: 'desc', id: 'asc' }, fields: ['id'] },
      );
    return Promise.all(voorstellen.map((v) => this.model(v.id)));
  }

  async model(id: string): Promise<WijzigingsvoorstelModel> {
    const em = this.em.fork();
    const voorstel = await findOrFail(em, Wijzigingsvoorstel, id, 'Wijzigingsvoorstel', {
      populate: ['indiener', 'door', 'afspraak'],
    });
    const beoordelingen = await em.find(
      VoorstelBeoordeling,
      { voorstel: id },
      { populate: ['partij', 'door'], orderBy: { createdAt: 'asc' } },
    );
    const huidigeTekst = voorstel.afspraak?.getEntity().tekst ?? null;
    const wachtOp = voorstel.status === VoorstelStatus.OPEN ? await this.wachtOp(em, voorstel) : [];
    return {
      id: voorstel.id,
      soort: voorstel.soort,
      status: voorstel.status,
      onderdeelId: voorstel.onderdeel.id,
      afspraakId: voorstel.afspraak?.id ?? null,
      motivering: voorstel.motivering,
      indiener: partijModel(voorstel.indiener.getEntity()),
      door: voorstel.door.getEntity().naam,
      datum: voorstel.createdAt,
      basisTitel: voorstel.basisTitel,
      basisTekst: voorstel.basisTekst,
      huidigeTekst,
      nieuweTekst: voorstel.nieuweTekst,
      nieuweAfspraak: voorstel.nieuweAfspraak,
      verschil: tekstverschil(
        voorstel.status === VoorstelStatus.AANVAARD
          ? (voorstel.basisTekst ?? '')
          : (huidigeTekst ?? voorstel.basisTekst ?? ''),
        voorstel.soort === VoorstelSoort.VERWIJDERING ? '' : (voorstel.nieuweTekst ?? ''),
      ),
      beoordelingen: beoordelingen.map((b) => ({
        partij: partijModel(b.partij.getEntity()),
        beoordeling: b.beoordeling,
        reden: b.reden,
        door: b.door.getEntity().naam,
        datum: b.createdAt,
      })),
      wachtOp: wachtOp.map(partijModel),
      doorgevoerdOp: voorstel.doorgevoerdOp,
    };
  }

  /** Signing partijen, other than the proposer's, that have not accepted yet. */
  private async wachtOp(
    em: EntityManager,
    voorstel: Wijzigingsvoorstel,
    ookAanvaard?: string,
  ): Promise<Partij[]> {
    const aanvaard = await em.find(
      VoorstelBeoordeling,
      { voorstel: voorstel.id, beoordeling: Beoordeling.AANVAARD },
      { fields: ['partij'] },
    );
    return ondertekenaarsBehalve(em, voorstel.onderdeel.id, [
      voorstel.indiener.id,
      ...aanvaard.map((b) => b.partij.id),
      ...(ookAanvaard ? [ookAanvaard] : []),
    ]);
  }

  /**
   * The text of an accepted proposal goes through the co-editor's document: open editors see it
   * at once, and the standpunten on it become stale because the afspraak's content hash changes.
   * Recorded in the decision's transaction, written into the document after the commit (see
   * DocumentOpdrachten), so an accepted proposal is never left without its text.
   */
  private async voerDoor(
    em: EntityManager,
    actor: Actor,
    namens: Betrokkenheid,
    voorstel: Wijzigingsvoorstel,
  ): Promise<void> {
    if (voorstel.nieuweTekst != null && voorstel.afspraak) {
      this.opdrachten.plan(em, voorstel.onderdeel.id, voorstel.afspraak.id, {
        tekst: voorstel.nieuweTekst,
      });
    }
    voorstel.markeerDoorgevoerd(this.klok.nu());
    await em.flush();
    await this.schrijfAudit(em, actor, namens, voorstel, AuditActie.VOORSTEL_DOORGEVOERD, {
      afspraakId: voorstel.afspraak?.id ?? null,
    });
  }

  /** A new afspraak is checked as createAfspraak would, in a transaction that is rolled back. */
  private async proefNieuweAfspraak(
    onderdeelId: string,
    velden: NieuweAfspraakInput,
  ): Promise<void> {
    try {
      await this.em.transactional(async () => {
        await this.afspraken.create({ ...velden, onderdeelId });
        throw new Proefrit();
      });
    } catch (fout) {
      if (fout instanceof Proefrit) return;
      if (fout instanceof AppError && fout.veld?.startsWith('input.')) {
        throw new AppError(
          fout.code,
          fout.message,
          fout.veld.replace('input.', 'input.nieuweAfspraak.'),
        );
      }
      throw fout;
    }
  }

  private schrijfAudit(
    em: EntityManager,
    actor: Actor,
    namens: Betrokkenheid,
    voorstel: Wijzigingsvoorstel,
    actie: AuditActie,
    gegevens: Record<string, unknown>,
  ) {
    return this.audit.schrijf(
      {
        overeenkomstId: voorstel.overeenkomst.id,
        actor,
        partij: { id: namens.partijId, naam: namens.partijNaam },
        actie,
        onderwerpSoort: 'Wijzigingsvoorstel',
        onderwerpId: voorstel.id,
        gegevens,
      },
      em,
    );
  }

  private publiceer(actor: Actor, namens: Betrokkenheid, voorstel: Wijzigingsvoorstel): void {
    this.gebeurtenissen.publiceer({
      soort: GebeurtenisSoort.VOORSTEL,
      overeenkomstId: voorstel.overeenkomst.id,
      onderdeelId: voorstel.onderdeel.id,
      afspraakId: voorstel.afspraak?.id ?? null,
      onderwerpId: voorstel.id,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: namens.partijNaam,
    });
  }
}
