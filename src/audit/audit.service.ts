import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { canonicalJson, sha256 } from './canonical';

/** What happened, as the trail records it. */
export interface AuditStap {
  overeenkomstId: string;
  actor: Actor | null;
  /** The partij the person acted for, when the step was taken on behalf of one. */
  partij?: { id: string; naam: string } | null;
  actie: AuditActie;
  onderwerpSoort: string;
  onderwerpId: string;
  gegevens?: Record<string, unknown>;
}

export enum AuditActie {
  DEELNEMER_TOEGEVOEGD = 'DEELNEMER_TOEGEVOEGD',
  DEELNEMER_GEWIJZIGD = 'DEELNEMER_GEWIJZIGD',
  DEELNEMER_VERWIJDERD = 'DEELNEMER_VERWIJDERD',
  ONDERTEKENAARS_GEWIJZIGD = 'ONDERTEKENAARS_GEWIJZIGD',
  STANDPUNT = 'STANDPUNT',
  OPMERKING = 'OPMERKING',
  OPMERKING_OPGELOST = 'OPMERKING_OPGELOST',
  OPMERKING_HEROPEND = 'OPMERKING_HEROPEND',
  VOORSTEL_INGEDIEND = 'VOORSTEL_INGEDIEND',
  VOORSTEL_AANVAARD = 'VOORSTEL_AANVAARD',
  VOORSTEL_VERWORPEN = 'VOORSTEL_VERWORPEN',
  VOORSTEL_INGETROKKEN = 'VOORSTEL_INGETROKKEN',
  VOORSTEL_DOORGEVOERD = 'VOORSTEL_DOORGEVOERD',
  BEVROREN = 'BEVROREN',
  ONDERTEKEND = 'ONDERTEKEND',
  ONDERTEKENING_GEWEIGERD = 'ONDERTEKENING_GEWEIGERD',
  VOLLEDIG_ONDERTEKEND = 'VOLLEDIG_ONDERTEKEND',
  ADDENDUM_GESTART = 'ADDENDUM_GESTART',
  VERSIE_HERSTELD = 'VERSIE_HERSTELD',
  /** Start-up repair of a freeze a crash interrupted (the onderdeel is a draft again). */
  BEVRIEZING_HERSTELD = 'BEVRIEZING_HERSTELD',
  JAARSCHIJF_STATUS = 'JAARSCHIJF_STATUS',
  KALENDER_GEWIJZIGD = 'KALENDER_GEWIJZIGD',
  VERANTWOORDING = 'VERANTWOORDING',
  EVALUATIE = 'EVALUATIE',
  EVALUATIE_BEVESTIGD = 'EVALUATIE_BEVESTIGD',
  EVALUATIE_GESLOTEN = 'EVALUATIE_GESLOTEN',
  BOD_INGEDIEND = 'BOD_INGEDIEND',
}

export interface AuditRij {
  volgnummer: number;
  tijd: Date;
  gebruikerId: string | null;
  gebruikerNaam: string;
  partijId: string | null;
  partijNaam: string | null;
  actie: string;
  onderwerpSoort: string;
  onderwerpId: string;
  gegevens: Record<string, unknown>;
  vorigeHash: string | null;
  hash: string;
}

export interface KetenControle {
  geldig: boolean;
  aantal: number;
  /** The first entry that does not match, when the chain is broken. */
  eersteFout: { volgnummer: number; reden: string } | null;
}

const KOLOMMEN = `volgnummer, tijd, gebruiker_id as "gebruikerId", gebruiker_naam as "gebruikerNaam",
  partij_id as "partijId", partij_naam as "partijNaam", actie, onderwerp_soort as "onderwerpSoort",
  onderwerp_id as "onderwerpId", gegevens, vorige_hash as "vorigeHash", hash`;

/**
 * The audit trail: an append-only, hash-chained log per overeenkomst. A step is written in the
 * transaction of the change it records, so a rolled-back change leaves no entry, and entries
 * of one overeenkomst are appended one at a time (an advisory lock), so the chain never forks.
 */
