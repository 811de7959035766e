import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** What /health reports about the database server beyond being reachable. */
@Injectable()
export class HealthReader {
  constructor(private readonly em: EntityManager) {}

  /** The server's own version line ("PostgreSQL 17.4 on …"); the driver does not keep it. */
  async versie(): Promise<string | null> {
    const rows = await this.em
      .getConnection()
      .execute<{ version: string }[]>('select version() as version');
    return rows[0]?.version ?? null;
  }
}
