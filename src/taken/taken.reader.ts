import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { PartijSoort } from '../partijen/partij.entity';

/** Where a task points: the overeenkomst and onderdeel, and on whose behalf. */
export interface TaakPlek {
  overeenkomst_id: string;
  overeenkomst_titel: string;
  onderdeel_id: string;
  onderdeel_titel: string;
  partij_id: string;
  partij_naam: string;
}

/** An afspraak a signing partij judges, with the content hash of its standpunt (null: none). */
export interface StandpuntRij extends TaakPlek {
  afspraak_id: string;
  inhoud_hash: string | null;
}

/** One open item (proposal, suggestion, comment thread) waiting for a partij. */
export interface OpenRij extends TaakPlek {
  afspraak_id: string | null;
}

export interface OndertekenRij extends TaakPlek {
  soort: 'HOOFDDOCUMENT' | 'BIJLAGE';
}

export interface BodRij {
  jaarschijf_id: string;
  partij_id: string;
}

export interface VerantwoordingRij {
  overeenkomst_id: string;
  jaarschijf_id: string;
  afspraak_id: string;
  onderdeel_id: string;
  partij_id: string;
  partij_naam: string;
}

export interface BevestigRij {
  jaarschijf_id: string;
  partij_id: string;
  partij_naam: string;
}

export interface UitnodigingRij {
  id: string;
  soort: 'DEELNAME' | 'LIDMAATSCHAP';
  partij_naam: string;
  overeenkomst_titel: string | null;
  verloopt_op: Date;
}

export interface DeelnameRij {
  overeenkomst_id: string;
  overeenkomst_titel: string;
  partij_id: string;
  partij_naam: string;
  partij_soort: PartijSoort;
}

const PLEK = `d.overeenkomst_id, k.titel as overeenkomst_titel, d.id as onderdeel_id,
  d.titel as onderdeel_titel, oo.partij_id, p.naam as partij_naam`;
/** The onderdelen a partij signs (`oo`), with their overeenkomst (`k`) and the partij (`p`). */
const ONDERTEKENT = `onderdeel d
  join overeenkomst k on k.id = d.overeenkomst_id and not k.beeindigd
  join onderdeel_ondertekenaar oo on oo.onderdeel_id = d.id and oo.partij_id = any(array[?]::uuid[])
  join partij p on p.id = oo.partij_id`;
const VOLGORDE = `order by k.titel, d.volgorde, p.naam`;

/**
 * What is asked of a person, one query per kind of task, each over all their partijen and
 * agreements at once: the number of queries does not grow with afspraken or agreements. The
 * service (TakenService) turns the rows into tasks.
 */
@Injectable()
export class TakenReader {
  constructor(private readonly em: EntityManager) {}

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  /** Every afspraak of an onderdeel under negotiation that one of `partijIds` signs. */
  standpunten(partijIds: string[]): Promise<StandpuntRij[]> {
    return this.rows(
      `select ${PLEK}, a.id as afspraak_id, s.inhoud_hash
         from ${ONDERTEKENT}
         join afspraak a on a.onderdeel_id = d.id
         left join standpunt s on s.afspraak_id = a.id and s.partij_id = oo.partij_id
        where d.fase = 'ONDERHANDELEN' and d.status = 'CONCEPT'
        ${VOLGORDE}, a.volgorde`,
      [partijIds],
    );
  }

  /** Open wijzigingsvoorstellen of another partij that the partij has not accepted yet. */
  voorstellen(partijIds: string[]): Promise<OpenRij[]> {
    return this.rows(
      `select ${PLEK}, v.afspraak_id
         from ${ONDERTEKENT}
         join wijzigingsvoorstel v on v.onderdeel_id = d.id and v.status = 'OPEN' and v.indiener_id <> oo.partij_id
        where d.status = 'CONCEPT'
          and not exists (select 1 from voorstel_beoordeling b
                           where b.voorstel_id = v.id and b.partij_id = oo.partij_id and b.beoordeling = 'AANVAARD')
        ${VOLGORDE}, v.created_at`,
      [partijIds],
    );
  }

  /** Open suggestions of another partij in the text that the partij has not accepted yet. */
  suggesties(partijIds: string[]): Promise<OpenRij[]> {
    return this.rows(
      `select ${PLEK}, s.afspraak_id
         from ${ONDERTEKENT}
         join suggestie s on s.onderdeel_id = d.id and s.status = 'OPEN' and s.partij_id <> oo.partij_id
         join afspraak a on a.id = s.afspraak_id
        where d.status = 'CONCEPT'
          and not exists (select 1 from suggestie_beoordeling b
                           where b.suggestie_id = s.id and b.partij_id = oo.partij_id and b.beoordeling = 'AANVAARD')
        ${VOLGORDE}, a.volgorde, s.gemaakt`,
      [partijIds],
    );
  }

  /** Unresolved comment threads addressed to one of `partijIds`. */
  opmerkingen(partijIds: string[]): Promise<OpenRij[]> {
    return this.rows(
      `select d.overeenkomst_id, k.titel as overeenkomst_titel, d.id as onderdeel_id,
              d.titel as onderdeel_titel, o.gericht_aan_id as partij_id, p.naam as partij_naam,
              a.id as afspraak_id
         from opmerking o
         join afspraak a on a.id = o.afspraak_id
         join onderdeel d on d.id = a.onderdeel_id
         join overeenkomst k on k.id = d.overeenkomst_id and not k.beeindigd
         join partij p on p.id = o.gericht_aan_id
        where o.draad_id is null and not o.opgelost and o.gericht_aan_id = any(array[?]::uuid[])
        order by k.titel, d.volgorde, p.naam, a.volgorde, o.created_at`,
      [partijIds],
    );
  }

