import { Migration } from '@mikro-orm/migrations';

/** Publications under the Woo: the public snapshot of a signed overeenkomst (issue 18). */
export class Migration20261214030000_Publicatie extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "publicatie" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "slug" varchar(120) not null, "inhoud" jsonb not null, "docx" bytea not null, "versies" jsonb not null, "gepubliceerd_op" timestamptz not null, "gepubliceerd_door_id" uuid not null, "ingetrokken_op" timestamptz null, "intrek_reden" text null, constraint "publicatie_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "publicatie" add constraint "publicatie_overeenkomst_id_unique" unique ("overeenkomst_id");`,
    );
    this.addSql(
      `alter table "publicatie" add constraint "publicatie_slug_unique" unique ("slug");`,
    );

    this.addSql(
      `alter table "publicatie" add constraint "publicatie_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "publicatie" add constraint "publicatie_gepubliceerd_door_id_foreign" foreign key ("gepubliceerd_door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "publicatie" cascade;`);
  }
}
