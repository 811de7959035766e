import { LockMode, ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { crashpunt } from '../common/crashpunt';
import { AppError, binnen, ErrorCode, forbidden, invalid, notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { IndicatorenService } from '../indicatoren/indicatoren.service';
import { Streefwaarde } from '../indicatoren/indicator.entity';
import { streefwaardeTekst } from '../indicatoren/streefwaarde-tekst';
import { dag, jaarVan } from '../jaarcyclus/kalender';
import { JaarcyclusService } from '../jaarcyclus/jaarcyclus.service';
import { Jaarschijf, JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { AfsprakenService } from '../overeenkomsten/afspraken.service';
import { bedragenView, partijIdsInBedragen } from '../overeenkomsten/afspraak-bedragen';
import { Partij } from '../partijen/partij.entity';
import { partijModel, type PartijModel } from '../partijen/partij.model';
import { PermissionsService } from '../partijen/permissions.service';
import type { BodMogelijkheidModel } from './bod.models';
import { type Toestemming, toestemming } from '../common/toestemming';
import { hoofddocumentVan } from '../overeenkomsten/onderdeel-inhoud.reader';
import { Bod } from './bod.entity';
import type { BodModel, DienBodInInput } from './bod.models';

@Injectable()
export class BodService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
    private readonly jaarcyclus: JaarcyclusService,
    private readonly afspraken: AfsprakenService,
    private readonly indicatoren: IndicatorenService,
    private readonly opdrachten: DocumentOpdrachten,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  /**
   * Whether the person can hand in a bod on this jaarschijf now (the checks of `dienIn`, and no
   * bod of the corporatie yet), and else why not.
   */
  async magIndienen(actor: Actor, jaarschijfId: string, partijId?: string): Promise<Toestemming> {
    return toestemming(async () => {
      const { corporatie, j } = await this.toets(actor, { jaarschijfId, partijId });
      await this.nogGeenBod(this.em, corporatie, j);
    });
  }

  /**
   * Per coming jaarschijf and per corporatie the person writes for: whether a bod can be handed in
   * now, and else why not (what the bod screen offers).
   */
  async mogelijkheden(actor: Actor, overeenkomstId: string): Promise<BodMogelijkheidModel[]> {
    const betrokken = await this.permissions.zichtbaar(
      actor,
      overeenkomstId,
      'Overeenkomst',
      overeenkomstId,
    );
    const corporaties = this.permissions.schrijvendeCorporaties(actor, betrokken);
    const jaarschijven = await this.em.find(
      Jaarschijf,
      { overeenkomst: overeenkomstId, jaar: { $gt: jaarVan(this.klok.nu()) } },
      { fields: ['jaar'], orderBy: { jaar: 'asc' } },
    );
    const uit: BodMogelijkheidModel[] = [];
    for (const j of jaarschijven)
      for (const c of corporaties)
        uit.push({
          jaarschijfId: j.id,
          jaar: j.jaar,
          partijId: c.partijId,
          partij: c.partijNaam,
          mag: await this.magIndienen(actor, j.id, c.partijId),
        });
    return uit;
  }

  private async nogGeenBod(
    em: EntityManager,
    corporatie: { partijId: string; partijNaam: string },
    j: Jaarschijf,
  ): Promise<void> {
    if (await em.count(Bod, { jaarschijf: j.id, partij: corporatie.partijId })) {
      throw new AppError(
        ErrorCode.BOD_AL_INGEDIEND,
        `${corporatie.partijNaam} heeft al een bod op ${j.jaar} ingediend; vul dat aan in de onderhandeling`,
        'input.jaarschijfId',
      );
    }
  }

  /** Who (a corporatie taking part), which year (a coming one, not yet negotiated), where. */
  private async toets(
    actor: Actor,
    input: Pick<DienBodInInput, 'jaarschijfId' | 'partijId' | 'onderdeelId'>,
  ) {
    const { overeenkomstId, betrokken } = await this.permissions.betrokkenVia(
      actor,
      'jaarschijf',
      input.jaarschijfId,
      'Jaarschijf',
    );
    const corporaties = this.permissions
      .schrijvendeCorporaties(actor, betrokken)
      .filter((b) => !input.partijId || b.partijId === input.partijId);
    if (corporaties.length > 1) {
      throw invalid(
        'input.partijId',
        `U handelt namens meerdere corporaties (${corporaties.map((c) => c.partijNaam).join(', ')}); kies er één met partijId`,
      );
    }
    const corporatie = corporaties[0];
    if (!corporatie) {
      throw forbidden(
        'Een bod brengt een woningcorporatie uit die aan de overeenkomst deelneemt; daarvoor moet u opsteller of ondertekenaar zijn bij die corporatie',
      );
    }
    const j = await this.em.fork().findOneOrFail(Jaarschijf, { id: input.jaarschijfId });
    const nu = this.klok.nu();
    if (j.jaar <= jaarVan(nu)) {
      throw invalid(
        'input.jaarschijfId',
        `Een bod geldt een komend jaar; ${j.jaar} is al begonnen`,
        ErrorCode.STATUS_ONJUIST,
      );
    }
    if (j.status !== JaarschijfStatus.CONCEPT && j.status !== JaarschijfStatus.BOD_ONTVANGEN) {
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        `Over jaarschijf ${j.jaar} wordt al onderhandeld of getekend; een bod komt daarvoor`,
        'input.jaarschijfId',
      );
    }
    const onderdeelId = input.onderdeelId ?? (await hoofddocumentVan(this.em, overeenkomstId));
    if (input.onderdeelId) {
      const van = await this.permissions.zichtbaarVia(actor, 'onderdeel', onderdeelId, 'Onderdeel');
      if (van !== overeenkomstId) throw notFound('Onderdeel', onderdeelId);
    }
    await this.permissions.onderdeelBewerken(actor, onderdeelId);
    return { overeenkomstId, corporatie, j, nu, onderdeelId };
  }

  /**
   * A corporatie hands in its bod: every proposed activity becomes a draft afspraak with the
   * corporatie as trekker in the coming jaarschijf, with its indicators and proposed targets, all
   * in one transaction; the jaarschijf moves to bod ontvangen. Gemeente and huurders see it at
   * once and take it into the negotiation.
   */
  async dienIn(actor: Actor, input: DienBodInInput): Promise<string> {
    const { overeenkomstId, corporatie, j, nu, onderdeelId } = await this.toets(actor, input);
    for (const [i, indicator] of (input.indicatoren ?? []).entries()) {
      const buiten = indicator.afspraken.find((n) => n >= input.afspraken.length);
      if (buiten !== undefined) {
        throw invalid(
          `input.indicatoren.${i}.afspraken`,
          `Het bod heeft geen afspraak op plaats ${buiten} (de lijst telt ${input.afspraken.length} afspraken, vanaf 0)`,
        );
      }
    }
    const kalender = await this.jaarcyclus.kalender(overeenkomstId);
    const teLaat = nu >= dag(j.jaar - 1, kalender.bodVoor);

    const teksten: { afspraakId: string; tekst: string }[] = [];
    crashpunt('bod:start', `${input.jaarschijfId}/${corporatie.partijId}`);
    const bodId = await this.em.transactional(async (em) => {
      const vergrendeld = await em.findOneOrFail(
        Jaarschijf,
        { id: input.jaarschijfId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      await this.nogGeenBod(em, corporatie, j);
      const bod = new Bod(
        ref(Jaarschijf, input.jaarschijfId),
        ref(Partij, corporatie.partijId),
        input.toelichting,
        ref(Gebruiker, actor.gebruikerId),
      );
      bod.teLaat = teLaat;
      bod.createdAt = nu;
      const afspraakIds: string[] = [];
      for (const [i, a] of input.afspraken.entries()) {
        const { concretisering, tekst, ...velden } = a;
        const afspraak = await binnen(`input.afspraken.${i}`, () =>
          this.afspraken.create({
            ...velden,
            onderdeelId,
            trekkerId: corporatie.partijId,
            jaren: [{ jaar: j.jaar, concretisering: concretisering ?? '' }],
            indicatorIds: [],
          }),
        );
        afspraakIds.push(afspraak.id);
        bod.afspraken.add(afspraak);
        if (tekst) teksten.push({ afspraakId: afspraak.id, tekst });
      }
      for (const [i, ind] of (input.indicatoren ?? []).entries()) {
        const { afspraken, streefwaarde, ...velden } = ind;
        const indicator = await binnen(`input.indicatoren.${i}`, () =>
          this.indicatoren.nieuw({
            ...velden,
            overeenkomstId,
            afspraakIds: afspraken.map((n) => afspraakIds[n]!),
          }),
        );
        await binnen(`input.indicatoren.${i}.streefwaarde`, () =>
          this.indicatoren.nieuweStreefwaarde({
            ...streefwaarde,
            indicatorId: indicator.id,
            jaar: j.jaar,
          }),
        );
        bod.indicatoren.add(indicator);
      }
      em.persist(bod);
      await em.flush();
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          partij: { id: corporatie.partijId, naam: corporatie.partijNaam },
          actie: AuditActie.BOD_INGEDIEND,
          onderwerpSoort: 'Jaarschijf',
          onderwerpId: input.jaarschijfId,
          gegevens: {
            jaar: j.jaar,
            toelichting: input.toelichting,
            afspraken: input.afspraken.map((a) => a.titel),
            indicatoren: (input.indicatoren ?? []).map((i) => i.naam),
            teLaat,
          },
        },
        em,
      );
      if (vergrendeld.status === JaarschijfStatus.CONCEPT) {
        await em.nativeUpdate(
          Jaarschijf,
          { id: input.jaarschijfId },
          { status: JaarschijfStatus.BOD_ONTVANGEN },
        );
        await this.audit.schrijf(
          {
            overeenkomstId,
            actor,
            actie: AuditActie.JAARSCHIJF_STATUS,
            onderwerpSoort: 'Jaarschijf',
            onderwerpId: input.jaarschijfId,
            gegevens: {
              jaar: j.jaar,
              van: JaarschijfStatus.CONCEPT,
              naar: JaarschijfStatus.BOD_ONTVANGEN,
              door: `bod van ${corporatie.partijNaam}`,
            },
          },
          em,
        );
      }
      // The activities' text goes into the document with the commit (see DocumentOpdrachten).
      for (const t of teksten)
        this.opdrachten.plan(em, onderdeelId, t.afspraakId, { tekst: t.tekst });
      await em.flush();
      crashpunt('bod:na-audit', `${input.jaarschijfId}/${corporatie.partijId}`);
      return bod.id;
    });
    crashpunt('bod:na-commit', `${input.jaarschijfId}/${corporatie.partijId}`);
    await this.opdrachten.voerUit(onderdeelId);
    this.gebeurtenissen.publiceer({
      soort: GebeurtenisSoort.BOD,
      overeenkomstId,
      onderdeelId,
      afspraakId: null,
      onderwerpId: bodId,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: corporatie.partijNaam,
    });
    return bodId;
  }

  /** The boden on an overeenkomst (optionally one year), with their afspraken and targets. */
  async lijst(overeenkomstId: string, jaar?: number | null): Promise<BodModel[]> {
    const em = this.em.fork();
    const boden = await em.find(
      Bod,
      { jaarschijf: { overeenkomst: overeenkomstId, ...(jaar != null ? { jaar } : {}) } },
      {
        populate: ['jaarschijf', 'partij', 'door', 'afspraken.onderdeel', 'indicatoren'],
        orderBy: { jaarschijf: { jaar: 'asc' }, createdAt: 'asc' },
        populateOrderBy: {
          afspraken: { onderdeel: { volgorde: 'asc' }, volgorde: 'asc' },
          indicatoren: { naam: 'asc' },
        },
      },
    );
    if (boden.length === 0) return [];
    const streefwaarden = await em.find(Streefwaarde, {
      indicator: { $in: boden.flatMap((b) => b.indicatoren.getIdentifiers<string>()) },
      jaarschijf: { $in: boden.map((b) => b.jaarschijf.id) },
      locatie: null,
    });
    const partijen = await this.bedragPartijen(em, boden);
    return boden.map((b) => ({
      id: b.id,
      jaar: b.jaarschijf.getEntity().jaar,
      jaarschijfId: b.jaarschijf.id,
      partijId: b.partij.id,
      partij: b.partij.getEntity().naam,
      toelichting: b.toelichting,
      teLaat: b.teLaat,
      door: b.door.getEntity().naam,
      ingediend: b.createdAt,
      afspraken: b.afspraken.getItems().map((a) => ({
        id: a.id,
        nummer: a.nummer,
        titel: a.titel,
        type: a.type,
        onderdeel: a.onderdeel.getEntity().titel,
        // A bod is on one year: a yearly amount without years counts in that year.
        bedragen: bedragenView(
          a.bedragen,
          (id) => partijen.get(id)!,
          [b.jaarschijf.getEntity().jaar],
          [b.jaarschijf.getEntity().jaar],
        ),
      })),
      indicatoren: b.indicatoren.getItems().map((i) => ({
        id: i.id,
        naam: i.naam,
        eenheid: i.eenheid,
        streefwaarde: streefwaardeTekst(
          streefwaarden.find(
            (s) => s.indicator.id === i.id && s.jaarschijf?.id === b.jaarschijf.id,
          ),
          i.eenheid,
        ),
      })),
    }));
  }

  /** The partijen the boden' amounts name, as models, in one query. */
  private async bedragPartijen(em: EntityManager, boden: Bod[]): Promise<Map<string, PartijModel>> {
    const ids = [
      ...new Set(
        boden.flatMap((b) =>
          b.afspraken.getItems().flatMap((a) => partijIdsInBedragen(a.bedragen)),
        ),
      ),
    ];
    const partijen = ids.length ? await em.find(Partij, { id: { $in: ids } }) : [];
    return new Map(partijen.map((p) => [p.id, partijModel(p)]));
  }
}
