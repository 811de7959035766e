import {
  afspraakInput,
  createAfspraak,
  type Fixture,
  type ThemaRef,
  startMetFixture,
} from './support/api';
import { type TestApp } from './support/test-app';

/*
 * Issue 15, point 3 in the monitoring: an afspraak can have several trekkers (betrokkenen with
 * the role trekker or medetrekker) or a group ("alle corporaties"); the totals per partij count
 * every one of them, not only the accountable trekker. Figures counted by hand below.
 */

const TOTALEN = `query($id: ID!) { afsprakenTotalen(overeenkomstId: $id) {
  totaal perPartij { naam trekker betrokken } } }`;

describe('afsprakentotalen: elke trekker telt', () => {
  let t: TestApp;
  let fx: Fixture;
  let themas: Map<string, ThemaRef>;
  const thema = (naam: string) => themas.get(naam)!.id;

  beforeAll(async () => {
    ({ t, themas, fx } = await startMetFixture('Totalen'));
  });
  afterAll(() => t?.close());

  it('counts the trekker, (mede)trekkers among the betrokkenen and members of a trekker group', async () => {
    const afspraak = (titel: string, velden: Record<string, unknown>) =>
      createAfspraak(t, afspraakInput(fx, thema('Doorstroming'), { titel, ...velden }));
    // 1: the gemeente trekt, corporatie A trekt mee, the huurders are betrokken.
    await afspraak('Verhuisregeling', {
      trekkerId: fx.gemeente,
      betrokkenen: [
        { partijId: fx.corpA, rol: 'MEDETREKKER', bijdrage: 'Biedt woningen aan' },
        { partijId: fx.huurders, rol: 'BETROKKEN', bijdrage: 'Denkt mee' },
      ],
    });
    // 2: "de corporaties" trekken (A accountable); the zorgaanbieder carries part of it out.
    await afspraak('Opstapwoningen', {
      trekkerId: fx.corpA,
      trekkerGroep: 'ALLE_CORPORATIES',
      betrokkenen: [{ partijId: fx.zorg, rol: 'UITVOERDER', bijdrage: 'Begeleiding' }],
    });
    // 3: corporatie B and the gemeente trekken together; corporatie A pays a share.
    await afspraak('Woningaanpassing', {
      trekkerId: fx.corpB,
      betrokkenen: [
        { partijId: fx.gemeente, rol: 'TREKKER', bijdrage: 'Wmo-aanpassingen' },
        { partijId: fx.corpA, rol: 'FINANCIER', bijdrage: 'Betaalt mee', kostenaandeel: 25 },
      ],
    });
    // 4: all partijen trekken (the zorgaanbieder accountable); the provincie only watches.
    await afspraak('Week tegen Eenzaamheid', {
      trekkerId: fx.zorg,
      trekkerGroep: 'ALLE_PARTIJEN',
      betrokkenen: [],
    });

    const { afsprakenTotalen } = await t.gqlOk(TOTALEN, { id: fx.overeenkomstId });
    expect(afsprakenTotalen.totaal).toBe(4);
    const per = Object.fromEntries(
      afsprakenTotalen.perPartij.map((p: any) => [p.naam, [p.trekker, p.betrokken]]),
    );
    expect(per).toEqual({
      [`Gemeente ${fx.tag}`]: [3, 1], // 1 trekker, 3 trekker among the betrokkenen, 4 group
      [`Woonstichting ${fx.tag}`]: [3, 2], // 1 medetrekker, 2 trekker, 4 group; betrokken 1 and 3
      [`Wooncorporatie Oost ${fx.tag}`]: [3, 0], // 2 group, 3 trekker, 4 group
      [`Huurdersvereniging ${fx.tag}`]: [1, 1], // 4 group; betrokken 1
      [`Zorggroep ${fx.tag}`]: [1, 1], // 4 trekker; uitvoerder in 2
      [`Welzijn ${fx.tag}`]: [1, 0], // 4 group
      [`Provincie ${fx.tag}`]: [0, 0], // waarnemer: never in a group
    });
  });
});
