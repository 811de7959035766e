import { Migration } from '@mikro-orm/migrations';
import { canonicalJson, sha256 } from '../src/audit/canonical';

/**
 * The content hash now covers an afspraak's indicators (with every target, per place and beyond
 * the periode) and its standard doelgroepen, layered on top of the hash as it stood:
 * sha256({ basis, indicatoren?, doelgroepen? }), and the old hash unchanged where an afspraak has
 * neither. So every standpunt of an afspraak that has them is restamped from its own stored hash:
 * one that was current becomes current under the new hash, one that was stale stays stale, and
 * the upgrade alone makes no standpunt stale. The formula is written out here as it stands at this
 * step (see doelenVoorHash), so later changes to the hash do not change what this migration did.
 * It cannot be reverted: the old hash cannot be recovered from the new one.
 */
export class Migration20261208030000_DoelenInHash extends Migration {
  override async up(): Promise<void> {
    const afspraken = (await this.execute(
      `select a."id", a."doelgroepen" from "afspraak" a
        where exists (select 1 from "standpunt" s where s."afspraak_id" = a."id")
          and (jsonb_array_length(coalesce(a."doelgroepen"::jsonb, '[]'::jsonb)) > 0
               or exists (select 1 from "indicator_afspraak" ia where ia."afspraak_id" = a."id"))`,
    )) as { id: string; doelgroepen: string[] | string | null }[];
    if (afspraken.length === 0) return;
    const indicatoren = (await this.execute(
      `select ia."afspraak_id", i."id", i."naam", i."eenheid", i."definitie", i."richting",
              i."nulmeting_waarde", i."nulmeting_jaar"
         from "indicator_afspraak" ia join "indicator" i on i."id" = ia."indicator_id"`,
    )) as Record<string, unknown>[];
    const streefwaarden = (await this.execute(
      `select "indicator_id", "jaar", "locatie_id", "soort", "waarde", "min", "max", "effect"
         from "streefwaarde"`,
    )) as Record<string, unknown>[];
    const standpunten = (await this.execute(
      `select "id", "afspraak_id", "inhoud_hash" from "standpunt"`,
    )) as { id: string; afspraak_id: string; inhoud_hash: string }[];
    const getal = (w: unknown) => (w == null ? null : Number(w));
    const vergelijk = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    for (const a of afspraken) {
      const doelgroepen = (
        typeof a.doelgroepen === 'string' ? JSON.parse(a.doelgroepen) : (a.doelgroepen ?? [])
      ) as string[];
      const eigen = indicatoren
        .filter((i) => i.afspraak_id === a.id)
        .sort((x, y) => vergelijk(x.id as string, y.id as string))
        .map((i) => ({
          id: i.id,
          naam: i.naam,
          eenheid: i.eenheid,
          definitie: i.definitie,
          richting: i.richting,
          nulmetingWaarde: getal(i.nulmeting_waarde),
          nulmetingJaar: getal(i.nulmeting_jaar),
          streefwaarden: streefwaarden
            .filter((s) => s.indicator_id === i.id)
            .map((s) => ({
              jaar: Number(s.jaar),
              locatie: (s.locatie_id as string | null) ?? null,
              soort: s.soort,
              waarde: getal(s.waarde),
              min: getal(s.min),
              max: getal(s.max),
              effect: (s.effect as string | null) ?? null,
            }))
            .sort((x, y) => x.jaar - y.jaar || vergelijk(x.locatie ?? '', y.locatie ?? '')),
        }));
      const doelen: Record<string, unknown> = {};
      if (eigen.length) doelen.indicatoren = eigen;
      if (doelgroepen.length) doelen.doelgroepen = [...doelgroepen].sort(vergelijk);
      for (const s of standpunten.filter((x) => x.afspraak_id === a.id)) {
        await this.execute(`update "standpunt" set "inhoud_hash" = ? where "id" = ?`, [
          sha256(canonicalJson({ basis: s.inhoud_hash, ...doelen })),
          s.id,
        ]);
      }
    }
  }
}
