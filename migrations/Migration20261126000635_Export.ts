import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000635_Export extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "export_sjabloon" ("overeenkomst_id" uuid not null, "naam" varchar(200) not null, "bestand" bytea not null, "door_id" uuid not null, "geupload_op" timestamptz not null, constraint "export_sjabloon_pkey" primary key ("overeenkomst_id"));`,
    );

    this.addSql(
      `alter table "export_sjabloon" add constraint "export_sjabloon_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "export_sjabloon" add constraint "export_sjabloon_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "export_sjabloon" cascade;`);
  }
}