@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** Appends a step; pass the transaction's entity manager to write inside it. */
  async schrijf(stap: AuditStap, em?: EntityManager): Promise<AuditRij> {
    if (!em) return this.em.fork().transactional((tx) => this.schrijf(stap, tx));
    const connection = em.getConnection();
    const ctx: unknown = em.getTransactionContext();
    await connection.execute(
      'select pg_advisory_xact_lock(hashtext(?))',
      [`audit:${stap.overeenkomstId}`],
      'all',
      ctx,
    );
    const [vorige] = await connection.execute<{ volgnummer: number; hash: string }[]>(
      'select volgnummer, hash from audit_regel where overeenkomst_id = ? order by volgnummer desc limit 1',
      [stap.overeenkomstId],
      'all',
      ctx,
    );
    const rij: AuditRij = {
      volgnummer: (vorige?.volgnummer ?? 0) + 1,
      tijd: new Date(),
      gebruikerId: stap.actor?.gebruikerId ?? null,
      gebruikerNaam: stap.actor?.naam ?? 'Driehoek',
      partijId: stap.partij?.id ?? null,
      partijNaam: stap.partij?.naam ?? null,
      actie: stap.actie,
      onderwerpSoort: stap.onderwerpSoort,
      onderwerpId: stap.onderwerpId,
      gegevens: JSON.parse(canonicalJson(stap.gegevens ?? {})) as Record<string, unknown>,
      vorigeHash: vorige?.hash ?? null,
      hash: '',
    };
    rij.hash = regelHash(stap.overeenkomstId, rij);
    await connection.execute(
      `insert into audit_regel (overeenkomst_id, volgnummer, tijd, gebruiker_id, gebruiker_naam,
         partij_id, partij_naam, actie, onderwerp_soort, onderwerp_id, gegevens, vorige_hash, hash)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        stap.overeenkomstId,
        rij.volgnummer,
        rij.tijd,
        rij.gebruikerId,
        rij.gebruikerNaam,
        rij.partijId,
        rij.partijNaam,
        rij.actie,
        rij.onderwerpSoort,
        rij.onderwerpId,
        JSON.stringify(rij.gegevens),
        rij.vorigeHash,
        rij.hash,
      ],
      'all',
      ctx,
    );
    return rij;
  }

  async lijst(
    overeenkomstId: string,
    take: number,
    skip: number,
  ): Promise<{ items: AuditRij[]; total: number }> {
    const connection = this.em.getConnection();
    const [items, [{ total }]] = await Promise.all([
      connection.execute<AuditRij[]>(
        `select ${KOLOMMEN} from audit_regel where overeenkomst_id = ? order by volgnummer limit ? offset ?`,
        [overeenkomstId, take, skip],
        'all',
      ),
      connection.execute<[{ total: number }]>(
        'select count(*)::int as total from audit_regel where overeenkomst_id = ?',
        [overeenkomstId],
        'all',
      ),
    ]);
    return { items: items.map((r) => ({ ...r, tijd: new Date(r.tijd) })), total };
  }

  /** Recomputes every hash of the chain, in order; the first entry that does not match is named. */
  async controleer(overeenkomstId: string): Promise<KetenControle> {
    const rijen = await this.em
      .getConnection()
      .execute<AuditRij[]>(
        `select ${KOLOMMEN} from audit_regel where overeenkomst_id = ? order by volgnummer`,
        [overeenkomstId],
        'all',
      );
    let vorige: AuditRij | undefined;
    for (const [i, rij] of rijen.entries()) {
      const fout =
        rij.volgnummer !== i + 1
          ? `regel ${i + 1} ontbreekt`
          : rij.vorigeHash !== (vorige?.hash ?? null)
            ? 'verwijst niet naar de hash van de vorige regel'
            : rij.hash !== regelHash(overeenkomstId, rij)
              ? 'de inhoud past niet bij de vastgelegde hash'
              : null;
      if (fout)
        return {
          geldig: false,
          aantal: rijen.length,
          eersteFout: { volgnummer: rij.volgnummer, reden: fout },
        };
      vorige = rij;
    }
    return { geldig: true, aantal: rijen.length, eersteFout: null };
  }
}

function regelHash(overeenkomstId: string, rij: AuditRij): string {
  return sha256(
    canonicalJson({
      overeenkomstId,
      volgnummer: rij.volgnummer,
      tijd: new Date(rij.tijd),
      gebruikerId: rij.gebruikerId,
      gebruikerNaam: rij.gebruikerNaam,
      partijId: rij.partijId,
      partijNaam: rij.partijNaam,
      actie: rij.actie,
      onderwerpSoort: rij.onderwerpSoort,
      onderwerpId: rij.onderwerpId,
      gegevens: rij.gegevens,
      vorigeHash: rij.vorigeHash,
    }),
  );
}
