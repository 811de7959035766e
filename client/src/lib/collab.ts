import * as decoding from 'lib0/decoding';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabUrl } from './api';
import { geldigToken, leesSessie } from './sessie';

export type Verbindingsstatus = 'verbinden' | 'online' | 'offline' | 'opnieuw' | 'geweigerd';

export interface Gebruiker {
  name: string;
  color: string;
  partij: string;
}

export interface Aanwezige extends Gebruiker {
  clientId: number;
}

export interface Samenwerking {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** What this connection may change, as the server tells it on connect and on every change. */
export interface Toegang {
  alleenLezen: boolean;
  preambuleAlleenLezen: boolean;
  /** Read-only because the onderdeel lies ter ondertekening or is signed. */
  bevroren: boolean;
  /** In the negotiation: every change of an afspraak's text must be a suggestion. */
  onderhandelen?: boolean;
}

/** The server's own message type beside y-websocket's (MESSAGE_TOEGANG in collab.server.ts). */
const MESSAGE_TOEGANG = 20;

/** Dark enough for white text (WCAG AA), one per partij. */
const KLEUREN = [
  '#8b1a4a',
  '#00594f',
  '#5b2c86',
  '#9a3b00',
  '#1f4e8c',
  '#6b4d00',
  '#7a1f1f',
  '#2f5d1d',
  '#4a4a4a',
  '#006270',
];

export function kleurVoor(sleutel: string): string {
  let h = 0;
  for (const c of sleutel) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return KLEUREN[h % KLEUREN.length]!;
}

/**
 * A partij's colour among the partijen of an overeenkomst (in their stable order): distinct for
 * up to ten partijen, the same in every window, for cursors and suggestions alike.
 */
export function partijKleur(partijId: string, partijIds: readonly string[]): string {
  const i = partijIds.indexOf(partijId);
  return i === -1 ? kleurVoor(partijId) : KLEUREN[i % KLEUREN.length]!;
}

/**
 * One Y.Doc per onderdeel over the stock y-websocket provider, with its connection state:
 * online, offline (with or without changes waiting), reconnecting, or refused.
 */
export function useSamenwerking(onderdeelId: string, gebruiker: Gebruiker) {
  const [samen, zetSamen] = useState<Samenwerking | null>(null);
  const [status, zetStatus] = useState<Verbindingsstatus>('verbinden');
  const [gesynchroniseerd, zetGesynchroniseerd] = useState(false);
  const [wachtrij, zetWachtrij] = useState(false);
  const [weigering, zetWeigering] = useState<string | null>(null);
  const [aanwezigen, zetAanwezigen] = useState<Aanwezige[]>([]);
  // Read-only until the server has said otherwise.
  const [toegang, zetToegang] = useState<Toegang | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabUrl(), onderdeelId, doc, {
      params: { token: leesSessie()?.accessToken ?? '' },
      connect: false,
      maxBackoffTime: 5000,
    });
    provider.messageHandlers[MESSAGE_TOEGANG] = (_encoder, decoder) => {
      zetToegang(JSON.parse(decoding.readVarString(decoder)) as Toegang);
    };
    let verbonden = false;
    let ooitVerbonden = false;
    let wachtend = false;

    const verbind = async () => {
      provider.params = { token: (await geldigToken()) ?? '' };
      provider.connect();
    };

    provider.on('status', ({ status: s }) => {
      verbonden = s === 'connected';
      if (verbonden) ooitVerbonden = true;
      zetStatus(
        s === 'connected'
          ? 'online'
          : s === 'connecting'
            ? ooitVerbonden
              ? 'opnieuw'
              : 'verbinden'
            : 'offline',
      );
    });
    provider.on('sync', (synced: boolean) => {
      zetGesynchroniseerd(synced);
      if (synced && verbonden) {
        wachtend = false;
        zetWachtrij(false);
      }
    });
    provider.on('connection-close', () => {
      // The next attempt carries a fresh token (an access token lives 15 minutes).
      void geldigToken().then((token) => {
        provider.params = { token: token ?? '' };
      });
    });
    provider.on('closed', (event: { code: number; reason: string }) => {
      if (event.code === 4401) {
        // Expired token: renew and try again once.
        void verbind();
        return;
      }
      zetStatus('geweigerd');
      zetWeigering(
        event.code === 4403
          ? 'U hebt geen toegang (meer) tot dit onderdeel of dit deel van de tekst.'
          : event.code === 4413
            ? 'Deze wijziging is te groot om op te slaan.'
            : event.code === 4400
              ? 'Deze wijziging is geweigerd (ongeldige inhoud).'
              : event.code === 4409
                ? event.reason ||
                  'Deze wijziging is geweigerd: in de onderhandeling verandert de tekst alleen via suggesties.'
                : `Verbinding geweigerd (${event.code}).`,
      );
    });
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider && !(verbonden && provider.synced) && !wachtend) {
        wachtend = true;
        zetWachtrij(true);
      }
    });

    const awareness = provider.awareness;
    awareness.setLocalStateField('user', gebruiker);
    const bijwerken = () => {
      const lijst: Aanwezige[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user = (state as { user?: Gebruiker }).user;
        if (user && clientId !== awareness.clientID) lijst.push({ ...user, clientId });
      });
      zetAanwezigen(lijst);
    };
    awareness.on('change', bijwerken);

    // The browser knows sooner than the socket that the network is gone: stop sending and keep
    // the changes in the document until the network is back; then the provider syncs them.
    const offline = () => {
      provider.disconnect();
      zetStatus('offline');
    };
    const online = () => void verbind();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);

    void verbind();
    zetSamen({ doc, provider });
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      awareness.off('change', bijwerken);
      provider.destroy();
      doc.destroy();
      zetSamen(null);
      zetToegang(null);
    };
    // The user's name and colour are set once per document; they do not change while it is open.
  }, [onderdeelId]);

  return { samen, status, gesynchroniseerd, wachtrij, weigering, aanwezigen, toegang };
}
