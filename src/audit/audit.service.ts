import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Klok } from '../common/klok';
import { type AuditRij, AuditReader } from './audit.reader';
import { canonicalJson, sha256 } from './canonical';

export type { AuditRij } from './audit.reader';

/** What happened, as the trail records it. */
export interface AuditStap {
  overeenkomstId: string;
  actor: Actor | null;
  /** The partij the person acted for, when the step was taken on behalf of one. */
  partij?: { id: string; naam: string } | null;
  actie: AuditActie;
  onderwerpSoort: string;
  onderwerpId: string;
  gegevens?: Record<string, unknown>;
}

export enum AuditActie {
  DEELNEMER_TOEGEVOEGD = 'DEELNEMER_TOEGEVOEGD',
  DEELNEMER_GEWIJZIGD = 'DEELNEMER_GEWIJZIGD',
  DEELNEMER_VERWIJDERD = 'DEELNEMER_VERWIJDERD',
  ONDERTEKENAARS_GEWIJZIGD = 'ONDERTEKENAARS_GEWIJZIGD',
  STANDPUNT = 'STANDPUNT',
  OPMERKING = 'OPMERKING',
  OPMERKING_OPGELOST = 'OPMERKING_OPGELOST',
  OPMERKING_HEROPEND = 'OPMERKING_HEROPEND',
  VOORSTEL_INGEDIEND = 'VOORSTEL_INGEDIEND',
  VOORSTEL_AANVAARD = 'VOORSTEL_AANVAARD',
  VOORSTEL_VERWORPEN = 'VOORSTEL_VERWORPEN',
  VOORSTEL_INGETROKKEN = 'VOORSTEL_INGETROKKEN',
  VOORSTEL_DOORGEVOERD = 'VOORSTEL_DOORGEVOERD',
  /** An onderdeel went from drafting into the negotiation (by the regie or a first standpunt). */
  FASE_GEWIJZIGD = 'FASE_GEWIJZIGD',
  /** Suggestion mode: seen in the co-editor, judged by a partij, applied, rejected, withdrawn, lapsed. */
  SUGGESTIE_GEDAAN = 'SUGGESTIE_GEDAAN',
  SUGGESTIE_AANVAARD = 'SUGGESTIE_AANVAARD',
  SUGGESTIE_DOORGEVOERD = 'SUGGESTIE_DOORGEVOERD',
  SUGGESTIE_VERWORPEN = 'SUGGESTIE_VERWORPEN',
  SUGGESTIE_INGETROKKEN = 'SUGGESTIE_INGETROKKEN',
  SUGGESTIE_VERVALLEN = 'SUGGESTIE_VERVALLEN',
  VOORSTEL_VERVALLEN = 'VOORSTEL_VERVALLEN',
  BEVROREN = 'BEVROREN',
  ONDERTEKEND = 'ONDERTEKEND',
  ONDERTEKENING_GEWEIGERD = 'ONDERTEKENING_GEWEIGERD',
  VOLLEDIG_ONDERTEKEND = 'VOLLEDIG_ONDERTEKEND',
  ADDENDUM_GESTART = 'ADDENDUM_GESTART',
  VERSIE_HERSTELD = 'VERSIE_HERSTELD',
  /** Start-up repair of a freeze a crash interrupted (the onderdeel is a draft again). */
  BEVRIEZING_HERSTELD = 'BEVRIEZING_HERSTELD',
  JAARSCHIJF_STATUS = 'JAARSCHIJF_STATUS',
  KALENDER_GEWIJZIGD = 'KALENDER_GEWIJZIGD',
  VERANTWOORDING = 'VERANTWOORDING',
  EVALUATIE = 'EVALUATIE',
  EVALUATIE_BEVESTIGD = 'EVALUATIE_BEVESTIGD',
  EVALUATIE_GESLOTEN = 'EVALUATIE_GESLOTEN',
  BOD_INGEDIEND = 'BOD_INGEDIEND',
  /** A person's own edits of a draft afspraak (not those a proposal, bod or restore makes). */
  AFSPRAAK_TOEGEVOEGD = 'AFSPRAAK_TOEGEVOEGD',
  AFSPRAAK_GEWIJZIGD = 'AFSPRAAK_GEWIJZIGD',
  AFSPRAAK_VERWIJDERD = 'AFSPRAAK_VERWIJDERD',
  /** Indicators and their targets: part of what the afspraken they measure say. */
  INDICATOR_TOEGEVOEGD = 'INDICATOR_TOEGEVOEGD',
  INDICATOR_GEWIJZIGD = 'INDICATOR_GEWIJZIGD',
  INDICATOR_VERWIJDERD = 'INDICATOR_VERWIJDERD',
  STREEFWAARDE_TOEGEVOEGD = 'STREEFWAARDE_TOEGEVOEGD',
  STREEFWAARDE_GEWIJZIGD = 'STREEFWAARDE_GEWIJZIGD',
  STREEFWAARDE_VERWIJDERD = 'STREEFWAARDE_VERWIJDERD',
  /** An onderdeel recorded as signed outside Driehoek (on paper), with the signed PDF. */
  EXTERN_ONDERTEKEND = 'EXTERN_ONDERTEKEND',
  /** A document uploaded to an overeenkomst, for verwijzingen to point at. */
  DOCUMENT_GEUPLOAD = 'DOCUMENT_GEUPLOAD',
  /** Published under the Woo (or published again with newer signed versions), and withdrawn. */
  GEPUBLICEERD = 'GEPUBLICEERD',
  PUBLICATIE_INGETROKKEN = 'PUBLICATIE_INGETROKKEN',
  /** A deelnemer's logo, on the agreement's cover: uploaded, replaced or removed. */
  PARTIJ_LOGO_GEWIJZIGD = 'PARTIJ_LOGO_GEWIJZIGD',
  /** Created from an uploaded agreement, as its proposal was confirmed (the file is kept). */
  GEIMPORTEERD = 'GEIMPORTEERD',
}

