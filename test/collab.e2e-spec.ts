import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import * as Y from 'yjs';
import WebSocket from 'ws';
import {
  MAX_AWARENESS_BYTES,
  MAX_BERICHT_BYTES,
  MAX_UPDATE_BYTES,
} from '../src/collaboration/collab.protocol';
import { CollabServer } from '../src/collaboration/collab.server';
import { CollabStore } from '../src/collaboration/collab.store';
import { fragmentToProseMirror } from '../src/collaboration/prosemirror';
import { heeftStuurteken } from '../src/common/stuurtekens';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import {
  awarenessBericht,
  awarenessStaten,
  Editors,
  type Editor,
  rauweVerbinding,
  rondreis,
  sluitingBinnen,
  syncBericht,
  toegangBerichten,
  typ,
  voegAlineaToe,
  volgendeHerverbinding,
  wachtOpSync,
  wachtTot,
} from './support/collab-clients';
import { herstart, sluitNaHerstart } from './support/restart-app';
import { gqlOkAls, sqlRij, sqlRijen } from './support/als';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The co-editor as its users notice it, with real clients: the stock y-websocket
 * WebsocketProvider over `ws` against the whole app (auth, permissions, PostgreSQL). Runs on the
 * embedded database and, with DATABASE_URL, on PostgreSQL.
 */

const EMAIL = {
  gemeente: 'gemeente@demo.driehoek.nl', // ondertekenaar + beheerder, regie
  lezer: 'gemeente-lezer@demo.driehoek.nl', // LEZER bij de gemeente
  corporatie: 'corporatie@demo.driehoek.nl', // ondertekenaar + beheerder van De Vliet
  huurders: 'huurders@demo.driehoek.nl', // ondertekenaar van de huurdersvereniging
  zorg: 'zorg@demo.driehoek.nl', // ondertekent alleen de bijlage
  welzijn: 'welzijn@demo.driehoek.nl', // opsteller, ondertekent alleen de bijlage
  provincie: 'provincie@demo.driehoek.nl', // waarnemer
  buiten: 'buiten@demo.driehoek.nl', // neemt niet deel
} as const;
type Persoon = keyof typeof EMAIL;

/** What the materialised text must show within, after an edit (the issue: 2 seconds). */
const MATERIALISATIE_MS = 2000;

interface AfspraakRef {
  id: string;
  tekst: string;
}
interface OnderdeelRef {
  id: string;
  soort: 'HOOFDDOCUMENT' | 'BIJLAGE';
  afspraken: AfspraakRef[];
}

const DEMO = /* GraphQL */ `
  {
    overeenkomsten {
      items {
        id
        deelnemers {
          id
          rol
          partij {
            id
            naam
          }
        }
        onderdelen {
          id
          soort
          ondertekenaars {
            id
          }
          afspraken {
            id
            tekst
          }
        }
      }
    }
  }
`;
const AFSPRAAK = `query($id: ID!) { afspraak(id: $id) { tekst tekstJson } }`;
const ALLE_TEKSTEN = `query($id: ID!) { overeenkomst(id: $id) { preambule afspraken { id tekst } } }`;

async function loginAlle(t: TestApp): Promise<Record<Persoon, string>> {
  const tokens = await Promise.all(
    Object.values(EMAIL).map((email) => t.login(email, DEMO_WACHTWOORD)),
  );
  return Object.fromEntries(Object.keys(EMAIL).map((p, i) => [p, tokens[i]])) as Record<
    Persoon,
    string
  >;
}

/** Polls GraphQL until the afspraak's text passes the check; returns it and how long it took. */
async function materialisatie(
  t: TestApp,
  token: string,
  afspraakId: string,
  check: (tekst: string) => boolean,
  vanaf = Date.now(),
): Promise<{ tekst: string; tekstJson: any; ms: number }> {
  const afspraak = await wachtTot(
    `de tekst van afspraak ${afspraakId} in GraphQL`,
    async () => {
      const { afspraak } = await gqlOkAls(t, token, AFSPRAAK, { id: afspraakId });
      return check(afspraak.tekst) ? afspraak : null;
    },
    { timeoutMs: MATERIALISATIE_MS + 1000, intervalMs: 25 },
  );
  return { ...afspraak, ms: Date.now() - vanaf };
}

/** Has every editor the same fragment, containing every piece? */
function gelijk(editors: Editor[], fragment: string, stukken: string[]): boolean {
  const xml = editors.map((e) => e.xml(fragment));
  return (
    xml.every((x) => x === xml[0]) && stukken.every((s) => editors[0]!.tekst(fragment).includes(s))
  );
}

