import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { gqlOkAls } from './support/als';
import { docxTekst } from './support/docx-bestanden';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Issue 15, points 1, 8, 9 and 10 through the API as a beleidsmedewerker of the gemeente:
 * norms inside an afspraak, references, the overeenkomst's own doelgroepen and voorwaarden tied
 * to one activiteit. The afspraken paraphrase real ones quoted in the seeds (source per afspraak).
 */

const DEEL = 'deel { lid activiteit locatieId }';
const VELDEN = `id nummer voorwaarden
  voorwaardenMetDeel { tekst ${DEEL} }
  normen { onderwerp vergelijking waarde totWaarde waardeTekst eenheid eenheidTekst tekst ${DEEL} }
  verwijzingen { soort titel artikel url afspraakId toelichting tekst }
  doelgroepen eigenDoelgroepIds eigenDoelgroepen { id naam leeftijdVan leeftijdTot }`;
const CREATE = `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { ${VELDEN} } }`;
const UPDATE = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { ${VELDEN} } }`;
const UPDATE_OVEREENKOMST = `mutation($input: UpdateOvereenkomstInput!) {
  updateOvereenkomst(input: $input) { id eigenDoelgroepen { id naam omschrijving leeftijdVan leeftijdTot } } }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id verouderd } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) {
  rijen { afspraakId cellen { partij { naam } standpunt { verouderd } } } } }`;

interface Demo {
  id: string;
  deelnemers: { partij: { id: string; naam: string; soort: string } }[];
  themas: { id: string; naam: string; domein: { id: string } | null }[];
  onderdelen: { id: string; soort: string; status: string }[];
}

describe('normen, verwijzingen, eigen doelgroepen en voorwaarden per deel', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let demo: Demo;
  let hoofdId: string;
  let corporatieId: string;
  let themaId: string;
  let jongereOuderen: string;
  let bijzondere: string;
  // The afspraken as the API returns them (VELDEN).
  let nijkerk: Record<string, any>;
  let hengelo: Record<string, any>;

  const als = (wie: string, query: string, variables?: Record<string, unknown>) =>
    gqlOkAls(t, tokens[wie]!, query, variables);
  const poging = (wie: string, query: string, variables?: Record<string, unknown>) =>
    t.gqlAs(tokens[wie]!, query, variables);

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    for (const wie of ['gemeente', 'corporatie'])
      tokens[wie] = await t.login(`${wie}@demo.driehoek.nl`, DEMO_WACHTWOORD);
    demo = (
      await als(
        'gemeente',
        `{ overeenkomsten { items { id deelnemers { partij { id naam soort } }
           themas { id naam domein { id } } onderdelen { id soort status } } } }`,
      )
    ).overeenkomsten.items[0];
    hoofdId = demo.onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!.id;
    corporatieId = demo.deelnemers.find((d) => d.partij.soort === 'WONINGCORPORATIE')!.partij.id;
    themaId = demo.themas.find((th) => th.domein)!.id;
  }, 120_000);
  afterAll(() => t?.close());

  const basis = (titel: string) => ({
    onderdeelId: hoofdId,
    titel,
    themaId,
    trekkerId: corporatieId,
    volwassenheid: 'SMART',
  });

  it('the overeenkomst defines doelgroepen of its own, with an optional age range', async () => {
    // The demo has some already; they stay (by id), the new ones come after them.
    const bestaand = (
      await als(
        'gemeente',
        `query($id: ID!) { overeenkomst(id: $id) { eigenDoelgroepen { id naam omschrijving leeftijdVan leeftijdTot } } }`,
        {
          id: demo.id,
        },
      )
    ).overeenkomst.eigenDoelgroepen as Record<string, unknown>[];
    const uit = (
      await als('gemeente', UPDATE_OVEREENKOMST, {
        input: {
          id: demo.id,
          eigenDoelgroepen: [
            ...bestaand,
            // Seed 004 (campagne langer thuis wonen): "richt zich in de eerste plaats op jongere
            // ouderen (55-70)".
            {
              naam: 'Jongere ouderen (campagne)',
              omschrijving: 'Huishoudens die hun woning nog preventief aanpassen',
              leeftijdVan: 55,
              leeftijdTot: 70,
            },
            // Seed 002 (Sité Woondiensten): "bijzondere doelgroepen" as the agreement names them.
            { naam: 'Bijzondere doelgroepen', omschrijving: 'Zoals omschreven in de woonvisie' },
          ],
        },
      })
    ).updateOvereenkomst;
    expect(uit.eigenDoelgroepen.slice(0, bestaand.length)).toMatchObject(bestaand);
    const nieuw = uit.eigenDoelgroepen.slice(bestaand.length);
    expect(nieuw).toMatchObject([
      { naam: 'Jongere ouderen (campagne)', leeftijdVan: 55, leeftijdTot: 70 },
      { naam: 'Bijzondere doelgroepen', leeftijdVan: null, leeftijdTot: null },
    ]);
    [jongereOuderen, bijzondere] = nieuw.map((d: { id: string }) => d.id);

    const omgekeerd = await poging('gemeente', UPDATE_OVEREENKOMST, {
      input: { id: demo.id, eigenDoelgroepen: [{ naam: 'X', leeftijdVan: 70, leeftijdTot: 55 }] },
    });
    expect(theError(omgekeerd).extensions).toMatchObject({
      code: 'VALIDATIE_FOUT',
      veld: 'input.eigenDoelgroepen.0.leeftijdTot',
    });
  });

  it('a handeling with a norm per activiteit, a voorwaarde for one activiteit and a reference', async () => {
    // Seed 002, Nijkerk: "Binnen de complexen 'Zilverschoon', 'Beatrixflat', 'Venepoort',
    // 'Oranjelaan' is 50 procent gelabeld voor toewijzing met voorrang voor mensen met een CIZ-
    // en/of Wmo-indicatie. Binnen het complex "de Stoutenborg" is 50 procent gelabeld … op
    // voorwaarde dat hierdoor geen leegstand ontstaat."
    const labelen = (complexen: string) => ({
      wat: `Woningen labelen in ${complexen}`,
      partijIds: [corporatieId],
      wanneer: 'bij elke mutatie',
    });
    nijkerk = (
      await als('gemeente', CREATE, {
        input: {
          ...basis('Voorrang voor mensen met een indicatie in woonzorgcomplexen'),
          type: 'HANDELING',
          details: {
            handeling: {
              activiteiten: [
                labelen('Zilverschoon, Beatrixflat, Venepoort en Oranjelaan'),
                labelen('de Stoutenborg'),
              ],
            },
          },
          normen: [1, 2].map((activiteit) => ({
            onderwerp: 'aandeel gelabeld voor voorrang bij CIZ- of Wmo-indicatie',
            vergelijking: 'PRECIES',
            waarde: 50,
            eenheid: 'PROCENT',
            deel: { activiteit },
          })),
          voorwaardenMetDeel: [
            { tekst: 'mits hierdoor geen leegstand ontstaat', deel: { activiteit: 2 } },
            { tekst: 'toewijzing op maat blijft mogelijk', deel: { activiteit: 2 } },
          ],
          doelgroepen: ['OUDEREN_MET_ZORGVRAAG'],
          eigenDoelgroepIds: [bijzondere],
          verwijzingen: [
            {
              soort: 'HUISVESTINGSVERORDENING',
              titel: 'Huisvestingsverordening Nijkerk',
              artikel: 'experimentruimte',
              url: 'https://lokaleregelgeving.overheid.nl/',
            },
          ],
        },
      })
    ).createAfspraak;
    expect(nijkerk.normen.map((n: { tekst: string }) => n.tekst)).toEqual([
      'aandeel gelabeld voor voorrang bij CIZ- of Wmo-indicatie: 50% (activiteit 1)',
      'aandeel gelabeld voor voorrang bij CIZ- of Wmo-indicatie: 50% (activiteit 2)',
    ]);
    expect(nijkerk.voorwaarden).toEqual([
      'mits hierdoor geen leegstand ontstaat',
      'toewijzing op maat blijft mogelijk',
    ]);
    expect(nijkerk.voorwaardenMetDeel[0]).toEqual({
      tekst: 'mits hierdoor geen leegstand ontstaat',
      deel: { lid: null, activiteit: 2, locatieId: null },
    });
    expect(nijkerk.eigenDoelgroepen).toEqual([
      { id: bijzondere, naam: 'Bijzondere doelgroepen', leeftijdVan: null, leeftijdTot: null },
    ]);
    expect(nijkerk.verwijzingen[0]).toMatchObject({
      soort: 'HUISVESTINGSVERORDENING',
      artikel: 'experimentruimte',
      afspraakId: null,
    });
  });

  it('norms without a number, a reference to another afspraak, and strings-only voorwaarden', async () => {
    // Seed 002, Hengelo: "Bij nieuwbouw realiseert Welbions minimaal het niveau bezoekbaar en in
    // de directe nabijheid van zorgsteunpunten (circa 200 meter) minimaal het niveau
    // Wmo-geschikt, mits financieel haalbaar."
    hengelo = (
      await als('gemeente', CREATE, {
        input: {
          ...basis('Toegankelijke nieuwbouw bij zorgsteunpunten'),
          type: 'GARANTIE',
          details: {
            garantie: { garantstellerIds: [corporatieId], wat: 'Toegankelijkheid nieuwbouw' },
          },
          normen: [
            {
              onderwerp: 'toegankelijkheidsniveau nieuwbouw',
              vergelijking: 'PRECIES',
              waardeTekst: 'minimaal bezoekbaar',
            },
            {
              onderwerp: 'afstand tot een zorgsteunpunt voor Wmo-geschikte nieuwbouw',
              vergelijking: 'HOOGSTENS',
              waarde: 200,
              eenheid: 'METER',
            },
            {
              onderwerp: 'toegankelijkheidsniveau nabij een zorgsteunpunt',
              vergelijking: 'PRECIES',
              waardeTekst: 'minimaal Wmo-geschikt',
            },
          ],
          voorwaarden: ['mits financieel haalbaar'],
          eigenDoelgroepIds: [jongereOuderen],
          verwijzingen: [
            { afspraakId: nijkerk.id, toelichting: 'toewijzing van deze woningen' },
            // Seed 002, Breda: "'Convenant verantwoordelijkheidsverdeling aanpassingen
            // woonvoorzieningen'".
            {
              soort: 'CONVENANT',
              titel: 'Convenant verantwoordelijkheidsverdeling aanpassingen woonvoorzieningen',
            },
          ],
        },
      })
    ).createAfspraak;
    expect(hengelo.normen.map((n: { tekst: string }) => n.tekst)).toEqual([
      'toegankelijkheidsniveau nieuwbouw: minimaal bezoekbaar',
      'afstand tot een zorgsteunpunt voor Wmo-geschikte nieuwbouw: hoogstens 200 meter',
      'toegankelijkheidsniveau nabij een zorgsteunpunt: minimaal Wmo-geschikt',
    ]);
    expect(hengelo.voorwaardenMetDeel).toEqual([{ tekst: 'mits financieel haalbaar', deel: null }]);
    expect(hengelo.verwijzingen[0]).toMatchObject({
      afspraakId: nijkerk.id,
      tekst: `afspraak ${nijkerk.nummer} — toewijzing van deze woningen`,
    });
    expect(hengelo.eigenDoelgroepIds).toEqual([jongereOuderen]);
  });

  it('a changed norm makes standpunten stale; a client sending only strings keeps the delen', async () => {
    await als('corporatie', STANDPUNT, { input: { afspraakId: hengelo.id, oordeel: 'AKKOORD' } });
    const verouderd = async () =>
      (await als('gemeente', MATRIX, { id: hoofdId })).standpunten.rijen
        .find((r: { afspraakId: string }) => r.afspraakId === hengelo.id)
        .cellen.some((c: { standpunt: { verouderd: boolean } | null }) => c.standpunt?.verouderd);
    expect(await verouderd()).toBe(false);
    await als('gemeente', UPDATE, {
      input: {
        id: hengelo.id,
        normen: [
          {
            onderwerp: 'afstand tot een zorgsteunpunt voor Wmo-geschikte nieuwbouw',
            vergelijking: 'HOOGSTENS',
            waarde: 250,
            eenheid: 'METER',
          },
        ],
      },
    });
    expect(await verouderd()).toBe(true);

    const oud = (
      await als('gemeente', UPDATE, {
        input: { id: nijkerk.id, voorwaarden: ['mits hierdoor geen leegstand ontstaat', 'nieuw'] },
      })
    ).updateAfspraak;
    expect(oud.voorwaardenMetDeel).toEqual([
      {
        tekst: 'mits hierdoor geen leegstand ontstaat',
        deel: { lid: null, activiteit: 2, locatieId: null },
      },
      { tekst: 'nieuw', deel: null },
    ]);
  });

  it('refuses what contradicts itself, naming the field', async () => {
    const fout = async (input: Record<string, unknown>, mutatie = UPDATE) =>
      theError(await poging('gemeente', mutatie, { input })).extensions;
    // The activiteit a norm and a voorwaarde point at cannot go.
    expect(
      await fout({
        id: nijkerk.id,
        details: {
          handeling: {
            activiteiten: [{ wat: 'Labelen', partijIds: [corporatieId], wanneer: '2027' }],
          },
        },
      }),
    ).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'normen.1.deel.activiteit' });
    expect(
      await fout({
        id: hengelo.id,
        normen: [{ onderwerp: 'leeftijd', vergelijking: 'TUSSEN', waarde: 55, eenheid: 'JAREN' }],
      }),
    ).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'input.normen.0.totWaarde' });
    expect(
      await fout({
        id: hengelo.id,
        normen: [{ onderwerp: 'x', vergelijking: 'OMSTREEKS', waarde: 1 }],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await fout({
        id: hengelo.id,
        verwijzingen: [{ soort: 'WOONDEAL', titel: 'Woondeal', url: 'geen adres' }],
      }),
    ).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'input.verwijzingen.0.url' });
    expect(
      await fout({ id: hengelo.id, verwijzingen: [{ afspraakId: hengelo.id }] }),
    ).toMatchObject({
      veld: 'input.verwijzingen.0.afspraakId',
    });
    expect(
      await fout({
        id: hengelo.id,
        voorwaardenMetDeel: [{ tekst: 'mits', deel: { activiteit: 1 } }],
      }),
    ).toMatchObject({ veld: 'input.voorwaardenMetDeel.0.deel.activiteit' });
    expect(
      await fout({ id: hengelo.id, eigenDoelgroepIds: ['00000000-0000-4000-8000-000000000099'] }),
    ).toMatchObject({ veld: 'input.eigenDoelgroepIds.0' });
    expect(await fout({ id: demo.id, eigenDoelgroepen: [] }, UPDATE_OVEREENKOMST)).toMatchObject({
      code: 'IN_GEBRUIK',
      veld: 'input.eigenDoelgroepen',
    });
  });

  it('the DOCX shows norms, voorwaarden per activiteit, doelgroepen and references', async () => {
    const res = await fetch(`${t.baseUrl}/export/onderdelen/${hoofdId}.docx`, {
      headers: { authorization: `Bearer ${tokens.gemeente}` },
    });
    expect(res.status).toBe(200);
    const tekst = await docxTekst(Buffer.from(await res.arrayBuffer()));
    for (const verwacht of [
      'afstand tot een zorgsteunpunt voor Wmo-geschikte nieuwbouw',
      'hoogstens 250 meter',
      'mits hierdoor geen leegstand ontstaat (geldt voor activiteit 2)',
      'Ouderen met een zorgvraag; Bijzondere doelgroepen',
      'Jongere ouderen (campagne) (55–70 jaar)',
      'Huisvestingsverordening: Huisvestingsverordening Nijkerk, artikel experimentruimte',
      `afspraak ${nijkerk.nummer} — toewijzing van deze woningen`,
    ]) {
      expect(tekst).toContain(verwacht);
    }
  });
});
