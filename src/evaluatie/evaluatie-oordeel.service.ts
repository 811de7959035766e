import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { AppError, ErrorCode, invalid } from '../common/app-error';
import { Klok } from '../common/klok';
import { TeVroeg, type Toestemming, toestemming } from '../common/toestemming';
import { Indicator, type Streefwaarde } from '../indicatoren/indicator.entity';
import { applyStreefwaarde } from '../indicatoren/streefwaarde';
import { afspraakInJaar } from '../jaarschijven/afspraak-in-jaar';
import { magBeoordelen, naHetJaar } from '../jaarschijven/jaarschijf-cyclus';
import { JaarschijfStatusService } from '../jaarschijven/jaarschijf-status.service';
import { Jaarschijf, type JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { hoofddocumentVan } from '../overeenkomsten/onderdeel-inhoud.reader';
import { BEWERK_ROLLEN } from '../partijen/lidmaatschap.entity';
import { Partij } from '../partijen/partij.entity';
import { PermissionsService } from '../partijen/permissions.service';
import {
  type Bijstelling,
  Evaluatie,
  EvaluatieBesluit,
  EvaluatieBevestiging,
} from './evaluatie.entity';
import type { EvaluatieInput } from './evaluatie.models';

const DOOR_DE_DRIEHOEK = 'De evaluatie (door de driehoek: de ondertekenaars van het hoofddocument)';

/**
 * The evaluatie in juni, first half: the driehoek judges every afspraak of the year just ended
 * (stoplicht, conclusie, les, besluit). A changed judgement asks everyone to confirm again.
 */
@Injectable()
export class EvaluatieOordeelService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
    private readonly jaarschijven: JaarschijfStatusService,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  async evalueer(actor: Actor, input: EvaluatieInput): Promise<string> {
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'afspraak',
      input.afspraakId,
      'Afspraak',
    );
    const hoofd = await hoofddocumentVan(this.em, overeenkomstId);
    const namens = await this.namens(actor, hoofd, input.partijId, 'Afspraak', input.afspraakId);
    jaarVoorbij(input.jaar, this.klok.nu());
    const rij = await afspraakInJaar(this.em, input.afspraakId, input.jaar);
    magBeoordelen({ jaar: input.jaar, status: rij.status });
    const bijstellingen = await this.bijstellingen(input, overeenkomstId);
    if (input.besluit === EvaluatieBesluit.DOORZETTEN) {
      if (
        !(await this.em.count(Jaarschijf, { overeenkomst: overeenkomstId, jaar: input.jaar + 1 }))
      ) {
        throw invalid(
          'input.besluit',
          `Er is geen jaarschijf ${input.jaar + 1} in deze overeenkomst; doorzetten kan niet — kies afgerond of vervallen, of neem de afspraak op in de volgende overeenkomst`,
          ErrorCode.JAAR_BUITEN_PERIODE,
        );
      }
    }
    const jaarschijfId = rij.jaarschijfId;
    await this.em.transactional(async (em) => {
      await this.jaarschijven.vergrendel(em, jaarschijfId);
      const bestaand = await em.findOne(Evaluatie, {
        afspraak: input.afspraakId,
        jaarschijf: jaarschijfId,
      });
      const velden = {
        stoplicht: input.stoplicht,
        conclusie: input.conclusie,
        les: input.les ?? '',
        besluit: input.besluit,
        partij: ref(Partij, namens.partijId),
        door: ref(Gebruiker, actor.gebruikerId),
      };
      if (bestaand) Object.assign(bestaand, velden, { bijstellingen });
      else {
        const evaluatie = new Evaluatie({
          afspraak: ref(Afspraak, input.afspraakId),
          jaarschijf: ref(Jaarschijf, jaarschijfId),
          ...velden,
        });
        evaluatie.bijstellingen = bijstellingen;
        em.persist(evaluatie);
      }
      await em.flush();
      // A changed judgement asks everyone to look again before the year is closed.
      const vervallen = await em.nativeDelete(EvaluatieBevestiging, { jaarschijf: jaarschijfId });
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          partij: { id: namens.partijId, naam: namens.partijNaam },
          actie: AuditActie.EVALUATIE,
          onderwerpSoort: 'Afspraak',
          onderwerpId: input.afspraakId,
          gegevens: {
            nummer: rij.nummer,
            jaar: input.jaar,
            stoplicht: input.stoplicht,
            conclusie: input.conclusie,
            les: input.les ?? '',
            besluit: input.besluit,
            bijstellingen,
            bevestigingenVervallen: vervallen,
          },
        },
        em,
      );
    });
    this.gebeurtenissen.publiceer({
      soort: GebeurtenisSoort.EVALUATIE,
      overeenkomstId,
      onderdeelId: hoofd,
      afspraakId: input.afspraakId,
      onderwerpId: jaarschijfId,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: namens.partijNaam,
    });
    return overeenkomstId;
  }

  /**
   * Whether the person may judge the afspraken of this year now: the same checks as `evalueer`,
   * in the same order (who, the calendar, the status), without an afspraak.
   */
  async magEvalueren(
    actor: Actor,
    overeenkomstId: string,
    jaarschijf: { id: string; jaar: number; status: JaarschijfStatus },
  ): Promise<Toestemming> {
    return toestemming(async () => {
      const hoofd = await hoofddocumentVan(this.em, overeenkomstId);
      await this.namens(actor, hoofd, undefined, 'Jaarschijf', jaarschijf.id);
      jaarVoorbij(jaarschijf.jaar, this.klok.nu());
      magBeoordelen(jaarschijf);
    });
  }

  private namens(
    actor: Actor,
    hoofd: string,
    partijId: string | undefined,
    soort: string,
    id: string,
  ) {
    return this.permissions.namensOndertekenaar(
      actor,
      hoofd,
      partijId,
      BEWERK_ROLLEN,
      DOOR_DE_DRIEHOEK,
      soort,
      id,
    );
  }

  /** New targets of a BIJSTELLEN besluit, checked now so closing the year cannot fail on them. */
  private async bijstellingen(
    input: EvaluatieInput,
    overeenkomstId: string,
  ): Promise<Bijstelling[]> {
    const lijst = input.streefwaarden ?? [];
    if (input.besluit !== EvaluatieBesluit.BIJSTELLEN) {
      if (lijst.length > 0) {
        throw invalid(
          'input.streefwaarden',
          'Nieuwe streefwaarden horen bij het besluit bijstellen',
        );
      }
      return [];
    }
    if (lijst.length === 0) {
      throw invalid(
        'input.streefwaarden',
        'Bij bijstellen horen de nieuwe streefwaarden (indicator, jaar en waarde)',
      );
    }
    const gemeten = await this.em.find(
      Indicator,
      { afspraken: input.afspraakId },
      { fields: ['id'] },
    );
    const jaren = await this.em.find(
      Jaarschijf,
      { overeenkomst: overeenkomstId },
      { fields: ['jaar'] },
    );
    return lijst.map((s, i) => {
      const veld = `input.streefwaarden.${i}`;
      if (!gemeten.some((g) => g.id === s.indicatorId)) {
        throw invalid(
          `${veld}.indicatorId`,
          'Deze indicator meet de afspraak niet; koppel hem eerst aan de afspraak',
        );
      }
      if (s.jaar <= input.jaar || !jaren.some((j) => j.jaar === s.jaar)) {
        throw invalid(
          `${veld}.jaar`,
          `Een bijgestelde streefwaarde geldt voor een later jaar van de overeenkomst dan ${input.jaar}`,
          ErrorCode.JAAR_BUITEN_PERIODE,
        );
      }
      const proef = {} as Streefwaarde;
      try {
        applyStreefwaarde(proef, s);
      } catch (error) {
        if (error instanceof AppError && typeof error.extensions.veld === 'string')
          error.extensions.veld = error.extensions.veld.replace(/^input/, veld);
        throw error;
      }
      return {
        indicatorId: s.indicatorId,
        jaar: s.jaar,
        soort: s.soort,
        waarde: proef.waarde ?? null,
        min: proef.min ?? null,
        max: proef.max ?? null,
        effect: proef.effect ?? null,
      };
    });
  }
}

/** A year is judged once it has ended. */
function jaarVoorbij(jaar: number, op: Date): void {
  if (op < naHetJaar(jaar)) {
    throw new TeVroeg(
      `Evalueren van ${jaar} kan vanaf 1 januari ${jaar + 1}, als het jaar voorbij is`,
      naHetJaar(jaar),
      'input.jaar',
    );
  }
}
