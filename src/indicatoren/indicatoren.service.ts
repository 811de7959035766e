import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, invalid, notFound } from '../common/app-error';
import type { Actor } from '../auth/actor';
import { findOrFail } from '../database/find';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
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

type StreefwaardeFields = Pick<
  CreateStreefwaardeInput,
  'soort' | 'waarde' | 'min' | 'max' | 'effect'
>;

@Injectable()
export class IndicatorenService {
  constructor(
    private readonly em: EntityManager,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  get(id: string): Promise<Indicator> {
    return findOrFail(this.em, Indicator, id, 'Indicator');
  }

  async create(actor: Actor, input: CreateIndicatorInput): Promise<Indicator> {
    const indicator = await this.nieuw(input);
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
    setNulmeting(indicator, input.nulmetingWaarde, input.nulmetingJaar);
    indicator.afspraken.set(await this.afspraken(overeenkomst.id, input.afspraakIds ?? []));
    await this.em.persistAndFlush(indicator);
    return indicator;
  }

  async update(actor: Actor, input: UpdateIndicatorInput): Promise<Indicator> {
    const indicator = await this.get(input.id);
    if (input.naam != null) indicator.naam = input.naam;
    if (input.eenheid != null) indicator.eenheid = input.eenheid;
    if (input.definitie != null) indicator.definitie = input.definitie;
    if (input.definitieBron !== undefined) indicator.definitieBron = input.definitieBron;
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
    this.meld(GebeurtenisSoort.INDICATOR_GEWIJZIGD, actor, indicator);
    return indicator;
  }

  async delete(actor: Actor, id: string): Promise<string> {
    const indicator = await this.get(id);
    await this.em.nativeDelete(Indicator, { id });
    this.meld(GebeurtenisSoort.INDICATOR_VERWIJDERD, actor, indicator);
    return id;
  }

  async createStreefwaarde(actor: Actor, input: CreateStreefwaardeInput): Promise<Streefwaarde> {
    const streefwaarde = await this.nieuweStreefwaarde(input);
    await this.meldVia(actor, streefwaarde.indicator.id);
    return streefwaarde;
  }

  /** A new streefwaarde, not announced (see {@link nieuw}). */
  async nieuweStreefwaarde(input: CreateStreefwaardeInput): Promise<Streefwaarde> {
    const indicator = await this.get(input.indicatorId);
    const jaarschijf = await this.jaarschijf(indicator, input.jaar);
    const locatie = await plaatsVoor(this.em, indicator, input.locatieId);
    if ((await this.em.count(Streefwaarde, { indicator, jaarschijf, locatie })) > 0) {
      throw invalid(
        'input.jaar',
        `Er is al een streefwaarde voor ${input.jaar}${voorPlaats(locatie)}; wijzig die`,
        ErrorCode.AL_AANWEZIG,
      );
    }
    const streefwaarde = new Streefwaarde(indicator, jaarschijf, input.soort);
    streefwaarde.locatie = locatie && ref(locatie);
    applyStreefwaarde(streefwaarde, input);
    await this.em.persistAndFlush(streefwaarde);
    return streefwaarde;
  }

  async updateStreefwaarde(actor: Actor, input: UpdateStreefwaardeInput): Promise<Streefwaarde> {
    const streefwaarde = await findOrFail(this.em, Streefwaarde, input.id, 'Streefwaarde');
    applyStreefwaarde(streefwaarde, {
      soort: input.soort ?? streefwaarde.soort,
      waarde: input.waarde !== undefined ? input.waarde : streefwaarde.waarde,
      min: input.min !== undefined ? input.min : streefwaarde.min,
      max: input.max !== undefined ? input.max : streefwaarde.max,
      effect: input.effect !== undefined ? input.effect : streefwaarde.effect,
    });
    await this.em.flush();
    await this.meldVia(actor, streefwaarde.indicator.id);
    return streefwaarde;
  }

  async deleteStreefwaarde(actor: Actor, id: string): Promise<string> {
    const streefwaarde = await findOrFail(this.em, Streefwaarde, id, 'Streefwaarde');
    await this.em.nativeDelete(Streefwaarde, { id });
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
    const realisatie = new Realisatie(indicator, jaarschijf, input.waarde);
    realisatie.locatie = locatie && ref(locatie);
    realisatie.bron = input.bron ?? '';
    realisatie.toelichting = input.toelichting ?? '';
    await this.em.persistAndFlush(realisatie);
    this.meld(GebeurtenisSoort.INDICATOR_GEWIJZIGD, actor, indicator);
    return realisatie;
  }

  async updateRealisatie(actor: Actor, input: UpdateRealisatieInput): Promise<Realisatie> {
    const realisatie = await findOrFail(this.em, Realisatie, input.id, 'Realisatie');
    if (input.waarde != null) realisatie.waarde = input.waarde;
    if (input.bron != null) realisatie.bron = input.bron;
    if (input.toelichting != null) realisatie.toelichting = input.toelichting;
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

function setNulmeting(
  indicator: Indicator,
  waarde: number | null | undefined,
  jaar: number | null | undefined,
): void {
  if ((waarde == null) !== (jaar == null)) {
    throw invalid(
      waarde == null ? 'input.nulmetingWaarde' : 'input.nulmetingJaar',
      'Een nulmeting heeft een waarde én een jaar',
    );
  }
  indicator.nulmetingWaarde = waarde ?? null;
  indicator.nulmetingJaar = jaar ?? null;
}

/** A target is one number, a bandwidth or a described effect; exactly the fields of its kind. */
export function applyStreefwaarde(streefwaarde: Streefwaarde, input: StreefwaardeFields): void {
  switch (input.soort) {
    case StreefwaardeSoort.EXACT:
      if (input.waarde == null)
        throw invalid('input.waarde', 'Een exacte streefwaarde heeft een waarde');
      Object.assign(streefwaarde, { waarde: input.waarde, min: null, max: null, effect: null });
      break;
    case StreefwaardeSoort.BANDBREEDTE:
      if (input.min == null || input.max == null) {
        throw new AppError(
          ErrorCode.BANDBREEDTE_ONGELDIG,
          'Een bandbreedte heeft een minimum en een maximum',
          input.min == null ? 'input.min' : 'input.max',
        );
      }
      if (input.min > input.max) {
        throw new AppError(
          ErrorCode.BANDBREEDTE_ONGELDIG,
          `Het minimum (${input.min}) van de bandbreedte is groter dan het maximum (${input.max})`,
          'input.min',
        );
      }
      Object.assign(streefwaarde, { waarde: null, min: input.min, max: input.max, effect: null });
      break;
    case StreefwaardeSoort.EFFECT:
      if (!input.effect) throw invalid('input.effect', 'Beschrijf het beoogde effect');
      Object.assign(streefwaarde, { waarde: null, min: null, max: null, effect: input.effect });
      break;
  }
  streefwaarde.soort = input.soort;
}
