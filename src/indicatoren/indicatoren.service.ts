import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, invalid, notFound } from '../common/app-error';
import type { Actor } from '../auth/actor';
import { Klok } from '../common/klok';
import { findOrFail } from '../database/find';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { checkRealisatie, horizonjaar, isTussenstand } from './doel-regels';
import { applyStreefwaarde, setNulmeting } from './streefwaarde';
import { Indicator, Realisatie, Streefwaarde, StreefwaardeSoort } from './indicator.entity';
import type {
  CreateIndicatorInput,
  CreateRealisatieInput,
  CreateStreefwaardeInput,
  UpdateIndicatorInput,
  UpdateRealisatieInput,
  UpdateStreefwaardeInput,
} from './indicator.inputs';
import { plaatsVoor, voorPlaats } from './plaats';
import type { Locatie } from '../overeenkomsten/locatie.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { indicatorStand, standWijziging, streefwaardeStand } from './indicator-audit';

@Injectable()
export class IndicatorenService {
  constructor(
    private readonly em: EntityManager,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly klok: Klok,
    private readonly audit: AuditService,
  ) {}

  get(id: string): Promise<Indicator> {
    return findOrFail(this.em, Indicator, id, 'Indicator');
  }

  async create(actor: Actor, input: CreateIndicatorInput): Promise<Indicator> {
    // The indicator and its audit entry commit together; the news follows the commit.
    const indicator = await this.em.transactional(async (em) => {
      const indicator = await this.nieuw(input);
      await this.schrijf(em, actor, AuditActie.INDICATOR_TOEGEVOEGD, indicator, {
        ...indicatorStand(indicator, input.afspraakIds ?? []),
      });
      return indicator;
    });
    this.meld(GebeurtenisSoort.INDICATOR_NIEUW, actor, indicator);
    return indicator;
  }

  /**
   * Stores a new indicator without announcing it: for a command that creates it inside its own
   * transaction and announces itself after its commit (a bod), or the demo.
   */
  async nieuw(input: CreateIndicatorInput): Promise<Indicator> {
    const overeenkomst = await findOrFail(
      this.em,
      Overeenkomst,
      input.overeenkomstId,
      'Overeenkomst',
    );
    const indicator = new Indicator(overeenkomst, input.naam, input.eenheid);
    indicator.definitie = input.definitie ?? '';
    indicator.definitieBron = input.definitieBron ?? null;
    if (input.richting) indicator.richting = input.richting;
    setNulmeting(indicator, input.nulmetingWaarde, input.nulmetingJaar);
    indicator.afspraken.set(await this.afspraken(overeenkomst.id, input.afspraakIds ?? []));
    await this.em.persistAndFlush(indicator);
    return indicator;
  }

  async update(actor: Actor, input: UpdateIndicatorInput): Promise<Indicator> {
    const indicator = await this.em.transactional(async (em) => {
      const indicator = await this.get(input.id);
      const ids = async () => (await indicator.afspraken.loadItems()).map((a) => a.id);
      const voor = indicatorStand(indicator, await ids());
      await this.wijzig(indicator, input);
      const wijziging = standWijziging(voor, indicatorStand(indicator, await ids()));
      if (wijziging) {
        await this.schrijf(em, actor, AuditActie.INDICATOR_GEWIJZIGD, indicator, {
          naam: indicator.naam,
          ...wijziging,
        });
      }
      return indicator;
    });
    this.meld(GebeurtenisSoort.INDICATOR_GEWIJZIGD, actor, indicator);
    return indicator;
  }

  private async wijzig(indicator: Indicator, input: UpdateIndicatorInput): Promise<void> {
    indicator.hernoem(input);
    if (input.definitie != null) indicator.definitie = input.definitie;
    if (input.definitieBron !== undefined) indicator.definitieBron = input.definitieBron;
    if (input.richting != null) indicator.richting = input.richting;
    if (input.nulmetingWaarde !== undefined || input.nulmetingJaar !== undefined) {
      setNulmeting(
        indicator,
        input.nulmetingWaarde !== undefined ? input.nulmetingWaarde : indicator.nulmetingWaarde,
        input.nulmetingJaar !== undefined ? input.nulmetingJaar : indicator.nulmetingJaar,
      );
    }
    if (input.afspraakIds != null) {
      await indicator.afspraken.init();
      indicator.afspraken.set(await this.afspraken(indicator.overeenkomst.id, input.afspraakIds));
    }
    await this.em.flush();
  }

  async delete(actor: Actor, id: string): Promise<string> {
    const indicator = await this.em.transactional(async (em) => {
      const indicator = await this.get(id);
      await this.schrijf(em, actor, AuditActie.INDICATOR_VERWIJDERD, indicator, {
        naam: indicator.naam,
        eenheid: indicator.eenheid,
      });
      await em.nativeDelete(Indicator, { id });
      return indicator;
    });
    this.meld(GebeurtenisSoort.INDICATOR_VERWIJDERD, actor, indicator);
    return id;
  }

