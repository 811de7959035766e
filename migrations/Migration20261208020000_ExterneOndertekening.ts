import { Migration } from '@mikro-orm/migrations';

/**
 * Onderdelen signed outside Driehoek (issue 15, point 11): the date, who signed for each partij,
 * the years covered and the signed PDF, one per onderdeel.
 */
export class Migration20261208020000_ExterneOndertekening extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "externe_ondertekening" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "onderdeel_id" uuid not null, "versie_id" uuid not null, "datum" date not null, "ondertekenaars" jsonb not null, "jaren" jsonb not null, "bestandsnaam" varchar(255) not null, "bestand" bytea not null, "grootte" int not null, "sha256" varchar(64) not null, "geregistreerd_door_id" uuid not null, "geregistreerd_op" timestamptz not null, constraint "externe_ondertekening_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "externe_ondertekening" add constraint "externe_ondertekening_onderdeel_id_unique" unique ("onderdeel_id");`,
    );
    this.addSql(
      `create index "externe_ondertekening_overeenkomst_id_index" on "externe_ondertekening" ("overeenkomst_id");`,
    );
    this.addSql(
      `alter table "externe_ondertekening" add constraint "externe_ondertekening_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "externe_ondertekening" add constraint "externe_ondertekening_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "externe_ondertekening" add constraint "externe_ondertekening_versie_id_foreign" foreign key ("versie_id") references "onderdeel_versie" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "externe_ondertekening" add constraint "externe_ondertekening_geregistreerd_door_id_foreign" foreign key ("geregistreerd_door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "externe_ondertekening" cascade;`);
  }
}
