import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Actor } from '../auth/actor';
import { forbidden, invalid, notFound } from '../common/app-error';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelSoort, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import { BEWERK_ROLLEN, LidRol } from './lidmaatschap.entity';
import { PartijSoort } from './partij.entity';

/** How the actor's partijen take part in one overeenkomst. */
export interface Betrokkenheid {
  partijId: string;
  partijNaam: string;
  partijSoort: PartijSoort;
  rol: DeelnemerRol;
  regie: boolean;
  lidRollen: LidRol[];
}

export type Toegang = 'SCHRIJVEN' | 'LEZEN';

const BEWERKEN = 'opsteller of ondertekenaar';

/**
 * The one place that answers "may this person do this, here?". Resolvers ask before they act;
 * the co-editor asks per connection. What a person may not even see is NOT_FOUND, so ids reveal
 * nothing; what they see but may not change is FORBIDDEN with the role that would be needed.
 */
@Injectable()
export class PermissionsService {
  constructor(private readonly em: EntityManager) {}

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  /** The actor's partijen that take part in the overeenkomst (empty: not visible). */
  async betrokkenheid(actor: Actor, overeenkomstId: string): Promise<Betrokkenheid[]> {
    if (actor.partijIds.length === 0 || !isUUID(overeenkomstId)) return [];
    const rows = await this.rows<{
      partij_id: string;
      naam: string;
      soort: PartijSoort;
      rol: DeelnemerRol;
      regie: boolean;
    }>(
      `select d.partij_id, p.naam, p.soort, d.rol, d.regie from deelnemer d join partij p on p.id = d.partij_id
       where d.overeenkomst_id = ? and d.partij_id in (${actor.partijIds.map(() => '?').join(', ')})`,
      [overeenkomstId, ...actor.partijIds],
    );
    return rows.map((r) => ({
      partijId: r.partij_id,
      partijNaam: r.naam,
      partijSoort: r.soort,
      rol: r.rol,
      regie: r.regie,
      lidRollen: actor.rollen(r.partij_id),
    }));
  }

  /** Visible or NOT_FOUND, worded as if it did not exist. */
  async zichtbaar(
    actor: Actor,
    overeenkomstId: string,
    label: string,
    id: string,
  ): Promise<Betrokkenheid[]> {
    const betrokken = await this.betrokkenheid(actor, overeenkomstId);
    if (betrokken.length === 0) throw notFound(label, id);
    return betrokken;
  }

  /** The overeenkomst an item of the given table belongs to, or NOT_FOUND. */
  async overeenkomstVan(tabel: OwnedTable, id: string, label: string): Promise<string> {
    const [row] = isUUID(id)
      ? await this.rows<{ overeenkomst_id: string }>(OWNER_SQL[tabel], [id])
      : [];
    if (!row) throw notFound(label, id);
    return row.overeenkomst_id;
  }

  /** An item inside an overeenkomst the actor may see; returns that overeenkomst. */
  async zichtbaarVia(actor: Actor, tabel: OwnedTable, id: string, label: string): Promise<string> {
    return (await this.betrokkenVia(actor, tabel, id, label)).overeenkomstId;
  }

  /** An item inside an overeenkomst the actor may see: that overeenkomst and how they take part. */
  async betrokkenVia(
    actor: Actor,
    tabel: OwnedTable,
    id: string,
    label: string,
  ): Promise<{ overeenkomstId: string; betrokken: Betrokkenheid[] }> {
    const overeenkomstId = await this.overeenkomstVan(tabel, id, label);
    return { overeenkomstId, betrokken: await this.zichtbaar(actor, overeenkomstId, label, id) };
  }

  /** An item inside an overeenkomst whose regie the actor holds; returns that overeenkomst. */
  async regieVia(
    actor: Actor,
    tabel: OwnedTable,
    id: string,
    label: string,
    wat: string,
  ): Promise<string> {
    const overeenkomstId = await this.overeenkomstVan(tabel, id, label);
    await this.regie(actor, overeenkomstId, label, id, wat);
    return overeenkomstId;
  }

  /** Changes to the overeenkomst itself, its onderdelen, deelnemers, themes and jaarschijven. */
  async regie(
    actor: Actor,
    overeenkomstId: string,
    label: string,
    id: string,
    wat: string,
  ): Promise<void> {
    const betrokken = await this.zichtbaar(actor, overeenkomstId, label, id);
    if (voertRegie(betrokken)) return;
    throw forbidden(
      `${wat} is voorbehouden aan de partij die de regie voert (de gemeente of een co-regisseur); ` +
        `daarvoor moet u ${BEWERKEN} zijn bij die partij${rolUitleg(betrokken)}`,
    );
  }

