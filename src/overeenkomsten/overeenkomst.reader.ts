import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  Kind,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { notFound } from '../common/app-error';
import type { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import type { PartijSoort } from '../partijen/partij.entity';
import type { PartijModel } from '../partijen/partij.model';
import { detailsView, partijIdsInDetails, type StoredDetails } from './afspraak-details';
import {
  AFSPRAAK_TYPE_LABEL,
  type AfspraakType,
  type Doelgroep,
  type Volwassenheid,
} from './afspraak-type';
import type { OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import type { DeelnemerRol, OvereenkomstStatus, Referentie } from './overeenkomst.entity';
import type {
  AfspraakModel,
  IndicatorModel,
  JaarschijfModel,
  OnderdeelModel,
  OvereenkomstModel,
  ThemaModel,
} from './overeenkomst.model';

/** Which heavy parts of the graph a request asks for; the rest is always loaded (it is small). */
export interface Need {
  afspraken: boolean;
  indicatoren: boolean;
}

export const NEED_ALL: Need = { afspraken: true, indicatoren: true };

/**
 * Decides from the query's selection what to load. Only fields named afspraak(en) expose
 * afspraken and only indicator-related fields expose indicatoren, so a name check suffices.
 */
export function needFrom(info: GraphQLResolveInfo): Need {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        visit(selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        visit(fragment?.selectionSet, seen);
      }
    }
  };
  for (const node of info.fieldNodes) {
    names.add(node.name.value);
    visit(node.selectionSet, new Set());
  }
  return {
    afspraken: names.has('afspraken') || names.has('afspraak') || names.has('alleAfspraken'),
    indicatoren: ['indicatoren', 'indicator', 'streefwaarden', 'realisaties'].some((n) =>
      names.has(n),
    ),
  };
}

interface Timestamps {
  id: string;
  created_at: Date;
  updated_at: Date;
}

interface OvereenkomstRow extends Timestamps {
  titel: string;
  startjaar: number;
  eindjaar: number;
  status: OvereenkomstStatus;
  preambule: string;
  preambule_json: Record<string, unknown> | null;
  referenties: Referentie[] | null;
}
interface PartijRow extends Timestamps {
  naam: string;
  soort: PartijSoort;
  regio: string | null;
}
interface DeelnemerRow {
  id: string;
  overeenkomst_id: string;
  partij_id: string;
  rol: DeelnemerRol;
  regie: boolean;
}
interface JaarschijfRow {
  id: string;
  overeenkomst_id: string;
  jaar: number;
  status: JaarschijfStatus;
  toelichting: string;
}
interface ThemaRow {
  id: string;
  naam: string;
  volgorde: number;
  domein_id: string | null;
  overeenkomst_id: string | null;
}
interface OnderdeelRow {
  id: string;
  overeenkomst_id: string;
  soort: OnderdeelSoort;
  titel: string;
  volgorde: number;
  status: OnderdeelStatus;
}
interface AfspraakRow extends Timestamps {
  overeenkomst_id: string;
  onderdeel_id: string;
  nummer: string;
  volgorde: number;
  titel: string;
  type: AfspraakType;
  tekst: string;
  tekst_json: Record<string, unknown> | null;
  thema_id: string;
  trekker_id: string;
  volwassenheid: Volwassenheid;
  voorwaarden: string[];
  doelgroepen: Doelgroep[];
  details: StoredDetails;
}
interface BetrokkeneRow {
  id: string;
  afspraak_id: string;
  partij_id: string;
  bijdrage: string;
  kostenaandeel: number | null;
}
interface AfspraakJaarschijfRow {
  id: string;
  afspraak_id: string;
  jaarschijf_id: string;
  concretisering: string;
}
interface IndicatorRow {
  id: string;
  overeenkomst_id: string;
  naam: string;
  eenheid: string;
  definitie: string;
  definitie_bron: string | null;
  nulmeting_waarde: number | null;
  nulmeting_jaar: number | null;
}
interface StreefwaardeRow {
  id: string;
  indicator_id: string;
  jaarschijf_id: string;
  soort: StreefwaardeSoort;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
}
interface RealisatieRow {
  id: string;
  indicator_id: string;
  jaarschijf_id: string;
  waarde: number;
  bron: string;
  toelichting: string;
}

