import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Actor } from '../auth/actor';
import { forbidden, invalid, notFound } from '../common/app-error';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import {
  BEWERKEN,
  type Betrokkenheid,
  bewerkt,
  rolUitleg,
  schrijftMee,
  trekt,
  voertRegie,
} from './betrokkenheid';
import { LidRol } from './lidmaatschap.entity';
import { PartijSoort } from './partij.entity';
import { IndicatorPermissions } from './indicator-permissions';
import { type OwnedTable, PermissionsReader } from './permissions.reader';

export type { Betrokkenheid } from './betrokkenheid';
export type { OwnedTable } from './permissions.reader';

export type Toegang = 'SCHRIJVEN' | 'LEZEN';

/**
 * The one place that answers "may this person do this, here?". Resolvers ask before they act;
 * the co-editor asks per connection. What a person may not even see is NOT_FOUND, so ids reveal
 * nothing; what they see but may not change is FORBIDDEN with the role that would be needed.
 */
@Injectable()
export class PermissionsService {
  /** The rules for indicatoren, streefwaarden and realisaties. */
  readonly indicatoren: IndicatorPermissions;

  constructor(private readonly reader: PermissionsReader) {
    this.indicatoren = new IndicatorPermissions(this, reader);
  }

  /** The actor's partijen that take part in the overeenkomst (empty: not visible). */
  async betrokkenheid(actor: Actor, overeenkomstId: string): Promise<Betrokkenheid[]> {
    if (actor.partijIds.length === 0 || !isUUID(overeenkomstId)) return [];
    const rows = await this.reader.deelnames(overeenkomstId, actor.partijIds);
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
    const overeenkomstId = isUUID(id) ? await this.reader.overeenkomstVan(tabel, id) : undefined;
    if (!overeenkomstId) throw notFound(label, id);
    return overeenkomstId;
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

  /** Documents of an overeenkomst: those who may edit the afspraken of one of its onderdelen. */
  async documentUploaden(actor: Actor, overeenkomstId: string): Promise<string> {
    const betrokken = await this.zichtbaar(actor, overeenkomstId, 'Overeenkomst', overeenkomstId);
    const concepten = await this.reader.conceptOnderdelen(overeenkomstId);
    if (schrijftMee(betrokken, await this.reader.ondertekenaars(concepten))) return overeenkomstId;
    throw forbidden(
      `Documenten uploaden ${BEWERKEN}s van een partij die een onderdeel in concept ondertekent${rolUitleg(betrokken)}`,
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
    const onderdeel = isUUID(onderdeelId) ? await this.reader.onderdeel(onderdeelId) : undefined;
    if (!onderdeel) throw notFound(label, id);
    const betrokken = await this.zichtbaar(actor, onderdeel.overeenkomst_id, label, id);
    const ondertekenaars = await this.reader.ondertekenaars([onderdeelId]);
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
      const ondertekenaars = await this.reader.ondertekenaars([onderdeelId]);
      if (betrokken.some((b) => ondertekenaars.has(b.partijId))) return;
    }
    throw forbidden(
      `Zorgpartijen exporteren de bijlagen die zij ondertekenen; de hele overeenkomst en het hoofddocument exporteren de ondertekenaars van het hoofddocument en waarnemers${rolUitleg(betrokken)}`,
    );
  }

  /**
   * The verantwoording of an afspraak: the writers of one of its trekkers (the accountable one,
   * a trekker or medetrekker among the betrokkenen, or a member of its trekker group). They share
   * one verantwoording per year, which records the partij that gave it.
   */
  async verantwoorden(
    actor: Actor,
    afspraakId: string,
  ): Promise<{ overeenkomstId: string; partijId: string; partijNaam: string }> {
    const overeenkomstId = await this.overeenkomstVan('afspraak', afspraakId, 'Afspraak');
    const betrokken = await this.zichtbaar(actor, overeenkomstId, 'Afspraak', afspraakId);
    const afspraak = await this.reader.trekker(afspraakId);
    if (!afspraak) throw notFound('Afspraak', afspraakId);
    const trekker = betrokken.find((b) => trekt(b, afspraak) && bewerkt(b));
    if (trekker)
      return { overeenkomstId, partijId: trekker.partijId, partijNaam: trekker.partijNaam };
    throw forbidden(
      `De verantwoording van een afspraak geeft haar trekker (${afspraak.naam}) of een medetrekker; daarvoor moet u ${BEWERKEN} zijn bij een van die partijen${rolUitleg(betrokken)}`,
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
    const onderdeel = await this.reader.onderdeel(onderdeelId);
    if (!onderdeel) throw notFound(label, id);
    const betrokken = await this.zichtbaar(actor, onderdeel.overeenkomst_id, label, id);
    const ondertekenaars = await this.reader.ondertekenaars([onderdeelId]);
    const schrijft = schrijftMee(betrokken, ondertekenaars);
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

  /** An afspraak is edited by those who may edit its onderdeel. */
  async afspraakBewerken(actor: Actor, afspraakId: string): Promise<string> {
    const onderdeelId = isUUID(afspraakId)
      ? await this.reader.onderdeelVanAfspraak(afspraakId)
      : undefined;
    if (!onderdeelId) throw notFound('Afspraak', afspraakId);
    return this.onderdeelBewerken(actor, onderdeelId, 'Afspraak', afspraakId);
  }

  /** The overeenkomst a theme belongs to; null for the shared default themes. */
  async themaVan(id: string): Promise<string | null> {
    const row = isUUID(id) ? await this.reader.thema(id) : undefined;
    if (!row) throw notFound('Thema', id);
    return row.overeenkomst_id;
  }

  /** The members and details of a partij: its beheerders. */
  partijBeheer(actor: Actor, partijId: string): void {
    if (actor.rollen(partijId).includes(LidRol.BEHEERDER)) return;
    throw forbidden('Alleen een beheerder van de partij beheert haar gegevens en leden');
  }

  /** An existing partij (else NOT_FOUND) whose details the actor manages. */
  async bestaandePartijBeheer(actor: Actor, partijId: string): Promise<void> {
    if (!actor.rollen(partijId).includes(LidRol.BEHEERDER)) {
      if (!isUUID(partijId) || !(await this.reader.partijBestaat(partijId)))
        throw notFound('Partij', partijId);
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
}
