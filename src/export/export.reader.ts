import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { OnderdeelInhoud } from '../overeenkomsten/onderdeel-inhoud';
import type { ExportVersie } from './export-gegevens';

/** A frozen version of an onderdeel, with the number of the version its addendum amends. */
export interface VersieRij {
  id: string;
  onderdeel_id: string;
  nummer: number;
  status: string;
  hash: string;
  created_at: Date;
  basis_nummer: number | null;
}

export interface HandtekeningRij {
  versie_id: string;
  partij_id: string;
  partij: string;
  naam: string;
  functie: string;
  created_at: Date;
  versie_hash: string;
}

export interface ExternRij {
  versie_id: string;
  datum: string;
  ondertekenaars: { partijId: string; partijNaam: string; naam: string; functie: string }[];
}

export interface AuditGrenzen {
  eerste: Date | null;
  laatste: Date | null;
  hash: string | null;
}

/** An accepted suggestion: who made it, what it inserted and deleted, when it was applied. */
export interface AanvaardeSuggestieRij {
  afspraak_id: string;
  partij: string;
  ingevoegd: string;
  geschrapt: string;
  gesloten_op: Date;
}

export interface AanvaardVoorstelRij {
  afspraak_id: string | null;
  partij: string;
  doorgevoerd_op: Date;
}

const VERSIE_KOLOMMEN = `v.id, v.onderdeel_id, v.nummer, v.status, v.hash, v.created_at, b.nummer as basis_nummer
   from onderdeel_versie v left join onderdeel_versie b on b.id = v.basis_id`;

/**
 * What the Word export reads besides the agreement itself (that comes from OvereenkomstReader
 * and OnderdeelInhoudReader): versions, signatures, the audit trail's bounds and the accepted
 * proposals and suggestions a redline attributes its changes to.
 */
@Injectable()
export class ExportReader {
  constructor(private readonly em: EntityManager) {}

  private rijen<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  /** The overeenkomst's versions, newest first. */
  versies(overeenkomstId: string): Promise<VersieRij[]> {
    return this.rijen<VersieRij>(
      `select ${VERSIE_KOLOMMEN} where v.overeenkomst_id = ? order by v.nummer desc`,
      [overeenkomstId],
    );
  }

  async versie(id: string): Promise<VersieRij | undefined> {
    const [rij] = await this.rijen<VersieRij>(`select ${VERSIE_KOLOMMEN} where v.id = ?`, [id]);
    return rij;
  }

  /** What a version holds, as frozen. */
  async versieInhoud(versieId: string): Promise<Omit<OnderdeelInhoud, 'status'> | undefined> {
    const [rij] = await this.rijen<{ inhoud: Omit<OnderdeelInhoud, 'status'> }>(
      'select inhoud from onderdeel_versie where id = ?',
      [versieId],
    );
    return rij?.inhoud;
  }

  /** The signatures on the overeenkomst's versions, oldest first. */
  handtekeningen(overeenkomstId: string): Promise<HandtekeningRij[]> {
    return this.rijen<HandtekeningRij>(
      `select h.versie_id, h.partij_id, p.naam as partij, h.naam, h.functie, h.created_at, h.versie_hash
         from ondertekening h join partij p on p.id = h.partij_id join onderdeel_versie v on v.id = h.versie_id
        where v.overeenkomst_id = ? and h.besluit = 'ONDERTEKEND' order by h.created_at`,
      [overeenkomstId],
    );
  }

  /** The versions signed outside Driehoek, with the day and who signed. */
  externeOndertekeningen(overeenkomstId: string): Promise<ExternRij[]> {
    return this.rijen<ExternRij>(
      `select versie_id, to_char(datum, 'YYYY-MM-DD') as datum, ondertekenaars
         from externe_ondertekening where overeenkomst_id = ?`,
      [overeenkomstId],
    );
  }

  /** The first and last moment of the audit trail, and its last entry's hash. */
  async auditGrenzen(overeenkomstId: string): Promise<AuditGrenzen | undefined> {
    const [grenzen] = await this.rijen<AuditGrenzen>(
      `select min(tijd) as eerste, max(tijd) as laatste,
              (select hash from audit_regel where overeenkomst_id = ? order by volgnummer desc limit 1) as hash
         from audit_regel where overeenkomst_id = ?`,
      [overeenkomstId, overeenkomstId],
    );
    return grenzen;
  }

  /** Proposals on the onderdeel accepted after `vanaf` up to `tot`, the latest first. */
  aanvaardeVoorstellen(
    onderdeelId: string,
    vanaf: Date,
    tot: Date,
  ): Promise<AanvaardVoorstelRij[]> {
    return this.rijen<AanvaardVoorstelRij>(
      `select v.afspraak_id, p.naam as partij, v.doorgevoerd_op from wijzigingsvoorstel v join partij p on p.id = v.indiener_id
        where v.onderdeel_id = ? and v.status = 'AANVAARD' and v.doorgevoerd_op > ? and v.doorgevoerd_op <= ?
        order by v.doorgevoerd_op desc`,
      [onderdeelId, vanaf, tot],
    );
  }

  /**
   * Per afspraak of the onderdeel its text with the pending suggestions; where none is pending
   * (null), the accepted text is all there is.
   */
  async suggestieTeksten(onderdeelId: string): Promise<Record<string, Record<string, unknown>>> {
    const rijen = await this.rijen<{ id: string; json: Record<string, unknown> | null }>(
      `select a.id, coalesce(a.tekst_met_suggesties, a.tekst_json) as json
         from afspraak a where a.onderdeel_id = ?`,
      [onderdeelId],
    );
    return Object.fromEntries(rijen.flatMap((r) => (r.json ? [[r.id, r.json]] : [])));
  }

  /** Suggestions on the onderdeel accepted after `vanaf` up to `tot`, the latest first. */
  aanvaardeSuggesties(
    onderdeelId: string,
    vanaf: Date,
    tot: Date,
  ): Promise<AanvaardeSuggestieRij[]> {
    return this.rijen<AanvaardeSuggestieRij>(
      `select s.afspraak_id, p.naam as partij, s.ingevoegd, s.geschrapt, s.gesloten_op
         from suggestie s join partij p on p.id = s.partij_id
        where s.onderdeel_id = ? and s.status = 'AANVAARD' and s.gesloten_op > ? and s.gesloten_op <= ?
        order by s.gesloten_op desc`,
      [onderdeelId, vanaf, tot],
    );
  }

  /** When each suggestion on the onderdeel was first seen by the server, by its id. */
  async suggestieTijden(onderdeelId: string): Promise<Record<string, Date>> {
    const rijen = await this.rijen<{ id: string; gemaakt: Date }>(
      'select id, gemaakt from suggestie where onderdeel_id = ?',
      [onderdeelId],
    );
    return Object.fromEntries(rijen.map((r) => [r.id, r.gemaakt]));
  }
}

/** A paper signing as the export's version shows it. */
export function externVan(rij: ExternRij | undefined): ExportVersie['extern'] {
  return rij
    ? {
        datum: rij.datum,
        ondertekenaars: rij.ondertekenaars.map((o) => ({
          partijId: o.partijId,
          partij: o.partijNaam,
          naam: o.naam,
          functie: o.functie,
        })),
      }
    : null;
}
