import { Migration } from '@mikro-orm/migrations';

/** A partij's logo, for the cover of its agreements and the publication's page (issue 18). */
export class Migration20261222010000_PartijLogo extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partij_logo" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "partij_id" uuid not null, "bestand" bytea not null, "soort" varchar(3) not null, "breedte" int not null, "hoogte" int not null, "grootte" int not null, "sha256" varchar(64) not null, constraint "partij_logo_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "partij_logo" add constraint "partij_logo_partij_id_unique" unique ("partij_id");`,
    );
    this.addSql(
      `alter table "partij_logo" add constraint "partij_logo_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partij_logo" cascade;`);
  }
}
