import { Migration } from '@mikro-orm/migrations';

/** The formal data of a partij for the Partijen section and signature page (issue 18). */
export class Migration20261214010000_PartijGegevens extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "partij" add column "statutaire_naam" varchar(200) null, add column "vestigingsplaats" varchar(100) null, add column "kvk_nummer" varchar(8) null, add column "vertegenwoordiger" varchar(200) null, add column "vertegenwoordiger_functie" varchar(200) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "partij" drop column "statutaire_naam", drop column "vestigingsplaats", drop column "kvk_nummer", drop column "vertegenwoordiger", drop column "vertegenwoordiger_functie";`,
    );
  }
}
