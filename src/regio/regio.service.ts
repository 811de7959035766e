import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { normaliseer } from '../indicatoren/indicator-sleutel';
import { CyclusRol, jaarVan, Toestand } from '../jaarcyclus/kalender';
import { JaarcyclusService } from '../jaarcyclus/jaarcyclus.service';
import { type IndicatorPunt, IndicatorPuntenReader } from '../monitoring/indicator-punten.reader';
import { puntOpKoers } from '../monitoring/op-koers';
import { AFSPRAAK_TYPE_LABEL, AfspraakType } from '../overeenkomsten/afspraak-type';
import { OvereenkomstStatusReader } from '../overeenkomsten/overeenkomst-status.reader';
import { PartijSoort } from '../partijen/partij.entity';
import type {
  GedeeldeIndicatorJaarModel,
  GedeeldeIndicatorModel,
  IndicatorBijdrageModel,
  RegioOvereenkomstModel,
  RegioOverzichtModel,
  RegioZorgpartijModel,
} from './regio.models';
import { type GedeeldeIndicatorSom, type GedeeldJaarSom, RegioReader } from './regio.reader';
import { perGemeente } from './regio-gemeenten';

/** The partijen that count as zorgpartijen in the regional view. */
export const ZORG_SOORTEN: readonly PartijSoort[] = [
  PartijSoort.ZORGAANBIEDER,
  PartijSoort.ZORGKANTOOR,
  PartijSoort.WELZIJNSORGANISATIE,
  PartijSoort.CLIENTENORGANISATIE,
];

/** Sums of doubles, without the 0.30000000000000004 of binary fractions. */
const rond = (n: number) => Math.round(n * 1e9) / 1e9;

/**
 * Which sums over all pages' agreements the request asks for. The shared indicators are summed by
 * the database; their contributions per agreement and the split per gemeente cost a read of every
 * agreement's figures.
 */
export interface Sommen {
  gedeeld: boolean;
  perOvereenkomst: boolean;
  perGemeente: boolean;
}

/**
 * The regional view: every overeenkomst the person's partijen take part in (waarnemer included),
 * optionally of one region, with where its jaarschijf stands, what is overdue, its afspraken
 * counted, the zorgpartijen co-signing its bijlagen, and the indicators several of them share
 * added up. A fixed number of queries, however many agreements.
 */
@Injectable()
export class RegioService {
  constructor(
    private readonly reader: RegioReader,
    private readonly punten: IndicatorPuntenReader,
    private readonly jaarcyclus: JaarcyclusService,
    private readonly statussen: OvereenkomstStatusReader,
  ) {}

