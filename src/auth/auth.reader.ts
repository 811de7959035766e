import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { LidRol } from '../partijen/lidmaatschap.entity';
import type { PartijSoort } from '../partijen/partij.entity';

/** A session with its person and one of their memberships (all null: no membership). */
export interface ActorRow {
  ingetrokken_op: Date | null;
  email: string;
  naam: string;
  partij_id: string | null;
  rollen: LidRol[] | null;
  partij_naam: string | null;
  partij_soort: PartijSoort | null;
}

/** A row of {@link ActorRow} that does carry a membership. */
export type LidRow = ActorRow & {
  partij_id: string;
  rollen: LidRol[];
  partij_naam: string;
  partij_soort: PartijSoort;
};

/** The two reads of authentication that stay SQL: the first-start key and the per-request actor. */
@Injectable()
export class AuthReader {
  constructor(private readonly em: EntityManager) {}

  /** Keeps `waarde` as the signing key unless another start (or instance) stored one first. */
  async bewaarSleutelTenzijAanwezig(waarde: string): Promise<void> {
    await this.em
      .getConnection()
      .execute(
        `insert into app_secret (naam, waarde) values ('jwt', ?) on conflict (naam) do nothing`,
        [waarde],
      );
  }

  /** One query for the session, the person and their memberships: this runs on every request. */
  sessieMetLeden(sessieId: string, gebruikerId: string): Promise<ActorRow[]> {
    return this.em.getConnection().execute<ActorRow[]>(
      `select s.ingetrokken_op, g.email, g.naam, l.partij_id, l.rollen, p.naam as partij_naam, p.soort as partij_soort
       from sessie s join gebruiker g on g.id = s.gebruiker_id
       left join lidmaatschap l on l.gebruiker_id = g.id left join partij p on p.id = l.partij_id
       where s.id = ? and s.gebruiker_id = ?`,
      [sessieId, gebruikerId],
      'all',
    );
  }
}
