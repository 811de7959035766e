import { Migration } from '@mikro-orm/migrations';

/**
 * Money in an afspraak (issue 15, point 5): a JSON list of amounts in whole cents. Existing
 * afspraken get an empty list; the kostenaandeel of their betrokkenen stays as it was.
 */
export class Migration20261207050000_Bedragen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "afspraak" add column "bedragen" jsonb not null default '[]';`);
    // The default only fills the rows that exist; the entity always writes the list itself.
    this.addSql(`alter table "afspraak" alter column "bedragen" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "afspraak" drop column "bedragen";`);
  }
}
