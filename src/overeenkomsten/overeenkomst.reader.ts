import type { BetrokkeneRol, TrekkerGroep } from './afspraak-rollen';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { jaarVan } from '../jaarcyclus/nederlandse-tijd';
import type { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import type { EffectOordeel, IndicatorRichting } from '../indicatoren/richting';
import type { PartijSoort } from '../partijen/partij.entity';
import type { PartijModel } from '../partijen/partij.model';
import { partijIdsInDetails, type StoredDetails } from './afspraak-details';
import { partijIdsInLeden, type StoredLid } from './afspraak-leden';
import { partijIdsInBedragen } from './afspraak-bedragen';
import type { StoredBedrag } from './financieel-overzicht';
import type { AfspraakType, Doelgroep, Volwassenheid } from './afspraak-type';
import type { OnderdeelFase, OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import type { LocatieSoort } from './locatie.entity';
import type { DeelnemerRol, Referentie } from './overeenkomst.entity';
import type { OvereenkomstModel, ThemaModel } from './overeenkomst.model';
import { type Need } from './overeenkomst-need';
import type { StoredEigenDoelgroep } from './eigen-doelgroepen';
import type { NormenKolommen } from './normen-view';
import { overeenkomstModellen, partijModel, themaModellen } from './overeenkomst-modellen';

interface Timestamps {
  id: string;
  created_at: Date;
  updated_at: Date;
}

export interface OvereenkomstRow extends Timestamps {
  titel: string;
  startjaar: number;
  eindjaar: number;
  beeindigd: boolean;
  preambule: string;
  preambule_json: Record<string, unknown> | null;
  referenties: Referentie[] | null;
  eigen_doelgroepen: StoredEigenDoelgroep[] | null;
}
export interface PartijRow extends Timestamps {
  naam: string;
  soort: PartijSoort;
  regio: string | null;
  statutaire_naam: string | null;
  vestigingsplaats: string | null;
  kvk_nummer: string | null;
  vertegenwoordiger: string | null;
  vertegenwoordiger_functie: string | null;
}
export interface DeelnemerRow {
  id: string;
  overeenkomst_id: string;
  partij_id: string;
  rol: DeelnemerRol;
  regie: boolean;
}
export interface JaarschijfRow {
  id: string;
  overeenkomst_id: string;
  jaar: number;
  status: JaarschijfStatus;
  toelichting: string;
}
export interface ThemaRow {
  id: string;
  naam: string;
  volgorde: number;
  domein_id: string | null;
  overeenkomst_id: string | null;
}
export interface OnderdeelRow {
  id: string;
  overeenkomst_id: string;
  soort: OnderdeelSoort;
  titel: string;
  volgorde: number;
  status: OnderdeelStatus;
  fase: OnderdeelFase;
  /** A version was ever signed (the overeenkomst's status reads it). */
  ooit_ondertekend: boolean;
}
export interface AfspraakRow extends Timestamps, NormenKolommen {
  overeenkomst_id: string;
  onderdeel_id: string;
  nummer: string;
  volgorde: number;
  titel: string;
  type: AfspraakType;
  tekst: string;
  tekst_json: Record<string, unknown> | null;
  tekst_met_suggesties: Record<string, unknown> | null;
  thema_id: string;
  trekker_id: string;
  trekker_groep: TrekkerGroep | null;
  volwassenheid: Volwassenheid;
  voorwaarden: string[];
  doelgroepen: Doelgroep[];
  details: StoredDetails;
  leden: StoredLid[];
  bedragen: StoredBedrag[];
}
export interface BetrokkeneRow {
  id: string;
  afspraak_id: string;
  partij_id: string;
  rol: BetrokkeneRol;
  bijdrage: string;
  kostenaandeel: number | null;
}
export interface AfspraakJaarschijfRow {
  id: string;
  afspraak_id: string;
  jaarschijf_id: string;
  concretisering: string;
}
export interface IndicatorRow {
  id: string;
  overeenkomst_id: string;
  naam: string;
  eenheid: string;
  definitie: string;
  definitie_bron: string | null;
  nulmeting_waarde: number | null;
  nulmeting_jaar: number | null;
  richting: IndicatorRichting;
}
export interface StreefwaardeRow {
  id: string;
  indicator_id: string;
  /** Null for a horizon target (a year after the periode). */
  jaarschijf_id: string | null;
  jaar: number;
  locatie_id: string | null;
  soort: StreefwaardeSoort;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
}
export interface RealisatieRow {
  id: string;
  indicator_id: string;
  jaarschijf_id: string;
  locatie_id: string | null;
  waarde: number | null;
  oordeel: EffectOordeel | null;
  tussenstand: boolean;
  bron: string;
  toelichting: string;
}

export interface GemeenteRow {
  overeenkomst_id: string;
  partij_id: string;
}
export interface OndertekenaarRow {
  onderdeel_id: string;
  partij_id: string;
}
export interface LocatieRow {
  id: string;
  overeenkomst_id: string;
  soort: LocatieSoort;
  naam: string;
  gemeente_id: string | null;
}
export interface AfspraakLocatieRow {
  afspraak_id: string;
  locatie_id: string;
}
export interface KoppelingRow {
  indicator_id: string;
  afspraak_id: string;
}

/** The rows of one or more agreements, one list per table. */
export interface OvereenkomstRijen {
  overeenkomsten: OvereenkomstRow[];
  gemeenten: GemeenteRow[];
  deelnemers: DeelnemerRow[];
  jaarschijven: JaarschijfRow[];
  themas: ThemaRow[];
  onderdelen: OnderdeelRow[];
  ondertekenaars: OndertekenaarRow[];
  afspraken: AfspraakRow[];
  betrokkenen: BetrokkeneRow[];
  afspraakJaren: AfspraakJaarschijfRow[];
  indicatoren: IndicatorRow[];
  streefwaarden: StreefwaardeRow[];
  realisaties: RealisatieRow[];
  koppelingen: KoppelingRow[];
  locaties: LocatieRow[];
  afspraakLocaties: AfspraakLocatieRow[];
  /** On a page: the numbers of afspraken outside it that its afspraken refer to. */
  verwezen?: { id: string; nummer: string }[];
}

/** Awaits an object's promises, all started at once, as an object of their results. */
async function alleTegelijk<T extends object>(beloften: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const sleutels = Object.keys(beloften) as (keyof T)[];
  const waarden = await Promise.all(sleutels.map((k) => beloften[k]));
  return Object.fromEntries(sleutels.map((k, i) => [k, waarden[i]])) as T;
}

/**
 * Reads whole agreements as plain objects with one query per table, batched over any number of
 * overeenkomsten: the cost does not grow with the number of afspraken or indicatoren.
 */
@Injectable()
export class OvereenkomstReader {
  constructor(
    private readonly em: EntityManager,
    private readonly klok: Klok,
  ) {}

  private rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  /**
   * `pagina`: read only these afspraken of the agreements (a page of a list, which then costs the
   * same however many afspraken the agreements hold). The agreements' own lists of afspraken
   * (onderdelen, alleAfspraken, indicatoren) then hold only these, so a caller passes it only
   * when the request does not reach those lists.
   */
  async overeenkomsten(
    requested: string[],
    need: Need,
    pagina?: string[],
  ): Promise<OvereenkomstModel[]> {
    const ids = requested.filter((id) => isUUID(id));
    if (ids.length === 0) return [];
    const afspraakIds = pagina?.filter((id) => isUUID(id));
    const inAfspraak = afspraakIds
      ? `afspraak_id = any(array[?]::uuid[])`
      : `afspraak_id in (select id from afspraak where overeenkomst_id = any(array[?]::uuid[]))`;
    const afspraakParams = [afspraakIds ?? ids];
    const inIndicator = `indicator_id in (select id from indicator where overeenkomst_id = any(array[?]::uuid[]))`;
    const none = Promise.resolve([]);
    const [rijen, deelnemendePartijen] = await Promise.all([
      alleTegelijk<OvereenkomstRijen>({
        overeenkomsten: this.rows<OvereenkomstRow>(
          `select * from overeenkomst where id = any(array[?]::uuid[])`,
          [ids],
        ),
        gemeenten: this.rows<GemeenteRow>(
          `select overeenkomst_id, partij_id from overeenkomst_gemeente where overeenkomst_id = any(array[?]::uuid[])`,
          [ids],
        ),
        deelnemers: this.rows<DeelnemerRow>(
          `select * from deelnemer where overeenkomst_id = any(array[?]::uuid[]) order by created_at, id`,
          [ids],
        ),
        jaarschijven: this.rows<JaarschijfRow>(
          `select * from jaarschijf where overeenkomst_id = any(array[?]::uuid[]) order by jaar`,
          [ids],
        ),
        themas: this.rows<ThemaRow>(
          `select * from thema where overeenkomst_id is null or overeenkomst_id = any(array[?]::uuid[]) order by volgorde, naam`,
          [ids],
        ),
        onderdelen: this.rows<OnderdeelRow>(
          `select d.*, exists(select 1 from onderdeel_versie v where v.onderdeel_id = d.id and v.status = 'ONDERTEKEND') as ooit_ondertekend
             from onderdeel d where d.overeenkomst_id = any(array[?]::uuid[]) order by d.volgorde`,
          [ids],
        ),
        ondertekenaars: this.rows<OndertekenaarRow>(
          `select onderdeel_id, partij_id from onderdeel_ondertekenaar where onderdeel_id in (select id from onderdeel where overeenkomst_id = any(array[?]::uuid[]))`,
          [ids],
        ),
        afspraken: need.afspraken
          ? this.rows<AfspraakRow>(
              `select * from afspraak where overeenkomst_id = any(array[?]::uuid[])${afspraakIds ? ' and id = any(array[?]::uuid[])' : ''} order by volgorde`,
              afspraakIds ? [ids, afspraakIds] : [ids],
            )
          : none,
        betrokkenen: need.afspraken
          ? this.rows<BetrokkeneRow>(
              `select id, afspraak_id, partij_id, rol, bijdrage, kostenaandeel from afspraak_betrokkene where ${inAfspraak} order by volgorde`,
              afspraakParams,
            )
          : none,
        afspraakJaren: need.afspraken
          ? this.rows<AfspraakJaarschijfRow>(
              `select id, afspraak_id, jaarschijf_id, concretisering from afspraak_jaarschijf where ${inAfspraak}`,
              afspraakParams,
            )
          : none,
        indicatoren: need.indicatoren
          ? this.rows<IndicatorRow>(
              `select id, overeenkomst_id, naam, eenheid, definitie, definitie_bron, nulmeting_waarde, nulmeting_jaar, richting from indicator where overeenkomst_id = any(array[?]::uuid[]) order by naam, id`,
              [ids],
            )
          : none,
        streefwaarden: need.indicatoren
          ? this.rows<StreefwaardeRow>(
              `select id, indicator_id, jaarschijf_id, jaar, locatie_id, soort, waarde, min, max, effect from streefwaarde where ${inIndicator}`,
              [ids],
            )
          : none,
        realisaties: need.indicatoren
          ? this.rows<RealisatieRow>(
              `select id, indicator_id, jaarschijf_id, locatie_id, waarde, oordeel, tussenstand, bron, toelichting from realisatie where ${inIndicator}`,
              [ids],
            )
          : none,
        koppelingen:
          need.afspraken && (need.indicatoren || need.waarschuwingen)
            ? this.rows<KoppelingRow>(
                `select * from indicator_afspraak where ${inAfspraak}`,
                afspraakParams,
              )
            : none,
        locaties: this.rows<LocatieRow>(
          `select id, overeenkomst_id, soort, naam, gemeente_id from locatie where overeenkomst_id = any(array[?]::uuid[])`,
          [ids],
        ),
        afspraakLocaties: need.afspraken
          ? this.rows<AfspraakLocatieRow>(
              `select afspraak_id, locatie_id from afspraak_locatie where ${inAfspraak} order by volgorde`,
              afspraakParams,
            )
          : none,
      }),
      // The partijen named anywhere in an agreement are nearly always its deelnemers and
      // gemeenten: read along with the rest, so only a partij that no longer takes part costs
      // a query of its own below.
      this.rows<PartijRow>(
        `select * from partij where id in (select partij_id from deelnemer where overeenkomst_id = any(array[?]::uuid[])) or id in (select partij_id from overeenkomst_gemeente where overeenkomst_id = any(array[?]::uuid[]))`,
        [ids, ids],
      ),
    ]);

    const partijIds = new Set<string>([
      ...rijen.deelnemers.map((d) => d.partij_id),
      ...rijen.gemeenten.map((g) => g.partij_id),
      ...rijen.ondertekenaars.map((o) => o.partij_id),
      ...rijen.afspraken.map((a) => a.trekker_id),
      ...rijen.betrokkenen.map((b) => b.partij_id),
      ...rijen.locaties.flatMap((l) => (l.gemeente_id ? [l.gemeente_id] : [])),
    ]);
    for (const a of rijen.afspraken) {
      for (const id of partijIdsInDetails(a.details)) partijIds.add(id);
      for (const id of partijIdsInLeden(a.leden)) partijIds.add(id);
      for (const id of partijIdsInBedragen(a.bedragen)) partijIds.add(id);
    }
    const partijen = new Map(deelnemendePartijen.map((row) => [row.id, partijModel(row)]));
    const ontbrekend = [...partijIds].filter((id) => !partijen.has(id));
    if (ontbrekend.length) {
      const rows = await this.rows<PartijRow>(
        'select * from partij where id = any(array[?]::uuid[])',
        [ontbrekend],
      );
      for (const row of rows) partijen.set(row.id, partijModel(row));
    }
    if (afspraakIds) rijen.verwezen = await this.verwezenBuitenDePagina(ids, rijen.afspraken);
    const partij = (id: string): PartijModel => partijen.get(id)!;
    return overeenkomstModellen(ids, rijen, partij, jaarVan(this.klok.nu()));
  }

  /** A verwijzing prints the number of the afspraak it names, which may be on another page. */
  private async verwezenBuitenDePagina(
    overeenkomstIds: string[],
    afspraken: AfspraakRow[],
  ): Promise<{ id: string; nummer: string }[]> {
    const opDePagina = new Set(afspraken.map((a) => a.id));
    const verwezen = afspraken
      .flatMap((a) => (a.verwijzingen ?? []).map((v) => v.afspraakId))
      .filter((id): id is string => id !== null && !opDePagina.has(id));
    if (verwezen.length === 0) return [];
    return this.rows<{ id: string; nummer: string }>(
      'select id, nummer from afspraak where id = any(array[?]::uuid[]) and overeenkomst_id = any(array[?]::uuid[])',
      [[...new Set(verwezen)], overeenkomstIds],
    );
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
    return rows.map((t) => themaModellen(rows).get(t.id)!);
  }
}
