import { Migration } from '@mikro-orm/migrations';

/**
 * Documents uploaded to an overeenkomst (issue 15, point 8): a verwijzing to an instrument may
 * point at one instead of, or beside, a link.
 */
export class Migration20261208060000_OvereenkomstDocument extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "overeenkomst_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "bestandsnaam" varchar(255) not null, "mime_type" varchar(100) not null, "bestand" bytea not null, "grootte" int not null, "sha256" varchar(64) not null, "geupload_door_id" uuid not null, "geupload_op" timestamptz not null, constraint "overeenkomst_document_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "overeenkomst_document_overeenkomst_id_index" on "overeenkomst_document" ("overeenkomst_id");`,
    );
    this.addSql(
      `alter table "overeenkomst_document" add constraint "overeenkomst_document_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "overeenkomst_document" add constraint "overeenkomst_document_geupload_door_id_foreign" foreign key ("geupload_door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "overeenkomst_document" cascade;`);
  }
}
