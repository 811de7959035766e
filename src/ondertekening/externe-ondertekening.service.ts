import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { CollabServer } from '../collaboration/collab.server';
import { CollabStore } from '../collaboration/collab.store';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { dagVan, jaarVan } from '../jaarcyclus/nederlandse-tijd';
import { externOndertekendeStappen } from '../jaarschijven/jaarschijf-cyclus';
import { JaarschijfStatusService } from '../jaarschijven/jaarschijf-status.service';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Onderdeel, OnderdeelSoort, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import {
  OnderdeelInhoudReader,
  vergrendelConcept,
} from '../overeenkomsten/onderdeel-inhoud.reader';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { ToegangEvents } from '../partijen/toegang-events';
import {
  controleerDatum,
  controleerJaren,
  controleerOndertekenaars,
  leesPdf,
  pdfNaam,
} from './extern';
import { ExterneOndertekening } from './externe-ondertekening.entity';
import type {
  ExterneOndertekeningInput,
  ExterneOndertekeningModel,
} from './externe-ondertekening.models';
import { versieGebeurtenis } from './versie-gebeurtenis';
import { VersieStatus } from './versie.entities';
import { legVersieVast } from './versie-vastleggen';

/** Where the signed PDF of an onderdeel is downloaded (an /export/ address, so a ticket works). */
export const externPdfPad = (onderdeelId: string) =>
  `/export/onderdelen/${onderdeelId}/ondertekend.pdf`;

/**
 * Records an onderdeel signed outside Driehoek: a gemeente that starts using the tool in the
 * middle of a multi-year agreement brings the paper-signed years in, so the jaarcyclus carries on
 * from there. The co-editor's document is frozen as after an in-tool signing (read-only, its
 * content stored as a signed version), so an addendum later starts from what was signed.
 */
@Injectable()
export class ExterneOndertekeningService {
  constructor(
    private readonly em: EntityManager,
    private readonly klok: Klok,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly collab: CollabServer,
    private readonly collabStore: CollabStore,
    private readonly opdrachten: DocumentOpdrachten,
    private readonly audit: AuditService,
    private readonly jaarschijven: JaarschijfStatusService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly toegang: ToegangEvents,
  ) {}

  async registreer(
    actor: Actor,
    overeenkomstId: string,
    input: ExterneOndertekeningInput,
  ): Promise<void> {
    const { onderdeelId } = input;
    const op = this.klok.nu();
    const em = this.em.fork();
    const onderdeel = await em.findOne(
      Onderdeel,
      { id: onderdeelId },
      {
        populate: ['ondertekenaars'],
        populateOrderBy: { ondertekenaars: { naam: 'asc', id: 'asc' } },
      },
    );
    if (!onderdeel) throw notFound('Onderdeel', onderdeelId);
    this.eisConcept(onderdeel);
    if (await em.count(ExterneOndertekening, { onderdeel: onderdeelId })) {
      throw new AppError(
        ErrorCode.AL_ONDERTEKEND,
        `"${onderdeel.titel}" is al als buiten Driehoek ondertekend vastgelegd`,
        'input.onderdeelId',
      );
    }
    controleerDatum(input.datum, dagVan(op));
    const vereist = onderdeel.ondertekenaars.getItems();
    controleerOndertekenaars(input.ondertekenaars, vereist);
    const overeenkomst = await em.findOneOrFail(Overeenkomst, { id: overeenkomstId });
    controleerJaren(input.jaren, overeenkomst, jaarVan(op));
    // Only the hoofddocument carries the jaarschijven, as its in-tool signing does.
    const volgtJaarschijven = onderdeel.soort === OnderdeelSoort.HOOFDDOCUMENT;
    if (volgtJaarschijven) {
      const jaarschijven = await em.find(Jaarschijf, {
        overeenkomst: overeenkomstId,
        jaar: { $in: input.jaren },
      });
      for (const j of jaarschijven) externOndertekendeStappen(j, op);
    }
    const pdf = leesPdf(input.bestand);
    const namen = new Map(vereist.map((p) => [p.id, p.naam]));
    const ondertekenaars = input.ondertekenaars.map((o) => ({
      partijId: o.partijId,
      partijNaam: namen.get(o.partijId)!,
      naam: o.naam,
      functie: o.functie,
    }));
    const jaren = [...input.jaren].sort((a, b) => a - b);

    await this.opdrachten.voerUit(onderdeelId);
    const versie = await this.collab.bevries(onderdeelId, (state) =>
      this.em.transactional(async (tx) => {
        await vergrendelConcept(tx, onderdeelId);
        await this.collabStore.eisVolledig(onderdeelId, state, tx);
        const inhoud = await this.inhoud.lees(onderdeelId, tx);
        await tx.nativeUpdate(
          Onderdeel,
          { id: onderdeelId },
          { status: OnderdeelStatus.ONDERTEKEND },
        );
        const { versie } = await legVersieVast(tx, {
          overeenkomstId,
          onderdeelId,
          gebruikerId: actor.gebruikerId,
          state,
          inhoud,
          overrideReden: null,
        });
        versie.status = VersieStatus.ONDERTEKEND;
        versie.afgerondOp = op;
        const extern = new ExterneOndertekening({
          overeenkomst: ref(Overeenkomst, overeenkomstId),
          onderdeel: ref(Onderdeel, onderdeelId),
          versie: ref(versie),
          datum: input.datum,
          ondertekenaars,
          jaren,
          ...pdf,
          bestandsnaam: pdfNaam(input.bestandsnaam),
          geregistreerdDoor: ref(Gebruiker, actor.gebruikerId),
          geregistreerdOp: op,
        });
        tx.persist(extern);
        await tx.flush();
        await this.audit.schrijf(
          {
            overeenkomstId,
            actor,
            actie: AuditActie.EXTERN_ONDERTEKEND,
            onderwerpSoort: 'OnderdeelVersie',
            onderwerpId: versie.id,
            gegevens: {
              onderdeelId,
              titel: inhoud.titel,
              versie: versie.nummer,
              hash: versie.hash,
              datum: input.datum,
              ondertekenaars,
              jaren,
              bestandsnaam: extern.bestandsnaam,
              grootte: pdf.grootte,
              sha256: pdf.sha256,
            },
          },
          tx,
        );
        if (volgtJaarschijven)
          await this.jaarschijven.volgExterneOndertekening(tx, actor, overeenkomstId, jaren);
        return versie;
      }),
    );
    await this.toegang.gewijzigd();
    this.gebeurtenissen.publiceer(
      versieGebeurtenis(GebeurtenisSoort.EXTERN_ONDERTEKEND, actor, null, {
        overeenkomstId,
        onderdeelId,
        onderwerpId: versie.id,
      }),
    );
  }

