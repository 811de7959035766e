import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { BESTAND_MIME, bestandsnaam, BestandSoort, leesBestand } from '../common/bestand';
import { Klok } from '../common/klok';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { documentPad } from './document-pad';
import { OvereenkomstDocument } from './overeenkomst-document.entity';
import type {
  OvereenkomstDocumentModel,
  UploadDocumentInput,
} from './overeenkomst-document.models';

const SOORTEN = [BestandSoort.PDF, BestandSoort.DOCX, BestandSoort.ODT] as const;

/** Documents uploaded to an overeenkomst, for its verwijzingen to point at. */
@Injectable()
export class DocumentenService {
  constructor(
    private readonly em: EntityManager,
    private readonly klok: Klok,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, input: UploadDocumentInput): Promise<OvereenkomstDocumentModel> {
    const bestand = leesBestand(input.inhoud, 'input.inhoud', SOORTEN);
    const op = this.klok.nu();
    const document = await this.em.transactional(async (tx) => {
      const document = new OvereenkomstDocument({
        overeenkomst: ref(Overeenkomst, input.overeenkomstId),
        ...bestand,
        bestandsnaam: bestandsnaam(input.bestandsnaam, bestand.soort, 'document'),
        mimeType: BESTAND_MIME[bestand.soort],
        geuploadDoor: ref(Gebruiker, actor.gebruikerId),
        geuploadOp: op,
      });
      tx.persist(document);
      await tx.flush();
      await this.audit.schrijf(
        {
          overeenkomstId: input.overeenkomstId,
          actor,
          actie: AuditActie.DOCUMENT_GEUPLOAD,
          onderwerpSoort: 'OvereenkomstDocument',
          onderwerpId: document.id,
          gegevens: {
            bestandsnaam: document.bestandsnaam,
            mimeType: document.mimeType,
            grootte: document.grootte,
            sha256: document.sha256,
          },
        },
        tx,
      );
      return document;
    });
    return (await this.van(input.overeenkomstId)).find((d) => d.id === document.id)!;
  }

  /** The documents of an overeenkomst, oldest first. */
  async van(overeenkomstId: string): Promise<OvereenkomstDocumentModel[]> {
    const documenten = await this.em
      .fork()
      .find(
        OvereenkomstDocument,
        { overeenkomst: overeenkomstId },
        { populate: ['geuploadDoor'], orderBy: { geuploadOp: 'asc', id: 'asc' } },
      );
    return documenten.map((d) => ({
      id: d.id,
      bestandsnaam: d.bestandsnaam,
      mimeType: d.mimeType,
      grootte: d.grootte,
      sha256: d.sha256,
      geuploadOp: d.geuploadOp,
      geuploadDoor: d.geuploadDoor.getEntity().naam,
      downloadUrl: documentPad(overeenkomstId, d.id),
    }));
  }

  /** The file itself, if it belongs to that overeenkomst. */
  async bestand(
    overeenkomstId: string,
    documentId: string,
  ): Promise<Pick<OvereenkomstDocument, 'bestand' | 'bestandsnaam' | 'mimeType'> | null> {
    return this.em
      .fork()
      .findOne(
        OvereenkomstDocument,
        { id: documentId, overeenkomst: overeenkomstId },
        { fields: ['bestand', 'bestandsnaam', 'mimeType'], populate: ['bestand'] },
      );
  }
}