/** The same order as `a.naam.localeCompare(b.naam)`, without building a collator per call. */
const collator = new Intl.Collator();
const byNaam = (a: { naam: string }, b: { naam: string }) => collator.compare(a.naam, b.naam);

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function partijModel(row: PartijRow): PartijModel {
  return {
    id: row.id,
    naam: row.naam,
    soort: row.soort,
    regio: row.regio,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Reads whole agreements as plain objects with one query per table, batched over any number of
 * overeenkomsten: the cost does not grow with the number of afspraken or indicatoren.
 */
@Injectable()
export class OvereenkomstReader {
  constructor(private readonly em: EntityManager) {}

  private rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  async overeenkomsten(requested: string[], need: Need): Promise<OvereenkomstModel[]> {
    const ids = requested.filter((id) => isUUID(id));
    if (ids.length === 0) return [];
    const list = ids.map(() => '?').join(', ');
    const inAfspraak = `afspraak_id in (select id from afspraak where overeenkomst_id in (${list}))`;
    const inIndicator = `indicator_id in (select id from indicator where overeenkomst_id in (${list}))`;
    const none = Promise.resolve([]);
    const [
      overeenkomsten,
      gemeenten,
      deelnemers,
      jaarschijven,
      themas,
      onderdelen,
      ondertekenaars,
      afspraken,
      betrokkenen,
      afspraakJaren,
      indicatoren,
      streefwaarden,
      realisaties,
      koppelingen,
      deelnemendePartijen,
    ] = await Promise.all([
      this.rows<OvereenkomstRow>(`select * from overeenkomst where id in (${list})`, ids),
      this.rows<{ overeenkomst_id: string; partij_id: string }>(
        `select overeenkomst_id, partij_id from overeenkomst_gemeente where overeenkomst_id in (${list})`,
        ids,
      ),
      this.rows<DeelnemerRow>(
        `select * from deelnemer where overeenkomst_id in (${list}) order by created_at, id`,
        ids,
      ),
      this.rows<JaarschijfRow>(
        `select * from jaarschijf where overeenkomst_id in (${list}) order by jaar`,
        ids,
      ),
      this.rows<ThemaRow>(
        `select * from thema where overeenkomst_id is null or overeenkomst_id in (${list}) order by volgorde, naam`,
        ids,
      ),
      this.rows<OnderdeelRow>(
        `select * from onderdeel where overeenkomst_id in (${list}) order by volgorde`,
        ids,
      ),
      this.rows<{ onderdeel_id: string; partij_id: string }>(
        `select onderdeel_id, partij_id from onderdeel_ondertekenaar where onderdeel_id in (select id from onderdeel where overeenkomst_id in (${list}))`,
        ids,
      ),
      need.afspraken
        ? this.rows<AfspraakRow>(
            `select * from afspraak where overeenkomst_id in (${list}) order by volgorde`,
            ids,
          )
        : none,
      need.afspraken
        ? this.rows<BetrokkeneRow>(
            `select * from afspraak_betrokkene where ${inAfspraak} order by volgorde`,
            ids,
          )
        : none,
      need.afspraken
        ? this.rows<AfspraakJaarschijfRow>(
            `select * from afspraak_jaarschijf where ${inAfspraak}`,
            ids,
          )
        : none,
      need.indicatoren
        ? this.rows<IndicatorRow>(
            `select * from indicator where overeenkomst_id in (${list}) order by naam, id`,
            ids,
          )
        : none,
      need.indicatoren
        ? this.rows<StreefwaardeRow>(`select * from streefwaarde where ${inIndicator}`, ids)
        : none,
      need.indicatoren
        ? this.rows<RealisatieRow>(`select * from realisatie where ${inIndicator}`, ids)
        : none,
      need.afspraken && need.indicatoren
        ? this.rows<{ indicator_id: string; afspraak_id: string }>(
            `select * from indicator_afspraak where ${inIndicator}`,
            ids,
          )
        : none,
      // The partijen named anywhere in an agreement are nearly always its deelnemers and
      // gemeenten: read along with the rest, so only a partij that no longer takes part costs
      // a query of its own below.
      this.rows<PartijRow>(
        `select * from partij where id in (select partij_id from deelnemer where overeenkomst_id in (${list})) or id in (select partij_id from overeenkomst_gemeente where overeenkomst_id in (${list}))`,
        [...ids, ...ids],
      ),
    ]);

    const partijIds = new Set<string>([
      ...deelnemers.map((d) => d.partij_id),
      ...gemeenten.map((g) => g.partij_id),
      ...ondertekenaars.map((o) => o.partij_id),
      ...afspraken.map((a) => a.trekker_id),
      ...betrokkenen.map((b) => b.partij_id),
    ]);
    for (const a of afspraken) {
      for (const id of partijIdsInDetails(a.details)) partijIds.add(id);
    }
    const partijen = new Map(deelnemendePartijen.map((row) => [row.id, partijModel(row)]));
    const ontbrekend = [...partijIds].filter((id) => !partijen.has(id));
    if (ontbrekend.length) {
      const rows = await this.rows<PartijRow>(
        `select * from partij where id in (${ontbrekend.map(() => '?').join(', ')})`,
        ontbrekend,
      );
      for (const row of rows) partijen.set(row.id, partijModel(row));
    }
    const partij = (id: string): PartijModel => partijen.get(id)!;

    const themaModels = this.themaModels(themas);
    const gemeentenBy = groupBy(gemeenten, (g) => g.overeenkomst_id);
    const deelnemersBy = groupBy(deelnemers, (d) => d.overeenkomst_id);
    const jaarschijvenBy = groupBy(jaarschijven, (j) => j.overeenkomst_id);
    const onderdelenBy = groupBy(onderdelen, (o) => o.overeenkomst_id);
    const ondertekenaarsBy = groupBy(ondertekenaars, (o) => o.onderdeel_id);
    const afsprakenBy = groupBy(afspraken, (a) => a.onderdeel_id);
    const betrokkenenBy = groupBy(betrokkenen, (b) => b.afspraak_id);
    const jarenBy = groupBy(afspraakJaren, (j) => j.afspraak_id);
    const indicatorenBy = groupBy(indicatoren, (i) => i.overeenkomst_id);
    const streefBy = groupBy(streefwaarden, (s) => s.indicator_id);
    const realBy = groupBy(realisaties, (r) => r.indicator_id);
    const koppelingenByIndicator = groupBy(
      koppelingen as { indicator_id: string; afspraak_id: string }[],
      (k) => k.indicator_id,
    );
    const koppelingenByAfspraak = groupBy(
      koppelingen as { indicator_id: string; afspraak_id: string }[],
      (k) => k.afspraak_id,
    );

    const jaarschijfModels = new Map<string, JaarschijfModel>();
    const afspraakModels = new Map<string, AfspraakModel>();
    const indicatorModels = new Map<string, IndicatorModel>();
    /** Each afspraak's place in its overeenkomst's alleAfspraken. */
    const positie = new Map<string, number>();
    const byYear = <T extends { jaar: number }>(items: T[]) =>
      items.sort((a, b) => a.jaar - b.jaar);

    const result = new Map<string, OvereenkomstModel>();
    for (const row of overeenkomsten) {
      const o: OvereenkomstModel = {
        id: row.id,
        titel: row.titel,
        startjaar: row.startjaar,
        eindjaar: row.eindjaar,
        status: row.status,
        preambule: row.preambule,
        preambuleJson: row.preambule_json,
        referenties: (row.referenties ?? []).map((r) => ({
          soort: r.soort,
          titel: r.titel,
          url: r.url ?? null,
        })),
        gemeenten: (gemeentenBy.get(row.id) ?? []).map((g) => partij(g.partij_id)).sort(byNaam),
        deelnemers: (deelnemersBy.get(row.id) ?? []).map((d) => ({
          id: d.id,
          rol: d.rol,
          regie: d.regie,
          partij: partij(d.partij_id),
        })),
        onderdelen: [],
        jaarschijven: [],
        indicatoren: [],
        themas: themas
          .filter((t) => t.overeenkomst_id === null || t.overeenkomst_id === row.id)
          .map((t) => themaModels.get(t.id)!),
        alleAfspraken: [],
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
      o.jaarschijven = (jaarschijvenBy.get(row.id) ?? []).map((j) => {
        const model: JaarschijfModel = {
          id: j.id,
          jaar: j.jaar,
          status: j.status,
          toelichting: j.toelichting,
          overeenkomst: o,
        };
        jaarschijfModels.set(j.id, model);
        return model;
      });
      o.onderdelen = (onderdelenBy.get(row.id) ?? []).map((d) => {
        const onderdeel: OnderdeelModel = {
          id: d.id,
          soort: d.soort,
          titel: d.titel,
          volgorde: d.volgorde,
          status: d.status,
          ondertekenaars: (ondertekenaarsBy.get(d.id) ?? [])
            .map((x) => partij(x.partij_id))
            .sort(byNaam),
          afspraken: [],
          overeenkomst: o,
        };
        onderdeel.afspraken = (afsprakenBy.get(d.id) ?? []).map((a) => {
          const model: AfspraakModel = {
            id: a.id,
            nummer: a.nummer,
            volgorde: a.volgorde,
            titel: a.titel,
            type: a.type,
            typeLabel: AFSPRAAK_TYPE_LABEL[a.type],
            tekst: a.tekst,
            tekstJson: a.tekst_json,
            volwassenheid: a.volwassenheid,
            voorwaarden: a.voorwaarden,
            doelgroepen: a.doelgroepen,
            thema: themaModels.get(a.thema_id)!,
            trekker: partij(a.trekker_id),
            betrokkenen: (betrokkenenBy.get(a.id) ?? []).map((b) => ({
              id: b.id,
              bijdrage: b.bijdrage,
              kostenaandeel: b.kostenaandeel,
              partij: partij(b.partij_id),
            })),
            jaarschijven: byYear(
              (jarenBy.get(a.id) ?? []).map((j) => {
                const jaarschijf = jaarschijfModels.get(j.jaarschijf_id)!;
                return {
                  id: j.id,
                  jaar: jaarschijf.jaar,
                  concretisering: j.concretisering,
                  jaarschijf,
                };
              }),
            ),
            indicatoren: [],
            details: detailsView(a.details, partij),
            onderdeel,
            overeenkomst: o,
            createdAt: a.created_at,
            updatedAt: a.updated_at,
          };
          afspraakModels.set(a.id, model);
          return model;
        });
        o.alleAfspraken.push(...onderdeel.afspraken);
        return onderdeel;
      });
      o.indicatoren = (indicatorenBy.get(row.id) ?? []).map((i) => {
        const model: IndicatorModel = {
          id: i.id,
          naam: i.naam,
          eenheid: i.eenheid,
          definitie: i.definitie,
          definitieBron: i.definitie_bron,
          nulmetingWaarde: i.nulmeting_waarde,
          nulmetingJaar: i.nulmeting_jaar,
          afspraken: [],
          streefwaarden: byYear(
            (streefBy.get(i.id) ?? []).map((s) => {
              const jaarschijf = jaarschijfModels.get(s.jaarschijf_id)!;
              return {
                id: s.id,
                jaar: jaarschijf.jaar,
                soort: s.soort,
                waarde: s.waarde,
                min: s.min,
                max: s.max,
                effect: s.effect,
                jaarschijf,
              };
            }),
          ),
          realisaties: byYear(
            (realBy.get(i.id) ?? []).map((r) => {
              const jaarschijf = jaarschijfModels.get(r.jaarschijf_id)!;
              return {
                id: r.id,
                jaar: jaarschijf.jaar,
                waarde: r.waarde,
                bron: r.bron,
                toelichting: r.toelichting,
                jaarschijf,
              };
            }),
          ),
          overeenkomst: o,
        };
        indicatorModels.set(i.id, model);
        return model;
      });
      o.alleAfspraken.forEach((a, i) => positie.set(a.id, i));
      result.set(row.id, o);
    }
    for (const [indicatorId, links] of koppelingenByIndicator) {
      const indicator = indicatorModels.get(indicatorId);
      if (!indicator) continue;
      indicator.afspraken = links.map((l) => afspraakModels.get(l.afspraak_id)!).filter(Boolean);
      indicator.afspraken.sort((a, b) => positie.get(a.id)! - positie.get(b.id)!);
    }
    for (const [afspraakId, links] of koppelingenByAfspraak) {
      const afspraak = afspraakModels.get(afspraakId);
      if (afspraak)
        afspraak.indicatoren = links.map((l) => indicatorModels.get(l.indicator_id)!).sort(byNaam);
    }
    return ids.map((id) => result.get(id)).filter((o): o is OvereenkomstModel => o !== undefined);
  }

  async overeenkomst(id: string, need: Need): Promise<OvereenkomstModel> {
    const [model] = await this.overeenkomsten([id], need);
    if (!model) throw notFound('Overeenkomst', id);
    return model;
  }

  /** The default themes, plus the overeenkomst's own. */
  async themas(overeenkomstId: string | null): Promise<ThemaModel[]> {
    const rows = await this.rows<ThemaRow>(
      `select * from thema where overeenkomst_id is null ${overeenkomstId ? 'or overeenkomst_id = ?' : ''} order by volgorde, naam`,
      overeenkomstId ? [overeenkomstId] : [],
    );
    return rows.map((t) => this.themaModels(rows).get(t.id)!);
  }

  private themaModels(rows: ThemaRow[]): Map<string, ThemaModel> {
    const models = new Map<string, ThemaModel>(
      rows.map((t) => [
        t.id,
        {
          id: t.id,
          naam: t.naam,
          volgorde: t.volgorde,
          standaard: t.overeenkomst_id === null,
          domein: null,
        },
      ]),
    );
    for (const t of rows)
      if (t.domein_id) models.get(t.id)!.domein = models.get(t.domein_id) ?? null;
    return models;
  }
}
