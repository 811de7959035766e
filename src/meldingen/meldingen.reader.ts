import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import type { Kalender } from '../jaarcyclus/kalender';
import { MailStatus, type MailVoorkeur, type MeldingSoort } from './melding.entity';

export interface Ontvanger {
  gebruiker_id: string;
  naam: string;
  partij_id: string;
  partij_naam: string;
}

export interface NieuweMelding {
  gebruikerId: string;
  soort: MeldingSoort;
  sleutel: string;
  tekst: string;
  link: string;
}

export interface MeldingRij {
  id: string;
  gebruiker_id: string;
  soort: MeldingSoort;
  tekst: string;
  link: string;
  created_at: Date;
  gelezen_op: Date | null;
}

export interface OpmerkingContext {
  tekst: string;
  auteur_id: string;
  auteur: string;
  partij: string;
  gericht_aan_id: string | null;
  gericht_aan: string | null;
  afspraak_id: string;
  nummer: string;
  afspraak_titel: string;
  onderdeel_id: string;
  overeenkomst_id: string;
  overeenkomst: string;
}

export interface VoorstelContext {
  status: string;
  indiener_id: string;
  indiener: string;
  door_id: string;
  onderdeel_id: string;
  onderdeel: string;
  overeenkomst_id: string;
  overeenkomst: string;
  nummer: string | null;
}

export interface VersieContext {
  status: string;
  nummer: number;
  onderdeel_id: string;
  onderdeel: string;
  overeenkomst_id: string;
  overeenkomst: string;
}

export interface HerinneringJaarschijf {
  id: string;
  jaar: number;
  status: JaarschijfStatus;
  overeenkomst_id: string;
  titel: string;
  kalender: Partial<Kalender> | null;
}

/** Who a deadline reminder goes to: the corporaties, or the signing partijen. */
export type HerinneringKring = 'CORPORATIES' | 'ONDERTEKENAARS';

const ONTVANGER_VELDEN = `g.id as gebruiker_id, g.naam, p.id as partij_id, p.naam as partij_naam`;
const ONDERTEKENT = `l.rollen @> '["ONDERTEKENAAR"]'::jsonb`;

/** The SQL of the meldingen: who receives what, and the mail bookkeeping. */
@Injectable()
export class MeldingenReader {
  constructor(private readonly em: EntityManager) {}

  private rijen<T extends object>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  /** Stores the meldingen that do not exist yet (by person and sleutel); returns those it stored. */
  async voegToe(meldingen: NieuweMelding[]): Promise<MeldingRij[]> {
    if (meldingen.length === 0) return [];
    return this.rijen<MeldingRij>(
      `insert into melding (id, created_at, updated_at, gebruiker_id, soort, sleutel, tekst, link)
       select gen_random_uuid(), now(), now(), m.gebruiker_id, m.soort, m.sleutel, m.tekst, m.link
         from jsonb_to_recordset(?::jsonb)
           as m(gebruiker_id uuid, soort text, sleutel text, tekst text, link text)
       on conflict (gebruiker_id, sleutel) do nothing
       returning id, gebruiker_id, soort, tekst, link, created_at, gelezen_op`,
      [
        JSON.stringify(
          meldingen.map((m) => ({
            gebruiker_id: m.gebruikerId,
            soort: m.soort,
            sleutel: m.sleutel,
            tekst: m.tekst,
            link: m.link,
          })),
        ),
      ],
    );
  }

  /** Members who may sign for a partij that signs this onderdeel. */
  ondertekenaarsVan(onderdeelId: string): Promise<Ontvanger[]> {
    return this.rijen<Ontvanger>(
      `select ${ONTVANGER_VELDEN} from onderdeel_ondertekenaar o
         join partij p on p.id = o.partij_id
         join lidmaatschap l on l.partij_id = p.id and ${ONDERTEKENT}
         join gebruiker g on g.id = l.gebruiker_id
        where o.onderdeel_id = ? order by g.naam, p.naam`,
      [onderdeelId],
    );
  }

