import { MikroORM } from '@mikro-orm/core';
import { DemoService } from '../src/demo/demo.service';
import { Overeenkomst } from '../src/overeenkomsten/overeenkomst.entity';
import { gqlOkAls } from './support/als';
import { theError, type ThemaRef } from './support/api';
import { FULL_OVEREENKOMST } from './support/queries';
import { startSecondApp } from './support/second-app';
import { startTestApp, type TestApp } from './support/test-app';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { DEMO } from '../src/demo/demo-data';
import { DEMO_REGIO, DEMO_REGIO_TITEL } from '../src/demo/demo-regio';
import { DEMO_ZANDMEER, DEMO_ZANDMEER_TITEL } from '../src/demo/demo-zandmeer';
import { createHash } from 'node:crypto';

/* The demo agreement a new installation starts with, seen through the API. */

const DEMO_TITEL = 'Prestatieafspraken Vlietdam 2026–2029';
const ZESTYPEN = ['PROCES', 'BESCHRIJVEND', 'INTENTIE', 'HANDELING', 'GARANTIE', 'TRANSACTIE'];
const ZORGSOORTEN = ['ZORGAANBIEDER', 'ZORGKANTOOR', 'WELZIJNSORGANISATIE', 'CLIENTENORGANISATIE'];

interface PartijRef {
  id: string;
  naam: string;
  soort: string;
}
interface Demo {
  id: string;
  titel: string;
  startjaar: number;
  eindjaar: number;
  deelnemers: { rol: string; regie: boolean; partij: PartijRef }[];
  jaarschijven: { jaar: number }[];
  onderdelen: {
    soort: string;
    titel: string;
    ondertekenaars: PartijRef[];
    afspraken: { nummer: string; type: string; thema: { id: string; naam: string } }[];
  }[];
  indicatoren: {
    naam: string;
    streefwaarden: {
      jaar: number;
      soort: string;
      waarde: number | null;
      min: number | null;
      max: number | null;
      effect: string | null;
    }[];
    realisaties: { jaar: number; waarde: number }[];
  }[];
}