  /** The regie rule of {@link regie}, for services whose step the regie shares with others. */
  voertRegie(betrokken: Betrokkenheid[]): boolean {
    return voertRegie(betrokken);
  }

  /** A new overeenkomst: only an opsteller or ondertekenaar of one of its gemeenten. */
  nieuweOvereenkomst(actor: Actor, gemeenteIds: string[]): void {
    // An empty list is refused by the service with a message about the input itself; the
    // service also refuses ids that are no gemeente, so membership of a listed id suffices here.
    if (gemeenteIds.length === 0 || gemeenteIds.some((id) => actor.magBewerkenVoor(id))) return;
    throw forbidden(
      `Een overeenkomst wordt gestart door een gemeente waarvoor zij geldt; daarvoor moet u ${BEWERKEN} zijn bij een van die gemeenten`,
    );
  }

  /** Afspraken of an onderdeel: opstellers of a partij that signs that onderdeel. */
  async onderdeelBewerken(
    actor: Actor,
    onderdeelId: string,
    label = 'Onderdeel',
    id = onderdeelId,
  ): Promise<string> {
    const toegang = await this.onderdeelToegang(actor, onderdeelId, label, id);
    if (toegang.toegang === 'SCHRIJVEN') return toegang.overeenkomstId;
    if (toegang.bevroren) {
      throw forbidden(
        `Het onderdeel "${toegang.titel}" ligt ter ondertekening of is ondertekend en kan niet meer worden gewijzigd`,
      );
    }
    throw forbidden(
      `Het onderdeel "${toegang.titel}" wordt bewerkt door ${BEWERKEN}s van de partijen die het ondertekenen${rolUitleg(toegang.betrokken)}`,
    );
  }

  /**
   * The signing partij on whose behalf the actor acts in an onderdeel (standpunten, proposals,
   * signatures): a deelnemer, not a waarnemer, among the onderdeel's ondertekenaars, for which
   * the actor holds one of `rollen`. `partijId` chooses when the actor acts for several.
   */
  async namensOndertekenaar(
    actor: Actor,
    onderdeelId: string,
    partijId: string | undefined,
    rollen: readonly LidRol[],
    wat: string,
    label = 'Onderdeel',
    id = onderdeelId,
  ): Promise<Betrokkenheid & { overeenkomstId: string }> {
    const [onderdeel] = isUUID(onderdeelId)
      ? await this.rows<{ overeenkomst_id: string }>(
          'select overeenkomst_id from onderdeel where id = ?',
          [onderdeelId],
        )
      : [];
    if (!onderdeel) throw notFound(label, id);
    const betrokken = await this.zichtbaar(actor, onderdeel.overeenkomst_id, label, id);
    const ondertekenaars = await this.ondertekenaars([onderdeelId]);
    const kandidaten = betrokken.filter(
      (b) =>
        b.rol !== DeelnemerRol.WAARNEMER &&
        ondertekenaars.has(b.partijId) &&
        b.lidRollen.some((r) => rollen.includes(r)),
    );
    const gekozen = partijId ? kandidaten.filter((b) => b.partijId === partijId) : kandidaten;
    if (gekozen.length === 1) return { ...gekozen[0]!, overeenkomstId: onderdeel.overeenkomst_id };
    if (gekozen.length > 1) {
      throw invalid(
        'input.partijId',
        `U handelt namens meerdere ondertekenende partijen (${gekozen.map((b) => b.partijNaam).join(', ')}); kies er één met partijId`,
      );
    }
    throw forbidden(
      `${wat} is voorbehouden aan ${rollen.map((r) => r.toLowerCase()).join(' of ')}s van een partij die dit onderdeel ondertekent${rolUitleg(betrokken)}`,
    );
  }

  /**
   * Exports: the whole agreement for the partijen of the hoofddocument and waarnemers; an
   * onderdeel for those, and for the partijen that sign it (a zorgaanbieder: its bijlage).
   */
  async exporteren(actor: Actor, overeenkomstId: string, onderdeelId?: string): Promise<void> {
    const betrokken = await this.zichtbaar(actor, overeenkomstId, 'Overeenkomst', overeenkomstId);
    if (betrokken.some((b) => b.rol !== DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE || b.regie)) return;
    if (onderdeelId) {
      const ondertekenaars = await this.ondertekenaars([onderdeelId]);
      if (betrokken.some((b) => ondertekenaars.has(b.partijId))) return;
    }
    throw forbidden(
      `Zorgpartijen exporteren de bijlagen die zij ondertekenen; de hele overeenkomst en het hoofddocument exporteren de ondertekenaars van het hoofddocument en waarnemers${rolUitleg(betrokken)}`,
    );
  }

