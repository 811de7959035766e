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
import { gqlOkAls, sqlRij, sqlRijen } from './support/als';
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
  corporatie2: 'corporatie2@demo.driehoek.nl', // de tweede corporatie
  huurders2: 'huurders2@demo.driehoek.nl', // de tweede huurdersorganisatie
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
const SUGGESTIE_VELDEN = `id afspraakId status auteur auteurId ingevoegd geschrapt reden partij { id naam } wachtOp { naam } beoordelingen { partij { naam } beoordeling reden door }`;
const BEOORDEEL = `mutation($input: BeoordeelSuggestiesInput!) { beoordeelSuggesties(input: $input) { suggesties { ${SUGGESTIE_VELDEN} } vervallenAkkoorden { id naam } } }`;
const TREK_IN = `mutation($id: ID!) { trekSuggestieIn(suggestieId: $id) { ${SUGGESTIE_VELDEN} } }`;
const SUGGESTIES = `query($id: ID!) { afspraak(id: $id) { suggesties { ${SUGGESTIE_VELDEN} } } }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id verouderd } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) { rijen { afspraakId cellen { partij { id } standpunt { oordeel verouderd } } } } }`;
const BEVRIES = `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id nummer } }`;
const DIEN_IN = `mutation($input: WijzigingsvoorstelInput!) { dienVoorstelIn(input: $input) { id status } }`;
const VOORSTELLEN = `query($id: ID!) { wijzigingsvoorstellen(onderdeelId: $id, status: OPEN) { id } }`;
const OPEN_SUGGESTIES = `{ overeenkomsten { items { onderdelen { id status suggesties(status: OPEN) { id } } } } }`;
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
    // The personas are the hoofddocument's signatories: acceptance needs all but the author's.
    expect(hoofd.ondertekenaars.map((p: { id: string }) => p.id).sort()).toEqual(
      Object.values(ik)
        .map((i) => i.partijId)
        .sort(),
    );
    afspraakIds = hoofd.afspraken.map((a: { id: string }) => a.id);
    // Drafting: the regie writes the seed sentence directly into each afspraak used here.
    for (const id of afspraakIds.slice(0, 7))
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

  /** Polls the afspraak's suggestions until `check` holds for the one with `id`. */
  async function suggestie(afspraakId: string, id: string, token = tokens.gemeente) {
    const { afspraak } = await gqlOkAls(t, token, SUGGESTIES, { id: afspraakId });
    return afspraak.suggesties.find((s: { id: string }) => s.id === id);
  }

  it('accepted by every other signing partij, a suggestion enters the text; akkoorden on the old text lapse', async () => {
    const afspraakId = afspraakIds[4]!;
    // The huurders agree to the text as it stands; pending suggestions do not touch that.
    await gqlOkAls(t, tokens.huurders, STANDPUNT, { input: { afspraakId, oordeel: 'AKKOORD' } });
    const id = await suggereer('corporatie', afspraakId, ' In elke wijk een huiskamer.');
    const open = await wachtTot('de open suggestie', () => suggestie(afspraakId, id));
    expect(open).toMatchObject({
      status: 'OPEN',
      ingevoegd: ' In elke wijk een huiskamer.',
      auteurId: ik.corporatie.gebruikerId,
      partij: { id: ik.corporatie.partijId },
    });
    expect(open.wachtOp).toHaveLength(4);
    const geldig = async () => {
      const { standpunten } = await gqlOkAls(t, tokens.gemeente, MATRIX, { id: onderdeelId });
      const rij = standpunten.rijen.find(
        (r: { afspraakId: string }) => r.afspraakId === afspraakId,
      );
      return rij.cellen.find(
        (c: { partij: { id: string } }) => c.partij.id === ik.huurders.partijId,
      ).standpunt;
    };
    expect(await geldig()).toEqual({ oordeel: 'AKKOORD', verouderd: false });

    // The author's partij cannot judge its own suggestion.
    const eigen = await t.gqlAs(tokens.corporatie, BEOORDEEL, {
      input: { afspraakId, beoordeling: 'AANVAARD', suggestieIds: [id] },
    });
    expect(eigen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const anderen: Persoon[] = ['gemeente', 'corporatie2', 'huurders2', 'huurders'];
    for (const wie of anderen.slice(0, -1)) {
      const { beoordeelSuggesties } = await gqlOkAls(t, tokens[wie], BEOORDEEL, {
        input: { afspraakId, beoordeling: 'AANVAARD', suggestieIds: [id] },
      });
      expect(beoordeelSuggesties.suggesties[0].status).toBe('OPEN');
      expect(beoordeelSuggesties.vervallenAkkoorden).toEqual([]);
    }
    expect(await serverTekst(afspraakId)).toBe(`${ZIN} In elke wijk een huiskamer.`);
    expect(await geldig()).toEqual({ oordeel: 'AKKOORD', verouderd: false });

    const tweede = await gqlOkAls(t, tokens.huurders, BEOORDEEL, {
      input: { afspraakId, beoordeling: 'AANVAARD', suggestieIds: [id] },
    });
    expect(tweede.beoordeelSuggesties.suggesties[0]).toMatchObject({
      status: 'AANVAARD',
      wachtOp: [],
    });
    expect(tweede.beoordeelSuggesties.vervallenAkkoorden).toEqual([
      { id: ik.huurders.partijId, naam: expect.any(String) },
    ]);
    // The text now holds the suggestion as plain text, without marks.
    expect(await serverTekst(afspraakId)).toBe(`${ZIN} In elke wijk een huiskamer.`);
    const { afspraak } = await wachtTot('de aanvaarde tekst', async () => {
      const antwoord = await gqlOkAls(t, tokens.gemeente, AFSPRAAK, { id: afspraakId });
      return antwoord.afspraak.tekst === `${ZIN} In elke wijk een huiskamer.` ? antwoord : null;
    });
    expect(afspraak.tekstMetSuggesties).toBeNull();
    expect(await geldig()).toEqual({ oordeel: 'AKKOORD', verouderd: true });
    // Settled by the server, not withdrawn when its marks left the document.
    expect((await suggestieRij(id)).status).toBe('AANVAARD');
  });

  it('a paragraph made a list is a suggestion on whole blocks, stored, judged and applied as one', async () => {
    const afspraakId = afspraakIds[6]!;
    const id = maakSuggestieId(ik.corporatie.partijId, ik.corporatie.gebruikerId);
    const mark = (soort: string) => [{ type: soort, attrs: { id } }];
    const editor = await editors.gesynct(onderdeelId, tokens.corporatie);
    // What the editor's suggestion mode makes of "Opsomming": the paragraph struck, a list inserted.
    Y.applyUpdate(
      editor.doc,
      updateNaar(editor.doc, afspraakId, (oud) => {
        const alinea = oud.content![0]!;
        return {
          ...oud,
          content: [
            { ...alinea, marks: mark('deletion') },
            {
              type: 'bulletList',
              marks: mark('insertion'),
              content: [
                { type: 'listItem', content: [{ type: 'paragraph', content: alinea.content }] },
              ],
            },
          ],
        };
      }),
    );
    const open = await wachtTot('de open suggestie', () => suggestie(afspraakId, id));
    expect(open).toMatchObject({ status: 'OPEN', geschrapt: ZIN, ingevoegd: ZIN });
    expect(editor.sluitingen).toEqual([]);
    editor.destroy();
    // Pending, the text is still the paragraph.
    const voor = await gqlOkAls(t, tokens.gemeente, AFSPRAAK, { id: afspraakId });
    expect(voor.afspraak.tekstJson.content[0].type).toBe('paragraph');

    for (const wie of ['gemeente', 'corporatie2', 'huurders2', 'huurders'] as Persoon[])
      await gqlOkAls(t, tokens[wie], BEOORDEEL, {
        input: { afspraakId, beoordeling: 'AANVAARD', suggestieIds: [id] },
      });
    expect((await suggestieRij(id)).status).toBe('AANVAARD');
    const { afspraak } = await wachtTot('de aanvaarde lijst', async () => {
      const antwoord = await gqlOkAls(t, tokens.gemeente, AFSPRAAK, { id: afspraakId });
      return antwoord.afspraak.tekstJson?.content?.[0]?.type === 'bulletList' ? antwoord : null;
    });
    expect(afspraak.tekst).toBe(ZIN);
    expect(afspraak.tekstJson.content).toHaveLength(1);
    expect(JSON.stringify(afspraak.tekstJson)).not.toMatch(/insertion|deletion|__mark_/);
    expect(afspraak.tekstMetSuggesties).toBeNull();
  });

  it('rejected by one signing partij, a suggestion leaves the text everywhere', async () => {
    const afspraakId = afspraakIds[5]!;
    const id = await suggereer('huurders', afspraakId, ' Gratis.');
    await wachtTot('de open suggestie', () => suggestie(afspraakId, id));
    const kijker = await editors.gesynct(onderdeelId, tokens.gemeente);
    expect(kijker.tekst(afspraakId)).toBe(`${ZIN} Gratis.`);

    const zonderReden = await t.gqlAs(tokens.corporatie, BEOORDEEL, {
      input: { afspraakId, beoordeling: 'AFGEWEZEN', suggestieIds: [id] },
    });
    expect(zonderReden.errors?.[0]?.extensions?.code).toBe('VALIDATIE_FOUT');

    const { beoordeelSuggesties } = await gqlOkAls(t, tokens.corporatie, BEOORDEEL, {
      input: { afspraakId, beoordeling: 'AFGEWEZEN', suggestieIds: [id], reden: 'Niet te betalen' },
    });
    expect(beoordeelSuggesties.suggesties[0]).toMatchObject({
      status: 'VERWORPEN',
      reden: 'Niet te betalen',
    });
    await wachtTot(
      'de tekst zonder suggestie in een open editor',
      () => kijker.tekst(afspraakId) === ZIN,
    );
    expect(await serverTekst(afspraakId)).toBe(ZIN);
    expect((await suggestieRij(id)).status).toBe('VERWORPEN');
    const tweedeKeer = await t.gqlAs(tokens.gemeente, BEOORDEEL, {
      input: { afspraakId, beoordeling: 'AANVAARD', suggestieIds: [id] },
    });
    expect(tweedeKeer.errors?.[0]?.extensions?.code).toBe('VOORSTEL_AFGESLOTEN');
  });

  it('only the author withdraws a suggestion through the API', async () => {
    const afspraakId = afspraakIds[0]!;
    const id = await suggereer('gemeente', afspraakId, ' Jaarlijks geëvalueerd.');
    await wachtTot('de open suggestie', () => suggestie(afspraakId, id));
    const ander = await t.gqlAs(tokens.corporatie, TREK_IN, { id });
    expect(ander.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await suggestieRij(id)).status).toBe('OPEN');

    const { trekSuggestieIn } = await gqlOkAls(t, tokens.gemeente, TREK_IN, { id });
    expect(trekSuggestieIn.status).toBe('INGETROKKEN');
    expect(await serverTekst(afspraakId)).toBe(ZIN);
  });

  it('a text set through the API is refused in the negotiation; the suggestion in it stays open', async () => {
    const afspraakId = afspraakIds[3]!;
    const id = await suggereer('huurders', afspraakId, ' Met buurtbewoners.');
    await wachtTot('de open suggestie', async () => (await suggestieRij(id)).status === 'OPEN');
    const geweigerd = await t.gqlAs(tokens.gemeente, ZET_TEKST, {
      input: { id: afspraakId, tekst: 'Een heel andere tekst.' },
    });
    expect(geweigerd.errors?.[0]?.extensions).toMatchObject({
      code: 'TEKST_VIA_SUGGESTIES',
      veld: 'input.tekst',
    });
    // The document still holds the agreed text with the pending suggestion, nothing else.
    expect(await serverTekst(afspraakId)).toBe(`${ZIN} Met buurtbewoners.`);
    expect((await suggestieRij(id)).status).toBe('OPEN');
  });

  // Last: the onderdeel is frozen afterwards.
  it('freezing is refused while a suggestion or proposal is open, and with a reason closes them as vervallen', async () => {
    const afspraakId = afspraakIds[2]!;
    const nummer = (
      await sqlRij<{ nummer: string }>(t.app, 'select nummer from afspraak where id = ?', [
        afspraakId,
      ])
    ).nummer;
    // Still open from an earlier test: the huurders' ' Ook voor mantelzorgers.'
    const { dienVoorstelIn } = await gqlOkAls(t, tokens.corporatie, DIEN_IN, {
      input: {
        soort: 'WIJZIGING',
        afspraakId,
        nieuweTekst: `${ZIN} Met een wijkbudget.`,
        motivering: 'Geld erbij',
      },
    });
    const voor = await logLengte();

    const geweigerd = await t.gqlAs(tokens.gemeente, BEVRIES, {
      input: { onderdeelId, overrideReden: 'Niet iedereen is al akkoord' },
    });
    const fout = geweigerd.errors?.[0];
    expect(fout?.extensions?.code).toBe('OPEN_VOORSTELLEN');
    expect(fout?.message).toContain(`afspraak ${nummer}`);
    expect(fout?.message).toContain('suggestie (voegt toe “Ook voor mantelzorgers.”)');
    expect(fout?.message).toContain('wijzigingsvoorstel "Het gaat onder meer om');
    expect(
      (
        await sqlRij<{ aantal: number }>(
          t.app,
          'select count(*)::int as aantal from onderdeel_versie where onderdeel_id = ?',
          [onderdeelId],
        )
      ).aantal,
    ).toBe(0);
    expect(await logLengte()).toBe(voor);

    const { bevriesOnderdeel } = await gqlOkAls(t, tokens.gemeente, BEVRIES, {
      input: {
        onderdeelId,
        overrideReden: 'Niet iedereen is al akkoord',
        vervallenReden: 'Besproken in het overleg van 3 maart',
      },
    });
    expect(bevriesOnderdeel.nummer).toBe(1);
    // Nothing shows as open any more, and the frozen text holds no marks.
    const { overeenkomsten } = await gqlOkAls(t, tokens.gemeente, OPEN_SUGGESTIES);
    const hoofd = overeenkomsten.items[0].onderdelen.find(
      (o: { id: string }) => o.id === onderdeelId,
    );
    expect(hoofd).toMatchObject({ status: 'TER_ONDERTEKENING', suggesties: [] });
    expect(
      (await gqlOkAls(t, tokens.gemeente, VOORSTELLEN, { id: onderdeelId })).wijzigingsvoorstellen,
    ).toEqual([]);
    expect(
      (
        await sqlRij<{ status: string }>(
          t.app,
          'select status from wijzigingsvoorstel where id = ?',
          [dienVoorstelIn.id],
        )
      ).status,
    ).toBe('VERVALLEN');
    expect(
      await sqlRijen<{ status: string; reden: string }>(
        t.app,
        'select status, reden from suggestie where onderdeel_id = ? and ingevoegd = ?',
        [onderdeelId, ' Ook voor mantelzorgers.'],
      ),
    ).toEqual([{ status: 'VERVALLEN', reden: 'Besproken in het overleg van 3 maart' }]);
    expect(await serverTekst(afspraakId)).toBe(ZIN);
    const versie = await sqlRij<{ inhoud: unknown }>(
      t.app,
      'select * from onderdeel_versie where onderdeel_id = ?',
      [onderdeelId],
    );
    expect(JSON.stringify(versie)).not.toMatch(/"insertion"|"deletion"|mantelzorgers/);
    const audit = await sqlRijen<{ actie: string }>(
      t.app,
      "select actie from audit_regel where actie in ('SUGGESTIE_VERVALLEN', 'VOORSTEL_VERVALLEN')",
    );
    expect(audit.map((a) => a.actie).sort()).toEqual(
      expect.arrayContaining(['SUGGESTIE_VERVALLEN', 'VOORSTEL_VERVALLEN']),
    );
  });
});
