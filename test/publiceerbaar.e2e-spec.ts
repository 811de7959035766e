import { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/postgresql';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Migration20261221010000_VolledigeNummers } from '../migrations/Migration20261221010000_VolledigeNummers';
import { DEMO } from '../src/demo/demo-data';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { DOELGROEP_LABEL } from '../src/gedeeld/normen';
import { MeldingBronnen } from '../src/meldingen/melding-bronnen';
import { theError, UPDATE_AFSPRAAK } from './support/api';
import { gqlOkAls, sqlRijen } from './support/als';
import { docxTekst, docxXml, naarPdf, ruimOp } from './support/docx-bestanden';
import { alineas, inhoudFouten, opmaakFouten } from './support/docx-typografie';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Issue 18: the Word documents as a gemeente publishes them. The demo's agreement, its bijlage
 * and the evaluation report, checked in their XML (tables apart, rows unsplit, header rows,
 * numbers unique across onderdelen, each theme heading once, no sentence twice, the Partijen
 * section from the partijen' formal data, every doelgroep, euro amounts as € 200.000); the
 * agreement's pages are kept as images in test-artefacten/publiceerbaar to look at.
 */

const exec = promisify(execFile);
const ARTEFACTEN = join(__dirname, '..', 'test-artefacten', 'publiceerbaar');
const PARTIJ_GEGEVENS = `{ statutaireNaam vestigingsplaats kvkNummer vertegenwoordiger vertegenwoordigerFunctie }`;

describe('the Word document as a gemeente publishes it (issue 18)', () => {
  let t: TestApp;
  let token: string;
  let demo: {
    id: string;
    deelnemers: { partij: { id: string; naam: string } }[];
    onderdelen: {
      id: string;
      soort: string;
      afspraken: { id: string; nummer: string; titel: string }[];
    }[];
  };
  const download = async (pad: string) => {
    const res = await fetch(`${t.baseUrl}${pad}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    token = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
    demo = (
      await gqlOkAls(
        t,
        token,
        `{ overeenkomsten { items { id deelnemers { partij { id naam } } onderdelen { id soort afspraken { id nummer titel } } } } }`,
      )
    ).overeenkomsten.items[0];
    await mkdir(ARTEFACTEN, { recursive: true });
  });
  afterAll(() => t?.close());

  it('a partij’s formal data: its beheerder edits it, a KvK-nummer has 8 digits, another partij may not', async () => {
    const gemeente = demo.deelnemers.find((d) => d.partij.naam === 'Gemeente Vlietdam')!.partij;
    const corporatie = demo.deelnemers.find(
      (d) => d.partij.naam === 'Woonstichting De Vliet',
    )!.partij;
    const UPDATE = `mutation($input: UpdatePartijInput!) { updatePartij(input: $input) ${PARTIJ_GEGEVENS} }`;
    const fout = theError(
      await t.gqlAs(token, UPDATE, { input: { id: gemeente.id, kvkNummer: '1234 567' } }),
    );
    expect(fout.extensions).toMatchObject({ code: 'VALIDATIE_FOUT' });
    expect(fout.message).toContain('input.kvkNummer');
    expect(fout.message).toContain('8 cijfers');
    const vreemd = theError(
      await t.gqlAs(token, UPDATE, { input: { id: corporatie.id, vestigingsplaats: 'Elders' } }),
    );
    expect(vreemd.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const gewijzigd = (
      await gqlOkAls(t, token, UPDATE, {
        input: { id: gemeente.id, vertegenwoordigerFunctie: 'burgemeester' },
      })
    ).updatePartij;
    expect(gewijzigd).toMatchObject({
      kvkNummer: '27364512',
      vertegenwoordigerFunctie: 'burgemeester',
    });
    await gqlOkAls(t, token, UPDATE, {
      input: { id: gemeente.id, vertegenwoordigerFunctie: 'wethouder Wonen en Zorg' },
    });
  });

  it('numbers are unique across onderdelen in the API: B before a bijlage’s numbers', () => {
    const alle = demo.onderdelen.flatMap((o) => o.afspraken.map((a) => a.nummer));
    expect(new Set(alle).size).toBe(alle.length);
    const bijlage = demo.onderdelen.find((o) => o.soort === 'BIJLAGE')!;
    expect(bijlage.afspraken.every((a) => /^B\d/.test(a.nummer))).toBe(true);
  });

  it('the agreement: Partijen, considerans, themes in order, every doelgroep, indicator table, money, signature blocks; typography that survives Word and LibreOffice', async () => {
    const docx = await download(`/export/overeenkomsten/${demo.id}.docx`);
    await writeFile(join(ARTEFACTEN, 'overeenkomst.docx'), docx);
    const xml = await docxXml(docx);
    expect(opmaakFouten(xml)).toEqual([]);
    expect(inhoudFouten(xml)).toEqual([]);
    const tekst = (await docxTekst(docx)).replace(/\s+/g, ' ');

    // The Partijen section names each signatory with its formal data.
    expect(tekst).toContain('De ondergetekenden:');
    expect(tekst).toContain('hierna gezamenlijk te noemen: partijen');
    for (const p of DEMO.partijen.filter((x) => !['provincie', 'buiten'].includes(x.key))) {
      expect(tekst).toContain(
        `${p.statutaireNaam}, gevestigd te ${p.vestigingsplaats}, ingeschreven bij de Kamer van Koophandel onder nummer ${p.kvkNummer}, hierbij rechtsgeldig vertegenwoordigd door ${p.vertegenwoordiger}, ${p.vertegenwoordigerFunctie}`,
      );
    }
    expect(tekst).toContain('Partijen overwegen het volgende:');
    expect(tekst).not.toContain('Bijlage: Bijlage');
    expect(tekst).not.toMatch(/Uitgangspunt: .*standpunt/i);

    // Every doelgroep the demo's afspraken name.
    const doelgroepen = new Set(DEMO.afspraken.flatMap((a) => a.doelgroepen ?? []));
    expect(doelgroepen.size).toBeGreaterThan(3);
    for (const d of doelgroepen) expect(tekst).toContain(DOELGROEP_LABEL[d]);

    // One indicator table per onderdeel, no table per jaarschijf.
    const ps = alineas(xml);
    expect(ps.filter((p) => p.tekst.startsWith('Jaarschijf ')).length).toBe(0);
    expect(
      ps.filter((p) => p.stijl === 'Heading2' && p.tekst.startsWith('Indicatoren en streefwaarden'))
        .length,
    ).toBe(2);

    // Money and percentages as Dutch readers write them.
    expect(tekst).toMatch(/€ \d{1,3}(\.\d{3})+/);
    expect(tekst).not.toMatch(/\d euro\b/);

    // The signature page: "Aldus overeengekomen", a block per party with a line to sign on.
    expect(tekst).toContain('Aldus overeengekomen en ondertekend te Vlietdam op');
    expect(tekst).toContain('Naam: M.J. (Marieke) van den Berg');
    expect(tekst).toContain('Functie: directeur-bestuurder');
    expect(ps.filter((p) => p.tekst === 'handtekening').length).toBeGreaterThanOrEqual(9);

    // Each theme's heading once, the chapters in order.
    const hoofdstukken = ps
      .filter((p) => p.stijl === 'Heading2' && /^B?\d+\. /.test(p.tekst))
      .map((p) => p.tekst);
    const hoofd = hoofdstukken.filter((h) => !h.startsWith('B')).map((h) => parseInt(h, 10));
    expect(hoofd).toEqual([...hoofd].sort((a, b) => a - b));

    // As a reader sees it: LibreOffice's PDF, as page images.
    const { pdf, map } = await naarPdf(docx, 'overeenkomst');
    await writeFile(join(ARTEFACTEN, 'overeenkomst.pdf'), pdf);
    await exec('pdftoppm', [
      '-r',
      '60',
      '-png',
      join(map, 'overeenkomst.pdf'),
      join(ARTEFACTEN, 'pagina'),
    ]);
    await ruimOp(map);
  }, 180_000);

  it('the bijlage on its own and the evaluation report keep the same typography', async () => {
    const bijlage = demo.onderdelen.find((o) => o.soort === 'BIJLAGE')!;
    const docx = await download(`/export/onderdelen/${bijlage.id}.docx`);
    await writeFile(join(ARTEFACTEN, 'bijlage.docx'), docx);
    const xml = await docxXml(docx);
    expect(opmaakFouten(xml)).toEqual([]);
    expect(inhoudFouten(xml)).toEqual([]);
    expect(await docxTekst(docx)).toMatch(/Bijlage 1: Wonen en zorg/);

    const rapport = await download(`/export/overeenkomsten/${demo.id}/evaluatie/2026.docx`);
    await writeFile(join(ARTEFACTEN, 'evaluatie-2026.docx'), rapport);
    expect(opmaakFouten(await docxXml(rapport))).toEqual([]);
  });

  // Last: it freezes the bijlage.
  it('a bijlage’s afspraak is B-numbered everywhere: audit trail, melding, evaluation report, redline; the migration completes an old "1.1"', async () => {
    const bijlage = demo.onderdelen.find((o) => o.soort === 'BIJLAGE')!;
    const a = bijlage.afspraken[0]!;
    expect(a.nummer).toMatch(/^B\d+\.\d+$/);
    const gemeente = demo.deelnemers.find((d) => d.partij.naam === 'Gemeente Vlietdam')!.partij;
    const zorg = demo.deelnemers.find((d) => d.partij.naam === 'Zorggroep Vlietzicht')!.partij;
    const tekstVan = async (docx: Buffer) => (await docxTekst(docx)).replace(/\s+/g, ' ');

    // The audit trail of an edit.
    const TRAIL = `query($id: ID!, $skip: Int!) { auditTrail(overeenkomstId: $id, take: 100, skip: $skip) { total items { actie onderwerpId gegevens } } }`;
    const totaal = (await gqlOkAls(t, token, TRAIL, { id: demo.id, skip: 0 })).auditTrail.total;
    const titel = `${a.titel} (herzien)`;
    await gqlOkAls(t, token, UPDATE_AFSPRAAK, { input: { id: a.id, titel } });
    const regels = (await gqlOkAls(t, token, TRAIL, { id: demo.id, skip: totaal })).auditTrail
      .items;
    expect(regels).toEqual([
      expect.objectContaining({
        actie: 'AFSPRAAK_GEWIJZIGD',
        onderwerpId: a.id,
        gegevens: expect.objectContaining({ nummer: a.nummer }),
      }),
    ]);

    // A comment addressed to a zorgpartij: its people read the number in their melding.
    await gqlOkAls(
      t,
      token,
      `mutation($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { id } }`,
      {
        input: {
          afspraakId: a.id,
          partijId: gemeente.id,
          gerichtAanId: zorg.id,
          tekst: 'Kunt u de aantallen bevestigen?',
        },
      },
    );
    await t.app.get(MeldingBronnen).klaar();
    const zorgToken = await t.login('zorg@demo.driehoek.nl', DEMO_WACHTWOORD);
    const meldingen = (
      await gqlOkAls(t, zorgToken, `{ meldingen(take: 20) { items { soort tekst } } }`)
    ).meldingen.items as { soort: string; tekst: string }[];
    expect(meldingen.map((m) => m.tekst)).toContainEqual(
      expect.stringContaining(`bij afspraak ${a.nummer} “${titel}”`),
    );

    // The evaluation report lists the bijlage's afspraken with their B.
    const rapport = await tekstVan(
      await download(`/export/overeenkomsten/${demo.id}/evaluatie/2026.docx`),
    );
    const inRapport = bijlage.afspraken.filter((x) => rapport.includes(` ${x.nummer} `));
    expect(inRapport.length).toBeGreaterThan(0);

    // A redline of the frozen bijlage against its draft.
    const versie = (
      await gqlOkAls(
        t,
        token,
        `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
        { input: { onderdeelId: bijlage.id, overrideReden: 'Akkoord in het bestuurlijk overleg' } },
      )
    ).bevriesOnderdeel as { id: string };
    const redline = await tekstVan(
      await download(`/export/onderdelen/${bijlage.id}/redline.docx?van=${versie.id}`),
    );
    expect(redline).toContain(`${a.nummer} ${titel}`);

    // A version frozen before numbers carried their prefix keeps its content (it is
    // fingerprinted), and is shown with its onderdeel's prefix: exported and compared.
    const [rij] = await sqlRijen<{ inhoud: unknown }>(
      t.app,
      'select inhoud from onderdeel_versie where id = ?',
      [versie.id],
    );
    const oud = (typeof rij!.inhoud === 'string' ? JSON.parse(rij!.inhoud) : rij!.inhoud) as {
      afspraken: { nummer: string }[];
    };
    oud.afspraken = oud.afspraken.map((x) => ({ ...x, nummer: x.nummer.replace(/^B/, '') }));
    await sqlRijen(t.app, 'update onderdeel_versie set inhoud = ? where id = ?', [
      JSON.stringify(oud),
      versie.id,
    ]);
    const vergeleken = (
      await gqlOkAls(
        t,
        token,
        `query($o: ID!, $v: ID!) { vergelijkVersies(onderdeelId: $o, van: $v, naar: $v) { afspraken { afspraakId nummer } } }`,
        { o: bijlage.id, v: versie.id },
      )
    ).vergelijkVersies.afspraken as { afspraakId: string; nummer: string }[];
    expect(vergeleken.find((x) => x.afspraakId === a.id)!.nummer).toBe(a.nummer);
    const alsOndertekend = await tekstVan(
      await download(`/export/onderdelen/${bijlage.id}.docx?versie=${versie.id}`),
    );
    expect(alsOndertekend).toContain(`${a.nummer} ${titel}`);

    // The migration gives numbers stored before they had a prefix their B (once).
    await sqlRijen(
      t.app,
      `update afspraak set nummer = substring(nummer from '[0-9]+\\.[0-9]+$') where onderdeel_id = ?`,
      [bijlage.id],
    );
    const nummers = async () =>
      (
        await sqlRijen<{ nummer: string }>(
          t.app,
          'select nummer from afspraak where onderdeel_id = ? order by volgorde',
          [bijlage.id],
        )
      ).map((r) => r.nummer);
    expect((await nummers()).every((n) => /^\d/.test(n))).toBe(true);
    const orm = t.app.get(MikroORM);
    const migratie = new Migration20261221010000_VolledigeNummers(
      orm.em.getDriver() as AbstractSqlDriver,
      orm.config,
    );
    await migratie.up();
    await migratie.up();
    expect(await nummers()).toEqual(bijlage.afspraken.map((x) => x.nummer));
  }, 120_000);
});