  /** The verantwoording of an afspraak: the writers of its trekker. */
  async verantwoorden(
    actor: Actor,
    afspraakId: string,
  ): Promise<{ overeenkomstId: string; partijId: string; partijNaam: string }> {
    const overeenkomstId = await this.overeenkomstVan('afspraak', afspraakId, 'Afspraak');
    const betrokken = await this.zichtbaar(actor, overeenkomstId, 'Afspraak', afspraakId);
    const [afspraak] = await this.rows<{ trekker_id: string; naam: string }>(
      'select a.trekker_id, p.naam from afspraak a join partij p on p.id = a.trekker_id where a.id = ?',
      [afspraakId],
    );
    if (!afspraak) throw notFound('Afspraak', afspraakId);
    const trekker = betrokken.find((b) => b.partijId === afspraak.trekker_id && bewerkt(b));
    if (trekker)
      return { overeenkomstId, partijId: trekker.partijId, partijNaam: trekker.partijNaam };
    throw forbidden(
      `De verantwoording van een afspraak geeft haar trekker (${afspraak.naam}); daarvoor moet u ${BEWERKEN} zijn bij die partij${rolUitleg(betrokken)}`,
    );
  }

  /** The woningcorporaties taking part (not as waarnemer) for which the actor may write. */
  schrijvendeCorporaties(actor: Actor, betrokken: Betrokkenheid[]): Betrokkenheid[] {
    return betrokken.filter(
      (b) =>
        b.partijSoort === PartijSoort.WONINGCORPORATIE &&
        b.rol !== DeelnemerRol.WAARNEMER &&
        actor.magBewerkenVoor(b.partijId),
    );
  }

  /** Comments: any member who may write for a partij taking part, waarnemers included. */
  async namensDeelnemer(
    actor: Actor,
    overeenkomstId: string,
    partijId: string | undefined,
    label: string,
    id: string,
  ): Promise<Betrokkenheid> {
    const betrokken = await this.zichtbaar(actor, overeenkomstId, label, id);
    const kandidaten = betrokken.filter(
      (b) => bewerkt(b) && (!partijId || b.partijId === partijId),
    );
    if (kandidaten.length === 1) return kandidaten[0]!;
    if (kandidaten.length > 1) {
      throw invalid(
        'input.partijId',
        `U handelt namens meerdere partijen (${kandidaten.map((b) => b.partijNaam).join(', ')}); kies er één met partijId`,
      );
    }
    throw forbidden(
      `Opmerkingen plaatsen ${BEWERKEN}s van een deelnemende partij${rolUitleg(betrokken)}`,
    );
  }

  /** Read or write access to one onderdeel (the co-editor asks this per connection). */
  async onderdeelToegang(
    actor: Actor,
    onderdeelId: string,
    label = 'Onderdeel',
    id = onderdeelId,
  ): Promise<{
    toegang: Toegang;
    overeenkomstId: string;
    titel: string;
    betrokken: Betrokkenheid[];
    bevroren: boolean;
    /** May change what only the regie changes (the preamble), by the rule of {@link regie}. */
    regie: boolean;
  }> {
    if (!isUUID(onderdeelId)) throw notFound(label, id);
    const [onderdeel] = await this.rows<{
      overeenkomst_id: string;
      titel: string;
      status: OnderdeelStatus;
    }>('select overeenkomst_id, titel, status from onderdeel where id = ?', [onderdeelId]);
    if (!onderdeel) throw notFound(label, id);
    const betrokken = await this.zichtbaar(actor, onderdeel.overeenkomst_id, label, id);
    const ondertekenaars = await this.ondertekenaars([onderdeelId]);
    const schrijft = betrokken.some(
      (b) => b.rol !== DeelnemerRol.WAARNEMER && bewerkt(b) && ondertekenaars.has(b.partijId),
    );
    // A frozen onderdeel (ter ondertekening, ondertekend) is read-only for everyone.
    const bevroren = onderdeel.status !== OnderdeelStatus.CONCEPT;
    return {
      toegang: schrijft && !bevroren ? 'SCHRIJVEN' : 'LEZEN',
      overeenkomstId: onderdeel.overeenkomst_id,
      titel: onderdeel.titel,
      betrokken,
      bevroren,
      regie: voertRegie(betrokken),
    };
  }

