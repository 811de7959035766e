import { Migration } from '@mikro-orm/migrations';

/**
 * An existing agreement uploaded to be imported (issue 20): the file, what was read from it, and
 * the overeenkomst it became once confirmed.
 */
export class Migration20261224010000_Import extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "overeenkomst_import" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bestandsnaam" varchar(255) not null, "bestand" bytea not null, "grootte" int not null, "sha256" varchar(64) not null, "gemeente_id" uuid not null, "door_id" uuid not null, "mime_type" varchar(100) not null, "paginas" int null, "voorstel" jsonb not null, "status" text check ("status" in ('CONCEPT', 'BEVESTIGD')) not null default 'CONCEPT', "overeenkomst_id" uuid null, constraint "overeenkomst_import_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "overeenkomst_import_door_id_index" on "overeenkomst_import" ("door_id");`,
    );
    this.addSql(
      `alter table "overeenkomst_import" add constraint "overeenkomst_import_gemeente_id_foreign" foreign key ("gemeente_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "overeenkomst_import" add constraint "overeenkomst_import_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "overeenkomst_import" add constraint "overeenkomst_import_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "overeenkomst_import" cascade;`);
  }
}
