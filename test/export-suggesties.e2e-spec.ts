import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Fragment } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { documentSchema, wijzigFragment } from '../src/collaboration/prosemirror';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { maakSuggestieId } from '../src/gedeeld/suggesties';
import { gqlOkAls } from './support/als';
import { Editors, rondreis, voegAlineaToe, wachtTot } from './support/collab-clients';
import { docxXml, naarPdf, ruimOp } from './support/docx-bestanden';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The export "concept met suggesties": an afspraak text from the seeds (a handreiking's example
 * of a handelingsafspraak) gets suggestions in the co-editor, made the way the editor stores them
 * (insertion and deletion marks on the Yjs text), and the Word file shows each as a tracked
 * change by its partij. The PDF LibreOffice makes of it, and its page images, are kept in
 * test-artefacten/export-suggesties to look at.
 */

const exec = promisify(execFile);
const ARTEFACTEN = join(__dirname, '..', 'test-artefacten', 'export-suggesties');
const SEED =
  'Woningcorporatie y organiseert in de bestaande bouw twee geclusterde eenheden van 40 woningen ' +
  'met een ontmoetingsruimte, waarvan de locatie x geschikt is voor het leveren van intensieve zorg via VPT.';
const NIEUWE_ALINEA =
  'De huurdersorganisatie wordt bij de inrichting van de ontmoetingsruimte betrokken.';

interface Ik {
  id: string;
  lidmaatschappen: { partij: { id: string; naam: string } }[];
}

const woorden = (tekst: string) => tekst.replace(/\s+/g, ' ').trim();

