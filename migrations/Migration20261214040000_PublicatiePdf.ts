import { Migration } from '@mikro-orm/migrations';

/** A Woo publication keeps the PDF/A of its Word document, when a converter made one. */
export class Migration20261214040000_PublicatiePdf extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "publicatie" add column "pdf" bytea null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "publicatie" drop column "pdf";`);
  }
}
