import {
  afspraakInput,
  afsprakenVan,
  AFSPRAAK_FIELDS,
  type AfspraakRef,
  createAfspraak,
  createFixture,
  createPartij,
  CREATE_INDICATOR,
  CREATE_ONDERDEEL,
  CREATE_OVEREENKOMST,
  CREATE_REALISATIE,
  CREATE_STREEFWAARDE,
  defaultThemas,
  type Fixture,
  nummering,
  theError,
  type ThemaRef,
  UPDATE_AFSPRAAK,
} from './support/api';
import { sqlRijen } from './support/als';
import { FULL_OVEREENKOMST } from './support/queries';
import { startTestApp, type TestApp } from './support/test-app';

/* The life of an agreement, as a client of the GraphQL API lives it. */

const W_NULTREDEN = 'Nultredenwoningen en levensloopbestendige woningen';
const W_GECLUSTERD = 'Geclusterde woonvormen met ontmoetingsruimte';
const W_DOORSTROMING = 'Doorstroming';
const Z_EENZAAMHEID = 'Eenzaamheid';
const Z_BW_MO = 'Beschermd wonen en maatschappelijke opvang';
const F_TOEGANKELIJKHEID = 'Toegankelijkheid';

const DELETE = (what: string) => `mutation($input: IdInput!) { ${what}(input: $input) }`;

