import { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { CollabServer } from '../collaboration/collab.server';
import { notFound } from '../common/app-error';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { afspraakHash, type OnderdeelInhoud } from '../overeenkomsten/onderdeel-inhoud';
import {
  OnderdeelInhoudReader,
  vergrendelConcept,
} from '../overeenkomsten/onderdeel-inhoud.reader';
import { BEWERK_ROLLEN } from '../partijen/lidmaatschap.entity';
import { Partij } from '../partijen/partij.entity';
import { partijModel, type PartijModel } from '../partijen/partij.model';
import { PermissionsService } from '../partijen/permissions.service';
import { Gebruiker } from '../auth/gebruiker.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import type { StandpuntenInput, StandpuntInput } from './onderhandeling.inputs';
import { FaseAanleiding, FaseService } from './fase.service';
import { Opmerking, Oordeel, Standpunt } from './onderhandeling.entities';
import type { StandpuntenMatrixModel, StandpuntModel } from './onderhandeling.models';

const AKKOORD = new Set([Oordeel.AKKOORD, Oordeel.AKKOORD_MET_VOORBEHOUD]);

@Injectable()
export class StandpuntenService {
  constructor(
    private readonly em: EntityManager,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly collab: CollabServer,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly fase: FaseService,
  ) {}

  /** The onderdeel an afspraak belongs to, or NOT_FOUND. */
  async onderdeelVan(afspraakId: string): Promise<string> {
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'afspraak',
      afspraakId,
      'Afspraak',
    );
    const afspraak = await this.em
      .fork()
      .findOne(
        Afspraak,
        { id: afspraakId, overeenkomst: overeenkomstId },
        { fields: ['onderdeel'] },
      );
    if (!afspraak) throw notFound('Afspraak', afspraakId);
    return afspraak.onderdeel.id;
  }

  async neem(actor: Actor, input: StandpuntInput): Promise<StandpuntModel> {
    const [standpunt] = await this.neemOver(actor, { ...input, afspraakIds: [input.afspraakId] });
    return standpunt!;
  }

  /**
   * One standpunt on several afspraken of one onderdeel, all or none (the blanket akkoord after
   * its review). The first standpunt on a draft opens the negotiation in the same transaction.
   */
  async neemOver(actor: Actor, input: StandpuntenInput): Promise<StandpuntModel[]> {
    const onderdeelId = await this.onderdeelVan(input.afspraakIds[0]!);
    const namens = await this.permissions.namensOndertekenaar(
      actor,
      onderdeelId,
      input.partijId,
      BEWERK_ROLLEN,
      'Een standpunt innemen',
      'Afspraak',
      input.afspraakIds[0],
    );
    const partijRef = { id: namens.partijId, naam: namens.partijNaam };
    const overgang = {
      overeenkomstId: namens.overeenkomstId,
      onderdeelId,
      aanleiding: FaseAanleiding.EERSTE_STANDPUNT,
      partij: partijRef,
    };
    // The hash must be of the text as the person sees it, not as last materialised.
    await this.collab.bijgewerkt(onderdeelId);
    const { standpunten, faseGewijzigd } = await this.em.transactional(async (em) => {
      await vergrendelConcept(em, onderdeelId);
      const inhoud = await this.inhoud.lees(onderdeelId, em);
      // All checked before anything is written: an afspraak of another onderdeel refuses all.
      const afspraken = input.afspraakIds.map((id) => {
        const afspraak = inhoud.afspraken.find((a) => a.id === id);
        if (!afspraak) throw notFound('Afspraak', id);
        return afspraak;
      });
      const toelichting = input.toelichting ?? null;
      const bestaande = await em.find(Standpunt, {
        afspraak: { $in: input.afspraakIds },
        partij: namens.partijId,
      });
      const standpunten = afspraken.map((afspraak) => {
        const oordeel = {
          oordeel: input.oordeel,
          toelichting,
          inhoudHash: afspraakHash(afspraak),
          door: ref(Gebruiker, actor.gebruikerId),
        };
        const standpunt =
          bestaande.find((s) => s.afspraak.id === afspraak.id) ??
          new Standpunt({
            afspraak: ref(Afspraak, afspraak.id),
            partij: ref(Partij, namens.partijId),
            ...oordeel,
          });
        standpunt.herzie(oordeel);
        em.persist(standpunt);
        return { afspraak, standpunt };
      });
      await em.flush();
      const faseGewijzigd = await this.fase.naarOnderhandelen(em, actor, overgang);
      for (const { afspraak, standpunt } of standpunten) {
        await this.audit.schrijf(
          {
            overeenkomstId: namens.overeenkomstId,
            actor,
            partij: partijRef,
            actie: AuditActie.STANDPUNT,
            onderwerpSoort: 'Afspraak',
            onderwerpId: afspraak.id,
            gegevens: {
              nummer: afspraak.nummer,
              oordeel: input.oordeel,
              toelichting,
              inhoudHash: standpunt.inhoudHash,
            },
          },
          em,
        );
      }
      return { standpunten: standpunten.map((s) => s.standpunt), faseGewijzigd };
    });
    if (faseGewijzigd) this.fase.gewijzigd(actor, overgang);
    // One event for the lot: every open window reloads the matrix once, not once per afspraak.
    this.gebeurtenissen.publiceer({
      soort: GebeurtenisSoort.STANDPUNT,
      overeenkomstId: namens.overeenkomstId,
      onderdeelId,
      afspraakId: input.afspraakIds.length === 1 ? input.afspraakIds[0]! : null,
      onderwerpId: input.afspraakIds.length === 1 ? input.afspraakIds[0]! : onderdeelId,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: namens.partijNaam,
    });
    // Taken just now on the content as it stands, so not stale.
    const [partij] = await this.partijen([namens.partijId]);
    return standpunten.map((standpunt) => ({
      id: standpunt.id,
      afspraakId: standpunt.afspraak.id,
      partij: partij!, // the partij the actor acts for
      oordeel: standpunt.oordeel,
      toelichting: standpunt.toelichting,
      verouderd: false,
      door: actor.naam,
      doorId: actor.gebruikerId,
      datum: standpunt.updatedAt,
    }));
  }

  /** Afspraken × signing partijen, with counts; stale standpunten are marked. */
  async matrix(onderdeelId: string): Promise<StandpuntenMatrixModel> {
    await this.collab.bijgewerkt(onderdeelId);
    return this.matrixVan(await this.inhoud.lees(onderdeelId));
  }

  /** The matrix for content already read (inside a transaction, pass its entity manager). */
  async matrixVan(
    inhoud: OnderdeelInhoud,
    em: EntityManager = this.em,
  ): Promise<StandpuntenMatrixModel> {
    const onderdeelId = inhoud.onderdeelId;
    const partijen = await this.partijen(
      inhoud.ondertekenaars.map((p) => p.id),
      em,
    );
    // Into a fork (in the same transaction): the caller's unit of work stays as it was.
    const standpunten = await em.fork({ keepTransactionContext: true }).find(
      Standpunt,
      { afspraak: { onderdeel: onderdeelId } },
      {
        fields: [
          'afspraak',
          'partij',
          'oordeel',
          'toelichting',
          'inhoudHash',
          'updatedAt',
          'door.naam',
        ],
      },
    );
    const openOpmerkingen = await em
      .fork({ keepTransactionContext: true })
      .find(
        Opmerking,
        { afspraak: { onderdeel: onderdeelId }, draad: null, opgelost: false },
        { fields: ['afspraak', 'partij', 'gerichtAan'], orderBy: { createdAt: 'asc' } },
      );
    const telling = {
      akkoord: 0,
      akkoordMetVoorbehoud: 0,
      nietAkkoord: 0,
      ontbrekend: 0,
      verouderd: 0,
      totaal: 0,
    };
    const rijen = inhoud.afspraken.map((afspraak) => {
      const hash = afspraakHash(afspraak);
      const cellen = partijen.map((partij) => {
        const rij = standpunten.find(
          (s) => s.afspraak.id === afspraak.id && s.partij.id === partij.id,
        );
        telling.totaal++;
        if (!rij) {
          telling.ontbrekend++;
          return { partij, standpunt: null };
        }
        const verouderd = rij.inhoudHash !== hash;
        if (verouderd) telling.verouderd++;
        else if (rij.oordeel === Oordeel.AKKOORD) telling.akkoord++;
        else if (rij.oordeel === Oordeel.AKKOORD_MET_VOORBEHOUD) telling.akkoordMetVoorbehoud++;
        else telling.nietAkkoord++;
        return {
          partij,
          standpunt: {
            id: rij.id,
            afspraakId: afspraak.id,
            partij,
            oordeel: rij.oordeel,
            toelichting: rij.toelichting,
            verouderd,
            door: rij.door.getEntity().naam,
            datum: rij.updatedAt,
          },
        };
      });
      return {
        afspraakId: afspraak.id,
        nummer: afspraak.nummer,
        titel: afspraak.titel,
        cellen,
        akkoord: cellen.every(
          (c) => c.standpunt && !c.standpunt.verouderd && AKKOORD.has(c.standpunt.oordeel),
        ),
        openOpmerkingen: openOpmerkingen
          .filter((o) => o.afspraak.id === afspraak.id)
          .map((o) => ({
            id: o.id,
            vanPartijId: o.partij.id,
            gerichtAanId: o.gerichtAan?.id ?? null,
          })),
      };
    });
    return {
      onderdeelId,
      partijen,
      rijen,
      telling,
      iedereenAkkoord: rijen.every((r) => r.akkoord),
    };
  }

  /** Partijen as the API shows them, in the order asked. */
  async partijen(ids: string[], em: EntityManager = this.em): Promise<PartijModel[]> {
    const gevonden = await em.find(Partij, { id: { $in: ids } });
    return ids
      .map((id) => gevonden.find((p) => p.id === id))
      .filter((p): p is Partij => !!p)
      .map(partijModel);
  }
}