  async overzicht(
    actor: Actor,
    op: Date,
    regio?: string | null,
    pagina?: { skip: number; take: number },
    sommen: Sommen = { gedeeld: true, perOvereenkomst: true, perGemeente: true },
  ): Promise<RegioOverzichtModel> {
    const filter = regio == null ? null : regio.trim();
    if (filter === '')
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        'Geef een regio op, of laat het filter weg',
        'regio',
      );
    if (filter && filter.length > 200)
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        'Een regio is hoogstens 200 tekens lang',
        'regio',
      );
    const jaar = jaarVan(op);
    const leeg: RegioOverzichtModel = {
      op,
      jaar,
      regio: filter,
      regios: [],
      overeenkomsten: [],
      totalen: { overeenkomsten: 0, gemeenten: 0, afspraken: 0, perStatus: [], perRegio: [] },
      gedeeldeIndicatoren: [],
      perGemeente: [],
    };
    const partijIds = actor.partijIds;
    if (partijIds.length === 0) return leeg;

    const perRegio = (await this.reader.regios(partijIds)).sort((a, b) =>
      a.regio.localeCompare(b.regio, 'nl'),
    );
    const regios = perRegio.map((r) => r.regio);
    // The filter compares as normaliseer does; the database then keeps those regions' agreements.
    const gekozen = filter ? regios.filter((r) => normaliseer(r) === normaliseer(filter)) : null;
    const somOverAlle = (sommen.gedeeld && sommen.perOvereenkomst) || sommen.perGemeente;
    const [paginaRijen, totalen, alleRijen, gedeeldeSommen] = await Promise.all([
      this.reader.overeenkomsten(partijIds, gekozen, pagina),
      this.reader.totalen(partijIds, gekozen, jaar),
      // Every page's agreements, when a sum needs their figures in the app.
      somOverAlle ? this.reader.overeenkomsten(partijIds, gekozen) : null,
      sommen.gedeeld ? this.reader.gedeeldeIndicatoren(partijIds, gekozen) : [],
    ]);
    const metTotalen = { ...leeg, regios, totalen: { ...totalen, perRegio } };
    if (totalen.overeenkomsten === 0) return metTotalen;

    const ids = paginaRijen.map((o) => o.id);
    const alle = alleRijen ?? paginaRijen;
    const alleIds = alle.map((o) => o.id);
    const [gemeenteRijen, cycli, afspraken, zorg, indicatoren, plaatsPunten, statussen] =
      await Promise.all([
        this.reader.gemeenten(alleIds),
        // The calendar is the jaarcyclus's: its overview of the three running cycles.
        ids.length ? this.jaarcyclus.overzicht(actor, op, { overeenkomstIds: ids }) : [],
        this.reader.afspraken(ids),
        this.reader.zorgpartijen(ids, ZORG_SOORTEN),
        somOverAlle ? this.punten.punten(alleIds) : [],
        sommen.perGemeente ? this.punten.plaatsPunten(alleIds) : [],
        this.statussen.statussen(ids, op),
      ]);
    const gemeentenVan = groepeer(gemeenteRijen, (g) => g.overeenkomstId);
    const overeenkomsten = paginaRijen;

    const jaarPunten = indicatoren.filter((p) => !p.horizon);
    const cyclusVan = new Map(cycli.map((c) => [c.overeenkomstId, c]));
    const afsprakenVan = groepeer(afspraken, (a) => a.overeenkomstId);
    const zorgVan = groepeer(zorg, (z) => z.overeenkomstId);

    const uitkomst: RegioOvereenkomstModel[] = overeenkomsten.map((o) => {
      const cyclus = cyclusVan.get(o.id);
      const lopend = cyclus?.cycli.find((c) => c.rol === CyclusRol.UITVOERING);
      const teLaatMijlpalen = (cyclus?.cycli ?? []).flatMap((c) =>
        c.mijlpalen
          .filter((m) => m.toestand === Toestand.TE_LAAT)
          .map((m) => ({ jaar: c.jaar, soort: m.soort, tot: m.tot })),
      );
      const rijen = afsprakenVan.get(o.id) ?? [];
      return {
        id: o.id,
        titel: o.titel,
        status: statussen.get(o.id)!,
        startjaar: o.startjaar,
        eindjaar: o.eindjaar,
        gemeenten: (gemeentenVan.get(o.id) ?? []).map(({ id, naam, regio }) => ({
          id,
          naam,
          regio,
        })),
        mijnRollen: o.rollen,
        jaarschijf:
          lopend?.jaarschijfId && lopend.status
            ? { id: lopend.jaarschijfId, jaar: lopend.jaar, status: lopend.status }
            : null,
        teLaat: cyclus?.teLaat ?? 0,
        teLaatMijlpalen,
        afspraken: rijen.reduce((n, r) => n + r.aantal, 0),
        perType: Object.values(AfspraakType)
          .map((type) => ({
            type,
            label: AFSPRAAK_TYPE_LABEL[type],
            aantal: rijen.filter((r) => r.type === type).reduce((n, r) => n + r.aantal, 0),
          }))
          .filter((t) => t.aantal > 0),
        perDomein: telPer(rijen, (r) => r.domein).map(([domein, aantal]) => ({ domein, aantal })),
        perThema: telPer(rijen, (r) => `${r.domein}\u0000${r.thema}`).map(([sleutel, aantal]) => {
          const [domein, thema] = sleutel.split('\u0000') as [string, string];
          return { thema, domein, aantal };
        }),
        zorgpartijen: zorgpartijen(zorgVan.get(o.id) ?? []),
      };
    });

    // The sums take in every page's agreements, with what they need of each.
    const inSom = alle.map((o) => ({
      id: o.id,
      titel: o.titel,
      gemeenten: (gemeentenVan.get(o.id) ?? []).map(({ id, naam }) => ({ id, naam })),
    }));
    return {
      ...metTotalen,
      overeenkomsten: uitkomst,
      // A horizon year lies beyond every jaarschijf: it is no year of the regional sums.
      gedeeldeIndicatoren: gedeeld(gedeeldeSommen, sommen.perOvereenkomst ? jaarPunten : [], inSom),
      perGemeente: sommen.perGemeente ? perGemeente(inSom, jaarPunten, plaatsPunten) : [],
    };
  }
}

function groepeer<T>(rijen: T[], sleutel: (rij: T) => string): Map<string, [T, ...T[]]> {
  const groepen = new Map<string, [T, ...T[]]>();
  for (const rij of rijen) {
    const k = sleutel(rij);
    const groep = groepen.get(k);
    if (groep) groep.push(rij);
    else groepen.set(k, [rij]);
  }
  return groepen;
}

