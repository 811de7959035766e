import { Injectable, Logger } from '@nestjs/common';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { Node as PmModelNode } from '@tiptap/pm/model';
import { type SuggestieOvertreding, toetsSuggestieWijziging } from '../gedeeld/suggesties';
import { OnderdeelFase } from '../overeenkomsten/onderdeel.entity';
import type { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { heeftStuurteken, stuurtekenPosities, zonderStuurtekens } from '../common/stuurtekens';
import { PermissionsService } from '../partijen/permissions.service';
import {
  CLOSE_GEEN_TOEGANG,
  CLOSE_NIET_INGELOGD,
  stuur,
  type Toegang,
  toegangBericht,
} from './collab.protocol';
import { CollabStore } from './collab.store';
import { DocumentBus } from './document-bus';
import {
  GedeeldDocument,
  type Indeling,
  type Rechten,
  UIT_OPSLAG,
  VAN_SERVER,
  type Verbinding,
} from './gedeeld-document';
import { documentSchema, fragmentToProseMirror, PREAMBULE_FRAGMENT } from './prosemirror';
import { type BevriesStappen, Schrijfwachtrij } from './schrijfwachtrij';
import { verbindMetBus } from './bus-verbinding';

/**
 * The documents open in this process: loading (snapshot plus log, healed), their connections
 * and what each may do, and unloading when the last one leaves. Listens on the DocumentBus while
 * a document is open and sends what it hears to the document's connections.
 */
@Injectable()
export class DocumentRegister {
  private readonly logger = new Logger('Collab');
  private readonly documenten = new Map<string, GedeeldDocument>();
  /** Unloads still storing their last state; shutdown waits for them before the database closes. */
  private readonly bezig = new Set<Promise<void>>();

  constructor(
    private readonly auth: AuthService,
    private readonly permissions: PermissionsService,
    private readonly store: CollabStore,
    private readonly wachtrij: Schrijfwachtrij,
    private readonly bus: DocumentBus,
  ) {}

  /** Open documents, for tests and monitoring. */
  get geladen(): string[] {
    return [...this.documenten.values()].filter((d) => !d.defect).map((d) => d.onderdeelId);
  }

  /** The open document, if any (one whose storage failed counts as closed). */
  open(onderdeelId: string): GedeeldDocument | undefined {
    const document = this.documenten.get(onderdeelId);
    return document && !document.defect ? document : undefined;
  }

  /** The onderdeel's document, loaded when it is not open yet. */
  document(onderdeelId: string): GedeeldDocument {
    const bestaand = this.open(onderdeelId);
    if (bestaand) return bestaand;
    // Subscribed first, then loaded: an update stored elsewhere in between comes both ways.
    const laden = this.bus
      .klaar(onderdeelId)
      .then(() => this.store.load(onderdeelId))
      .then(async ({ updates, logLength, lastLogId }) => {
        document.logLengte = logLength;
        document.laatsteLogId = lastLogId;
        Y.transact(
          document.doc,
          () => updates.forEach((u) => Y.applyUpdate(document.doc, u, UIT_OPSLAG)),
          UIT_OPSLAG,
        );
        document.indeling = await this.leesIndeling(onderdeelId);
        // Text stored before control characters were refused is cleaned, as a change of the
        // server's: stored, and sent to whoever opens the document.
        document.doc.transact(() => verwijderStuurtekens(document.doc), VAN_SERVER);
        this.wachtrij.vergelijkNaLaden(document);
      });
    const document: GedeeldDocument = new GedeeldDocument(onderdeelId, laden);
    laden.catch((error: unknown) => {
      this.logger.error(`Laden van onderdeel ${onderdeelId} mislukt: ${String(error)}`);
      this.vergeet(document);
    });
    document.doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Applying an update the shadow already holds (the one just checked) changes nothing.
      if (document.schaduw) Y.applyUpdate(document.schaduw, update, VAN_SERVER);
      this.wachtrij.geaccepteerd(document, update, origin);
    });
    document.stopLuisteren = verbindMetBus(document, this.bus, this.store, this.logger);
    this.documenten.set(onderdeelId, document);
    return document;
  }

  private vergeet(document: GedeeldDocument): void {
    document.stopLuisteren?.();
    if (this.documenten.get(document.onderdeelId) === document)
      this.documenten.delete(document.onderdeelId);
  }

  /** A connection closed: its presence goes, and the document when it was the last. */
  async sluit(document: GedeeldDocument, verbinding: Verbinding): Promise<void> {
    if (!document.verbindingen.delete(verbinding)) return;
    awarenessProtocol.removeAwarenessStates(document.awareness, [...verbinding.clientIds], null);
    if (document.verbindingen.size === 0) await this.ontlaad(document);
  }

  /** Unloads the document when nobody has it open anymore. */
  async ontlaadAlsLeeg(document: GedeeldDocument): Promise<void> {
    if (document.verbindingen.size === 0) await this.ontlaad(document);
  }

  /** Shutdown: every connection dropped, every document stored and unloaded. */
  async sluitAlles(): Promise<void> {
    for (const document of this.documenten.values()) document.verbindingen.clear();
    await Promise.all([...this.documenten.values()].map((d) => this.ontlaad(d)));
    await Promise.all([...this.bezig]);
  }

  /** A document nobody has open leaves memory, after its changes are stored and materialised. */
  private ontlaad(document: GedeeldDocument): Promise<void> {
    if (!document.ontladen) {
      const ontladen = this.doeOntlaad(document).finally(() => {
        document.ontladen = undefined;
        this.bezig.delete(ontladen);
      });
      document.ontladen = ontladen;
      this.bezig.add(ontladen);
    }
    return document.ontladen;
  }

  private async doeOntlaad(document: GedeeldDocument): Promise<void> {
    await document.wachtrij.catch(() => undefined);
    await document.opgeslagen();
    // Someone connected while the pending work finished: the document stays.
    if (document.verbindingen.size > 0) return;
    this.vergeet(document);
    this.vergeetSchaduw(document);
    await this.wachtrij.sluitAf(document);
    document.awareness.destroy();
    document.doc.destroy();
  }

  /** An afspraak left the onderdeel: its fragment is no longer writable in the open document. */
  indelingGewijzigd(onderdeelId: string): void {
    const document = this.documenten.get(onderdeelId);
    // Emptied rather than dropped: the next write into any afspraak reads the layout again.
    if (document?.indeling) document.indeling = { ...document.indeling, afspraken: new Set() };
  }

  /**
   * The first fragment of `fragmenten` this connection may not write, or null: afspraken of the
   * onderdeel, and the preamble of the hoofddocument for the regie only (as updateOvereenkomst).
   * An afspraak added since the layout was read is looked up again before anything is refused.
   */
  async nietToegestaan(
    document: GedeeldDocument,
    verbinding: Verbinding,
    fragmenten: Set<string>,
  ): Promise<string | null> {
    const past = (naam: string, indeling: Indeling) =>
      naam === PREAMBULE_FRAGMENT
        ? indeling.hoofddocument && verbinding.preambule
        : indeling.afspraken.has(naam);
    let indeling = document.indeling ?? (await this.leesIndeling(document.onderdeelId));
    if ([...fragmenten].some((naam) => !past(naam, indeling) && naam !== PREAMBULE_FRAGMENT)) {
      indeling = await this.leesIndeling(document.onderdeelId);
    }
    document.indeling = indeling;
    return [...fragmenten].find((naam) => !past(naam, indeling)) ?? null;
  }

  private async leesIndeling(onderdeelId: string): Promise<Indeling> {
    const { afspraakIds, hoofddocument, fase } = await this.store.layout(onderdeelId);
    return { afspraken: new Set(afspraakIds), hoofddocument, fase };
  }

  /**
   * The onderdeel's phase changed: an open document holds its connections to the new rule from
   * the next update on, and tells their clients.
   */
  faseGewijzigd(onderdeelId: string, fase: OnderdeelFase): void {
    const document = this.open(onderdeelId);
    if (!document?.indeling) return;
    document.indeling = { ...document.indeling, fase };
    if (fase !== OnderdeelFase.ONDERHANDELEN) this.vergeetSchaduw(document);
    document.verbindingen.forEach((v) => this.stuurToegang(document, v));
  }

  /**
   * In negotiation, the first rule of suggestion mode `update` breaks in an afspraak it touches,
   * as a Dutch sentence, or null. The update is tried on the document's shadow copy; the live
   * document is not touched. Other phases and the preamble: null (direct edits are allowed).
   */
  toetsSuggestieregel(
    document: GedeeldDocument,
    verbinding: Verbinding,
    fragmenten: Set<string>,
    update: Uint8Array,
  ): string | null {
    const indeling = document.indeling;
    if (indeling?.fase !== OnderdeelFase.ONDERHANDELEN) return null;
    const afspraken = [...fragmenten].filter((naam) => indeling.afspraken.has(naam));
    if (afspraken.length === 0) return null;
    const schaduw = this.schaduw(document);
    const lees = (naam: string) =>
      PmModelNode.fromJSON(documentSchema, fragmentToProseMirror(schaduw.getXmlFragment(naam)));
    const voor = new Map(afspraken.map((naam) => [naam, lees(naam)]));
    Y.applyUpdate(schaduw, update, verbinding);
    const partijIds = verbinding.actor.lidmaatschappen
      .filter((l) => verbinding.actor.magBewerkenVoor(l.partijId))
      .map((l) => l.partijId);
    for (const naam of afspraken) {
      const overtreding = toetsSuggestieWijziging(
        voor.get(naam)!,
        lees(naam),
        verbinding.actor.gebruikerId,
        partijIds,
      );
      if (overtreding) {
        // The shadow now holds what the live document refuses: made anew from it next time.
        this.vergeetSchaduw(document);
        return SUGGESTIEREGEL_TEKST[overtreding.soort];
      }
    }
    return null;
  }

  private schaduw(document: GedeeldDocument): Y.Doc {
    if (!document.schaduw) {
      const schaduw = new Y.Doc({ gc: true });
      Y.applyUpdate(schaduw, Y.encodeStateAsUpdate(document.doc));
      document.schaduw = schaduw;
    }
    return document.schaduw;
  }

  private vergeetSchaduw(document: GedeeldDocument): void {
    document.schaduw?.destroy();
    document.schaduw = undefined;
  }

  async rechten(actor: Actor, onderdeelId: string): Promise<Rechten> {
    const toegang = await this.permissions.onderdeelToegang(actor, onderdeelId);
    const alleenLezen = toegang.toegang !== 'SCHRIJVEN';
    return { alleenLezen, preambule: !alleenLezen && toegang.regie, bevroren: toegang.bevroren };
  }

  /** Tells the client what it may change (message type 20), once per change. */
  /** Freezing: read-only before the final state and after the commit; else back as it was. */
  bevriezingVan(document: GedeeldDocument): BevriesStappen {
    type Stand = { alleenLezen: boolean; bevroren: boolean };
    const zet = (v: Verbinding, stand: Stand) => {
      Object.assign(v, stand);
      this.stuurToegang(document, v);
    };
    const bevroren: Stand = { alleenLezen: true, bevroren: true };
    let eerder = new Map<Verbinding, Stand>();
    return {
      ervoor: () => {
        eerder = new Map(
          [...document.verbindingen].map((v) => [
            v,
            { alleenLezen: v.alleenLezen, bevroren: v.bevroren },
          ]),
        );
        eerder.forEach((_stand, v) => zet(v, bevroren));
      },
      erna: () => document.verbindingen.forEach((v) => zet(v, bevroren)),
      terug: () => eerder.forEach((stand, v) => zet(v, stand)),
    };
  }

  stuurToegang(document: GedeeldDocument, verbinding: Verbinding): void {
    const toegang: Toegang = {
      alleenLezen: verbinding.alleenLezen,
      preambuleAlleenLezen: !(verbinding.preambule && document.indeling?.hoofddocument),
      bevroren: verbinding.bevroren,
      onderhandelen: document.indeling?.fase === OnderdeelFase.ONDERHANDELEN,
    };
    const bericht = JSON.stringify(toegang);
    if (verbinding.gemeld === bericht) return;
    verbinding.gemeld = bericht;
    stuur(verbinding.ws, toegangBericht(bericht));
  }

  /** Rights changed somewhere: every open connection is judged again, now. */
  async herbeoordeel(): Promise<void> {
    for (const document of this.documenten.values()) {
      // A command that reopened the onderdeel (an addendum) may have changed its phase too.
      const fase = document.indeling && (await this.leesIndeling(document.onderdeelId)).fase;
      if (fase && fase !== document.indeling?.fase) this.faseGewijzigd(document.onderdeelId, fase);
      for (const verbinding of [...document.verbindingen]) {
        try {
          verbinding.actor = await this.auth.actorVoorSessie(verbinding.claims);
        } catch {
          // Closing takes a round trip; what the client sends meanwhile is refused too.
          verbinding.alleenLezen = true;
          verbinding.ws.close(CLOSE_NIET_INGELOGD, 'Sessie beëindigd');
          continue;
        }
        try {
          const rechten = await this.rechten(verbinding.actor, document.onderdeelId);
          const veranderd =
            rechten.alleenLezen !== verbinding.alleenLezen ||
            rechten.preambule !== verbinding.preambule ||
            rechten.bevroren !== verbinding.bevroren;
          Object.assign(verbinding, rechten);
          if (veranderd) this.stuurToegang(document, verbinding);
        } catch {
          verbinding.alleenLezen = true;
          verbinding.ws.close(CLOSE_GEEN_TOEGANG, 'Geen toegang meer tot dit onderdeel');
        }
      }
    }
  }
}

