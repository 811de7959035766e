import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { notFound } from '../common/app-error';
import { Indicator } from '../indicatoren/indicator.entity';
import { AFSPRAAK_TYPE_LABEL } from '../overeenkomsten/afspraak-type';
import { Verantwoording } from '../verantwoording/verantwoording.entity';
import { AfsprakenTotalenReader } from './afspraken-totalen.reader';
import {
  type IndicatorPunt,
  IndicatorPuntenReader,
  type PlaatsPunt,
} from './indicator-punten.reader';
import type {
  AfsprakenTotalenModel,
  IndicatorReeksModel,
  ReeksPuntModel,
  StatusMomentModel,
} from './monitoring.models';
import { puntOpKoers } from './op-koers';
import { reeksPlaatsen } from './reeks-plaatsen';

/** Read-only figures over the years, for the evaluation and the dashboards. */
@Injectable()
export class MonitoringService {
  constructor(
    private readonly em: EntityManager,
    private readonly punten: IndicatorPuntenReader,
    private readonly totalenReader: AfsprakenTotalenReader,
  ) {}

  /** Per jaarschijf: target (or bandwidth, or effect), realisation and whether it is on track. */
  async indicatorReeks(indicatorId: string): Promise<IndicatorReeksModel> {
    const indicator = await this.em.findOne(
      Indicator,
      { id: indicatorId },
      { fields: ['overeenkomst'] },
    );
    if (!indicator) throw notFound('Indicator', indicatorId);
    const [reeks] = await this.indicatorReeksen(indicator.overeenkomst.id, indicatorId);
    return reeks!; // the indicator exists, so it has its series
  }

  /** The series of every indicator of an overeenkomst (or one), in two queries. */
  async indicatorReeksen(
    overeenkomstId: string,
    indicatorId?: string,
  ): Promise<IndicatorReeksModel[]> {
    const indicatoren = await this.em.find(
      Indicator,
      { overeenkomst: overeenkomstId, ...(indicatorId ? { id: indicatorId } : {}) },
      {
        fields: ['naam', 'eenheid', 'nulmetingWaarde', 'nulmetingJaar', 'richting'],
        orderBy: [{ naam: 'asc' }, { id: 'asc' }],
      },
    );
    const punten = await this.punten.punten([overeenkomstId], indicatorId);
    const plaatsen = await this.punten.plaatsPunten([overeenkomstId], indicatorId);
    return indicatoren.map((indicator) => ({
      indicatorId: indicator.id,
      naam: indicator.naam,
      eenheid: indicator.eenheid,
      nulmetingWaarde: indicator.nulmetingWaarde ?? null,
      nulmetingJaar: indicator.nulmetingJaar ?? null,
      richting: indicator.richting,
      punten: punten
        .filter((p) => p.indicatorId === indicator.id && !p.horizon)
        .map((p) =>
          reeksPunt(
            p,
            plaatsen.filter((x) => x.indicatorId === indicator.id && x.jaar === p.jaar),
          ),
        ),
      horizon: punten
        .filter((p) => p.indicatorId === indicator.id && p.horizon)
        .map((p) => reeksPunt(p, [])),
    }));
  }

  /** What the trekker reported on an afspraak, year after year. */
  async statusHistorie(afspraakId: string): Promise<StatusMomentModel[]> {
    const verantwoordingen = await this.em.find(
      Verantwoording,
      { afspraak: afspraakId },
      { populate: ['jaarschijf', 'door'], orderBy: { jaarschijf: { jaar: 'asc' } } },
    );
    return verantwoordingen.map((v) => ({
      jaar: v.jaarschijf.getEntity().jaar,
      status: v.status,
      toelichting: v.toelichting,
      door: v.door.getEntity().naam,
      datum: v.updatedAt,
    }));
  }

  async totalen(overeenkomstId: string): Promise<AfsprakenTotalenModel> {
    const { perType, perThema, perPartij } = await this.totalenReader.tellingen(overeenkomstId);
    return {
      totaal: perType.reduce((n, t) => n + t.aantal, 0),
      perType: perType.map((t) => ({ naam: AFSPRAAK_TYPE_LABEL[t.type], aantal: t.aantal })),
      perThema,
      perPartij,
    };
  }
}

function reeksPunt(p: IndicatorPunt, plaatsen: PlaatsPunt[]): ReeksPuntModel {
  return {
    jaar: p.jaar,
    soort: p.soort,
    streefwaarde: p.waarde,
    min: p.min,
    max: p.max,
    effect: p.effect,
    realisatie: p.realisatie,
    bron: p.bron,
    oordeel: p.oordeel,
    toelichting: p.toelichting,
    tussenstand: p.tussenstand,
    opKoers: puntOpKoers(p),
    perLocatie: reeksPlaatsen(plaatsen),
  };
}