describe('co-editor (Yjs over y-websocket)', () => {
  let t: TestApp;
  let tokens: Record<Persoon, string>;
  let overeenkomstId: string;
  let deelnemers: { id: string; rol: string; partij: { id: string; naam: string } }[];
  let hoofd: OnderdeelRef & { ondertekenaars: { id: string }[] };
  let bijlage: OnderdeelRef & { ondertekenaars: { id: string }[] };
  const editors = new Editors(() => t.baseUrl);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    tokens = await loginAlle(t);
    const { overeenkomsten } = await gqlOkAls(t, tokens.gemeente, DEMO);
    const demo = overeenkomsten.items[0];
    overeenkomstId = demo.id;
    deelnemers = demo.deelnemers;
    hoofd = demo.onderdelen.find((o: OnderdeelRef) => o.soort === 'HOOFDDOCUMENT');
    bijlage = demo.onderdelen.find((o: OnderdeelRef) => o.soort === 'BIJLAGE');
  });

  afterEach(() => editors.sluitAlles());

  afterAll(async () => {
    editors.sluitAlles();
    await t?.close();
  });

  it('the seeded texts are in the layout: one XmlFragment of paragraphs per afspraak, named after its id', async () => {
    const editor = await editors.gesynct(hoofd.id, tokens.gemeente);
    for (const afspraak of hoofd.afspraken) {
      const fragment = editor.fragment(afspraak.id);
      expect(fragment.length).toBeGreaterThan(0);
      expect(fragment.toArray().every((n) => n instanceof Y.XmlElement)).toBe(true);
      expect(editor.tekst(afspraak.id)).toBe(afspraak.tekst);
    }
    expect(editor.tekst('preambule').length).toBeGreaterThan(100);
  });

  it('three writers of three organisations in one afspraak converge on the same text, materialised within 2 s', async () => {
    const afspraak = hoofd.afspraken[0]!;
    const [gemeente, corporatie, huurders] = await Promise.all([
      editors.gesynct(hoofd.id, tokens.gemeente),
      editors.gesynct(hoofd.id, tokens.corporatie),
      editors.gesynct(hoofd.id, tokens.huurders),
    ]);
    // At the same moment, before anyone sees the others: into the same line, at the same place.
    typ(gemeente.fragment(afspraak.id), 0, '[gemeente] ');
    typ(corporatie.fragment(afspraak.id), 0, '[corporatie] ');
    typ(huurders.fragment(afspraak.id), 0, '[huurders] ');
    voegAlineaToe(corporatie.fragment(afspraak.id), 'Vetgedrukt van de corporatie.', {
      bold: {},
    });
    voegAlineaToe(huurders.fragment(afspraak.id), 'Aanvulling van de huurders.');
    const verstuurd = Date.now();
    const stukken = [
      '[gemeente] ',
      '[corporatie] ',
      '[huurders] ',
      'Vetgedrukt van de corporatie.',
      'Aanvulling van de huurders.',
    ];
    await wachtTot('dezelfde tekst bij alle drie', () =>
      gelijk([gemeente, corporatie, huurders], afspraak.id, stukken),
    );
    expect(gemeente.tekst(afspraak.id)).toContain(afspraak.tekst);

    const { tekst, tekstJson, ms } = await materialisatie(
      t,
      tokens.provincie,
      afspraak.id,
      (tekst) => stukken.every((s) => tekst.includes(s)),
      verstuurd,
    );
    expect(ms).toBeLessThan(MATERIALISATIE_MS);
    expect(tekst).toBe(gemeente.tekst(afspraak.id));
    expect(tekstJson).toEqual(fragmentToProseMirror(huurders.fragment(afspraak.id)));
    expect(tekstJson.content).toContainEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Vetgedrukt van de corporatie.', marks: [{ type: 'bold' }] }],
    });
  });

  it.each([
    ['provincie', 'the provincie (waarnemer)', 1],
    ['lezer', 'a LEZER of the gemeente', 2],
    ['zorg', 'a zorgaanbieder in the hoofddocument', 3],
  ] as const)(
    '%s: %s sees edits live, but its own edits reach nobody and are not stored',
    async (lezer, _wie, index) => {
      const afspraak = hoofd.afspraken[index]!;
      const schrijver = await editors.gesynct(hoofd.id, tokens.gemeente);
      const meelezer = await editors.gesynct(hoofd.id, tokens[lezer]);

      voegAlineaToe(schrijver.fragment(afspraak.id), `Live voor ${lezer}.`);
      await wachtTot('de wijziging bij de meelezer', () =>
        meelezer.tekst(afspraak.id).includes(`Live voor ${lezer}.`),
      );

      // The reader types, and deletes the first paragraph.
      voegAlineaToe(meelezer.fragment(afspraak.id), `Poging van ${lezer}.`);
      typ(meelezer.fragment(afspraak.id), 0, `[${lezer}] `);
      meelezer.fragment(afspraak.id).delete(0, 1);
      // A later edit by a writer: once that one is through (and materialised), so would the
      // reader's have been.
      voegAlineaToe(schrijver.fragment(afspraak.id), `Daarna de gemeente (${lezer}).`);
      await wachtTot('de latere wijziging bij de meelezer', () =>
        meelezer.tekst(afspraak.id).includes(`Daarna de gemeente (${lezer}).`),
      );
      const { tekst } = await materialisatie(t, tokens.gemeente, afspraak.id, (tekst) =>
        tekst.includes(`Daarna de gemeente (${lezer}).`),
      );
      await rondreis(meelezer);

      const nieuw = await editors.gesynct(hoofd.id, tokens.corporatie);
      for (const tekstVan of [schrijver.tekst(afspraak.id), nieuw.tekst(afspraak.id), tekst]) {
        expect(tekstVan).not.toContain(`Poging van ${lezer}.`);
        expect(tekstVan).not.toContain(`[${lezer}]`);
        expect(tekstVan.startsWith(afspraak.tekst)).toBe(true);
        expect(tekstVan).toContain(`Daarna de gemeente (${lezer}).`);
      }
      expect(nieuw.xml(afspraak.id)).toBe(schrijver.xml(afspraak.id));
      const { afspraak: naAfloop } = await gqlOkAls(t, tokens.gemeente, AFSPRAAK, {
        id: afspraak.id,
      });
      expect(naAfloop.tekst).toBe(schrijver.tekst(afspraak.id));
    },
  );

  it('a zorgaanbieder writes in the bijlage it signs', async () => {
    const afspraak = bijlage.afspraken[0]!;
    const zorg = await editors.gesynct(bijlage.id, tokens.zorg);
    const corporatie = await editors.gesynct(bijlage.id, tokens.corporatie);
    voegAlineaToe(zorg.fragment(afspraak.id), 'De zorggroep levert de wijkverpleging.');
    const verstuurd = Date.now();
    await wachtTot('de zin van de zorggroep bij de corporatie', () =>
      corporatie.tekst(afspraak.id).includes('De zorggroep levert de wijkverpleging.'),
    );
    const { ms } = await materialisatie(
      t,
      tokens.zorg,
      afspraak.id,
      (tekst) => tekst.endsWith('De zorggroep levert de wijkverpleging.'),
      verstuurd,
    );
    expect(ms).toBeLessThan(MATERIALISATIE_MS);
  });

  it('a text set through GraphQL (updateAfspraak) appears at once in open editors', async () => {
    const afspraak = hoofd.afspraken[4]!;
    const corporatie = await editors.gesynct(hoofd.id, tokens.corporatie);
    const provincie = await editors.gesynct(hoofd.id, tokens.provincie);
    const tekst = 'Eerste regel uit het formulier.\nTweede regel uit het formulier.';
    await gqlOkAls(
      t,
      tokens.gemeente,
      `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id } }`,
      {
        input: { id: afspraak.id, tekst },
      },
    );
    await wachtTot(
      'de nieuwe tekst in beide editors',
      () => [corporatie, provincie].every((e) => e.tekst(afspraak.id) === tekst),
      { timeoutMs: 1000 },
    );
    expect(corporatie.fragment(afspraak.id).length).toBe(2);
    // Stored and materialised before the mutation answered.
    const { afspraak: opgeslagen } = await gqlOkAls(t, tokens.lezer, AFSPRAAK, { id: afspraak.id });
    expect(opgeslagen.tekst).toBe(tekst);

    // Editing goes on from there, for everyone.
    typ(corporatie.fragment(afspraak.id), 0, 'Aangevuld: ');
    await wachtTot('de aanvulling bij de provincie', () =>
      provincie.tekst(afspraak.id).startsWith('Aangevuld: Eerste regel'),
    );
  });

  it('a client that was offline while others edited merges cleanly on reconnect', async () => {
    const afspraak = bijlage.afspraken[1]!;
    const gemeente = await editors.gesynct(bijlage.id, tokens.gemeente);
    const corporatie = await editors.gesynct(bijlage.id, tokens.corporatie);
    const zorg = await editors.gesynct(bijlage.id, tokens.zorg);

    gemeente.provider.disconnect();
    await wachtTot('de gemeente offline', () => !gemeente.provider.wsconnected);
    typ(gemeente.fragment(afspraak.id), 0, '[offline gemeente] ');
    voegAlineaToe(gemeente.fragment(afspraak.id), 'Geschreven in de trein.');
    typ(corporatie.fragment(afspraak.id), 0, '[corporatie] ');
    voegAlineaToe(zorg.fragment(afspraak.id), 'Intussen door de zorggroep.');
    await wachtTot('corporatie en zorggroep gelijk', () =>
      gelijk([corporatie, zorg], afspraak.id, ['[corporatie] ', 'Intussen door de zorggroep.']),
    );
    expect(gemeente.tekst(afspraak.id)).not.toContain('Intussen door de zorggroep.');

    gemeente.provider.connect();
    const verstuurd = Date.now();
    const stukken = [
      '[offline gemeente] ',
      'Geschreven in de trein.',
      '[corporatie] ',
      'Intussen door de zorggroep.',
    ];
    await wachtTot('alle drie gelijk, zonder verlies', () =>
      gelijk([gemeente, corporatie, zorg], afspraak.id, stukken),
    );
    expect(gemeente.tekst(afspraak.id)).toContain(afspraak.tekst);
    const { ms } = await materialisatie(
      t,
      tokens.gemeente,
      afspraak.id,
      (tekst) => stukken.every((s) => tekst.includes(s)),
      verstuurd,
    );
    expect(ms).toBeLessThan(MATERIALISATIE_MS);
  });

  it('a client offline while the document left memory merges on reconnect', async () => {
    const afspraak = hoofd.afspraken[5]!;
    const collab = t.app.get(CollabServer);
    const huurders = await editors.gesynct(hoofd.id, tokens.huurders);
    const corporatie = await editors.gesynct(hoofd.id, tokens.corporatie);
    huurders.provider.disconnect();
    voegAlineaToe(huurders.fragment(afspraak.id), 'Offline geschreven door de huurders.');
    voegAlineaToe(corporatie.fragment(afspraak.id), 'Daarna door de corporatie.');
    const zorg = await editors.gesynct(hoofd.id, tokens.zorg);
    await wachtTot('de corporatie bij een ander', () =>
      zorg.tekst(afspraak.id).includes('Daarna door de corporatie.'),
    );
    corporatie.destroy();
    zorg.destroy();
    await wachtTot(
      'het document uit het geheugen',
      () => !collab.geladenDocumenten.includes(hoofd.id),
    );

    huurders.provider.connect();
    await wachtOpSync(huurders);
    const nieuw = await editors.gesynct(hoofd.id, tokens.gemeente);
    await wachtTot('beide zinnen bij een nieuwe client', () =>
      gelijk([huurders, nieuw], afspraak.id, [
        'Offline geschreven door de huurders.',
        'Daarna door de corporatie.',
      ]),
    );
  });

  describe('unauthorised handshakes are refused, and the stock client stops retrying', () => {
    const geweigerd: [string, number, () => string | null, () => string][] = [
      ['no token', 4401, () => null, () => hoofd.id],
      ['a bad token', 4401, () => 'geen-geldig-token', () => hoofd.id],
      ['a tampered token', 4401, () => `${tokens.gemeente.slice(0, -4)}AAAA`, () => hoofd.id],
      ['an outsider (buiten@)', 4403, () => tokens.buiten, () => hoofd.id],
      ['an unknown onderdeel', 4403, () => tokens.gemeente, () => randomUUID()],
      ['an onderdeel id that is no id', 4403, () => tokens.gemeente, () => 'rommel'],
    ];
    it.each(geweigerd)('%s → %d', async (_wat, code, token, onderdeel) => {
      let pogingen = 0;
      const tel = (request: IncomingMessage) => {
        if (request.url?.startsWith('/collab/')) pogingen++;
      };
      const server = t.app.getHttpServer() as import('node:http').Server;
      server.on('upgrade', tel);
      const herverbinding = volgendeHerverbinding();
      try {
        const editor = editors.open(onderdeel(), token());
        const gesloten = new Promise<{ code: number }>((resolve) =>
          editor.provider.once('closed', (event: { code: number }) => resolve(event)),
        );
        expect((await gesloten).code).toBe(code);
        expect(editor.provider.shouldConnect).toBe(false);
        // The moment the first retry would have started.
        await herverbinding.gedaan;
        expect(editor.sluitingen.map((s) => s.code)).toEqual([code]);
        expect(editor.pogingen).toBe(1);
        expect(pogingen).toBe(1);
        expect(editor.provider.synced).toBe(false);
      } finally {
        herverbinding.stop();
        server.off('upgrade', tel);
      }
    });
  });

  it('a WebSocket to another path is answered 404, not left hanging', async () => {
    const socket = new WebSocket(`${t.baseUrl.replace(/^http/, 'ws')}/elders`);
    const status = await new Promise<number>((resolve, reject) => {
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.once('open', () => reject(new Error('verbonden met een onbekend pad')));
      socket.once('error', () => undefined);
    });
    expect(status).toBe(404);
    socket.terminate();
  });

  describe('bad input closes that connection and leaves the document and the server intact', () => {
    const afspraakUpdate = () => {
      const doc = new Y.Doc();
      voegAlineaToe(doc.getXmlFragment(hoofd.afspraken[6]!.id), 'Zou nooit mogen landen.');
      return Y.encodeStateAsUpdate(doc);
    };

    it.each([
      ['raw garbage', () => new Uint8Array([0xff, 0xff, 0xff])],
      ['an unknown message type', () => new Uint8Array([7, 1, 2, 3])],
      ['an empty message', () => new Uint8Array(0)],
      [
        'a truncated sync message',
        () => {
          const bericht = syncBericht(2, afspraakUpdate());
          return bericht.slice(0, Math.floor(bericht.length / 2));
        },
      ],
      [
        'a sync update whose Yjs update is cut off',
        () => {
          const update = afspraakUpdate();
          return syncBericht(2, update.slice(0, Math.floor(update.length / 2)));
        },
      ],
      [
        'a sync step 1 with a broken state vector',
        () => syncBericht(0, new Uint8Array([0xff, 0xff])),
      ],
      ['an unknown sync step', () => syncBericht(9, new Uint8Array([1]))],
    ])('%s → 4400', async (_wat, bytes) => {
      const afspraak = hoofd.afspraken[6]!;
      const schrijver = await editors.gesynct(hoofd.id, tokens.gemeente);
      const voor = schrijver.xml(afspraak.id);

      const rauw = rauweVerbinding(t.baseUrl, hoofd.id, tokens.gemeente);
      await rauw.open;
      await wachtTot('het eerste bericht van de server', () => rauw.berichten.length > 0);
      rauw.ws.send(bytes());
      expect(await sluitingBinnen(rauw, 2000)).toMatchObject({ code: 4400 });

      await expectIntact(schrijver, afspraak.id, voor);
    });

    it(`an oversized message (> ${MAX_BERICHT_BYTES} bytes) closes that connection`, async () => {
      const afspraak = hoofd.afspraken[6]!;
      const schrijver = await editors.gesynct(hoofd.id, tokens.gemeente);
      const voor = schrijver.xml(afspraak.id);

      const rauw = rauweVerbinding(t.baseUrl, hoofd.id, tokens.gemeente);
      await rauw.open;
      await wachtTot('het eerste bericht van de server', () => rauw.berichten.length > 0);
      const groot = new Y.Doc();
      voegAlineaToe(groot.getXmlFragment(afspraak.id), 'x'.repeat(MAX_BERICHT_BYTES + 16));
      rauw.ws.send(syncBericht(2, Y.encodeStateAsUpdate(groot)));
      const sluiting = await sluitingBinnen(rauw, 3000);
      // 1009 (message too big); 1006 when the server drops the socket before the close frame.
      expect([1009, 1006]).toContain(sluiting?.code);

      await expectIntact(schrijver, afspraak.id, voor);
    });

    /** The writer is still connected, a new client syncs the same state, GraphQL answers. */
    async function expectIntact(schrijver: Editor, afspraakId: string, voor: string) {
      expect(schrijver.provider.wsconnected).toBe(true);
      const nieuw = await editors.gesynct(hoofd.id, tokens.corporatie);
      expect(nieuw.xml(afspraakId)).toBe(voor);
      expect(nieuw.tekst(afspraakId)).not.toContain('Zou nooit mogen landen.');
      const zin = `Na de rommel ${randomUUID()}`;
      voegAlineaToe(schrijver.fragment(afspraakId), zin);
      await wachtTot('een nieuwe wijziging bij de nieuwe client', () =>
        nieuw.tekst(afspraakId).includes(zin),
      );
      const { tekst } = await materialisatie(t, tokens.gemeente, afspraakId, (tekst) =>
        tekst.includes(zin),
      );
      expect(tekst).not.toContain('Zou nooit mogen landen.');
      expect(t.app.get(CollabServer).geladenDocumenten).toContain(hoofd.id);
    }
  });

  describe('a writer sends clean text, only into fragments of the layout it may change, within the limits', () => {
    /** The newest position in the document's update log (compaction only removes older rows). */
    const laatsteLogId = async (onderdeelId: string) =>
      (
        await sqlRij<{ id: string | null }>(
          t.app,
          'select max(id)::text as id from collab_update where onderdeel_id = ?',
          [onderdeelId],
        )
      ).id ?? '0';
    const logRijenNa = async (onderdeelId: string, id: string) =>
      (
        await sqlRij<{ aantal: number }>(
          t.app,
          'select count(*)::int as aantal from collab_update where onderdeel_id = ? and id > ?',
          [onderdeelId, id],
        )
      ).aantal;

    /** A raw connection of `wie` that has had the server's first messages. */
    async function rauw(wie: Persoon, onderdeelId = hoofd.id) {
      const verbinding = rauweVerbinding(t.baseUrl, onderdeelId, tokens[wie]);
      await verbinding.open;
      await wachtTot('het eerste bericht van de server', () => verbinding.berichten.length > 0);
      return verbinding;
    }

    /** An update made by another client on the document as `editor` has it now. */
    function updateOp(editor: Editor, wat: (doc: Y.Doc) => void): Uint8Array {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(editor.doc));
      const voor = Y.encodeStateVector(doc);
      wat(doc);
      return Y.encodeStateAsUpdate(doc, voor);
    }

    const eersteTekst = (doc: Y.Doc, fragment: string) =>
      (doc.getXmlFragment(fragment).get(0) as Y.XmlElement).get(0) as Y.XmlText;

    it.each([
      [
        'gemeente',
        'NUL in an afspraak',
        'hoofd',
        (doc: Y.Doc, a: string) => eersteTekst(doc, a).insert(0, 'Zou\u0000 nooit'),
        4400,
      ],
      [
        'gemeente',
        'an escape sequence in an afspraak',
        'hoofd',
        (doc: Y.Doc, a: string) => voegAlineaToe(doc.getXmlFragment(a), '\u001b[31mZou nooit'),
        4400,
      ],
      [
        'corporatie',
        'text into the preamble (corporatie)',
        'hoofd',
        (doc: Y.Doc) => eersteTekst(doc, 'preambule').insert(0, 'Zou nooit '),
        4403,
      ],
      [
        'huurders',
        'text into the preamble (huurders)',
        'hoofd',
        (doc: Y.Doc) => voegAlineaToe(doc.getXmlFragment('preambule'), 'Zou nooit mogen landen.'),
        4403,
      ],
      [
        'corporatie',
        'deleting from the preamble',
        'hoofd',
        (doc: Y.Doc) => eersteTekst(doc, 'preambule').delete(0, 10),
        4403,
      ],
      [
        'gemeente',
        'a fragment that is no afspraak',
        'hoofd',
        (doc: Y.Doc) => voegAlineaToe(doc.getXmlFragment('rommel'), 'Zou nooit mogen landen.'),
        4403,
      ],
      [
        'gemeente',
        'an afspraak of the bijlage in the hoofddocument',
        'hoofd',
        (doc: Y.Doc) =>
          voegAlineaToe(doc.getXmlFragment(bijlage.afspraken[2]!.id), 'Zou nooit mogen landen.'),
        4403,
      ],
      [
        'corporatie',
        'a preamble in the bijlage',
        'bijlage',
        (doc: Y.Doc) => voegAlineaToe(doc.getXmlFragment('preambule'), 'Zou nooit mogen landen.'),
        4403,
      ],
      [
        'gemeente',
        `an update over the limit (${MAX_UPDATE_BYTES} bytes) into an afspraak`,
        'hoofd',
        (doc: Y.Doc, a: string) =>
          voegAlineaToe(
            doc.getXmlFragment(a),
            'Zou nooit mogen landen. ' + 'x'.repeat(MAX_UPDATE_BYTES),
          ),
        4413,
      ],
      [
        'gemeente',
        'a 1.9 MB update into an unknown fragment',
        'hoofd',
        (doc: Y.Doc) =>
          voegAlineaToe(
            doc.getXmlFragment('opslag'),
            'Zou nooit mogen landen. ' + 'x'.repeat(1_900_000),
          ),
        4413,
      ],
    ] as const)(
      '%s: %s → %s, not stored, not broadcast, the connection closed',
      async (wie, _wat, waar, wijziging, code) => {
        const onderdeel = waar === 'hoofd' ? hoofd : bijlage;
        const afspraakId = onderdeel.afspraken[onderdeel.afspraken.length - 1]!.id;
        const meelezer = await editors.gesynct(onderdeel.id, tokens.gemeente);
        const voor = {
          log: await laatsteLogId(onderdeel.id),
          staat: Y.encodeStateVector(meelezer.doc),
        };

        const verbinding = await rauw(wie, onderdeel.id);
        verbinding.ws.send(
          syncBericht(
            2,
            updateOp(meelezer, (doc) => wijziging(doc, afspraakId)),
          ),
        );
        expect(await sluitingBinnen(verbinding, 3000)).toMatchObject({ code });

        // A later edit through: had the refused one been broadcast, it would have come first.
        const zin = `Daarna ${randomUUID()}`;
        const schrijver = await editors.gesynct(onderdeel.id, tokens.corporatie);
        voegAlineaToe(schrijver.fragment(afspraakId), zin);
        await wachtTot('de latere zin bij de meelezer', () =>
          meelezer.tekst(afspraakId).includes(zin),
        );
        expect(JSON.stringify(meelezer.doc.toJSON())).not.toContain('Zou nooit');
        expect(meelezer.doc.share.has('rommel') || meelezer.doc.share.has('opslag')).toBe(false);
        // Only the later edit was stored.
        expect(await logRijenNa(onderdeel.id, voor.log)).toBe(1);
        const { updates } = await t.app.get(CollabStore).load(onderdeel.id);
        const opgeslagen = new Y.Doc();
        updates.forEach((u) => Y.applyUpdate(opgeslagen, u));
        expect(JSON.stringify(opgeslagen.toJSON())).not.toContain('Zou nooit');
        expect(Y.encodeStateVector(opgeslagen)).toEqual(Y.encodeStateVector(meelezer.doc));
        expect(voor.staat).not.toEqual(Y.encodeStateVector(meelezer.doc));
      },
    );

    it('the regie (gemeente) writes the preamble through the co-editor', async () => {
      const corporatie = await editors.gesynct(hoofd.id, tokens.corporatie);
      const gemeente = await editors.gesynct(hoofd.id, tokens.gemeente);
      voegAlineaToe(gemeente.fragment('preambule'), 'Door de regie toegevoegd.');
      await wachtTot('de preambule bij de corporatie', () =>
        corporatie.tekst('preambule').endsWith('Door de regie toegevoegd.'),
      );
      await wachtTot('de preambule in GraphQL', async () => {
        const { overeenkomst } = await gqlOkAls(t, tokens.corporatie, ALLE_TEKSTEN, {
          id: overeenkomstId,
        });
        return overeenkomst.preambule.endsWith('Door de regie toegevoegd.');
      });
      expect(gemeente.sluitingen).toEqual([]);
    });

    it(`an awareness state over ${MAX_AWARENESS_BYTES} bytes closes the connection with 4413 and reaches nobody`, async () => {
      const waarnemer = await rauw('provincie');
      const verbinding = await rauw('corporatie');
      verbinding.ws.send(
        awarenessBericht(4242, 1, { user: { name: 'x'.repeat(MAX_AWARENESS_BYTES) } }),
      );
      expect(await sluitingBinnen(verbinding, 3000)).toMatchObject({ code: 4413 });
      const ander = await rauw('huurders');
      ander.ws.send(awarenessBericht(4343, 1, { user: { name: 'Huurders' } }));
      await wachtTot('de staat van de huurders bij de waarnemer', () =>
        awarenessStaten(waarnemer).some((s) => s.clientId === 4343),
      );
      expect(awarenessStaten(waarnemer).map((s) => s.clientId)).not.toContain(4242);
      waarnemer.ws.close();
      ander.ws.close();
    });

    it("awareness about another connection's client is not relayed (no forged names, no removing others)", async () => {
      const waarnemer = await rauw('provincie');
      const gemeente = await rauw('gemeente');
      gemeente.ws.send(awarenessBericht(5151, 1, { user: { name: 'Gemeente' } }));
      await wachtTot('de gemeente bij de waarnemer', () =>
        awarenessStaten(waarnemer).some((s) => s.clientId === 5151),
      );
      const corporatie = await rauw('corporatie');
      corporatie.ws.send(awarenessBericht(5252, 1, { user: { name: 'Corporatie' } }));
      corporatie.ws.send(awarenessBericht(5151, 2, { user: { name: 'Vervalst' } }));
      corporatie.ws.send(awarenessBericht(5151, 3, null));
      corporatie.ws.send(awarenessBericht(5252, 2, { user: { name: 'Corporatie klaar' } }));
      await wachtTot('de laatste staat van de corporatie bij de waarnemer', () =>
        awarenessStaten(waarnemer).some(
          (s) => s.clientId === 5252 && JSON.stringify(s.state).includes('klaar'),
        ),
      );
      const over5151 = awarenessStaten(waarnemer).filter((s) => s.clientId === 5151);
      expect(over5151.map((s) => s.state)).toEqual([{ user: { name: 'Gemeente' } }]);
      expect(await sluitingBinnen(corporatie, 50)).toBeNull();
      for (const v of [waarnemer, gemeente, corporatie]) v.ws.close();
    });

    it.each([
      [
        'gemeente',
        'hoofd',
        { alleenLezen: false, preambuleAlleenLezen: false, bevroren: false, onderhandelen: false },
      ],
      [
        'corporatie',
        'hoofd',
        { alleenLezen: false, preambuleAlleenLezen: true, bevroren: false, onderhandelen: false },
      ],
      [
        'provincie',
        'hoofd',
        { alleenLezen: true, preambuleAlleenLezen: true, bevroren: false, onderhandelen: false },
      ],
      [
        'zorg',
        'hoofd',
        { alleenLezen: true, preambuleAlleenLezen: true, bevroren: false, onderhandelen: false },
      ],
      [
        'zorg',
        'bijlage',
        { alleenLezen: false, preambuleAlleenLezen: true, bevroren: false, onderhandelen: false },
      ],
    ] as const)(
      '%s in the %s is told on connect what it may change',
      async (wie, waar, toegang) => {
        const verbinding = await rauw(wie, waar === 'hoofd' ? hoofd.id : bijlage.id);
        await wachtTot('het toegangsbericht', () => toegangBerichten(verbinding).length > 0);
        expect(toegangBerichten(verbinding)).toEqual([toegang]);
        verbinding.ws.close();
      },
    );
  });

  it('fragments outside the layout, already in a stored document, are ignored by materialisation', async () => {
    const collab = t.app.get(CollabServer);
    await wachtTot('beide documenten uit het geheugen', () =>
      [hoofd.id, bijlage.id].every((id) => !collab.geladenDocumenten.includes(id)),
    );
    const { overeenkomst: voor } = await gqlOkAls(t, tokens.gemeente, ALLE_TEKSTEN, {
      id: overeenkomstId,
    });
    // Stored before the co-editor refused such updates: a made-up fragment, an afspraak of the
    // bijlage inside the hoofddocument, a preamble in the bijlage.
    const store = t.app.get(CollabStore);
    const inHoofd = new Y.Doc();
    voegAlineaToe(inHoofd.getXmlFragment('rommel'), 'Rommel-tekst.');
    voegAlineaToe(inHoofd.getXmlFragment(bijlage.afspraken[2]!.id), 'Verdwaalde tekst.');
    await store.append(hoofd.id, Y.encodeStateAsUpdate(inHoofd));
    const inBijlage = new Y.Doc();
    voegAlineaToe(inBijlage.getXmlFragment('preambule'), 'Preambule in de bijlage.');
    await store.append(bijlage.id, Y.encodeStateAsUpdate(inBijlage));

    const gemeente = await editors.gesynct(hoofd.id, tokens.gemeente);
    const corporatie = await editors.gesynct(bijlage.id, tokens.corporatie);
    expect(gemeente.tekst('rommel')).toBe('Rommel-tekst.');
    // Edits that do belong, in both documents: once they are materialised, so were the others.
    voegAlineaToe(gemeente.fragment(hoofd.afspraken[7]!.id), 'Wel in de indeling (hoofd).');
    voegAlineaToe(corporatie.fragment(bijlage.afspraken[3]!.id), 'Wel in de indeling (bijlage).');
    await materialisatie(t, tokens.gemeente, hoofd.afspraken[7]!.id, (tekst) =>
      tekst.endsWith('Wel in de indeling (hoofd).'),
    );
    await materialisatie(t, tokens.gemeente, bijlage.afspraken[3]!.id, (tekst) =>
      tekst.endsWith('Wel in de indeling (bijlage).'),
    );
    // Both documents' pending work, materialisation included, is done.
    await Promise.all([collab.bijgewerkt(hoofd.id), collab.bijgewerkt(bijlage.id)]);

    const { overeenkomst: na } = await gqlOkAls(t, tokens.gemeente, ALLE_TEKSTEN, {
      id: overeenkomstId,
    });
    expect(na.preambule).toBe(voor.preambule);
    const alles = JSON.stringify(na);
    for (const zin of ['Rommel-tekst.', 'Verdwaalde tekst.', 'Preambule in de bijlage.'])
      expect(alles).not.toContain(zin);
    expect(na.afspraken.find((a: AfspraakRef) => a.id === bijlage.afspraken[2]!.id).tekst).toBe(
      voor.afspraken.find((a: AfspraakRef) => a.id === bijlage.afspraken[2]!.id).tekst,
    );
    expect(gemeente.sluitingen).toEqual([]);
  });

  it('removing a member (verwijderLid by its beheerder) takes away its write access at once', async () => {
    const afspraak = hoofd.afspraken[8]!;
    // The beheerder of De Vliet invites a colleague as opsteller; she accepts.
    const { me } = await gqlOkAls(
      t,
      tokens.corporatie,
      `{ me { lidmaatschappen { partij { id } } } }`,
    );
    const deVliet = me.lidmaatschappen[0].partij.id;
    const email = `collega-${randomUUID().slice(0, 8)}@devliet.example`;
    const { nodigLidUit } = await gqlOkAls(
      t,
      tokens.corporatie,
      `mutation($input: NodigLidUitInput!) { nodigLidUit(input: $input) { token } }`,
      { input: { partijId: deVliet, email, rollen: ['OPSTELLER'] } },
    );
    const geaccepteerd = await t.gqlAs(
      null,
      `mutation($input: AccepteerUitnodigingInput!) { accepteerUitnodiging(input: $input) { accessToken } }`,
      {
        input: {
          token: nodigLidUit.token,
          naam: 'Nieuwe Collega',
          wachtwoord: 'collega-de-vliet-2026',
        },
      },
    );
    const collegaToken = (geaccepteerd.data as any).accepteerUitnodiging.accessToken as string;

    const collega = await editors.gesynct(hoofd.id, collegaToken);
    const gemeente = await editors.gesynct(hoofd.id, tokens.gemeente);
    voegAlineaToe(collega.fragment(afspraak.id), 'Nog als lid geschreven.');
    await wachtTot('de zin van de collega bij de gemeente', () =>
      gemeente.tekst(afspraak.id).includes('Nog als lid geschreven.'),
    );
    // A second connection of hers on a slow network: it has not yet read what the server sends
    // when the removal happens, so its next edit is already underway.
    const traag = rauweVerbinding(t.baseUrl, hoofd.id, collegaToken);
    await traag.open;
    await wachtTot('het eerste bericht op de trage verbinding', () => traag.berichten.length > 0);
    const traagSocket = (traag.ws as any)._socket as import('node:net').Socket;
    traagSocket.pause();

    const { leden } = await gqlOkAls(
      t,
      tokens.corporatie,
      `query($id: ID!) { leden(partijId: $id) { id email } }`,
      {
        id: deVliet,
      },
    );
    const lid = leden.find((l: { email: string }) => l.email === email);
    await gqlOkAls(
      t,
      tokens.corporatie,
      `mutation($input: IdInput!) { verwijderLid(input: $input) }`,
      {
        input: { id: lid.id },
      },
    );
    // Right after the mutation answered: the next edit reaches nobody.
    voegAlineaToe(collega.fragment(afspraak.id), 'Na het verwijderen geschreven.');
    const onderweg = new Y.Doc();
    voegAlineaToe(onderweg.getXmlFragment(afspraak.id), 'Via de trage verbinding geschreven.');
    traag.ws.send(syncBericht(2, Y.encodeStateAsUpdate(onderweg)));
    voegAlineaToe(gemeente.fragment(afspraak.id), 'Daarna de gemeente (lid weg).');
    await materialisatie(t, tokens.gemeente, afspraak.id, (tekst) =>
      tekst.endsWith('Daarna de gemeente (lid weg).'),
    );
    // Every message the server has received for the document is handled, stored and materialised.
    await t.app.get(CollabServer).bijgewerkt(hoofd.id);
    const nieuw = await editors.gesynct(hoofd.id, tokens.huurders);
    const { afspraak: opgeslagen } = await gqlOkAls(t, tokens.gemeente, AFSPRAAK, {
      id: afspraak.id,
    });
    for (const tekst of [gemeente.tekst(afspraak.id), nieuw.tekst(afspraak.id), opgeslagen.tekst]) {
      expect(tekst).toContain('Nog als lid geschreven.');
      expect(tekst).not.toContain('Na het verwijderen geschreven.');
      expect(tekst).not.toContain('Via de trage verbinding geschreven.');
    }
    traagSocket.resume();
    expect(await sluitingBinnen(traag, 2000)).toMatchObject({ code: 4403 });
    // No longer a participant at all: the connection is closed for good (4403), no retries.
    await wachtTot('de verbinding van de collega gesloten', () => collega.sluitingen.length > 0);
    expect(collega.sluitingen[0]!.code).toBe(4403);
    expect(collega.provider.shouldConnect).toBe(false);
  });

  it('a partij taken off the signatories (and made waarnemer) keeps reading but can no longer write', async () => {
    const afspraak = bijlage.afspraken[4]!;
    const welzijn = deelnemers.find((d) => d.partij.naam === 'Welzijn Vlietdam')!;
    const schrijvend = await editors.gesynct(bijlage.id, tokens.welzijn);
    const gemeente = await editors.gesynct(bijlage.id, tokens.gemeente);
    // What the server tells a connection of Welzijn about its rights, as they change.
    const rauw = rauweVerbinding(t.baseUrl, bijlage.id, tokens.welzijn);
    await rauw.open;
    await wachtTot('het eerste toegangsbericht', () => toegangBerichten(rauw).length > 0);
    voegAlineaToe(schrijvend.fragment(afspraak.id), 'Welzijn tekent nog.');
    await wachtTot('de zin van welzijn bij de gemeente', () =>
      gemeente.tekst(afspraak.id).includes('Welzijn tekent nog.'),
    );

    // The gemeente takes Welzijn Vlietdam off the bijlage's signatories, then makes it waarnemer.
    await gqlOkAls(
      t,
      tokens.gemeente,
      `mutation($input: UpdateOnderdeelInput!) { updateOnderdeel(input: $input) { id } }`,
      {
        input: {
          id: bijlage.id,
          ondertekenaarIds: bijlage.ondertekenaars
            .map((p) => p.id)
            .filter((id) => id !== welzijn.partij.id),
        },
      },
    );
    voegAlineaToe(schrijvend.fragment(afspraak.id), 'Na het ondertekenen geschreven.');
    const { updateDeelnemer } = await gqlOkAls(
      t,
      tokens.gemeente,
      `mutation($input: UpdateDeelnemerInput!) { updateDeelnemer(input: $input) { rol } }`,
      { input: { id: welzijn.id, rol: 'WAARNEMER' } },
    );
    expect(updateDeelnemer.rol).toBe('WAARNEMER');
    voegAlineaToe(schrijvend.fragment(afspraak.id), 'Als waarnemer geschreven.');

    // Still connected and reading live.
    voegAlineaToe(gemeente.fragment(afspraak.id), 'De gemeente schrijft verder.');
    await wachtTot('de gemeente bij welzijn', () =>
      schrijvend.tekst(afspraak.id).includes('De gemeente schrijft verder.'),
    );
    await materialisatie(t, tokens.gemeente, afspraak.id, (tekst) =>
      tekst.endsWith('De gemeente schrijft verder.'),
    );
    await rondreis(schrijvend);
    const nieuw = await editors.gesynct(bijlage.id, tokens.zorg);
    const { afspraak: opgeslagen } = await gqlOkAls(t, tokens.gemeente, AFSPRAAK, {
      id: afspraak.id,
    });
    for (const tekst of [gemeente.tekst(afspraak.id), nieuw.tekst(afspraak.id), opgeslagen.tekst]) {
      expect(tekst).toContain('Welzijn tekent nog.');
      expect(tekst).not.toContain('Na het ondertekenen geschreven.');
      expect(tekst).not.toContain('Als waarnemer geschreven.');
    }
    expect(schrijvend.provider.wsconnected).toBe(true);
    expect(schrijvend.sluitingen).toEqual([]);
    // Write access ended with the first change (off the signatories): told once, at that moment.
    await wachtTot('het tweede toegangsbericht', () => toegangBerichten(rauw).length >= 2);
    expect(toegangBerichten(rauw)).toEqual([
      { alleenLezen: false, preambuleAlleenLezen: true, bevroren: false, onderhandelen: false },
      { alleenLezen: true, preambuleAlleenLezen: true, bevroren: false, onderhandelen: false },
    ]);
    rauw.ws.close();
  });

  it('a document leaves memory when its last client disconnects, compacted into collab_snapshot', async () => {
    const collab = t.app.get(CollabServer);
    const afspraak = bijlage.afspraken[5]!;
    const gemeente = await editors.gesynct(bijlage.id, tokens.gemeente);
    const zorg = await editors.gesynct(bijlage.id, tokens.zorg);
    expect(collab.geladenDocumenten).toContain(bijlage.id);
    voegAlineaToe(gemeente.fragment(afspraak.id), 'Laatste zin voor het sluiten.');
    await wachtTot('de zin bij de zorggroep', () =>
      zorg.tekst(afspraak.id).includes('Laatste zin voor het sluiten.'),
    );
    const { aantal: inLog } = await sqlRij<{ aantal: number }>(
      t.app,
      'select count(*)::int as aantal from collab_update where onderdeel_id = ?',
      [bijlage.id],
    );
    expect(inLog).toBeGreaterThan(0);

    gemeente.destroy();
    expect(collab.geladenDocumenten).toContain(bijlage.id);
    zorg.destroy();
    await wachtTot(
      'het document uit het geheugen',
      () => !collab.geladenDocumenten.includes(bijlage.id),
    );

    // The document leaves the list first; materialising and compacting finish right after.
    await wachtTot('de log gecompacteerd', async () => {
      const { aantal } = await sqlRij<{ aantal: number }>(
        t.app,
        'select count(*)::int as aantal from collab_update where onderdeel_id = ?',
        [bijlage.id],
      );
      return aantal === 0;
    });
    const snapshot = await sqlRij<{ state: Buffer }>(
      t.app,
      'select state from collab_snapshot where onderdeel_id = ?',
      [bijlage.id],
    );
    const opgeslagen = new Y.Doc();
    Y.applyUpdate(opgeslagen, new Uint8Array(snapshot.state));
    expect(opgeslagen.getXmlFragment(afspraak.id).toJSON()).toContain(
      'Laatste zin voor het sluiten.',
    );
    const { afspraak: gematerialiseerd } = await gqlOkAls(t, tokens.zorg, AFSPRAAK, {
      id: afspraak.id,
    });
    expect(gematerialiseerd.tekst.endsWith('Laatste zin voor het sluiten.')).toBe(true);

    // And it comes back from storage for the next client.
    const weer = await editors.gesynct(bijlage.id, tokens.corporatie);
    expect(weer.tekst(afspraak.id)).toBe(gematerialiseerd.tekst);
  });

  it('an open document folds its log in a pause of the editing, not beside each append', async () => {
    const collab = t.app.get(CollabServer);
    const afspraak = bijlage.afspraken[6]!;
    const gemeente = await editors.gesynct(bijlage.id, tokens.gemeente);
    const gevouwen = async (zin: string) => {
      const { aantal } = await sqlRij<{ aantal: number }>(
        t.app,
        'select count(*)::int as aantal from collab_update where onderdeel_id = ?',
        [bijlage.id],
      );
      const [snapshot] = await sqlRijen<{ state: Buffer }>(
        t.app,
        'select state from collab_snapshot where onderdeel_id = ?',
        [bijlage.id],
      );
      if (aantal > 0 || !snapshot) return false;
      const opgeslagen = new Y.Doc();
      Y.applyUpdate(opgeslagen, new Uint8Array(snapshot.state));
      return opgeslagen.getXmlFragment(afspraak.id).toJSON().includes(zin);
    };
    // More single edits than the log holds before folding (200), each its own update; then a
    // pause, in which the log is folded into the snapshot while the document stays open.
    for (let i = 0; i < 210; i++) voegAlineaToe(gemeente.fragment(afspraak.id), `Regel ${i}.`);
    await wachtTot('de log gevouwen terwijl het document open is', () => gevouwen('Regel 209.'), {
      timeoutMs: 15_000,
    });
    expect(collab.geladenDocumenten).toContain(bijlage.id);
    gemeente.destroy();
  });
});

