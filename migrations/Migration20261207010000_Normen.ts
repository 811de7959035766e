import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15, points 1, 8, 9 and 10: norms and references inside an afspraak, the deel each
 * voorwaarde holds for, and doelgroepen an overeenkomst defines itself. Existing rows get empty
 * lists: nothing of theirs changes meaning (and their content hashes stay as they were).
 */
export class Migration20261207010000_Normen extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "afspraak" add column "voorwaarde_delen" jsonb not null default '[]', add column "eigen_doelgroep_ids" jsonb not null default '[]', add column "normen" jsonb not null default '[]', add column "verwijzingen" jsonb not null default '[]';`,
    );
    this.addSql(
      `alter table "overeenkomst" add column "eigen_doelgroepen" jsonb not null default '[]';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "afspraak" drop column "voorwaarde_delen", drop column "eigen_doelgroep_ids", drop column "normen", drop column "verwijzingen";`,
    );
    this.addSql(`alter table "overeenkomst" drop column "eigen_doelgroepen";`);
  }
}