  /**
   * Indicatoren and streefwaarden: opstellers of a partij that signs the hoofddocument, or that
   * signs an onderdeel holding one of the afspraken the indicator measures.
   */
  async indicatorBewerken(
    actor: Actor,
    overeenkomstId: string,
    afspraakIds: string[],
    label: string,
    id: string,
  ): Promise<void> {
    const betrokken = await this.zichtbaar(actor, overeenkomstId, label, id);
    const onderdelen = await this.rows<{ id: string }>(
      `select id from onderdeel where overeenkomst_id = ? and (soort = ?${
        afspraakIds.length
          ? ` or id in (select onderdeel_id from afspraak where id in (${afspraakIds.map(() => '?').join(', ')}))`
          : ''
      })`,
      [overeenkomstId, OnderdeelSoort.HOOFDDOCUMENT, ...afspraakIds],
    );
    const ondertekenaars = await this.ondertekenaars(onderdelen.map((o) => o.id));
    if (
      betrokken.some(
        (b) => b.rol !== DeelnemerRol.WAARNEMER && bewerkt(b) && ondertekenaars.has(b.partijId),
      )
    )
      return;
    throw forbidden(
      `Indicatoren en streefwaarden worden bewerkt door ${BEWERKEN}s van de partijen die de bijbehorende afspraken ondertekenen${rolUitleg(betrokken)}`,
    );
  }

  /** An afspraak is edited by those who may edit its onderdeel. */
  async afspraakBewerken(actor: Actor, afspraakId: string): Promise<string> {
    const [row] = isUUID(afspraakId)
      ? await this.rows<{ onderdeel_id: string }>(
          'select onderdeel_id from afspraak where id = ?',
          [afspraakId],
        )
      : [];
    if (!row) throw notFound('Afspraak', afspraakId);
    return this.onderdeelBewerken(actor, row.onderdeel_id, 'Afspraak', afspraakId);
  }

  /**
   * An existing indicator: the person must be allowed to edit it as it is, and, when it is to
   * measure other afspraken, as it will be; otherwise pointing an indicator at one's own bijlage
   * would take it over.
   */
  async bestaandeIndicatorBewerken(
    actor: Actor,
    indicatorId: string,
    nieuweAfspraakIds?: string[],
    label = 'Indicator',
    id = indicatorId,
  ): Promise<string> {
    const [indicator] = isUUID(indicatorId)
      ? await this.rows<{ overeenkomst_id: string }>(
          'select overeenkomst_id from indicator where id = ?',
          [indicatorId],
        )
      : [];
    if (!indicator) throw notFound(label, id);
    const huidige = await this.rows<{ afspraak_id: string }>(
      'select afspraak_id from indicator_afspraak where indicator_id = ?',
      [indicatorId],
    );
    await this.indicatorBewerken(
      actor,
      indicator.overeenkomst_id,
      huidige.map((r) => r.afspraak_id),
      label,
      id,
    );
    if (nieuweAfspraakIds?.length) {
      await this.indicatorBewerken(
        actor,
        indicator.overeenkomst_id,
        nieuweAfspraakIds.filter((a) => isUUID(a)),
        label,
        id,
      );
    }
    return indicator.overeenkomst_id;
  }

  /** The indicator a streefwaarde or realisatie belongs to, or NOT_FOUND. */
  async indicatorVan(
    tabel: 'streefwaarde' | 'realisatie',
    id: string,
    label: string,
  ): Promise<string> {
    const [row] = isUUID(id)
      ? await this.rows<{ indicator_id: string }>(
          `select indicator_id from ${tabel} where id = ?`,
          [id],
        )
      : [];
    if (!row) throw notFound(label, id);
    return row.indicator_id;
  }

  /** The overeenkomst a theme belongs to; null for the shared default themes. */
  async themaVan(id: string): Promise<string | null> {
    const [row] = isUUID(id)
      ? await this.rows<{ overeenkomst_id: string | null }>(
          'select overeenkomst_id from thema where id = ?',
          [id],
        )
      : [];
    if (!row) throw notFound('Thema', id);
    return row.overeenkomst_id;
  }

