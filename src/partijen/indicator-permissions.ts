import { isUUID } from 'class-validator';
import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../common/app-error';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import { BEWERKEN, bewerkt, rolUitleg, schrijftMee, trekt } from './betrokkenheid';
import { PartijSoort } from './partij.entity';
import type { PermissionsReader } from './permissions.reader';
import type { PermissionsService } from './permissions.service';

/**
 * Who may edit indicatoren and streefwaarden and enter realisaties: rules that follow the
 * afspraken an indicator measures, kept apart from the rules on the overeenkomst's own items.
 */
export class IndicatorPermissions {
  constructor(
    private readonly permissions: PermissionsService,
    private readonly reader: PermissionsReader,
  ) {}

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
    const betrokken = await this.permissions.zichtbaar(actor, overeenkomstId, label, id);
    const ondertekenaars = await this.reader.ondertekenaars(
      await this.reader.hoofddocumentEnOnderdelenVan(overeenkomstId, afspraakIds),
    );
    if (schrijftMee(betrokken, ondertekenaars)) return;
    throw forbidden(
      `Indicatoren en streefwaarden worden bewerkt door ${BEWERKEN}s van de partijen die de bijbehorende afspraken ondertekenen${rolUitleg(betrokken)}`,
    );
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
    const overeenkomstId = isUUID(indicatorId)
      ? await this.reader.overeenkomstVan('indicator', indicatorId)
      : undefined;
    if (!overeenkomstId) throw notFound(label, id);
    await this.indicatorBewerken(
      actor,
      overeenkomstId,
      await this.reader.afsprakenVanIndicator(indicatorId),
      label,
      id,
    );
    if (nieuweAfspraakIds?.length) {
      await this.indicatorBewerken(
        actor,
        overeenkomstId,
        nieuweAfspraakIds.filter((a) => isUUID(a)),
        label,
        id,
      );
    }
    return overeenkomstId;
  }

  /** The indicator a streefwaarde or realisatie belongs to, or NOT_FOUND. */
  async indicatorVan(
    tabel: 'streefwaarde' | 'realisatie',
    id: string,
    label: string,
  ): Promise<string> {
    const indicatorId = isUUID(id) ? await this.reader.indicatorVan(tabel, id) : undefined;
    if (!indicatorId) throw notFound(label, id);
    return indicatorId;
  }

  /** Realisaties: a trekker or medetrekker of an afspraak the indicator measures, or the gemeente. */
  async realisatieInvoeren(
    actor: Actor,
    indicatorId: string,
    label: string,
    id: string,
  ): Promise<string> {
    const overeenkomstId = isUUID(indicatorId)
      ? await this.reader.overeenkomstVan('indicator', indicatorId)
      : undefined;
    if (!overeenkomstId) throw notFound(label, id);
    const betrokken = await this.permissions.zichtbaar(actor, overeenkomstId, label, id);
    const trekkers = await this.reader.trekkersVanIndicator(indicatorId);
    const mag = betrokken.some(
      (b) =>
        b.rol !== DeelnemerRol.WAARNEMER &&
        bewerkt(b) &&
        (trekt(b, trekkers) || (b.partijSoort === PartijSoort.GEMEENTE && b.regie)),
    );
    if (mag) return overeenkomstId;
    throw forbidden(
      `Realisaties worden ingevoerd door een trekker of medetrekker van de afspraak of door de gemeente; daarvoor moet u ${BEWERKEN} zijn bij een van die partijen${rolUitleg(betrokken)}`,
    );
  }
}