  /** Frozen onderdelen whose version ter ondertekening the partij has not signed or refused. */
  ondertekeningen(partijIds: string[]): Promise<OndertekenRij[]> {
    return this.rows(
      `select ${PLEK}, d.soort
         from ${ONDERTEKENT}
         join onderdeel_versie v on v.onderdeel_id = d.id and v.status = 'TER_ONDERTEKENING'
        where d.status = 'TER_ONDERTEKENING'
          and not exists (select 1 from ondertekening o where o.versie_id = v.id and o.partij_id = oo.partij_id)
        ${VOLGORDE}`,
      [partijIds],
    );
  }

  /** The agreements these partijen take part in, in any role, ended ones too. */
  async deelgenomen(partijIds: string[]): Promise<string[]> {
    const rijen = await this.rows<{ overeenkomst_id: string }>(
      `select distinct overeenkomst_id from deelnemer where partij_id = any(array[?]::uuid[])`,
      [partijIds],
    );
    return rijen.map((r) => r.overeenkomst_id);
  }

  /** How the partijen take part (not as waarnemer), per overeenkomst still running. */
  deelnames(partijIds: string[]): Promise<DeelnameRij[]> {
    return this.rows(
      `select k.id as overeenkomst_id, k.titel as overeenkomst_titel, p.id as partij_id,
              p.naam as partij_naam, p.soort as partij_soort
         from deelnemer dn
         join overeenkomst k on k.id = dn.overeenkomst_id and not k.beeindigd
         join partij p on p.id = dn.partij_id
        where dn.partij_id = any(array[?]::uuid[]) and dn.rol <> 'WAARNEMER'
        order by k.titel, p.naam`,
      [partijIds],
    );
  }

  /** The bids already handed in for these jaarschijven. */
  boden(jaarschijfIds: string[]): Promise<BodRij[]> {
    if (jaarschijfIds.length === 0) return Promise.resolve([]);
    return this.rows(
      `select jaarschijf_id, partij_id from bod where jaarschijf_id = any(array[?]::uuid[])`,
      [jaarschijfIds],
    );
  }

  /**
   * Afspraken of these jaarschijven that one of `partijIds` pulls (trekker or medetrekker) and
   * has not accounted for yet.
   */
  verantwoordingen(jaarschijfIds: string[], partijIds: string[]): Promise<VerantwoordingRij[]> {
    if (jaarschijfIds.length === 0) return Promise.resolve([]);
    return this.rows(
      `select a.overeenkomst_id, aj.jaarschijf_id, a.id as afspraak_id, a.onderdeel_id,
              p.id as partij_id, p.naam as partij_naam
         from afspraak_jaarschijf aj
         join afspraak a on a.id = aj.afspraak_id
         join partij p on p.id = a.trekker_id
              or p.id in (select b.partij_id from afspraak_betrokkene b
                           where b.afspraak_id = a.id and b.rol = 'MEDETREKKER')
        where aj.jaarschijf_id = any(array[?]::uuid[]) and p.id = any(array[?]::uuid[])
          and not exists (select 1 from verantwoording v
                           where v.afspraak_id = a.id and v.jaarschijf_id = aj.jaarschijf_id)
        order by a.volgorde`,
      [jaarschijfIds, partijIds],
    );
  }

  /** Signatories of the hoofddocument that have not confirmed these jaarschijven's evaluatie. */
  bevestigingen(jaarschijfIds: string[], partijIds: string[]): Promise<BevestigRij[]> {
    if (jaarschijfIds.length === 0) return Promise.resolve([]);
    return this.rows(
      `select j.id as jaarschijf_id, p.id as partij_id, p.naam as partij_naam
         from jaarschijf j
         join onderdeel d on d.overeenkomst_id = j.overeenkomst_id and d.soort = 'HOOFDDOCUMENT'
         join onderdeel_ondertekenaar oo on oo.onderdeel_id = d.id and oo.partij_id = any(array[?]::uuid[])
         join partij p on p.id = oo.partij_id
        where j.id = any(array[?]::uuid[])
          and not exists (select 1 from evaluatie_bevestiging b
                           where b.jaarschijf_id = j.id and b.partij_id = oo.partij_id)
        order by p.naam`,
      [partijIds, jaarschijfIds],
    );
  }

  /** Invitations to this e-mail address that are neither accepted nor expired. */
  uitnodigingen(email: string, nu: Date): Promise<UitnodigingRij[]> {
    return this.rows(
      `select u.id, u.soort, p.naam as partij_naam, k.titel as overeenkomst_titel, u.verloopt_op
         from uitnodiging u
         join partij p on p.id = u.partij_id
         left join overeenkomst k on k.id = u.overeenkomst_id
        where lower(u.email) = lower(?) and u.geaccepteerd_op is null and u.verloopt_op > ?
        order by u.verloopt_op`,
      [email, nu],
    );
  }
}
