import { Migration } from '@mikro-orm/migrations';

export class Migration20261125203907_Accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "app_secret" ("naam" varchar(60) not null, "waarde" varchar(200) not null, constraint "app_secret_pkey" primary key ("naam"));`,
    );

    this.addSql(
      `create table "gebruiker" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(320) not null, "naam" varchar(200) not null, "wachtwoord_hash" varchar(200) not null, constraint "gebruiker_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "gebruiker" add constraint "gebruiker_email_unique" unique ("email");`,
    );

    this.addSql(
      `create table "login_poging" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(320) not null, "adres" varchar(100) not null, "gelukt" boolean not null, "tijd" timestamptz not null, constraint "login_poging_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "login_poging_adres_tijd_index" on "login_poging" ("adres", "tijd");`,
    );
    this.addSql(
      `create index "login_poging_email_tijd_index" on "login_poging" ("email", "tijd");`,
    );

    this.addSql(
      `create table "lidmaatschap" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "gebruiker_id" uuid not null, "partij_id" uuid not null, "rollen" jsonb not null, constraint "lidmaatschap_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "lidmaatschap" add constraint "lidmaatschap_gebruiker_id_partij_id_unique" unique ("gebruiker_id", "partij_id");`,
    );

    this.addSql(
      `create table "sessie" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "gebruiker_id" uuid not null, "vernieuw_hash" varchar(64) not null, "verloopt_op" timestamptz not null, "ingetrokken_op" timestamptz null, constraint "sessie_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sessie_gebruiker_id_index" on "sessie" ("gebruiker_id");`);
    this.addSql(
      `alter table "sessie" add constraint "sessie_vernieuw_hash_unique" unique ("vernieuw_hash");`,
    );

    this.addSql(
      `create table "uitnodiging" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "soort" text check ("soort" in ('DEELNAME', 'LIDMAATSCHAP')) not null, "token_hash" varchar(64) not null, "email" varchar(320) not null, "partij_id" uuid not null, "rollen" jsonb not null, "overeenkomst_id" uuid null, "deelnemer_rol" text check ("deelnemer_rol" in ('ONDERTEKENAAR', 'MEDEONDERTEKENAAR_BIJLAGE', 'WAARNEMER')) null, "uitgenodigd_door_id" uuid not null, "verloopt_op" timestamptz not null, "geaccepteerd_op" timestamptz null, constraint "uitnodiging_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "uitnodiging_token_hash_index" on "uitnodiging" ("token_hash");`);
    this.addSql(
      `alter table "uitnodiging" add constraint "uitnodiging_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "lidmaatschap" add constraint "lidmaatschap_gebruiker_id_foreign" foreign key ("gebruiker_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "lidmaatschap" add constraint "lidmaatschap_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "sessie" add constraint "sessie_gebruiker_id_foreign" foreign key ("gebruiker_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "uitnodiging" add constraint "uitnodiging_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "uitnodiging" add constraint "uitnodiging_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "uitnodiging" add constraint "uitnodiging_uitgenodigd_door_id_foreign" foreign key ("uitgenodigd_door_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "lidmaatschap" drop constraint "lidmaatschap_gebruiker_id_foreign";`);

    this.addSql(`alter table "sessie" drop constraint "sessie_gebruiker_id_foreign";`);

    this.addSql(
      `alter table "uitnodiging" drop constraint "uitnodiging_uitgenodigd_door_id_foreign";`,
    );

    this.addSql(`drop table if exists "app_secret" cascade;`);

    this.addSql(`drop table if exists "gebruiker" cascade;`);

    this.addSql(`drop table if exists "login_poging" cascade;`);

    this.addSql(`drop table if exists "lidmaatschap" cascade;`);

    this.addSql(`drop table if exists "sessie" cascade;`);

    this.addSql(`drop table if exists "uitnodiging" cascade;`);
  }
}
