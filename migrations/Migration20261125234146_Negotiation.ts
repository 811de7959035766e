import { Migration } from '@mikro-orm/migrations';

export class Migration20261125234146_Negotiation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "onderdeel_versie" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "onderdeel_id" uuid not null, "nummer" int not null, "status" text check ("status" in ('TER_ONDERTEKENING', 'ONDERTEKEND', 'GEWEIGERD')) not null, "basis_id" uuid null, "yjs_state" bytea not null, "inhoud" jsonb not null, "hash" varchar(64) not null, "bevroren_door_id" uuid not null, "override_reden" text null, "afgerond_op" timestamptz null, constraint "onderdeel_versie_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "onderdeel_versie_overeenkomst_id_index" on "onderdeel_versie" ("overeenkomst_id");`,
    );
    this.addSql(
      `alter table "onderdeel_versie" add constraint "onderdeel_versie_onderdeel_id_nummer_unique" unique ("onderdeel_id", "nummer");`,
    );

    this.addSql(
      `create table "audit_regel" ("id" bigserial primary key, "overeenkomst_id" uuid not null, "volgnummer" int not null, "tijd" timestamptz not null, "gebruiker_id" uuid null, "gebruiker_naam" varchar(200) not null, "partij_id" uuid null, "partij_naam" varchar(300) null, "actie" varchar(60) not null, "onderwerp_soort" varchar(40) not null, "onderwerp_id" uuid not null, "gegevens" jsonb not null, "vorige_hash" varchar(64) null, "hash" varchar(64) not null);`,
    );
    this.addSql(
      `create index "audit_regel_overeenkomst_id_index" on "audit_regel" ("overeenkomst_id");`,
    );
    this.addSql(
      `alter table "audit_regel" add constraint "audit_regel_overeenkomst_id_volgnummer_unique" unique ("overeenkomst_id", "volgnummer");`,
    );

    this.addSql(
      `create table "ondertekening" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "versie_id" uuid not null, "partij_id" uuid not null, "gebruiker_id" uuid not null, "naam" varchar(200) not null, "functie" varchar(200) not null, "besluit" text check ("besluit" in ('ONDERTEKEND', 'GEWEIGERD')) not null, "reden" text null, "versie_hash" varchar(64) not null, constraint "ondertekening_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "ondertekening" add constraint "ondertekening_versie_id_partij_id_unique" unique ("versie_id", "partij_id");`,
    );

    this.addSql(
      `create table "standpunt" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "afspraak_id" uuid not null, "partij_id" uuid not null, "oordeel" text check ("oordeel" in ('AKKOORD', 'AKKOORD_MET_VOORBEHOUD', 'NIET_AKKOORD')) not null, "toelichting" text null, "inhoud_hash" varchar(64) not null, "door_id" uuid not null, constraint "standpunt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "standpunt" add constraint "standpunt_afspraak_id_partij_id_unique" unique ("afspraak_id", "partij_id");`,
    );

    this.addSql(
      `create table "opmerking" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "afspraak_id" uuid not null, "draad_id" uuid null, "auteur_id" uuid not null, "partij_id" uuid not null, "tekst" text not null, "anker_start" text null, "anker_eind" text null, "anker_citaat" text null, "gericht_aan_id" uuid null, "opgelost" boolean not null, "opgelost_door_id" uuid null, "opgelost_op" timestamptz null, constraint "opmerking_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "opmerking_afspraak_id_index" on "opmerking" ("afspraak_id");`);
    this.addSql(`create index "opmerking_draad_id_index" on "opmerking" ("draad_id");`);

    this.addSql(
      `create table "wijzigingsvoorstel" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "onderdeel_id" uuid not null, "afspraak_id" uuid null, "soort" text check ("soort" in ('WIJZIGING', 'NIEUW', 'VERWIJDERING')) not null, "nieuwe_tekst" text null, "nieuwe_afspraak" jsonb null, "motivering" text not null, "basis_titel" varchar(300) null, "basis_tekst" text null, "indiener_id" uuid not null, "door_id" uuid not null, "status" text check ("status" in ('OPEN', 'AANVAARD', 'VERWORPEN', 'INGETROKKEN')) not null, "doorgevoerd_op" timestamptz null, constraint "wijzigingsvoorstel_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "wijzigingsvoorstel_overeenkomst_id_index" on "wijzigingsvoorstel" ("overeenkomst_id");`,
    );
    this.addSql(
      `create index "wijzigingsvoorstel_onderdeel_id_index" on "wijzigingsvoorstel" ("onderdeel_id");`,
    );

    this.addSql(
      `create table "voorstel_beoordeling" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "voorstel_id" uuid not null, "partij_id" uuid not null, "beoordeling" text check ("beoordeling" in ('AANVAARD', 'AFGEWEZEN')) not null, "reden" text null, "door_id" uuid not null, constraint "voorstel_beoordeling_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "voorstel_beoordeling" add constraint "voorstel_beoordeling_voorstel_id_partij_id_unique" unique ("voorstel_id", "partij_id");`,
    );

    this.addSql(
      `alter table "onderdeel_versie" add constraint "onderdeel_versie_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "onderdeel_versie" add constraint "onderdeel_versie_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "onderdeel_versie" add constraint "onderdeel_versie_basis_id_foreign" foreign key ("basis_id") references "onderdeel_versie" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "onderdeel_versie" add constraint "onderdeel_versie_bevroren_door_id_foreign" foreign key ("bevroren_door_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "audit_regel" add constraint "audit_regel_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "ondertekening" add constraint "ondertekening_versie_id_foreign" foreign key ("versie_id") references "onderdeel_versie" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ondertekening" add constraint "ondertekening_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "ondertekening" add constraint "ondertekening_gebruiker_id_foreign" foreign key ("gebruiker_id") references "gebruiker" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "standpunt" add constraint "standpunt_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "standpunt" add constraint "standpunt_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "standpunt" add constraint "standpunt_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "opmerking" add constraint "opmerking_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "opmerking" add constraint "opmerking_draad_id_foreign" foreign key ("draad_id") references "opmerking" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "opmerking" add constraint "opmerking_auteur_id_foreign" foreign key ("auteur_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "opmerking" add constraint "opmerking_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "opmerking" add constraint "opmerking_gericht_aan_id_foreign" foreign key ("gericht_aan_id") references "partij" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "opmerking" add constraint "opmerking_opgelost_door_id_foreign" foreign key ("opgelost_door_id") references "gebruiker" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "wijzigingsvoorstel" add constraint "wijzigingsvoorstel_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "wijzigingsvoorstel" add constraint "wijzigingsvoorstel_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "wijzigingsvoorstel" add constraint "wijzigingsvoorstel_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "wijzigingsvoorstel" add constraint "wijzigingsvoorstel_indiener_id_foreign" foreign key ("indiener_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "wijzigingsvoorstel" add constraint "wijzigingsvoorstel_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "voorstel_beoordeling" add constraint "voorstel_beoordeling_voorstel_id_foreign" foreign key ("voorstel_id") references "wijzigingsvoorstel" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "voorstel_beoordeling" add constraint "voorstel_beoordeling_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "voorstel_beoordeling" add constraint "voorstel_beoordeling_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "onderdeel_versie" drop constraint "onderdeel_versie_basis_id_foreign";`,
    );

    this.addSql(`alter table "ondertekening" drop constraint "ondertekening_versie_id_foreign";`);

    this.addSql(`alter table "opmerking" drop constraint "opmerking_draad_id_foreign";`);

    this.addSql(
      `alter table "voorstel_beoordeling" drop constraint "voorstel_beoordeling_voorstel_id_foreign";`,
    );

    this.addSql(`drop table if exists "onderdeel_versie" cascade;`);

    this.addSql(`drop table if exists "audit_regel" cascade;`);

    this.addSql(`drop table if exists "ondertekening" cascade;`);

    this.addSql(`drop table if exists "standpunt" cascade;`);

    this.addSql(`drop table if exists "opmerking" cascade;`);

    this.addSql(`drop table if exists "wijzigingsvoorstel" cascade;`);

    this.addSql(`drop table if exists "voorstel_beoordeling" cascade;`);
  }
}
