import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { CyclusRol, jaarVan, Toestand } from '../jaarcyclus/kalender';
import { JaarcyclusService } from '../jaarcyclus/jaarcyclus.service';
import { opKoers } from '../monitoring/op-koers';
import { AFSPRAAK_TYPE_LABEL, AfspraakType } from '../overeenkomsten/afspraak-type';
import type { DeelnemerRol, OvereenkomstStatus } from '../overeenkomsten/overeenkomst.entity';
import { PartijSoort } from '../partijen/partij.entity';
import type {
  GedeeldeIndicatorJaarModel,
  GedeeldeIndicatorModel,
  IndicatorBijdrageModel,
  RegioGemeenteModel,
  RegioOvereenkomstModel,
  RegioOverzichtModel,
  RegioZorgpartijModel,
} from './regio.models';

/** The partijen that count as zorgpartijen in the regional view. */
export const ZORG_SOORTEN: readonly PartijSoort[] = [
  PartijSoort.ZORGAANBIEDER,
  PartijSoort.ZORGKANTOOR,
  PartijSoort.WELZIJNSORGANISATIE,
  PartijSoort.CLIENTENORGANISATIE,
];

/**
 * Indicators of different agreements are the same when their names and units are: compared
 * without case, accents, punctuation at the ends and repeated spaces.
 */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

/** Sums of doubles, without the 0.30000000000000004 of binary fractions. */
const rond = (n: number) => Math.round(n * 1e9) / 1e9;
const som = (waarden: number[]): number | null =>
  waarden.length ? rond(waarden.reduce((a, b) => a + b, 0)) : null;

interface OvereenkomstRij {
  id: string;
  titel: string;
  status: OvereenkomstStatus;
  startjaar: number;
  eindjaar: number;
  rollen: DeelnemerRol[];
}