export interface KetenControle {
  geldig: boolean;
  aantal: number;
  /** The first entry that does not match, when the chain is broken. */
  eersteFout: { volgnummer: number; reden: string } | null;
}

/**
 * The audit trail: an append-only, hash-chained log per overeenkomst. A step is written in the
 * transaction of the change it records, so a rolled-back change leaves no entry, and entries
 * of one overeenkomst are appended one at a time (an advisory lock), so the chain never forks.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: AuditReader,
    private readonly klok: Klok,
  ) {}

  /** Appends a step; pass the transaction's entity manager to write inside it. */
  async schrijf(stap: AuditStap, em?: EntityManager): Promise<AuditRij> {
    if (!em) return this.em.fork().transactional((tx) => this.schrijf(stap, tx));
    await this.reader.vergrendel(em, stap.overeenkomstId);
    const vorige = await this.reader.laatste(em, stap.overeenkomstId);
    const rij: AuditRij = {
      volgnummer: (vorige?.volgnummer ?? 0) + 1,
      tijd: this.klok.nu(),
      gebruikerId: stap.actor?.gebruikerId ?? null,
      gebruikerNaam: stap.actor?.naam ?? 'Driehoek',
      partijId: stap.partij?.id ?? null,
      partijNaam: stap.partij?.naam ?? null,
      actie: stap.actie,
      onderwerpSoort: stap.onderwerpSoort,
      onderwerpId: stap.onderwerpId,
      gegevens: JSON.parse(canonicalJson(stap.gegevens ?? {})) as Record<string, unknown>,
      vorigeHash: vorige?.hash ?? null,
      hash: '',
    };
    rij.hash = regelHash(stap.overeenkomstId, rij);
    await this.reader.voegToe(em, stap.overeenkomstId, rij);
    return rij;
  }

  async lijst(
    overeenkomstId: string,
    take: number,
    skip: number,
  ): Promise<{ items: AuditRij[]; total: number }> {
    const [items, total] = await Promise.all([
      this.reader.pagina(overeenkomstId, take, skip),
      this.reader.aantal(overeenkomstId),
    ]);
    return { items: items.map((r) => ({ ...r, tijd: new Date(r.tijd) })), total };
  }

  /** Recomputes every hash of the chain, in order; the first entry that does not match is named. */
  async controleer(overeenkomstId: string): Promise<KetenControle> {
    const rijen = await this.reader.alle(overeenkomstId);
    let vorige: AuditRij | undefined;
    for (const [i, rij] of rijen.entries()) {
      const fout =
        rij.volgnummer !== i + 1
          ? `regel ${i + 1} ontbreekt`
          : rij.vorigeHash !== (vorige?.hash ?? null)
            ? 'verwijst niet naar de hash van de vorige regel'
            : rij.hash !== regelHash(overeenkomstId, rij)
              ? 'de inhoud past niet bij de vastgelegde hash'
              : null;
      if (fout)
        return {
          geldig: false,
          aantal: rijen.length,
          eersteFout: { volgnummer: rij.volgnummer, reden: fout },
        };
      vorige = rij;
    }
    return { geldig: true, aantal: rijen.length, eersteFout: null };
  }
}

function regelHash(overeenkomstId: string, rij: AuditRij): string {
  return sha256(
    canonicalJson({
      overeenkomstId,
      volgnummer: rij.volgnummer,
      tijd: new Date(rij.tijd),
      gebruikerId: rij.gebruikerId,
      gebruikerNaam: rij.gebruikerNaam,
      partijId: rij.partijId,
      partijNaam: rij.partijNaam,
      actie: rij.actie,
      onderwerpSoort: rij.onderwerpSoort,
      onderwerpId: rij.onderwerpId,
      gegevens: rij.gegevens,
      vorigeHash: rij.vorigeHash,
    }),
  );
}