/** Why an update was refused, for the close frame (at most 123 bytes). */
const SUGGESTIEREGEL_TEKST: Record<SuggestieOvertreding['soort'], string> = {
  DIRECTE_WIJZIGING: 'In de onderhandeling wordt elke tekstwijziging een suggestie',
  ONBEKENDE_MAKER: 'Een suggestie moet op naam van uw eigen partij staan',
  ANDERMANS_SUGGESTIE: 'Alleen wie een suggestie deed, kan die wijzigen of intrekken',
};

/**
 * Removes control characters from every text and attribute in the document: content stored
 * before they were refused. Runs inside a transaction of the caller's.
 */
function verwijderStuurtekens(doc: Y.Doc): void {
  const schoon = (type: Y.XmlFragment | Y.XmlElement) => {
    if (type instanceof Y.XmlElement) {
      for (const [naam, waarde] of Object.entries(type.getAttributes())) {
        if (typeof waarde === 'string' && heeftStuurteken(waarde))
          type.setAttribute(naam, zonderStuurtekens(waarde));
      }
    }
    for (const kind of type.toArray()) {
      if (kind instanceof Y.XmlElement) schoon(kind);
      if (!(kind instanceof Y.XmlText)) continue;
      const posities: number[] = [];
      let positie = 0;
      for (const op of kind.toDelta() as { insert: unknown }[]) {
        if (typeof op.insert !== 'string') {
          positie += 1;
          continue;
        }
        stuurtekenPosities(op.insert).forEach((p) => posities.push(positie + p));
        positie += op.insert.length;
      }
      // From the end, so the positions still to come stay valid.
      for (const p of posities.reverse()) kind.delete(p, 1);
    }
  };
  doc.share.forEach((_type, naam) => {
    try {
      schoon(doc.getXmlFragment(naam));
    } catch {
      // A root of another kind (never written by this server or its clients): not text.
    }
  });
}
