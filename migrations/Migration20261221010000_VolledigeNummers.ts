import { Migration } from '@mikro-orm/migrations';

/**
 * An afspraak's number is stored with its onderdeel's prefix (issue 18): "B1.1" in the only
 * bijlage, "B2.1.1" in the second of several, as the reader and the export added it so far. Only
 * numbers without one are completed, so running it twice changes nothing. Versions keep the
 * numbers they were signed with: their content is fingerprinted.
 */
export class Migration20261221010000_VolledigeNummers extends Migration {
  override async up(): Promise<void> {
    // Executed at once rather than queued, so a test can run it on prepared data.
    await this.execute(
      `update "afspraak" a set "nummer" = case when b."aantal" = 1 then 'B' else 'B' || b."rang" || '.' end || a."nummer"
         from (select "id",
                      row_number() over (partition by "overeenkomst_id" order by "volgorde", "id") as "rang",
                      count(*) over (partition by "overeenkomst_id") as "aantal"
                 from "onderdeel" where "soort" = 'BIJLAGE') b
        where a."onderdeel_id" = b."id" and a."nummer" ~ '^[0-9]';`,
    );
  }

  override async down(): Promise<void> {
    await this.execute(
      `update "afspraak" set "nummer" = substring("nummer" from '[0-9]+\\.[0-9]+$') where "nummer" like 'B%';`,
    );
  }
}
