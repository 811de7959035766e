import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Klok } from '../src/common/klok';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { gqlOkAls } from './support/als';
import { docxXml, naarPdf, ruimOp } from './support/docx-bestanden';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * One whole jaarcyclus on the demo, with the app's clock set for each step (no test depends on
 * today's date): Woonstichting De Vliet hands in its bod on 2027 in May 2026, the driehoek
 * negotiates and signs it, 2027 is carried out, the trekkers account for it in May 2028, the
 * driehoek evaluates every afspraak in June 2028 and closes the year together; the besluiten
 * take effect in 2028 and the evaluation report opens in LibreOffice. The demo's own 2026 comes
 * completed (verantwoord and geëvalueerd).
 */

const ARTEFACTEN = join(__dirname, '..', 'test-artefacten', 'export');
const DRIEHOEK = ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2'];

const DIEN_BOD_IN = `mutation($input: DienBodInInput!) { dienBodIn(input: $input) {
  id jaar partij teLaat toelichting afspraken { id nummer titel type } indicatoren { id naam streefwaarde } } }`;
const BODEN = `query($id: ID!, $jaar: Int) { boden(overeenkomstId: $id, jaar: $jaar) {
  partij teLaat afspraken { id titel } indicatoren { naam streefwaarde } } }`;
const STAP = `mutation($input: ZetJaarschijfStatusInput!) { zetJaarschijfStatus(input: $input) }`;
const EVALUEER = `mutation($input: EvaluatieInput!) { evalueerAfspraak(input: $input) {
  gesloten totaal { groen oranje rood open } bevestigingen { partij bevestigd } } }`;
const BEVESTIG = `mutation($input: BevestigEvaluatieInput!) { bevestigEvaluatie(input: $input) {
  status gesloten bevestigingen { partij bevestigd door }
  afspraken { afspraakId nummer titel besluit vervolgAfspraakId vervolgNummer } } }`;
const EVALUATIE = `query($id: ID!, $jaar: Int!) { evaluatie(overeenkomstId: $id, jaar: $jaar) {
  jaar status gesloten totaal { groen oranje rood open } perThema { thema totaal groen oranje rood open }
  bevestigingen { partij bevestigd door }
  afspraken { afspraakId nummer titel thema trekker verantwoording stoplicht conclusie les besluit
    bijstellingen { indicator jaar soort min max waarde } vervolgAfspraakId } } }`;
const OVEREENKOMST = `query($id: ID!) { overeenkomst(id: $id) {
  jaarschijven { id jaar status }
  onderdelen { id soort status }
  afspraken { id nummer titel trekker { naam } jaarschijven { jaar concretisering } }
  indicatoren { id naam streefwaarden { jaar soort waarde min max } } } }`;

interface Afspraak {
  id: string;
  nummer: string;
  titel: string;
  trekker: { naam: string };
  jaarschijven: { jaar: number; concretisering: string }[];
}

const afspraak = (titel: string, type: string, details: Record<string, unknown>) => ({
  titel,
  type,
  volwassenheid: 'SMART',
  details,
});

