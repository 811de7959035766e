import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ref } from '@mikro-orm/core';
import { crashpunt } from '../common/crashpunt';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { CollabServer } from './collab.server';
import type { SuggestieActie } from './suggestie-afhandeling';
import { DocumentOpdracht } from './document-opdracht.entity';
import type { PmNode } from './prosemirror';

/**
 * What a fragment is to hold: plain text, or ProseMirror JSON when formatting must be kept; or a
 * suggestion in it to apply or revert, leaving the rest of the text as it is.
 */
export type FragmentInhoud =
  { tekst: string } | { inhoud: PmNode } | { suggestie: string; actie: SuggestieActie };

/**
 * Text that a command writes into a co-editor document, made part of the command's transaction.
 * A document write cannot be rolled back, so it is not done before the commit; done only after
 * it, a crash in between would lose it. Instead the command records it here, in its
 * transaction; after the commit it is written into the document and the record removed, and
 * what a crash left is written at start-up, before the app serves anyone. Writing the same text
 * twice (a crash after the document got it, before the record was removed) changes nothing.
 */
@Injectable()
export class DocumentOpdrachten implements OnApplicationBootstrap {
  private readonly logger = new Logger('DocumentOpdrachten');
  /** Per onderdeel one run at a time, so an older text never lands after a newer one. */
  private readonly bezig = new Map<string, Promise<void>>();

  constructor(
    private readonly em: EntityManager,
    private readonly collab: CollabServer,
  ) {}

  /** Records, in the caller's transaction, what the fragment must hold once it commits. */
  plan(em: EntityManager, onderdeelId: string, fragment: string, inhoud: FragmentInhoud): void {
    const opdracht = new DocumentOpdracht();
    opdracht.onderdeel = ref(Onderdeel, onderdeelId);
    opdracht.fragment = fragment;
    if ('tekst' in inhoud) opdracht.tekst = inhoud.tekst;
    else if ('suggestie' in inhoud) {
      opdracht.suggestieId = inhoud.suggestie;
      opdracht.suggestieActie = inhoud.actie;
    } else opdracht.inhoud = inhoud.inhoud as unknown as Record<string, unknown>;
    em.persist(opdracht);
  }

  /** Writes what committed commands left for the onderdeel's document, oldest first. */
  voerUit(onderdeelId: string): Promise<void> {
    const vorige = this.bezig.get(onderdeelId) ?? Promise.resolve();
    const run = vorige.then(() => this.schrijf(onderdeelId));
    const bijgehouden = run
      .catch(() => undefined)
      .finally(() => {
        if (this.bezig.get(onderdeelId) === bijgehouden) this.bezig.delete(onderdeelId);
      });
    this.bezig.set(onderdeelId, bijgehouden);
    return run;
  }

  async onApplicationBootstrap(): Promise<void> {
    const open = await this.em
      .fork()
      .find(DocumentOpdracht, {}, { fields: ['onderdeel'], orderBy: { id: 'asc' } });
    for (const onderdeelId of new Set(open.map((o) => o.onderdeel.id))) {
      try {
        await this.voerUit(onderdeelId);
        this.logger.log(
          `Tekst van een onderbroken opdracht in onderdeel ${onderdeelId} geschreven`,
        );
      } catch (error) {
        // The app starts anyway; the record stays for the next start and the next command.
        this.logger.error(`Tekst voor onderdeel ${onderdeelId} niet geschreven: ${String(error)}`);
      }
    }
  }

  private async schrijf(onderdeelId: string): Promise<void> {
    const em = this.em.fork();
    const opdrachten = await em.find(
      DocumentOpdracht,
      { onderdeel: onderdeelId },
      { orderBy: { id: 'asc' } },
    );
    if (opdrachten.length === 0) return;
    for (const o of opdrachten) {
      if (o.suggestieId && o.suggestieActie)
        await this.collab.zetSuggestie(onderdeelId, o.fragment, o.suggestieId, o.suggestieActie);
      else if (o.inhoud)
        await this.collab.zetInhoud(onderdeelId, o.fragment, o.inhoud as unknown as PmNode);
      else await this.collab.zetTekst(onderdeelId, o.fragment, o.tekst ?? '');
    }
    crashpunt('opdracht:na-tekst', onderdeelId);
    await em.nativeDelete(DocumentOpdracht, { id: { $in: opdrachten.map((o) => o.id) } });
  }
}
