import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { afspraakInJaar } from '../jaarschijven/afspraak-in-jaar';
import { dag } from '../jaarcyclus/kalender';
import { Jaarschijf, JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Partij } from '../partijen/partij.entity';
import { PermissionsService } from '../partijen/permissions.service';
import type { VerantwoordingInput, VerantwoordingOverzichtModel } from './verantwoording.models';
import { Verantwoording, type VerantwoordingStatus } from './verantwoording.entity';

@Injectable()
export class VerantwoordingService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /** The trekker reports on an afspraak over a year that has ended. */
  async verantwoord(actor: Actor, input: VerantwoordingInput): Promise<void> {
    const trekker = await this.permissions.verantwoorden(actor, input.afspraakId);
    const vanaf = dag(input.jaar + 1, '01-01');
    if (this.klok.nu() < vanaf) {
      throw new AppError(
        ErrorCode.TE_VROEG,
        `De verantwoording over ${input.jaar} kan vanaf 1 januari ${input.jaar + 1}, als het jaar voorbij is`,
        'input.jaar',
      );
    }
    const rij = await afspraakInJaar(this.em, input.afspraakId, input.jaar);
    if (rij.status === JaarschijfStatus.GEEVALUEERD) {
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        `${input.jaar} is al geëvalueerd en afgesloten; de verantwoording ligt vast`,
        'input.jaar',
      );
    }
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

  /**
   * The verantwoording over one year: per afspraak that applies in it, what its trekker reported
   * and which indicators measuring it still lack a realisatie — what the gemeente is waiting for.
   */
  async overzicht(overeenkomstId: string, jaar: number): Promise<VerantwoordingOverzichtModel> {
    const connection = this.em.getConnection();
    const [jaarschijf] = await connection.execute<{ id: string; status: string }[]>(
      'select id, status from jaarschijf where overeenkomst_id = ? and jaar = ?',
      [overeenkomstId, jaar],
      'all',
    );
    if (!jaarschijf) throw notFound('Jaarschijf', String(jaar));
    const afspraken = await connection.execute<
      {
        id: string;
        nummer: string;
        titel: string;
        trekker: string;
        status: VerantwoordingStatus | null;
        toelichting: string | null;
        door: string | null;
        datum: string | null;
      }[]
    >(
      `select a.id, a.nummer, a.titel, p.naam as trekker, v.status, v.toelichting, g.naam as door, v.updated_at as datum
         from afspraak a join afspraak_jaarschijf aj on aj.afspraak_id = a.id and aj.jaarschijf_id = ?
         join onderdeel o on o.id = a.onderdeel_id join partij p on p.id = a.trekker_id
         left join verantwoording v on v.afspraak_id = a.id and v.jaarschijf_id = aj.jaarschijf_id
         left join gebruiker g on g.id = v.door_id
        order by o.volgorde, a.volgorde`,
      [jaarschijf.id],
      'all',
    );
    const ontbrekend = await connection.execute<{ afspraak_id: string; naam: string }[]>(
      `select ia.afspraak_id, i.naam from indicator_afspraak ia join indicator i on i.id = ia.indicator_id
        where i.overeenkomst_id = ?
          and not exists (select 1 from realisatie r where r.indicator_id = i.id and r.jaarschijf_id = ?)
        order by i.naam`,
      [overeenkomstId, jaarschijf.id],
      'all',
    );
    const rijen = afspraken.map((a) => ({
      afspraakId: a.id,
      nummer: a.nummer,
      titel: a.titel,
      trekker: a.trekker,
      status: a.status,
      toelichting: a.toelichting,
      door: a.door,
      datum: a.datum ? new Date(a.datum) : null,
      ontbrekendeRealisaties: ontbrekend.filter((o) => o.afspraak_id === a.id).map((o) => o.naam),
    }));
    return {
      jaar,
      jaarschijfId: jaarschijf.id,
      afspraken: rijen,
      totaal: rijen.length,
      ingediend: rijen.filter((r) => r.status).length,
      ontbrekend: rijen.filter((r) => !r.status).length,
      realisatiesOntbrekend: new Set(ontbrekend.map((o) => o.naam)).size,
    };
  }
}
