import {
  afspraakInput,
  createAfspraak,
  type Fixture,
  theError,
  type ThemaRef,
  UPDATE_AFSPRAAK,
  startMetFixture,
} from './support/api';
import { type TestApp } from './support/test-app';

/*
 * Issue 15, "everywhere": a person's own edits of a draft afspraak, including those the side
 * panel makes (leden, places, norms, amounts, betrokkenen), are in the audit trail, written in
 * the edit's transaction: a refused edit leaves no entry, and the chain stays valid.
 */

const AUDIT = `query($id: ID!, $skip: Int!) { auditTrail(overeenkomstId: $id, take: 100, skip: $skip) {
  total items { volgnummer actie onderwerpSoort onderwerpId gebruikerNaam gegevens } } }`;
const VERIFIEER = `query($id: ID!) { verifyAuditTrail(overeenkomstId: $id) { geldig aantalRegels } }`;
const DELETE = `mutation($input: IdInput!) { deleteAfspraak(input: $input) }`;

interface Regel {
  volgnummer: number;
  actie: string;
  onderwerpSoort: string;
  onderwerpId: string;
  gebruikerNaam: string;
  gegevens: Record<string, any>;
}

describe('audit trail of draft afspraak edits', () => {
  let t: TestApp;
  let fx: Fixture;
  let themas: Map<string, ThemaRef>;
  const thema = (naam: string) => themas.get(naam)!.id;

  beforeAll(async () => {
    ({ t, themas, fx } = await startMetFixture('Audit'));
  });
  afterAll(() => t?.close());

  const trail = async (): Promise<Regel[]> => {
    const regels: Regel[] = [];
    for (;;) {
      const { auditTrail } = await t.gqlOk(AUDIT, { id: fx.overeenkomstId, skip: regels.length });
      regels.push(...auditTrail.items);
      if (regels.length >= auditTrail.total || auditTrail.items.length === 0) return regels;
    }
  };
  const nieuw = async (sinds: number): Promise<Regel[]> =>
    (await trail()).filter((r) => r.volgnummer > sinds);
  const laatste = async (): Promise<number> => (await trail()).at(-1)?.volgnummer ?? 0;

  it('records creating, each kind of change and removing, with what changed', async () => {
    const begin = await laatste();
    const { id } = await createAfspraak(
      t,
      afspraakInput(fx, thema('Doorstroming'), { titel: 'Verhuisregeling senioren' }),
    );
    let regels = await nieuw(begin);
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({
      actie: 'AFSPRAAK_TOEGEVOEGD',
      onderwerpSoort: 'Afspraak',
      onderwerpId: id,
      gegevens: {
        nummer: expect.any(String),
        titel: 'Verhuisregeling senioren',
        type: 'INTENTIE',
        thema: 'Doorstroming',
        trekker: `Gemeente ${fx.tag}`,
        tekst: true,
      },
    });

    // A short field: before and after. The side panel's elements: named.
    let sinds = await laatste();
    await t.gqlOk(UPDATE_AFSPRAAK, {
      input: { id, titel: 'Verhuisregeling ouderen', volwassenheid: 'AANZWENGELEN' },
    });
    regels = await nieuw(sinds);
    expect(regels).toHaveLength(1);
    expect(regels[0]!.actie).toBe('AFSPRAAK_GEWIJZIGD');
    expect(regels[0]!.gegevens).toMatchObject({
      titel: 'Verhuisregeling ouderen',
      gewijzigd: ['titel', 'volwassenheid'],
      van: { titel: 'Verhuisregeling senioren', volwassenheid: 'VOORNEMEN' },
      naar: { titel: 'Verhuisregeling ouderen', volwassenheid: 'AANZWENGELEN' },
    });

    const zijpaneel: [Record<string, unknown>, string][] = [
      [
        {
          normen: [
            {
              onderwerp: 'Verhuisbegeleiding na aanmelding',
              vergelijking: 'HOOGSTENS',
              waarde: 6,
              eenheid: 'WEKEN',
            },
          ],
        },
        'normen',
      ],
      [{ locaties: [{ soort: 'WIJK', naam: 'Zuilen' }] }, 'locaties'],
      [
        {
          bedragen: [
            {
              centen: 1_500_000,
              frequentie: 'EENMALIG',
              jaar: 2026,
              betalers: [{ partijId: fx.gemeente }],
              ontvangerIds: [fx.corpA],
              doel: 'Verhuiskostenvergoeding',
            },
          ],
        },
        'bedragen',
      ],
      [
        {
          betrokkenen: [
            { partijId: fx.corpA, rol: 'UITVOERDER', bijdrage: 'Biedt passende woningen aan' },
          ],
        },
        'betrokkenen',
      ],
      [{ doelgroepen: ['OUDEREN'] }, 'doelgroepen'],
      [{ tekst: 'Partijen helpen ouderen verhuizen naar een passende woning.' }, 'tekst'],
    ];
    for (const [velden, veld] of zijpaneel) {
      sinds = await laatste();
      await t.gqlOk(UPDATE_AFSPRAAK, { input: { id, ...velden } });
      regels = await nieuw(sinds);
      expect(regels.map((r) => [r.actie, r.gegevens.gewijzigd])).toEqual([
        ['AFSPRAAK_GEWIJZIGD', [veld]],
      ]);
    }

    // Saving without a change says nothing.
    sinds = await laatste();
    await t.gqlOk(UPDATE_AFSPRAAK, { input: { id, titel: 'Verhuisregeling ouderen' } });
    expect(await nieuw(sinds)).toEqual([]);

    sinds = await laatste();
    await t.gqlOk(DELETE, { input: { id } });
    regels = await nieuw(sinds);
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({
      actie: 'AFSPRAAK_VERWIJDERD',
      onderwerpId: id,
      gegevens: { titel: 'Verhuisregeling ouderen', type: 'INTENTIE' },
    });

    expect((await t.gqlOk(VERIFIEER, { id: fx.overeenkomstId })).verifyAuditTrail).toMatchObject({
      geldig: true,
      aantalRegels: (await trail()).length,
    });
  });

  it('a refused edit writes no entry and changes nothing', async () => {
    const { id } = await createAfspraak(t, afspraakInput(fx, thema('Doorstroming')));
    const sinds = await laatste();
    const fout = theError(
      await t.gql(UPDATE_AFSPRAAK, {
        input: {
          id,
          titel: 'Mag niet blijven staan',
          betrokkenen: [{ partijId: fx.buitenstaander, bijdrage: 'Niets' }],
        },
      }),
    );
    expect(fout.message).toMatch(/neemt niet deel|deelnemer/i);
    expect(
      theError(
        await t.gql(UPDATE_AFSPRAAK, {
          input: { id, normen: [{ onderwerp: '', vergelijking: 'TEN_MINSTE', waarde: -1 }] },
        }),
      ).extensions?.code,
    ).toBeDefined();
    expect(
      theError(
        await t.gql(UPDATE_AFSPRAAK, {
          input: { id, trekkerId: fx.buitenstaander },
        }),
      ),
    ).toBeDefined();
    expect(await nieuw(sinds)).toEqual([]);
    const { afspraak } = await t.gqlOk(`query($id: ID!) { afspraak(id: $id) { titel } }`, { id });
    expect(afspraak.titel).not.toBe('Mag niet blijven staan');
  });
  it('records indicators and their targets, which the afspraken they measure say', async () => {
    const { id } = await createAfspraak(t, afspraakInput(fx, thema('Doorstroming')));
    const sinds = await laatste();
    const { createIndicator } = await t.gqlOk(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      {
        input: {
          overeenkomstId: fx.overeenkomstId,
          naam: 'Verhuisde senioren',
          eenheid: 'huishoudens',
          afspraakIds: [id],
        },
      },
    );
    const { createStreefwaarde } = await t.gqlOk(
      `mutation($input: CreateStreefwaardeInput!) { createStreefwaarde(input: $input) { id } }`,
      { input: { indicatorId: createIndicator.id, jaar: 2027, soort: 'MINIMAAL', min: 40 } },
    );
    await t.gqlOk(
      `mutation($input: UpdateStreefwaardeInput!) { updateStreefwaarde(input: $input) { id } }`,
      { input: { id: createStreefwaarde.id, min: 50 } },
    );
    await t.gqlOk(
      `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }`,
      { input: { id: createIndicator.id, naam: 'Verhuisde 65-plussers' } },
    );
    // A refused target (a year outside the periode) leaves no entry.
    expect(
      theError(
        await t.gql(
          `mutation($input: CreateStreefwaardeInput!) { createStreefwaarde(input: $input) { id } }`,
          { input: { indicatorId: createIndicator.id, jaar: 2035, soort: 'EXACT', waarde: 1 } },
        ),
      ).extensions?.code,
    ).toBeDefined();
    await t.gqlOk(`mutation($input: IdInput!) { deleteStreefwaarde(input: $input) }`, {
      input: { id: createStreefwaarde.id },
    });
    await t.gqlOk(`mutation($input: IdInput!) { deleteIndicator(input: $input) }`, {
      input: { id: createIndicator.id },
    });
    const regels = await nieuw(sinds);
    expect(regels.map((r) => [r.actie, r.onderwerpSoort])).toEqual([
      ['INDICATOR_TOEGEVOEGD', 'Indicator'],
      ['STREEFWAARDE_TOEGEVOEGD', 'Streefwaarde'],
      ['STREEFWAARDE_GEWIJZIGD', 'Streefwaarde'],
      ['INDICATOR_GEWIJZIGD', 'Indicator'],
      ['STREEFWAARDE_VERWIJDERD', 'Streefwaarde'],
      ['INDICATOR_VERWIJDERD', 'Indicator'],
    ]);
    expect(regels[0]!.gegevens).toMatchObject({ naam: 'Verhuisde senioren', afspraakIds: [id] });
    expect(regels[2]!.gegevens).toMatchObject({
      indicator: 'Verhuisde senioren',
      jaar: 2027,
      gewijzigd: ['min'],
      van: { min: 40 },
      naar: { min: 50 },
    });
    expect(regels[3]!.gegevens).toMatchObject({
      gewijzigd: ['naam'],
      van: { naam: 'Verhuisde senioren' },
      naar: { naam: 'Verhuisde 65-plussers' },
    });
    expect((await t.gqlOk(VERIFIEER, { id: fx.overeenkomstId })).verifyAuditTrail.geldig).toBe(
      true,
    );
  });
});
