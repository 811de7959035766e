import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011108_Verantwoording extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "verantwoording" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "afspraak_id" uuid not null, "jaarschijf_id" uuid not null, "status" text check ("status" in ('GEREALISEERD', 'OP_SCHEMA', 'VERTRAAGD', 'NIET_GEREALISEERD', 'VERVALLEN')) not null, "toelichting" text not null, "partij_id" uuid not null, "door_id" uuid not null, constraint "verantwoording_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "verantwoording" add constraint "verantwoording_afspraak_id_jaarschijf_id_unique" unique ("afspraak_id", "jaarschijf_id");`,
    );

    this.addSql(
      `alter table "verantwoording" add constraint "verantwoording_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "verantwoording" add constraint "verantwoording_jaarschijf_id_foreign" foreign key ("jaarschijf_id") references "jaarschijf" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "verantwoording" add constraint "verantwoording_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "verantwoording" add constraint "verantwoording_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "verantwoording" cascade;`);
  }
}