describe('Word export of a draft with its pending suggestions', () => {
  let t: TestApp;
  const editors = new Editors(() => t.baseUrl);
  const tokens: Record<string, string> = {};
  const ik: Record<string, Ik> = {};
  let hoofd: { id: string; afspraken: { id: string; nummer: string }[] };
  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);
  const partij = (wie: string) => ik[wie]!.lidmaatschappen[0]!.partij;
  let bijlage: { id: string };
  /** Version 1 of the hoofddocument (the seed text), and the suggestion of the corporatie on it. */
  let versie1: string;
  let vanCorporatie: string;

  const download = async (pad: string, token: string) => {
    const res = await fetch(`${t.baseUrl}${pad}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      naam: res.headers.get('content-disposition') ?? '',
      body,
      json: () => JSON.parse(body.toString('utf8')) as { code: string; message: string },
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2', 'zorg']) {
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
      ik[wie] = (
        await gqlOkAls(t, tokens[wie], `{ me { id lidmaatschappen { partij { id naam } } } }`)
      ).me;
    }
    const { overeenkomsten } = await gqlOkAls(
      t,
      tokens.gemeente!,
      `{ overeenkomsten { items { onderdelen { id soort afspraken { id nummer } } } } }`,
    );
    const onderdelen = overeenkomsten.items[0].onderdelen as {
      id: string;
      soort: string;
      afspraken: { id: string; nummer: string }[];
    }[];
    hoofd = onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!;
    bijlage = onderdelen.find((o) => o.soort === 'BIJLAGE')!;
    await mkdir(ARTEFACTEN, { recursive: true });
  });
  afterEach(() => editors.sluitAlles());
  afterAll(() => t?.close());

  it('shows every pending suggestion as a tracked change by its partij, and the plain export only the accepted text', async () => {
    const afspraak = hoofd.afspraken[0]!;
    // The regie writes the afspraak's text (a direct edit, as in drafting).
    const regie = await editors.gesynct(hoofd.id, tokens.gemeente!);
    const fragment = regie.fragment(afspraak.id);
    regie.doc.transact(() => {
      fragment.delete(0, fragment.length);
      voegAlineaToe(fragment, SEED);
    });
    await rondreis(regie);
    // Version 1 holds the seed text, signed; an addendum in the negotiation phase follows, where every
    // edit of the text must be a suggestion (the co-editor checks that).
    versie1 = (
      await als(
        'gemeente',
        `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
        { input: { onderdeelId: hoofd.id, overrideReden: 'Akkoord in het bestuurlijk overleg' } },
      )
    ).bevriesOnderdeel.id;
    for (const wie of ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2'])
      await als(
        wie,
        `mutation($input: OndertekenInput!) { onderteken(input: $input) { status } }`,
        { input: { versieId: versie1, functie: 'bestuurder', wachtwoord: DEMO_WACHTWOORD } },
      );
    await als('gemeente', `mutation($input: AddendumInput!) { startAddendum(input: $input) }`, {
      input: { onderdeelId: hoofd.id, reden: 'Meer geclusterde eenheden' },
    });
    await als('gemeente', `mutation($id: ID!) { openOnderhandeling(onderdeelId: $id) { fase } }`, {
      id: hoofd.id,
    });

    // The corporatie suggests "drie" for "twee"; the huurders suggest a new paragraph.
    const corporatie = await editors.gesynct(hoofd.id, tokens.corporatie!);
    const partijCorporatie = ik.corporatie!.lidmaatschappen[0]!.partij;
    vanCorporatie = maakSuggestieId(partijCorporatie.id, ik.corporatie!.id);
    const regel = () =>
      (corporatie.fragment(afspraak.id).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const twee = SEED.indexOf('twee');
    corporatie.doc.transact(() => {
      regel().format(twee, 'twee'.length, { deletion: { id: vanCorporatie } });
      regel().insert(twee + 'twee'.length, 'drie', { insertion: { id: vanCorporatie } });
    });
    await rondreis(corporatie);

    const huurders = await editors.gesynct(hoofd.id, tokens.huurders!);
    const partijHuurders = ik.huurders!.lidmaatschappen[0]!.partij;
    const vanHuurders = maakSuggestieId(partijHuurders.id, ik.huurders!.id);
    const eerste = (huurders.fragment(afspraak.id).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    huurders.doc.transact(() => {
      eerste.insert(eerste.length, '\u200B', { insertion: { id: vanHuurders } });
      voegAlineaToe(huurders.fragment(afspraak.id), `\u200B${NIEUWE_ALINEA}`, {
        insertion: { id: vanHuurders },
      });
    });
    await rondreis(huurders);
    // The corporatie also proposes a table under the next afspraak, as the editor's toolbar makes
    // it: the table as a whole carries the suggestion (a block's mark, kept as an attribute).
    const tabelId = maakSuggestieId(partijCorporatie.id, ik.corporatie!.id);
    const cel = (tekst: string) => ({
      type: 'tableCell',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: tekst }] }],
    });
    corporatie.doc.transact(() =>
      wijzigFragment(corporatie.fragment(hoofd.afspraken[1]!.id), (doc) =>
        doc.copy(
          doc.content.append(
            Fragment.from(
              documentSchema.nodeFromJSON({
                type: 'table',
                marks: [{ type: 'insertion', attrs: { id: tabelId } }],
                content: [
                  { type: 'tableRow', content: [cel('Locatie'), cel('Wooneenheden')] },
                  { type: 'tableRow', content: [cel('Vlietdam-Noord'), cel('30')] },
                ],
              }),
            ),
          ),
        ),
      ),
    );
    await rondreis(corporatie);
    // Both kept the rule of suggestion mode: the co-editor closed neither connection.
    expect([...corporatie.sluitingen, ...huurders.sluitingen]).toEqual([]);

    const res = await download(`/export/onderdelen/${hoofd.id}/suggesties.docx`, tokens.huurders!);
    expect(res.status).toBe(200);
    expect(res.naam).toMatch(/suggesties\.docx/);
    await writeFile(join(ARTEFACTEN, 'concept-met-suggesties.docx'), res.body);
    const xml = await docxXml(res.body);
    const revisies = [...xml.matchAll(/<w:(ins|del)\b([^>]*)>/g)].map((m) => ({
      soort: m[1],
      attributen: m[2]!,
    }));
    const van = (naam: string, soort: string) =>
      revisies.filter((r) => r.soort === soort && r.attributen.includes(`w:author="${naam}"`));
    expect(van(partijCorporatie.naam, 'del')).toHaveLength(1);
    // "drie", and the table's two rows: each row, and in each of its two cells the paragraph
    // mark and the words.
    expect(van(partijCorporatie.naam, 'ins')).toHaveLength(1 + 2 * (1 + 2 * 2));
    // The new paragraph: its text and its paragraph mark.
    expect(van(partijHuurders.naam, 'ins').length).toBeGreaterThanOrEqual(2);
    expect(revisies.every((r) => /w:date="20\d\d-\d\d-\d\dT/.test(r.attributen))).toBe(true);
    expect(xml).toMatch(/<w:delText[^>]*>twee<\/w:delText>/);
    expect(xml).toMatch(/<w:ins\b[^>]*>\s*<w:r>(?:(?!<\/w:ins>).)*>drie</s);
    expect(xml).not.toContain('\u200B');
    // The table: each row an inserted row, its words inserted, by the corporatie.
    expect(xml).toMatch(
      new RegExp(`<w:trPr>\\s*<w:ins\\b[^>]*w:author="${partijCorporatie.naam}"`),
    );
    expect(xml).toMatch(/<w:ins\b[^>]*>\s*<w:r>(?:(?!<\/w:ins>).)*>Vlietdam-Noord</s);

    // LibreOffice shows the revisions (inserted and deleted words both on the page).
    const { tekst, pdf, map } = await naarPdf(res.body, 'concept-met-suggesties');
    await writeFile(join(ARTEFACTEN, 'concept-met-suggesties.pdf'), pdf);
    await exec('pdftoppm', [
      '-r',
      '70',
      '-png',
      '-f',
      '1',
      '-l',
      '3',
      join(map, 'concept-met-suggesties.pdf'),
      join(ARTEFACTEN, 'pagina'),
    ]);
    await ruimOp(map);
    const leesbaar = woorden(tekst);
    expect(leesbaar).toContain('Concept met openstaande suggesties');
    expect(leesbaar).toMatch(/bestaande bouw (twee ?drie|drie ?twee) geclusterde/);
    expect(leesbaar).toContain(NIEUWE_ALINEA);
    expect(leesbaar).toMatch(/Locatie ?Wooneenheden ?Vlietdam-Noord ?30/);

    // The ordinary export of the draft is what has been agreed: no suggestion in it.
    const gewoon = await docxXml(
      (await download(`/export/onderdelen/${hoofd.id}.docx`, tokens.huurders!)).body,
    );
    expect(gewoon).not.toMatch(/<w:(ins|del)\b/);
    expect(gewoon).toContain('bestaande bouw twee geclusterde');
    expect(gewoon).not.toContain('NIEUWE_ALINEA');
    expect(gewoon).not.toContain('De huurdersorganisatie wordt');
    expect(gewoon).not.toContain('Vlietdam-Noord');
  }, 180_000);

  it('has the permissions of the other exports, and only a draft has suggestions', async () => {
    const zorg = await download(`/export/onderdelen/${hoofd.id}/suggesties.docx`, tokens.zorg!);
    expect(zorg.status).toBe(403);
    expect(
      (await download(`/export/onderdelen/${bijlage.id}/suggesties.docx`, tokens.zorg!)).status,
    ).toBe(200);
    await gqlOkAls(
      t,
      tokens.gemeente!,
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
      { input: { onderdeelId: bijlage.id, overrideReden: 'Akkoord in het overleg' } },
    );
    const bevroren = await download(
      `/export/onderdelen/${bijlage.id}/suggesties.docx`,
      tokens.zorg!,
    );
    expect(bevroren.status).toBeGreaterThanOrEqual(400);
    expect(bevroren.json()).toMatchObject({
      code: 'ONDERDEEL_BEVROREN',
      message: expect.stringMatching(/bevroren/),
    });
  }, 60_000);

  it('a redline against version 1 shows the accepted suggestion by its partij, and no pending one', async () => {
    const afspraak = hoofd.afspraken[0]!;
    // Every other signing partij accepts the corporatie's suggestion of the first test; the
    // huurders' stays open.
    for (const wie of ['gemeente', 'corporatie2', 'huurders', 'huurders2'])
      await als(
        wie,
        `mutation($input: BeoordeelSuggestiesInput!) { beoordeelSuggesties(input: $input) { suggesties { id status } } }`,
        {
          input: {
            afspraakId: afspraak.id,
            partijId: partij(wie).id,
            beoordeling: 'AANVAARD',
            suggestieIds: [vanCorporatie],
          },
        },
      );

    // The server applies the accepted suggestion to the document after its commit.
    await wachtTot('de aanvaarde suggestie in de tekst', async () =>
      (
        await als('gemeente', `query($id: ID!) { onderdeel(id: $id) { afspraken { id tekst } } }`, {
          id: hoofd.id,
        })
      ).onderdeel.afspraken.some(
        (a: { id: string; tekst: string }) => a.id === afspraak.id && a.tekst.includes('drie'),
      ),
    );
    const res = await download(
      `/export/onderdelen/${hoofd.id}/redline.docx?van=${versie1}`,
      tokens.huurders!,
    );
    expect(res.status).toBe(200);
    await writeFile(join(ARTEFACTEN, 'redline-na-suggestie.docx'), res.body);
    const xml = await docxXml(res.body);
    const revisies = [...xml.matchAll(/<w:(ins|del)\b([^>]*)>/g)].map((m) => m[2]!);
    expect(revisies).toHaveLength(2);
    for (const r of revisies) {
      expect(r).toContain(`w:author="${partij('corporatie').naam}"`);
      expect(r).toMatch(/w:date="20\d\d-\d\d-\d\dT/);
    }
    expect(xml).toMatch(/<w:delText[^>]*>twee<\/w:delText>/);
    expect(xml).toMatch(/<w:ins\b[^>]*>\s*<w:r>(?:(?!<\/w:ins>).)*>drie</s);
    // A version, and the agreed text of the draft, hold no pending suggestion.
    expect(xml).not.toContain('De huurdersorganisatie wordt');

    const { pdf, map } = await naarPdf(res.body, 'redline-na-suggestie');
    await writeFile(join(ARTEFACTEN, 'redline-na-suggestie.pdf'), pdf);
    await exec('pdftoppm', [
      '-r',
      '70',
      '-png',
      '-f',
      '1',
      '-l',
      '2',
      join(map, 'redline-na-suggestie.pdf'),
      join(ARTEFACTEN, 'redline'),
    ]);
    await ruimOp(map);
  }, 180_000);
});
