import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { CollabServer } from '../collaboration/collab.server';
import { CollabStore } from '../collaboration/collab.store';
import { DocumentOpdracht } from '../collaboration/document-opdracht.entity';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { AppError, ErrorCode } from '../common/app-error';
import { crashpunt } from '../common/crashpunt';
import { JaarschijfStatusService } from '../jaarschijven/jaarschijf-status.service';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { StandpuntenService } from '../onderhandeling/standpunten.service';
import { Onderdeel, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import {
  OnderdeelInhoudReader,
  vergrendelConcept,
} from '../overeenkomsten/onderdeel-inhoud.reader';
import { PermissionsService } from '../partijen/permissions.service';
import { openVoorstellenFout, OpenStukkenService } from '../suggesties/open-stukken.service';
import { ToegangEvents } from '../partijen/toegang-events';
import { eisAkkoord } from './akkoord';
import type { BevriesInput } from './ondertekening.inputs';
import { versieGebeurtenis } from './versie-gebeurtenis';
import { legVersieVast } from './versie-vastleggen';

/** Lays an onderdeel before the signatories: freezes it and records an immutable version. */
@Injectable()
export class BevriezingService {
  constructor(
    private readonly em: EntityManager,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly collab: CollabServer,
    private readonly collabStore: CollabStore,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly standpunten: StandpuntenService,
    private readonly toegang: ToegangEvents,
    private readonly jaarschijven: JaarschijfStatusService,
    private readonly opdrachten: DocumentOpdrachten,
    private readonly openStukken: OpenStukkenService,
  ) {}

  /**
   * Freezes an onderdeel for signing and returns the new version's id. The co-editor's document
   * becomes read-only and its final state is taken first; then one transaction locks the
   * onderdeel, checks the akkoord again on exactly that state (typing during the freeze cannot
   * slip unagreed text into the version), and writes the status, the version, the audit entry
   * and the jaarschijf's follow-up together: a crash anywhere leaves the draft as it was, or
   * the whole freeze.
   */
  async bevries(actor: Actor, input: BevriesInput): Promise<string> {
    const onderdeelId = input.onderdeelId;
    const overeenkomstId = await this.permissions.regieVia(
      actor,
      'onderdeel',
      onderdeelId,
      'Onderdeel',
      'Een onderdeel ter ondertekening voorleggen',
    );
    eisAkkoord(await this.standpunten.matrix(onderdeelId), input.overrideReden);
    await this.sluitOpenVoorstellen(actor, overeenkomstId, onderdeelId, input.vervallenReden);
    // Text a committed command still owes the document (a restore, an accepted proposal) goes in
    // first: the version must hold it.
    await this.opdrachten.voerUit(onderdeelId);
    crashpunt('bevries:start', onderdeelId);
    const versie = await this.collab.bevries(onderdeelId, (state) =>
      this.em.transactional(async (em) => {
        await vergrendelConcept(em, onderdeelId);
        await this.collabStore.eisVolledig(onderdeelId, state, em);
        if (await em.count(DocumentOpdracht, { onderdeel: onderdeelId })) {
          throw new AppError(
            ErrorCode.STATUS_ONJUIST,
            'Er wordt nog een wijziging in de tekst van dit onderdeel verwerkt; bevries het zo opnieuw',
          );
        }
        // A suggestion or proposal made while the others were closed (the document is
        // materialised up to this state): the version would hold it, so nothing is frozen.
        const nogOpen = await this.openStukken.open(em, onderdeelId);
        if (nogOpen.length) throw openVoorstellenFout(nogOpen);
        const inhoud = await this.inhoud.lees(onderdeelId, em);
        const matrix = await this.standpunten.matrixVan(inhoud, em);
        eisAkkoord(matrix, input.overrideReden);
        await em.nativeUpdate(
          Onderdeel,
          { id: onderdeelId },
          { status: OnderdeelStatus.TER_ONDERTEKENING },
        );
        crashpunt('bevries:na-status', onderdeelId);
        const { versie, basis } = await legVersieVast(em, {
          overeenkomstId,
          onderdeelId,
          gebruikerId: actor.gebruikerId,
          state,
          inhoud,
          overrideReden: matrix.iedereenAkkoord ? null : (input.overrideReden ?? null),
        });
        await em.flush();
        crashpunt('bevries:na-versie', onderdeelId);
        await this.audit.schrijf(
          {
            overeenkomstId,
            actor,
            actie: AuditActie.BEVROREN,
            onderwerpSoort: 'OnderdeelVersie',
            onderwerpId: versie.id,
            gegevens: {
              onderdeelId,
              titel: inhoud.titel,
              versie: versie.nummer,
              hash: versie.hash,
              addendumOp: basis?.nummer ?? null,
              overrideReden: versie.overrideReden,
              standpunten: matrix.telling,
            },
          },
          em,
        );
        crashpunt('bevries:na-audit', onderdeelId);
        await this.jaarschijven.volgHoofddocument(em, actor, onderdeelId, 'BEVROREN');
        return versie;
      }),
    );
    crashpunt('bevries:na-commit', onderdeelId);
    await this.toegang.gewijzigd();
    this.gebeurtenissen.publiceer(
      versieGebeurtenis(GebeurtenisSoort.BEVROREN, actor, null, {
        overeenkomstId,
        onderdeelId,
        onderwerpId: versie.id,
      }),
    );
    return versie.id;
  }

  /**
   * Freezing closes the books: open wijzigingsvoorstellen and suggestions refuse it, unless the
   * regie gives a reason to let them lapse. Then they are closed as VERVALLEN (audited), and the
   * suggestions reverted in the text before the version is taken, so it holds no marks. Their
   * akkoord is on the accepted text, which reverting leaves as it is.
   */
  private async sluitOpenVoorstellen(
    actor: Actor,
    overeenkomstId: string,
    onderdeelId: string,
    vervallenReden: string | undefined,
  ): Promise<void> {
    const open = await this.openStukken.open(this.em.fork(), onderdeelId);
    if (open.length === 0) return;
    const reden = vervallenReden?.trim();
    if (!reden) throw openVoorstellenFout(open);
    const gesloten = await this.em.transactional(async (em) => {
      await vergrendelConcept(em, onderdeelId);
      return this.openStukken.laatVervallen(em, actor, overeenkomstId, onderdeelId, reden);
    });
    for (const stuk of gesloten)
      this.gebeurtenissen.publiceer({
        soort: stuk.soort === 'voorstel' ? GebeurtenisSoort.VOORSTEL : GebeurtenisSoort.SUGGESTIE,
        overeenkomstId,
        onderdeelId,
        afspraakId: stuk.afspraakId,
        onderwerpId: stuk.id,
        door: actor.naam,
        doorId: actor.gebruikerId,
        partij: null,
      });
  }
}