  async createStreefwaarde(actor: Actor, input: CreateStreefwaardeInput): Promise<Streefwaarde> {
    const streefwaarde = await this.em.transactional(async (em) => {
      const streefwaarde = await this.nieuweStreefwaarde(input);
      await this.schrijfStreefwaarde(em, actor, AuditActie.STREEFWAARDE_TOEGEVOEGD, streefwaarde, {
        ...streefwaardeStand(streefwaarde),
      });
      return streefwaarde;
    });
    await this.meldVia(actor, streefwaarde.indicator.id);
    return streefwaarde;
  }

  /** A new streefwaarde, not announced (see {@link nieuw}). */
  async nieuweStreefwaarde(input: CreateStreefwaardeInput): Promise<Streefwaarde> {
    const indicator = await this.get(input.indicatorId);
    const overeenkomst = await indicator.overeenkomst.loadOrFail();
    // Keyed by year: a horizon target after the periode has no jaarschijf. Only when asked
    // for, so a mistyped year is still refused as outside the periode.
    const jaarschijf = input.horizon
      ? horizonjaar(input.jaar, overeenkomst)
      : await this.jaarschijf(indicator, input.jaar);
    const locatie = await plaatsVoor(this.em, indicator, input.locatieId);
    if ((await this.em.count(Streefwaarde, { indicator, jaar: input.jaar, locatie })) > 0) {
      throw invalid(
        'input.jaar',
        `Er is al een streefwaarde voor ${input.jaar}${voorPlaats(locatie)}; wijzig die`,
        ErrorCode.AL_AANWEZIG,
      );
    }
    const streefwaarde = new Streefwaarde(indicator, jaarschijf, input.soort, input.jaar);
    streefwaarde.locatie = locatie && ref(locatie);
    applyStreefwaarde(streefwaarde, input);
    await this.em.persistAndFlush(streefwaarde);
    return streefwaarde;
  }

  async updateStreefwaarde(actor: Actor, input: UpdateStreefwaardeInput): Promise<Streefwaarde> {
    const streefwaarde = await this.em.transactional(async (em) => {
      const streefwaarde = await findOrFail(this.em, Streefwaarde, input.id, 'Streefwaarde');
      const voor = streefwaardeStand(streefwaarde);
      applyStreefwaarde(streefwaarde, {
        soort: input.soort ?? streefwaarde.soort,
        waarde: input.waarde !== undefined ? input.waarde : streefwaarde.waarde,
        min: input.min !== undefined ? input.min : streefwaarde.min,
        max: input.max !== undefined ? input.max : streefwaarde.max,
        effect: input.effect !== undefined ? input.effect : streefwaarde.effect,
      });
      await this.em.flush();
      const wijziging = standWijziging(voor, streefwaardeStand(streefwaarde));
      if (wijziging) {
        await this.schrijfStreefwaarde(em, actor, AuditActie.STREEFWAARDE_GEWIJZIGD, streefwaarde, {
          jaar: streefwaarde.jaar,
          locatieId: streefwaarde.locatie?.id ?? null,
          ...wijziging,
        });
      }
      return streefwaarde;
    });
    await this.meldVia(actor, streefwaarde.indicator.id);
    return streefwaarde;
  }

  async deleteStreefwaarde(actor: Actor, id: string): Promise<string> {
    const streefwaarde = await this.em.transactional(async (em) => {
      const streefwaarde = await findOrFail(this.em, Streefwaarde, id, 'Streefwaarde');
      await this.schrijfStreefwaarde(em, actor, AuditActie.STREEFWAARDE_VERWIJDERD, streefwaarde, {
        ...streefwaardeStand(streefwaarde),
      });
      await em.nativeDelete(Streefwaarde, { id });
      return streefwaarde;
    });
    await this.meldVia(actor, streefwaarde.indicator.id);
    return id;
  }

  async createRealisatie(actor: Actor | null, input: CreateRealisatieInput): Promise<Realisatie> {
    const indicator = await this.get(input.indicatorId);
    const jaarschijf = await this.jaarschijf(indicator, input.jaar);
    const locatie = await plaatsVoor(this.em, indicator, input.locatieId);
    if ((await this.em.count(Realisatie, { indicator, jaarschijf, locatie })) > 0) {
      throw invalid(
        'input.jaar',
        `Er is al een realisatie voor ${input.jaar}${voorPlaats(locatie)}; wijzig die`,
        ErrorCode.AL_AANWEZIG,
      );
    }
    const waarden = {
      waarde: input.waarde ?? null,
      oordeel: input.oordeel ?? null,
      toelichting: input.toelichting ?? '',
    };
    checkRealisatie(waarden, await this.doelSoort(indicator.id, input.jaar, locatie), input.jaar);
    const realisatie = new Realisatie(indicator, jaarschijf, waarden.waarde);
    realisatie.oordeel = waarden.oordeel;
    realisatie.locatie = locatie && ref(locatie);
    realisatie.bron = input.bron ?? '';
    realisatie.toelichting = waarden.toelichting;
    realisatie.tussenstand = isTussenstand(input.jaar, this.klok.nu());
    await this.em.persistAndFlush(realisatie);
    this.meld(GebeurtenisSoort.INDICATOR_GEWIJZIGD, actor, indicator);
    return realisatie;
  }

