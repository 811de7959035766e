import type { BetrokkeneRol, TrekkerGroep } from './afspraak-rollen';
import { EntityManager } from '@mikro-orm/postgresql';
import type { StoredLid } from './afspraak-leden';
import { Injectable } from '@nestjs/common';
import { notFound } from '../common/app-error';
import type { AfspraakType, Doelgroep, Volwassenheid } from './afspraak-type';
import { bedragenInhoud, partijIdsInBedragen } from './afspraak-bedragen';
import type { StoredBedrag } from './financieel-overzicht';
import { type AfspraakInhoud, bevroren, type OnderdeelInhoud } from './onderdeel-inhoud';
import { OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import type { LocatieSoort } from './locatie.entity';
import type { StoredEigenDoelgroep } from './eigen-doelgroepen';
import { normenInhoud, type NormenInhoudRij } from './normen-inhoud';
import { indicatorenVan, type IndicatorRij, type StreefwaardeRij } from './doelen-inhoud';

/** Reads an onderdeel's content from the materialised tables, in a fixed number of queries. */
@Injectable()
export class OnderdeelInhoudReader {
  constructor(private readonly em: EntityManager) {}

  async lees(onderdeelId: string, em: EntityManager = this.em): Promise<OnderdeelInhoud> {
    const connection = em.getConnection();
    const ctx: unknown = em.getTransactionContext();
    const sql = <T>(query: string, params: unknown[]) =>
      connection.execute<T[]>(query, params, 'all', ctx);
    const [onderdeel] = await sql<{
      overeenkomst_id: string;
      titel: string;
      soort: OnderdeelSoort;
      status: OnderdeelStatus;
      preambule: string;
      preambule_json: Record<string, unknown> | null;
      eigen_doelgroepen: StoredEigenDoelgroep[] | null;
    }>(
      `select o.overeenkomst_id, o.titel, o.soort, o.status, k.preambule, k.preambule_json, k.eigen_doelgroepen
         from onderdeel o join overeenkomst k on k.id = o.overeenkomst_id where o.id = ?`,
      [onderdeelId],
    );
    if (!onderdeel) throw notFound('Onderdeel', onderdeelId);
    // One after the other: inside a transaction they share one connection.
    const ondertekenaars = await sql<{ id: string; naam: string }>(
      `select p.id, p.naam from onderdeel_ondertekenaar oo join partij p on p.id = oo.partij_id
          where oo.onderdeel_id = ? order by p.naam, p.id`,
      [onderdeelId],
    );
    const afspraken = await sql<
      NormenInhoudRij & {
        id: string;
        nummer: string;
        volgorde: number;
        titel: string;
        type: AfspraakType;
        thema_id: string;
        thema_naam: string;
        domein_naam: string | null;
        trekker_id: string;
        trekker_naam: string;
        trekker_groep: TrekkerGroep | null;
        volwassenheid: Volwassenheid;
        voorwaarden: string[];
        doelgroepen: Doelgroep[];
        details: Record<string, unknown>;
        leden: StoredLid[];
        tekst: string;
        tekst_json: Record<string, unknown> | null;
        bedragen: StoredBedrag[];
      }
    >(
      `select a.id, a.nummer, a.volgorde, a.titel, a.type, a.thema_id, t.naam as thema_naam, d.naam as domein_naam,
                a.trekker_id, p.naam as trekker_naam, a.trekker_groep, a.volwassenheid, a.voorwaarden, a.doelgroepen,
                a.details, a.leden, a.tekst, a.tekst_json, a.bedragen, a.normen, a.verwijzingen, a.voorwaarde_delen,
                a.eigen_doelgroep_ids
           from afspraak a join thema t on t.id = a.thema_id left join thema d on d.id = t.domein_id
           join partij p on p.id = a.trekker_id
          where a.onderdeel_id = ? order by a.volgorde, a.id`,
      [onderdeelId],
    );
    const betrokkenen = await sql<{
      afspraak_id: string;
      partij_id: string;
      naam: string;
      rol: BetrokkeneRol;
      bijdrage: string;
      kostenaandeel: number | null;
    }>(
      `select b.afspraak_id, b.partij_id, p.naam, b.rol, b.bijdrage, b.kostenaandeel
           from afspraak_betrokkene b join partij p on p.id = b.partij_id
           join afspraak a on a.id = b.afspraak_id
          where a.onderdeel_id = ? order by b.volgorde, b.id`,
      [onderdeelId],
    );
    const jaren = await sql<{ afspraak_id: string; jaar: number; concretisering: string }>(
      `select aj.afspraak_id, j.jaar, aj.concretisering from afspraak_jaarschijf aj
           join jaarschijf j on j.id = aj.jaarschijf_id join afspraak a on a.id = aj.afspraak_id
          where a.onderdeel_id = ? order by j.jaar`,
      [onderdeelId],
    );
    const naamIds = [...new Set(afspraken.flatMap((a) => partijIdsInBedragen(a.bedragen)))];
    const namen = new Map(
      (naamIds.length
        ? await sql<{ id: string; naam: string }>(
            `select id, naam from partij where id = any(array[?]::uuid[])`,
            [naamIds],
          )
        : []
      ).map((p) => [p.id, p.naam]),
    );
    const locaties = await sql<{
      afspraak_id: string;
      id: string;
      soort: LocatieSoort;
      naam: string;
      gemeente_id: string | null;
      gemeente_naam: string | null;
    }>(
      `select al.afspraak_id, l.id, l.soort, l.naam, l.gemeente_id, g.naam as gemeente_naam
           from afspraak_locatie al join locatie l on l.id = al.locatie_id
           left join partij g on g.id = l.gemeente_id join afspraak a on a.id = al.afspraak_id
          where a.onderdeel_id = ? order by al.volgorde, al.id`,
      [onderdeelId],
    );
    const indicatoren = await sql<IndicatorRij>(
      `select ia.afspraak_id, i.id, i.naam, i.eenheid, i.definitie, i.richting, i.nulmeting_waarde, i.nulmeting_jaar
           from indicator_afspraak ia join indicator i on i.id = ia.indicator_id
           join afspraak a on a.id = ia.afspraak_id
          where a.onderdeel_id = ? order by i.naam, i.id`,
      [onderdeelId],
    );
    const streefwaarden = indicatoren.length
      ? await sql<StreefwaardeRij>(
          `select s.indicator_id, s.jaar, s.locatie_id, l.naam as locatie_naam, s.soort, s.waarde, s.min, s.max, s.effect
             from streefwaarde s left join locatie l on l.id = s.locatie_id
            where s.indicator_id = any(array[?]::uuid[])
            order by s.jaar, l.naam nulls first, s.locatie_id`,
          [[...new Set(indicatoren.map((i) => i.id))]],
        )
      : [];
    // A verwijzing may name an afspraak of another onderdeel: by its current number.
    const nummers = afspraken.some((a) => a.verwijzingen?.some((v) => v.afspraakId))
      ? new Map(
          (
            await sql<{ id: string; nummer: string }>(
              'select id, nummer from afspraak where overeenkomst_id = ?',
              [onderdeel.overeenkomst_id],
            )
          ).map((r) => [r.id, r.nummer]),
        )
      : new Map<string, string>();
    return {
      onderdeelId,
      overeenkomstId: onderdeel.overeenkomst_id,
      titel: onderdeel.titel,
      soort: onderdeel.soort,
      status: onderdeel.status,
      ondertekenaars,
      preambule:
        onderdeel.soort === OnderdeelSoort.HOOFDDOCUMENT
          ? { tekst: onderdeel.preambule, json: onderdeel.preambule_json }
          : null,
      afspraken: afspraken.map((a) => ({
        id: a.id,
        nummer: a.nummer,
        volgorde: a.volgorde,
        titel: a.titel,
        type: a.type,
        thema: { id: a.thema_id, naam: a.thema_naam, domein: a.domein_naam },
        trekker: { id: a.trekker_id, naam: a.trekker_naam },
        trekkerGroep: a.trekker_groep,
        volwassenheid: a.volwassenheid,
        voorwaarden: a.voorwaarden,
        doelgroepen: a.doelgroepen,
        details: a.details,
        ...(a.leden.length ? { leden: a.leden } : {}),
        tekst: a.tekst,
        tekstJson: a.tekst_json,
        betrokkenen: betrokkenen
          .filter((b) => b.afspraak_id === a.id)
          .map((b) => ({
            partijId: b.partij_id,
            naam: b.naam,
            rol: b.rol,
            bijdrage: b.bijdrage,
            kostenaandeel: b.kostenaandeel,
          })),
        jaren: jaren
          .filter((j) => j.afspraak_id === a.id)
          .map((j) => ({ jaar: j.jaar, concretisering: j.concretisering })),
        bedragen: bedragenInhoud(a.bedragen, (id) => namen.get(id) ?? 'onbekende partij'),
        ...locatiesVan(locaties, a.id),
        ...indicatorenVan(indicatoren, streefwaarden, a.id),
        ...normenInhoud(a, onderdeel.eigen_doelgroepen ?? [], (id) => nummers.get(id)),
      })),
    };
  }
}

/** An afspraak's places as signed; no key at all without places (see AfspraakInhoud.locaties). */
function locatiesVan(
  rijen: {
    afspraak_id: string;
    id: string;
    soort: LocatieSoort;
    naam: string;
    gemeente_id: string | null;
    gemeente_naam: string | null;
  }[],
  afspraakId: string,
): Pick<AfspraakInhoud, 'locaties'> {
  const eigen = rijen.filter((l) => l.afspraak_id === afspraakId);
  if (eigen.length === 0) return {};
  return {
    locaties: eigen.map((l) => ({
      id: l.id,
      soort: l.soort,
      naam: l.naam,
      gemeente: l.gemeente_id ? { id: l.gemeente_id, naam: l.gemeente_naam ?? '' } : null,
    })),
  };
}

/**
 * Locks the onderdeel's row for the rest of the transaction, so standpunten, proposals, a freeze,
 * signatures and addenda on one onderdeel happen one after the other.
 */
export async function vergrendelOnderdeel(
  em: EntityManager,
  onderdeelId: string,
): Promise<{ titel: string; status: OnderdeelStatus }> {
  const [rij] = await em
    .getConnection()
    .execute<{ titel: string; status: OnderdeelStatus }[]>(
      'select titel, status from onderdeel where id = ? for update',
      [onderdeelId],
      'all',
      em.getTransactionContext(),
    );
  if (!rij) throw notFound('Onderdeel', onderdeelId);
  return rij;
}

/** Locks the onderdeel (see vergrendelOnderdeel) and refuses unless it is a draft. */
export async function vergrendelConcept(em: EntityManager, onderdeelId: string): Promise<void> {
  const { titel, status } = await vergrendelOnderdeel(em, onderdeelId);
  if (status !== OnderdeelStatus.CONCEPT) throw bevroren(titel);
}

/** The hoofddocument of an overeenkomst: the onderdeel the driehoek signs. */
export async function hoofddocumentVan(em: EntityManager, overeenkomstId: string): Promise<string> {
  const [rij] = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from onderdeel where overeenkomst_id = ? and soort = 'HOOFDDOCUMENT' order by volgorde limit 1`,
      [overeenkomstId],
      'all',
    );
  if (!rij) throw notFound('Onderdeel', 'hoofddocument');
  return rij.id;
}