  /** The partijen that sign this onderdeel. */
  async ondertekendePartijen(onderdeelId: string): Promise<string[]> {
    const rijen = await this.rijen<{ partij_id: string }>(
      'select partij_id from onderdeel_ondertekenaar where onderdeel_id = ?',
      [onderdeelId],
    );
    return rijen.map((r) => r.partij_id);
  }

  /** Every member of the given partijen. */
  ledenVan(partijIds: string[]): Promise<Ontvanger[]> {
    if (partijIds.length === 0) return Promise.resolve([]);
    return this.rijen<Ontvanger>(
      `select ${ONTVANGER_VELDEN} from lidmaatschap l
         join partij p on p.id = l.partij_id join gebruiker g on g.id = l.gebruiker_id
        where l.partij_id = any(array[?]::uuid[]) order by g.naam, p.naam`,
      [partijIds],
    );
  }

  /** The members of the partijen taking part in an overeenkomst: who can be @-mentioned. */
  deelnemendeLeden(overeenkomstId: string): Promise<Ontvanger[]> {
    return this.rijen<Ontvanger>(
      `select ${ONTVANGER_VELDEN} from deelnemer d
         join partij p on p.id = d.partij_id
         join lidmaatschap l on l.partij_id = p.id join gebruiker g on g.id = l.gebruiker_id
        where d.overeenkomst_id = ? order by g.naam, p.naam`,
      [overeenkomstId],
    );
  }

  /** The partijen taking part in an overeenkomst (also those without members yet). */
  deelnemendePartijen(overeenkomstId: string): Promise<{ id: string; naam: string }[]> {
    return this.rijen(
      `select p.id, p.naam from deelnemer d join partij p on p.id = d.partij_id
        where d.overeenkomst_id = ? order by p.naam`,
      [overeenkomstId],
    );
  }

  async opmerking(opmerkingId: string): Promise<OpmerkingContext | null> {
    const [rij] = await this.rijen<OpmerkingContext>(
      `select o.tekst, o.auteur_id, g.naam as auteur, p.naam as partij, o.gericht_aan_id, ga.naam as gericht_aan,
              a.id as afspraak_id, a.nummer, a.titel as afspraak_titel, a.onderdeel_id,
              k.id as overeenkomst_id, k.titel as overeenkomst
         from opmerking o join gebruiker g on g.id = o.auteur_id join partij p on p.id = o.partij_id
         left join partij ga on ga.id = o.gericht_aan_id
         join afspraak a on a.id = o.afspraak_id join overeenkomst k on k.id = a.overeenkomst_id
        where o.id = ?`,
      [opmerkingId],
    );
    return rij ?? null;
  }

  async voorstel(voorstelId: string): Promise<VoorstelContext | null> {
    const [rij] = await this.rijen<VoorstelContext>(
      `select v.status, v.indiener_id, p.naam as indiener, v.door_id, v.onderdeel_id,
              d.titel as onderdeel, k.id as overeenkomst_id, k.titel as overeenkomst, a.nummer
         from wijzigingsvoorstel v join partij p on p.id = v.indiener_id
         join onderdeel d on d.id = v.onderdeel_id join overeenkomst k on k.id = v.overeenkomst_id
         left join afspraak a on a.id = v.afspraak_id
        where v.id = ?`,
      [voorstelId],
    );
    return rij ?? null;
  }

  async versie(versieId: string): Promise<VersieContext | null> {
    const [rij] = await this.rijen<VersieContext>(
      `select v.status, v.nummer, v.onderdeel_id, d.titel as onderdeel,
              k.id as overeenkomst_id, k.titel as overeenkomst
         from onderdeel_versie v join onderdeel d on d.id = v.onderdeel_id
         join overeenkomst k on k.id = v.overeenkomst_id
        where v.id = ?`,
      [versieId],
    );
    return rij ?? null;
  }

  /** The jaarschijven of these years, with their overeenkomst's calendar. */
  jaarschijven(jaren: number[]): Promise<HerinneringJaarschijf[]> {
    return this.rijen<HerinneringJaarschijf>(
      `select j.id, j.jaar, j.status, o.id as overeenkomst_id, o.titel, o.kalender
         from jaarschijf j join overeenkomst o on o.id = j.overeenkomst_id
        where j.jaar = any(array[?]::int[]) order by o.titel, j.jaar`,
      [jaren],
    );
  }