describe('de demo-overeenkomst Vlietdam', () => {
  let t: TestApp;

  const demoIds = async (): Promise<string[]> => {
    const data = await t.gqlOk<{ overeenkomsten: { items: { id: string; titel: string }[] } }>(
      `{ overeenkomsten(take: 100) { items { id titel } } }`,
    );
    return data.overeenkomsten.items.filter((o) => o.titel === DEMO_TITEL).map((o) => o.id);
  };
  const loadDemo = async (): Promise<Demo> => {
    const ids = await demoIds();
    expect(ids).toHaveLength(1);
    return (await t.gqlOk<{ overeenkomst: Demo }>(FULL_OVEREENKOMST, { id: ids[0] })).overeenkomst;
  };
  const soorten = (partijen: PartijRef[]) => partijen.map((p) => p.soort);
  const count = <T>(items: T[], value: T) => items.filter((x) => x === value).length;

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    // The demo as the gemeente's policy officer sees it.
    t.actAs(await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD));
  });
  afterAll(() => t?.close());

  it('is the one overeenkomst of a fresh installation, for 2026–2029 with a jaarschijf per year', async () => {
    const all = await t.gqlOk(`{ overeenkomsten { total items { titel } } }`);
    expect(all.overeenkomsten).toEqual({ total: 1, items: [{ titel: DEMO_TITEL }] });
    const demo = await loadDemo();
    expect(demo).toMatchObject({ startjaar: 2026, eindjaar: 2029 });
    expect(demo.jaarschijven.map((j) => j.jaar)).toEqual([2026, 2027, 2028, 2029]);
  });

  it('has a hoofddocument signed by the gemeente, two woningcorporaties and the huurders; a provincie watches', async () => {
    const demo = await loadDemo();
    const hoofd = demo.onderdelen[0]!;
    expect(hoofd.soort).toBe('HOOFDDOCUMENT');
    expect(demo.onderdelen.filter((o) => o.soort === 'HOOFDDOCUMENT')).toHaveLength(1);
    const s = soorten(hoofd.ondertekenaars);
    expect(count(s, 'GEMEENTE')).toBe(1);
    expect(count(s, 'WONINGCORPORATIE')).toBe(2);
    expect(count(s, 'HUURDERSORGANISATIE')).toBeGreaterThanOrEqual(1);
    // The gemeente has the regie.
    const gemeente = demo.deelnemers.find((d) => d.partij.soort === 'GEMEENTE');
    expect(gemeente).toMatchObject({ rol: 'ONDERTEKENAAR', regie: true });

    const provincie = demo.deelnemers.filter((d) => d.partij.soort === 'PROVINCIE');
    expect(provincie).toHaveLength(1);
    expect(provincie[0]!.rol).toBe('WAARNEMER');
    const ondertekenaars = demo.onderdelen.flatMap((o) => o.ondertekenaars.map((p) => p.id));
    expect(ondertekenaars).not.toContain(provincie[0]!.partij.id);
  });

  it('has a "Bijlage wonen en zorg" co-signed by zorgaanbieders', async () => {
    const demo = await loadDemo();
    const bijlage = demo.onderdelen.find(
      (o) => o.soort === 'BIJLAGE' && /^Bijlage wonen en zorg/i.test(o.titel),
    );
    expect(bijlage).toBeDefined();
    const s = soorten(bijlage!.ondertekenaars);
    expect(count(s, 'ZORGAANBIEDER')).toBeGreaterThanOrEqual(1);
    // The driehoek signs the bijlage as well.
    expect(s).toEqual(
      expect.arrayContaining(['GEMEENTE', 'WONINGCORPORATIE', 'HUURDERSORGANISATIE']),
    );
    // Zorgpartijen co-sign the bijlage, not the hoofddocument.
    expect(
      soorten(demo.onderdelen[0]!.ondertekenaars).filter((x) => ZORGSOORTEN.includes(x)),
    ).toEqual([]);
    const zorgInBijlage = bijlage!.ondertekenaars.filter((p) => ZORGSOORTEN.includes(p.soort));
    for (const p of zorgInBijlage) {
      expect(demo.deelnemers.find((d) => d.partij.id === p.id)?.rol).toBe(
        'MEDEONDERTEKENAAR_BIJLAGE',
      );
    }
  });

  it('has at least 24 afspraken of all six types, covering every default opgave, each numbered', async () => {
    const demo = await loadDemo();
    const afspraken = demo.onderdelen.flatMap((o) => o.afspraken);
    expect(afspraken.length).toBeGreaterThanOrEqual(24);
    expect(new Set(afspraken.map((a) => a.type))).toEqual(new Set(ZESTYPEN));

    const { themas } = await t.gqlOk<{ themas: ThemaRef[] }>(
      `{ themas { id naam volgorde standaard domein { id naam } } }`,
    );
    const opgaven = themas.filter((th) => th.domein !== null);
    expect(opgaven.length).toBeGreaterThan(0);
    const gebruikt = new Set(afspraken.map((a) => a.thema.id));
    expect(opgaven.filter((o) => !gebruikt.has(o.id)).map((o) => o.naam)).toEqual([]);

    // Unique across the whole agreement: the bijlage's carry a B (issue 18).
    const nummers = demo.onderdelen.flatMap((o) =>
      o.afspraken.map((a) => (o.soort === 'BIJLAGE' ? a.nummer.replace(/^B/, '') : a.nummer)),
    );
    expect(nummers.every((n) => /^\d+\.\d+$/.test(n))).toBe(true);
    const volledig = demo.onderdelen.flatMap((o) => o.afspraken.map((a) => a.nummer));
    expect(new Set(volledig).size).toBe(volledig.length);
    for (const o of demo.onderdelen)
      if (o.soort === 'BIJLAGE')
        expect(o.afspraken.every((a) => a.nummer.startsWith('B'))).toBe(true);
  });

  it('has at least 8 indicatoren, each with a streefwaarde for every jaarschijf and a realisatie for 2026', async () => {
    const demo = await loadDemo();
    const jaren = demo.jaarschijven.map((j) => j.jaar);
    expect(demo.indicatoren.length).toBeGreaterThanOrEqual(8);
    for (const i of demo.indicatoren) {
      expect({ naam: i.naam, jaren: i.streefwaarden.map((s) => s.jaar) }).toEqual({
        naam: i.naam,
        jaren,
      });
      expect({ naam: i.naam, realisatie2026: i.realisaties.some((r) => r.jaar === 2026) }).toEqual({
        naam: i.naam,
        realisatie2026: true,
      });
    }
    const streefwaarden = demo.indicatoren.flatMap((i) => i.streefwaarden);
    const banden = streefwaarden.filter((s) => s.soort === 'BANDBREEDTE');
    expect(banden.length).toBeGreaterThanOrEqual(1);
    for (const b of banden) expect(b.min!).toBeLessThanOrEqual(b.max!);
  });

  it('has a third agreement, Zandmeer 2025–2028, whose hoofddocument was signed on paper', async () => {
    const token = await t.login('gemeente-zandmeer@demo.driehoek.nl', DEMO_WACHTWOORD);
    const { overeenkomsten } = await gqlOkAls(
      t,
      token,
      `{ overeenkomsten { items { id titel onderdelen { id soort status externeOndertekening {
        datum jaren bestandsnaam sha256 downloadUrl ondertekenaars { partij naam functie } } } } } }`,
    );
    expect(overeenkomsten.items.map((o: { titel: string }) => o.titel)).toEqual([
      DEMO_ZANDMEER_TITEL,
    ]);
    const zandmeer = overeenkomsten.items[0];
    const [hoofd] = zandmeer.onderdelen;
    const extern = hoofd.externeOndertekening;
    expect(hoofd).toMatchObject({ soort: 'HOOFDDOCUMENT', status: 'ONDERTEKEND' });
    expect(extern).toMatchObject({
      datum: '2024-12-12',
      jaren: expect.arrayContaining([2025, 2026]),
    });
    expect(
      extern.ondertekenaars.map((o: { partij: string; functie: string }) => [o.partij, o.functie]),
    ).toEqual(
      expect.arrayContaining([
        ['Gemeente Zandmeer', 'wethouder Wonen'],
        ['Woonstichting Zandmeer', 'directeur-bestuurder'],
        ['Huurdersvereniging Het Zandmeer', 'voorzitter'],
      ]),
    );
    const pdf = await fetch(`${t.baseUrl}${extern.downloadUrl}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = Buffer.from(await pdf.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(body).digest('hex')).toBe(extern.sha256);

    // Elements of issue 15 shown here and nowhere else in the demo: a MEER_DAN norm as one
    // partij's own promise, an amount for one lid, a MAXIMAAL target and a tussenstand.
    const { overeenkomst } = await gqlOkAls(
      t,
      token,
      `query($id: ID!) { overeenkomst(id: $id) {
        deelnemers { partij { id naam } }
        onderdelen { afspraken { titel leden { letter } normen { vergelijking waarde partijId }
          bedragen { centen deel { lid } } } }
        indicatoren { richting streefwaarden { soort max } realisaties { jaar tussenstand } } } }`,
      { id: zandmeer.id },
    );
    const aanpassingen = overeenkomst.onderdelen[0].afspraken.find((a: { titel: string }) =>
      a.titel.startsWith('Woningaanpassingen'),
    );
    const corporatie = overeenkomst.deelnemers.find(
      (d: { partij: { naam: string } }) => d.partij.naam === 'Woonstichting Zandmeer',
    ).partij.id;
    expect(aanpassingen.leden.map((l: { letter: string }) => l.letter)).toEqual(['a', 'b']);
    expect(aanpassingen.normen).toEqual([
      { vergelijking: 'MEER_DAN', waarde: 20, partijId: corporatie },
    ]);
    expect(aanpassingen.bedragen).toEqual([{ centen: 1_500_000, deel: { lid: 'b' } }]);
    const [wachttijd] = overeenkomst.indicatoren;
    expect(wachttijd.richting).toBe('LAGER_IS_BETER');
    expect(new Set(wachttijd.streefwaarden.map((s: { soort: string }) => s.soort))).toEqual(
      new Set(['MAXIMAAL']),
    );
    // The figure of the running year stays a tussenstand (the demo runs in 2026 or later).
    const lopend = new Date().getFullYear() === 2026;
    expect(wachttijd.realisaties).toEqual(
      expect.arrayContaining([
        { jaar: 2025, tussenstand: false },
        { jaar: 2026, tussenstand: lopend },
      ]),
    );

    // The jaarcyclus carries on from the paper signing instead of calling 2025's steps overdue.
    const { jaarcyclus } = await gqlOkAls(
      t,
      token,
      `query($o: ID) { jaarcyclus(op: "2026-06-15T10:00:00Z", overeenkomstId: $o) { items {
        cycli { jaar status externOndertekendOp mijlpalen { soort toestand toelichting } } } } }`,
      { o: zandmeer.id },
    );
    const [{ cycli }] = jaarcyclus.items;
    const vorig = cycli.find((c: { jaar: number }) => c.jaar === 2025);
    expect(vorig).toMatchObject({ status: 'IN_UITVOERING', externOndertekendOp: '2024-12-12' });
    expect(
      vorig.mijlpalen
        .filter((m: { soort: string }) => ['BOD', 'ONDERTEKENING'].includes(m.soort))
        .map((m: { toestand: string; toelichting: string }) => [m.toestand, m.toelichting]),
    ).toEqual([
      ['GEDAAN', 'Buiten Driehoek ondertekend op 12 december 2024'],
      ['GEDAAN', 'Buiten Driehoek ondertekend op 12 december 2024'],
    ]);
  });

  it('gives every partij of the three demos formal data, and the gemeenten and corporaties of two a logo', async () => {
    const { partijen } = await t.gqlOk<any>(
      `{ partijen(take: 100) { items { naam statutaireNaam vestigingsplaats kvkNummer vertegenwoordiger vertegenwoordigerFunctie logo { mimeType breedte hoogte } } } }`,
    );
    const namen = new Set(
      [DEMO, DEMO_REGIO, DEMO_ZANDMEER].flatMap((d) => d.partijen.map((p) => p.naam)),
    );
    const demo = partijen.items.filter((p: any) => namen.has(p.naam));
    expect(demo).toHaveLength(namen.size);
    for (const p of demo) {
      expect([p.naam, p.statutaireNaam, p.vestigingsplaats, p.vertegenwoordiger]).not.toContain(
        null,
      );
      expect([p.naam, p.vertegenwoordigerFunctie]).not.toContain(null);
      expect(p.kvkNummer).toMatch(/^\d{8}$/);
    }
    const metLogo = partijen.items.filter((p: any) => p.logo).map((p: any) => p.naam);
    expect(metLogo.sort()).toEqual([
      'Gemeente Rietwijk',
      'Gemeente Vlietdam',
      'Huurdersvereniging De Vliet',
      'Woningstichting Polderpoort',
      'Woningstichting Rietland',
      'Woonstichting De Vliet',
    ]);
  });

  describe('loading', () => {
    it('a restart on the same database does not load the demo a second time', async () => {
      const second = await startSecondApp(t, { seedDemo: true });
      try {
        // Once each: Vlietdam, the second, regional demo agreement (Rietwijk) and Zandmeer.
        expect(
          await second.get(MikroORM).em.fork().count(Overeenkomst, { titel: DEMO_TITEL }),
        ).toBe(1);
        expect(await second.get(MikroORM).em.fork().count(Overeenkomst, {})).toBe(3);
      } finally {
        await second.close();
      }
      await t.app.get(DemoService).seedIfEmpty();
      expect(await demoIds()).toHaveLength(1);
      expect((await t.gqlOk(`{ overeenkomsten { total } }`)).overeenkomsten.total).toBe(1);
    });

    it('DemoService.reload() replaces the demo: exactly one again, without duplicating its partijen', async () => {
      const [oud] = await demoIds();
      const partijenVoor = (await t.gqlOk(`{ partijen(take: 100) { total items { naam soort } } }`))
        .partijen;

      const nieuw = await t.app.get(DemoService).reload();
      expect(nieuw).not.toBe(oud);
      expect(await demoIds()).toEqual([nieuw]);
      expect(
        theError(await t.gql(`query($id: ID!) { overeenkomst(id: $id) { id } }`, { id: oud }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
      const partijenNa = (await t.gqlOk(`{ partijen(take: 100) { total items { naam soort } } }`))
        .partijen;
      expect(partijenNa.total).toBe(partijenVoor.total);
      expect(new Set(partijenNa.items.map((p: PartijRef) => p.naam)).size).toBe(
        partijenNa.items.length,
      );

      // The second, regional demo agreement and the one signed on paper come along, once.
      for (const titel of [DEMO_REGIO_TITEL, DEMO_ZANDMEER_TITEL])
        expect(await t.app.get(MikroORM).em.fork().count(Overeenkomst, { titel })).toBe(1);

      // The reloaded demo is complete.
      const demo = await loadDemo();
      expect(demo.onderdelen.flatMap((o) => o.afspraken).length).toBeGreaterThanOrEqual(24);
    });
  });
});
