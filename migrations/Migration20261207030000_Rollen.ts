import { Migration } from '@mikro-orm/migrations';
import { canonicalJson, sha256 } from '../src/audit/canonical';

/**
 * Each party's own promise (issue 15, point 3). Every betrokkene gets a role, derived as the API
 * derives it for a betrokkene given without one: the trekker trekt, a garantsteller of a garantie
 * stands guarantor, a partij with a kostenaandeel finances, the others are betrokken. An afspraak
 * may name a group of trekkers. A garantie gets one commitment per garantsteller: the shared `wat`.
 *
 * The content hash now covers the betrokkenen, so a standpunt that was current on an afspraak with
 * betrokkenen is carried over to the new hash of the same, unchanged content (the formulas are
 * written out here as they stood at this step, so later changes to the hash do not change what
 * this migration did).
 */
export class Migration20261207030000_Rollen extends Migration {
  override async up(): Promise<void> {
    const oudeHashes = await this.hashes(false);
    await this.execute(
      `alter table "afspraak_betrokkene" add column "rol" text check ("rol" in ('TREKKER', 'MEDETREKKER', 'UITVOERDER', 'FINANCIER', 'GARANTSTELLER', 'BETROKKEN')) null;`,
    );
    await this.execute(
      `update "afspraak_betrokkene" b set "rol" = case
         when b."partij_id" = a."trekker_id" then 'TREKKER'
         when a."type" = 'GARANTIE' and a."details"->'garantstellerIds' @> to_jsonb(b."partij_id"::text) then 'GARANTSTELLER'
         when coalesce(b."kostenaandeel", 0) > 0 then 'FINANCIER'
         else 'BETROKKEN' end
       from "afspraak" a where a."id" = b."afspraak_id";`,
    );
    await this.execute(`alter table "afspraak_betrokkene" alter column "rol" set not null;`);
    await this.execute(
      `alter table "afspraak" add column "trekker_groep" text check ("trekker_groep" in ('ALLE_PARTIJEN', 'ALLE_GEMEENTEN', 'ALLE_CORPORATIES', 'ALLE_HUURDERSORGANISATIES', 'ALLE_ZORGPARTIJEN')) null;`,
    );
    await this.execute(
      `update "afspraak" set "details" = "details" || jsonb_build_object('toezeggingen', coalesce((
         select jsonb_agg(jsonb_build_object('partijId', g.id, 'wat', "details"->>'wat') order by g.nr)
           from jsonb_array_elements_text("details"->'garantstellerIds') with ordinality as g(id, nr)
       ), '[]'::jsonb))
       where "type" = 'GARANTIE' and "details"->'toezeggingen' is null;`,
    );
    const nieuweHashes = await this.hashes(true);
    for (const [afspraakId, oud] of oudeHashes) {
      const nieuw = nieuweHashes.get(afspraakId);
      if (!nieuw || nieuw === oud) continue;
      await this.execute(
        `update "standpunt" set "inhoud_hash" = ? where "afspraak_id" = ? and "inhoud_hash" = ?`,
        [nieuw, afspraakId, oud],
      );
    }
  }

  /** The content hash of every afspraak with betrokkenen, before (`rollen` false) or after. */
  private async hashes(rollen: boolean): Promise<Map<string, string>> {
    const afspraken = (await this.execute(
      `select a."id", a."titel", a."type", a."details", a."voorwaarden", a."trekker_id", a."tekst"
         from "afspraak" a
        where exists (select 1 from "afspraak_betrokkene" b where b."afspraak_id" = a."id")`,
    )) as Record<string, unknown>[];
    const betrokkenen: Record<string, unknown>[] = rollen
      ? await this.execute(
          `select b."afspraak_id", b."partij_id", b."rol", b."bijdrage", b."kostenaandeel"
             from "afspraak_betrokkene" b order by b."volgorde", b."id"`,
        )
      : [];
    const hashes = new Map<string, string>();
    for (const a of afspraken) {
      const details = { ...(a.details as Record<string, unknown>) };
      // Commitments that only repeat the shared `wat` are left out of the hash.
      delete details.toezeggingen;
      hashes.set(
        a.id as string,
        sha256(
          canonicalJson({
            titel: a.titel,
            type: a.type,
            details,
            voorwaarden: a.voorwaarden,
            trekker: a.trekker_id,
            betrokkenen: rollen
              ? betrokkenen
                  .filter((b) => b.afspraak_id === a.id)
                  .map((b) => ({
                    partij: b.partij_id,
                    rol: b.rol,
                    bijdrage: b.bijdrage,
                    kostenaandeel: b.kostenaandeel,
                  }))
              : undefined,
            tekst: a.tekst,
          }),
        ),
      );
    }
    return hashes;
  }
}
