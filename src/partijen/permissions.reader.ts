import { TREKKENDE_ROLLEN, type TrekkerGroep } from '../overeenkomsten/afspraak-rollen';
import type { Trekkers } from './betrokkenheid';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelSoort, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import type { PartijSoort } from './partij.entity';

/** A partij of the actor taking part in an overeenkomst. */
export interface DeelnameRij {
  partij_id: string;
  naam: string;
  soort: PartijSoort;
  rol: DeelnemerRol;
  regie: boolean;
}

export interface OnderdeelRij {
  overeenkomst_id: string;
  titel: string;
  status: OnderdeelStatus;
}

const OWNER_SQL = {
  onderdeel: 'select overeenkomst_id from onderdeel where id = ?',
  afspraak: 'select overeenkomst_id from afspraak where id = ?',
  deelnemer: 'select overeenkomst_id from deelnemer where id = ?',
  jaarschijf: 'select overeenkomst_id from jaarschijf where id = ?',
  indicator: 'select overeenkomst_id from indicator where id = ?',
  wijzigingsvoorstel: 'select overeenkomst_id from wijzigingsvoorstel where id = ?',
  versie: 'select overeenkomst_id from onderdeel_versie where id = ?',
  opmerking:
    'select a.overeenkomst_id from opmerking o join afspraak a on a.id = o.afspraak_id where o.id = ?',
} as const;
/** Tables whose rows belong to one overeenkomst, as permission checks name them. */
export type OwnedTable = keyof typeof OWNER_SQL;

/**
 * The few small reads permission checks need, run on every request; plain SQL on indexed keys.
 * Ids are valid UUIDs here: the service refuses others as NOT_FOUND before asking. Lists go as
 * one array parameter (`= any(array[?]::uuid[])`): MikroORM's execute expands an array into
 * its elements, which the array constructor gathers again; an empty list matches nothing.
 */
@Injectable()
export class PermissionsReader {
  constructor(private readonly em: EntityManager) {}

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  private async eerste<T>(sql: string, params: unknown[]): Promise<T | undefined> {
    return (await this.rows<T>(sql, params))[0];
  }

  deelnames(overeenkomstId: string, partijIds: string[]): Promise<DeelnameRij[]> {
    return this.rows<DeelnameRij>(
      `select d.partij_id, p.naam, p.soort, d.rol, d.regie from deelnemer d join partij p on p.id = d.partij_id
       where d.overeenkomst_id = ? and d.partij_id = any(array[?]::uuid[])`,
      [overeenkomstId, partijIds],
    );
  }

  async overeenkomstVan(tabel: OwnedTable, id: string): Promise<string | undefined> {
    return (await this.eerste<{ overeenkomst_id: string }>(OWNER_SQL[tabel], [id]))
      ?.overeenkomst_id;
  }

  onderdeel(id: string): Promise<OnderdeelRij | undefined> {
    return this.eerste<OnderdeelRij>(
      'select overeenkomst_id, titel, status from onderdeel where id = ?',
      [id],
    );
  }

  /** The trekkers of an afspraak: the accountable one (with its name), the others, the group. */
  async trekker(afspraakId: string): Promise<(Trekkers & { naam: string }) | undefined> {
    const rij = await this.eerste<{
      trekker_id: string;
      naam: string;
      trekker_groep: TrekkerGroep | null;
      mede: string[];
    }>(
      `select a.trekker_id, p.naam, a.trekker_groep,
              (select coalesce(json_agg(b.partij_id), '[]') from afspraak_betrokkene b
                where b.afspraak_id = a.id and b.rol = any(array[?])) as mede
         from afspraak a join partij p on p.id = a.trekker_id where a.id = ?`,
      [TREKKENDE_ROLLEN, afspraakId],
    );
    return (
      rij && {
        naam: rij.naam,
        ids: new Set([rij.trekker_id, ...rij.mede]),
        groepen: rij.trekker_groep ? [rij.trekker_groep] : [],
      }
    );
  }

  async onderdeelVanAfspraak(afspraakId: string): Promise<string | undefined> {
    return (
      await this.eerste<{ onderdeel_id: string }>(
        'select onderdeel_id from afspraak where id = ?',
        [afspraakId],
      )
    )?.onderdeel_id;
  }

  /** The hoofddocument of the overeenkomst and the onderdelen holding any of the afspraken. */
  async hoofddocumentEnOnderdelenVan(
    overeenkomstId: string,
    afspraakIds: string[],
  ): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(
      `select id from onderdeel where overeenkomst_id = ? and (soort = ?
         or id in (select onderdeel_id from afspraak where id = any(array[?]::uuid[])))`,
      [overeenkomstId, OnderdeelSoort.HOOFDDOCUMENT, afspraakIds],
    );
    return rows.map((r) => r.id);
  }

  /** The onderdelen of the overeenkomst whose afspraken may still be edited. */
  async conceptOnderdelen(overeenkomstId: string): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(
      'select id from onderdeel where overeenkomst_id = ? and status = ?',
      [overeenkomstId, OnderdeelStatus.CONCEPT],
    );
    return rows.map((r) => r.id);
  }

  async afsprakenVanIndicator(indicatorId: string): Promise<string[]> {
    const rows = await this.rows<{ afspraak_id: string }>(
      'select afspraak_id from indicator_afspraak where indicator_id = ?',
      [indicatorId],
    );
    return rows.map((r) => r.afspraak_id);
  }

  /** Who pulls any of the afspraken the indicator measures. */
  async trekkersVanIndicator(indicatorId: string): Promise<Trekkers> {
    const rows = await this.rows<{ partij_id: string; groep: TrekkerGroep | null }>(
      `select a.trekker_id as partij_id, a.trekker_groep as groep
         from indicator_afspraak ia join afspraak a on a.id = ia.afspraak_id where ia.indicator_id = ?
       union all
       select b.partij_id, null from indicator_afspraak ia
         join afspraak_betrokkene b on b.afspraak_id = ia.afspraak_id
        where ia.indicator_id = ? and b.rol = any(array[?])`,
      [indicatorId, indicatorId, TREKKENDE_ROLLEN],
    );
    return {
      ids: new Set(rows.map((r) => r.partij_id)),
      groepen: [...new Set(rows.flatMap((r) => (r.groep ? [r.groep] : [])))],
    };
  }

  async indicatorVan(
    tabel: 'streefwaarde' | 'realisatie',
    id: string,
  ): Promise<string | undefined> {
    const sql =
      tabel === 'streefwaarde'
        ? 'select indicator_id from streefwaarde where id = ?'
        : 'select indicator_id from realisatie where id = ?';
    return (await this.eerste<{ indicator_id: string }>(sql, [id]))?.indicator_id;
  }

  /** The theme's row: its overeenkomst, null for a shared default theme; undefined: no theme. */
  thema(id: string): Promise<{ overeenkomst_id: string | null } | undefined> {
    return this.eerste('select overeenkomst_id from thema where id = ?', [id]);
  }

  async partijBestaat(id: string): Promise<boolean> {
    return (
      (await this.eerste<{ id: string }>('select id from partij where id = ?', [id])) !== undefined
    );
  }

  async ondertekenaars(onderdeelIds: string[]): Promise<Set<string>> {
    if (onderdeelIds.length === 0) return new Set();
    const rows = await this.rows<{ partij_id: string }>(
      'select distinct partij_id from onderdeel_ondertekenaar where onderdeel_id = any(array[?]::uuid[])',
      [onderdeelIds],
    );
    return new Set(rows.map((r) => r.partij_id));
  }
}
