import { Migration } from '@mikro-orm/migrations';

/** The state each onderdeel's materialised text was made from, for several instances (issue 19). */
export class Migration20261220010000_CollabMaterialisatie extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "collab_materialisatie" ("onderdeel_id" uuid not null, "staat" bytea not null, constraint "collab_materialisatie_pkey" primary key ("onderdeel_id"));`,
    );
    this.addSql(
      `alter table "collab_materialisatie" add constraint "collab_materialisatie_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "collab_materialisatie" cascade;`);
  }
}