  /** Who a reminder of an overeenkomst goes to. */
  herinneringOntvangers(overeenkomstId: string, kring: HerinneringKring): Promise<Ontvanger[]> {
    const voorwaarde =
      kring === 'CORPORATIES'
        ? `p.soort = 'WONINGCORPORATIE'`
        : `d.rol = 'ONDERTEKENAAR' and ${ONDERTEKENT}`;
    return this.rijen<Ontvanger>(
      `select ${ONTVANGER_VELDEN} from deelnemer d
         join partij p on p.id = d.partij_id
         join lidmaatschap l on l.partij_id = p.id join gebruiker g on g.id = l.gebruiker_id
        where d.overeenkomst_id = ? and ${voorwaarde} order by g.naam, p.naam`,
      [overeenkomstId],
    );
  }

  /** The person's mail choice (DIRECT without a row) and address. */
  async voorkeur(
    gebruikerId: string,
  ): Promise<{ email: string; naam: string; mail: MailVoorkeur }> {
    const [rij] = await this.rijen<{ email: string; naam: string; mail: MailVoorkeur }>(
      `select g.email, g.naam, coalesce(v.mail, 'DIRECT') as mail from gebruiker g
         left join melding_voorkeur v on v.gebruiker_id = g.id where g.id = ?`,
      [gebruikerId],
    );
    if (!rij) throw new Error(`Gebruiker ${gebruikerId} bestaat niet`);
    return rij;
  }

  /**
   * Claims the waiting mails of meldingen for this instance (all of one person's when `ids` is
   * null): only one instance gets each. A claim older than ten minutes was left by an instance
   * that stopped, and may be taken over.
   */
  claim(gebruikerId: string, ids: string[] | null): Promise<MeldingRij[]> {
    if (ids?.length === 0) return Promise.resolve([]);
    return this.rijen<MeldingRij>(
      `update melding set mail_status = '${MailStatus.BEZIG}', mail_bezig_sinds = now()
        where gebruiker_id = ? ${ids ? 'and id = any(array[?]::uuid[])' : ''}
          and (mail_status = '${MailStatus.WACHT}'
               or (mail_status = '${MailStatus.BEZIG}' and mail_bezig_sinds < now() - interval '10 minutes'))
       returning id, gebruiker_id, soort, tekst, link, created_at, gelezen_op`,
      ids ? [gebruikerId, ids] : [gebruikerId],
    );
  }

  async markeer(ids: string[], status: MailStatus): Promise<void> {
    if (ids.length === 0) return;
    await this.em
      .getConnection()
      .execute(`update melding set mail_status = ? where id = any(array[?]::uuid[])`, [
        status,
        ids,
      ]);
  }

  /** Waiting mails of people who want them at once, older than `voor` (missed by their job). */
  wachtendDirect(voor: Date): Promise<{ id: string; gebruiker_id: string }[]> {
    return this.rijen(
      `select m.id, m.gebruiker_id from melding m
         left join melding_voorkeur v on v.gebruiker_id = m.gebruiker_id
        where m.mail_status in ('${MailStatus.WACHT}', '${MailStatus.BEZIG}') and m.created_at < ?
          and coalesce(v.mail, 'DIRECT') = 'DIRECT'
        order by m.created_at limit 500`,
      [voor],
    );
  }

  /** People who want a daily overview and have meldingen waiting for it. */
  async overzichtOntvangers(): Promise<string[]> {
    const rijen = await this.rijen<{ gebruiker_id: string }>(
      `select distinct m.gebruiker_id from melding m
         join melding_voorkeur v on v.gebruiker_id = m.gebruiker_id and v.mail = 'DAGELIJKS'
        where m.mail_status in ('${MailStatus.WACHT}', '${MailStatus.BEZIG}')`,
      [],
    );
    return rijen.map((r) => r.gebruiker_id);
  }
}
