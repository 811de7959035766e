import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import type { PmNode } from '../collaboration/prosemirror';
import { Indicator, Streefwaarde } from '../indicatoren/indicator.entity';
import { applyStreefwaarde } from '../indicatoren/streefwaarde';
import { JaarschijfStatusService } from '../jaarschijven/jaarschijf-status.service';
import { Jaarschijf, JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { openAddendum } from '../ondertekening/addendum';
import type { Afspraak } from '../overeenkomsten/afspraak.entity';
import { AfsprakenService } from '../overeenkomsten/afspraken.service';
import { OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import { bevroren } from '../overeenkomsten/onderdeel-inhoud';
import { vergrendelOnderdeel } from '../overeenkomsten/onderdeel-inhoud.reader';
import { type Bijstelling, Evaluatie, EvaluatieBesluit } from './evaluatie.entity';

/** What is done once the transaction that closed an evaluation has committed. */
export interface NaSluiten {
  gesloten: boolean;
  teksten: { onderdeelId: string; afspraakId: string; inhoud: PmNode | null; tekst: string }[];
  addenda: boolean;
}

/**
 * Closing the year, inside the transaction of the last confirmation: the besluiten take effect
 * (carried into the next jaarschijf, new streefwaarden, taken off later years) and the jaarschijf
 * becomes geëvalueerd.
 */
@Injectable()
export class EvaluatieAfsluiting {
  constructor(
    private readonly audit: AuditService,
    private readonly afspraken: AfsprakenService,
    private readonly jaarschijven: JaarschijfStatusService,
  ) {}

  async sluit(
    em: EntityManager,
    actor: Actor,
    overeenkomstId: string,
    jaarschijf: Jaarschijf,
  ): Promise<NaSluiten> {
    const jaar = jaarschijf.jaar;
    const na: NaSluiten = { gesloten: true, teksten: [], addenda: false };
    const evaluaties = await em.find(
      Evaluatie,
      { jaarschijf: jaarschijf.id },
      {
        populate: [
          'afspraak',
          'afspraak.jaarschijven.jaarschijf',
          'afspraak.betrokkenen',
          'afspraak.indicatoren',
        ],
        orderBy: { afspraak: { volgorde: 'asc' } },
      },
    );
    const volgend = await em.findOne(Jaarschijf, { overeenkomst: overeenkomstId, jaar: jaar + 1 });
    const later = (a: Afspraak) =>
      a.jaarschijven.getItems().filter((aj) => aj.jaarschijf.getEntity().jaar > jaar);
    const wijzigtOnderdeel = (e: Evaluatie) =>
      e.besluit === EvaluatieBesluit.DOORZETTEN ||
      ((e.besluit === EvaluatieBesluit.AFGEROND || e.besluit === EvaluatieBesluit.VERVALLEN) &&
        later(e.afspraak.getEntity()).length > 0);

    // Changing a signed onderdeel is an addendum, to be signed again; one under signature waits.
    const onderdeelIds = [
      ...new Set(
        evaluaties.filter(wijzigtOnderdeel).map((e) => e.afspraak.getEntity().onderdeel.id),
      ),
    ];
    for (const onderdeelId of onderdeelIds) {
      const { titel, status } = await vergrendelOnderdeel(em, onderdeelId);
      if (status === OnderdeelStatus.TER_ONDERTEKENING) throw bevroren(titel);
      if (status === OnderdeelStatus.ONDERTEKEND) {
        await openAddendum(em, this.audit, {
          overeenkomstId,
          actor,
          onderdeelId,
          reden: `Besluiten uit de evaluatie van ${jaar}`,
        });
        na.addenda = true;
      }
    }

    for (const e of evaluaties) {
      const afspraak = e.afspraak.getEntity();
      if (e.besluit === EvaluatieBesluit.AFGEROND || e.besluit === EvaluatieBesluit.VERVALLEN) {
        afspraak.jaarschijven.remove(later(afspraak));
      } else if (e.besluit === EvaluatieBesluit.BIJSTELLEN) {
        for (const b of e.bijstellingen) await this.stelBij(em, overeenkomstId, b);
      } else if (volgend) {
        const notitie = `Doorgezet uit de evaluatie van ${jaar}: ${e.conclusie}`;
        const daar = afspraak.jaarschijven.getItems().find((aj) => aj.jaarschijf.id === volgend.id);
        if (daar) {
          daar.concretisering = daar.concretisering
            ? `${daar.concretisering}\n${notitie}`
            : notitie;
          e.vervolg = ref(afspraak);
        } else {
          const vervolg = await this.afspraken.vervolg(afspraak, volgend, notitie);
          e.vervolg = ref(vervolg);
          na.teksten.push({
            onderdeelId: afspraak.onderdeel.id,
            afspraakId: vervolg.id,
            inhoud: (afspraak.tekstJson as PmNode | null | undefined) ?? null,
            tekst: afspraak.tekst,
          });
        }
      }
    }
    await em.flush();

    await this.jaarschijven.zet(
      em,
      actor,
      jaarschijf,
      JaarschijfStatus.GEEVALUEERD,
      'evaluatie afgesloten',
    );
    const telling = Object.fromEntries(
      Object.values(EvaluatieBesluit).map((b) => [
        b.toLowerCase(),
        evaluaties.filter((e) => e.besluit === b).length,
      ]),
    );
    await this.audit.schrijf(
      {
        overeenkomstId,
        actor,
        actie: AuditActie.EVALUATIE_GESLOTEN,
        onderwerpSoort: 'Jaarschijf',
        onderwerpId: jaarschijf.id,
        gegevens: {
          jaar,
          besluiten: telling,
          doorgezet: evaluaties
            .filter((e) => e.besluit === EvaluatieBesluit.DOORZETTEN)
            .map((e) => e.afspraak.getEntity().nummer),
          addenda: onderdeelIds.length,
        },
      },
      em,
    );
    return na;
  }

  private async stelBij(em: EntityManager, overeenkomstId: string, b: Bijstelling): Promise<void> {
    const jaarschijf = await em.findOneOrFail(Jaarschijf, {
      overeenkomst: overeenkomstId,
      jaar: b.jaar,
    });
    // By year: a horizon target set before the periode reached this year is the one adjusted.
    let streefwaarde = await em.findOne(Streefwaarde, {
      indicator: b.indicatorId,
      jaar: b.jaar,
      locatie: null,
    });
    if (streefwaarde) streefwaarde.jaarschijf ??= ref(jaarschijf);
    if (!streefwaarde) {
      streefwaarde = new Streefwaarde(
        em.getReference(Indicator, b.indicatorId),
        jaarschijf,
        b.soort,
      );
      em.persist(streefwaarde);
    }
    applyStreefwaarde(streefwaarde, b);
  }
}