  async updateRealisatie(actor: Actor, input: UpdateRealisatieInput): Promise<Realisatie> {
    const realisatie = await findOrFail(this.em, Realisatie, input.id, 'Realisatie', {
      populate: ['jaarschijf', 'locatie'],
    });
    const jaar = realisatie.jaarschijf.getEntity().jaar;
    const waarden = {
      waarde: input.waarde !== undefined ? input.waarde : realisatie.waarde,
      oordeel: input.oordeel !== undefined ? input.oordeel : (realisatie.oordeel ?? null),
      toelichting: input.toelichting ?? realisatie.toelichting,
    };
    checkRealisatie(
      waarden,
      await this.doelSoort(realisatie.indicator.id, jaar, realisatie.locatie?.getEntity() ?? null),
      jaar,
    );
    Object.assign(realisatie, waarden);
    if (input.bron != null) realisatie.bron = input.bron;
    // A figure changed after its year ended is the final one.
    realisatie.tussenstand = isTussenstand(jaar, this.klok.nu());
    await this.em.flush();
    await this.meldVia(actor, realisatie.indicator.id);
    return realisatie;
  }

  async deleteRealisatie(actor: Actor, id: string): Promise<string> {
    const realisatie = await findOrFail(this.em, Realisatie, id, 'Realisatie');
    await this.em.nativeDelete(Realisatie, { id });
    await this.meldVia(actor, realisatie.indicator.id);
    return id;
  }

  /**
   * The kind of target set for that year and place, if any; a place without a target of its own
   * is judged by the whole agreement's.
   */
  private async doelSoort(
    indicatorId: string,
    jaar: number,
    locatie: Locatie | null,
  ): Promise<StreefwaardeSoort | null> {
    const doelen = await this.em.find(
      Streefwaarde,
      { indicator: indicatorId, jaar, locatie: locatie ? [locatie.id, null] : null },
      { fields: ['soort', 'locatie'] },
    );
    const eigen = doelen.find((d) => d.locatie && d.locatie.id === locatie?.id);
    return (eigen ?? doelen.find((d) => !d.locatie))?.soort ?? null;
  }

  /** An edit of an indicator, in the edit's transaction. */
  private async schrijf(
    em: EntityManager,
    actor: Actor,
    actie: AuditActie,
    indicator: Indicator,
    gegevens: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.schrijf(
      {
        overeenkomstId: indicator.overeenkomst.id,
        actor,
        actie,
        onderwerpSoort: 'Indicator',
        onderwerpId: indicator.id,
        gegevens,
      },
      em,
    );
  }

  /** An edit of a target, in the edit's transaction, naming its indicator. */
  private async schrijfStreefwaarde(
    em: EntityManager,
    actor: Actor,
    actie: AuditActie,
    streefwaarde: Streefwaarde,
    gegevens: Record<string, unknown>,
  ): Promise<void> {
    const indicator = await streefwaarde.indicator.loadOrFail();
    await this.audit.schrijf(
      {
        overeenkomstId: indicator.overeenkomst.id,
        actor,
        actie,
        onderwerpSoort: 'Streefwaarde',
        onderwerpId: streefwaarde.id,
        gegevens: { indicatorId: indicator.id, indicator: indicator.naam, ...gegevens },
      },
      em,
    );
  }

  /** A streefwaarde or realisatie changed: its indicator did. */
  private async meldVia(actor: Actor, indicatorId: string): Promise<void> {
    this.meld(GebeurtenisSoort.INDICATOR_GEWIJZIGD, actor, await this.get(indicatorId));
  }

  /** After the change is stored: open screens reload the indicator (with its figures). */
  private meld(
    soort: GebeurtenisSoort,
    actor: Actor | null,
    indicator: { id: string; overeenkomst: { id: string } },
  ): void {
    this.gebeurtenissen.meldDeel(soort, actor, {
      overeenkomstId: indicator.overeenkomst.id,
      onderwerpId: indicator.id,
    });
  }

  private async jaarschijf(indicator: Indicator, jaar: number): Promise<Jaarschijf> {
    const jaarschijf = await this.em.findOne(Jaarschijf, {
      overeenkomst: indicator.overeenkomst.id,
      jaar,
    });
    if (!jaarschijf) {
      const overeenkomst = await indicator.overeenkomst.loadOrFail();
      throw new AppError(
        ErrorCode.JAAR_BUITEN_PERIODE,
        `${jaar} valt buiten de periode ${overeenkomst.startjaar}–${overeenkomst.eindjaar} van de overeenkomst`,
        'input.jaar',
      );
    }
    return jaarschijf;
  }

  private async afspraken(overeenkomstId: string, ids: string[]): Promise<Afspraak[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await this.em.find(Afspraak, {
      id: { $in: unique },
      overeenkomst: overeenkomstId,
    });
    const missing = unique.find((id) => !found.some((a) => a.id === id));
    if (missing) {
      const error = notFound('Afspraak', missing);
      error.extensions.veld = 'input.afspraakIds';
      throw error;
    }
    return found;
  }
}
