import { Migration } from '@mikro-orm/migrations';
import { indicatorSleutel } from '../src/indicatoren/indicator-sleutel';

/**
 * The key indicators of different agreements are taken together by (normalised name and unit),
 * stored so the provincie's regional sums group them in the database instead of reading every
 * agreement's figures (issue 19, point 6). Filled for existing indicators with the same function
 * the entity uses; Unicode normalisation and the removal of accents are not the same in SQL.
 */
export class Migration20261225010000_IndicatorSleutel extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "indicator" add column "sleutel" text null;`);
    const rijen = (await this.execute(`select id, naam, eenheid from "indicator"`)) as {
      id: string;
      naam: string;
      eenheid: string;
    }[];
    for (let i = 0; i < rijen.length; i += 500) {
      const deel = rijen.slice(i, i + 500);
      await this.execute(
        `update "indicator" i set "sleutel" = v.sleutel
           from unnest(array[?]::uuid[], array[?]::text[]) as v(id, sleutel) where i.id = v.id`,
        [deel.map((r) => r.id), deel.map((r) => indicatorSleutel(r))],
      );
    }
    await this.execute(`alter table "indicator" alter column "sleutel" set not null;`);
    await this.execute(`create index "indicator_sleutel_index" on "indicator" ("sleutel");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "indicator_sleutel_index";`);
    this.addSql(`alter table "indicator" drop column "sleutel";`);
  }
}
