import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type * as Y from 'yjs';
import { canonicalJson, sha256 } from '../audit/canonical';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import {
  fragmentToProseMirror,
  type PmNode,
  PREAMBULE_FRAGMENT,
  proseMirrorToText,
} from './prosemirror';
import { zonderStuurtekensDiep } from '../common/stuurtekens';

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

  constructor(private readonly em: EntityManager) {}

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
    const connection = this.em.fork().getConnection();
    const [onderdeel] = await connection.execute<
      {
        soort: OnderdeelSoort;
        overeenkomst_id: string;
        preambule: string | null;
        preambule_json: unknown;
      }[]
    >(
      `select o.soort, o.overeenkomst_id, k.preambule, k.preambule_json
         from onderdeel o join overeenkomst k on k.id = o.overeenkomst_id where o.id = ?`,
      [onderdeelId],
      'all',
    );
    if (!onderdeel) return;
    const afspraken = await connection.execute<
      { id: string; tekst: string | null; tekst_json: unknown }[]
    >(
      `select id${vergelijk ? ', tekst, tekst_json' : ''} from afspraak where onderdeel_id = ?`,
      [onderdeelId],
      'all',
    );
    const hoofddocument = onderdeel.soort === OnderdeelSoort.HOOFDDOCUMENT;
    if (vergelijk) {
      for (const a of afspraken)
        this.geschreven.set(`${onderdeelId}/${a.id}`, hashVan(a.tekst_json, a.tekst));
      if (hoofddocument)
        this.geschreven.set(
          `${onderdeelId}/${PREAMBULE_FRAGMENT}`,
          hashVan(onderdeel.preambule_json, onderdeel.preambule),
        );
    }
    for (const { id } of afspraken) {
      if (!telt(id)) continue;
      const inhoud = this.inhoud(`${onderdeelId}/${id}`, doc.getXmlFragment(id));
      if (inhoud) {
        await connection.execute('update afspraak set tekst = ?, tekst_json = ? where id = ?', [
          inhoud.tekst,
          inhoud.json,
          id,
        ]);
        inhoud.geschreven();
      }
    }
    if (hoofddocument && telt(PREAMBULE_FRAGMENT)) {
      const inhoud = this.inhoud(
        `${onderdeelId}/${PREAMBULE_FRAGMENT}`,
        doc.getXmlFragment(PREAMBULE_FRAGMENT),
      );
      if (inhoud) {
        await connection.execute(
          'update overeenkomst set preambule = ?, preambule_json = ? where id = ?',
          [inhoud.tekst, inhoud.json, onderdeel.overeenkomst_id],
        );
        inhoud.geschreven();
      }
    }
  }

  /** Forgets what was written for an unloaded document, so its memory is released too. */
  vergeet(onderdeelId: string): void {
    for (const sleutel of this.geschreven.keys())
      if (sleutel.startsWith(`${onderdeelId}/`)) this.geschreven.delete(sleutel);
  }

  /** The fragment's content when it differs from what was last written, with a call to note the write. */
  private inhoud(
    sleutel: string,
    fragment: Y.XmlFragment,
  ): { tekst: string; json: string; geschreven: () => void } | null {
    const pm = zonderStuurtekensDiep(fragmentToProseMirror(fragment));
    const tekst = proseMirrorToText(pm);
    const hash = hashVan(pm, tekst);
    if (this.geschreven.get(sleutel) === hash) return null;
    return {
      tekst,
      json: JSON.stringify(pm),
      geschreven: () => this.geschreven.set(sleutel, hash),
    };
  }
}

/** Equal for equal content, whatever order the database returns a JSON object's keys in. */
function hashVan(json: unknown, tekst: string | null): string {
  const pm = (typeof json === 'string' ? JSON.parse(json) : json) as PmNode | null;
  return sha256(canonicalJson({ pm, tekst }));
}
