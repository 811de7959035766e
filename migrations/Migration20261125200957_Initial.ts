import { Migration } from '@mikro-orm/migrations';

export class Migration20261125200957_Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "overeenkomst" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "titel" varchar(300) not null, "startjaar" int not null, "eindjaar" int not null, "status" text check ("status" in ('CONCEPT', 'IN_ONDERHANDELING', 'ONDERTEKEND', 'BEEINDIGD')) not null default 'CONCEPT', "preambule" text not null default '', "referenties" jsonb not null, constraint "overeenkomst_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "onderdeel" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "soort" text check ("soort" in ('HOOFDDOCUMENT', 'BIJLAGE')) not null, "titel" varchar(300) not null, "volgorde" int not null, "status" text check ("status" in ('CONCEPT', 'TER_ONDERTEKENING', 'ONDERTEKEND')) not null default 'CONCEPT', constraint "onderdeel_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "onderdeel_overeenkomst_id_index" on "onderdeel" ("overeenkomst_id");`,
    );

    this.addSql(
      `create table "jaarschijf" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "jaar" int not null, "status" text check ("status" in ('CONCEPT', 'BOD_ONTVANGEN', 'IN_ONDERHANDELING', 'TER_ONDERTEKENING', 'ONDERTEKEND', 'IN_UITVOERING', 'VERANTWOORDING', 'GEEVALUEERD')) not null default 'CONCEPT', "toelichting" text not null default '', constraint "jaarschijf_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "jaarschijf" add constraint "jaarschijf_overeenkomst_id_jaar_unique" unique ("overeenkomst_id", "jaar");`,
    );

    this.addSql(
      `create table "indicator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "naam" varchar(200) not null, "eenheid" varchar(60) not null, "definitie" text not null default '', "definitie_bron" varchar(200) null, "nulmeting_waarde" double precision null, "nulmeting_jaar" int null, constraint "indicator_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "indicator_overeenkomst_id_index" on "indicator" ("overeenkomst_id");`,
    );

    this.addSql(
      `create table "partij" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "naam" varchar(200) not null, "soort" text check ("soort" in ('GEMEENTE', 'WONINGCORPORATIE', 'HUURDERSORGANISATIE', 'ZORGAANBIEDER', 'ZORGKANTOOR', 'WELZIJNSORGANISATIE', 'CLIENTENORGANISATIE', 'PROVINCIE', 'OVERIG')) not null, "regio" varchar(200) null, constraint "partij_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partij_naam_index" on "partij" ("naam");`);

    this.addSql(
      `create table "overeenkomst_gemeente" ("overeenkomst_id" uuid not null, "partij_id" uuid not null, constraint "overeenkomst_gemeente_pkey" primary key ("overeenkomst_id", "partij_id"));`,
    );

    this.addSql(
      `create table "onderdeel_ondertekenaar" ("onderdeel_id" uuid not null, "partij_id" uuid not null, constraint "onderdeel_ondertekenaar_pkey" primary key ("onderdeel_id", "partij_id"));`,
    );

    this.addSql(
      `create table "deelnemer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "partij_id" uuid not null, "rol" text check ("rol" in ('ONDERTEKENAAR', 'MEDEONDERTEKENAAR_BIJLAGE', 'WAARNEMER')) not null, "regie" boolean not null default false, constraint "deelnemer_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "deelnemer" add constraint "deelnemer_overeenkomst_id_partij_id_unique" unique ("overeenkomst_id", "partij_id");`,
    );

    this.addSql(
      `create table "realisatie" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "indicator_id" uuid not null, "jaarschijf_id" uuid not null, "waarde" double precision not null, "bron" varchar(300) not null default '', "toelichting" text not null default '', constraint "realisatie_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "realisatie" add constraint "realisatie_indicator_id_jaarschijf_id_unique" unique ("indicator_id", "jaarschijf_id");`,
    );

    this.addSql(
      `create table "streefwaarde" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "indicator_id" uuid not null, "jaarschijf_id" uuid not null, "soort" text check ("soort" in ('EXACT', 'BANDBREEDTE', 'EFFECT')) not null, "waarde" double precision null, "min" double precision null, "max" double precision null, "effect" text null, constraint "streefwaarde_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_indicator_id_jaarschijf_id_unique" unique ("indicator_id", "jaarschijf_id");`,
    );

    this.addSql(
      `create table "thema" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "naam" varchar(200) not null, "volgorde" int not null, "domein_id" uuid null, "overeenkomst_id" uuid null, constraint "thema_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "thema_overeenkomst_id_index" on "thema" ("overeenkomst_id");`);

    this.addSql(
      `create table "afspraak" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "onderdeel_id" uuid not null, "nummer" varchar(20) not null, "volgorde" int not null, "titel" varchar(300) not null, "type" text check ("type" in ('PROCES', 'BESCHRIJVEND', 'INTENTIE', 'HANDELING', 'GARANTIE', 'TRANSACTIE')) not null, "tekst" text not null, "thema_id" uuid not null, "trekker_id" uuid not null, "volwassenheid" text check ("volwassenheid" in ('VOORNEMEN', 'AANZWENGELEN', 'SMART')) not null, "voorwaarden" jsonb not null, "doelgroepen" jsonb not null, "details" jsonb not null, constraint "afspraak_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "afspraak_overeenkomst_id_index" on "afspraak" ("overeenkomst_id");`);
    this.addSql(
      `create index "afspraak_onderdeel_id_volgorde_index" on "afspraak" ("onderdeel_id", "volgorde");`,
    );

    this.addSql(
      `create table "indicator_afspraak" ("indicator_id" uuid not null, "afspraak_id" uuid not null, constraint "indicator_afspraak_pkey" primary key ("indicator_id", "afspraak_id"));`,
    );

    this.addSql(
      `create table "afspraak_jaarschijf" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "afspraak_id" uuid not null, "jaarschijf_id" uuid not null, "concretisering" text not null default '', constraint "afspraak_jaarschijf_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "afspraak_jaarschijf" add constraint "afspraak_jaarschijf_afspraak_id_jaarschijf_id_unique" unique ("afspraak_id", "jaarschijf_id");`,
    );

    this.addSql(
      `create table "afspraak_betrokkene" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "afspraak_id" uuid not null, "partij_id" uuid not null, "bijdrage" text not null, "kostenaandeel" double precision null, "volgorde" int not null, constraint "afspraak_betrokkene_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "afspraak_betrokkene" add constraint "afspraak_betrokkene_afspraak_id_partij_id_unique" unique ("afspraak_id", "partij_id");`,
    );

    this.addSql(
      `alter table "onderdeel" add constraint "onderdeel_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "jaarschijf" add constraint "jaarschijf_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "indicator" add constraint "indicator_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "overeenkomst_gemeente" add constraint "overeenkomst_gemeente_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "overeenkomst_gemeente" add constraint "overeenkomst_gemeente_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "onderdeel_ondertekenaar" add constraint "onderdeel_ondertekenaar_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "onderdeel_ondertekenaar" add constraint "onderdeel_ondertekenaar_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "deelnemer" add constraint "deelnemer_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deelnemer" add constraint "deelnemer_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "realisatie" add constraint "realisatie_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "realisatie" add constraint "realisatie_jaarschijf_id_foreign" foreign key ("jaarschijf_id") references "jaarschijf" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_jaarschijf_id_foreign" foreign key ("jaarschijf_id") references "jaarschijf" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "thema" add constraint "thema_domein_id_foreign" foreign key ("domein_id") references "thema" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "thema" add constraint "thema_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "afspraak" add constraint "afspraak_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "afspraak" add constraint "afspraak_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "afspraak" add constraint "afspraak_thema_id_foreign" foreign key ("thema_id") references "thema" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "afspraak" add constraint "afspraak_trekker_id_foreign" foreign key ("trekker_id") references "partij" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "indicator_afspraak" add constraint "indicator_afspraak_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "indicator_afspraak" add constraint "indicator_afspraak_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "afspraak_jaarschijf" add constraint "afspraak_jaarschijf_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "afspraak_jaarschijf" add constraint "afspraak_jaarschijf_jaarschijf_id_foreign" foreign key ("jaarschijf_id") references "jaarschijf" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "afspraak_betrokkene" add constraint "afspraak_betrokkene_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "afspraak_betrokkene" add constraint "afspraak_betrokkene_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "onderdeel" drop constraint "onderdeel_overeenkomst_id_foreign";`);

    this.addSql(`alter table "jaarschijf" drop constraint "jaarschijf_overeenkomst_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_overeenkomst_id_foreign";`);

    this.addSql(
      `alter table "overeenkomst_gemeente" drop constraint "overeenkomst_gemeente_overeenkomst_id_foreign";`,
    );

    this.addSql(`alter table "deelnemer" drop constraint "deelnemer_overeenkomst_id_foreign";`);

    this.addSql(`alter table "thema" drop constraint "thema_overeenkomst_id_foreign";`);

    this.addSql(`alter table "afspraak" drop constraint "afspraak_overeenkomst_id_foreign";`);

    this.addSql(
      `alter table "onderdeel_ondertekenaar" drop constraint "onderdeel_ondertekenaar_onderdeel_id_foreign";`,
    );

    this.addSql(`alter table "afspraak" drop constraint "afspraak_onderdeel_id_foreign";`);

    this.addSql(`alter table "realisatie" drop constraint "realisatie_jaarschijf_id_foreign";`);

    this.addSql(`alter table "streefwaarde" drop constraint "streefwaarde_jaarschijf_id_foreign";`);

    this.addSql(
      `alter table "afspraak_jaarschijf" drop constraint "afspraak_jaarschijf_jaarschijf_id_foreign";`,
    );

    this.addSql(`alter table "realisatie" drop constraint "realisatie_indicator_id_foreign";`);

    this.addSql(`alter table "streefwaarde" drop constraint "streefwaarde_indicator_id_foreign";`);

    this.addSql(
      `alter table "indicator_afspraak" drop constraint "indicator_afspraak_indicator_id_foreign";`,
    );

    this.addSql(
      `alter table "overeenkomst_gemeente" drop constraint "overeenkomst_gemeente_partij_id_foreign";`,
    );

    this.addSql(
      `alter table "onderdeel_ondertekenaar" drop constraint "onderdeel_ondertekenaar_partij_id_foreign";`,
    );

    this.addSql(`alter table "deelnemer" drop constraint "deelnemer_partij_id_foreign";`);

    this.addSql(`alter table "afspraak" drop constraint "afspraak_trekker_id_foreign";`);

    this.addSql(
      `alter table "afspraak_betrokkene" drop constraint "afspraak_betrokkene_partij_id_foreign";`,
    );

    this.addSql(`alter table "thema" drop constraint "thema_domein_id_foreign";`);

    this.addSql(`alter table "afspraak" drop constraint "afspraak_thema_id_foreign";`);

    this.addSql(
      `alter table "indicator_afspraak" drop constraint "indicator_afspraak_afspraak_id_foreign";`,
    );

    this.addSql(
      `alter table "afspraak_jaarschijf" drop constraint "afspraak_jaarschijf_afspraak_id_foreign";`,
    );

    this.addSql(
      `alter table "afspraak_betrokkene" drop constraint "afspraak_betrokkene_afspraak_id_foreign";`,
    );

    this.addSql(`drop table if exists "overeenkomst" cascade;`);

    this.addSql(`drop table if exists "onderdeel" cascade;`);

    this.addSql(`drop table if exists "jaarschijf" cascade;`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "partij" cascade;`);

    this.addSql(`drop table if exists "overeenkomst_gemeente" cascade;`);

    this.addSql(`drop table if exists "onderdeel_ondertekenaar" cascade;`);

    this.addSql(`drop table if exists "deelnemer" cascade;`);

    this.addSql(`drop table if exists "realisatie" cascade;`);

    this.addSql(`drop table if exists "streefwaarde" cascade;`);

    this.addSql(`drop table if exists "thema" cascade;`);

    this.addSql(`drop table if exists "afspraak" cascade;`);

    this.addSql(`drop table if exists "indicator_afspraak" cascade;`);

    this.addSql(`drop table if exists "afspraak_jaarschijf" cascade;`);

    this.addSql(`drop table if exists "afspraak_betrokkene" cascade;`);
  }
}
