import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** One entry of the trail, as read back and as hashed. */
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

const KOLOMMEN = `volgnummer, tijd, gebruiker_id as "gebruikerId", gebruiker_naam as "gebruikerNaam",
  partij_id as "partijId", partij_naam as "partijNaam", actie, onderwerp_soort as "onderwerpSoort",
  onderwerp_id as "onderwerpId", gegevens, vorige_hash as "vorigeHash", hash`;

/**
 * The audit_regel table in plain SQL: the advisory lock that keeps a chain from forking has no
 * ORM form, and the trail is appended and read as rows, never as tracked entities. Writes take
 * the transaction's entity manager, so the entry commits or rolls back with the change.
 */
@Injectable()
export class AuditReader {
  constructor(private readonly em: EntityManager) {}

  /** Holds the overeenkomst's chain until the transaction ends. */
  async vergrendel(tx: EntityManager, overeenkomstId: string): Promise<void> {
    await tx
      .getConnection()
      .execute(
        'select pg_advisory_xact_lock(hashtext(?))',
        [`audit:${overeenkomstId}`],
        'all',
        tx.getTransactionContext(),
      );
  }

  async laatste(
    tx: EntityManager,
    overeenkomstId: string,
  ): Promise<{ volgnummer: number; hash: string } | undefined> {
    const [vorige] = await tx
      .getConnection()
      .execute<{ volgnummer: number; hash: string }[]>(
        'select volgnummer, hash from audit_regel where overeenkomst_id = ? order by volgnummer desc limit 1',
        [overeenkomstId],
        'all',
        tx.getTransactionContext(),
      );
    return vorige;
  }

  async voegToe(tx: EntityManager, overeenkomstId: string, rij: AuditRij): Promise<void> {
    await tx.getConnection().execute(
      `insert into audit_regel (overeenkomst_id, volgnummer, tijd, gebruiker_id, gebruiker_naam,
         partij_id, partij_naam, actie, onderwerp_soort, onderwerp_id, gegevens, vorige_hash, hash)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        overeenkomstId,
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
      tx.getTransactionContext(),
    );
  }

  pagina(overeenkomstId: string, take: number, skip: number): Promise<AuditRij[]> {
    return this.em
      .getConnection()
      .execute<AuditRij[]>(
        `select ${KOLOMMEN} from audit_regel where overeenkomst_id = ? order by volgnummer limit ? offset ?`,
        [overeenkomstId, take, skip],
        'all',
      );
  }

  async aantal(overeenkomstId: string): Promise<number> {
    const [{ total }] = await this.em
      .getConnection()
      .execute<[{ total: number }]>(
        'select count(*)::int as total from audit_regel where overeenkomst_id = ?',
        [overeenkomstId],
        'all',
      );
    return total;
  }

  alle(overeenkomstId: string): Promise<AuditRij[]> {
    return this.em
      .getConnection()
      .execute<AuditRij[]>(
        `select ${KOLOMMEN} from audit_regel where overeenkomst_id = ? order by volgnummer`,
        [overeenkomstId],
        'all',
      );
  }
}
