import { Migration } from '@mikro-orm/migrations';

/** Meldingen (the in-app notification centre) and each person's choice for mail (issue 17). */
export class Migration20261213010000_Meldingen extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "melding" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "gebruiker_id" uuid not null, "soort" text check ("soort" in ('ONDERTEKENVERZOEK', 'VOORSTEL', 'OPMERKING', 'VERMELDING', 'ONDERTEKEND', 'HERINNERING')) not null, "sleutel" varchar(300) not null, "tekst" text not null, "link" varchar(500) not null, "gelezen_op" timestamptz null, "mail_status" text check ("mail_status" in ('WACHT', 'BEZIG', 'VERZONDEN', 'OVERGESLAGEN')) not null default 'WACHT', "mail_bezig_sinds" timestamptz null, constraint "melding_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "melding_gebruiker_id_created_at_index" on "melding" ("gebruiker_id", "created_at");`,
    );
    this.addSql(
      `alter table "melding" add constraint "melding_gebruiker_id_sleutel_unique" unique ("gebruiker_id", "sleutel");`,
    );

    this.addSql(
      `create table "melding_voorkeur" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "gebruiker_id" uuid not null, "mail" text check ("mail" in ('DIRECT', 'DAGELIJKS', 'UIT')) not null default 'DIRECT', constraint "melding_voorkeur_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "melding_voorkeur" add constraint "melding_voorkeur_gebruiker_id_unique" unique ("gebruiker_id");`,
    );

    this.addSql(
      `alter table "melding" add constraint "melding_gebruiker_id_foreign" foreign key ("gebruiker_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "melding_voorkeur" add constraint "melding_voorkeur_gebruiker_id_foreign" foreign key ("gebruiker_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "melding" cascade;`);

    this.addSql(`drop table if exists "melding_voorkeur" cascade;`);
  }
}
