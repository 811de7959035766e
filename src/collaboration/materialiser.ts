import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Node as PmModelNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { RedisVerbinding } from '../instanties/redis-verbinding';
import { canonicalJson, sha256 } from '../audit/canonical';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Onderdeel, OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import {
  documentSchema,
  fragmentToProseMirror,
  type PmNode,
  PREAMBULE_FRAGMENT,
  proseMirrorToText,
} from './prosemirror';
import { zonderStuurtekensDiep } from '../common/stuurtekens';
import { CollabLogReader } from './collab-log.reader';
import { documentUit } from './collab.store';
import { omvat, staatVan } from './staat';
import {
  geaccepteerdeTekst,
  SUGGESTIE_MARKS,
  type SuggestieInhoud,
  suggestiesIn,
} from '../gedeeld/suggesties';
import { SuggestieBoekhouding } from '../suggesties/suggestie-boekhouding';

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
   * Afspraken whose last written text held no suggestion: while it still holds none, the pass
   * skips the suggestion bookkeeping (a query per pass while someone types). Forgotten with the
   * document, so a document loaded again checks its rows once.
   */
  private readonly zonderSuggesties = new Set<string>();
  /**
   * Per open onderdeel, what does not change while it is open (its kind and agreement), so a
   * pass during typing reads only the afspraken: it runs several times a second.
   */
  private readonly soorten = new Map<string, { hoofddocument: boolean; overeenkomstId: string }>();

  constructor(
    private readonly em: EntityManager,
    private readonly log: CollabLogReader,
    private readonly suggesties: SuggestieBoekhouding,
    private readonly redis: RedisVerbinding,
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
    opties: { vergelijk?: boolean } = {},
  ): Promise<void> {
    if (alleen?.size === 0) return;
    if (!this.redis.actief) return this.schrijf(this.em.fork(), onderdeelId, doc, alleen, opties);
    // Several instances: one at a time per document, and never from a state that lacks what the
    // stored text was made from (another instance's edit still on its way here): then from the
    // complete state in storage, merged with this copy.
    await this.em.fork().transactional(async (em) => {
      const ctx: unknown = em.getTransactionContext();
      const opgeslagen = await this.log.vergrendelTekst(onderdeelId, ctx);
      const volledig =
        opgeslagen && !omvat(doc, opgeslagen)
          ? documentUit([
              Y.encodeStateAsUpdate(doc),
              ...(await this.log.snapshotEnLog(onderdeelId, ctx)).updates,
            ])
          : doc;
      try {
        await this.schrijf(
          em,
          onderdeelId,
          volledig,
          volledig === doc ? alleen : undefined,
          opties,
        );
        await this.log.noteerTekstStaat(onderdeelId, staatVan(volledig), ctx);
      } finally {
        if (volledig !== doc) volledig.destroy();
      }
    });
  }

  private async schrijf(
    em: EntityManager,
    onderdeelId: string,
    doc: Y.Doc,
    alleen: ReadonlySet<string> | undefined,
    { vergelijk = false }: { vergelijk?: boolean },
  ): Promise<void> {
    const telt = (naam: string) => doc.share.has(naam) && (!alleen || alleen.has(naam));
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
      { fields: vergelijk ? ['tekst', 'tekstJson', 'tekstMetSuggesties'] : ['id'] },
    );
    if (vergelijk) {
      for (const a of afspraken)
        this.geschreven.set(
          `${onderdeelId}/${a.id}`,
          hashVan(a.tekstJson, a.tekst, a.tekstMetSuggesties ?? null),
        );
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
    const gebeurtenissen = await em.transactional(async (tem) => {
      await this.log.zonderWachtenOpSchijf(tem.getTransactionContext());
      const suggesties = new Map<string, ReadonlyMap<string, SuggestieInhoud>>();
      for (const { entity, id, inhoud } of teSchrijven) {
        if (entity === Afspraak) {
          await tem.nativeUpdate(
            Afspraak,
            { id },
            {
              tekst: inhoud.tekst,
              tekstJson: inhoud.json,
              tekstMetSuggesties: inhoud.metSuggesties,
            },
          );
          const sleutel = `${onderdeelId}/${id}`;
          if (inhoud.suggesties.size > 0 || !this.zonderSuggesties.has(sleutel))
            suggesties.set(id, inhoud.suggesties);
        } else {
          await tem.nativeUpdate(
            Overeenkomst,
            { id },
            { preambule: inhoud.tekst, preambuleJson: inhoud.json },
          );
        }
      }
      return this.suggesties.bij(tem, onderdeelId, overeenkomstId, suggesties);
    });
    teSchrijven.forEach(({ entity, id, inhoud }) => {
      inhoud.geschreven();
      const sleutel = `${onderdeelId}/${id}`;
      if (entity === Afspraak && inhoud.suggesties.size === 0) this.zonderSuggesties.add(sleutel);
      else this.zonderSuggesties.delete(sleutel);
    });
    this.suggesties.publiceer(gebeurtenissen);
  }

  /** Forgets what was written for an unloaded document, so its memory is released too. */
  vergeet(onderdeelId: string): void {
    this.soorten.delete(onderdeelId);
    for (const sleutel of this.geschreven.keys())
      if (sleutel.startsWith(`${onderdeelId}/`)) this.geschreven.delete(sleutel);
    for (const sleutel of this.zonderSuggesties)
      if (sleutel.startsWith(`${onderdeelId}/`)) this.zonderSuggesties.delete(sleutel);
  }

  /** The fragment's content when it differs from what was last written, with a call to note the write. */
  private inhoud(sleutel: string, fragment: Y.XmlFragment): Inhoud | null {
    const pm = zonderStuurtekensDiep(fragmentToProseMirror(fragment));
    // With suggestions, the columns everyone reads (and standpunten hash) hold the accepted text;
    // the marked text is kept beside it for the editor's readers and the export.
    let geaccepteerd = pm;
    let metSuggesties: PmNode | null = null;
    let suggesties: ReadonlyMap<string, SuggestieInhoud> = new Map();
    if (heeftSuggestie(pm)) {
      const node = PmModelNode.fromJSON(documentSchema, pm);
      geaccepteerd = geaccepteerdeTekst(node).toJSON() as PmNode;
      metSuggesties = pm;
      suggesties = suggestiesIn(node);
    }
    const tekst = proseMirrorToText(geaccepteerd);
    const hash = hashVan(geaccepteerd, tekst, metSuggesties);
    if (this.geschreven.get(sleutel) === hash) return null;
    return {
      tekst,
      json: geaccepteerd as unknown as Record<string, unknown>,
      metSuggesties: metSuggesties as unknown as Record<string, unknown> | null,
      suggesties,
      geschreven: () => this.geschreven.set(sleutel, hash),
    };
  }
}

/** A fragment's content to write, and the call that notes it as written. */
interface Inhoud {
  tekst: string;
  json: Record<string, unknown>;
  metSuggesties: Record<string, unknown> | null;
  suggesties: ReadonlyMap<string, SuggestieInhoud>;
  geschreven: () => void;
}

/** Equal for equal content, whatever order the database returns a JSON object's keys in. */
function hashVan(json: unknown, tekst: string | null, metSuggesties: unknown = null): string {
  const lees = (j: unknown) => (typeof j === 'string' ? JSON.parse(j) : j) as PmNode | null;
  const suggesties = lees(metSuggesties);
  // Without suggestions the hash is what it was before they existed.
  return sha256(
    canonicalJson(suggesties ? { pm: lees(json), tekst, suggesties } : { pm: lees(json), tekst }),
  );
}

const SUGGESTIE_MARK_NAMEN = new Set<string>(SUGGESTIE_MARKS);

/** Whether any node carries a suggestion mark: the common case (none) costs one walk. */
function heeftSuggestie(node: PmNode): boolean {
  return (
    (node.marks ?? []).some((m) => SUGGESTIE_MARK_NAMEN.has(m.type)) ||
    (node.content ?? []).some(heeftSuggestie)
  );
}
