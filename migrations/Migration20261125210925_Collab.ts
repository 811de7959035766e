import { Migration } from '@mikro-orm/migrations';

export class Migration20261125210925_Collab extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "collab_update" ("id" bigserial primary key, "onderdeel_id" uuid not null, "update" bytea not null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "collab_update_onderdeel_id_id_index" on "collab_update" ("onderdeel_id", "id");`,
    );

    this.addSql(
      `create table "collab_snapshot" ("onderdeel_id" uuid not null, "state" bytea not null, "updated_at" timestamptz not null, constraint "collab_snapshot_pkey" primary key ("onderdeel_id"));`,
    );

    this.addSql(
      `alter table "collab_update" add constraint "collab_update_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "collab_snapshot" add constraint "collab_snapshot_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "overeenkomst" add column "preambule_json" jsonb null;`);

    this.addSql(`alter table "afspraak" add column "tekst_json" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "collab_update" cascade;`);

    this.addSql(`drop table if exists "collab_snapshot" cascade;`);

    this.addSql(`alter table "afspraak" drop column "tekst_json";`);

    this.addSql(`alter table "overeenkomst" drop column "preambule_json";`);
  }
}
