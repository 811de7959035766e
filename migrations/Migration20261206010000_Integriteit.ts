import { Migration } from '@mikro-orm/migrations';

export class Migration20261206010000_Integriteit extends Migration {
  override async up(): Promise<void> {
    // Text a committed command still has to write into a co-editor document (a restored version,
    // an accepted proposal, an evaluation's follow-up, a bod): written in the command's
    // transaction, carried out after the commit, and again at start-up after a crash.
    this.addSql(
      `create table "document_opdracht" ("id" bigserial primary key, "onderdeel_id" uuid not null, "fragment" varchar(100) not null, "tekst" text null, "inhoud" jsonb null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "document_opdracht_onderdeel_id_id_index" on "document_opdracht" ("onderdeel_id", "id");`,
    );
    this.addSql(
      `alter table "document_opdracht" add constraint "document_opdracht_onderdeel_id_foreign" foreign key ("onderdeel_id") references "onderdeel" ("id") on update cascade on delete cascade;`,
    );

    // The audit trail is append-only for the application's own database user too. Removing a
    // whole overeenkomst takes its trail with it (the foreign key's cascade, a nested trigger);
    // a single entry can be neither changed nor removed.
    this.addSql(`create function audit_regel_onveranderlijk() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and pg_trigger_depth() > 1 then
    return old;
  end if;
  raise exception 'audit_regel is alleen aan te vullen: % is niet toegestaan', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(
      `create trigger "audit_regel_onveranderlijk" before update or delete on "audit_regel" for each row execute function audit_regel_onveranderlijk();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_regel_onveranderlijk" on "audit_regel";`);
    this.addSql(`drop function if exists audit_regel_onveranderlijk();`);
    this.addSql(`drop table if exists "document_opdracht" cascade;`);
  }
}
