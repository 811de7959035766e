import { Migration } from '@mikro-orm/migrations';

export class Migration20261126003606_Kalender extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "overeenkomst" add column "kalender" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "overeenkomst" drop column "kalender";`);
  }
}
