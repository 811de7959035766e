import { Migration } from '@mikro-orm/migrations';

/**
 * What the country-wide overviews filter and join on (issue 19, point 6): the agreements a
 * partij takes part in or is a gemeente of, and the afspraken of a thema. Without them each
 * overview scanned every deelnemer and searched every agreement's afspraken for the thema.
 */
export class Migration20261223010000_LandIndexen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "deelnemer_partij_id_index" on "deelnemer" ("partij_id");`);
    this.addSql(
      `create index "overeenkomst_gemeente_partij_id_index" on "overeenkomst_gemeente" ("partij_id");`,
    );
    this.addSql(
      `create index "afspraak_thema_id_overeenkomst_id_index" on "afspraak" ("thema_id", "overeenkomst_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "deelnemer_partij_id_index";`);
    this.addSql(`drop index if exists "overeenkomst_gemeente_partij_id_index";`);
    this.addSql(`drop index if exists "afspraak_thema_id_overeenkomst_id_index";`);
  }
}
