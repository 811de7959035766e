import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { AppError, ErrorCode, invalid } from '../common/app-error';
import { findOrFail } from '../database/find';
import {
  DRIEHOEK_SOORTEN,
  Partij,
  PartijSoort,
  PARTIJ_SOORT_LABEL,
} from '../partijen/partij.entity';
import { Onderdeel, OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import { vergrendelConcept } from './onderdeel-inhoud.reader';
import { hernummerOnderdelen } from './afspraak-nummering';
import { CollabServer } from '../collaboration/collab.server';
import { OnderdeelVersie } from '../ondertekening/versie.entities';
import { PREAMBULE_FRAGMENT } from '../collaboration/prosemirror';
import { ToegangEvents } from '../partijen/toegang-events';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Deelnemer, DeelnemerRol, Overeenkomst } from './overeenkomst.entity';
import type {
  CreateOnderdeelInput,
  ReorderOnderdelenInput,
  UpdateOnderdeelInput,
} from './overeenkomst.inputs';

@Injectable()
export class OnderdelenService {
  constructor(
    private readonly em: EntityManager,
    private readonly collab: CollabServer,
    private readonly toegang: ToegangEvents,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  get(id: string): Promise<Onderdeel> {
    return findOrFail(this.em, Onderdeel, id, 'Onderdeel');
  }

  async create(actor: Actor | null, input: CreateOnderdeelInput): Promise<Onderdeel> {
    const overeenkomst = await findOrFail(
      this.em,
      Overeenkomst,
      input.overeenkomstId,
      'Overeenkomst',
    );
    const bestaande = await this.em.find(
      Onderdeel,
      { overeenkomst },
      { orderBy: { volgorde: 'asc' } },
    );
    if (
      input.soort === OnderdeelSoort.HOOFDDOCUMENT &&
      bestaande.some((o) => o.soort === OnderdeelSoort.HOOFDDOCUMENT)
    ) {
      throw invalid(
        'input.soort',
        'Deze overeenkomst heeft al een hoofddocument; voeg een bijlage toe',
        ErrorCode.AL_AANWEZIG,
      );
    }
    // The hoofddocument comes first; bijlagen follow in the order they are added.
    const volgorde =
      input.soort === OnderdeelSoort.HOOFDDOCUMENT
        ? 0
        : Math.max(0, ...bestaande.map((o) => o.volgorde)) + 1;
    const onderdeel = new Onderdeel(ref(overeenkomst), input.soort, input.titel, volgorde);
    onderdeel.ondertekenaars.set(
      await this.checkOndertekenaars(overeenkomst, input.soort, input.ondertekenaarIds),
    );
    // A second bijlage changes the first one's prefix (B1.1 becomes B1.1.1).
    const hernummerd = await this.em.transactional(async (em) => {
      await em.persistAndFlush(onderdeel);
      return hernummerOnderdelen(em, overeenkomst.id);
    });
    if (onderdeel.soort === OnderdeelSoort.HOOFDDOCUMENT && overeenkomst.preambule) {
      // From now on the preamble is edited in the hoofddocument's co-editor document.
      await this.collab.zetTekst(onderdeel.id, PREAMBULE_FRAGMENT, overeenkomst.preambule);
    }
    this.meld(GebeurtenisSoort.ONDERDEEL_NIEUW, actor, overeenkomst.id, onderdeel.id);
    this.meldHernummerd(actor, overeenkomst.id, hernummerd);
    return onderdeel;
  }

  /** Title and signatories; a change of signatories is audited in the same transaction. */
  async update(
    actor: Actor,
    overeenkomstId: string,
    input: UpdateOnderdeelInput,
  ): Promise<Onderdeel> {
    const onderdeel = await this.em.transactional(async (em) => {
      await vergrendelConcept(em, input.id);
      const onderdeel = await this.get(input.id);
      if (input.titel != null) onderdeel.titel = input.titel;
      if (input.ondertekenaarIds != null) {
        const overeenkomst = await onderdeel.overeenkomst.load();
        const partijen = await this.checkOndertekenaars(
          overeenkomst!,
          onderdeel.soort,
          input.ondertekenaarIds,
        );
        await onderdeel.ondertekenaars.init();
        onderdeel.ondertekenaars.set(partijen);
      }
      await em.flush();
      if (input.ondertekenaarIds != null) {
        await this.audit.schrijf(
          {
            overeenkomstId,
            actor,
            actie: AuditActie.ONDERTEKENAARS_GEWIJZIGD,
            onderwerpSoort: 'Onderdeel',
            onderwerpId: onderdeel.id,
            gegevens: { ondertekenaarIds: [...input.ondertekenaarIds].sort() },
          },
          em,
        );
      }
      return onderdeel;
    });
    if (input.ondertekenaarIds != null) await this.toegang.gewijzigd();
    this.meld(GebeurtenisSoort.ONDERDEEL_GEWIJZIGD, actor, overeenkomstId, onderdeel.id);
    return onderdeel;
  }

  async delete(actor: Actor, id: string): Promise<string> {
    const onderdeel = await this.get(id);
    // Frozen or signed versions are history: an onderdeel that has one stays.
    if (
      onderdeel.status !== OnderdeelStatus.CONCEPT ||
      (await this.em.count(OnderdeelVersie, { onderdeel: id })) > 0
    )
      throw new AppError(
        ErrorCode.IN_GEBRUIK,
        `Het onderdeel "${onderdeel.titel}" is ter ondertekening voorgelegd of ondertekend; het blijft bewaard (wijzig het met een addendum)`,
      );
    const overeenkomstId = onderdeel.overeenkomst.id;
    const hernummerd = await this.em.transactional(async (em) => {
      await em.nativeDelete(Onderdeel, { id });
      return hernummerOnderdelen(em, overeenkomstId);
    });
    this.em.clear();
    this.meld(GebeurtenisSoort.ONDERDEEL_VERWIJDERD, actor, overeenkomstId, id);
    this.meldHernummerd(actor, overeenkomstId, hernummerd);
    return id;
  }

  async reorder(actor: Actor, input: ReorderOnderdelenInput): Promise<Onderdeel[]> {
    const onderdelen = await this.em.find(
      Onderdeel,
      { overeenkomst: input.overeenkomstId },
      { orderBy: { volgorde: 'asc' } },
    );
    if (onderdelen.length === 0)
      await findOrFail(this.em, Overeenkomst, input.overeenkomstId, 'Overeenkomst');
    const ordered = permutation(onderdelen, input.onderdeelIds, 'input.onderdeelIds', 'onderdelen');
    const hoofd = ordered.findIndex((o) => o.soort === OnderdeelSoort.HOOFDDOCUMENT);
    if (hoofd > 0)
      throw invalid(
        'input.onderdeelIds',
        'Het hoofddocument staat vooraan; alleen de bijlagen kunnen van plaats wisselen',
      );
    const verplaatst = ordered.filter((o, i) => o.volgorde !== i).map((o) => o.id);
    ordered.forEach((o, i) => (o.volgorde = i));
    const hernummerd = await this.em.transactional(async (em) => {
      await em.flush();
      return hernummerOnderdelen(em, input.overeenkomstId);
    });
    for (const id of new Set([...verplaatst, ...hernummerd])) {
      this.meld(GebeurtenisSoort.ONDERDEEL_GEWIJZIGD, actor, input.overeenkomstId, id);
    }
    return ordered;
  }

  /** After the change is stored: open screens reload the onderdeel and the list. */
  private meld(
    soort: GebeurtenisSoort,
    actor: Actor | null,
    overeenkomstId: string,
    onderdeelId: string,
  ): void {
    this.gebeurtenissen.meldDeel(soort, actor, {
      overeenkomstId,
      onderwerpId: onderdeelId,
      onderdeelId,
    });
  }

  /** The onderdelen whose afspraken got another prefix: open screens reload their numbers. */
  private meldHernummerd(actor: Actor | null, overeenkomstId: string, ids: string[]): void {
    for (const id of ids)
      this.meld(GebeurtenisSoort.ONDERDEEL_GEWIJZIGD, actor, overeenkomstId, id);
  }

  /**
   * Signatories must take part (not as waarnemer); the hoofddocument is signed by the whole
   * lokale driehoek, a bijlage may add zorgpartijen that sign nothing else.
   */
  private async checkOndertekenaars(
    overeenkomst: Overeenkomst,
    soort: OnderdeelSoort,
    ids: string[],
  ): Promise<Partij[]> {
    const unique = [...new Set(ids)];
    const deelnemers = await this.em.find(
      Deelnemer,
      { overeenkomst, partij: { $in: unique } },
      { populate: ['partij'] },
    );
    for (const id of unique) {
      const deelnemer = deelnemers.find((d) => d.partij.id === id);
      if (!deelnemer) {
        const partij = await this.em.findOne(Partij, { id });
        throw new AppError(
          partij ? ErrorCode.GEEN_DEELNEMER : ErrorCode.NOT_FOUND,
          partij
            ? `${partij.naam} neemt niet deel aan deze overeenkomst en kan niet ondertekenen`
            : `Partij met id ${id} bestaat niet of is niet zichtbaar`,
          'input.ondertekenaarIds',
        );
      }
      if (deelnemer.rol === DeelnemerRol.WAARNEMER) {
        throw invalid(
          'input.ondertekenaarIds',
          `${deelnemer.partij.getEntity().naam} is waarnemer en ondertekent niet`,
          ErrorCode.GEEN_DEELNEMER,
        );
      }
      if (soort === OnderdeelSoort.HOOFDDOCUMENT && deelnemer.rol !== DeelnemerRol.ONDERTEKENAAR) {
        throw invalid(
          'input.ondertekenaarIds',
          `${deelnemer.partij.getEntity().naam} ondertekent alleen bijlagen; maak de partij eerst ondertekenaar van de overeenkomst`,
          ErrorCode.GEEN_DEELNEMER,
        );
      }
    }
    const partijen = deelnemers.map((d) => d.partij.getEntity());
    if (soort === OnderdeelSoort.HOOFDDOCUMENT) {
      const ontbreekt = DRIEHOEK_SOORTEN.filter((s) => !partijen.some((p) => p.soort === s));
      if (ontbreekt.length > 0) {
        throw new AppError(
          ErrorCode.DRIEHOEK_ONVOLLEDIG,
          `Het hoofddocument wordt ondertekend door de lokale driehoek; er ontbreekt een ${ontbreekt.map((s) => PARTIJ_SOORT_LABEL[s]).join(' en een ')}`,
          'input.ondertekenaarIds',
        );
      }
    }
    if (partijen.some((p) => p.soort === PartijSoort.PROVINCIE)) {
      throw invalid(
        'input.ondertekenaarIds',
        'De provincie houdt toezicht en ondertekent geen prestatieafspraken',
        ErrorCode.VERKEERDE_PARTIJSOORT,
      );
    }
    return partijen;
  }
}

/** Checks that `ids` names every item exactly once and returns the items in that order. */
export function permutation<T extends { id: string }>(
  items: T[],
  ids: string[],
  veld: string,
  wat: string,
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  if (
    ids.length !== items.length ||
    new Set(ids).size !== ids.length ||
    ids.some((id) => !byId.has(id))
  ) {
    throw invalid(
      veld,
      `Geef alle ${items.length} ${wat} precies één keer op, in de nieuwe volgorde`,
    );
  }
  return ids.map((id) => byId.get(id)!);
}
