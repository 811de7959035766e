import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/app-error';
import { zetBetrokkenen } from './afspraak-betrokkenen';
import { findOrFail } from '../database/find';
import type { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { detailsForType } from './afspraak-details';
import { checkLeden, ledenUitInput } from './afspraak-leden';
import { zetJaren } from './afspraak-jaren';
import { renumber, voorvoegselVan } from './afspraak-nummering';
import { afsprakenVan } from './afspraken-lijst.reader';
import { controleerBedragDelen, controleerBedragen } from './afspraak-bedragen.controle';
import { deelContextVan } from './afspraak-deel';
import { Afspraak } from './afspraak.entity';
import type {
  AfspraakFilter,
  CreateAfspraakInput,
  ReorderAfsprakenInput,
  UpdateAfspraakInput,
} from './afspraak.inputs';
import { Onderdeel, OnderdeelFase } from './onderdeel.entity';
import { permutation } from './onderdelen.service';
import { ThemasService } from './themas.service';
import { CollabServer } from '../collaboration/collab.server';
import { controleerTekst } from '../collaboration/tekst-controle';
import type { Actor } from '../auth/actor';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { OvereenkomstContext } from './overeenkomst-context';
import { locatieIdsVan, zetLocaties } from './afspraak-locaties.service';
import { zetNormen } from './normen-opslaan';
import { AuditActie, AuditService } from '../audit/audit.service';
import { OnderdeelInhoudReader } from './onderdeel-inhoud.reader';
import type { AfspraakInhoud } from './onderdeel-inhoud';
import { afspraakSamenvatting, afspraakWijziging } from './afspraak-audit';
import { vervolgAfspraak } from './afspraak-vervolg';

@Injectable()
export class AfsprakenService {
  constructor(
    private readonly em: EntityManager,
    private readonly themas: ThemasService,
    private readonly collab: CollabServer,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly audit: AuditService,
    private readonly inhoud: OnderdeelInhoudReader,
  ) {}

  /** Only afspraken of overeenkomsten in which one of `partijIds` takes part. */
  list(
    partijIds: string[],
    filter: AfspraakFilter | undefined,
    take: number,
    skip: number,
  ): Promise<{ items: { id: string; overeenkomstId: string }[]; total: number }> {
    return afsprakenVan(this.em, partijIds, filter, take, skip);
  }

  get(id: string): Promise<Afspraak> {
    return findOrFail(this.em, Afspraak, id, 'Afspraak');
  }

  /**
   * `door`: the person whose own command this is; open editors and lists are told once it is
   * stored. Steps that change afspraken as part of something larger (a bod, an accepted
   * proposal, a restored version) leave it out and announce that step; the demo tells no one.
   */
  async create(input: CreateAfspraakInput, door?: Actor): Promise<Afspraak> {
    if (!door) {
      const afspraak = await this.maak(input);
      if (input.tekst) await this.collab.zetTekst(input.onderdeelId, afspraak.id, input.tekst);
      return afspraak;
    }
    // The afspraak and its audit entry commit together; the text and the news follow the commit.
    const afspraak = await this.em.transactional(async (em) => {
      const afspraak = await this.maak(input);
      const na = await this.inhoudVan(em, input.onderdeelId, afspraak.id);
      await this.schrijfAudit(em, door, AuditActie.AFSPRAAK_TOEGEVOEGD, afspraak, {
        ...afspraakSamenvatting(na),
        ...(input.tekst ? { tekst: true } : {}),
      });
      return afspraak;
    });
    if (input.tekst) await this.collab.zetTekst(input.onderdeelId, afspraak.id, input.tekst);
    this.meld(GebeurtenisSoort.AFSPRAAK_NIEUW, door, {
      id: afspraak.id,
      overeenkomstId: afspraak.overeenkomst.id,
      onderdeelId: input.onderdeelId,
    });
    return afspraak;
  }

  /**
   * A new afspraak as one step of something larger (an imported agreement): checked and stored
   * in the caller's transaction; the caller writes its text into the co-editor's document after
   * the commit and tells of the whole.
   */
  async voegToeInTransactie(input: CreateAfspraakInput): Promise<Afspraak> {
    return this.maak(input);
  }

  /** Checks and stores a new afspraak (flushed, in the caller's transaction if there is one). */
  private async maak(input: CreateAfspraakInput): Promise<Afspraak> {
    const onderdeel = await findOrFail(this.em, Onderdeel, input.onderdeelId, 'Onderdeel');
    // The text goes into the co-editor's document after the afspraak is stored: checked first.
    controleerTekst(input.tekst, 'input.tekst');
    const context = await this.context(onderdeel.overeenkomst.id);
    const details = detailsForType(input.type, input.details);
    const leden = ledenUitInput(input.leden ?? []);
    const afspraken = await onderdeel.afspraken.init();
    const afspraak = new Afspraak({
      onderdeel,
      volgorde: Math.max(0, ...afspraken.getItems().map((a) => a.volgorde)) + 1,
      titel: input.titel,
      type: input.type,
      thema: ref(context.thema(input.themaId, 'input.themaId')),
      trekker: ref(await context.deelnemer(input.trekkerId, 'input.trekkerId')),
      volwassenheid: input.volwassenheid,
      details,
    });
    afspraak.doelgroepen = [...new Set(input.doelgroepen ?? [])];
    afspraak.trekkerGroep = input.trekkerGroep ?? null;
    await context.checkDetails(details);
    afspraak.leden = await checkLeden(leden, context);
    await zetBetrokkenen(afspraak, input.betrokkenen ?? [], context);
    await zetLocaties(this.em, afspraak, context.overeenkomst, input.locaties ?? []);
    // After leden, details and locaties: an amount or norm may name any of them.
    const delen = deelContextVan(afspraak, { locatieIds: await locatieIdsVan(afspraak) });
    afspraak.bedragen = await controleerBedragen(
      input.bedragen ?? [],
      context,
      'input.bedragen',
      delen,
    );
    await zetNormen(this.em, afspraak, context.overeenkomst, input, delen);
    zetJaren(afspraak, input.jaren ?? [], context);
    afspraak.indicatoren.set(await context.indicatoren(input.indicatorIds ?? []));
    onderdeel.afspraken.add(afspraak);
    renumber(onderdeel.afspraken.getItems(), await voorvoegselVan(this.em, onderdeel));
    await this.em.persistAndFlush(afspraak);
    return afspraak;
  }

  /**
   * A draft copy of `bron` that carries it into `jaarschijf` (an evaluation's DOORZETTEN): checked
   * against the overeenkomst like a new afspraak and numbered in its onderdeel; flushed by the
   * caller, inside its transaction. The text is copied as materialised; the caller writes it into
   * the co-editor's document after the commit.
   */
  async vervolg(bron: Afspraak, jaarschijf: Jaarschijf, concretisering: string): Promise<Afspraak> {
    const context = await this.context(bron.overeenkomst.id);
    return vervolgAfspraak(this.em, context, bron, jaarschijf, concretisering);
  }

  /** `door`: as for {@link create}. */
  async update(input: UpdateAfspraakInput, door?: Actor): Promise<Afspraak> {
    if (!door) {
      const afspraak = await this.wijzig(input);
      if (input.tekst != null)
        await this.collab.zetTekst(afspraak.onderdeel.id, afspraak.id, input.tekst);
      return afspraak;
    }
    if (input.tekst != null) await this.eisOpstellen(input.id);
    const afspraak = await this.em.transactional(async (em) => {
      const onderdeelId = (await this.get(input.id)).onderdeel.id;
      const voor = await this.inhoudVan(em, onderdeelId, input.id);
      const afspraak = await this.wijzig(input);
      const wijziging = afspraakWijziging(
        voor,
        await this.inhoudVan(em, onderdeelId, input.id),
        input.tekst,
      );
      if (wijziging) {
        await this.schrijfAudit(em, door, AuditActie.AFSPRAAK_GEWIJZIGD, afspraak, {
          ...wijziging,
        });
      }
      return afspraak;
    });
    if (input.tekst != null) {
      await this.collab.zetTekst(afspraak.onderdeel.id, afspraak.id, input.tekst);
    }
    this.meld(GebeurtenisSoort.AFSPRAAK_GEWIJZIGD, door, {
      id: afspraak.id,
      overeenkomstId: afspraak.overeenkomst.id,
      onderdeelId: afspraak.onderdeel.id,
    });
    return afspraak;
  }

  /**
   * Once the negotiation is open an afspraak's text changes only through suggestions in the
   * co-editor, which the other signing partijen accept or reject; a text set through the API
   * would bypass them. (Accepted proposals and restored versions are decisions, not edits.)
   */
  private async eisOpstellen(afspraakId: string): Promise<void> {
    const afspraak = await this.em
      .fork()
      .findOne(Afspraak, afspraakId, { fields: ['onderdeel.fase'] });
    if (afspraak?.onderdeel.$.fase === OnderdeelFase.ONDERHANDELEN)
      throw new AppError(
        ErrorCode.TEKST_VIA_SUGGESTIES,
        'De onderhandeling over dit onderdeel is geopend: de tekst van een afspraak verandert nu alleen via suggesties in de tekst, die de andere ondertekenaars aanvaarden of afwijzen (input.tekst)',
        'input.tekst',
      );
  }

  /** Checks and applies an edit (flushed, in the caller's transaction if there is one). */
  private async wijzig(input: UpdateAfspraakInput): Promise<Afspraak> {
    const afspraak = await this.get(input.id);
    controleerTekst(input.tekst, 'input.tekst');
    const context = await this.context(afspraak.overeenkomst.id);
    if (input.titel != null) afspraak.titel = input.titel;
    if (input.volwassenheid != null) afspraak.volwassenheid = input.volwassenheid;
    if (input.doelgroepen != null) afspraak.doelgroepen = [...new Set(input.doelgroepen)];
    if (input.trekkerId != null)
      afspraak.trekker = ref(await context.deelnemer(input.trekkerId, 'input.trekkerId'));
    if (input.type != null || input.details != null) {
      const type = input.type ?? afspraak.type;
      if (input.details == null) {
        throw new AppError(
          ErrorCode.DETAILS_PASSEN_NIET_BIJ_TYPE,
          'Geef bij een ander type ook de gegevens die bij dat type horen (details)',
          'input.details',
        );
      }
      const details = detailsForType(type, input.details);
      await context.checkDetails(details);
      afspraak.type = type;
      afspraak.details = details;
    }
    if (input.leden != null) {
      afspraak.leden = await checkLeden(ledenUitInput(input.leden), context);
    }
    if (input.trekkerGroep !== undefined) afspraak.trekkerGroep = input.trekkerGroep;
    // A new trekker, group or type can contradict the roles the betrokkenen have: checked again.
    if (
      input.betrokkenen != null ||
      input.trekkerId != null ||
      input.trekkerGroep !== undefined ||
      input.details != null
    ) {
      await afspraak.betrokkenen.init();
      await zetBetrokkenen(afspraak, input.betrokkenen ?? undefined, context, {
        trekker:
          input.trekkerId == null && input.trekkerGroep ? 'input.trekkerGroep' : 'input.trekkerId',
        betrokkenen: 'input.betrokkenen',
      });
    }
    if (input.locaties != null) {
      await afspraak.locaties.init();
      await zetLocaties(this.em, afspraak, context.overeenkomst, input.locaties);
    }
    // After leden, details and locaties: an amount, norm or voorwaarde may name any of them;
    // stored ones are checked again, as what they name may just have gone.
    const delen = deelContextVan(afspraak, { locatieIds: await locatieIdsVan(afspraak) });
    afspraak.bedragen =
      input.bedragen != null
        ? await controleerBedragen(input.bedragen, context, 'input.bedragen', delen)
        : controleerBedragDelen(afspraak.bedragen, delen);
    await zetNormen(this.em, afspraak, context.overeenkomst, input, delen);
    if (input.jaren != null) {
      await afspraak.jaarschijven.init();
      zetJaren(afspraak, input.jaren, context);
    }
    if (input.indicatorIds != null) {
      await afspraak.indicatoren.init();
      afspraak.indicatoren.set(await context.indicatoren(input.indicatorIds));
    }
    if (input.themaId != null && input.themaId !== afspraak.thema.id) {
      afspraak.thema = ref(context.thema(input.themaId, 'input.themaId'));
      const onderdeel = await afspraak.onderdeel.loadOrFail();
      renumber(
        (await onderdeel.afspraken.init()).getItems(),
        await voorvoegselVan(this.em, onderdeel),
      );
    }
    await this.em.flush();
    return afspraak;
  }

  /** `door`: as for {@link create}. */
  async delete(id: string, door?: Actor): Promise<string> {
    if (!door) {
      const { onderdeelId } = await this.verwijder(id);
      this.collab.indelingGewijzigd(onderdeelId);
      return id;
    }
    const waar = await this.em.transactional(async (em) => {
      const afspraak = await this.get(id);
      const voor = await this.inhoudVan(em, afspraak.onderdeel.id, id);
      await this.schrijfAudit(
        em,
        door,
        AuditActie.AFSPRAAK_VERWIJDERD,
        afspraak,
        afspraakSamenvatting(voor),
      );
      return this.verwijder(id);
    });
    this.collab.indelingGewijzigd(waar.onderdeelId);
    this.meld(GebeurtenisSoort.AFSPRAAK_VERWIJDERD, door, waar);
    return id;
  }

  private async verwijder(
    id: string,
  ): Promise<{ id: string; overeenkomstId: string; onderdeelId: string }> {
    const afspraak = await this.get(id);
    const waar = {
      id,
      overeenkomstId: afspraak.overeenkomst.id,
      onderdeelId: afspraak.onderdeel.id,
    };
    const onderdeel = await afspraak.onderdeel.loadOrFail();
    await this.context(onderdeel.overeenkomst.id); // themes into the identity map for renumbering
    const afspraken = await onderdeel.afspraken.init();
    afspraken.remove(afspraak);
    this.em.remove(afspraak);
    renumber(afspraken.getItems(), await voorvoegselVan(this.em, onderdeel));
    await this.em.flush();
    return waar;
  }

  async reorder(input: ReorderAfsprakenInput): Promise<Afspraak[]> {
    const onderdeel = await findOrFail(this.em, Onderdeel, input.onderdeelId, 'Onderdeel');
    await this.context(onderdeel.overeenkomst.id);
    const afspraken = (await onderdeel.afspraken.init()).getItems();
    const ordered = permutation(afspraken, input.afspraakIds, 'input.afspraakIds', 'afspraken');
    ordered.forEach((a, i) => (a.volgorde = i + 1));
    const numbered = renumber(ordered, await voorvoegselVan(this.em, onderdeel));
    await this.em.flush();
    return numbered;
  }

  /** The afspraak as its onderdeel's content holds it, read in the change's transaction. */
  private async inhoudVan(
    em: EntityManager,
    onderdeelId: string,
    afspraakId: string,
  ): Promise<AfspraakInhoud> {
    const inhoud = await this.inhoud.lees(onderdeelId, em);
    return inhoud.afspraken.find((a) => a.id === afspraakId)!;
  }

  /** A person's own edit of a draft afspraak, in the edit's transaction. */
  private async schrijfAudit(
    em: EntityManager,
    door: Actor,
    actie: AuditActie,
    afspraak: Afspraak,
    gegevens: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.schrijf(
      {
        overeenkomstId: afspraak.overeenkomst.id,
        actor: door,
        actie,
        onderwerpSoort: 'Afspraak',
        onderwerpId: afspraak.id,
        gegevens,
      },
      em,
    );
  }

  /** Tells open editors and lists that an afspraak came, changed (its fields) or went. */
  private meld(
    soort: GebeurtenisSoort,
    actor: Actor,
    a: { id: string; overeenkomstId: string; onderdeelId: string },
  ): void {
    this.gebeurtenissen.publiceer({
      soort,
      overeenkomstId: a.overeenkomstId,
      onderdeelId: a.onderdeelId,
      afspraakId: a.id,
      onderwerpId: a.id,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: null,
    });
  }

  /** Loads, once per command, what every check against the overeenkomst needs. */
  private context(overeenkomstId: string): Promise<OvereenkomstContext> {
    return OvereenkomstContext.laad(this.em, overeenkomstId, this.themas);
  }
}
