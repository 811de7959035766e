import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { AppError, ErrorCode } from '../common/app-error';
import { Klok } from '../common/klok';
import {
  VoorstelSoort,
  VoorstelStatus,
  Wijzigingsvoorstel,
} from '../onderhandeling/onderhandeling.entities';
import { Suggestie, SuggestieStatus } from './suggestie.entity';
import { schrijfSuggestieAudit, sluit } from './suggestie-regels';

/**
 * What freezing must settle first: the open wijzigingsvoorstellen and suggestions of an
 * onderdeel, named for a person, and letting them all lapse with a reason.
 */
@Injectable()
export class OpenStukkenService {
  constructor(
    private readonly opdrachten: DocumentOpdrachten,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /**
   * What is still open in the onderdeel (wijzigingsvoorstellen and suggestions), each named for
   * a person: afspraak number, partij, a short piece of its text. In the caller's transaction.
   */
  async open(em: EntityManager, onderdeelId: string): Promise<OpenStuk[]> {
    const [voorstellen, suggesties] = await Promise.all([
      em.find(
        Wijzigingsvoorstel,
        { onderdeel: onderdeelId, status: VoorstelStatus.OPEN },
        { populate: ['indiener', 'afspraak'], orderBy: { createdAt: 'asc', id: 'asc' } },
      ),
      em.find(
        Suggestie,
        { onderdeel: onderdeelId, status: SuggestieStatus.OPEN },
        { populate: ['partij', 'afspraak'], orderBy: { gemaakt: 'asc', id: 'asc' } },
      ),
    ]);
    return [
      ...voorstellen.map((v) => ({
        soort: 'voorstel' as const,
        id: v.id,
        afspraakId: v.afspraak?.id ?? null,
        nummer: v.afspraak?.getEntity().nummer ?? null,
        partij: v.indiener.getEntity().naam,
        tekst:
          v.soort === VoorstelSoort.VERWIJDERING
            ? 'de afspraak schrappen'
            : v.soort === VoorstelSoort.NIEUW
              ? 'een nieuwe afspraak'
              : kort(v.nieuweTekst ?? ''),
      })),
      ...suggesties.map((s) => ({
        soort: 'suggestie' as const,
        id: s.id,
        afspraakId: s.afspraak.id,
        nummer: s.afspraak.getEntity().nummer,
        partij: s.partij.getEntity().naam,
        tekst:
          [
            s.geschrapt.trim() ? `schrapt “${kort(s.geschrapt)}”` : '',
            s.ingevoegd.trim() ? `voegt toe “${kort(s.ingevoegd)}”` : '',
          ]
            .filter(Boolean)
            .join(', ') || 'wijzigt de opmaak',
      })),
    ];
  }

  /**
   * Closes everything still open in the onderdeel as VERVALLEN with `reden`, in the caller's
   * transaction (freezing): the suggestions are reverted in the text once it commits (document
   * commands), each closing is audited.
   */
  async laatVervallen(
    em: EntityManager,
    actor: Actor,
    overeenkomstId: string,
    onderdeelId: string,
    reden: string,
  ): Promise<OpenStuk[]> {
    const open = await this.open(em, onderdeelId);
    const voorstellen = await em.find(
      Wijzigingsvoorstel,
      { id: { $in: open.filter((o) => o.soort === 'voorstel').map((o) => o.id) } },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const suggesties = await em.find(
      Suggestie,
      { id: { $in: open.filter((o) => o.soort === 'suggestie').map((o) => o.id) } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { gemaakt: 'asc', id: 'asc' } },
    );
    const nu = this.klok.nu();
    for (const v of voorstellen) v.sluit(VoorstelStatus.VERVALLEN, 'gesloten');
    for (const s of suggesties) {
      sluit(s, SuggestieStatus.VERVALLEN, nu, reden);
      this.opdrachten.plan(em, onderdeelId, s.afspraak.id, { suggestie: s.id, actie: 'VERWORPEN' });
    }
    await em.flush();
    for (const v of voorstellen)
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          actie: AuditActie.VOORSTEL_VERVALLEN,
          onderwerpSoort: 'Wijzigingsvoorstel',
          onderwerpId: v.id,
          gegevens: { reden },
        },
        em,
      );
    for (const s of suggesties)
      await schrijfSuggestieAudit(this.audit, em, actor, null, overeenkomstId, s, {
        actie: AuditActie.SUGGESTIE_VERVALLEN,
        reden,
      });
    return open;
  }
}

/** Something still open in an onderdeel, as freezing names it. */
export interface OpenStuk {
  soort: 'voorstel' | 'suggestie';
  id: string;
  afspraakId: string | null;
  /** The afspraak's number; null for a proposed new afspraak. */
  nummer: string | null;
  partij: string;
  tekst: string;
}

/** Freezing refused: the Dutch message names every open item. */
export function openVoorstellenFout(open: OpenStuk[]): AppError {
  const regels = open.map(
    (o) =>
      `${o.nummer ? `afspraak ${o.nummer}` : 'nieuwe afspraak'} (${o.partij}): ${
        o.soort === 'voorstel' ? `wijzigingsvoorstel "${o.tekst}"` : `suggestie (${o.tekst})`
      }`,
  );
  return new AppError(
    ErrorCode.OPEN_VOORSTELLEN,
    `Er staat nog iets open in dit onderdeel: ${regels.join('; ')}. Laat de ondertekenaars dit eerst beoordelen of intrekken, of laat het vervallen met een reden`,
    'input.vervallenReden',
  );
}

/** A short piece of text for a list: at most 60 characters, on one line. */
function kort(tekst: string): string {
  const regel = tekst.replace(/\s+/g, ' ').trim();
  return regel.length > 60 ? `${regel.slice(0, 57)}…` : regel;
}
