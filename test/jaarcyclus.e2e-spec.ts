import { Klok } from '../src/common/klok';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { gqlOkAls } from './support/als';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The yearly cycle on the demo: the three cycles running at a date with what is due, done and
 * overdue; jaarschijven stepping through their statuses by the right party, not before the
 * calendar allows, and along with the freezing and signing of the hoofddocument.
 */

const CYCLUS = `query($op: DateTime, $o: ID, $g: ID) { jaarcyclus(op: $op, overeenkomstId: $o, gemeenteId: $g) { items {
  overeenkomstId titel gemeenten teLaat lopend
  cycli { rol jaar jaarschijfId status mijlpalen { soort van tot toestand } } } } }`;
const STAP = `mutation($input: ZetJaarschijfStatusInput!) { zetJaarschijfStatus(input: $input) }`;
const JAARSCHIJVEN = `query($id: ID!) { overeenkomst(id: $id) { jaarschijven { id jaar status } } }`;

describe('jaarcyclus', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let demo: { id: string; onderdelen: { id: string; soort: string }[] };
  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);
  const poging = (wie: string, query: string, variables?: Record<string, unknown>) =>
    t.gqlAs(tokens[wie]!, query, variables);
  const jaarschijf = async (jaar: number) =>
    (await als('gemeente', JAARSCHIJVEN, { id: demo.id })).overeenkomst.jaarschijven.find(
      (j: { jaar: number }) => j.jaar === jaar,
    ) as { id: string; status: string };

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of [
      'gemeente',
      'corporatie',
      'corporatie2',
      'huurders',
      'huurders2',
      'provincie',
    ])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    demo = (await als('gemeente', `{ overeenkomsten { items { id onderdelen { id soort } } } }`))
      .overeenkomsten.items[0];
  });
  afterAll(() => t?.close());

  it('shows the three cycles running on a date, with what is due and overdue', async () => {
    const [overzicht] = (await als('provincie', CYCLUS, { op: '2026-06-15T10:00:00Z', o: demo.id }))
      .jaarcyclus.items;
    expect(overzicht.gemeenten).toEqual(['Gemeente Vlietdam']);
    expect(overzicht.cycli.map((c: any) => [c.rol, c.jaar])).toEqual([
      ['EVALUATIE', 2025],
      ['UITVOERING', 2026],
      ['ONDERHANDELING', 2027],
    ]);
    // 2025 lies before the periode: no jaarschijf, nothing due.
    expect(overzicht.cycli[0]).toMatchObject({ jaarschijfId: null, mijlpalen: [] });
    const volgend = overzicht.cycli[2];
    expect(volgend.mijlpalen.map((m: any) => [m.soort, m.toestand])).toEqual([
      ['BOD', 'LOPEND'],
      ['ONDERTEKENING', 'LOPEND'],
      ['UITVOERING', 'KOMEND'],
      ['VERANTWOORDING', 'KOMEND'],
      ['EVALUATIE', 'KOMEND'],
    ]);
    expect(volgend.mijlpalen[0].tot).toBe('2026-06-30T22:00:00.000Z');
    // The demo's 2026 is accounted for and evaluated: everything done.
    expect(overzicht.cycli[1].mijlpalen.map((m: any) => m.toestand)).toEqual([
      'GEDAAN',
      'GEDAAN',
      'GEDAAN',
      'GEDAAN',
      'GEDAAN',
    ]);
    expect(overzicht.teLaat).toBe(0);
    // In March 2027 the unsigned 2027 is running: its bod and signing are overdue.
    const [maart] = (await als('provincie', CYCLUS, { op: '2027-03-01T10:00:00Z', o: demo.id }))
      .jaarcyclus.items;
    expect(maart.cycli.map((c: any) => [c.rol, c.jaar, c.status])).toEqual([
      ['EVALUATIE', 2026, 'GEEVALUEERD'],
      ['UITVOERING', 2027, 'CONCEPT'],
      ['ONDERHANDELING', 2028, 'CONCEPT'],
    ]);
    expect(
      maart.cycli[1].mijlpalen
        .filter((m: any) => m.toestand === 'TE_LAAT')
        .map((m: any) => m.soort),
    ).toEqual(['BOD', 'ONDERTEKENING']);
    expect(maart.teLaat).toBe(2);
    // By gemeente: Vlietdam's agreements; another gemeente has none.
    const gemeenteId = (await als('gemeente', `{ me { lidmaatschappen { partij { id } } } }`)).me
      .lidmaatschappen[0].partij.id;
    expect((await als('gemeente', CYCLUS, { g: gemeenteId })).jaarcyclus.items).toHaveLength(1);
    expect((await als('gemeente', CYCLUS, { g: demo.onderdelen[0]!.id })).jaarcyclus.items).toEqual(
      [],
    );
  });

  it('steps a jaarschijf on by the right party, in step with freezing and signing, and not before its time', async () => {
    const klok = t.app.get(Klok);
    klok.zet(new Date('2026-05-20T09:00:00Z'));
    const j2027 = await jaarschijf(2027);
    expect(
      theError(
        await poging('corporatie', STAP, {
          input: { jaarschijfId: j2027.id, status: 'IN_ONDERHANDELING' },
        }),
      ),
    ).toMatchObject({
      extensions: { code: 'STATUS_ONJUIST', veld: 'input.status' },
      message: expect.stringMatching(/bod ontvangen/),
    });
    expect(
      theError(
        await poging('huurders', STAP, {
          input: { jaarschijfId: j2027.id, status: 'BOD_ONTVANGEN' },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    await als('corporatie', STAP, { input: { jaarschijfId: j2027.id, status: 'BOD_ONTVANGEN' } });
    expect(
      theError(
        await poging('corporatie', STAP, {
          input: { jaarschijfId: j2027.id, status: 'IN_ONDERHANDELING' },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    await als('gemeente', STAP, { input: { jaarschijfId: j2027.id, status: 'IN_ONDERHANDELING' } });
    expect(
      theError(
        await poging('gemeente', STAP, {
          input: { jaarschijfId: j2027.id, status: 'TER_ONDERTEKENING' },
        }),
      ).message,
    ).toMatch(/hoofddocument te bevriezen/);

    // Freezing and signing the hoofddocument carries 2027 along (the demo's 2026 is long
    // evaluated); 2028 waits.
    klok.zet(new Date('2026-11-20T09:00:00Z'));
    const hoofd = demo.onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!;
    const versie = (
      await als(
        'gemeente',
        `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
        {
          input: { onderdeelId: hoofd.id, overrideReden: 'Proef jaarcyclus' },
        },
      )
    ).bevriesOnderdeel;
    expect((await jaarschijf(2027)).status).toBe('TER_ONDERTEKENING');
    expect((await jaarschijf(2028)).status).toBe('CONCEPT');
    for (const wie of ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2'])
      await als(
        wie,
        `mutation($input: OndertekenInput!) { onderteken(input: $input) { status } }`,
        {
          input: { versieId: versie.id, functie: 'bestuurder', wachtwoord: DEMO_WACHTWOORD },
        },
      );
    expect((await jaarschijf(2026)).status).toBe('GEEVALUEERD');
    expect((await jaarschijf(2027)).status).toBe('ONDERTEKEND');

    // Execution starts in its year; verantwoording only after the year has ended.
    const te = theError(
      await poging('gemeente', STAP, {
        input: { jaarschijfId: j2027.id, status: 'IN_UITVOERING' },
      }),
    );
    expect(te.extensions?.code).toBe('TE_VROEG');
    expect(te.message).toMatch(/vanaf 1 januari 2027/);
    klok.zet(new Date('2027-01-04T09:00:00Z'));
    await als('gemeente', STAP, { input: { jaarschijfId: j2027.id, status: 'IN_UITVOERING' } });
    expect(
      theError(
        await poging('corporatie', STAP, {
          input: { jaarschijfId: j2027.id, status: 'VERANTWOORDING' },
        }),
      ).message,
    ).toMatch(/vanaf 1 januari 2028/);
    const [nu] = (await als('gemeente', CYCLUS, { o: demo.id })).jaarcyclus.items;
    expect(nu.cycli.find((c: any) => c.jaar === 2027).status).toBe('IN_UITVOERING');
    // Geëvalueerd is reached only by closing the evaluation together.
    klok.zet(new Date('2028-06-20T09:00:00Z'));
    await als('corporatie', STAP, { input: { jaarschijfId: j2027.id, status: 'VERANTWOORDING' } });
    expect(
      theError(
        await poging('gemeente', STAP, {
          input: { jaarschijfId: j2027.id, status: 'GEEVALUEERD' },
        }),
      ).message,
    ).toMatch(/evaluatie samen bevestigt/);
    klok.zet(null);

    const trail = (
      await als(
        'gemeente',
        `query($id: ID!) { auditTrail(overeenkomstId: $id, take: 100) { items { actie gegevens } } }`,
        { id: demo.id },
      )
    ).auditTrail.items;
    const stappen = trail
      .filter((r: any) => r.actie === 'JAARSCHIJF_STATUS')
      .map((r: any) => `${r.gegevens.jaar}:${r.gegevens.naar}`);
    expect(stappen).toEqual([
      '2027:BOD_ONTVANGEN',
      '2027:IN_ONDERHANDELING',
      '2027:TER_ONDERTEKENING',
      '2027:ONDERTEKEND',
      '2027:IN_UITVOERING',
      '2027:VERANTWOORDING',
    ]);
  }, 60_000);

  it('pages the overview, counting the jaarschijven in uitvoering over all pages', async () => {
    const PAGINA = `query($skip: Int, $take: Int) { jaarcyclus(op: "2026-06-15T10:00:00Z", skip: $skip, take: $take) {
      total jaar perStatus { status aantal } items { overeenkomstId titel cycli { rol status } } } }`;
    const alle = (await als('provincie', PAGINA, { take: 100 })).jaarcyclus;
    expect(alle.total).toBe(alle.items.length);
    expect(alle.items.length).toBeGreaterThan(1);
    expect(alle.jaar).toBe(2026);
    const paginas = await Promise.all(
      alle.items.map(
        async (_: unknown, i: number) =>
          (await als('provincie', PAGINA, { skip: i, take: 1 })).jaarcyclus,
      ),
    );
    expect(paginas.flatMap((p: any) => p.items)).toEqual(alle.items);
    for (const p of paginas)
      expect(p).toMatchObject({ total: alle.total, perStatus: alle.perStatus });
    // The database's count is what the pages' own jaarschijven in uitvoering say.
    const statussen = new Map<string | null, number>();
    for (const o of alle.items) {
      const status = o.cycli.find((c: any) => c.rol === 'UITVOERING')?.status ?? null;
      statussen.set(status, (statussen.get(status) ?? 0) + 1);
    }
    expect(new Map(alle.perStatus.map((s: any) => [s.status, s.aantal]))).toEqual(statussen);
  });

  it('takes other days per overeenkomst', async () => {
    const WIJZIG = `mutation($input: KalenderInput!) { wijzigKalender(input: $input) { bodVoor ondertekeningVoor evaluatieTot } }`;
    expect(
      theError(
        await poging('gemeente', WIJZIG, { input: { overeenkomstId: demo.id, bodVoor: '13-01' } }),
      ).extensions?.veld,
    ).toBe('input.bodVoor');
    expect(
      theError(
        await poging('corporatie', WIJZIG, {
          input: { overeenkomstId: demo.id, bodVoor: '06-15' },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await als('gemeente', WIJZIG, { input: { overeenkomstId: demo.id, bodVoor: '06-15' } }))
        .wijzigKalender,
    ).toEqual({
      bodVoor: '06-15',
      ondertekeningVoor: '12-15',
      evaluatieTot: '07-01',
    });
    const [overzicht] = (await als('gemeente', CYCLUS, { op: '2026-06-15T10:00:00Z', o: demo.id }))
      .jaarcyclus.items;
    const bod = overzicht.cycli[2].mijlpalen[0];
    expect(bod).toMatchObject({ soort: 'BOD', tot: '2026-06-14T22:00:00.000Z' });
  });

  it('the trekker accounts for each afspraak once the year is over; the gemeente sees what is missing', async () => {
    const klok = t.app.get(Klok);
    const VERANTWOORD = `mutation($input: VerantwoordingInput!) { verantwoordAfspraak(input: $input) {
      totaal ingediend ontbrekend realisatiesOntbrekend afspraken { afspraakId nummer status toelichting door ontbrekendeRealisaties } } }`;
    const { overeenkomst } = await als(
      'gemeente',
      `query($id: ID!) { overeenkomst(id: $id) { afspraken { id nummer trekker { naam } jaarschijven { jaar } } } }`,
      { id: demo.id },
    );
    const vanPolderpoort = overeenkomst.afspraken.filter(
      (a: any) => a.trekker.naam === 'Woningstichting Polderpoort',
    );
    const in2027 = vanPolderpoort.find((a: any) =>
      a.jaarschijven.some((j: any) => j.jaar === 2027),
    );
    const niet2027 = vanPolderpoort.find(
      (a: any) => !a.jaarschijven.some((j: any) => j.jaar === 2027),
    );
    const input = {
      afspraakId: in2027.id,
      jaar: 2027,
      status: 'OP_SCHEMA',
      toelichting: '40 woningen opgeleverd, 70 in aanbouw',
    };
    try {
      klok.zet(new Date('2027-11-25T10:00:00Z'));
      expect(theError(await poging('corporatie2', VERANTWOORD, { input }))).toMatchObject({
        extensions: { code: 'TE_VROEG', veld: 'input.jaar' },
        message: expect.stringMatching(/vanaf 1 januari 2028/),
      });
      klok.zet(new Date('2028-05-10T10:00:00Z'));
      expect(theError(await poging('gemeente', VERANTWOORD, { input })).message).toMatch(
        /trekker \(Woningstichting Polderpoort\)/,
      );
      expect(
        theError(await poging('corporatie2', VERANTWOORD, { input: { ...input, jaar: 2025 } }))
          .extensions?.code,
      ).toBe('JAAR_BUITEN_PERIODE');
      expect(
        theError(
          await poging('corporatie2', VERANTWOORD, {
            input: { ...input, afspraakId: niet2027.id },
          }),
        ).message,
      ).toMatch(/geldt niet in 2027/);
      const overzicht = (await als('corporatie2', VERANTWOORD, { input })).verantwoordAfspraak;
      expect(overzicht.ingediend).toBe(1);
      expect(overzicht.ontbrekend).toBe(overzicht.totaal - 1);
      expect(overzicht.afspraken.find((a: any) => a.afspraakId === in2027.id)).toMatchObject({
        status: 'OP_SCHEMA',
        toelichting: '40 woningen opgeleverd, 70 in aanbouw',
        door: 'Pieter Jansen',
      });
      // The gemeente sees the whole picture, realisaties still missing included.
      const gezien = (
        await als(
          'gemeente',
          `query($id: ID!) { verantwoording(overeenkomstId: $id, jaar: 2027) { ingediend realisatiesOntbrekend afspraken { nummer status } } }`,
          { id: demo.id },
        )
      ).verantwoording;
      expect(gezien.ingediend).toBe(1);
      expect(gezien.afspraken.filter((a: any) => a.status === null).length).toBe(
        overzicht.totaal - 1,
      );
      const trail = (
        await als(
          'gemeente',
          `query($id: ID!) { auditTrail(overeenkomstId: $id, take: 100) { items { actie gegevens } } }`,
          { id: demo.id },
        )
      ).auditTrail.items;
      const historie = (
        await als(
          'huurders',
          `query($id: ID!) { afspraakStatusHistorie(afspraakId: $id) { jaar status door } }`,
          { id: in2027.id },
        )
      ).afspraakStatusHistorie;
      // The demo's 2026 was accounted for already; 2027 follows it.
      expect(historie).toEqual([
        { jaar: 2026, status: 'VERTRAAGD', door: 'Pieter Jansen' },
        { jaar: 2027, status: 'OP_SCHEMA', door: 'Pieter Jansen' },
      ]);
      expect(trail.filter((r: any) => r.actie === 'VERANTWOORDING')).toEqual([
        expect.objectContaining({
          gegevens: expect.objectContaining({ jaar: 2027, status: 'OP_SCHEMA' }),
        }),
      ]);
    } finally {
      klok.zet(null);
    }
  });

  it('monitors each indicator over the years and counts the afspraken by type, theme and partij', async () => {
    const { overeenkomst } = await als(
      'provincie',
      `query($id: ID!) { overeenkomst(id: $id) { afspraken { id } indicatoren { id naam nulmetingWaarde streefwaarden { jaar soort } realisaties { jaar waarde } } } }`,
      { id: demo.id },
    );
    const metBand = overeenkomst.indicatoren.find(
      (i: any) =>
        i.streefwaarden.some((s: any) => s.soort === 'BANDBREEDTE') &&
        i.realisaties.some((r: any) => r.jaar === 2026),
    );
    const reeks = (
      await als(
        'provincie',
        `query($id: ID!) { indicatorReeks(indicatorId: $id) { naam nulmetingWaarde punten { jaar soort streefwaarde min max realisatie bron opKoers } } }`,
        { id: metBand.id },
      )
    ).indicatorReeks;
    expect(reeks.naam).toBe(metBand.naam);
    expect(reeks.punten.map((p: any) => p.jaar)).toEqual([2026, 2027, 2028, 2029]);
    const p2026 = reeks.punten[0];
    expect(p2026.realisatie).toBe(metBand.realisaties.find((r: any) => r.jaar === 2026).waarde);
    expect(typeof p2026.opKoers).toBe('boolean');
    expect(reeks.punten[3]).toMatchObject({ realisatie: null, opKoers: null });

    const totalen = (
      await als(
        'provincie',
        `query($id: ID!) { afsprakenTotalen(overeenkomstId: $id) { totaal perType { naam aantal } perThema { naam aantal } perPartij { naam trekker betrokken } } }`,
        { id: demo.id },
      )
    ).afsprakenTotalen;
    expect(totalen.totaal).toBe(overeenkomst.afspraken.length);
    expect(totalen.perType).toHaveLength(6);
    expect(totalen.perType.reduce((n: number, t: any) => n + t.aantal, 0)).toBe(totalen.totaal);
    expect(totalen.perThema.map((t: any) => t.naam)).toEqual([
      'Wonen',
      'Zorg en welzijn',
      'Fysieke omgeving',
    ]);
    expect(
      totalen.perPartij.find((p: any) => p.naam === 'Woonstichting De Vliet').trekker,
    ).toBeGreaterThan(0);
  });
});
