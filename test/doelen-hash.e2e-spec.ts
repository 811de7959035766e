import { MikroORM } from '@mikro-orm/core';
import { type AbstractSqlDriver, EntityManager } from '@mikro-orm/postgresql';
import { Migration20261208030000_DoelenInHash } from '../migrations/Migration20261208030000_DoelenInHash';
import { OnderdeelInhoudReader } from '../src/overeenkomsten/onderdeel-inhoud.reader';
import { afspraakHash } from '../src/overeenkomsten/onderdeel-inhoud';
import { sqlRijen } from './support/als';
import {
  afspraakInput,
  createAfspraak,
  type Fixture,
  type ThemaRef,
  UPDATE_AFSPRAAK,
  startMetFixture,
} from './support/api';
import { type TestApp } from './support/test-app';

/*
 * Issue 15, "everywhere": an afspraak's indicators with their targets (per year, per place and as
 * a horizon) and its doelgroepen are part of its content hash, so changing them makes standpunten
 * stale, and changing another afspraak does not. The upgrade that brought this in
 * (Migration20261208030000) makes no standpunt stale by itself.
 */

const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { verouderd } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) {
  rijen { afspraakId cellen { partij { id } standpunt { verouderd } } } } }`;
const INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`;
const NIEUWE_STREEFWAARDE = `mutation($input: CreateStreefwaardeInput!) { createStreefwaarde(input: $input) { id } }`;
const STREEFWAARDE = `mutation($input: UpdateStreefwaardeInput!) { updateStreefwaarde(input: $input) { id } }`;
const LOCATIES = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { locaties { id naam } } }`;

describe('indicatoren en doelgroepen in de inhoudshash', () => {
  let t: TestApp;
  let fx: Fixture;
  let themas: Map<string, ThemaRef>;
  const thema = (naam: string) => themas.get(naam)!.id;

  beforeAll(async () => {
    ({ t, themas, fx } = await startMetFixture('Doelhash'));
  });
  afterAll(() => t?.close());

  const verouderd = async (afspraakId: string, partij = fx.gemeente): Promise<boolean> => {
    const { standpunten } = await t.gqlOk(MATRIX, { id: fx.hoofdId });
    const rij = standpunten.rijen.find((r: any) => r.afspraakId === afspraakId);
    return rij.cellen.find((c: any) => c.partij.id === partij).standpunt.verouderd;
  };
  const akkoord = async (afspraakId: string, partijId = fx.gemeente) => {
    const { neemStandpunt } = await t.gqlOk(STANDPUNT, {
      input: { afspraakId, partijId, oordeel: 'AKKOORD' },
    });
    expect(neemStandpunt.verouderd).toBe(false);
  };

  it('a changed target, place target, horizon or doelgroep makes only its own afspraak stale', async () => {
    // Seed 003 (Gemeente A): "In 2025 zijn er op 4 locaties in totaal 110 nieuwe geclusterde
    // wooneenheden ontwikkeld" — here in the 2026–2029 periode.
    const { id: geclusterd } = await createAfspraak(
      t,
      afspraakInput(fx, thema('Geclusterde woonvormen met ontmoetingsruimte'), {
        titel: 'Geclusterde wooneenheden',
        type: 'HANDELING',
        trekkerId: fx.corpA,
        betrokkenen: [],
        details: { handeling: { activiteiten: [] } },
      }),
    );
    const { id: anders } = await createAfspraak(
      t,
      afspraakInput(fx, thema('Doorstroming'), { titel: 'Verhuisregeling' }),
    );
    const { createIndicator } = await t.gqlOk(INDICATOR, {
      input: {
        overeenkomstId: fx.overeenkomstId,
        naam: 'Geclusterde wooneenheden',
        eenheid: 'wooneenheden',
        afspraakIds: [geclusterd],
      },
    });
    const { createStreefwaarde } = await t.gqlOk(NIEUWE_STREEFWAARDE, {
      input: { indicatorId: createIndicator.id, jaar: 2027, soort: 'EXACT', waarde: 110 },
    });
    await akkoord(geclusterd);
    await akkoord(anders);

    await t.gqlOk(STREEFWAARDE, { input: { id: createStreefwaarde.id, waarde: 120 } });
    expect(await verouderd(geclusterd)).toBe(true);
    expect(await verouderd(anders)).toBe(false);
    await akkoord(geclusterd);

    // A target per place: the indicator now counts per complex.
    const { updateAfspraak } = await t.gqlOk(LOCATIES, {
      input: { id: geclusterd, locaties: [{ soort: 'COMPLEX', naam: 'De Hoven' }] },
    });
    await akkoord(geclusterd); // the place itself is content too
    await t.gqlOk(NIEUWE_STREEFWAARDE, {
      input: {
        indicatorId: createIndicator.id,
        jaar: 2027,
        locatieId: updateAfspraak.locaties[0].id,
        soort: 'MINIMAAL',
        min: 30,
      },
    });
    expect(await verouderd(geclusterd)).toBe(true);
    await akkoord(geclusterd);

    // A horizon after the periode: "in 2031 ...".
    await t.gqlOk(NIEUWE_STREEFWAARDE, {
      input: {
        indicatorId: createIndicator.id,
        jaar: 2031,
        horizon: true,
        soort: 'EXACT',
        waarde: 200,
      },
    });
    expect(await verouderd(geclusterd)).toBe(true);
    await akkoord(geclusterd);

    await t.gqlOk(UPDATE_AFSPRAAK, { input: { id: geclusterd, doelgroepen: ['OUDEREN'] } });
    expect(await verouderd(geclusterd)).toBe(true);
    await akkoord(geclusterd);

    // Another afspraak's change leaves this one's standpunt as it was, and the other way round.
    await t.gqlOk(UPDATE_AFSPRAAK, { input: { id: anders, titel: 'Verhuisregeling senioren' } });
    expect(await verouderd(anders)).toBe(true);
    expect(await verouderd(geclusterd)).toBe(false);
  });

  it('the upgrade restamps standpunten: current ones stay current, stale ones stale', async () => {
    const { id } = await createAfspraak(
      t,
      afspraakInput(fx, thema('Doorstroming'), {
        titel: 'Woningen voor uitstroom',
        doelgroepen: ['UITSTROMERS_BW_MO'],
      }),
    );
    const { createIndicator } = await t.gqlOk(INDICATOR, {
      input: {
        overeenkomstId: fx.overeenkomstId,
        naam: 'Woningen voor uitstroom beschermd wonen',
        eenheid: 'woningen',
        afspraakIds: [id],
      },
    });
    await t.gqlOk(NIEUWE_STREEFWAARDE, {
      input: { indicatorId: createIndicator.id, jaar: 2026, soort: 'MAXIMAAL', max: 7 },
    });
    await akkoord(id, fx.gemeente);
    await akkoord(id, fx.corpA);

    // As before the upgrade: the gemeente's standpunt was current (the hash without indicators
    // and doelgroepen), the corporatie's was stale (taken on other content).
    const reader = t.app.get(OnderdeelInhoudReader);
    const inhoud = (await reader.lees(fx.hoofdId, t.app.get(EntityManager).fork())).afspraken.find(
      (a) => a.id === id,
    )!;
    const oudHuidig = afspraakHash({ ...inhoud, indicatoren: undefined, doelgroepen: [] });
    const oudVerouderd = afspraakHash({
      ...inhoud,
      titel: 'Eerdere titel',
      indicatoren: undefined,
      doelgroepen: [],
    });
    const zet = (partij: string, hash: string) =>
      sqlRijen(
        t.app,
        `update standpunt set inhoud_hash = ? where afspraak_id = ? and partij_id = ?`,
        [hash, id, partij],
      );
    await zet(fx.gemeente, oudHuidig);
    await zet(fx.corpA, oudVerouderd);
    expect(await verouderd(id, fx.gemeente)).toBe(true);

    const orm = t.app.get(MikroORM);
    await new Migration20261208030000_DoelenInHash(
      orm.em.getDriver() as AbstractSqlDriver,
      orm.config,
    ).up();
    expect(await verouderd(id, fx.gemeente)).toBe(false);
    expect(await verouderd(id, fx.corpA)).toBe(true);
  });
});
