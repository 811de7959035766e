import { Migration } from '@mikro-orm/migrations';

/**
 * Renewal tokens that were exchanged (to detect their reuse), one-time export tickets, and an
 * index to prune old login attempts by time.
 */
export class Migration20261206020000_Sessies extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "vervangen_vernieuw_token" ("hash" varchar(64) not null, "sessie_id" uuid not null, "vervangen_op" timestamptz not null, constraint "vervangen_vernieuw_token_pkey" primary key ("hash"));`,
    );
    this.addSql(
      `create index "vervangen_vernieuw_token_sessie_id_index" on "vervangen_vernieuw_token" ("sessie_id");`,
    );
    this.addSql(
      `alter table "vervangen_vernieuw_token" add constraint "vervangen_vernieuw_token_sessie_id_foreign" foreign key ("sessie_id") references "sessie" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "export_ticket" ("hash" varchar(64) not null, "sessie_id" uuid not null, "pad" text not null, "verloopt_op" timestamptz not null, constraint "export_ticket_pkey" primary key ("hash"));`,
    );
    this.addSql(`create index "export_ticket_sessie_id_index" on "export_ticket" ("sessie_id");`);
    this.addSql(
      `create index "export_ticket_verloopt_op_index" on "export_ticket" ("verloopt_op");`,
    );
    this.addSql(
      `alter table "export_ticket" add constraint "export_ticket_sessie_id_foreign" foreign key ("sessie_id") references "sessie" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`create index "login_poging_tijd_index" on "login_poging" ("tijd");`);
  }
}