describe('de levensloop van een overeenkomst', () => {
  let t: TestApp;
  let themas: Map<string, ThemaRef>;
  const thema = (naam: string): string => {
    const found = themas.get(naam);
    if (!found) throw new Error(`Onbekend thema ${naam}`);
    return found.id;
  };
  const domeinVan = (naam: string): string => themas.get(naam)!.domein!.id;

  beforeAll(async () => {
    t = await startTestApp();
    themas = await defaultThemas(t);
  });
  afterAll(() => t?.close());

  it('createOvereenkomst: one jaarschijf per year, every gemeente a deelnemer with regie, the others in their role', async () => {
    const [vlietdam, rijnoord, corp, huurders, zorg, provincie] = await Promise.all([
      createPartij(t, 'Gemeente Vlietdam (regio)', 'GEMEENTE'),
      createPartij(t, 'Gemeente Rijnoord (regio)', 'GEMEENTE'),
      createPartij(t, 'Woonstichting Regio', 'WONINGCORPORATIE'),
      createPartij(t, 'Huurdersplatform Regio', 'HUURDERSORGANISATIE'),
      createPartij(t, 'Zorggroep Regio', 'ZORGAANBIEDER'),
      createPartij(t, 'Provincie Regio', 'PROVINCIE'),
    ]);
    const data = await t.gqlOk(
      `mutation($input: CreateOvereenkomstInput!) {
        createOvereenkomst(input: $input) {
          id titel startjaar eindjaar status preambule
          referenties { soort titel url }
          gemeenten { id }
          jaarschijven { jaar status }
          deelnemers { rol regie partij { id naam soort } }
        }
      }`,
      {
        input: {
          titel: 'Regionale prestatieafspraken 2026–2029',
          startjaar: 2026,
          eindjaar: 2029,
          preambule: 'Partijen overwegen dat de vergrijzing vraagt om geclusterde woonvormen.',
          gemeenteIds: [vlietdam, rijnoord],
          deelnemers: [
            { partijId: corp, rol: 'ONDERTEKENAAR' },
            { partijId: huurders, rol: 'ONDERTEKENAAR' },
            { partijId: zorg, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
            { partijId: provincie, rol: 'WAARNEMER' },
          ],
          referenties: [
            {
              soort: 'WOONVISIE',
              titel: 'Woonvisie Vlietdam 2025–2030',
              url: 'https://vlietdam.example/woonvisie',
            },
            { soort: 'CONVENANT', titel: 'Convenant Wonen en Zorg' },
          ],
        },
      },
    );
    const o = data.createOvereenkomst;
    expect(o).toMatchObject({
      titel: 'Regionale prestatieafspraken 2026–2029',
      startjaar: 2026,
      eindjaar: 2029,
      status: 'CONCEPT',
    });
    expect(o.jaarschijven).toEqual(
      [2026, 2027, 2028, 2029].map((jaar) => ({ jaar, status: 'CONCEPT' })),
    );
    expect(o.referenties).toEqual([
      {
        soort: 'WOONVISIE',
        titel: 'Woonvisie Vlietdam 2025–2030',
        url: 'https://vlietdam.example/woonvisie',
      },
      { soort: 'CONVENANT', titel: 'Convenant Wonen en Zorg', url: null },
    ]);
    expect(o.gemeenten.map((g: { id: string }) => g.id).sort()).toEqual(
      [vlietdam, rijnoord].sort(),
    );
    const rol = new Map(
      o.deelnemers.map((d: any) => [d.partij.id, { rol: d.rol, regie: d.regie }]),
    );
    expect(rol.size).toBe(6);
    expect(rol.get(vlietdam)).toEqual({ rol: 'ONDERTEKENAAR', regie: true });
    expect(rol.get(rijnoord)).toEqual({ rol: 'ONDERTEKENAAR', regie: true });
    expect(rol.get(corp)).toEqual({ rol: 'ONDERTEKENAAR', regie: false });
    expect(rol.get(huurders)).toEqual({ rol: 'ONDERTEKENAAR', regie: false });
    expect(rol.get(zorg)).toEqual({ rol: 'MEDEONDERTEKENAAR_BIJLAGE', regie: false });
    expect(rol.get(provincie)).toEqual({ rol: 'WAARNEMER', regie: false });

    // A gemeente that is also listed among the deelnemers still signs and keeps the regie.
    const again = await t.gqlOk(CREATE_OVEREENKOMST, {
      input: {
        titel: 'Vlietdam alleen',
        startjaar: 2027,
        eindjaar: 2027,
        gemeenteIds: [vlietdam],
        deelnemers: [
          { partijId: vlietdam, rol: 'WAARNEMER' },
          { partijId: corp, rol: 'ONDERTEKENAAR' },
        ],
      },
    });
    expect(again.createOvereenkomst.jaarschijven.map((j: { jaar: number }) => j.jaar)).toEqual([
      2027,
    ]);
    const gemeente = again.createOvereenkomst.deelnemers.find((d: any) => d.partij.id === vlietdam);
    expect(gemeente).toMatchObject({ rol: 'ONDERTEKENAAR', regie: true });
    expect(again.createOvereenkomst.deelnemers).toHaveLength(2);
  });

  it('onderdelen: the hoofddocument is signed by the driehoek and listed first, a bijlage adds zorgpartijen', async () => {
    const [gemeente, corp, huurders, zorg] = await Promise.all([
      createPartij(t, 'Gemeente Onderdelen', 'GEMEENTE'),
      createPartij(t, 'Corporatie Onderdelen', 'WONINGCORPORATIE'),
      createPartij(t, 'Huurders Onderdelen', 'HUURDERSORGANISATIE'),
      createPartij(t, 'Zorg Onderdelen', 'ZORGAANBIEDER'),
    ]);
    const o = await t.gqlOk(CREATE_OVEREENKOMST, {
      input: {
        titel: 'Onderdelen 2026–2027',
        startjaar: 2026,
        eindjaar: 2027,
        gemeenteIds: [gemeente],
        deelnemers: [
          { partijId: corp, rol: 'ONDERTEKENAAR' },
          { partijId: huurders, rol: 'ONDERTEKENAAR' },
          { partijId: zorg, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
        ],
      },
    });
    const overeenkomstId = o.createOvereenkomst.id;
    // The bijlage is written first; the hoofddocument still comes first afterwards.
    const bijlage = await t.gqlOk(CREATE_ONDERDEEL, {
      input: {
        overeenkomstId,
        soort: 'BIJLAGE',
        titel: 'Bijlage wonen en zorg',
        ondertekenaarIds: [gemeente, corp, huurders, zorg],
      },
    });
    const definities = await t.gqlOk(CREATE_ONDERDEEL, {
      input: {
        overeenkomstId,
        soort: 'BIJLAGE',
        titel: 'Bijlage definities',
        ondertekenaarIds: [gemeente, corp, huurders],
      },
    });
    const hoofd = await t.gqlOk(CREATE_ONDERDEEL, {
      input: {
        overeenkomstId,
        soort: 'HOOFDDOCUMENT',
        titel: 'Prestatieafspraken',
        ondertekenaarIds: [gemeente, corp, huurders],
      },
    });
    expect(
      hoofd.createOnderdeel.ondertekenaars.map((p: { soort: string }) => p.soort).sort(),
    ).toEqual(['GEMEENTE', 'HUURDERSORGANISATIE', 'WONINGCORPORATIE']);
    const full = await t.gqlOk(FULL_OVEREENKOMST, { id: overeenkomstId });
    const onderdelen = full.overeenkomst.onderdelen;
    expect(onderdelen.map((x: any) => [x.soort, x.titel])).toEqual([
      ['HOOFDDOCUMENT', 'Prestatieafspraken'],
      ['BIJLAGE', 'Bijlage wonen en zorg'],
      ['BIJLAGE', 'Bijlage definities'],
    ]);
    expect(onderdelen.map((x: any) => x.id)).toEqual([
      hoofd.createOnderdeel.id,
      bijlage.createOnderdeel.id,
      definities.createOnderdeel.id,
    ]);
    // Ondertekenaars by name; the zorgaanbieder signs only the bijlage wonen en zorg.
    expect(onderdelen[1].ondertekenaars.map((p: any) => p.naam)).toEqual([
      'Corporatie Onderdelen',
      'Gemeente Onderdelen',
      'Huurders Onderdelen',
      'Zorg Onderdelen',
    ]);
    expect(onderdelen[0].ondertekenaars.map((p: any) => p.id)).not.toContain(zorg);
  });

  it('createAfspraak of each of the six types: details, betrokkenen, jaren and indicatoren come back through FULL_OVEREENKOMST', async () => {
    const fx = await createFixture(t, 'Zestypen');
    const indicator = await t.gqlOk(CREATE_INDICATOR, {
      input: {
        overeenkomstId: fx.overeenkomstId,
        naam: 'Geclusterde wooneenheden',
        eenheid: 'wooneenheden',
      },
    });
    const indicatorId: string = indicator.createIndicator.id;
    const gemeenschappelijk = {
      volwassenheid: 'SMART',
      voorwaarden: ['mits financieel haalbaar'],
      doelgroepen: ['OUDEREN', 'OUDEREN_MET_ZORGVRAAG'],
    };
    const inputs: Record<string, Record<string, unknown>> = {
      PROCES: afspraakInput(fx, thema(W_NULTREDEN), {
        ...gemeenschappelijk,
        titel: 'Bestuurlijk overleg',
        type: 'PROCES',
        details: {
          proces: {
            overlegvorm: 'Bestuurlijk overleg',
            frequentie: '2x per jaar',
            deelnemerIds: [fx.gemeente, fx.corpA, fx.huurders],
          },
        },
      }),
      BESCHRIJVEND: afspraakInput(fx, thema(W_NULTREDEN), {
        ...gemeenschappelijk,
        titel: 'Verzorgd wonen als concept',
        type: 'BESCHRIJVEND',
        details: {
          beschrijvend: {
            soort: 'UITGANGSPUNT',
            omschrijving: 'Verzorgd wonen is richtinggevend voor senioren',
          },
        },
      }),
      INTENTIE: afspraakInput(fx, thema(W_GECLUSTERD), {
        ...gemeenschappelijk,
        titel: 'Transformatie locatie x',
      }),
      HANDELING: afspraakInput(fx, thema(Z_EENZAAMHEID), {
        ...gemeenschappelijk,
        onderdeelId: fx.bijlageId,
        titel: 'Week tegen Eenzaamheid',
        type: 'HANDELING',
        trekkerId: fx.zorg,
        details: {
          handeling: {
            activiteiten: [
              {
                wat: 'Ontmoetingsactiviteiten voor senioren',
                partijIds: [fx.zorg, fx.welzijn],
                wanneer: 'oktober 2026',
              },
              { wat: 'Huisbezoeken 75-plussers', partijIds: [fx.welzijn], wanneer: 'Q4 2026' },
            ],
          },
        },
      }),
      GARANTIE: afspraakInput(fx, thema(Z_BW_MO), {
        ...gemeenschappelijk,
        onderdeelId: fx.bijlageId,
        titel: 'Kosten na uithuiszetting gedeeld',
        type: 'GARANTIE',
        details: {
          garantie: {
            garantstellerIds: [fx.gemeente, fx.corpA, fx.zorg],
            wat: 'Kosten worden gedeeld',
            geldigTot: '2029-12-31',
          },
        },
      }),
      TRANSACTIE: afspraakInput(fx, thema(W_GECLUSTERD), {
        ...gemeenschappelijk,
        titel: 'Vastgoed tegen renovatie',
        type: 'TRANSACTIE',
        trekkerId: fx.corpA,
        betrokkenen: [
          { partijId: fx.corpA, bijdrage: 'Renoveert het complex', kostenaandeel: 70 },
          { partijId: fx.gemeente, bijdrage: 'Subsidie', kostenaandeel: 20.5 },
          { partijId: fx.provincie, bijdrage: 'Volgt de voortgang' },
        ],
        // Out of order on purpose: the API lists them by year.
        jaren: [
          { jaar: 2028, concretisering: 'Oplevering' },
          { jaar: 2026, concretisering: 'Overdracht' },
          { jaar: 2027, concretisering: 'Renovatie' },
        ],
        indicatorIds: [indicatorId],
        details: {
          transactie: {
            posten: [
              { partijId: fx.corpA, levert: 'Renovatie van het complex', ontvangt: 'Het vastgoed' },
              { partijId: fx.gemeente, levert: 'Subsidie', ontvangt: 'Woningen voor urgenten' },
            ],
          },
        },
      }),
    };
    const created = new Map<string, AfspraakRef>();
    for (const [type, input] of Object.entries(inputs))
      created.set(type, await createAfspraak(t, input));

    const { overeenkomst } = await t.gqlOk(FULL_OVEREENKOMST, { id: fx.overeenkomstId });
    const alle = overeenkomst.onderdelen.flatMap((o: any) => o.afspraken);
    expect(alle).toHaveLength(6);
    const byType = new Map<string, any>(alle.map((a: any) => [a.type, a]));
    for (const [type, ref] of created) expect(byType.get(type).id).toBe(ref.id);

    const naam = (id: string) =>
      overeenkomst.deelnemers.find((d: any) => d.partij.id === id).partij.naam;
    expect(byType.get('PROCES')).toMatchObject({
      typeLabel: 'Procesafspraak',
      volwassenheid: 'SMART',
      voorwaarden: ['mits financieel haalbaar'],
      doelgroepen: ['OUDEREN', 'OUDEREN_MET_ZORGVRAAG'],
      thema: { naam: W_NULTREDEN, domein: { naam: 'Wonen' } },
      trekker: { id: fx.gemeente },
      details: {
        __typename: 'ProcesDetails',
        overlegvorm: 'Bestuurlijk overleg',
        frequentie: '2x per jaar',
        deelnemers: [fx.gemeente, fx.corpA, fx.huurders].map((id) => ({ id, naam: naam(id) })),
      },
    });
    expect(byType.get('BESCHRIJVEND').details).toEqual({
      __typename: 'BeschrijvendDetails',
      soort: 'UITGANGSPUNT',
      omschrijving: 'Verzorgd wonen is richtinggevend voor senioren',
    });
    expect(byType.get('INTENTIE')).toMatchObject({
      typeLabel: 'Intentieafspraak',
      details: {
        __typename: 'IntentieDetails',
        voorwaarde: 'Als locatie De Linde vrijkomt',
        gevolg: 'dan wordt het vastgoed getransformeerd',
      },
    });
    expect(byType.get('HANDELING')).toMatchObject({
      trekker: { id: fx.zorg },
      details: {
        __typename: 'HandelingDetails',
        activiteiten: [
          {
            wat: 'Ontmoetingsactiviteiten voor senioren',
            wanneer: 'oktober 2026',
            partijen: [{ id: fx.zorg }, { id: fx.welzijn }],
          },
          {
            wat: 'Huisbezoeken 75-plussers',
            wanneer: 'Q4 2026',
            partijen: [{ id: fx.welzijn, naam: `Welzijn ${fx.tag}` }],
          },
        ],
      },
    });
    expect(byType.get('GARANTIE').details).toMatchObject({
      __typename: 'GarantieDetails',
      wat: 'Kosten worden gedeeld',
      geldigTot: '2029-12-31',
      garantstellers: [{ id: fx.gemeente }, { id: fx.corpA }, { id: fx.zorg }],
    });
    const transactie = byType.get('TRANSACTIE');
    expect(transactie.details).toEqual({
      __typename: 'TransactieDetails',
      posten: [
        {
          levert: 'Renovatie van het complex',
          ontvangt: 'Het vastgoed',
          partij: { id: fx.corpA, naam: naam(fx.corpA) },
        },
        {
          levert: 'Subsidie',
          ontvangt: 'Woningen voor urgenten',
          partij: { id: fx.gemeente, naam: naam(fx.gemeente) },
        },
      ],
    });
    // Betrokkenen in the order given, with their share of the costs (a waarnemer may contribute).
    expect(
      transactie.betrokkenen.map((b: any) => [b.partij.id, b.bijdrage, b.kostenaandeel]),
    ).toEqual([
      [fx.corpA, 'Renoveert het complex', 70],
      [fx.gemeente, 'Subsidie', 20.5],
      [fx.provincie, 'Volgt de voortgang', null],
    ]);
    expect(transactie.jaarschijven.map((j: any) => [j.jaarschijf.jaar, j.concretisering])).toEqual([
      [2026, 'Overdracht'],
      [2027, 'Renovatie'],
      [2028, 'Oplevering'],
    ]);
    expect(transactie.jaarschijven[0].jaarschijf.id).toBe(fx.jaarschijven.get(2026));
    expect(transactie.indicatoren).toEqual([{ id: indicatorId, naam: 'Geclusterde wooneenheden' }]);
    expect(overeenkomst.indicatoren[0].afspraken).toEqual([
      { id: transactie.id, nummer: transactie.nummer },
    ]);
    // The hoofddocument comes first; within it Wonen is the only domain, numbered in creation order.
    expect(overeenkomst.onderdelen.map((o: any) => nummering(o.afspraken))).toEqual([
      [
        '1.1 Bestuurlijk overleg',
        '1.2 Verzorgd wonen als concept',
        '1.3 Transformatie locatie x',
        '1.4 Vastgoed tegen renovatie',
      ],
      // A bijlage's numbers carry a B, so none repeats across the agreement (issue 18).
      ['B1.1 Week tegen Eenzaamheid', 'B1.2 Kosten na uithuiszetting gedeeld'],
    ]);
  });

  it('numbers afspraken "hoofdstuk.volgnummer" by thema-domein and renumbers after reorderAfspraken and deleteAfspraak', async () => {
    const fx = await createFixture(t, 'Nummering');
    const maak = (titel: string, themaNaam: string, onderdeelId = fx.hoofdId) =>
      createAfspraak(t, afspraakInput(fx, thema(themaNaam), { titel, onderdeelId }));

    const eenzaamheid = await maak('Eenzaamheid', Z_EENZAAMHEID);
    expect(eenzaamheid.nummer).toBe('1.1');
    const nultreden = await maak('Nultreden', W_NULTREDEN);
    expect(nultreden.nummer).toBe('1.1');
    // Wonen precedes Zorg en welzijn, so the earlier afspraak moved to hoofdstuk 2.
    expect(nummering(await afsprakenVan(t, fx.hoofdId))).toEqual([
      '1.1 Nultreden',
      '2.1 Eenzaamheid',
    ]);
    const toegankelijk = await maak('Toegankelijk', F_TOEGANKELIJKHEID);
    const doorstroming = await maak('Doorstroming', W_DOORSTROMING);
    expect(doorstroming.nummer).toBe('1.2');
    expect(nummering(await afsprakenVan(t, fx.hoofdId))).toEqual([
      '1.1 Nultreden',
      '1.2 Doorstroming',
      '2.1 Eenzaamheid',
      '3.1 Toegankelijk',
    ]);
    // The bijlage has its own numbering, with a B before it.
    expect((await maak('In de bijlage', Z_EENZAAMHEID, fx.bijlageId)).nummer).toBe('B1.1');

    const reordered = await t.gqlOk<{ reorderAfspraken: AfspraakRef[] }>(
      `mutation($input: ReorderAfsprakenInput!) { reorderAfspraken(input: $input) { ${AFSPRAAK_FIELDS} } }`,
      {
        input: {
          onderdeelId: fx.hoofdId,
          afspraakIds: [toegankelijk.id, eenzaamheid.id, doorstroming.id, nultreden.id],
        },
      },
    );
    // Within a domein the new order counts; the domains themselves keep their order.
    const verwacht = ['1.1 Doorstroming', '1.2 Nultreden', '2.1 Eenzaamheid', '3.1 Toegankelijk'];
    expect(nummering(reordered.reorderAfspraken)).toEqual(verwacht);
    expect(nummering(await afsprakenVan(t, fx.hoofdId))).toEqual(verwacht);

    await t.gqlOk(DELETE('deleteAfspraak'), { input: { id: doorstroming.id } });
    expect(nummering(await afsprakenVan(t, fx.hoofdId))).toEqual([
      '1.1 Nultreden',
      '2.1 Eenzaamheid',
      '3.1 Toegankelijk',
    ]);
    await t.gqlOk(DELETE('deleteAfspraak'), { input: { id: eenzaamheid.id } });
    // No Zorg en welzijn left: Fysieke omgeving becomes hoofdstuk 2.
    expect(nummering(await afsprakenVan(t, fx.hoofdId))).toEqual([
      '1.1 Nultreden',
      '2.1 Toegankelijk',
    ]);
    expect(
      theError(await t.gql(`query($id: ID!) { afspraak(id: $id) { id } }`, { id: doorstroming.id }))
        .extensions?.code,
    ).toBe('NOT_FOUND');

    // Moving an afspraak to another theme renumbers too.
    const moved = await t.gqlOk(UPDATE_AFSPRAAK, {
      input: { id: toegankelijk.id, themaId: thema(W_DOORSTROMING) },
    });
    expect(moved.updateAfspraak.nummer).toBe('1.2');
    expect(nummering(await afsprakenVan(t, fx.hoofdId))).toEqual([
      '1.1 Nultreden',
      '1.2 Toegankelijk',
    ]);
    expect(nummering(await afsprakenVan(t, fx.bijlageId))).toEqual(['B1.1 In de bijlage']);
  });

  it('a second bijlage renumbers the first (B1.x) and numbers its own B2.x; moving or removing a bijlage renumbers again (issue 18)', async () => {
    const fx = await createFixture(t, 'Bijlagen');
    const maak = (titel: string, themaNaam: string, onderdeelId: string) =>
      createAfspraak(t, afspraakInput(fx, thema(themaNaam), { titel, onderdeelId }));
    // As the API shows them and as stored, which every other reader (evaluation, audit trail,
    // meldingen, …) prints.
    const nummers = async (onderdeelId: string) => {
      const getoond = nummering(await afsprakenVan(t, onderdeelId));
      const opgeslagen = await sqlRijen<{ nummer: string; titel: string }>(
        t.app,
        'select nummer, titel from afspraak where onderdeel_id = ? order by volgorde',
        [onderdeelId],
      );
      expect(nummering(opgeslagen)).toEqual(getoond);
      return getoond;
    };
    await maak('Eenzaamheid', Z_EENZAAMHEID, fx.bijlageId);
    await maak('Nultreden', W_NULTREDEN, fx.bijlageId);
    await maak('Doorstroming', W_DOORSTROMING, fx.hoofdId);
    expect(await nummers(fx.bijlageId)).toEqual(['B1.1 Nultreden', 'B2.1 Eenzaamheid']);

    const tweede = (
      await t.gqlOk<{ createOnderdeel: { id: string } }>(CREATE_ONDERDEEL, {
        input: {
          overeenkomstId: fx.overeenkomstId,
          soort: 'BIJLAGE',
          titel: 'Bijlage definities',
          ondertekenaarIds: [fx.gemeente, fx.corpA, fx.corpB, fx.huurders],
        },
      })
    ).createOnderdeel.id;
    expect(await nummers(fx.bijlageId)).toEqual(['B1.1.1 Nultreden', 'B1.2.1 Eenzaamheid']);
    expect((await maak('Definitie', W_DOORSTROMING, tweede)).nummer).toBe('B2.1.1');
    // The hoofddocument has no prefix, whatever the bijlagen do.
    expect(await nummers(fx.hoofdId)).toEqual(['1.1 Doorstroming']);

    await t.gqlOk(
      `mutation($input: ReorderOnderdelenInput!) { reorderOnderdelen(input: $input) { id } }`,
      {
        input: {
          overeenkomstId: fx.overeenkomstId,
          onderdeelIds: [fx.hoofdId, tweede, fx.bijlageId],
        },
      },
    );
    expect(await nummers(tweede)).toEqual(['B1.1.1 Definitie']);
    expect(await nummers(fx.bijlageId)).toEqual(['B2.1.1 Nultreden', 'B2.2.1 Eenzaamheid']);

    await t.gqlOk(DELETE('deleteOnderdeel'), { input: { id: tweede } });
    expect(await nummers(fx.bijlageId)).toEqual(['B1.1 Nultreden', 'B2.1 Eenzaamheid']);
    expect(await nummers(fx.hoofdId)).toEqual(['1.1 Doorstroming']);
  });

  it('updateAfspraak: a new type needs the details of that type; other fields change in place', async () => {
    const fx = await createFixture(t, 'Wijzigen');
    const a = await createAfspraak(
      t,
      afspraakInput(fx, thema(W_GECLUSTERD), { titel: 'Eerst een intentie' }),
    );

    const zonderDetails = theError(
      await t.gql(UPDATE_AFSPRAAK, { input: { id: a.id, type: 'GARANTIE' } }),
    );
    expect(zonderDetails.extensions).toMatchObject({
      code: 'DETAILS_PASSEN_NIET_BIJ_TYPE',
      veld: 'input.details',
    });
    const oudeDetails = theError(
      await t.gql(UPDATE_AFSPRAAK, {
        input: {
          id: a.id,
          type: 'GARANTIE',
          details: { intentie: { voorwaarde: 'Als', gevolg: 'dan' } },
        },
      }),
    );
    expect(oudeDetails.extensions).toMatchObject({
      code: 'DETAILS_PASSEN_NIET_BIJ_TYPE',
      veld: 'input.details.garantie',
    });

    const updated = await t.gqlOk(
      `mutation($input: UpdateAfspraakInput!) {
        updateAfspraak(input: $input) {
          id nummer titel type typeLabel volwassenheid trekker { id }
          betrokkenen { partij { id } kostenaandeel }
          jaarschijven { jaarschijf { jaar } concretisering }
          details { __typename ... on GarantieDetails { wat geldigTot garantstellers { id } } }
        }
      }`,
      {
        input: {
          id: a.id,
          titel: 'Nu een garantie',
          type: 'GARANTIE',
          volwassenheid: 'SMART',
          trekkerId: fx.corpA,
          betrokkenen: [
            { partijId: fx.corpA, bijdrage: 'Houdt de woningen beschikbaar', kostenaandeel: 60 },
            { partijId: fx.gemeente, bijdrage: 'Begeleiding', kostenaandeel: 40 },
          ],
          jaren: [{ jaar: 2027, concretisering: 'Vanaf 2027' }, { jaar: 2028 }],
          details: {
            garantie: {
              garantstellerIds: [fx.corpA],
              wat: 'Ten minste 1.661 toegankelijke woningen',
            },
          },
        },
      },
    );
    expect(updated.updateAfspraak).toEqual({
      id: a.id,
      nummer: '1.1',
      titel: 'Nu een garantie',
      type: 'GARANTIE',
      typeLabel: 'Garantieafspraak',
      volwassenheid: 'SMART',
      trekker: { id: fx.corpA },
      betrokkenen: [
        { partij: { id: fx.corpA }, kostenaandeel: 60 },
        { partij: { id: fx.gemeente }, kostenaandeel: 40 },
      ],
      jaarschijven: [
        { jaarschijf: { jaar: 2027 }, concretisering: 'Vanaf 2027' },
        { jaarschijf: { jaar: 2028 }, concretisering: '' },
      ],
      details: {
        __typename: 'GarantieDetails',
        wat: 'Ten minste 1.661 toegankelijke woningen',
        geldigTot: null,
        garantstellers: [{ id: fx.corpA }],
      },
    });
    // Details alone, for the same type, are fine too.
    const detailsOnly = await t.gqlOk(
      `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { type details { ... on GarantieDetails { wat } } } }`,
      {
        input: {
          id: a.id,
          details: {
            garantie: { garantstellerIds: [fx.corpA, fx.gemeente], wat: 'Alle 1.661 woningen' },
          },
        },
      },
    );
    expect(detailsOnly.updateAfspraak).toEqual({
      type: 'GARANTIE',
      details: { wat: 'Alle 1.661 woningen' },
    });
  });

  it('answers when things were created and last changed as ISO dates, also right after a change', async () => {
    const fx = await createFixture(t, 'Tijdstempels');
    const a = await createAfspraak(t, afspraakInput(fx, thema(W_GECLUSTERD), { titel: 'Tijd' }));
    const voor = new Date();
    const { updateAfspraak } = await t.gqlOk<{
      updateAfspraak: { createdAt: string; updatedAt: string; overeenkomst: { updatedAt: string } };
    }>(
      `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { createdAt updatedAt overeenkomst { createdAt updatedAt } } }`,
      { input: { id: a.id, titel: 'Later' } },
    );
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
    expect(updateAfspraak.createdAt).toMatch(iso);
    expect(updateAfspraak.updatedAt).toMatch(iso);
    expect(updateAfspraak.overeenkomst.updatedAt).toMatch(iso);
    expect(new Date(updateAfspraak.updatedAt).getTime()).toBeGreaterThanOrEqual(
      voor.getTime() - 1000,
    );
  });

  it('a partial update changes only the fields it names (updateAfspraak, updateIndicator, updateRealisatie)', async () => {
    const fx = await createFixture(t, 'Deels');
    const indicatorId: string = (
      await t.gqlOk(CREATE_INDICATOR, {
        input: {
          overeenkomstId: fx.overeenkomstId,
          naam: 'Nultredenwoningen',
          eenheid: 'woningen',
          definitie: 'Volgens BZK 2023',
        },
      })
    ).createIndicator.id;
    const a = await createAfspraak(
      t,
      afspraakInput(fx, thema(W_NULTREDEN), {
        titel: 'Oude titel',
        tekst: 'De corporatie bouwt 110 geclusterde wooneenheden.',
        voorwaarden: ['mits financieel haalbaar'],
        doelgroepen: ['OUDEREN'],
        betrokkenen: [{ partijId: fx.corpA, bijdrage: 'Bouwt', kostenaandeel: 80 }],
        jaren: [{ jaar: 2026, concretisering: 'Start bouw' }],
        indicatorIds: [indicatorId],
      }),
    );
    await t.gqlOk(UPDATE_AFSPRAAK, { input: { id: a.id, titel: 'Nieuwe titel' } });
    const afspraak = await t.gqlOk(
      `query($id: ID!) {
        afspraak(id: $id) {
          titel tekst voorwaarden doelgroepen
          betrokkenen { partij { id } bijdrage kostenaandeel }
          jaarschijven { jaarschijf { jaar } concretisering }
          indicatoren { id }
        }
      }`,
      { id: a.id },
    );
    expect(afspraak.afspraak).toEqual({
      titel: 'Nieuwe titel',
      tekst: 'De corporatie bouwt 110 geclusterde wooneenheden.',
      voorwaarden: ['mits financieel haalbaar'],
      doelgroepen: ['OUDEREN'],
      betrokkenen: [{ partij: { id: fx.corpA }, bijdrage: 'Bouwt', kostenaandeel: 80 }],
      jaarschijven: [{ jaarschijf: { jaar: 2026 }, concretisering: 'Start bouw' }],
      indicatoren: [{ id: indicatorId }],
    });

    await t.gqlOk(
      `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }`,
      {
        input: { id: indicatorId, naam: 'Nultredenwoningen (BZK)' },
      },
    );
    const indicator = await t.gqlOk(
      `query($id: ID!) { indicator(id: $id) { naam definitie afspraken { id } } }`,
      { id: indicatorId },
    );
    expect(indicator.indicator).toEqual({
      naam: 'Nultredenwoningen (BZK)',
      definitie: 'Volgens BZK 2023',
      afspraken: [{ id: a.id }],
    });

    const realisatie = (
      await t.gqlOk(CREATE_REALISATIE, {
        input: {
          indicatorId,
          jaar: 2026,
          waarde: 58,
          bron: 'Jaarverslag 2026',
          toelichting: 'Voorlopig',
        },
      })
    ).createRealisatie;
    const bijgewerkt = await t.gqlOk(
      `mutation($input: UpdateRealisatieInput!) { updateRealisatie(input: $input) { waarde bron toelichting } }`,
      {
        input: { id: realisatie.id, waarde: 61 },
      },
    );
    expect(bijgewerkt.updateRealisatie).toEqual({
      waarde: 61,
      bron: 'Jaarverslag 2026',
      toelichting: 'Voorlopig',
    });
  });

  it('indicatoren: streefwaarden (EXACT, BANDBREEDTE, EFFECT) and realisaties per jaarschijf, updated and deleted', async () => {
    const fx = await createFixture(t, 'Indicatoren');
    const a = await createAfspraak(
      t,
      afspraakInput(fx, thema(W_GECLUSTERD), { titel: 'Geclusterd wonen' }),
    );
    const b = await createAfspraak(
      t,
      afspraakInput(fx, thema(W_NULTREDEN), { titel: 'Nultreden' }),
    );
    const created = await t.gqlOk(CREATE_INDICATOR, {
      input: {
        overeenkomstId: fx.overeenkomstId,
        naam: 'Geclusterde wooneenheden',
        eenheid: 'wooneenheden',
        definitie:
          'Minstens 12 woningen, minstens 50% 55+, met een gemeenschappelijke ontmoetingsruimte',
        definitieBron: 'BZK 2023',
        nulmetingWaarde: 40,
        nulmetingJaar: 2025,
        afspraakIds: [a.id],
      },
    });
    const indicatorId: string = created.createIndicator.id;
    expect(created.createIndicator.afspraken).toEqual([{ id: a.id }]);

    const streef = async (input: Record<string, unknown>) =>
      (await t.gqlOk(CREATE_STREEFWAARDE, { input: { indicatorId, ...input } })).createStreefwaarde;
    const effect = await streef({
      jaar: 2028,
      soort: 'EFFECT',
      effect: 'Senioren wonen langer zelfstandig',
    });
    const exact = await streef({ jaar: 2026, soort: 'EXACT', waarde: 60 });
    const band = await streef({ jaar: 2027, soort: 'BANDBREEDTE', min: 70, max: 80 });
    expect(band).toMatchObject({
      jaar: 2027,
      soort: 'BANDBREEDTE',
      waarde: null,
      min: 70,
      max: 80,
      effect: null,
    });
    const realisatie = (
      await t.gqlOk(CREATE_REALISATIE, {
        input: { indicatorId, jaar: 2026, waarde: 58, bron: 'Jaarverslag corporatie 2026' },
      })
    ).createRealisatie;
    expect(realisatie).toMatchObject({
      jaar: 2026,
      waarde: 58,
      bron: 'Jaarverslag corporatie 2026',
      toelichting: '',
    });

    const INDICATOR = `query($id: ID!) {
      indicator(id: $id) {
        naam eenheid definitieBron nulmetingWaarde nulmetingJaar afspraken { id }
        streefwaarden { id jaar soort waarde min max effect }
        realisaties { id jaar waarde bron toelichting }
      }
    }`;
    let indicator = (await t.gqlOk(INDICATOR, { id: indicatorId })).indicator;
    expect(indicator).toMatchObject({
      naam: 'Geclusterde wooneenheden',
      definitieBron: 'BZK 2023',
      nulmetingWaarde: 40,
      nulmetingJaar: 2025,
    });
    expect(indicator.streefwaarden).toEqual([
      { id: exact.id, jaar: 2026, soort: 'EXACT', waarde: 60, min: null, max: null, effect: null },
      {
        id: band.id,
        jaar: 2027,
        soort: 'BANDBREEDTE',
        waarde: null,
        min: 70,
        max: 80,
        effect: null,
      },
      {
        id: effect.id,
        jaar: 2028,
        soort: 'EFFECT',
        waarde: null,
        min: null,
        max: null,
        effect: 'Senioren wonen langer zelfstandig',
      },
    ]);

    // An exact target becomes a bandwidth: the single number goes.
    const bijgesteld = await t.gqlOk(
      `mutation($input: UpdateStreefwaardeInput!) { updateStreefwaarde(input: $input) { jaar soort waarde min max } }`,
      { input: { id: exact.id, soort: 'BANDBREEDTE', min: 55, max: 65 } },
    );
    expect(bijgesteld.updateStreefwaarde).toEqual({
      jaar: 2026,
      soort: 'BANDBREEDTE',
      waarde: null,
      min: 55,
      max: 65,
    });
    await t.gqlOk(
      `mutation($input: UpdateRealisatieInput!) { updateRealisatie(input: $input) { id } }`,
      {
        input: {
          id: realisatie.id,
          waarde: 61,
          bron: 'Jaarverslag corporatie 2026',
          toelichting: 'Na correctie',
        },
      },
    );
    await t.gqlOk(
      `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }`,
      {
        input: { id: indicatorId, naam: 'Geclusterde woningen', afspraakIds: [a.id, b.id] },
      },
    );
    indicator = (await t.gqlOk(INDICATOR, { id: indicatorId })).indicator;
    expect(indicator.naam).toBe('Geclusterde woningen');
    expect(indicator.afspraken.map((x: { id: string }) => x.id).sort()).toEqual(
      [a.id, b.id].sort(),
    );
    expect(indicator.realisaties).toEqual([
      {
        id: realisatie.id,
        jaar: 2026,
        waarde: 61,
        bron: 'Jaarverslag corporatie 2026',
        toelichting: 'Na correctie',
      },
    ]);

    // A second target for the same year is refused; change the existing one instead.
    expect(
      theError(
        await t.gql(CREATE_STREEFWAARDE, {
          input: { indicatorId, jaar: 2027, soort: 'EXACT', waarde: 1 },
        }),
      ).extensions,
    ).toMatchObject({
      code: 'AL_AANWEZIG',
      veld: 'input.jaar',
    });

    expect(
      (await t.gqlOk(DELETE('deleteStreefwaarde'), { input: { id: effect.id } }))
        .deleteStreefwaarde,
    ).toBe(effect.id);
    await t.gqlOk(DELETE('deleteRealisatie'), { input: { id: realisatie.id } });
    indicator = (await t.gqlOk(INDICATOR, { id: indicatorId })).indicator;
    expect(indicator.streefwaarden.map((s: { jaar: number }) => s.jaar)).toEqual([2026, 2027]);
    expect(indicator.realisaties).toEqual([]);

    await t.gqlOk(DELETE('deleteIndicator'), { input: { id: indicatorId } });
    expect(theError(await t.gql(INDICATOR, { id: indicatorId })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const afspraak = await t.gqlOk(
      `query($id: ID!) { afspraak(id: $id) { id indicatoren { id } } }`,
      { id: a.id },
    );
    expect(afspraak.afspraak).toEqual({ id: a.id, indicatoren: [] });
  });

  it('FULL_OVEREENKOMST returns the whole agreement in order: jaarschijven, onderdelen, afspraken, indicatoren by name, streefwaarden by year', async () => {
    const fx = await createFixture(t, 'Volledig');
    const a1 = await createAfspraak(
      t,
      afspraakInput(fx, thema(Z_EENZAAMHEID), { titel: 'Eenzaamheid' }),
    );
    const a2 = await createAfspraak(
      t,
      afspraakInput(fx, thema(W_NULTREDEN), { titel: 'Nultreden' }),
    );
    const a3 = await createAfspraak(
      t,
      afspraakInput(fx, thema(Z_BW_MO), { titel: 'Uitstroom BW', onderdeelId: fx.bijlageId }),
    );
    for (const [naam, afspraakIds] of [
      ['Zorggeschikte woningen', [a1.id]],
      ['Aantal uitstromers', [a3.id]],
      ['Nultredenwoningen', [a2.id, a1.id]],
    ] as const) {
      const ind = await t.gqlOk(CREATE_INDICATOR, {
        input: {
          overeenkomstId: fx.overeenkomstId,
          naam,
          eenheid: 'woningen',
          nulmetingWaarde: 10,
          nulmetingJaar: 2025,
          afspraakIds,
        },
      });
      for (const jaar of [2029, 2027, 2026, 2028]) {
        await t.gqlOk(CREATE_STREEFWAARDE, {
          input: { indicatorId: ind.createIndicator.id, jaar, soort: 'EXACT', waarde: jaar - 2000 },
        });
      }
      await t.gqlOk(CREATE_REALISATIE, {
        input: { indicatorId: ind.createIndicator.id, jaar: 2026, waarde: 25, bron: 'Monitor' },
      });
    }
    const { overeenkomst } = await t.gqlOk(FULL_OVEREENKOMST, { id: fx.overeenkomstId });
    expect(overeenkomst).toMatchObject({
      id: fx.overeenkomstId,
      startjaar: 2026,
      eindjaar: 2029,
      status: 'CONCEPT',
    });
    expect(overeenkomst.jaarschijven.map((j: any) => j.jaar)).toEqual([2026, 2027, 2028, 2029]);
    expect(overeenkomst.gemeenten).toEqual([{ id: fx.gemeente, naam: `Gemeente ${fx.tag}` }]);
    expect(overeenkomst.deelnemers).toHaveLength(7);
    expect(overeenkomst.onderdelen.map((o: any) => o.soort)).toEqual(['HOOFDDOCUMENT', 'BIJLAGE']);
    expect(overeenkomst.onderdelen.map((o: any) => nummering(o.afspraken))).toEqual([
      ['1.1 Nultreden', '2.1 Eenzaamheid'],
      ['B1.1 Uitstroom BW'],
    ]);
    expect(overeenkomst.indicatoren.map((i: any) => i.naam)).toEqual([
      'Aantal uitstromers',
      'Nultredenwoningen',
      'Zorggeschikte woningen',
    ]);
    for (const i of overeenkomst.indicatoren) {
      expect(i.streefwaarden.map((s: any) => [s.jaar, s.waarde])).toEqual([
        [2026, 26],
        [2027, 27],
        [2028, 28],
        [2029, 29],
      ]);
      expect(i.realisaties).toMatchObject([{ jaar: 2026, waarde: 25, bron: 'Monitor' }]);
    }
    const nultreden = overeenkomst.indicatoren[1];
    expect(nultreden.afspraken.map((x: any) => x.nummer).sort()).toEqual(['1.1', '2.1']);
    // Every default theme is there, domains with their opgaven.
    expect(overeenkomst.themas).toHaveLength(themas.size);
    expect(overeenkomst.themas.find((x: any) => x.naam === Z_EENZAAMHEID).domein.naam).toBe(
      'Zorg en welzijn',
    );
    // The overeenkomst's own afspraken list: hoofddocument first, each in numbering order.
    const lijst = await t.gqlOk(
      `query($id: ID!) { overeenkomst(id: $id) { afspraken { id nummer } } }`,
      { id: fx.overeenkomstId },
    );
    expect(lijst.overeenkomst.afspraken.map((x: any) => x.id)).toEqual([a2.id, a1.id, a3.id]);
  });

  describe('lists', () => {
    it('overeenkomsten: filtered by gemeente, jaar (inside and outside the periode), partij and status', async () => {
      const [gemeente, andere, corp, huurders] = await Promise.all([
        createPartij(t, 'Gemeente Lijststad', 'GEMEENTE'),
        createPartij(t, 'Gemeente Elders', 'GEMEENTE'),
        createPartij(t, 'Corporatie Lijststad', 'WONINGCORPORATIE'),
        createPartij(t, 'Huurders Lijststad', 'HUURDERSORGANISATIE'),
      ]);
      const maak = async (
        titel: string,
        startjaar: number,
        eindjaar: number,
        deelnemers: string[],
        gemeenteIds = [gemeente],
      ) =>
        (
          await t.gqlOk(CREATE_OVEREENKOMST, {
            input: {
              titel,
              startjaar,
              eindjaar,
              gemeenteIds,
              deelnemers: deelnemers.map((partijId) => ({ partijId, rol: 'ONDERTEKENAAR' })),
            },
          })
        ).createOvereenkomst.id as string;
      const oud = await maak('Lijststad 2022–2025', 2022, 2025, [corp]);
      const huidig = await maak('Lijststad 2026–2029', 2026, 2029, [corp, huurders]);
      const nieuw = await maak('Lijststad 2030–2033', 2030, 2033, [huurders]);
      const elders = await maak('Elders 2026–2029', 2026, 2029, [corp], [andere]);
      await t.gqlOk(
        `mutation($input: UpdateOvereenkomstInput!) { updateOvereenkomst(input: $input) { id } }`,
        {
          input: { id: oud, beeindigd: true },
        },
      );

      const LIST = `query($filter: OvereenkomstFilter, $take: Int, $skip: Int) {
        overeenkomsten(filter: $filter, take: $take, skip: $skip) { total items { id titel } }
      }`;
      const list = async (
        filter: Record<string, unknown>,
        page: { take?: number; skip?: number } = {},
      ) => {
        const data = await t.gqlOk(LIST, { filter, ...page });
        return {
          total: data.overeenkomsten.total as number,
          ids: data.overeenkomsten.items.map((i: { id: string }) => i.id) as string[],
        };
      };
      expect(await list({ gemeenteId: gemeente })).toEqual({ total: 3, ids: [nieuw, huidig, oud] });
      expect(await list({ gemeenteId: andere })).toEqual({ total: 1, ids: [elders] });
      expect(await list({ gemeenteId: gemeente, jaar: 2027 })).toEqual({ total: 1, ids: [huidig] });
      expect(await list({ gemeenteId: gemeente, jaar: 2029 })).toEqual({ total: 1, ids: [huidig] });
      expect(await list({ gemeenteId: gemeente, jaar: 2030 })).toEqual({ total: 1, ids: [nieuw] });
      expect(await list({ gemeenteId: gemeente, jaar: 2021 })).toEqual({ total: 0, ids: [] });
      expect(await list({ gemeenteId: gemeente, jaar: 2034 })).toEqual({ total: 0, ids: [] });
      expect(await list({ partijId: corp })).toEqual({ total: 3, ids: [elders, huidig, oud] });
      expect(await list({ partijId: huurders })).toEqual({ total: 2, ids: [nieuw, huidig] });
      // The gemeente takes part in its own agreements.
      expect((await list({ partijId: gemeente })).total).toBe(3);
      // The status is derived (test/status.e2e-spec.ts); only the early end is set by hand.
      expect(await list({ gemeenteId: gemeente, status: 'BEEINDIGD' })).toEqual({
        total: 1,
        ids: [oud],
      });
      expect(await list({ gemeenteId: gemeente, status: 'CONCEPT' }, { take: 1 })).toEqual({
        total: 2,
        ids: [nieuw],
      });
      // Same startjaar: by titel.
      expect(await list({ partijId: corp, jaar: 2028 })).toEqual({
        total: 2,
        ids: [elders, huidig],
      });

      expect(await list({ gemeenteId: gemeente }, { take: 2 })).toEqual({
        total: 3,
        ids: [nieuw, huidig],
      });
      expect(await list({ gemeenteId: gemeente }, { take: 2, skip: 2 })).toEqual({
        total: 3,
        ids: [oud],
      });
      expect(await list({ gemeenteId: gemeente }, { skip: 5 })).toEqual({ total: 3, ids: [] });
    });

    it('overeenkomsten: newest periode first, paginated with take/skip/total; take > 100 is refused', async () => {
      const PAGE = `query($take: Int, $skip: Int) { overeenkomsten(take: $take, skip: $skip) { total items { id startjaar } } }`;
      const voor = (await t.gqlOk(PAGE, { take: 1 })).overeenkomsten.total as number;
      const gemeente = await createPartij(t, 'Gemeente Bladzijde', 'GEMEENTE');
      const ids: string[] = [];
      // Far in the future, so these are the newest in this schema whatever else the file created.
      for (const startjaar of [2094, 2096, 2095]) {
        const o = await t.gqlOk(CREATE_OVEREENKOMST, {
          input: {
            titel: `Bladzijde ${startjaar}`,
            startjaar,
            eindjaar: startjaar + 1,
            gemeenteIds: [gemeente],
          },
        });
        ids.push(o.createOvereenkomst.id);
      }
      const [o2094, o2096, o2095] = ids;
      const page = async (take: number, skip: number) => {
        const data = (await t.gqlOk(PAGE, { take, skip })).overeenkomsten;
        return {
          total: data.total as number,
          ids: data.items.map((i: { id: string }) => i.id) as string[],
        };
      };
      expect(await page(2, 0)).toEqual({ total: voor + 3, ids: [o2096, o2095] });
      expect(await page(2, 2)).toEqual({ total: voor + 3, ids: expect.arrayContaining([o2094]) });
      expect((await page(1, 2)).ids).toEqual([o2094]);
      expect(await page(10, voor + 3)).toEqual({ total: voor + 3, ids: [] });
      expect((await page(100, 0)).ids).toHaveLength(Math.min(100, voor + 3));

      const teVeel = theError(await t.gql(PAGE, { take: 101 }));
      expect(teVeel.extensions?.code).toBe('VALIDATIE_FOUT');
      expect(teVeel.message).toMatch(/take.*hoogstens 100/);
      expect(theError(await t.gql(PAGE, { take: 0 })).extensions?.code).toBe('VALIDATIE_FOUT');
    });

    describe('afspraken', () => {
      let fx: Fixture;
      let a1: AfspraakRef, a2: AfspraakRef, a3: AfspraakRef, a4: AfspraakRef;
      beforeAll(async () => {
        fx = await createFixture(t, 'Filters');
        a1 = await createAfspraak(
          t,
          afspraakInput(fx, thema(W_NULTREDEN), {
            titel: 'A1 proces',
            type: 'PROCES',
            trekkerId: fx.gemeente,
            betrokkenen: [{ partijId: fx.corpA, bijdrage: 'Levert cijfers' }],
            jaren: [{ jaar: 2026 }, { jaar: 2027 }],
            details: { proces: { overlegvorm: 'Regietafel', frequentie: '4x per jaar' } },
          }),
        );
        a2 = await createAfspraak(
          t,
          afspraakInput(fx, thema(W_DOORSTROMING), {
            titel: 'A2 garantie',
            type: 'GARANTIE',
            trekkerId: fx.corpA,
            // corpA is trekker and betrokkene: it must still be listed once.
            betrokkenen: [
              { partijId: fx.corpA, bijdrage: 'Woningen' },
              { partijId: fx.huurders, bijdrage: 'Meedenken' },
            ],
            jaren: [{ jaar: 2027 }],
            details: {
              garantie: { garantstellerIds: [fx.corpA], wat: 'Voorrang bij doorstroming' },
            },
          }),
        );
        a3 = await createAfspraak(
          t,
          afspraakInput(fx, thema(Z_BW_MO), {
            onderdeelId: fx.bijlageId,
            titel: 'A3 handeling',
            type: 'HANDELING',
            trekkerId: fx.zorg,
            betrokkenen: [{ partijId: fx.welzijn, bijdrage: 'Begeleiding' }],
            jaren: [{ jaar: 2028 }],
            details: {
              handeling: {
                activiteiten: [
                  { wat: 'Uitstroomtafel', partijIds: [fx.zorg], wanneer: 'maandelijks' },
                ],
              },
            },
          }),
        );
        a4 = await createAfspraak(
          t,
          afspraakInput(fx, thema(F_TOEGANKELIJKHEID), {
            titel: 'A4 garantie',
            type: 'GARANTIE',
            trekkerId: fx.corpB,
            betrokkenen: [],
            jaren: [],
            details: { garantie: { garantstellerIds: [fx.corpB], wat: 'Toegankelijke entrees' } },
          }),
        );
        const other = await createFixture(t, 'FiltersAnder');
        await createAfspraak(t, afspraakInput(other, thema(W_NULTREDEN), { titel: 'Elders' }));
      });

      it('filtered by type, thema (a domein includes its opgaven), partij (trekker or betrokkene), jaar and onderdeel', async () => {
        // The overeenkomst's own list takes the same filter as the top-level query.
        const Q = `query($id: ID!, $filter: AfspraakFilter) { overeenkomst(id: $id) { afspraken(filter: $filter) { id } } }`;
        const ids = async (filter: Record<string, unknown>) =>
          (await t.gqlOk(Q, { id: fx.overeenkomstId, filter })).overeenkomst.afspraken.map(
            (x: { id: string }) => x.id,
          );
        // Hoofddocument first, in numbering order (Wonen 1.x, Fysieke omgeving 2.x), then the bijlage.
        expect(await ids({})).toEqual([a1.id, a2.id, a4.id, a3.id]);
        expect(await ids({ type: 'GARANTIE' })).toEqual([a2.id, a4.id]);
        expect(await ids({ type: 'INTENTIE' })).toEqual([]);
        expect(await ids({ themaId: domeinVan(W_NULTREDEN) })).toEqual([a1.id, a2.id]);
        expect(await ids({ themaId: thema(W_DOORSTROMING) })).toEqual([a2.id]);
        expect(await ids({ themaId: domeinVan(Z_BW_MO) })).toEqual([a3.id]);
        expect(await ids({ partijId: fx.corpA })).toEqual([a1.id, a2.id]);
        expect(await ids({ partijId: fx.welzijn })).toEqual([a3.id]);
        expect(await ids({ partijId: fx.corpB })).toEqual([a4.id]);
        expect(await ids({ partijId: fx.provincie })).toEqual([]);
        expect(await ids({ jaar: 2027 })).toEqual([a1.id, a2.id]);
        expect(await ids({ jaar: 2028 })).toEqual([a3.id]);
        expect(await ids({ jaar: 2029 })).toEqual([]);
        expect(await ids({ onderdeelId: fx.bijlageId })).toEqual([a3.id]);
        expect(
          await ids({ onderdeelId: fx.hoofdId, type: 'GARANTIE', partijId: fx.corpA }),
        ).toEqual([a2.id]);
      });

      it('the afspraken query: the same filters with take/skip/total', async () => {
        const LIST = `query($filter: AfspraakFilter, $take: Int, $skip: Int) {
          afspraken(filter: $filter, take: $take, skip: $skip) { total items { id nummer } }
        }`;
        const list = async (
          filter: Record<string, unknown>,
          page: { take?: number; skip?: number } = {},
        ) => {
          const data = await t.gqlOk(LIST, {
            filter: { overeenkomstId: fx.overeenkomstId, ...filter },
            ...page,
          });
          return {
            total: data.afspraken.total as number,
            ids: data.afspraken.items.map((i: { id: string }) => i.id) as string[],
          };
        };
        expect(await list({})).toEqual({ total: 4, ids: [a1.id, a2.id, a4.id, a3.id] });
        expect(await list({ type: 'GARANTIE' })).toEqual({ total: 2, ids: [a2.id, a4.id] });
        expect(await list({ themaId: domeinVan(W_NULTREDEN) })).toEqual({
          total: 2,
          ids: [a1.id, a2.id],
        });
        expect(await list({ partijId: fx.corpA })).toEqual({ total: 2, ids: [a1.id, a2.id] });
        expect(await list({ jaar: 2027 })).toEqual({ total: 2, ids: [a1.id, a2.id] });
        expect(await list({ onderdeelId: fx.bijlageId })).toEqual({ total: 1, ids: [a3.id] });
        expect(await list({ partijId: fx.corpA }, { take: 1, skip: 1 })).toEqual({
          total: 2,
          ids: [a2.id],
        });
        expect(await list({}, { take: 2, skip: 1 })).toEqual({ total: 4, ids: [a2.id, a4.id] });
        // Past the last page the total is still told.
        expect(await list({}, { take: 2, skip: 10 })).toEqual({ total: 4, ids: [] });
        expect(await list({ type: 'GARANTIE' }, { skip: 2 })).toEqual({ total: 2, ids: [] });
        // Without an overeenkomst the filter spans all agreements: the other one has a Wonen-afspraak too.
        const overal = await t.gqlOk(LIST, {
          filter: { themaId: domeinVan(W_NULTREDEN) },
          take: 100,
        });
        expect(overal.afspraken.items.map((i: { id: string }) => i.id)).toEqual(
          expect.arrayContaining([a1.id, a2.id]),
        );
        expect(overal.afspraken.total).toBeGreaterThanOrEqual(3);
      });
    });

    it('themas: an own thema appears in themas(overeenkomstId) and that overeenkomst, not in the default list or elsewhere', async () => {
      const fx = await createFixture(t, 'Themas');
      const other = await createFixture(t, 'ThemasAnder');
      const CREATE_THEMA = `mutation($input: CreateThemaInput!) { createThema(input: $input) { id naam standaard domein { id naam } } }`;
      const domein = (
        await t.gqlOk(CREATE_THEMA, {
          input: { overeenkomstId: fx.overeenkomstId, naam: 'Wijkaanpak Noord' },
        })
      ).createThema;
      expect(domein).toMatchObject({ naam: 'Wijkaanpak Noord', standaard: false, domein: null });
      const opgave = (
        await t.gqlOk(CREATE_THEMA, {
          input: {
            overeenkomstId: fx.overeenkomstId,
            naam: 'Tussenvoorzieningen',
            domeinId: domeinVan(W_NULTREDEN),
          },
        })
      ).createThema;
      expect(opgave).toMatchObject({
        naam: 'Tussenvoorzieningen',
        standaard: false,
        domein: { id: domeinVan(W_NULTREDEN), naam: 'Wonen' },
      });

      const THEMAS = `query($id: ID) { themas(overeenkomstId: $id) { id naam standaard } }`;
      const eigen = (await t.gqlOk(THEMAS, { id: fx.overeenkomstId })).themas;
      expect(eigen).toHaveLength(themas.size + 2);
      expect(eigen.map((x: { id: string }) => x.id)).toEqual(
        expect.arrayContaining([domein.id, opgave.id]),
      );
      const standaard = (await t.gqlOk(THEMAS, {})).themas;
      expect(standaard).toHaveLength(themas.size);
      expect(standaard.every((x: { standaard: boolean }) => x.standaard)).toBe(true);
      expect((await t.gqlOk(THEMAS, { id: other.overeenkomstId })).themas).toHaveLength(
        themas.size,
      );
      const nested = await t.gqlOk(`query($id: ID!) { overeenkomst(id: $id) { themas { id } } }`, {
        id: fx.overeenkomstId,
      });
      expect(nested.overeenkomst.themas.map((x: { id: string }) => x.id)).toEqual(
        expect.arrayContaining([domein.id, opgave.id]),
      );

      // An own domein comes after the default domains in the numbering; an own opgave joins its domein.
      await createAfspraak(t, afspraakInput(fx, domein.id, { titel: 'Wijkteam' }));
      await createAfspraak(t, afspraakInput(fx, opgave.id, { titel: 'Tussenvoorziening' }));
      await createAfspraak(t, afspraakInput(fx, thema(Z_EENZAAMHEID), { titel: 'Eenzaamheid' }));
      expect(nummering(await afsprakenVan(t, fx.hoofdId))).toEqual([
        '1.1 Tussenvoorziening',
        '2.1 Eenzaamheid',
        '3.1 Wijkteam',
      ]);
      // Another overeenkomst cannot use it.
      const vreemd = theError(
        await t.gql(
          `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { id } }`,
          {
            input: afspraakInput(other, domein.id),
          },
        ),
      );
      expect(vreemd.extensions).toMatchObject({ code: 'NOT_FOUND', veld: 'input.themaId' });
    });
  });

  it('updateOvereenkomst: a longer periode adds jaarschijven; dropping a year that holds a streefwaarde is refused (IN_GEBRUIK)', async () => {
    const fx = await createFixture(t, 'Periode');
    const UPDATE = `mutation($input: UpdateOvereenkomstInput!) { updateOvereenkomst(input: $input) { startjaar eindjaar jaarschijven { id jaar } } }`;
    const langer = await t.gqlOk(UPDATE, {
      input: { id: fx.overeenkomstId, startjaar: 2025, eindjaar: 2031 },
    });
    expect(langer.updateOvereenkomst).toMatchObject({ startjaar: 2025, eindjaar: 2031 });
    expect(langer.updateOvereenkomst.jaarschijven.map((j: { jaar: number }) => j.jaar)).toEqual([
      2025, 2026, 2027, 2028, 2029, 2030, 2031,
    ]);
    // The existing jaarschijven are kept, not replaced.
    expect(langer.updateOvereenkomst.jaarschijven.find((j: any) => j.jaar === 2026).id).toBe(
      fx.jaarschijven.get(2026),
    );

    const indicator = await t.gqlOk(CREATE_INDICATOR, {
      input: { overeenkomstId: fx.overeenkomstId, naam: 'Verpleegzorgplekken', eenheid: 'plekken' },
    });
    await t.gqlOk(CREATE_STREEFWAARDE, {
      input: { indicatorId: indicator.createIndicator.id, jaar: 2030, soort: 'EXACT', waarde: 40 },
    });

    const korter = theError(
      await t.gql(UPDATE, { input: { id: fx.overeenkomstId, eindjaar: 2029 } }),
    );
    expect(korter.extensions?.code).toBe('IN_GEBRUIK');
    expect(korter.message).toContain('2030');
    const FULL_JAREN = `query($id: ID!) { overeenkomst(id: $id) { startjaar eindjaar jaarschijven { jaar } } }`;
    const ongewijzigd = (await t.gqlOk(FULL_JAREN, { id: fx.overeenkomstId })).overeenkomst;
    expect(ongewijzigd).toEqual({
      startjaar: 2025,
      eindjaar: 2031,
      jaarschijven: [2025, 2026, 2027, 2028, 2029, 2030, 2031].map((jaar) => ({ jaar })),
    });

    // Empty years may go.
    const ingekort = await t.gqlOk(UPDATE, {
      input: { id: fx.overeenkomstId, startjaar: 2026, eindjaar: 2030 },
    });
    expect(ingekort.updateOvereenkomst.jaarschijven.map((j: { jaar: number }) => j.jaar)).toEqual([
      2026, 2027, 2028, 2029, 2030,
    ]);

    // A year an afspraak applies to is in use too.
    await createAfspraak(t, afspraakInput(fx, thema(W_NULTREDEN), { jaren: [{ jaar: 2026 }] }));
    expect(
      theError(await t.gql(UPDATE, { input: { id: fx.overeenkomstId, startjaar: 2027 } }))
        .extensions?.code,
    ).toBe('IN_GEBRUIK');
  });

  it('deleteOvereenkomst removes everything inside; its partijen stay and can then be deleted', async () => {
    const fx = await createFixture(t, 'Weg');
    const eigenThema = (
      await t.gqlOk(`mutation($input: CreateThemaInput!) { createThema(input: $input) { id } }`, {
        input: { overeenkomstId: fx.overeenkomstId, naam: 'Eigen domein' },
      })
    ).createThema.id;
    const a = await createAfspraak(
      t,
      afspraakInput(fx, thema(W_NULTREDEN), { titel: 'Standaardthema' }),
    );
    const b = await createAfspraak(
      t,
      afspraakInput(fx, eigenThema, {
        titel: 'Eigen thema',
        onderdeelId: fx.bijlageId,
        trekkerId: fx.zorg,
        betrokkenen: [{ partijId: fx.welzijn, bijdrage: 'Ontmoeting', kostenaandeel: 100 }],
        jaren: [{ jaar: 2026 }, { jaar: 2029 }],
      }),
    );
    const indicator = (
      await t.gqlOk(CREATE_INDICATOR, {
        input: {
          overeenkomstId: fx.overeenkomstId,
          naam: 'Ontmoetingsruimten',
          eenheid: 'ruimten',
          afspraakIds: [a.id, b.id],
        },
      })
    ).createIndicator.id;
    await t.gqlOk(CREATE_STREEFWAARDE, {
      input: { indicatorId: indicator, jaar: 2027, soort: 'BANDBREEDTE', min: 2, max: 4 },
    });
    await t.gqlOk(CREATE_REALISATIE, { input: { indicatorId: indicator, jaar: 2026, waarde: 1 } });

    const deleted = await t.gqlOk(DELETE('deleteOvereenkomst'), {
      input: { id: fx.overeenkomstId },
    });
    expect(deleted.deleteOvereenkomst).toBe(fx.overeenkomstId);

    for (const [query, id] of [
      ['overeenkomst', fx.overeenkomstId],
      ['onderdeel', fx.hoofdId],
      ['onderdeel', fx.bijlageId],
      ['afspraak', a.id],
      ['afspraak', b.id],
      ['indicator', indicator],
    ] as const) {
      const error = theError(await t.gql(`query($id: ID!) { ${query}(id: $id) { id } }`, { id }));
      expect({ query, code: error.extensions?.code }).toEqual({ query, code: 'NOT_FOUND' });
    }
    // Nor do they show up in the lists.
    const lijsten = await t.gqlOk(
      `{ afspraken(take: 100) { items { id } } overeenkomsten(take: 100) { items { id } } }`,
    );
    const afspraakIds = lijsten.afspraken.items.map((x: { id: string }) => x.id);
    expect(afspraakIds).not.toContain(a.id);
    expect(afspraakIds).not.toContain(b.id);
    expect(lijsten.overeenkomsten.items.map((x: { id: string }) => x.id)).not.toContain(
      fx.overeenkomstId,
    );
    // Its own themes went with it: asking for them is asking for something that does not exist.
    const themasNa = theError(
      await t.gql(`query($id: ID) { themas(overeenkomstId: $id) { id } }`, {
        id: fx.overeenkomstId,
      }),
    );
    expect(themasNa.extensions?.code).toBe('NOT_FOUND');
    const standaard = await t.gqlOk(`{ themas { id } }`);
    expect(standaard.themas.map((x: { id: string }) => x.id)).not.toContain(eigenThema);

    // The partijen outlive the agreement and, taking part in nothing now, can be removed.
    expect(
      (await t.gqlOk(`query($id: ID!) { partij(id: $id) { naam } }`, { id: fx.zorg })).partij.naam,
    ).toBe(`Zorggroep ${fx.tag}`);
    expect((await t.gqlOk(DELETE('deletePartij'), { input: { id: fx.zorg } })).deletePartij).toBe(
      fx.zorg,
    );
  });

  it('deletePartij of a partij that takes part is refused (IN_GEBRUIK); one that takes part in nothing goes', async () => {
    const fx: Fixture = await createFixture(t, 'PartijWeg');
    for (const id of [fx.corpA, fx.provincie, fx.gemeente]) {
      const error = theError(await t.gql(DELETE('deletePartij'), { input: { id } }));
      expect(error.extensions).toMatchObject({ code: 'IN_GEBRUIK', veld: 'input.id' });
      expect(error.message).toMatch(/neemt deel aan een overeenkomst/);
    }
    const still = await t.gqlOk(`query($id: ID!) { partij(id: $id) { id naam } }`, {
      id: fx.corpA,
    });
    expect(still.partij).toEqual({ id: fx.corpA, naam: `Woonstichting ${fx.tag}` });

    expect(
      (await t.gqlOk(DELETE('deletePartij'), { input: { id: fx.buitenstaander } })).deletePartij,
    ).toBe(fx.buitenstaander);
    expect(
      theError(await t.gql(`query($id: ID!) { partij(id: $id) { id } }`, { id: fx.buitenstaander }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
