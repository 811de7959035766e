import { Migration } from '@mikro-orm/migrations';

/**
 * Suggestion mode (issue 16): the suggestions seen in the co-editor's documents and their
 * judgements, an afspraak's text with its pending suggestions beside the accepted text, and the
 * document commands that settle a suggestion.
 */
export class Migration20261209020000_Suggesties extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "suggestie" ("id" text not null, "onderdeel_id" uuid not null, "afspraak_id" uuid not null, "partij_id" uuid not null, "gebruiker_id" uuid not null, "ingevoegd" text not null, "geschrapt" text not null, "gemaakt" timestamptz not null, "status" text check ("status" in ('OPEN', 'AANVAARD', 'VERWORPEN', 'INGETROKKEN', 'VERVALLEN')) not null, "gesloten_op" timestamptz null, "reden" text null, constraint "suggestie_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "suggestie_afspraak_id_index" on "suggestie" ("afspraak_id");`);
    this.addSql(
      `create index "suggestie_onderdeel_id_status_index" on "suggestie" ("onderdeel_id", "status");`,
    );
    this.addSql(
      `create table "suggestie_beoordeling" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "suggestie_id" text not null, "partij_id" uuid not null, "beoordeling" text check ("beoordeling" in ('AANVAARD', 'AFGEWEZEN')) not null, "reden" text null, "door_id" uuid not null, constraint "suggestie_beoordeling_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "suggestie_beoordeling" add constraint "suggestie_beoordeling_suggestie_id_partij_id_unique" unique ("suggestie_id", "partij_id");`,
    );
    this.addSql(
      `alter table "suggestie" add constraint "suggestie_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "suggestie" add constraint "suggestie_afspraak_id_foreign" foreign key ("afspraak_id") references "afspraak" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "suggestie" add constraint "suggestie_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "suggestie" add constraint "suggestie_gebruiker_id_foreign" foreign key ("gebruiker_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "suggestie_beoordeling" add constraint "suggestie_beoordeling_suggestie_id_foreign" foreign key ("suggestie_id") references "suggestie" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "suggestie_beoordeling" add constraint "suggestie_beoordeling_partij_id_foreign" foreign key ("partij_id") references "partij" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "suggestie_beoordeling" add constraint "suggestie_beoordeling_door_id_foreign" foreign key ("door_id") references "gebruiker" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "document_opdracht" add column "suggestie_id" text null, add column "suggestie_actie" text null;`,
    );
    this.addSql(`alter table "afspraak" add column "tekst_met_suggesties" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "suggestie_beoordeling" cascade;`);
    this.addSql(`drop table if exists "suggestie" cascade;`);
    this.addSql(`alter table "afspraak" drop column "tekst_met_suggesties";`);
    this.addSql(
      `alter table "document_opdracht" drop column "suggestie_id", drop column "suggestie_actie";`,
    );
  }
}