interface IndicatorRij {
  id: string;
  overeenkomst_id: string;
  naam: string;
  eenheid: string;
  nulmeting_waarde: number | null;
  jaar: number;
  soort: StreefwaardeSoort | null;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
  realisatie: number | null;
  bron: string | null;
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
    private readonly em: EntityManager,
    private readonly jaarcyclus: JaarcyclusService,
  ) {}

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  async overzicht(actor: Actor, op: Date, regio?: string | null): Promise<RegioOverzichtModel> {
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
      gedeeldeIndicatoren: [],
    };
    const partijIds = actor.partijIds;
    if (partijIds.length === 0) return leeg;

    const mijn = partijIds.map(() => '?').join(', ');
    const alle = await this.rows<OvereenkomstRij>(
      `select o.id, o.titel, o.status, o.startjaar, o.eindjaar,
              array(select distinct d.rol::text from deelnemer d
                     where d.overeenkomst_id = o.id and d.partij_id in (${mijn}) order by 1) as rollen
         from overeenkomst o
        where exists (select 1 from deelnemer d where d.overeenkomst_id = o.id and d.partij_id in (${mijn}))
        order by o.titel, o.id`,
      [...partijIds, ...partijIds],
    );
    if (alle.length === 0) return leeg;
    const gemeenteRijen = await this.rows<RegioGemeenteModel & { overeenkomst_id: string }>(
      `select g.overeenkomst_id, p.id, p.naam, p.regio
         from overeenkomst_gemeente g join partij p on p.id = g.partij_id
        where g.overeenkomst_id in (${alle.map(() => '?').join(', ')})
        order by p.naam, p.id`,
      alle.map((o) => o.id),
    );
    const gemeentenVan = groepeer(gemeenteRijen, (g) => g.overeenkomst_id);
    const regios = [
      ...new Set(gemeenteRijen.map((g) => g.regio?.trim()).filter((r): r is string => !!r)),
    ].sort((a, b) => a.localeCompare(b, 'nl'));
    const overeenkomsten = filter
      ? alle.filter((o) =>
          (gemeentenVan.get(o.id) ?? []).some(
            (g) => g.regio != null && normaliseer(g.regio) === normaliseer(filter),
          ),
        )
      : alle;
    if (overeenkomsten.length === 0) return { ...leeg, regios };

    const ids = overeenkomsten.map((o) => o.id);
    const lijst = ids.map(() => '?').join(', ');
    const [cycli, afspraken, zorg, indicatoren] = await Promise.all([
      // The calendar is the jaarcyclus's: its overview of the three running cycles per agreement.
      this.jaarcyclus.overzicht(actor, op, {}),
      this.rows<{
        overeenkomst_id: string;
        type: AfspraakType;
        thema: string;
        domein: string;
        thema_volgorde: number;
        domein_volgorde: number;
        aantal: number;
      }>(
        `select a.overeenkomst_id, a.type, t.naam as thema, coalesce(d.naam, t.naam) as domein,
                t.volgorde as thema_volgorde, coalesce(d.volgorde, t.volgorde) as domein_volgorde,
                count(*)::int as aantal
           from afspraak a join thema t on t.id = a.thema_id left join thema d on d.id = t.domein_id
          where a.overeenkomst_id in (${lijst})
          group by a.overeenkomst_id, a.type, t.naam, t.volgorde, d.naam, d.volgorde
          order by domein_volgorde, domein, thema_volgorde, thema`,
        ids,
      ),
      this.rows<{
        overeenkomst_id: string;
        id: string;
        naam: string;
        soort: PartijSoort;
        bijlage: string;
      }>(
        `select o.overeenkomst_id, p.id, p.naam, p.soort, o.titel as bijlage
           from onderdeel_ondertekenaar oo
           join onderdeel o on o.id = oo.onderdeel_id
           join partij p on p.id = oo.partij_id
          where o.overeenkomst_id in (${lijst}) and o.soort = 'BIJLAGE'
            and p.soort in (${ZORG_SOORTEN.map(() => '?').join(', ')})
          order by p.naam, p.id, o.volgorde`,
        [...ids, ...ZORG_SOORTEN],
      ),
      this.rows<IndicatorRij>(
        `select i.id, i.overeenkomst_id, i.naam, i.eenheid, i.nulmeting_waarde,
                j.jaar, s.soort, s.waarde, s.min, s.max, s.effect, r.waarde as realisatie, r.bron
           from indicator i
           join jaarschijf j on j.overeenkomst_id = i.overeenkomst_id
           left join streefwaarde s on s.indicator_id = i.id and s.jaarschijf_id = j.id
           left join realisatie r on r.indicator_id = i.id and r.jaarschijf_id = j.id
          where i.overeenkomst_id in (${lijst})
          order by i.overeenkomst_id, i.id, j.jaar`,
        ids,
      ),
    ]);

    const cyclusVan = new Map(cycli.map((c) => [c.overeenkomstId, c]));
    const afsprakenVan = groepeer(afspraken, (a) => a.overeenkomst_id);
    const zorgVan = groepeer(zorg, (z) => z.overeenkomst_id);

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
        status: o.status,
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

    return {
      ...leeg,
      regios,
      overeenkomsten: uitkomst,
      gedeeldeIndicatoren: gedeeld(indicatoren, uitkomst),
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

/**
 * The indicators present in two or more of the agreements (same normalised name and unit), per
 * year: exact targets summed, bandwidths summed bound by bound, described effects only counted,
 * realisaties summed with how many agreements and gemeenten reported one.
 */
function gedeeld(
  rijen: IndicatorRij[],
  overeenkomsten: RegioOvereenkomstModel[],
): GedeeldeIndicatorModel[] {
  const volgorde = new Map(overeenkomsten.map((o, i) => [o.id, i]));
  const overeenkomstVan = new Map(overeenkomsten.map((o) => [o.id, o]));
  const groepen = groepeer(rijen, (r) => `${normaliseer(r.naam)}\u0000${normaliseer(r.eenheid)}`);
  const uitkomst: GedeeldeIndicatorModel[] = [];
  for (const groep of groepen.values()) {
    const perIndicator = [...groepeer(groep, (r) => r.id).values()].sort(
      (a, b) => volgorde.get(a[0].overeenkomst_id)! - volgorde.get(b[0].overeenkomst_id)!,
    );
    const aantalOvereenkomsten = new Set(perIndicator.map((i) => i[0].overeenkomst_id)).size;
    if (aantalOvereenkomsten < 2) continue;
    const eerste = perIndicator[0]![0];
    const nulmetingen = perIndicator
      .map((i) => i[0].nulmeting_waarde)
      .filter((n): n is number => n != null);
    const jaren = [...new Set(groep.map((r) => r.jaar))].sort((a, b) => a - b);
    uitkomst.push({
      naam: eerste.naam,
      eenheid: eerste.eenheid,
      overeenkomsten: aantalOvereenkomsten,
      indicatorIds: perIndicator.map((i) => i[0].id),
      nulmeting: som(nulmetingen),
      aantalNulmetingen: nulmetingen.length,
      jaren: jaren.map((jaar) =>
        gedeeldJaar(
          jaar,
          perIndicator.flatMap((i) => i.filter((r) => r.jaar === jaar)),
          overeenkomstVan,
        ),
      ),
    });
  }
  return uitkomst.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

function gedeeldJaar(
  jaar: number,
  rijen: IndicatorRij[],
  overeenkomstVan: Map<string, RegioOvereenkomstModel>,
): GedeeldeIndicatorJaarModel {
  const gemeentenVan = (r: IndicatorRij) => overeenkomstVan.get(r.overeenkomst_id)?.gemeenten ?? [];
  const exact = rijen.filter((r) => r.soort === StreefwaardeSoort.EXACT && r.waarde != null);
  const banden = rijen.filter((r) => r.soort === StreefwaardeSoort.BANDBREEDTE);
  const gemeld = rijen.filter((r) => r.realisatie != null);
  const streefwaarde = som(exact.map((r) => r.waarde!));
  const bandbreedteMin = som(banden.map((r) => r.min ?? 0));
  const bandbreedteMax = som(banden.map((r) => r.max ?? 0));
  const numeriek = exact.length + banden.length > 0;
  const perOvereenkomst: IndicatorBijdrageModel[] = rijen.map((r) => {
    const o = overeenkomstVan.get(r.overeenkomst_id)!;
    return {
      overeenkomstId: o.id,
      titel: o.titel,
      gemeenten: o.gemeenten.map((g) => g.naam),
      indicatorId: r.id,
      soort: r.soort,
      streefwaarde: r.waarde,
      min: r.min,
      max: r.max,
      effect: r.effect,
      realisatie: r.realisatie,
      bron: r.bron,
      opKoers: opKoers(r, r.realisatie, r.nulmeting_waarde),
    };
  });
  return {
    jaar,
    overeenkomsten: new Set(rijen.map((r) => r.overeenkomst_id)).size,
    gemeenten: new Set(rijen.flatMap((r) => gemeentenVan(r).map((g) => g.id))).size,
    streefwaarde,
    aantalExact: exact.length,
    bandbreedteMin,
    bandbreedteMax,
    aantalBandbreedte: banden.length,
    aantalEffect: rijen.filter((r) => r.soort === StreefwaardeSoort.EFFECT).length,
    doelMin: numeriek ? rond((streefwaarde ?? 0) + (bandbreedteMin ?? 0)) : null,
    doelMax: numeriek ? rond((streefwaarde ?? 0) + (bandbreedteMax ?? 0)) : null,
    realisatie: som(gemeld.map((r) => r.realisatie!)),
    aantalRealisaties: new Set(gemeld.map((r) => r.overeenkomst_id)).size,
    gemeentenMetRealisatie: new Set(gemeld.flatMap((r) => gemeentenVan(r).map((g) => g.id))).size,
    perOvereenkomst,
  };
}
