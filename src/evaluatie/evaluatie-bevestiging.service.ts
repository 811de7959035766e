import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { AppError, ErrorCode } from '../common/app-error';
import { crashpunt } from '../common/crashpunt';
import { Klok } from '../common/klok';
import { type Toestemming, toestemming } from '../common/toestemming';
import { dag, type Kalender } from '../jaarcyclus/kalender';
import { JaarcyclusService } from '../jaarcyclus/jaarcyclus.service';
import { magEvaluatieAfsluiten } from '../jaarschijven/jaarschijf-cyclus';
import { JaarschijfStatusService } from '../jaarschijven/jaarschijf-status.service';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { hoofddocumentVan } from '../overeenkomsten/onderdeel-inhoud.reader';
import { LidRol } from '../partijen/lidmaatschap.entity';
import { Partij } from '../partijen/partij.entity';
import { PermissionsService } from '../partijen/permissions.service';
import { ToegangEvents } from '../partijen/toegang-events';
import { EvaluatieAfsluiting, type NaSluiten } from './evaluatie-afsluiting';
import { EvaluatieOverzichtReader } from './evaluatie-overzicht.reader';
import { EvaluatieBevestiging } from './evaluatie.entity';
import type { BevestigEvaluatieInput } from './evaluatie.models';

/**
 * The evaluatie in juni, second half: each signing partij of the hoofddocument confirms the
 * driehoek's judgements. The last confirmation closes the year (`EvaluatieAfsluiting`); the
 * carried-over texts go into the documents after the commit.
 */
@Injectable()
export class EvaluatieBevestigingService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
    private readonly jaarcyclus: JaarcyclusService,
    private readonly jaarschijven: JaarschijfStatusService,
    private readonly afsluiting: EvaluatieAfsluiting,
    private readonly reader: EvaluatieOverzichtReader,
    private readonly opdrachten: DocumentOpdrachten,
    private readonly toegang: ToegangEvents,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  /**
   * Whether the person may confirm the evaluatie of this jaarschijf for partij `partijId` now: the
   * same checks as `bevestig`, without the row lock.
   */
  async magBevestigen(
    actor: Actor,
    overeenkomstId: string,
    jaarschijfId: string,
    partijId: string,
  ): Promise<Toestemming> {
    return toestemming(async () => {
      const hoofd = await hoofddocumentVan(this.em, overeenkomstId);
      const namens = await this.namens(actor, hoofd, partijId, jaarschijfId);
      const kalender = await this.jaarcyclus.kalender(overeenkomstId);
      const j = await this.em.findOneOrFail(Jaarschijf, { id: jaarschijfId });
      await this.controleer(this.em, j, kalender, namens);
    });
  }

  private namens(actor: Actor, hoofd: string, partijId: string | undefined, jaarschijfId: string) {
    return this.permissions.namensOndertekenaar(
      actor,
      hoofd,
      partijId,
      [LidRol.ONDERTEKENAAR],
      'Het afsluiten van de evaluatie',
      'Jaarschijf',
      jaarschijfId,
    );
  }

  /** The year may be closed (status, calendar), all is judged, and this partij did not yet confirm. */
  private async controleer(
    em: EntityManager,
    j: Jaarschijf,
    kalender: Kalender,
    namens: { partijId: string; partijNaam: string },
  ): Promise<void> {
    magEvaluatieAfsluiten(j, dag(j.jaar + 1, kalender.evaluatieVan), this.klok.nu());
    const open = await this.reader.nietBeoordeeld(em, j.id);
    if (open.length > 0) {
      throw new AppError(
        ErrorCode.EVALUATIE_ONVOLLEDIG,
        `Nog niet geëvalueerd: ${open.length === 1 ? 'afspraak' : `${open.length} afspraken`} ${open
          .slice(0, 12)
          .join(', ')}${open.length > 12 ? ', …' : ''}`,
      );
    }
    if (await em.count(EvaluatieBevestiging, { jaarschijf: j.id, partij: namens.partijId })) {
      throw new AppError(
        ErrorCode.AL_AANWEZIG,
        `${namens.partijNaam} heeft de evaluatie van ${j.jaar} al bevestigd`,
      );
    }
  }

  async bevestig(
    actor: Actor,
    input: BevestigEvaluatieInput,
  ): Promise<{ overeenkomstId: string; jaar: number }> {
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'jaarschijf',
      input.jaarschijfId,
      'Jaarschijf',
    );
    const hoofd = await hoofddocumentVan(this.em, overeenkomstId);
    const namens = await this.namens(actor, hoofd, input.partijId, input.jaarschijfId);
    // Read before the transaction: on the embedded database it holds the only connection.
    const kalender = await this.jaarcyclus.kalender(overeenkomstId);
    const nodig = await this.reader.bevestigers(this.em, hoofd, input.jaarschijfId);
    const na: NaSluiten = { gesloten: false, teksten: [], addenda: false };
    crashpunt('evaluatie:start', input.jaarschijfId);
    const jaar = await this.em.transactional(async (em) => {
      const j = await this.jaarschijven.vergrendel(em, input.jaarschijfId);
      await this.controleer(em, j, kalender, namens);
      em.persist(
        new EvaluatieBevestiging(
          ref(Jaarschijf, input.jaarschijfId),
          ref(Partij, namens.partijId),
          ref(Gebruiker, actor.gebruikerId),
        ),
      );
      await em.flush();
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          partij: { id: namens.partijId, naam: namens.partijNaam },
          actie: AuditActie.EVALUATIE_BEVESTIGD,
          onderwerpSoort: 'Jaarschijf',
          onderwerpId: input.jaarschijfId,
          gegevens: { jaar: j.jaar },
        },
        em,
      );
      const bevestigd = await em.find(
        EvaluatieBevestiging,
        { jaarschijf: input.jaarschijfId },
        { fields: ['partij'] },
      );
      const ontbreekt = nodig.filter((p) => !bevestigd.some((b) => b.partij.id === p.partijId));
      if (ontbreekt.length === 0) {
        Object.assign(na, await this.afsluiting.sluit(em, actor, overeenkomstId, j));
        crashpunt('evaluatie:na-sluiten', input.jaarschijfId);
        // The carried-over afspraken' text goes into the documents with the commit (see
        // DocumentOpdrachten): a crash cannot leave a copy without it.
        for (const t of na.teksten) {
          if (t.inhoud) this.opdrachten.plan(em, t.onderdeelId, t.afspraakId, { inhoud: t.inhoud });
          else if (t.tekst)
            this.opdrachten.plan(em, t.onderdeelId, t.afspraakId, { tekst: t.tekst });
        }
        await em.flush();
      }
      return j.jaar;
    });
    crashpunt('evaluatie:na-commit', input.jaarschijfId);
    for (const onderdeelId of new Set(na.teksten.map((t) => t.onderdeelId)))
      await this.opdrachten.voerUit(onderdeelId);
    if (na.addenda) await this.toegang.gewijzigd();
    this.gebeurtenissen.publiceer({
      soort: na.gesloten ? GebeurtenisSoort.EVALUATIE_GESLOTEN : GebeurtenisSoort.EVALUATIE,
      overeenkomstId,
      onderdeelId: hoofd,
      afspraakId: null,
      onderwerpId: input.jaarschijfId,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: namens.partijNaam,
    });
    return { overeenkomstId, jaar };
  }
}