describe('co-editor storage', () => {
  let t: TestApp;
  const editors = new Editors(() => t.baseUrl);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
  });

  afterAll(async () => {
    editors.sluitAlles();
    await t?.close();
  });

  it('loading a document while another instance compacts it loses no update', async () => {
    const token = await t.login(EMAIL.gemeente, DEMO_WACHTWOORD);
    const { overeenkomsten } = await gqlOkAls(t, token, DEMO);
    const hoofd: OnderdeelRef = overeenkomsten.items[0].onderdelen[0];
    const afspraak = hoofd.afspraken[0]!;
    // Edits in the log, not yet compacted (the document is open).
    const gemeente = await editors.gesynct(hoofd.id, token);
    const lezer = await editors.gesynct(hoofd.id, await t.login(EMAIL.provincie, DEMO_WACHTWOORD));
    voegAlineaToe(gemeente.fragment(afspraak.id), 'Alleen nog in de log.');
    await wachtTot('de zin bij de provincie', () =>
      lezer.tekst(afspraak.id).includes('Alleen nog in de log.'),
    );
    const store = t.app.get(CollabStore);
    const connection = t.app.get(MikroORM).em.getConnection();
    const execute = connection.execute.bind(connection);
    let poort!: () => void;
    const open = new Promise<void>((resolve) => (poort = resolve));
    let gewapend = true;
    // The reads of the load go out now; the one that reads the log is slow (a busy server):
    // it reaches the database only after a compaction elsewhere has committed.
    const spy = jest
      .spyOn(connection, 'execute')
      .mockImplementation(((sql: string, ...rest: unknown[]) =>
        gewapend && sql.includes('collab_update')
          ? open.then(() => (execute as (...a: unknown[]) => unknown)(sql, ...rest))
          : (execute as (...a: unknown[]) => unknown)(sql, ...rest)) as typeof connection.execute);
    try {
      const laden = store.load(hoofd.id);
      gewapend = false;
      await store.compact(hoofd.id);
      poort();
      const { updates } = await laden;
      const doc = new Y.Doc();
      updates.forEach((u) => Y.applyUpdate(doc, u));
      expect(doc.getXmlFragment(afspraak.id).toJSON()).toBe(gemeente.xml(afspraak.id));
    } finally {
      poort();
      spy.mockRestore();
    }
  });
});

