import { Migration } from '@mikro-orm/migrations';

/**
 * Two phases per onderdeel (issue 16): drafting, with direct edits, and negotiating, where every
 * change to an afspraak's text is a suggestion. An onderdeel that already has a standpunt is in
 * the negotiation.
 */
export class Migration20261209010000_OnderdeelFase extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "onderdeel" add column "fase" text check ("fase" in ('OPSTELLEN', 'ONDERHANDELEN')) not null default 'OPSTELLEN';`,
    );
    this.addSql(
      `update "onderdeel" o set "fase" = 'ONDERHANDELEN' where exists (select 1 from "standpunt" s join "afspraak" a on a.id = s.afspraak_id where a.onderdeel_id = o.id);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "onderdeel" drop column "fase";`);
  }
}
