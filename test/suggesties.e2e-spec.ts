import { Node as PmModelNode } from '@tiptap/pm/model';
import { updateYFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { CLOSE_SUGGESTIEREGEL } from '../src/collaboration/collab.protocol';
import { CollabServer } from '../src/collaboration/collab.server';
import {
  documentSchema,
  fragmentToProseMirror,
  type PmNode,
  proseMirrorToText,
} from '../src/collaboration/prosemirror';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { maakSuggestieId } from '../src/gedeeld/suggesties';
import { gqlOkAls, sqlRij } from './support/als';
import {
  Editors,
  type Editor,
  rauweVerbinding,
  syncBericht,
  wachtTot,
} from './support/collab-clients';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Suggestion mode (issue 16): in ONDERHANDELEN the co-editor takes an afspraak's text only as
 * suggestions, each touched only by its author; the other signing partijen accept or reject them
 * through GraphQL, and freezing closes what is still open. Real clients against the whole app.
 */

const EMAIL = {
  gemeente: 'gemeente@demo.driehoek.nl', // ondertekenaar + beheerder, regie
  corporatie: 'corporatie@demo.driehoek.nl', // ondertekenaar van De Vliet
  huurders: 'huurders@demo.driehoek.nl', // ondertekenaar van de huurdersvereniging
} as const;
type Persoon = keyof typeof EMAIL;

/** A sentence of the seed documents (/work/shared/seeds/000_…): the afspraak's text in the tests. */
const ZIN =
  'Het gaat onder meer om geschikte woningen, voorzieningen in de nabijheid en mogelijkheden tot ontmoeting.';

const DEMO = /* GraphQL */ `
  {
    overeenkomsten {
      items {
        id
        onderdelen {
          id
          soort
          ondertekenaars {
            id
            naam
          }
          afspraken {
            id
          }
        }
      }
    }
  }
`;
const AFSPRAAK = `query($id: ID!) { afspraak(id: $id) { tekst tekstJson tekstMetSuggesties } }`;
const OPEN_ONDERHANDELING = `mutation($onderdeelId: ID!) { openOnderhandeling(onderdeelId: $onderdeelId) { id fase } }`;
const MIJ = `{ me { id lidmaatschappen { partij { id naam } } } }`;
const ZET_TEKST = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id } }`;

describe('suggestion mode (ONDERHANDELEN)', () => {
  let t: TestApp;
  const tokens = {} as Record<Persoon, string>;
  const ik = {} as Record<Persoon, { gebruikerId: string; partijId: string }>;
  let onderdeelId: string;
  let afspraakIds: string[];
  const editors = new Editors(() => t.baseUrl);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of Object.keys(EMAIL) as Persoon[]) {
      tokens[wie] = await t.login(EMAIL[wie], DEMO_WACHTWOORD);
      const { me: mij } = await gqlOkAls(t, tokens[wie], MIJ);
      ik[wie] = { gebruikerId: mij.id, partijId: mij.lidmaatschappen[0].partij.id };
    }
    const { overeenkomsten } = await gqlOkAls(t, tokens.gemeente, DEMO);
    const hoofd = overeenkomsten.items[0].onderdelen.find(
      (o: { soort: string }) => o.soort === 'HOOFDDOCUMENT',
    );
    onderdeelId = hoofd.id;
    afspraakIds = hoofd.afspraken.map((a: { id: string }) => a.id);
    // Drafting: the regie writes the seed sentence directly into each afspraak used here.
    for (const id of afspraakIds.slice(0, 6))
      await gqlOkAls(t, tokens.gemeente, ZET_TEKST, { input: { id, tekst: ZIN } });
    // The regie opens the negotiation.
    await gqlOkAls(t, tokens.gemeente, OPEN_ONDERHANDELING, { onderdeelId });
  });

  afterEach(() => editors.sluitAlles());

  afterAll(async () => {
    editors.sluitAlles();
    await t?.close();
  });

  /** The fragment's text as the server's live document holds it. */
  const serverTekst = (afspraakId: string) =>
    t.app
      .get(CollabServer)
      .metDocument(onderdeelId, (doc) =>
        proseMirrorToText(fragmentToProseMirror(doc.getXmlFragment(afspraakId))),
      );

  /** An update that rewrites the fragment in `doc`'s copy to `nieuw` (PM JSON), minimally. */
  function updateNaar(doc: Y.Doc, afspraakId: string, nieuw: (oud: PmNode) => PmNode): Uint8Array {
    const kopie = new Y.Doc();
    Y.applyUpdate(kopie, Y.encodeStateAsUpdate(doc));
    const voor = Y.encodeStateVector(kopie);
    const fragment = kopie.getXmlFragment(afspraakId);
    const node = PmModelNode.fromJSON(documentSchema, nieuw(fragmentToProseMirror(fragment)));
    kopie.transact(() =>
      updateYFragment(kopie, fragment, node, { mapping: new Map(), isOMark: new Map() }),
    );
    return Y.encodeStateAsUpdate(kopie, voor);
  }

  /** The first paragraph's text runs, with `stukken` appended (text, optionally marked). */
  const metStukken =
    (...stukken: { text: string; mark?: string; id?: string }[]) =>
    (oud: PmNode): PmNode => {
      const [eerste, ...rest] = oud.content ?? [];
      return {
        ...oud,
        content: [
          {
            ...eerste!,
            content: [
              ...(eerste?.content ?? []),
              ...stukken.map((s) => ({
                type: 'text',
                text: s.text,
                ...(s.mark ? { marks: [{ type: s.mark, attrs: { id: s.id } }] } : {}),
              })),
            ],
          },
          ...rest,
        ],
      };
    };

  /** The document without the text suggestion `id` inserted: withdrawing it. */
  const zonderIngevoegd =
    (id: string) =>
    (node: PmNode): PmNode => ({
      ...node,
      ...(node.content
        ? {
            content: node.content
              .filter((k) => !k.marks?.some((m) => m.type === 'insertion' && m.attrs?.id === id))
              .map(zonderIngevoegd(id)),
          }
        : {}),
    });

  /** A suggestion of `wie`, sent through a stock editor; resolves once the server has it. */
  async function suggereer(wie: Persoon, afspraakId: string, tekst: string): Promise<string> {
    const id = maakSuggestieId(ik[wie].partijId, ik[wie].gebruikerId);
    const editor = await editors.gesynct(onderdeelId, tokens[wie]);
    Y.applyUpdate(
      editor.doc,
      updateNaar(editor.doc, afspraakId, metStukken({ text: tekst, mark: 'insertion', id })),
    );
    await wachtTot('de suggestie in het document van de server', async () =>
      (await serverTekst(afspraakId)).includes(tekst),
    );
    editor.destroy();
    return id;
  }

  /** Sends a hand-made update over a raw WebSocket as `wie`; answers how the server closed it. */
  async function stuurRauw(
    wie: Persoon,
    maak: (doc: Y.Doc) => Uint8Array,
  ): Promise<{ code: number; reason: string }> {
    const lezer: Editor = await editors.gesynct(onderdeelId, tokens[wie]);
    const update = maak(lezer.doc);
    lezer.destroy();
    const verbinding = rauweVerbinding(t.baseUrl, onderdeelId, tokens[wie]);
    await verbinding.open;
    verbinding.ws.send(syncBericht(2, update));
    return verbinding.sluiting;
  }

  const suggestieRij = (id: string) =>
    sqlRij<{ status: string; ingevoegd: string; partij_id: string; afspraak_id: string }>(
      t.app,
      'select status, ingevoegd, partij_id, afspraak_id from suggestie where id = ?',
      [id],
    );

  const logLengte = async () =>
    (
      await sqlRij<{ aantal: number }>(
        t.app,
        'select count(*)::int as aantal from collab_update where onderdeel_id = ?',
        [onderdeelId],
      )
    ).aantal;

  it('a hand-made update that edits the text directly is refused whole, and nothing is stored', async () => {
    const afspraakId = afspraakIds[0]!;
    const voor = await logLengte();
    const sluiting = await stuurRauw('corporatie', (doc) =>
      updateNaar(doc, afspraakId, metStukken({ text: ' Zonder overleg.' })),
    );
    expect(sluiting).toEqual({
      code: CLOSE_SUGGESTIEREGEL,
      reason: 'In de onderhandeling wordt elke tekstwijziging een suggestie',
    });
    expect(await serverTekst(afspraakId)).toBe(ZIN);
    expect(await logLengte()).toBe(voor);
  });

  it('a suggestion in the name of another user or partij is refused', async () => {
    const afspraakId = afspraakIds[0]!;
    const namensAnder = maakSuggestieId(ik.huurders.partijId, ik.huurders.gebruikerId);
    const sluiting = await stuurRauw('corporatie', (doc) =>
      updateNaar(
        doc,
        afspraakId,
        metStukken({ text: ' Vals.', mark: 'insertion', id: namensAnder }),
      ),
    );
    expect(sluiting.code).toBe(CLOSE_SUGGESTIEREGEL);
    expect(await serverTekst(afspraakId)).toBe(ZIN);
  });

  it("a suggestion by the corporatie is accepted; the huurders' edit of it is refused", async () => {
    const afspraakId = afspraakIds[1]!;
    await suggereer('corporatie', afspraakId, ' Met een ontmoetingsruimte per wijk.');
    const sluiting = await stuurRauw('huurders', (doc) =>
      updateNaar(
        doc,
        afspraakId,
        (oud) =>
          JSON.parse(
            JSON.stringify(oud).replace(
              'ontmoetingsruimte per wijk',
              'ontmoetingsruimte per buurt',
            ),
          ) as PmNode,
      ),
    );
    expect(sluiting).toEqual({
      code: CLOSE_SUGGESTIEREGEL,
      reason: 'Alleen wie een suggestie deed, kan die wijzigen of intrekken',
    });
    expect(await serverTekst(afspraakId)).toBe(`${ZIN} Met een ontmoetingsruimte per wijk.`);
  });

  it('a pending suggestion is stored beside the accepted text, which alone is the afspraak text', async () => {
    const afspraakId = afspraakIds[2]!;
    const id = await suggereer('huurders', afspraakId, ' Ook voor mantelzorgers.');
    const { afspraak } = await wachtTot('de gematerialiseerde suggestie', async () => {
      const antwoord = await gqlOkAls(t, tokens.gemeente, AFSPRAAK, { id: afspraakId });
      return antwoord.afspraak.tekstMetSuggesties ? antwoord : null;
    });
    expect(afspraak.tekst).toBe(ZIN);
    expect(JSON.stringify(afspraak.tekstJson)).not.toContain('insertion');
    expect(JSON.stringify(afspraak.tekstMetSuggesties)).toContain(id);
    expect(await suggestieRij(id)).toEqual({
      status: 'OPEN',
      ingevoegd: ' Ook voor mantelzorgers.',
      partij_id: ik.huurders.partijId,
      afspraak_id: afspraakId,
    });
  });

  it('the author withdraws a suggestion in the editor by removing it: INGETROKKEN', async () => {
    const afspraakId = afspraakIds[3]!;
    const id = await suggereer('corporatie', afspraakId, ' Binnen vijf jaar.');
    await wachtTot('de open suggestie', async () => (await suggestieRij(id)).status === 'OPEN');
    const editor = await editors.gesynct(onderdeelId, tokens.corporatie);
    Y.applyUpdate(editor.doc, updateNaar(editor.doc, afspraakId, zonderIngevoegd(id)));
    await wachtTot(
      'de ingetrokken suggestie',
      async () => (await suggestieRij(id)).status === 'INGETROKKEN',
    );
    expect(await serverTekst(afspraakId)).toBe(ZIN);
    expect(editor.sluitingen).toEqual([]);
    const { afspraak } = await gqlOkAls(t, tokens.gemeente, AFSPRAAK, { id: afspraakId });
    expect(afspraak.tekstMetSuggesties).toBeNull();
  });
});
