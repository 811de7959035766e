import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { GebeurtenisSoort, Gebeurtenissen } from '../src/live/gebeurtenissen';
import {
  createFixture,
  createPartij,
  CREATE_INDICATOR,
  CREATE_ONDERDEEL,
  CREATE_STREEFWAARDE,
  type Fixture,
} from './support/api';
import { wachtTot } from './support/collab-clients';
import { startTestApp, TESTER, type TestApp } from './support/test-app';

/* Changes to the parts of an overeenkomst reach its subscribers, after they are stored. */

interface Ontvangen {
  soort: GebeurtenisSoort;
  overeenkomstId: string;
  onderdeelId: string | null;
  afspraakId: string | null;
  onderwerpId: string;
  door: string;
}

const PROEF = '00000000-0000-4000-8000-000000000001';
const MUT = (naam: string, invoer: string, velden = '{ id }') =>
  `mutation($input: ${invoer}!) { ${naam}(input: $input) ${velden} }`;
const DELETE = (naam: string) => `mutation($input: IdInput!) { ${naam}(input: $input) }`;

describe('live events for onderdelen, indicatoren, thema’s and deelnemers', () => {
  let t: TestApp;
  let f: Fixture;
  let client: Client;
  const ontvangen: Ontvangen[] = [];

  /** Waits until an event of `soort` about `onderwerpId` has arrived, and returns it. */
  const gehoord = (soort: GebeurtenisSoort, onderwerpId: string) =>
    wachtTot(
      `${soort} over ${onderwerpId}`,
      () => ontvangen.find((g) => g.soort === soort && g.onderwerpId === onderwerpId),
      { timeoutMs: 20_000 },
    );

  beforeAll(async () => {
    t = await startTestApp();
    f = await createFixture(t, 'Live');
    client = createClient({
      url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: await t.login(TESTER) },
      lazy: false,
    });
    client.subscribe<{ overeenkomstGebeurtenissen: Ontvangen }>(
      {
        query: `subscription($id: ID!) { overeenkomstGebeurtenissen(overeenkomstId: $id) { soort overeenkomstId onderdeelId afspraakId onderwerpId door } }`,
        variables: { id: f.overeenkomstId },
      },
      {
        next: (bericht) => {
          if (bericht.data) ontvangen.push(bericht.data.overeenkomstGebeurtenissen);
        },
        error: (fout) => {
          throw fout instanceof Error ? fout : new Error(JSON.stringify(fout));
        },
        complete: () => undefined,
      },
    );
    // graphql-ws does not acknowledge a subscription: a probe is published until it arrives.
    const gebeurtenissen = t.app.get(Gebeurtenissen);
    await wachtTot(
      'het abonnement hoort gebeurtenissen',
      () => {
        if (ontvangen.some((g) => g.onderwerpId === PROEF)) return true;
        gebeurtenissen.meldDeel(GebeurtenisSoort.THEMA_GEWIJZIGD, null, {
          overeenkomstId: f.overeenkomstId,
          onderwerpId: PROEF,
        });
        return null;
      },
      { timeoutMs: 20_000, intervalMs: 50 },
    );
  }, 120_000);

  afterAll(async () => {
    await client?.dispose();
    await t?.close();
  });

  it('onderdelen: added, changed, moved and removed', async () => {
    const nieuw = (
      await t.gqlOk<{ createOnderdeel: { id: string } }>(CREATE_ONDERDEEL, {
        input: {
          overeenkomstId: f.overeenkomstId,
          soort: 'BIJLAGE',
          titel: 'Bijlage wijkaanpak',
          ondertekenaarIds: [f.gemeente, f.corpA],
        },
      })
    ).createOnderdeel.id;
    const toegevoegd = await gehoord(GebeurtenisSoort.ONDERDEEL_NIEUW, nieuw);
    expect(toegevoegd).toMatchObject({
      overeenkomstId: f.overeenkomstId,
      onderdeelId: nieuw,
      afspraakId: null,
      door: 'Tester',
    });

    await t.gqlOk(MUT('updateOnderdeel', 'UpdateOnderdeelInput'), {
      input: { id: nieuw, titel: 'Bijlage wijkaanpak Oost' },
    });
    await gehoord(GebeurtenisSoort.ONDERDEEL_GEWIJZIGD, nieuw);

    await t.gqlOk(MUT('reorderOnderdelen', 'ReorderOnderdelenInput', '{ id }'), {
      input: { overeenkomstId: f.overeenkomstId, onderdeelIds: [f.hoofdId, nieuw, f.bijlageId] },
    });
    // Both bijlagen changed places.
    await wachtTot('beide verplaatste bijlagen gemeld', () =>
      [nieuw, f.bijlageId].every(
        (id) =>
          ontvangen.filter(
            (g) => g.soort === GebeurtenisSoort.ONDERDEEL_GEWIJZIGD && g.onderwerpId === id,
          ).length > (id === nieuw ? 1 : 0),
      ),
    );

    await t.gqlOk(DELETE('deleteOnderdeel'), { input: { id: nieuw } });
    await gehoord(GebeurtenisSoort.ONDERDEEL_VERWIJDERD, nieuw);
  });

  it('indicatoren: added, changed (also through a streefwaarde) and removed, at overeenkomst level', async () => {
    const id = (
      await t.gqlOk<{ createIndicator: { id: string } }>(CREATE_INDICATOR, {
        input: { overeenkomstId: f.overeenkomstId, naam: 'Nultredenwoningen', eenheid: 'woningen' },
      })
    ).createIndicator.id;
    expect(await gehoord(GebeurtenisSoort.INDICATOR_NIEUW, id)).toMatchObject({
      onderdeelId: null,
      afspraakId: null,
    });

    await t.gqlOk(MUT('updateIndicator', 'UpdateIndicatorInput'), {
      input: { id, naam: 'Nultredenwoningen opgeleverd' },
    });
    await gehoord(GebeurtenisSoort.INDICATOR_GEWIJZIGD, id);

    const voor = ontvangen.length;
    await t.gqlOk(CREATE_STREEFWAARDE, {
      input: { indicatorId: id, jaar: 2027, soort: 'EXACT', waarde: 40 },
    });
    await wachtTot('de streefwaarde gemeld als wijziging van haar indicator', () =>
      ontvangen
        .slice(voor)
        .some((g) => g.soort === GebeurtenisSoort.INDICATOR_GEWIJZIGD && g.onderwerpId === id),
    );

    await t.gqlOk(DELETE('deleteIndicator'), { input: { id } });
    await gehoord(GebeurtenisSoort.INDICATOR_VERWIJDERD, id);
  });

  it('thema’s: added, renamed and removed', async () => {
    const id = (
      await t.gqlOk<{ createThema: { id: string } }>(MUT('createThema', 'CreateThemaInput'), {
        input: { overeenkomstId: f.overeenkomstId, naam: 'Wijkgericht werken' },
      })
    ).createThema.id;
    expect(await gehoord(GebeurtenisSoort.THEMA_NIEUW, id)).toMatchObject({ onderdeelId: null });
    await t.gqlOk(MUT('updateThema', 'UpdateThemaInput'), {
      input: { id, naam: 'Wijkgericht samenwerken' },
    });
    await gehoord(GebeurtenisSoort.THEMA_GEWIJZIGD, id);
    await t.gqlOk(DELETE('deleteThema'), { input: { id } });
    await gehoord(GebeurtenisSoort.THEMA_VERWIJDERD, id);
  });

  it('deelnemers: added, changed and removed', async () => {
    const partij = await createPartij(t, 'Welzijn Noord Live', 'WELZIJNSORGANISATIE');
    const id = (
      await t.gqlOk<{ addDeelnemer: { id: string } }>(MUT('addDeelnemer', 'AddDeelnemerInput'), {
        input: { overeenkomstId: f.overeenkomstId, partijId: partij, rol: 'WAARNEMER' },
      })
    ).addDeelnemer.id;
    expect(await gehoord(GebeurtenisSoort.DEELNEMER_NIEUW, id)).toMatchObject({
      onderdeelId: null,
    });
    await t.gqlOk(MUT('updateDeelnemer', 'UpdateDeelnemerInput'), {
      input: { id, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
    });
    await gehoord(GebeurtenisSoort.DEELNEMER_GEWIJZIGD, id);
    await t.gqlOk(DELETE('removeDeelnemer'), { input: { id } });
    await gehoord(GebeurtenisSoort.DEELNEMER_VERWIJDERD, id);
  });
});
