import { Migration } from '@mikro-orm/migrations';

export class Migration20261126023323_BodEvaluatie extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "evaluatie_bevestiging" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "jaarschijf_id" uuid not null, "partij_id" uuid not null, "door_id" uuid not null, constraint "evaluatie_bevestiging_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluatie_bevestiging" add constraint "evaluatie_bevestiging_jaarschijf_id_partij_id_unique" unique ("jaarschijf_id", "partij_id");`,
    );

    this.addSql(
      `create table "bod" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "jaarschijf_id" uuid not null, "partij_id" uuid not null, "toelichting" text not null, "te_laat" boolean not null default false, "door_id" uuid not null, constraint "bod_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "bod" add constraint "bod_jaarschijf_id_partij_id_unique" unique ("jaarschijf_id", "partij_id");`,
    );

    this.addSql(
      `create table "bod_indicator" ("bod_id" uuid not null, "indicator_id" uuid not null, constraint "bod_indicator_pkey" primary key ("bod_id", "indicator_id"));`,
    );

    this.addSql(
      `create table "evaluatie" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "afspraak_id" uuid not null, "jaarschijf_id" uuid not null, "stoplicht" text check ("stoplicht" in ('GROEN', 'ORANJE', 'ROOD')) not null, "conclusie" text not null, "les" text not null, "besluit" text check ("besluit" in ('AFGEROND', 'DOORZETTEN', 'BIJSTELLEN', 'VERVALLEN')) not null, "bijstellingen" jsonb not null, "vervolg_id" uuid null, "partij_id" uuid not null, "door_id" uuid not null, constraint "evaluatie_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluatie" add constraint "evaluatie_afspraak_id_jaarschijf_id_unique" unique ("afspraak_id", "jaarschijf_id");`,
    );

    this.addSql(
      `create table "bod_afspraak" ("bod_id" uuid not null, "afspraak_id" uuid not null, constraint "bod_afspraak_pkey" primary key ("bod_id", "afspraak_id"));`,
    );

    this.addSql(
      `alter table "evaluatie_bevestiging" add constraint "evaluatie_bevestiging_jaarschijf_id_foreign" foreign key ("jaarschijf_id") references "jaarschijf" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluatie_bevestiging" add constraint "evaluatie_bevestiging_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluatie_bevestiging" add constraint "evaluatie_bevestiging_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "bod" add constraint "bod_jaarschijf_id_foreign" foreign key ("jaarschijf_id") references "jaarschijf" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "bod" add constraint "bod_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "bod" add constraint "bod_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "bod_indicator" add constraint "bod_indicator_bod_id_foreign" foreign key ("bod_id") references "bod" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "bod_indicator" add constraint "bod_indicator_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluatie" add constraint "evaluatie_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluatie" add constraint "evaluatie_jaarschijf_id_foreign" foreign key ("jaarschijf_id") references "jaarschijf" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluatie" add constraint "evaluatie_vervolg_id_foreign" foreign key ("vervolg_id") references "afspraak" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "evaluatie" add constraint "evaluatie_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluatie" add constraint "evaluatie_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "bod_afspraak" add constraint "bod_afspraak_bod_id_foreign" foreign key ("bod_id") references "bod" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "bod_afspraak" add constraint "bod_afspraak_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bod_indicator" drop constraint "bod_indicator_bod_id_foreign";`);

    this.addSql(`alter table "bod_afspraak" drop constraint "bod_afspraak_bod_id_foreign";`);

    this.addSql(`drop table if exists "evaluatie_bevestiging" cascade;`);

    this.addSql(`drop table if exists "bod" cascade;`);

    this.addSql(`drop table if exists "bod_indicator" cascade;`);

    this.addSql(`drop table if exists "evaluatie" cascade;`);

    this.addSql(`drop table if exists "bod_afspraak" cascade;`);
  }
}