/** Counts per key, in the order the keys first appear (the rows come sorted). */
function telPer<T extends { aantal: number }>(
  rijen: T[],
  sleutel: (rij: T) => string,
): [string, number][] {
  const tellingen = new Map<string, number>();
  for (const r of rijen) tellingen.set(sleutel(r), (tellingen.get(sleutel(r)) ?? 0) + r.aantal);
  return [...tellingen];
}

function zorgpartijen(
  rijen: { id: string; naam: string; soort: PartijSoort; bijlage: string }[],
): RegioZorgpartijModel[] {
  return [...groepeer(rijen, (r) => r.id).values()].map((groep) => ({
    id: groep[0].id,
    naam: groep[0].naam,
    soort: groep[0].soort,
    bijlagen: groep.map((g) => g.bijlage),
  }));
}

interface InSom {
  id: string;
  titel: string;
  gemeenten: { id: string; naam: string }[];
}

/**
 * The indicators present in two or more of the agreements (same normalised name and unit, summed
 * by the database), per year; with `punten` (every agreement's figures) also what each agreement
 * contributes.
 */
function gedeeld(
  sommen: GedeeldeIndicatorSom[],
  punten: IndicatorPunt[],
  overeenkomsten: InSom[],
): GedeeldeIndicatorModel[] {
  const overeenkomstVan = new Map(overeenkomsten.map((o) => [o.id, o]));
  const puntenVan = groepeer(punten, (p) => `${p.sleutel}\u0000${p.jaar}`);
  return sommen
    .map((s) => {
      const volgorde = new Map(s.indicatorIds.map((id, i) => [id, i]));
      return {
        naam: s.naam,
        eenheid: s.eenheid,
        overeenkomsten: s.overeenkomsten,
        indicatorIds: s.indicatorIds,
        nulmeting: s.aantalNulmetingen ? rond(s.nulmeting ?? 0) : null,
        aantalNulmetingen: s.aantalNulmetingen,
        jaren: s.jaren.map((j) =>
          gedeeldJaar(
            j,
            (puntenVan.get(`${s.sleutel}\u0000${j.jaar}`) ?? [])
              .slice()
              .sort((a, b) => volgorde.get(a.indicatorId)! - volgorde.get(b.indicatorId)!),
            overeenkomstVan,
          ),
        ),
      };
    })
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

const rondOfNull = (n: number | null) => (n == null ? null : rond(n));

function gedeeldJaar(
  som: GedeeldJaarSom,
  punten: IndicatorPunt[],
  overeenkomstVan: Map<string, InSom>,
): GedeeldeIndicatorJaarModel {
  const streefwaarde = rondOfNull(som.exact);
  const bandbreedteMin = rondOfNull(som.bandMin);
  const bandbreedteMax = rondOfNull(som.bandMax);
  const numeriek = som.aantalExact + som.aantalBand > 0;
  const perOvereenkomst: IndicatorBijdrageModel[] = punten.map((r) => {
    const o = overeenkomstVan.get(r.overeenkomstId)!;
    return {
      overeenkomstId: o.id,
      titel: o.titel,
      gemeenten: o.gemeenten.map((g) => g.naam),
      indicatorId: r.indicatorId,
      soort: r.soort,
      streefwaarde: r.waarde,
      min: r.min,
      max: r.max,
      effect: r.effect,
      realisatie: r.realisatie,
      bron: r.bron,
      oordeel: r.oordeel,
      tussenstand: r.tussenstand,
      opKoers: puntOpKoers(r),
    };
  });
  return {
    jaar: som.jaar,
    overeenkomsten: som.overeenkomsten,
    gemeenten: som.gemeenten,
    streefwaarde,
    aantalExact: som.aantalExact,
    bandbreedteMin,
    bandbreedteMax,
    aantalBandbreedte: som.aantalBand,
    aantalEffect: som.aantalEffect,
    minimaal: rondOfNull(som.minimaal),
    aantalMinimaal: som.aantalMinimaal,
    maximaal: rondOfNull(som.maximaal),
    aantalMaximaal: som.aantalMaximaal,
    doelMin: numeriek ? rond((streefwaarde ?? 0) + (bandbreedteMin ?? 0)) : null,
    doelMax: numeriek ? rond((streefwaarde ?? 0) + (bandbreedteMax ?? 0)) : null,
    realisatie: rondOfNull(som.realisatie),
    aantalRealisaties: som.aantalRealisaties,
    gemeentenMetRealisatie: som.gemeentenMetRealisatie,
    perOvereenkomst,
  };
}
