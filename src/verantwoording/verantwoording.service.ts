import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { TeVroeg, toestemming } from '../common/toestemming';
import { afspraakInJaar } from '../jaarschijven/afspraak-in-jaar';
import { inUitvoeringGenomen, naHetJaar } from '../jaarschijven/jaarschijf-cyclus';
import { Jaarschijf, JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Partij } from '../partijen/partij.entity';
import { PermissionsService } from '../partijen/permissions.service';
import type { VerantwoordingInput, VerantwoordingOverzichtModel } from './verantwoording.models';
import { VerantwoordingOverzichtReader } from './verantwoording-overzicht.reader';
import { Verantwoording } from './verantwoording.entity';

@Injectable()
export class VerantwoordingService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
    private readonly reader: VerantwoordingOverzichtReader,
  ) {}

  /** The trekker reports on an afspraak over a year that has ended. */
  async verantwoord(actor: Actor, input: VerantwoordingInput): Promise<void> {
    const { trekker, rij } = await this.toets(actor, input.afspraakId, input.jaar);
    await this.em.transactional(async (em) => {
      const bestaand = await em.findOne(Verantwoording, {
        afspraak: input.afspraakId,
        jaarschijf: rij.jaarschijfId,
      });
      const velden = {
        status: input.status,
        toelichting: input.toelichting,
        partij: ref(Partij, trekker.partijId),
        door: ref(Gebruiker, actor.gebruikerId),
      };
      if (bestaand) Object.assign(bestaand, velden);
      else
        em.persist(
          new Verantwoording({
            afspraak: ref(Afspraak, input.afspraakId),
            jaarschijf: ref(Jaarschijf, rij.jaarschijfId),
            ...velden,
          }),
        );
      await em.flush();
      await this.audit.schrijf(
        {
          overeenkomstId: trekker.overeenkomstId,
          actor,
          partij: { id: trekker.partijId, naam: trekker.partijNaam },
          actie: AuditActie.VERANTWOORDING,
          onderwerpSoort: 'Afspraak',
          onderwerpId: input.afspraakId,
          gegevens: {
            nummer: rij.nummer,
            jaar: input.jaar,
            status: input.status,
            toelichting: input.toelichting,
          },
        },
        em,
      );
    });
  }

  /** The checks of a verantwoording, in order: the person (trekker), the year, its status. */
  private async toets(actor: Actor, afspraakId: string, jaar: number) {
    const trekker = await this.permissions.verantwoorden(actor, afspraakId);
    const rij = await afspraakInJaar(this.em, afspraakId, jaar);
    jaarOpenVoorVerantwoording(jaar, rij.status, this.klok.nu());
    return { trekker, rij };
  }

  /**
   * The verantwoording over one year: per afspraak that applies in it, what its trekker reported
   * and which indicators measuring it still lack a realisatie — what the gemeente is waiting for.
   */
  async overzicht(
    actor: Actor,
    overeenkomstId: string,
    jaar: number,
  ): Promise<VerantwoordingOverzichtModel> {
    const jaarschijf = await this.em.findOne(
      Jaarschijf,
      { overeenkomst: overeenkomstId, jaar },
      { fields: ['id', 'status'] },
    );
    if (!jaarschijf) throw notFound('Jaarschijf', String(jaar));
    const afspraken = await this.reader.afspraken(jaarschijf.id);
    const ontbrekend = await this.reader.ontbrekendeRealisaties(overeenkomstId, jaarschijf.id);
    const jaarOpen = await toestemming(() =>
      jaarOpenVoorVerantwoording(jaar, jaarschijf.status, this.klok.nu()),
    );
    const rijen = [];
    for (const a of afspraken) {
      // Per afspraak only the trekker may; asked only when the year itself is open.
      const mag = jaarOpen.mag
        ? await toestemming(() => this.toets(actor, a.afspraakId, jaar))
        : jaarOpen;
      rijen.push({
        ...a,
        magVerantwoorden: mag,
        ontbrekendeRealisaties: ontbrekend
          .filter((o) => o.afspraakId === a.afspraakId)
          .map((o) => o.naam),
      });
    }
    return {
      jaar,
      jaarschijfId: jaarschijf.id,
      gevraagd: inUitvoeringGenomen(jaarschijf.status),
      magVerantwoorden: jaarOpen,
      afspraken: rijen,
      totaal: rijen.length,
      ingediend: rijen.filter((r) => r.status).length,
      ontbrekend: rijen.filter((r) => !r.status).length,
      realisatiesOntbrekend: new Set(ontbrekend.map((o) => o.naam)).size,
    };
  }
}

/** Over a year once it has ended, and until the evaluatie has closed it. */
function jaarOpenVoorVerantwoording(jaar: number, status: JaarschijfStatus, op: Date): void {
  if (op < naHetJaar(jaar)) {
    throw new TeVroeg(
      `Verantwoorden over ${jaar} kan vanaf 1 januari ${jaar + 1}, als het jaar voorbij is`,
      naHetJaar(jaar),
      'input.jaar',
    );
  }
  if (status === JaarschijfStatus.GEEVALUEERD) {
    throw new AppError(
      ErrorCode.STATUS_ONJUIST,
      `${jaar} is al geëvalueerd en afgesloten; de verantwoording ligt vast`,
      'input.jaar',
    );
  }
}
