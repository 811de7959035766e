import { Migration } from '@mikro-orm/migrations';

/**
 * Places (issue 15, point 2): a place belongs to the overeenkomst; afspraken name places in order;
 * streefwaarden and realisaties may be given per place. Existing figures keep no place and stay the
 * figure of the whole agreement: one per indicator and year without a place, one per place.
 */
export class Migration20261207020000_Locaties extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "locatie" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "overeenkomst_id" uuid not null, "soort" text check ("soort" in ('COMPLEX', 'WIJK', 'KERN', 'GEMEENTE', 'ADRES')) not null, "naam" varchar(200) not null, "gemeente_id" uuid null, constraint "locatie_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "locatie_overeenkomst_id_index" on "locatie" ("overeenkomst_id");`);

    this.addSql(
      `create table "afspraak_locatie" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "afspraak_id" uuid not null, "locatie_id" uuid not null, "volgorde" int not null, constraint "afspraak_locatie_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "afspraak_locatie_locatie_id_index" on "afspraak_locatie" ("locatie_id");`,
    );
    this.addSql(
      `alter table "afspraak_locatie" add constraint "afspraak_locatie_afspraak_id_locatie_id_unique" unique ("afspraak_id", "locatie_id");`,
    );

    this.addSql(
      `alter table "locatie" add constraint "locatie_overeenkomst_id_foreign" foreign key ("overeenkomst_id") references "overeenkomst" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "locatie" add constraint "locatie_gemeente_id_foreign" foreign key ("gemeente_id") references "partij" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "afspraak_locatie" add constraint "afspraak_locatie_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "afspraak_locatie" add constraint "afspraak_locatie_locatie_id_foreign" foreign key ("locatie_id") references "locatie" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "realisatie" drop constraint "realisatie_indicator_id_jaarschijf_id_unique";`,
    );

    this.addSql(`alter table "realisatie" add column "locatie_id" uuid null;`);
    this.addSql(
      `alter table "realisatie" add constraint "realisatie_locatie_id_foreign" foreign key ("locatie_id") references "locatie" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "realisatie" add constraint "realisatie_indicator_id_jaarschijf_id_locatie_id_unique" unique nulls not distinct ("indicator_id", "jaarschijf_id", "locatie_id");`,
    );

    this.addSql(
      `alter table "streefwaarde" drop constraint "streefwaarde_indicator_id_jaarschijf_id_unique";`,
    );

    this.addSql(`alter table "streefwaarde" add column "locatie_id" uuid null;`);
    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_locatie_id_foreign" foreign key ("locatie_id") references "locatie" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_indicator_id_jaarschijf_id_locatie_id_unique" unique nulls not distinct ("indicator_id", "jaarschijf_id", "locatie_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "realisatie" drop constraint "realisatie_locatie_id_foreign";`);

    this.addSql(`alter table "streefwaarde" drop constraint "streefwaarde_locatie_id_foreign";`);

    this.addSql(
      `alter table "afspraak_locatie" drop constraint "afspraak_locatie_locatie_id_foreign";`,
    );

    this.addSql(`drop table if exists "locatie" cascade;`);

    this.addSql(`drop table if exists "afspraak_locatie" cascade;`);

    this.addSql(
      `alter table "realisatie" drop constraint "realisatie_indicator_id_jaarschijf_id_locatie_id_unique";`,
    );
    this.addSql(`alter table "realisatie" drop column "locatie_id";`);

    this.addSql(
      `alter table "realisatie" add constraint "realisatie_indicator_id_jaarschijf_id_unique" unique ("indicator_id", "jaarschijf_id");`,
    );

    this.addSql(
      `alter table "streefwaarde" drop constraint "streefwaarde_indicator_id_jaarschijf_id_locatie_id_unique";`,
    );
    this.addSql(`alter table "streefwaarde" drop column "locatie_id";`);

    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_indicator_id_jaarschijf_id_unique" unique ("indicator_id", "jaarschijf_id");`,
    );
  }
}