describe('the full jaarcyclus on the demo', () => {
  let t: TestApp;
  let klok: Klok;
  const tokens: Record<string, string> = {};
  let demoId: string;
  let themaId: string;
  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);
  const poging = (wie: string, query: string, variables?: Record<string, unknown>) =>
    t.gqlAs(tokens[wie]!, query, variables);
  const stand = async () =>
    (await als('gemeente', OVEREENKOMST, { id: demoId })).overeenkomst as {
      jaarschijven: { id: string; jaar: number; status: string }[];
      onderdelen: { id: string; soort: string; status: string }[];
      afspraken: Afspraak[];
      indicatoren: {
        id: string;
        naam: string;
        streefwaarden: { jaar: number; soort: string; waarde: number; min: number; max: number }[];
      }[];
    };
  const jaarschijf = async (jaar: number) =>
    (await stand()).jaarschijven.find((j) => j.jaar === jaar)!;

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    klok = t.app.get(Klok);
    for (const wie of [
      ...DRIEHOEK,
      'gemeente-lezer',
      'provincie',
      'zorg',
      'welzijn',
      'ggz',
      'zorgkantoor',
    ])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    demoId = (await als('gemeente', `{ overeenkomsten { items { id } } }`)).overeenkomsten.items[0]
      .id;
    const { themas } = await als(
      'gemeente',
      `query($id: ID!) { themas(overeenkomstId: $id) { id naam } }`,
      {
        id: demoId,
      },
    );
    themaId = themas.find((x: { naam: string }) => /nieuwbouw/i.test(x.naam))?.id ?? themas[0].id;
  });
  afterAll(async () => {
    klok?.zet(null);
    await t?.close();
  });

  it('the demo comes with 2026 accounted for, evaluated and closed', async () => {
    const e = (await als('provincie', EVALUATIE, { id: demoId, jaar: 2026 })).evaluatie;
    expect(e).toMatchObject({ status: 'GEEVALUEERD', gesloten: true, totaal: { open: 0 } });
    expect(e.afspraken.length).toBeGreaterThanOrEqual(24);
    expect(e.afspraken.every((a: { verantwoording: string | null }) => a.verantwoording)).toBe(
      true,
    );
    expect(e.totaal.groen + e.totaal.oranje + e.totaal.rood).toBe(e.afspraken.length);
    expect(e.totaal.rood).toBeGreaterThan(0);
    expect(e.bevestigingen.every((b: { bevestigd: boolean }) => b.bevestigd)).toBe(true);
    const besluiten = new Set(e.afspraken.map((a: { besluit: string }) => a.besluit));
    expect([...besluiten].sort()).toEqual(['AFGEROND', 'BIJSTELLEN', 'DOORZETTEN', 'VERVALLEN']);
    // The besluiten were carried out: the vervallen afspraak left the later years.
    const vervallen = e.afspraken.find((a: { besluit: string }) => a.besluit === 'VERVALLEN');
    const nu = await stand();
    expect(
      nu.afspraken.find((a) => a.id === vervallen.afspraakId)!.jaarschijven.map((j) => j.jaar),
    ).toEqual([2026]);
    // A closed year's verantwoording is fixed.
    klok.zet(new Date('2027-09-01T10:00:00Z'));
    const eigen = nu.afspraken.find(
      (a) =>
        a.trekker.naam === 'Woonstichting De Vliet' && a.jaarschijven.some((j) => j.jaar === 2026),
    )!;
    expect(
      theError(
        await poging(
          'corporatie',
          `mutation($input: VerantwoordingInput!) { verantwoordAfspraak(input: $input) { totaal } }`,
          {
            input: {
              afspraakId: eigen.id,
              jaar: 2026,
              status: 'GEREALISEERD',
              toelichting: 'later',
            },
          },
        ),
      ).extensions?.code,
    ).toBe('STATUS_ONJUIST');
    klok.zet(null);
  });

  it('runs bod → negotiation → signing → verantwoording → evaluation → carry-over, each by the right party', async () => {
    const j2027 = await jaarschijf(2027);
    expect(j2027.status).toBe('CONCEPT');
    const partijen = (await als('gemeente', `{ partijen(take: 100) { items { id naam } } }`))
      .partijen.items;
    const partij = (naam: string) => partijen.find((p: { naam: string }) => p.naam === naam).id;
    const deVliet = partij('Woonstichting De Vliet');
    const gemeente = partij('Gemeente Vlietdam');
    const huurders = partij('Huurdersvereniging De Vliet');

    // ---- bod (May 2026, before 1 July)
    klok.zet(new Date('2026-05-20T09:00:00Z'));
    const bod = {
      jaarschijfId: j2027.id,
      toelichting:
        'Ons bod voor 2027: versnellen in de nieuwbouw voor senioren en een proef met woningdelen.',
      afspraken: [
        {
          ...afspraak('Versnelling: 30 extra nultredenwoningen in Vlietkwartier', 'HANDELING', {
            handeling: {
              activiteiten: [
                { wat: 'Bouwvergunning aanvragen', partijIds: [deVliet], wanneer: 'Q1 2027' },
                { wat: 'Oplevering eerste 15 woningen', partijIds: [deVliet], wanneer: 'Q4 2027' },
              ],
            },
          }),
          themaId,
          tekst:
            'Woonstichting De Vliet bouwt in 2027 dertig extra nultredenwoningen in Vlietkwartier.',
          concretisering: 'Start bouw in het tweede kwartaal',
          // What the corporatie asks of the others, each in its own words.
          betrokkenen: [
            {
              partijId: gemeente,
              rol: 'UITVOERDER',
              bijdrage: 'Verleent de omgevingsvergunning binnen acht weken',
            },
            { partijId: huurders, bijdrage: 'Denkt mee over de plattegronden' },
          ],
        },
        {
          ...afspraak('Proef met woningdelen voor senioren', 'INTENTIE', {
            intentie: {
              voorwaarde: 'als de gemeente de huisvestingsverordening aanpast',
              gevolg: 'stelt De Vliet tien woningen beschikbaar voor woningdelen',
            },
          }),
          themaId,
          // A handeling now and a proces for later, as leden a and b.
          leden: [
            {
              tekst: 'De Vliet stelt tien woningen beschikbaar voor woningdelen',
              type: 'HANDELING',
              details: {
                handeling: {
                  activiteiten: [{ wat: 'Tien woningen labelen', partijIds: [deVliet] }],
                },
              },
            },
            {
              tekst: 'Na een jaar evalueren partijen de proef met de huurders',
              type: 'PROCES',
              details: { proces: { overlegvorm: 'Evaluatie met de huurders', frequentie: '1x' } },
            },
          ],
        },
      ],
      indicatoren: [
        {
          naam: 'Extra nultredenwoningen Vlietkwartier',
          eenheid: 'woningen',
          afspraken: [0],
          streefwaarde: { soort: 'EXACT', waarde: 15 },
        },
      ],
    };
    expect(theError(await poging('huurders', DIEN_BOD_IN, { input: bod })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const fout = theError(
      await poging('corporatie', DIEN_BOD_IN, {
        input: { ...bod, indicatoren: [{ ...bod.indicatoren[0], afspraken: [5] }] },
      }),
    );
    expect(fout.extensions).toMatchObject({
      code: 'VALIDATIE_FOUT',
      veld: 'input.indicatoren.0.afspraken',
    });
    const ongeldig = theError(
      await poging('corporatie', DIEN_BOD_IN, {
        input: {
          ...bod,
          indicatoren: [
            { ...bod.indicatoren[0], streefwaarde: { soort: 'BANDBREEDTE', min: 20, max: 10 } },
          ],
        },
      }),
    );
    expect(ongeldig.extensions?.code).toBe('BANDBREEDTE_ONGELDIG');
    // Betrokkenen and leden are checked as the afspraak's own, the error naming the bod's field.
    const [eerste, tweede] = bod.afspraken as [
      (typeof bod.afspraken)[number],
      (typeof bod.afspraken)[number] & { leden: Record<string, unknown>[] },
    ];
    const trekkerAnders = theError(
      await poging('corporatie', DIEN_BOD_IN, {
        input: {
          ...bod,
          afspraken: [
            {
              ...eerste,
              betrokkenen: [{ partijId: deVliet, rol: 'FINANCIER', bijdrage: 'Betaalt' }],
            },
            tweede,
          ],
        },
      }),
    );
    expect(trekkerAnders).toMatchObject({
      message: expect.stringMatching(/is de trekker van deze afspraak/),
      extensions: { code: 'VALIDATIE_FOUT', veld: 'input.afspraken.0.betrokkenen.0.rol' },
    });
    const lidZonderGegevens = theError(
      await poging('corporatie', DIEN_BOD_IN, {
        input: {
          ...bod,
          afspraken: [
            eerste,
            { ...tweede, leden: [tweede.leden[0], { ...tweede.leden[1], details: {} }] },
          ],
        },
      }),
    );
    expect(lidZonderGegevens.extensions).toMatchObject({
      code: 'DETAILS_PASSEN_NIET_BIJ_TYPE',
      veld: expect.stringMatching(/^input\.afspraken\.1\.leden\.1\.details/),
    });
    // A rejected bod leaves nothing behind.
    expect((await stand()).afspraken.filter((a) => a.titel.startsWith('Versnelling'))).toHaveLength(
      0,
    );
    const ingediend = (await als('corporatie', DIEN_BOD_IN, { input: bod })).dienBodIn;
    expect(ingediend).toMatchObject({
      jaar: 2027,
      partij: 'Woonstichting De Vliet',
      teLaat: false,
    });
    expect(ingediend.indicatoren).toEqual([
      expect.objectContaining({
        naam: 'Extra nultredenwoningen Vlietkwartier',
        streefwaarde: '15 woningen',
      }),
    ]);
    expect(theError(await poging('corporatie', DIEN_BOD_IN, { input: bod })).extensions?.code).toBe(
      'BOD_AL_INGEDIEND',
    );
    // Gemeente and huurders see it, as draft afspraken in 2027 with the corporatie as trekker.
    const gezien = (await als('huurders', BODEN, { id: demoId, jaar: 2027 })).boden;
    expect(gezien).toHaveLength(1);
    expect(gezien[0].afspraken.map((a: { titel: string }) => a.titel)).toEqual(
      expect.arrayContaining(['Proef met woningdelen voor senioren']),
    );
    const bodAfspraken = (await stand()).afspraken.filter((a) =>
      ingediend.afspraken.some((b: { id: string }) => b.id === a.id),
    );
    expect(bodAfspraken.map((a) => [a.trekker.naam, a.jaarschijven.map((j) => j.jaar)])).toEqual([
      ['Woonstichting De Vliet', [2027]],
      ['Woonstichting De Vliet', [2027]],
    ]);
    expect((await jaarschijf(2027)).status).toBe('BOD_ONTVANGEN');
    const [versnelling, proef] = await Promise.all(
      ingediend.afspraken.map(
        async (a: { id: string }) =>
          (
            await als(
              'gemeente',
              `query($id: ID!) { afspraak(id: $id) { betrokkenen { rol bijdrage partij { naam } }
                leden { nummer type tekst } } }`,
              { id: a.id },
            )
          ).afspraak,
      ),
    );
    expect(versnelling.betrokkenen).toEqual([
      {
        rol: 'UITVOERDER',
        bijdrage: 'Verleent de omgevingsvergunning binnen acht weken',
        partij: { naam: 'Gemeente Vlietdam' },
      },
      {
        rol: 'BETROKKEN',
        bijdrage: 'Denkt mee over de plattegronden',
        partij: { naam: 'Huurdersvereniging De Vliet' },
      },
    ]);
    expect(proef.leden.map((l: { nummer: string; type: string }) => l.type)).toEqual([
      'HANDELING',
      'PROCES',
    ]);
    expect(proef.leden[0].nummer).toMatch(/a$/);

    // ---- negotiation: the huurders take a position on the bod, the gemeente opens the talks
    await als('gemeente', STAP, { input: { jaarschijfId: j2027.id, status: 'IN_ONDERHANDELING' } });
    await als(
      'huurders',
      `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { oordeel } }`,
      {
        input: {
          afspraakId: bodAfspraken[1]!.id,
          oordeel: 'AKKOORD_MET_VOORBEHOUD',
          toelichting: 'Alleen met een huurcontract per bewoner',
        },
      },
    );

    // ---- signing (November 2026): the whole driehoek signs the hoofddocument
    klok.zet(new Date('2026-11-20T09:00:00Z'));
    const hoofd = (await stand()).onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!;
    const versie = (
      await als(
        'gemeente',
        `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
        {
          input: {
            onderdeelId: hoofd.id,
            overrideReden: 'Akkoord in het bestuurlijk overleg van 12 november',
          },
        },
      )
    ).bevriesOnderdeel;
    expect((await jaarschijf(2027)).status).toBe('TER_ONDERTEKENING');
    for (const wie of DRIEHOEK)
      await als(
        wie,
        `mutation($input: OndertekenInput!) { onderteken(input: $input) { status } }`,
        {
          input: { versieId: versie.id, functie: 'bestuurder', wachtwoord: DEMO_WACHTWOORD },
        },
      );
    expect((await jaarschijf(2027)).status).toBe('ONDERTEKEND');

    // ---- execution and verantwoording (May 2028): only the trekker reports
    klok.zet(new Date('2027-01-04T09:00:00Z'));
    await als('gemeente', STAP, { input: { jaarschijfId: j2027.id, status: 'IN_UITVOERING' } });
    klok.zet(new Date('2028-05-08T09:00:00Z'));
    await als('corporatie', STAP, { input: { jaarschijfId: j2027.id, status: 'VERANTWOORDING' } });
    const VERANTWOORD = `mutation($input: VerantwoordingInput!) { verantwoordAfspraak(input: $input) { ingediend } }`;
    expect(
      theError(
        await poging('huurders', VERANTWOORD, {
          input: {
            afspraakId: bodAfspraken[0]!.id,
            jaar: 2027,
            status: 'VERTRAAGD',
            toelichting: 'x',
          },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    await als('corporatie', VERANTWOORD, {
      input: {
        afspraakId: bodAfspraken[0]!.id,
        jaar: 2027,
        status: 'VERTRAAGD',
        toelichting: '9 van de 15 woningen opgeleverd; de rest in het voorjaar van 2028',
      },
    });
    const extra = (await stand()).indicatoren.find(
      (i) => i.naam === 'Extra nultredenwoningen Vlietkwartier',
    )!;
    await als(
      'corporatie',
      `mutation($input: CreateRealisatieInput!) { createRealisatie(input: $input) { id } }`,
      {
        input: { indicatorId: extra.id, jaar: 2027, waarde: 9, bron: 'Jaarverslag De Vliet 2027' },
      },
    );

    // ---- evaluation (June 2028): only the driehoek judges; the provincie only reads
    klok.zet(new Date('2028-06-05T09:00:00Z'));
    const in2027 = (await stand()).afspraken.filter((a) =>
      a.jaarschijven.some((j) => j.jaar === 2027),
    );
    const vervolg = in2027.find((a) => a.id === bodAfspraken[0]!.id)!;
    const vervalt = in2027.find((a) => a.id === bodAfspraken[1]!.id)!;
    const bijstel = in2027.find((a) => a.titel.startsWith('Nieuwbouw van 240 nultredenwoningen'))!;
    const basis = { jaar: 2027, conclusie: 'Volgens afspraak uitgevoerd.' };
    for (const wie of ['provincie', 'zorg', 'gemeente-lezer']) {
      expect(
        theError(
          await poging(wie, EVALUEER, {
            input: { ...basis, afspraakId: vervolg.id, stoplicht: 'GROEN', besluit: 'AFGEROND' },
          }),
        ).extensions?.code,
      ).toBe('FORBIDDEN');
    }
    expect(
      theError(
        await poging('gemeente', EVALUEER, {
          input: { ...basis, afspraakId: bijstel.id, stoplicht: 'GROEN', besluit: 'BIJSTELLEN' },
        }),
      ).extensions?.veld,
    ).toBe('input.streefwaarden');
    const nultreden = (await stand()).indicatoren.find(
      (i) => i.naam === 'Nultredenwoningen in de sociale huur',
    )!;
    for (const a of in2027) {
      const input =
        a.id === vervolg.id
          ? {
              stoplicht: 'ORANJE',
              besluit: 'DOORZETTEN',
              conclusie: 'Zes woningen lopen vertraging op.',
              les: 'Eerder aanbesteden.',
            }
          : a.id === vervalt.id
            ? {
                stoplicht: 'ROOD',
                besluit: 'VERVALLEN',
                conclusie: 'De verordening is niet aangepast.',
              }
            : a.id === bijstel.id
              ? {
                  stoplicht: 'GROEN',
                  besluit: 'BIJSTELLEN',
                  conclusie: 'Sneller dan gepland.',
                  streefwaarden: [
                    {
                      indicatorId: nultreden.id,
                      jaar: 2028,
                      soort: 'BANDBREEDTE',
                      min: 1750,
                      max: 1790,
                    },
                  ],
                }
              : {
                  stoplicht: 'GROEN',
                  besluit: a.jaarschijven.some((j) => j.jaar > 2027) ? 'DOORZETTEN' : 'AFGEROND',
                  conclusie: basis.conclusie,
                };
      await als('corporatie2', EVALUEER, { input: { afspraakId: a.id, jaar: 2027, ...input } });
    }

    // ---- closing: each signing partij confirms; a changed judgement asks everyone again
    const BEVESTIG_2027 = { input: { jaarschijfId: j2027.id } };
    expect(theError(await poging('provincie', BEVESTIG, BEVESTIG_2027)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    await als('gemeente', BEVESTIG, BEVESTIG_2027);
    await als('corporatie', BEVESTIG, BEVESTIG_2027);
    expect(theError(await poging('corporatie', BEVESTIG, BEVESTIG_2027)).extensions?.code).toBe(
      'AL_AANWEZIG',
    );
    const herzien = (
      await als('huurders', EVALUEER, {
        input: {
          afspraakId: vervolg.id,
          jaar: 2027,
          stoplicht: 'ORANJE',
          besluit: 'DOORZETTEN',
          conclusie: 'Zes woningen lopen vertraging op; de huurders willen een nieuwe planning.',
        },
      })
    ).evalueerAfspraak;
    expect(herzien.bevestigingen.every((b: { bevestigd: boolean }) => !b.bevestigd)).toBe(true);
    for (const wie of DRIEHOEK.slice(0, 4)) await als(wie, BEVESTIG, BEVESTIG_2027);
    expect((await jaarschijf(2027)).status).toBe('VERANTWOORDING');
    const gesloten = (await als('huurders2', BEVESTIG, BEVESTIG_2027)).bevestigEvaluatie;
    expect(gesloten).toMatchObject({ status: 'GEEVALUEERD', gesloten: true });

    // ---- carry-over: the besluiten took effect in 2028
    const na = await stand();
    const doorgezet = gesloten.afspraken.find(
      (a: { afspraakId: string }) => a.afspraakId === vervolg.id,
    );
    expect(doorgezet.vervolgAfspraakId).toBeTruthy();
    expect(doorgezet.vervolgAfspraakId).not.toBe(vervolg.id);
    const nieuw = na.afspraken.find((a) => a.id === doorgezet.vervolgAfspraakId)!;
    expect(nieuw).toMatchObject({
      titel: vervolg.titel,
      trekker: { naam: 'Woonstichting De Vliet' },
      jaarschijven: [
        {
          jaar: 2028,
          concretisering: expect.stringMatching(/^Doorgezet uit de evaluatie van 2027/),
        },
      ],
    });
    expect(na.afspraken.find((a) => a.id === vervalt.id)!.jaarschijven.map((j) => j.jaar)).toEqual([
      2027,
    ]);
    expect(
      na.indicatoren.find((i) => i.id === nultreden.id)!.streefwaarden.find((s) => s.jaar === 2028),
    ).toMatchObject({
      soort: 'BANDBREEDTE',
      min: 1750,
      max: 1790,
    });
    // The signed hoofddocument took the changes as an addendum, a draft to be signed again.
    expect(na.onderdelen.find((o) => o.id === hoofd.id)!.status).toBe('CONCEPT');
    const tekst = await als('gemeente', `query($id: ID!) { afspraak(id: $id) { tekst } }`, {
      id: nieuw.id,
    });
    expect(tekst.afspraak.tekst).toContain('dertig extra nultredenwoningen');
    expect(
      theError(
        await poging('gemeente', EVALUEER, {
          input: {
            afspraakId: vervolg.id,
            jaar: 2027,
            stoplicht: 'GROEN',
            besluit: 'AFGEROND',
            conclusie: 'x',
          },
        }),
      ).extensions?.code,
    ).toBe('STATUS_ONJUIST');

    const trail: string[] = [];
    for (let skip = 0; ; skip += 100) {
      const pagina = (
        await als(
          'gemeente',
          `query($id: ID!, $skip: Int!) { auditTrail(overeenkomstId: $id, skip: $skip, take: 100) { total items { actie } } }`,
          { id: demoId, skip },
        )
      ).auditTrail;
      trail.push(...pagina.items.map((r: { actie: string }) => r.actie));
      if (skip + 100 >= pagina.total) break;
    }
    for (const actie of [
      'BOD_INGEDIEND',
      'EVALUATIE',
      'EVALUATIE_BEVESTIGD',
      'EVALUATIE_GESLOTEN',
      'ADDENDUM_GESTART',
    ])
      expect(trail).toContain(actie);
    expect(
      (
        await als(
          'gemeente',
          `query($id: ID!) { verifyAuditTrail(overeenkomstId: $id) { geldig } }`,
          { id: demoId },
        )
      ).verifyAuditTrail.geldig,
    ).toBe(true);

    // ---- the report, downloaded by the provincie and opened through LibreOffice
    const res = await fetch(`${t.baseUrl}/export/overeenkomsten/${demoId}/evaluatie/2027.docx`, {
      headers: { authorization: `Bearer ${tokens.provincie}` },
    });
    expect(res.status).toBe(200);
    const docx = Buffer.from(await res.arrayBuffer());
    await mkdir(ARTEFACTEN, { recursive: true });
    await writeFile(join(ARTEFACTEN, 'evaluatie-2027.docx'), docx);
    const xml = await docxXml(docx);
    expect(xml).toContain('w:drawing');
    const media = await docxXml(docx, 'word/_rels/document.xml.rels');
    expect(media.match(/media\/[^"]+\.png/g)?.length).toBeGreaterThanOrEqual(na.indicatoren.length);
    const pdf = await naarPdf(docx, 'evaluatie-2027');
    try {
      await writeFile(join(ARTEFACTEN, 'evaluatie-2027.pdf'), pdf.pdf);
      const woorden = pdf.tekst.replace(/\s+/g, ' ');
      for (const kop of [
        'Samenvatting',
        'Stoplichten per afspraak',
        'Conclusies en lessen',
        'Indicatoren: realisatie tegen streefwaarde',
        'Besluiten',
        'Bevestiging door de driehoek',
      ])
        expect(woorden).toContain(kop);
      expect(woorden).toContain('Evaluatie 2027');
      expect(woorden).toContain('Extra nultredenwoningen Vlietkwartier');
      expect(woorden).toContain('Zes woningen lopen vertraging op');
      expect(woorden).toMatch(/doorgezet als afspraak [\d.]+ in 2028/);
      expect(woorden).toMatch(/laten vervallen/i);
    } finally {
      await ruimOp(pdf.map);
    }
    // Zorgpartijen export their bijlage, not the whole agreement's evaluation.
    const zorg = await fetch(`${t.baseUrl}/export/overeenkomsten/${demoId}/evaluatie/2027.docx`, {
      headers: { authorization: `Bearer ${tokens.zorg}` },
    });
    expect(zorg.status).toBe(403);
  }, 240_000);
});
