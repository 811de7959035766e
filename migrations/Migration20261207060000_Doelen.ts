import { Migration } from '@mikro-orm/migrations';

/**
 * Targets as agreements write them: open bandwidths (MINIMAAL, MAXIMAAL), the direction in which
 * an indicator improves, horizon targets after the periode (keyed by year, without jaarschijf),
 * effects judged in words and interim realisaties.
 *
 * Existing data keeps its meaning. Today the direction follows from the nulmeting per target (a
 * target at or above the nulmeting: more is better; below it: less is better; no nulmeting: more
 * is better); each indicator gets the direction most of its numeric targets were judged by, so its
 * judgements stay the same (they all do where its targets lie on one side of the nulmeting, which
 * is every agreement seen so far). Existing realisaties were judged final and stay so.
 */
export class Migration20261207060000_Doelen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "streefwaarde" drop constraint if exists "streefwaarde_soort_check";`);
    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_soort_check" check("soort" in ('EXACT', 'BANDBREEDTE', 'EFFECT', 'MINIMAAL', 'MAXIMAAL'));`,
    );

    this.addSql(
      `alter table "indicator" add column "richting" text check ("richting" in ('HOGER_IS_BETER', 'LAGER_IS_BETER', 'BINNEN_BANDBREEDTE')) not null default 'HOGER_IS_BETER';`,
    );
    this.addSql(
      `update "indicator" i set "richting" = 'LAGER_IS_BETER'
        where i."nulmeting_waarde" is not null
          and (select count(*) filter (where d.doel < i."nulmeting_waarde")
                    > count(*) filter (where d.doel >= i."nulmeting_waarde")
                 from (select case when s."soort" = 'BANDBREEDTE'
                                   then (coalesce(s."min", 0) + coalesce(s."max", 0)) / 2
                                   else s."waarde" end as doel
                         from "streefwaarde" s
                        where s."indicator_id" = i."id" and s."soort" <> 'EFFECT') d
                where d.doel is not null);`,
    );

    this.addSql(
      `alter table "realisatie" add column "oordeel" text check ("oordeel" in ('BEREIKT', 'DEELS', 'NIET')) null, add column "tussenstand" boolean not null default false;`,
    );
    this.addSql(`alter table "realisatie" alter column "waarde" drop not null;`);

    this.addSql(`alter table "streefwaarde" add column "jaar" int null;`);
    this.addSql(
      `update "streefwaarde" s set "jaar" = j."jaar" from "jaarschijf" j where j."id" = s."jaarschijf_id";`,
    );
    this.addSql(`alter table "streefwaarde" alter column "jaar" set not null;`);
    this.addSql(`alter table "streefwaarde" alter column "jaarschijf_id" drop not null;`);
    // Horizon targets have no jaarschijf, so one target per year and place is keyed by jaar.
    this.addSql(
      `alter table "streefwaarde" drop constraint "streefwaarde_indicator_id_jaarschijf_id_locatie_id_unique";`,
    );
    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_indicator_id_jaar_locatie_id_unique" unique nulls not distinct ("indicator_id", "jaar", "locatie_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "streefwaarde" drop constraint "streefwaarde_indicator_id_jaar_locatie_id_unique";`,
    );
    this.addSql(`delete from "streefwaarde" where "jaarschijf_id" is null;`);
    this.addSql(`alter table "streefwaarde" alter column "jaarschijf_id" set not null;`);
    this.addSql(`alter table "streefwaarde" drop column "jaar";`);
    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_indicator_id_jaarschijf_id_locatie_id_unique" unique nulls not distinct ("indicator_id", "jaarschijf_id", "locatie_id");`,
    );
    this.addSql(`delete from "realisatie" where "waarde" is null;`);
    this.addSql(`alter table "realisatie" alter column "waarde" set not null;`);
    this.addSql(`alter table "realisatie" drop column "oordeel", drop column "tussenstand";`);
    this.addSql(`alter table "indicator" drop column "richting";`);
    this.addSql(`alter table "streefwaarde" drop constraint if exists "streefwaarde_soort_check";`);
    this.addSql(
      `update "streefwaarde" set "soort" = 'BANDBREEDTE' where "soort" in ('MINIMAAL', 'MAXIMAAL');`,
    );
    this.addSql(
      `alter table "streefwaarde" add constraint "streefwaarde_soort_check" check("soort" in ('EXACT', 'BANDBREEDTE', 'EFFECT'));`,
    );
  }
}
