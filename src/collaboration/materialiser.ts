import { createHash } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type * as Y from 'yjs';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { fragmentToProseMirror, PREAMBULE_FRAGMENT, proseMirrorToText } from './prosemirror';

/**
 * Writes each afspraak's text from the co-editor's document into PostgreSQL, as ProseMirror JSON
 * and as plain text, so GraphQL, search and export read one place. Only fragments that belong to
 * the layout count: an afspraak of this onderdeel, or the preamble in the hoofddocument; anything
 * else a client creates is ignored.
 */
@Injectable()
export class Materialiser {
  /** What was last written per fragment, so unchanged text costs no write. */
  private readonly geschreven = new Map<string, string>();

  constructor(private readonly em: EntityManager) {}

  /** Writes the fragments named in `alleen` (all when absent) whose content changed. */
  async materialiseer(
    onderdeelId: string,
    doc: Y.Doc,
    alleen?: ReadonlySet<string>,
  ): Promise<void> {
    const telt = (naam: string) => doc.share.has(naam) && (!alleen || alleen.has(naam));
    if (alleen?.size === 0) return;
    const connection = this.em.fork().getConnection();
    const [onderdeel] = await connection.execute<
      { soort: OnderdeelSoort; overeenkomst_id: string }[]
    >('select soort, overeenkomst_id from onderdeel where id = ?', [onderdeelId], 'all');
    if (!onderdeel) return;
    const afspraken = await connection.execute<{ id: string }[]>(
      'select id from afspraak where onderdeel_id = ?',
      [onderdeelId],
      'all',
    );
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
    if (onderdeel.soort === OnderdeelSoort.HOOFDDOCUMENT && telt(PREAMBULE_FRAGMENT)) {
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
    const pm = fragmentToProseMirror(fragment);
    const json = JSON.stringify(pm);
    const hash = createHash('sha256').update(json).digest('hex');
    if (this.geschreven.get(sleutel) === hash) return null;
    return {
      tekst: proseMirrorToText(pm),
      json,
      geschreven: () => this.geschreven.set(sleutel, hash),
    };
  }
}
