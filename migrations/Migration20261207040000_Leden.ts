import { Migration } from '@mikro-orm/migrations';

/**
 * The leden (a, b, c) of a composite afspraak, each with its own type and details, as a JSON list
 * on the afspraak. Every existing afspraak is a single one: it starts with no leden.
 */
export class Migration20261207040000_Leden extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "afspraak" add column "leden" jsonb not null default '[]';`);
    this.addSql(`alter table "afspraak" alter column "leden" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "afspraak" drop column "leden";`);
  }
}