describe('co-editor across a server restart', () => {
  let t: TestApp;
  let app: INestApplication | undefined;
  const editors = new Editors(() => t.baseUrl);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
  });

  afterAll(async () => {
    editors.sluitAlles();
    if (app) await sluitNaHerstart(t, app);
    else await t?.close();
  });

  it('after a restart a new client receives everything, and open clients carry on', async () => {
    const login = (email: string) => t.login(email, DEMO_WACHTWOORD);
    const [gemeenteToken, corporatieToken, huurdersToken] = await Promise.all([
      login(EMAIL.gemeente),
      login(EMAIL.corporatie),
      login(EMAIL.huurders),
    ]);
    const { overeenkomsten } = await gqlOkAls(t, gemeenteToken, DEMO);
    const hoofd: OnderdeelRef = overeenkomsten.items[0].onderdelen[0];
    const afspraak = hoofd.afspraken[0]!;

    const gemeente = await editors.gesynct(hoofd.id, gemeenteToken);
    const corporatie = await editors.gesynct(hoofd.id, corporatieToken);
    voegAlineaToe(gemeente.fragment(afspraak.id), 'Voor de herstart door de gemeente.');
    typ(corporatie.fragment(afspraak.id), 0, '[corporatie voor herstart] ');
    await wachtTot('beide gelijk voor de herstart', () =>
      gelijk([gemeente, corporatie], afspraak.id, [
        'Voor de herstart door de gemeente.',
        '[corporatie voor herstart] ',
      ]),
    );
    corporatie.destroy();

    app = await herstart(t);
    // Typed while the server was away; the open client sends it when it is back.
    voegAlineaToe(gemeente.fragment(afspraak.id), 'Tijdens de herstart geschreven.');
    await wachtTot('de gemeente weer verbonden', () => gemeente.provider.synced, {
      timeoutMs: 5000,
    });

    const nieuw = await editors.gesynct(hoofd.id, huurdersToken);
    const stukken = [
      afspraak.tekst,
      'Voor de herstart door de gemeente.',
      '[corporatie voor herstart] ',
      'Tijdens de herstart geschreven.',
    ];
    await wachtTot('alles bij de nieuwe client', () =>
      gelijk([gemeente, nieuw], afspraak.id, stukken),
    );
    await materialisatie(t, huurdersToken, afspraak.id, (tekst) =>
      stukken.every((s) => tekst.includes(s)),
    );
    // Every afspraak is still there, not only the one edited.
    for (const andere of hoofd.afspraken) expect(nieuw.tekst(andere.id)).toContain(andere.tekst);
  });
});

