import { Migration } from '@mikro-orm/migrations';

/**
 * The overeenkomst's status is derived from its onderdelen and jaarschijven (issue 17, point 7);
 * only an early end by the regie is stored.
 */
export class Migration20261212010000_AfgeleideStatus extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "overeenkomst" add column "beeindigd" boolean not null default false;`,
    );
    this.addSql(`update "overeenkomst" set "beeindigd" = ("status" = 'BEEINDIGD');`);
    this.addSql(`alter table "overeenkomst" drop column "status";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "overeenkomst" add column "status" text check ("status" in ('CONCEPT', 'IN_ONDERHANDELING', 'ONDERTEKEND', 'BEEINDIGD')) not null default 'CONCEPT';`,
    );
    this.addSql(
      `update "overeenkomst" set "status" = case when "beeindigd" then 'BEEINDIGD' else 'CONCEPT' end;`,
    );
    this.addSql(`alter table "overeenkomst" drop column "beeindigd";`);
  }
}
