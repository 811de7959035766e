import { demoLogo } from '../src/demo/demo-logo';
import { MAX_LOGO_BYTES } from '../src/partijen/logo-bestand';
import { sqlRijen } from './support/als';
import {
  afspraakInput,
  createAfspraak,
  createFixture,
  defaultThemas,
  type Fixture,
  theError,
} from './support/api';
import { docxXml } from './support/docx-bestanden';
import { download } from './support/download';
import { startTestApp, TEST_WACHTWOORD, TESTER, type TestApp } from './support/test-app';
import { bevriesEnOndertekenVoor } from './support/versies';

/*
 * A partij's logo (issue 18, point 1): only a PNG or JPEG its beheerder uploads, audited in the
 * trail of every agreement it takes part in; on the cover of the Word document as an image; on
 * the public page of a published agreement, served only while that publication is public and
 * only for a partij it lists with a logo.
 */

const ZET = `mutation($input: PartijLogoInput!) { zetPartijLogo(input: $input) { mimeType breedte hoogte grootte sha256 } }`;
const VERWIJDER = `mutation($input: IdInput!) { verwijderPartijLogo(input: $input) }`;
const LOGO = `query($id: ID!) { partij(id: $id) { logo { mimeType breedte hoogte dataUrl } } }`;

describe('partij logo', () => {
  let t: TestApp;
  let fx: Fixture;
  let ander: Fixture;
  let token: string;
  const gemeenteLogo = demoLogo('schild', [0, 94, 132]);
  const corpLogo = demoLogo('huis', [196, 70, 30], 300, 100);

  const anoniem = (pad: string) => fetch(`${t.baseUrl}${pad}`);
  const zet = (partijId: string, bestand: Buffer) =>
    t.gql(ZET, { input: { partijId, logo: bestand.toString('base64') } });

  beforeAll(async () => {
    t = await startTestApp();
    fx = await createFixture(t, 'Logo');
    ander = await createFixture(t, 'Zonder publicatie');
    const thema = [...(await defaultThemas(t)).values()].find((th) => th.domein)!;
    await createAfspraak(t, afspraakInput(fx, thema.id, { titel: 'Nultredenwoningen' }));
    await createAfspraak(
      t,
      afspraakInput(fx, thema.id, { onderdeelId: fx.bijlageId, titel: 'Beschermd wonen' }),
    );
    token = await t.login(TESTER, TEST_WACHTWOORD);
  }, 120_000);
  afterAll(() => t?.close());

  it('refuses a GIF, a file over 512 KB and a fake PNG, naming input.logo in Dutch', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(40, 1)]);
    const groot = Buffer.concat([gemeenteLogo, Buffer.alloc(MAX_LOGO_BYTES)]);
    const nep = Buffer.concat([
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
      Buffer.from('geen afbeelding'),
    ]);
    const fouten = [gif, groot, nep].map(async (b) => theError(await zet(fx.gemeente, b)));
    const [g, te, n] = await Promise.all(fouten);
    for (const fout of [g!, te!, n!]) {
      expect(fout.extensions).toMatchObject({ code: 'BESTAND_ONGELDIG', veld: 'input.logo' });
      expect(fout.message).toContain('input.logo');
    }
    expect(g!.message).toMatch(/geen PNG- of JPEG-afbeelding/);
    expect(te!.message).toMatch(/te groot: een logo is hoogstens 512 KB/);
    expect(n!.message).toMatch(/geen PNG- of JPEG-afbeelding/);
    expect((await t.gqlOk<any>(LOGO, { id: fx.gemeente })).partij.logo).toBeNull();
  });

  it('stores an upload with its size in pixels, audited in each agreement of the partij', async () => {
    const { zetPartijLogo } = await t.gqlOk<any>(ZET, {
      input: { partijId: fx.gemeente, logo: gemeenteLogo.toString('base64') },
    });
    expect(zetPartijLogo).toMatchObject({
      mimeType: 'image/png',
      breedte: 110,
      hoogte: 120,
      grootte: gemeenteLogo.length,
    });
    await t.gqlOk(ZET, { input: { partijId: fx.corpA, logo: corpLogo.toString('base64') } });
    const { partij } = await t.gqlOk<any>(LOGO, { id: fx.gemeente });
    expect(partij.logo.dataUrl).toBe(`data:image/png;base64,${gemeenteLogo.toString('base64')}`);
    const audit = await sqlRijen<{ overeenkomst_id: string; gegevens: any }>(
      t.app,
      `select overeenkomst_id, gegevens from "${t.schema}".audit_regel where actie = 'PARTIJ_LOGO_GEWIJZIGD' and onderwerp_id = ?`,
      [fx.gemeente],
    );
    expect(audit.map((a) => a.overeenkomst_id)).toEqual([fx.overeenkomstId]);
    expect(audit[0]!.gegevens).toMatchObject({ logo: { mimeType: 'image/png', breedte: 110 } });
  });

  it('puts the logos on the cover of the Word document as images, and none where no partij has one', async () => {
    const res = await download(t, `/export/overeenkomsten/${fx.overeenkomstId}.docx`, token);
    expect(res.status).toBe(200);
    const xml = await docxXml(res.body);
    const rels = await docxXml(res.body, 'word/_rels/document.xml.rels');
    const voorblad = xml.slice(0, xml.indexOf('w:type="page"'));
    const ids = [...voorblad.matchAll(/<a:blip r:embed="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      expect(rels).toMatch(
        new RegExp(`Id="${id}" Type="[^"]+/relationships/image" Target="media/[^"]+\\.png"`),
      );
    }
    // In the Partijen section's order: the gemeente first; both the same height.
    const namen = [...voorblad.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((m) => m[1]);
    expect(namen).toEqual([`Logo Gemeente Logo`, `Logo Woonstichting Logo`]);
    const maten = [...voorblad.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => ({
      breedte: Number(m[1]),
      hoogte: Number(m[2]),
    }));
    expect(maten).toHaveLength(2);
    const [gemeente, corp] = maten as [(typeof maten)[0], (typeof maten)[0]];
    expect(gemeente.hoogte).toBe(corp.hoogte);
    expect(corp.breedte / corp.hoogte).toBeCloseTo(3, 1);

    const zonder = await download(t, `/export/overeenkomsten/${ander.overeenkomstId}.docx`, token);
    expect(await docxXml(zonder.body)).not.toContain('<a:blip');
  }, 60_000);

  it('serves the logo on the publication, and not when unpublished or for a partij without one', async () => {
    // A logo of a partij in an agreement that is never published has no public address.
    await t.gqlOk(ZET, { input: { partijId: ander.corpB, logo: corpLogo.toString('base64') } });
    await bevriesEnOndertekenVoor(t, fx.hoofdId, [fx.gemeente, fx.corpA, fx.corpB, fx.huurders]);
    await bevriesEnOndertekenVoor(t, fx.bijlageId, [
      fx.gemeente,
      fx.corpA,
      fx.corpB,
      fx.huurders,
      fx.zorg,
      fx.welzijn,
    ]);
    const { publiceerOvereenkomst: p } = await t.gqlOk<any>(
      `mutation($input: PubliceerInput!) { publiceerOvereenkomst(input: $input) { slug json } }`,
      { input: { overeenkomstId: fx.overeenkomstId } },
    );
    const json = (await (await anoniem(p.json)).json()) as any;
    const metLogo = json.partijen.filter((x: any) => x.logo);
    expect(metLogo.map((x: any) => x.naam)).toEqual(['Gemeente Logo', 'Woonstichting Logo']);
    const nummer = json.partijen.findIndex((x: any) => x.naam === 'Gemeente Logo') + 1;
    expect(metLogo[0].logo).toBe(`/publicatie/${p.slug}/logo/${nummer}`);

    const res = await anoniem(metLogo[0].logo);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).equals(gemeenteLogo)).toBe(true);

    const zonderLogo = json.partijen.findIndex((x: any) => !x.logo) + 1;
    for (const pad of [
      `/publicatie/${p.slug}/logo/${zonderLogo}`,
      `/publicatie/${p.slug}/logo/99`,
      `/publicatie/${p.slug}/logo/abc`,
      `/publicatie/gemeente-zonder-publicatie-prestatieafspraken-2026-2029/logo/1`,
    ]) {
      expect((await anoniem(pad)).status).toBe(404);
    }

    await t.gqlOk(
      `mutation($input: TrekPublicatieInInput!) { trekPublicatieIn(input: $input) { actief } }`,
      { input: { overeenkomstId: fx.overeenkomstId, reden: 'test' } },
    );
    expect((await anoniem(metLogo[0].logo)).status).toBe(404);
  }, 120_000);

  it('lets only the beheerder remove it; the cover is then without it', async () => {
    const lid = await t.gqlAs(null, VERWIJDER, { input: { id: fx.corpA } });
    expect(lid.errors?.length).toBeGreaterThan(0);
    expect((await t.gqlOk<any>(VERWIJDER, { input: { id: fx.corpA } })).verwijderPartijLogo).toBe(
      true,
    );
    expect((await t.gqlOk<any>(VERWIJDER, { input: { id: fx.corpA } })).verwijderPartijLogo).toBe(
      false,
    );
    const res = await download(t, `/export/onderdelen/${fx.hoofdId}.docx`, token);
    const xml = await docxXml(res.body);
    const voorblad = xml.slice(0, xml.indexOf('w:type="page"'));
    expect([...voorblad.matchAll(/<a:blip /g)]).toHaveLength(1);
  }, 60_000);
});