  private eisConcept(onderdeel: Onderdeel): void {
    if (onderdeel.status === OnderdeelStatus.ONDERTEKEND) {
      throw new AppError(
        ErrorCode.AL_ONDERTEKEND,
        `"${onderdeel.titel}" is al ondertekend; wijzig het via een addendum`,
        'input.onderdeelId',
      );
    }
    if (onderdeel.status === OnderdeelStatus.TER_ONDERTEKENING) {
      throw new AppError(
        ErrorCode.ONDERDEEL_BEVROREN,
        `"${onderdeel.titel}" ligt in Driehoek ter ondertekening; laat het daar tekenen of weigeren`,
        'input.onderdeelId',
      );
    }
  }

  /** What the onderdeel shows of its signing outside Driehoek, if any. */
  async van(onderdeelId: string): Promise<ExterneOndertekeningModel | null> {
    const extern = await this.em
      .fork()
      .findOne(
        ExterneOndertekening,
        { onderdeel: onderdeelId },
        { populate: ['geregistreerdDoor'] },
      );
    if (!extern) return null;
    return {
      id: extern.id,
      versieId: extern.versie.id,
      datum: extern.datum,
      ondertekenaars: extern.ondertekenaars.map((o) => ({
        partijId: o.partijId,
        partij: o.partijNaam,
        naam: o.naam,
        functie: o.functie,
      })),
      jaren: extern.jaren,
      bestandsnaam: extern.bestandsnaam,
      grootte: extern.grootte,
      sha256: extern.sha256,
      geregistreerdOp: extern.geregistreerdOp,
      geregistreerdDoor: extern.geregistreerdDoor.getEntity().naam,
      downloadUrl: externPdfPad(onderdeelId),
    };
  }

  /** The signed PDF itself. */
  async pdf(onderdeelId: string): Promise<{ bestand: Buffer; bestandsnaam: string } | null> {
    const extern = await this.em
      .fork()
      .findOne(
        ExterneOndertekening,
        { onderdeel: onderdeelId },
        { fields: ['bestand', 'bestandsnaam'], populate: ['bestand'] },
      );
    return extern ? { bestand: extern.bestand, bestandsnaam: extern.bestandsnaam } : null;
  }
}
