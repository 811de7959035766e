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

  async materialiseer(onderdeelId: string, doc: Y.Doc): Promise<void> {
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
      if (!doc.share.has(id)) continue;
      const inhoud = this.inhoud(`${onderdeelId}/${id}`, doc.getXmlFragment(id));
      if (inhoud) {
        await connection.execute('update afspraak set tekst = ?, tekst_json = ? where id = ?', [
          inhoud.tekst,
          inhoud.json,
          id,
        ]);
      }
    }
    if (onderdeel.soort === OnderdeelSoort.HOOFDDOCUMENT && doc.share.has(PREAMBULE_FRAGMENT)) {
      const inhoud = this.inhoud(
        `${onderdeelId}/${PREAMBULE_FRAGMENT}`,
        doc.getXmlFragment(PREAMBULE_FRAGMENT),
      );
      if (inhoud) {
        await connection.execute(
          'update overeenkomst set preambule = ?, preambule_json = ? where id = ?',
          [inhoud.tekst, inhoud.json, onderdeel.overeenkomst_id],
        );
      }
    }
  }

  /** Forgets what was written for an unloaded document, so its memory is released too. */
  vergeet(onderdeelId: string): void {
    for (const sleutel of this.geschreven.keys())
      if (sleutel.startsWith(`${onderdeelId}/`)) this.geschreven.delete(sleutel);
  }

  private inhoud(sleutel: string, fragment: Y.XmlFragment): { tekst: string; json: string } | null {
    const pm = fragmentToProseMirror(fragment);
    const json = JSON.stringify(pm);
    const hash = createHash('sha256').update(json).digest('hex');
    if (this.geschreven.get(sleutel) === hash) return null;
    this.geschreven.set(sleutel, hash);
    return { tekst: proseMirrorToText(pm), json };
  }
}