  /** Realisaties: the trekker of an afspraak the indicator measures, or the gemeente. */
  async realisatieInvoeren(
    actor: Actor,
    indicatorId: string,
    label: string,
    id: string,
  ): Promise<string> {
    const [indicator] = isUUID(indicatorId)
      ? await this.rows<{ overeenkomst_id: string }>(
          'select overeenkomst_id from indicator where id = ?',
          [indicatorId],
        )
      : [];
    if (!indicator) throw notFound(label, id);
    const betrokken = await this.zichtbaar(actor, indicator.overeenkomst_id, label, id);
    const trekkers = new Set(
      (
        await this.rows<{ trekker_id: string }>(
          'select a.trekker_id from indicator_afspraak ia join afspraak a on a.id = ia.afspraak_id where ia.indicator_id = ?',
          [indicatorId],
        )
      ).map((r) => r.trekker_id),
    );
    const mag = betrokken.some(
      (b) =>
        b.rol !== DeelnemerRol.WAARNEMER &&
        bewerkt(b) &&
        (trekkers.has(b.partijId) || (b.partijSoort === PartijSoort.GEMEENTE && b.regie)),
    );
    if (mag) return indicator.overeenkomst_id;
    throw forbidden(
      `Realisaties worden ingevoerd door de trekker van de afspraak of door de gemeente; daarvoor moet u ${BEWERKEN} zijn bij een van die partijen${rolUitleg(betrokken)}`,
    );
  }

  /** The members and details of a partij: its beheerders. */
  partijBeheer(actor: Actor, partijId: string): void {
    if (actor.rollen(partijId).includes(LidRol.BEHEERDER)) return;
    throw forbidden('Alleen een beheerder van de partij beheert haar gegevens en leden');
  }

  /** An existing partij (else NOT_FOUND) whose details the actor manages. */
  async bestaandePartijBeheer(actor: Actor, partijId: string): Promise<void> {
    if (!actor.rollen(partijId).includes(LidRol.BEHEERDER)) {
      const [partij] = isUUID(partijId)
        ? await this.rows<{ id: string }>('select id from partij where id = ?', [partijId])
        : [];
      if (!partij) throw notFound('Partij', partijId);
    }
    this.partijBeheer(actor, partijId);
  }

  /** New organisations are registered by a gemeente, which then invites them. */
  partijRegistreren(actor: Actor): void {
    if (
      actor.lidmaatschappen.some(
        (l) => l.partijSoort === PartijSoort.GEMEENTE && actor.magBewerkenVoor(l.partijId),
      )
    )
      return;
    throw forbidden(
      `Nieuwe organisaties worden geregistreerd door een gemeente; daarvoor moet u ${BEWERKEN} zijn bij een gemeente`,
    );
  }

  private async ondertekenaars(onderdeelIds: string[]): Promise<Set<string>> {
    if (onderdeelIds.length === 0) return new Set();
    const rows = await this.rows<{ partij_id: string }>(
      `select distinct partij_id from onderdeel_ondertekenaar where onderdeel_id in (${onderdeelIds.map(() => '?').join(', ')})`,
      onderdeelIds,
    );
    return new Set(rows.map((r) => r.partij_id));
  }
}

/** Holds the regie of the overeenkomst, and may act on it (not as waarnemer, with a writing role). */
function voertRegie(betrokken: Betrokkenheid[]): boolean {
  return betrokken.some((b) => b.regie && b.rol !== DeelnemerRol.WAARNEMER && bewerkt(b));
}

function bewerkt(b: Betrokkenheid): boolean {
  return b.lidRollen.some((r) => BEWERK_ROLLEN.includes(r));
}

/** Tells the person why they fall short: their partij's part, or their own role. */
function rolUitleg(betrokken: Betrokkenheid[]): string {
  if (betrokken.length === 0) return '';
  return (
    '. U handelt namens ' +
    betrokken
      .map((b) => {
        const deel =
          b.rol === DeelnemerRol.WAARNEMER
            ? 'waarnemer'
            : b.rol === DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE
              ? 'medeondertekenaar van bijlagen'
              : 'ondertekenaar';
        const rollen = b.lidRollen.length
          ? b.lidRollen.map((r) => r.toLowerCase()).join(' en ')
          : 'geen rol';
        return `${b.partijNaam} (${deel}; u bent ${rollen})`;
      })
      .join(', ')
  );
}

const OWNER_SQL = {
  onderdeel: 'select overeenkomst_id from onderdeel where id = ?',
  afspraak: 'select overeenkomst_id from afspraak where id = ?',
  deelnemer: 'select overeenkomst_id from deelnemer where id = ?',
  jaarschijf: 'select overeenkomst_id from jaarschijf where id = ?',
  indicator: 'select overeenkomst_id from indicator where id = ?',
  wijzigingsvoorstel: 'select overeenkomst_id from wijzigingsvoorstel where id = ?',
  versie: 'select overeenkomst_id from onderdeel_versie where id = ?',
  opmerking:
    'select a.overeenkomst_id from opmerking o join afspraak a on a.id = o.afspraak_id where o.id = ?',
} as const;
export type OwnedTable = keyof typeof OWNER_SQL;
