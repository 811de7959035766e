import { Migration } from '@mikro-orm/migrations';

/** Freezing closes the open wijzigingsvoorstellen as vervallen, with the regie's reason (issue 16). */
export class Migration20261209030000_VoorstelVervallen extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "wijzigingsvoorstel" drop constraint if exists "wijzigingsvoorstel_status_check";`,
    );
    this.addSql(
      `alter table "wijzigingsvoorstel" add constraint "wijzigingsvoorstel_status_check" check ("status" in ('OPEN', 'AANVAARD', 'VERWORPEN', 'INGETROKKEN', 'VERVALLEN'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "wijzigingsvoorstel" drop constraint if exists "wijzigingsvoorstel_status_check";`,
    );
    this.addSql(
      `alter table "wijzigingsvoorstel" add constraint "wijzigingsvoorstel_status_check" check ("status" in ('OPEN', 'AANVAARD', 'VERWORPEN', 'INGETROKKEN'));`,
    );
  }
}
