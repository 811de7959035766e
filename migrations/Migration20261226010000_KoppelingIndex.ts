import { Migration } from '@mikro-orm/migrations';

/**
 * An afspraak's indicator links, read for a page of afspraken (their SMART warnings) by
 * afspraak: the pivot's primary key starts with the indicator, so without this the read
 * scanned every link in the database.
 */
export class Migration20261226010000_KoppelingIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "indicator_afspraak_afspraak_id_index" on "indicator_afspraak" ("afspraak_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "indicator_afspraak_afspraak_id_index";`);
  }
}