describe('a refused mutation leaves the document and its update log as they were', () => {
  let t: TestApp;
  let tokens: Record<Persoon, string>;
  let overeenkomstId: string;
  let hoofd: OnderdeelRef;
  let bijlage: OnderdeelRef;
  const editors = new Editors(() => t.baseUrl);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    tokens = await loginAlle(t);
    const { overeenkomsten } = await gqlOkAls(t, tokens.gemeente, DEMO);
    overeenkomstId = overeenkomsten.items[0].id;
    hoofd = overeenkomsten.items[0].onderdelen.find(
      (o: OnderdeelRef) => o.soort === 'HOOFDDOCUMENT',
    );
    bijlage = overeenkomsten.items[0].onderdelen.find((o: OnderdeelRef) => o.soort === 'BIJLAGE');
    // Open readers keep both documents loaded, so nothing compacts the log under the test.
    await editors.gesynct(hoofd.id, tokens.provincie);
    await editors.gesynct(bijlage.id, tokens.provincie);
  });

  afterAll(async () => {
    editors.sluitAlles();
    await t?.close();
  });

  /** The document's state vector as the server holds it, and its stored log and snapshot. */
  async function toestand(onderdeelId: string) {
    const staat = await t.app
      .get(CollabServer)
      .metDocument(onderdeelId, (doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex'));
    const log = await sqlRijen<{ id: string; update: Buffer }>(
      t.app,
      'select id, update from collab_update where onderdeel_id = ? order by id',
      [onderdeelId],
    );
    const snapshot = await sqlRijen<{ state: Buffer }>(
      t.app,
      'select state from collab_snapshot where onderdeel_id = ?',
      [onderdeelId],
    );
    return {
      staat,
      log: log.map((r) => `${r.id}:${Buffer.from(r.update).toString('hex')}`),
      snapshot: snapshot.map((r) => Buffer.from(r.state).toString('hex')),
    };
  }

  const UPDATE_AFSPRAAK = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id tekst } }`;
  const UPDATE_OVEREENKOMST = `mutation($input: UpdateOvereenkomstInput!) { updateOvereenkomst(input: $input) { id preambule } }`;

  it.each([
    [
      'updateAfspraak with NUL in its tekst',
      'gemeente',
      'hoofd',
      UPDATE_AFSPRAAK,
      (a: string) => ({ id: a, tekst: 'Een\u0000 nul' }),
      'VALIDATIE_FOUT',
    ],
    [
      'updateAfspraak with an escape character in its tekst and a new titel',
      'gemeente',
      'hoofd',
      UPDATE_AFSPRAAK,
      (a: string) => ({ id: a, titel: 'Nieuwe titel', tekst: 'Een \u001b escape' }),
      'VALIDATIE_FOUT',
    ],
    [
      'updateAfspraak with a trekker that takes no part, and a tekst',
      'gemeente',
      'hoofd',
      UPDATE_AFSPRAAK,
      (a: string) => ({ id: a, trekkerId: randomUUID(), tekst: 'Zou nooit mogen landen.' }),
      null,
    ],
    [
      'updateAfspraak by a waarnemer',
      'provincie',
      'hoofd',
      UPDATE_AFSPRAAK,
      (a: string) => ({ id: a, tekst: 'Zou nooit mogen landen.' }),
      'FORBIDDEN',
    ],
    [
      'updateAfspraak of an unknown afspraak',
      'gemeente',
      'hoofd',
      UPDATE_AFSPRAAK,
      () => ({ id: randomUUID(), tekst: 'Zou nooit mogen landen.' }),
      'NOT_FOUND',
    ],
    [
      'updateOvereenkomst with NUL in its preambule',
      'gemeente',
      'hoofd',
      UPDATE_OVEREENKOMST,
      () => ({ id: overeenkomstId, titel: 'Andere titel', preambule: 'Een\u0000 nul' }),
      'VALIDATIE_FOUT',
    ],
    [
      'updateOvereenkomst(preambule) by a corporatie',
      'corporatie',
      'hoofd',
      UPDATE_OVEREENKOMST,
      () => ({ id: overeenkomstId, preambule: 'Zou nooit mogen landen.' }),
      'FORBIDDEN',
    ],
  ] as const)('%s: refused, nothing written', async (_wat, wie, waar, mutatie, input, code) => {
    const onderdeel = waar === 'hoofd' ? hoofd : bijlage;
    const afspraak = onderdeel.afspraken[0]!;
    const voor = await toestand(onderdeel.id);
    const { overeenkomst: tekstenVoor } = await gqlOkAls(t, tokens.gemeente, ALLE_TEKSTEN, {
      id: overeenkomstId,
    });
    const { errors } = await t.gqlAs(tokens[wie], mutatie, { input: input(afspraak.id) });
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors![0]!.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    if (code) expect(errors![0]!.extensions?.code).toBe(code);
    expect(await toestand(onderdeel.id)).toEqual(voor);
    const { overeenkomst: tekstenNa } = await gqlOkAls(t, tokens.gemeente, ALLE_TEKSTEN, {
      id: overeenkomstId,
    });
    expect(tekstenNa).toEqual(tekstenVoor);
  });

  it('a frozen onderdeel: its writers are told at once, and updateAfspraak is refused without a trace', async () => {
    const schrijver = rauweVerbinding(t.baseUrl, bijlage.id, tokens.corporatie);
    await schrijver.open;
    await wachtTot('het eerste toegangsbericht', () => toegangBerichten(schrijver).length > 0);
    await gqlOkAls(
      t,
      tokens.gemeente,
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
      { input: { onderdeelId: bijlage.id, overrideReden: 'Akkoord in het bestuurlijk overleg' } },
    );
    await wachtTot(
      'het toegangsbericht na het bevriezen',
      () => toegangBerichten(schrijver).length > 1,
    );
    expect(toegangBerichten(schrijver)).toEqual([
      { alleenLezen: false, preambuleAlleenLezen: true, bevroren: false, onderhandelen: false },
      { alleenLezen: true, preambuleAlleenLezen: true, bevroren: true, onderhandelen: false },
    ]);
    schrijver.ws.close();

    const voor = await toestand(bijlage.id);
    const { errors } = await t.gqlAs(tokens.gemeente, UPDATE_AFSPRAAK, {
      input: { id: bijlage.afspraken[1]!.id, tekst: 'Zou nooit mogen landen.' },
    });
    expect(errors?.[0]!.extensions?.code).toBe('FORBIDDEN');
    expect(await toestand(bijlage.id)).toEqual(voor);
  });
  it('an afspraak deleted while the document is open: writes into its fragment are refused from then on', async () => {
    const afspraak = hoofd.afspraken[hoofd.afspraken.length - 1]!;
    const schrijver = rauweVerbinding(t.baseUrl, hoofd.id, tokens.gemeente);
    await schrijver.open;
    await wachtTot('het eerste bericht', () => schrijver.berichten.length > 0);
    const lezer = await editors.gesynct(hoofd.id, tokens.provincie);
    const alinea = (tekst: string) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(lezer.doc));
      const voor = Y.encodeStateVector(doc);
      voegAlineaToe(doc.getXmlFragment(afspraak.id), tekst);
      return Y.encodeStateAsUpdate(doc, voor);
    };
    schrijver.ws.send(syncBericht(2, alinea('Nog in de indeling.')));
    await wachtTot('de zin bij de lezer', () =>
      lezer.tekst(afspraak.id).includes('Nog in de indeling.'),
    );

    await gqlOkAls(
      t,
      tokens.gemeente,
      `mutation($input: IdInput!) { deleteAfspraak(input: $input) }`,
      {
        input: { id: afspraak.id },
      },
    );
    schrijver.ws.send(syncBericht(2, alinea('Na het verwijderen.')));
    expect(await sluitingBinnen(schrijver, 3000)).toMatchObject({ code: 4403 });
    expect(lezer.tekst(afspraak.id)).not.toContain('Na het verwijderen.');
  });
});

describe('materialised text always equals the document', () => {
  let t: TestApp;
  let app: INestApplication | undefined;
  let gemeenteToken: string;
  let corporatieToken: string;
  const editors = new Editors(() => t.baseUrl);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    // Before any restart: t.login goes through the first app.
    gemeenteToken = await t.login(EMAIL.gemeente, DEMO_WACHTWOORD);
    corporatieToken = await t.login(EMAIL.corporatie, DEMO_WACHTWOORD);
  });

  afterAll(async () => {
    editors.sluitAlles();
    if (app) await sluitNaHerstart(t, app);
    else await t?.close();
  });

  /** Appends paragraphs to the stored document past the app, as a process killed before materialising leaves it. */
  async function achterDeRugOm(
    huidig: INestApplication,
    onderdeelId: string,
    alineas: [fragment: string, tekst: string][],
  ): Promise<void> {
    const store = huidig.get(CollabStore);
    const doc = new Y.Doc();
    (await store.load(onderdeelId)).updates.forEach((u) => Y.applyUpdate(doc, u));
    const voor = Y.encodeStateVector(doc);
    for (const [fragment, tekst] of alineas) voegAlineaToe(doc.getXmlFragment(fragment), tekst);
    await store.append(onderdeelId, Y.encodeStateAsUpdate(doc, voor));
  }

  it('after a restart, text stored but never materialised reaches GraphQL, and control characters in a stored document are cleaned', async () => {
    const token = gemeenteToken;
    const { overeenkomsten } = await gqlOkAls(t, token, DEMO);
    const overeenkomstId = overeenkomsten.items[0].id;
    const hoofd: OnderdeelRef = overeenkomsten.items[0].onderdelen.find(
      (o: OnderdeelRef) => o.soort === 'HOOFDDOCUMENT',
    );
    expect(t.app.get(CollabServer).geladenDocumenten).not.toContain(hoofd.id);
    await achterDeRugOm(t.app, hoofd.id, [
      [hoofd.afspraken[0]!.id, 'Opgeslagen, toen viel de server om.'],
      [hoofd.afspraken[1]!.id, 'Met een\u0000 NUL en een\u0007 bel.'],
      ['preambule', 'Preambule vlak voor de crash.'],
    ]);

    app = await herstart(t);
    const teksten = async () =>
      (await gqlOkAls(t, token, ALLE_TEKSTEN, { id: overeenkomstId })).overeenkomst as {
        preambule: string;
        afspraken: AfspraakRef[];
      };
    const na = await wachtTot(
      'de opgeslagen tekst in GraphQL na de herstart',
      async () => {
        const o = await teksten();
        const tekst = (id: string) => o.afspraken.find((a) => a.id === id)!.tekst;
        return tekst(hoofd.afspraken[0]!.id).endsWith('Opgeslagen, toen viel de server om.') &&
          tekst(hoofd.afspraken[1]!.id).endsWith('Met een NUL en een bel.') &&
          o.preambule.endsWith('Preambule vlak voor de crash.')
          ? o
          : null;
      },
      { timeoutMs: 5000 },
    );
    // Every text in GraphQL equals the document as a client receives it, which is clean too.
    const editor = await editors.gesynct(hoofd.id, token);
    expect(na.preambule).toBe(editor.tekst('preambule'));
    for (const afspraak of hoofd.afspraken)
      expect(na.afspraken.find((a) => a.id === afspraak.id)!.tekst).toBe(editor.tekst(afspraak.id));
    expect(editor.xml(hoofd.afspraken[1]!.id)).toContain('Met een NUL en een bel.');
    for (const naam of editor.doc.share.keys())
      expect(heeftStuurteken(editor.xml(naam))).toBe(false);
  });

  it('a document loaded when a client opens it rewrites a materialised text that differs', async () => {
    const huidig = app ?? t.app;
    const token = corporatieToken;
    const { overeenkomsten } = await gqlOkAls(t, token, DEMO);
    const bijlage: OnderdeelRef = overeenkomsten.items[0].onderdelen.find(
      (o: OnderdeelRef) => o.soort === 'BIJLAGE',
    );
    const afspraak = bijlage.afspraken[0]!;
    await wachtTot(
      'de bijlage niet geladen',
      () => !huidig.get(CollabServer).geladenDocumenten.includes(bijlage.id),
    );
    await achterDeRugOm(huidig, bijlage.id, [[afspraak.id, 'Nog niet gematerialiseerd.']]);
    const editor = await editors.gesynct(bijlage.id, token);
    const { tekst } = await materialisatie(t, token, afspraak.id, (tekst) =>
      tekst.endsWith('Nog niet gematerialiseerd.'),
    );
    expect(tekst).toBe(editor.tekst(afspraak.id));
  });
});
