import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type * as Y from 'yjs';
import { canonicalJson, sha256 } from '../audit/canonical';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Onderdeel, OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import {
  fragmentToProseMirror,
  type PmNode,
  PREAMBULE_FRAGMENT,
  proseMirrorToText,
} from './prosemirror';
import { zonderStuurtekensDiep } from '../common/stuurtekens';
import { CollabLogReader } from './collab-log.reader';

/**
 * Writes each afspraak's text from the co-editor's document into PostgreSQL, as ProseMirror JSON
 * and as plain text, so GraphQL, search and export read one place. Only fragments that belong to
 * the layout count: an afspraak of this onderdeel, or the preamble in the hoofddocument; anything
 * else a client creates is ignored. Control characters are left out, so no text can make the
 * write fail (PostgreSQL stores no NUL).
 */
@Injectable()
export class Materialiser {
  /** A hash of what was last written per fragment, so unchanged text costs no write. */
  private readonly geschreven = new Map<string, string>();
  /**
   * Per open onderdeel, what does not change while it is open (its kind and agreement), so a
   * pass during typing reads only the afspraken: it runs several times a second.
   */
  private readonly soorten = new Map<string, { hoofddocument: boolean; overeenkomstId: string }>();

  constructor(
    private readonly em: EntityManager,
    private readonly log: CollabLogReader,
  ) {}

  /**
   * Writes the fragments named in `alleen` (all when absent) whose content changed. With
   * `vergelijk`, what is stored is read first and only what differs from the document is written:
   * for a document just loaded, whose last edits may never have been materialised (a crash).
   */
  async materialiseer(
    onderdeelId: string,
    doc: Y.Doc,
    alleen?: ReadonlySet<string>,
    { vergelijk = false }: { vergelijk?: boolean } = {},
  ): Promise<void> {
    const telt = (naam: string) => doc.share.has(naam) && (!alleen || alleen.has(naam));
    if (alleen?.size === 0) return;
    const em = this.em.fork();
    let soort = this.soorten.get(onderdeelId);
    if (vergelijk || !soort) {
      const onderdeel = await em.findOne(Onderdeel, onderdeelId, {
        fields: ['soort', 'overeenkomst.preambule', 'overeenkomst.preambuleJson'],
      });
      if (!onderdeel) return;
      const overeenkomst = onderdeel.overeenkomst.$;
      soort = {
        hoofddocument: onderdeel.soort === OnderdeelSoort.HOOFDDOCUMENT,
        overeenkomstId: overeenkomst.id,
      };
      this.soorten.set(onderdeelId, soort);
      if (vergelijk && soort.hoofddocument)
        this.geschreven.set(
          `${onderdeelId}/${PREAMBULE_FRAGMENT}`,
          hashVan(overeenkomst.preambuleJson, overeenkomst.preambule),
        );
    }
    const { hoofddocument, overeenkomstId } = soort;
    const afspraken = await em.find(
      Afspraak,
      { onderdeel: onderdeelId },
      { fields: vergelijk ? ['tekst', 'tekstJson'] : ['id'] },
    );
    if (vergelijk) {
      for (const a of afspraken)
        this.geschreven.set(`${onderdeelId}/${a.id}`, hashVan(a.tekstJson, a.tekst));
    }
    const teSchrijven: {
      entity: typeof Afspraak | typeof Overeenkomst;
      id: string;
      inhoud: Inhoud;
    }[] = [];
    for (const { id } of afspraken) {
      if (!telt(id)) continue;
      const inhoud = this.inhoud(`${onderdeelId}/${id}`, doc.getXmlFragment(id));
      if (inhoud) teSchrijven.push({ entity: Afspraak, id, inhoud });
    }
    if (hoofddocument && telt(PREAMBULE_FRAGMENT)) {
      const inhoud = this.inhoud(
        `${onderdeelId}/${PREAMBULE_FRAGMENT}`,
        doc.getXmlFragment(PREAMBULE_FRAGMENT),
      );
      if (inhoud) teSchrijven.push({ entity: Overeenkomst, id: overeenkomstId, inhoud });
    }
    if (teSchrijven.length === 0) return;
    // One transaction whose commit does not wait for the disk: the text is derived from the log,
    // which every append made durable, and the check after a restart writes it again if lost.
    await em.transactional(async (tem) => {
      await this.log.zonderWachtenOpSchijf(tem.getTransactionContext());
      for (const { entity, id, inhoud } of teSchrijven) {
        await (entity === Afspraak
          ? tem.nativeUpdate(Afspraak, { id }, { tekst: inhoud.tekst, tekstJson: inhoud.json })
          : tem.nativeUpdate(
              Overeenkomst,
              { id },
              { preambule: inhoud.tekst, preambuleJson: inhoud.json },
            ));
      }
    });
    teSchrijven.forEach(({ inhoud }) => inhoud.geschreven());
  }

  /** Forgets what was written for an unloaded document, so its memory is released too. */
  vergeet(onderdeelId: string): void {
    this.soorten.delete(onderdeelId);
    for (const sleutel of this.geschreven.keys())
      if (sleutel.startsWith(`${onderdeelId}/`)) this.geschreven.delete(sleutel);
  }

  /** The fragment's content when it differs from what was last written, with a call to note the write. */
  private inhoud(sleutel: string, fragment: Y.XmlFragment): Inhoud | null {
    const pm = zonderStuurtekensDiep(fragmentToProseMirror(fragment));
    const tekst = proseMirrorToText(pm);
    const hash = hashVan(pm, tekst);
    if (this.geschreven.get(sleutel) === hash) return null;
    return {
      tekst,
      json: pm as unknown as Record<string, unknown>,
      geschreven: () => this.geschreven.set(sleutel, hash),
    };
  }
}

/** A fragment's content to write, and the call that notes it as written. */
interface Inhoud {
  tekst: string;
  json: Record<string, unknown>;
  geschreven: () => void;
}

/** Equal for equal content, whatever order the database returns a JSON object's keys in. */
function hashVan(json: unknown, tekst: string | null): string {
  const pm = (typeof json === 'string' ? JSON.parse(json) : json) as PmNode | null;
  return sha256(canonicalJson({ pm, tekst }));
}
