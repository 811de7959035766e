import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { theError } from './support/api';
import { gqlOkAls, sqlRij, sqlRijen } from './support/als';
import { type Editor, Editors, voegAlineaToe, wachtTot } from './support/collab-clients';
import { startTestApp, TEST_WACHTWOORD, TESTER, type TestApp } from './support/test-app';
import { GebeurtenisSoort, Gebeurtenissen } from '../src/live/gebeurtenissen';
import { LidRol } from '../src/partijen/lidmaatschap.entity';
import { CollabServer } from '../src/collaboration/collab.server';
import { OnderdeelFase } from '../src/overeenkomsten/onderdeel.entity';
import type * as Y from 'yjs';

/*
 * Negotiating clause by clause and co-signing, on the demo, as its users would: standpunten,
 * comments anchored to text, wijzigingsvoorstellen applied through the co-editor, freezing,
 * signing with a password, addenda, and an audit trail that proves it all — and notices
 * tampering. Runs on the embedded database and, with DATABASE_URL, on PostgreSQL.
 */

const EMAIL = {
  gemeente: 'gemeente@demo.driehoek.nl',
  corporatie: 'corporatie@demo.driehoek.nl',
  corporatie2: 'corporatie2@demo.driehoek.nl',
  huurders: 'huurders@demo.driehoek.nl',
  huurders2: 'huurders2@demo.driehoek.nl',
  zorg: 'zorg@demo.driehoek.nl',
  ggz: 'ggz@demo.driehoek.nl',
  zorgkantoor: 'zorgkantoor@demo.driehoek.nl',
  welzijn: 'welzijn@demo.driehoek.nl',
  provincie: 'provincie@demo.driehoek.nl',
  lezer: 'gemeente-lezer@demo.driehoek.nl',
} as const;
type Persoon = keyof typeof EMAIL;
const DRIEHOEK: Persoon[] = ['gemeente', 'corporatie', 'corporatie2', 'huurders', 'huurders2'];
const ZORG: Persoon[] = ['zorg', 'ggz', 'zorgkantoor', 'welzijn'];
const FUNCTIE: Record<Persoon, string> = {
  gemeente: 'wethouder Wonen',
  corporatie: 'directeur-bestuurder',
  corporatie2: 'directeur-bestuurder',
  huurders: 'voorzitter',
  huurders2: 'voorzitter',
  zorg: 'bestuurder',
  ggz: 'bestuurder',
  zorgkantoor: 'directeur',
  welzijn: 'directeur',
  provincie: '',
  lezer: '',
};

interface Onderdeel {
  id: string;
  soort: 'HOOFDDOCUMENT' | 'BIJLAGE';
  status: string;
  afspraken: { id: string; nummer: string; tekst: string }[];
}
interface Demo {
  id: string;
  onderdelen: Onderdeel[];
}

const DEMO = `{ overeenkomsten { items { id onderdelen { id soort status afspraken { id nummer tekst } } } } }`;
const MATRIX = `query($id: ID!) { standpunten(onderdeelId: $id) {
  iedereenAkkoord
  partijen { id naam }
  telling { akkoord akkoordMetVoorbehoud nietAkkoord ontbrekend verouderd totaal }
  rijen { afspraakId nummer akkoord cellen { partij { naam } standpunt { oordeel toelichting verouderd door } } }
} }`;
const STANDPUNT = `mutation($input: StandpuntInput!) { neemStandpunt(input: $input) { id oordeel toelichting verouderd door partij { naam } } }`;
const VOORSTEL_VELDEN = `id soort status afspraakId basisTekst huidigeTekst nieuweTekst doorgevoerdOp
  verschil { soort tekst } wachtOp { naam } beoordelingen { partij { naam } beoordeling reden }`;
const DIEN_IN = `mutation($input: WijzigingsvoorstelInput!) { dienVoorstelIn(input: $input) { ${VOORSTEL_VELDEN} } }`;
const BEOORDEEL = `mutation($input: BeoordeelVoorstelInput!) { beoordeelVoorstel(input: $input) { ${VOORSTEL_VELDEN} } }`;
const VERSIE_VELDEN = `id nummer status hash addendum basisVersieId overrideReden
  ondertekeningen { partij { naam } naam functie besluit reden versieHash } ontbrekend { naam }`;
const BEVRIES = `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { ${VERSIE_VELDEN} } }`;
const ONDERTEKEN = `mutation($input: OndertekenInput!) { onderteken(input: $input) { ${VERSIE_VELDEN} } }`;
const WEIGER = `mutation($input: WeigerOndertekeningInput!) { weigerOndertekening(input: $input) { ${VERSIE_VELDEN} } }`;
const ADDENDUM = `mutation($input: AddendumInput!) { startAddendum(input: $input) }`;
const VERIFIEER = `query($id: ID!) { verifyAuditTrail(overeenkomstId: $id) { geldig aantalRegels aantalVersies eersteFout { volgnummer versieId reden } } }`;
const AUDIT = `query($id: ID!, $skip: Int!) { auditTrail(overeenkomstId: $id, take: 100, skip: $skip) { total items { volgnummer actie partijNaam gebruikerNaam hash vorigeHash gegevens } } }`;
const ONDERDEEL_STATUS = `query($id: ID!) { onderdeel(id: $id) { status } }`;
const UPDATE_TEKST = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id tekst } }`;

function opzet() {
  let t: TestApp;
  let tokens: Record<Persoon, string>;
  let demo: Demo;
  let hoofd: Onderdeel;
  let bijlage: Onderdeel;
  const editors = new Editors(() => t.baseUrl);
  const abonnees: Client[] = [];

  const als = <T = Record<string, any>>(
    wie: Persoon,
    query: string,
    variables?: Record<string, unknown>,
  ) => gqlOkAls<T>(t, tokens[wie], query, variables);
  const poging = (wie: Persoon, query: string, variables?: Record<string, unknown>) =>
    t.gqlAs(tokens[wie], query, variables);

  /** Every signing partij of the onderdeel says akkoord on every afspraak. */
  async function iedereenAkkoord(onderdeel: Onderdeel, wie: Persoon[]): Promise<void> {
    for (const persoon of wie) {
      for (const afspraak of onderdeel.afspraken) {
        await als(persoon, STANDPUNT, {
          input: { afspraakId: afspraak.id, oordeel: 'AKKOORD' },
        });
      }
    }
  }

  async function tekenAlle(versieId: string, wie: Persoon[]): Promise<any> {
    let versie: any;
    for (const persoon of wie) {
      versie = (
        await als(persoon, ONDERTEKEN, {
          input: { versieId, functie: FUNCTIE[persoon], wachtwoord: DEMO_WACHTWOORD },
        })
      ).onderteken;
    }
    return versie;
  }

  /**
   * Resolves once the subscription hears events: graphql-ws does not acknowledge a subscription,
   * so the server publishes a probe (no afspraak, onderwerp "abonnement-proef") until it arrives.
   */
  async function gehoord(
    live: { gebeurtenissen: any[] },
    overeenkomstId: string,
    onderdeelId: string,
  ): Promise<void> {
    const gebeurtenissen = t.app.get(Gebeurtenissen);
    await wachtTot(
      'het abonnement hoort gebeurtenissen',
      () => {
        if (
          live.gebeurtenissen.some(
            (g) => g.data?.overeenkomstGebeurtenissen?.onderwerpId === PROEF_ONDERWERP,
          )
        )
          return true;
        gebeurtenissen.publiceer({
          soort: GebeurtenisSoort.AFSPRAAK_GEWIJZIGD,
          overeenkomstId,
          onderdeelId,
          afspraakId: null,
          onderwerpId: PROEF_ONDERWERP,
          door: 'test',
          partij: null,
        });
        return null;
      },
      { timeoutMs: 20_000, intervalMs: 50 },
    );
  }

  function abonneer(wie: Persoon, overeenkomstId: string): { gebeurtenissen: any[] } {
    const client = createClient({
      url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: tokens[wie] },
      lazy: false,
    });
    abonnees.push(client);
    const ontvangen: { gebeurtenissen: any[] } = { gebeurtenissen: [] };
    client.subscribe(
      {
        query: `subscription($id: ID!) { overeenkomstGebeurtenissen(overeenkomstId: $id) { soort onderdeelId afspraakId onderwerpId door partij } }`,
        variables: { id: overeenkomstId },
      },
      {
        next: (bericht) => ontvangen.gebeurtenissen.push(bericht),
        error: (fout) => ontvangen.gebeurtenissen.push({ fout }),
        complete: () => undefined,
      },
    );
    return ontvangen;
  }

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    const lijst = await Promise.all(
      Object.values(EMAIL).map((email) => t.login(email, DEMO_WACHTWOORD)),
    );
    tokens = Object.fromEntries(Object.keys(EMAIL).map((p, i) => [p, lijst[i]])) as Record<
      Persoon,
      string
    >;
    demo = (await als<{ overeenkomsten: { items: Demo[] } }>('gemeente', DEMO)).overeenkomsten
      .items[0]!;
    hoofd = demo.onderdelen.find((o) => o.soort === 'HOOFDDOCUMENT')!;
    bijlage = demo.onderdelen.find((o) => o.soort === 'BIJLAGE')!;
  });

  afterEach(() => editors.sluitAlles());

  afterAll(async () => {
    await Promise.all(abonnees.map(async (c) => c.dispose()));
    await t?.close();
  });

  return {
    get t() {
      return t;
    },
    get tokens() {
      return tokens;
    },
    get demo() {
      return demo;
    },
    get hoofd() {
      return hoofd;
    },
    get bijlage() {
      return bijlage;
    },
    editors,
    als,
    poging,
    iedereenAkkoord,
    tekenAlle,
    abonneer,
    gehoord,
  };
}

const PROEF_ONDERWERP = '00000000-0000-4000-8000-000000000000';

/**
 * Types a paragraph at a time, each once the server has handled the one before (the typist's
 * awareness marker reaches the observer only after its earlier updates, refused or not, in the
 * document's queue), until `typen()` says stop; `geteld` counts the lines.
 */
async function typOpHetTempoVanDeServer(
  typist: Editor,
  waarnemer: Editor,
  fragment: string,
  geteld: { n: number },
  typen: () => boolean,
): Promise<void> {
  while (typen()) {
    const n = geteld.n++;
    voegAlineaToe(typist.fragment(fragment), `regel ${n}`);
    typist.provider.awareness.setLocalStateField('regel', n);
    await wachtTot(
      `regel ${n} bij de server`,
      () =>
        (waarnemer.provider.awareness.getStates().get(typist.doc.clientID) as { regel?: number })
          ?.regel === n,
      { timeoutMs: 30_000, intervalMs: 5 },
    );
  }
}

describe('negotiation and signing', () => {
  const o = opzet();

  it('walks the whole story: positions, a proposal applied live, freeze, signatures, an addendum, and a verifiable trail', async () => {
    const {
      t,
      tokens,
      demo,
      hoofd,
      bijlage,
      editors,
      als,
      poging,
      iedereenAkkoord,
      tekenAlle,
      abonneer,
    } = o;
    const live = abonneer('huurders', demo.id);
    const eerste = hoofd.afspraken[0]!;
    const tweede = hoofd.afspraken[1]!;

    // Three parties take positions on the first afspraak.
    await als('gemeente', STANDPUNT, { input: { afspraakId: eerste.id, oordeel: 'AKKOORD' } });
    const niet = await poging('corporatie', STANDPUNT, {
      input: { afspraakId: eerste.id, oordeel: 'NIET_AKKOORD' },
    });
    expect(theError(niet).extensions?.veld).toBe('input.toelichting');
    await als('corporatie', STANDPUNT, {
      input: {
        afspraakId: eerste.id,
        oordeel: 'NIET_AKKOORD',
        toelichting: 'Zonder grondprijsafspraak is dit aantal niet haalbaar',
      },
    });
    await als('huurders', STANDPUNT, {
      input: {
        afspraakId: eerste.id,
        oordeel: 'AKKOORD_MET_VOORBEHOUD',
        toelichting: 'Mits de huren betaalbaar blijven',
      },
    });
    const matrix = (await als('provincie', MATRIX, { id: hoofd.id })).standpunten;
    expect(matrix.partijen).toHaveLength(5);
    expect(matrix.rijen).toHaveLength(hoofd.afspraken.length);
    expect(matrix.telling).toEqual({
      akkoord: 1,
      akkoordMetVoorbehoud: 1,
      nietAkkoord: 1,
      ontbrekend: 5 * hoofd.afspraken.length - 3,
      verouderd: 0,
      totaal: 5 * hoofd.afspraken.length,
    });
    const rij = matrix.rijen.find((r: any) => r.afspraakId === eerste.id);
    expect(rij.akkoord).toBe(false);
    expect(
      rij.cellen.find((c: any) => c.standpunt?.oordeel === 'NIET_AKKOORD').standpunt,
    ).toMatchObject({ toelichting: 'Zonder grondprijsafspraak is dit aantal niet haalbaar' });
    await wachtTot('drie standpunten live bij de huurders', () =>
      live.gebeurtenissen.filter((g) => g.data?.overeenkomstGebeurtenissen.soort === 'STANDPUNT')
        .length === 3
        ? true
        : null,
    );

    // The corporatie proposes new wording; an editor has the hoofddocument open meanwhile.
    const editor = await editors.gesynct(hoofd.id, tokens.gemeente);
    const nieuweTekst =
      'De corporaties bouwen in 2026 tot en met 2029 samen 480 sociale huurwoningen, mits de gemeente de grond tegen een sociale grondprijs levert.';
    const voorstel = (
      await als('corporatie', DIEN_IN, {
        input: {
          soort: 'WIJZIGING',
          afspraakId: eerste.id,
          nieuweTekst,
          motivering: 'Koppeling aan de grondprijs maakt het haalbaar',
        },
      })
    ).dienVoorstelIn;
    expect(voorstel.status).toBe('OPEN');
    expect(voorstel.basisTekst).toBe(eerste.tekst);
    expect(voorstel.verschil.some((d: any) => d.soort === 'TOEGEVOEGD')).toBe(true);
    expect(voorstel.wachtOp.map((p: any) => p.naam)).toHaveLength(4);
    expect(
      theError(
        await poging('corporatie', BEOORDEEL, {
          input: { voorstelId: voorstel.id, beoordeling: 'AANVAARD' },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    for (const wie of ['gemeente', 'corporatie2', 'huurders'] as Persoon[]) {
      const na = (
        await als(wie, BEOORDEEL, {
          input: { voorstelId: voorstel.id, beoordeling: 'AANVAARD' },
        })
      ).beoordeelVoorstel;
      expect(na.status).toBe('OPEN');
    }
    expect(editor.tekst(eerste.id)).toBe(eerste.tekst);
    const aanvaard = (
      await als('huurders2', BEOORDEEL, {
        input: { voorstelId: voorstel.id, beoordeling: 'AANVAARD' },
      })
    ).beoordeelVoorstel;
    expect(aanvaard).toMatchObject({ status: 'AANVAARD', huidigeTekst: nieuweTekst, wachtOp: [] });
    expect(aanvaard.doorgevoerdOp).not.toBeNull();
    // The open editor sees the accepted text through the co-editor.
    await wachtTot('de aanvaarde tekst in de open editor', () =>
      editor.tekst(eerste.id) === nieuweTekst ? true : null,
    );
    // The standpunten taken on the old text are now stale.
    const naVoorstel = (await als('gemeente', MATRIX, { id: hoofd.id })).standpunten;
    expect(naVoorstel.telling.verouderd).toBe(3);
    expect(
      naVoorstel.rijen
        .find((r: any) => r.afspraakId === eerste.id)
        .cellen.filter((c: any) => c.standpunt?.verouderd),
    ).toHaveLength(3);

    // Freezing asks for an akkoord of everyone on everything.
    const teVroeg = theError(
      await poging('gemeente', BEVRIES, { input: { onderdeelId: hoofd.id } }),
    );
    expect(teVroeg.extensions?.code).toBe('NIET_IEDEREEN_AKKOORD');
    // The way out is named in words, and the field is the reason's (never its code name in the text).
    expect(teVroeg.message).toMatch(/Geef een reden om toch te bevriezen/);
    expect(teVroeg.extensions?.veld).toBe('input.overrideReden');
    expect(
      theError(await poging('corporatie', BEVRIES, { input: { onderdeelId: hoofd.id } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    await iedereenAkkoord(hoofd, DRIEHOEK);
    expect((await als('gemeente', MATRIX, { id: hoofd.id })).standpunten.iedereenAkkoord).toBe(
      true,
    );
    const v1 = (await als('gemeente', BEVRIES, { input: { onderdeelId: hoofd.id } }))
      .bevriesOnderdeel;
    expect(v1).toMatchObject({ nummer: 1, status: 'TER_ONDERTEKENING', addendum: false });
    expect(v1.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(v1.ontbrekend).toHaveLength(5);

    // Frozen: editing is refused in GraphQL and standpunten can no longer change.
    const bevrorenFout = async (query: string, input: Record<string, unknown>) =>
      theError(await poging('gemeente', query, { input })).extensions?.code;
    expect(
      await bevrorenFout(
        `mutation($input: UpdateOvereenkomstInput!) { updateOvereenkomst(input: $input) { id } }`,
        { id: demo.id, preambule: 'Een andere preambule' },
      ),
    ).toBe('ONDERDEEL_BEVROREN');
    expect(
      await bevrorenFout(
        `mutation($input: UpdateOnderdeelInput!) { updateOnderdeel(input: $input) { id } }`,
        { id: hoofd.id, titel: 'Ander hoofddocument' },
      ),
    ).toBe('ONDERDEEL_BEVROREN');
    expect(
      await bevrorenFout(`mutation($input: IdInput!) { deleteOnderdeel(input: $input) }`, {
        id: hoofd.id,
      }),
    ).toBe('IN_GEBRUIK');
    const bewerk = theError(
      await poging('gemeente', UPDATE_TEKST, {
        input: { id: tweede.id, tekst: 'Toch nog even aanpassen' },
      }),
    );
    expect(bewerk.extensions?.code).toBe('FORBIDDEN');
    expect(bewerk.message).toMatch(/ter ondertekening/);
    expect(
      theError(
        await poging('huurders', STANDPUNT, {
          input: { afspraakId: tweede.id, oordeel: 'NIET_AKKOORD', toelichting: 'Te laat' },
        }),
      ).extensions?.code,
    ).toBe('ONDERDEEL_BEVROREN');

    // Signing: the right role, the right password; a zorgpartij does not sign the hoofddocument.
    expect(
      theError(
        await poging('zorg', ONDERTEKEN, {
          input: { versieId: v1.id, functie: 'bestuurder', wachtwoord: DEMO_WACHTWOORD },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      theError(
        await poging('lezer', ONDERTEKEN, {
          input: { versieId: v1.id, functie: 'beleidsmedewerker', wachtwoord: DEMO_WACHTWOORD },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const fout = theError(
      await poging('gemeente', ONDERTEKEN, {
        input: { versieId: v1.id, functie: 'wethouder', wachtwoord: 'niet-mijn-wachtwoord' },
      }),
    );
    expect(fout.extensions).toMatchObject({ code: 'WACHTWOORD_ONJUIST', veld: 'input.wachtwoord' });
    const getekend = await tekenAlle(v1.id, DRIEHOEK);
    expect(getekend.status).toBe('ONDERTEKEND');
    expect(getekend.ondertekeningen).toHaveLength(5);
    expect(getekend.ondertekeningen[0]).toMatchObject({
      naam: 'Sanne de Vries',
      functie: 'wethouder Wonen',
      besluit: 'ONDERTEKEND',
      versieHash: v1.hash,
    });
    expect((await als('gemeente', ONDERDEEL_STATUS, { id: hoofd.id })).onderdeel.status).toBe(
      'ONDERTEKEND',
    );
    expect(
      theError(
        await poging('gemeente', ONDERTEKEN, {
          input: { versieId: v1.id, functie: 'wethouder', wachtwoord: DEMO_WACHTWOORD },
        }),
      ).extensions?.code,
    ).toBe('VERSIE_NIET_TER_ONDERTEKENING');

    // The bijlage: the driehoek and the zorgpartijen sign it, on their own.
    await iedereenAkkoord(bijlage, [...DRIEHOEK, ...ZORG]);
    const b1 = (await als('gemeente', BEVRIES, { input: { onderdeelId: bijlage.id } }))
      .bevriesOnderdeel;
    expect(b1.ontbrekend).toHaveLength(9);
    const bijlageGetekend = await tekenAlle(b1.id, [...ZORG, ...DRIEHOEK]);
    expect(bijlageGetekend.status).toBe('ONDERTEKEND');
    expect(bijlageGetekend.ondertekeningen.map((o: any) => o.partij.naam)).toHaveLength(9);

    // Later, an addendum: a new draft, changed, compared with the signed version, signed again.
    await als('gemeente', ADDENDUM, {
      input: { onderdeelId: hoofd.id, reden: 'Extra afspraak over woningsplitsing' },
    });
    // An addendum is drafted again: direct edits, until its negotiation is opened.
    expect(
      (await als('gemeente', `query($id: ID!) { onderdeel(id: $id) { fase } }`, { id: hoofd.id }))
        .onderdeel.fase,
    ).toBe('OPSTELLEN');
    const addendumTekst = `${nieuweTekst} Daarvan worden er 40 als geclusterde woningen voor ouderen gebouwd.`;
    await als('corporatie', UPDATE_TEKST, { input: { id: eerste.id, tekst: addendumTekst } });
    const vergelijking = (
      await als(
        'huurders',
        `query($o: ID!, $v: ID!) { vergelijkVersies(onderdeelId: $o, van: $v) {
        van naar afspraken { afspraakId wijziging velden verschil { soort tekst } } } }`,
        {
          o: hoofd.id,
          v: v1.id,
        },
      )
    ).vergelijkVersies;
    expect(vergelijking.naar).toBeNull();
    const gewijzigd = vergelijking.afspraken.filter((a: any) => a.wijziging !== 'ONGEWIJZIGD');
    expect(gewijzigd).toEqual([
      expect.objectContaining({ afspraakId: eerste.id, wijziging: 'GEWIJZIGD', velden: ['tekst'] }),
    ]);
    expect(gewijzigd[0].verschil).toContainEqual(
      expect.objectContaining({
        soort: 'TOEGEVOEGD',
        tekst: expect.stringContaining('geclusterde'),
      }),
    );
    for (const wie of DRIEHOEK)
      await als(wie, STANDPUNT, { input: { afspraakId: eerste.id, oordeel: 'AKKOORD' } });
    const v2 = (await als('gemeente', BEVRIES, { input: { onderdeelId: hoofd.id } }))
      .bevriesOnderdeel;
    expect(v2).toMatchObject({ nummer: 2, addendum: true, basisVersieId: v1.id });
    expect((await tekenAlle(v2.id, DRIEHOEK)).status).toBe('ONDERTEKEND');
    const versies = (
      await als(
        'provincie',
        `query($id: ID!) { versies(onderdeelId: $id) { nummer status addendum ondertekeningen { besluit } } }`,
        { id: hoofd.id },
      )
    ).versies;
    expect(versies.map((v: any) => [v.nummer, v.status, v.ondertekeningen.length])).toEqual([
      [2, 'ONDERTEKEND', 5],
      [1, 'ONDERTEKEND', 5],
    ]);

    // A change in who takes part is recorded too.
    const { partijen } = await als('gemeente', `{ partijen(take: 100) { items { id naam } } }`);
    const nieuwePartij = (
      await als(
        'gemeente',
        `mutation($input: CreatePartijInput!) { createPartij(input: $input) { id } }`,
        {
          input: { naam: 'Cliëntenraad Vlietdam', soort: 'CLIENTENORGANISATIE' },
        },
      )
    ).createPartij.id;
    expect(partijen.items.length).toBeGreaterThan(5);
    await als(
      'gemeente',
      `mutation($input: AddDeelnemerInput!) { addDeelnemer(input: $input) { id } }`,
      {
        input: { overeenkomstId: demo.id, partijId: nieuwePartij, rol: 'WAARNEMER' },
      },
    );
    expect(
      theError(
        await poging(
          'gemeente',
          `mutation($input: IdInput!) { deleteOvereenkomst(input: $input) }`,
          { input: { id: demo.id } },
        ),
      ).extensions?.code,
    ).toBe('IN_GEBRUIK');

    // The audit trail lists every step, chained, and verifies.
    const trail = (await als('huurders', AUDIT, { id: demo.id, skip: 0 })).auditTrail;
    while (trail.items.length < trail.total) {
      const pagina = await als('huurders', AUDIT, { id: demo.id, skip: trail.items.length });
      trail.items.push(...pagina.auditTrail.items);
    }
    const acties = trail.items.map((r: any) => r.actie);
    for (const actie of [
      'STANDPUNT',
      'VOORSTEL_INGEDIEND',
      'VOORSTEL_AANVAARD',
      'VOORSTEL_DOORGEVOERD',
      'BEVROREN',
      'ONDERTEKEND',
      'VOLLEDIG_ONDERTEKEND',
      'ADDENDUM_GESTART',
      'DEELNEMER_TOEGEVOEGD',
    ])
      expect(acties).toContain(actie);
    expect(acties.filter((a: string) => a === 'VOLLEDIG_ONDERTEKEND')).toHaveLength(3);
    trail.items
      .slice(1)
      .forEach((r: any, i: number) => expect(r.vorigeHash).toBe(trail.items[i].hash));
    const geldig = (await als('provincie', VERIFIEER, { id: demo.id })).verifyAuditTrail;
    expect(geldig).toMatchObject({ geldig: true, aantalVersies: 3, eersteFout: null });
    expect(geldig.aantalRegels).toBe(trail.total);
    const soorten = live.gebeurtenissen.map((g) => g.data?.overeenkomstGebeurtenissen.soort);
    for (const soort of ['VOORSTEL', 'BEVROREN', 'ONDERTEKEND', 'ADDENDUM'])
      expect(soorten).toContain(soort);

    // Tampering with a signature's record in the database is noticed, at that entry.
    const ondertekend = await sqlRij<{ volgnummer: number }>(
      t.app,
      `select volgnummer from audit_regel where overeenkomst_id = ? and actie = 'ONDERTEKEND' order by volgnummer limit 1`,
      [demo.id],
    );
    // The trigger audit_regel_onveranderlijk refuses this to the application; a tamperer with
    // the owner's rights can switch it off, as this test does in its own schema only.
    await sqlRijen(t.app, `alter table audit_regel disable trigger audit_regel_onveranderlijk`);
    await sqlRijen(
      t.app,
      `update audit_regel set gegevens = jsonb_set(gegevens, '{functie}', '"burgemeester"') where overeenkomst_id = ? and volgnummer = ?`,
      [demo.id, ondertekend.volgnummer],
    );
    const vervalst = (await als('provincie', VERIFIEER, { id: demo.id })).verifyAuditTrail;
    expect(vervalst.geldig).toBe(false);
    expect(vervalst.eersteFout).toMatchObject({
      volgnummer: ondertekend.volgnummer,
      versieId: null,
    });
    expect(vervalst.eersteFout.reden).toMatch(/hash/);
  }, 240_000);
});

describe('negotiation: comments, proposals, races and history', () => {
  const o = opzet();

  it('anchors a comment to a sentence that survives concurrent edits; reply, resolve, reopen', async () => {
    const { tokens, demo, hoofd, editors, als, poging, abonneer } = o;
    const live = abonneer('corporatie', demo.id);
    const afspraak = hoofd.afspraken[1]!;
    const citaat = afspraak.tekst.split(' ').slice(2, 6).join(' ');
    const PLAATS = `mutation($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { ${OPMERKING} } }`;
    const geplaatst = (
      await als('huurders', PLAATS, {
        input: {
          afspraakId: afspraak.id,
          tekst: 'Wat bedoelen we hier precies mee?',
          anker: { citaat },
          gerichtAanId: await partijVan(o, 'corporatie'),
        },
      })
    ).plaatsOpmerking;
    expect(geplaatst).toMatchObject({
      auteur: 'Ria Smit',
      partij: { naam: 'Huurdersvereniging De Vliet' },
      gerichtAan: { naam: 'Woonstichting De Vliet' },
      anker: { citaat, huidigeTekst: citaat, verloren: false },
      opgelost: false,
    });
    // Someone types before the quoted words, and inside them: the anchor follows.
    const editor = await editors.gesynct(hoofd.id, tokens.gemeente);
    const alinea = (editor.fragment(afspraak.id).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    alinea.insert(0, 'Vooraf: ');
    const binnen = 'Vooraf: '.length + afspraak.tekst.indexOf(citaat) + citaat.indexOf(' ') + 1;
    alinea.insert(binnen, 'echt ');
    const verwacht = citaat.replace(' ', ' echt ');
    await wachtTot('het anker volgt de bewerking', async () => {
      const [draad] = (await als('corporatie', OPMERKINGEN, { id: afspraak.id })).opmerkingen;
      return draad.anker.huidigeTekst === verwacht ? draad : null;
    });
    const reactie = (
      await als(
        'corporatie',
        `mutation($input: ReageerInput!) { reageerOpOpmerking(input: $input) { ${OPMERKING} } }`,
        {
          input: { opmerkingId: geplaatst.id, tekst: 'De aantallen uit de woonvisie' },
        },
      )
    ).reageerOpOpmerking;
    expect(reactie.reacties).toEqual([
      expect.objectContaining({
        tekst: 'De aantallen uit de woonvisie',
        auteur: 'Fatima El Amrani',
      }),
    ]);
    const opgelost = (
      await als(
        'gemeente',
        `mutation($input: OpmerkingStatusInput!) { losOpmerkingOp(input: $input) { ${OPMERKING} } }`,
        {
          input: { opmerkingId: reactie.reacties[0].id },
        },
      )
    ).losOpmerkingOp;
    expect(opgelost).toMatchObject({
      id: geplaatst.id,
      opgelost: true,
      opgelostDoor: 'Sanne de Vries',
    });
    expect(
      (await als('huurders', OPMERKINGEN, { id: afspraak.id, open: true })).opmerkingen,
    ).toEqual([]);
    const weerOpen = (
      await als(
        'huurders',
        `mutation($input: OpmerkingStatusInput!) { heropenOpmerking(input: $input) { ${OPMERKING} } }`,
        {
          input: { opmerkingId: geplaatst.id },
        },
      )
    ).heropenOpmerking;
    expect(weerOpen.opgelost).toBe(false);

    // Bad input and the wrong person.
    const nergens = theError(
      await poging('huurders', PLAATS, {
        input: { afspraakId: afspraak.id, tekst: 'x', anker: { citaat: 'dit staat er nergens' } },
      }),
    );
    expect(nergens.extensions?.veld).toBe('input.anker.citaat');
    const onzin = theError(
      await poging('huurders', PLAATS, {
        input: { afspraakId: afspraak.id, tekst: 'x', anker: { start: 'AAAA', eind: 'AAAA' } },
      }),
    );
    expect(onzin.extensions?.veld).toBe('input.anker');
    expect(
      theError(await poging('lezer', PLAATS, { input: { afspraakId: afspraak.id, tekst: 'x' } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      theError(
        await poging('provincie', PLAATS, { input: { afspraakId: afspraak.id, tekst: 'x' } }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    await wachtTot('opmerkingen live', () =>
      live.gebeurtenissen.filter((g) => g.data?.overeenkomstGebeurtenissen.soort === 'OPMERKING')
        .length >= 4
        ? true
        : null,
    );
  }, 60_000);

  it('a rejected proposal cannot be accepted; new and deleted afspraken go through the signatories', async () => {
    const { hoofd, als, poging } = o;
    const derde = hoofd.afspraken[2]!;
    const vierde = hoofd.afspraken[3]!;
    const voorstel = (
      await als('huurders', DIEN_IN, {
        input: {
          soort: 'WIJZIGING',
          afspraakId: derde.id,
          nieuweTekst: 'Korter en krachtiger.',
          motivering: 'Leesbaarheid',
        },
      })
    ).dienVoorstelIn;
    expect(
      theError(
        await poging('corporatie', BEOORDEEL, {
          input: { voorstelId: voorstel.id, beoordeling: 'AFGEWEZEN' },
        }),
      ).extensions?.veld,
    ).toBe('input.reden');
    const verworpen = (
      await als('corporatie', BEOORDEEL, {
        input: {
          voorstelId: voorstel.id,
          beoordeling: 'AFGEWEZEN',
          reden: 'Dan verdwijnt de bandbreedte',
        },
      })
    ).beoordeelVoorstel;
    expect(verworpen.status).toBe('VERWORPEN');
    const te = theError(
      await poging('gemeente', BEOORDEEL, {
        input: { voorstelId: voorstel.id, beoordeling: 'AANVAARD' },
      }),
    );
    expect(te.extensions?.code).toBe('VOORSTEL_AFGESLOTEN');
    expect(te.message).toMatch(/verworpen/);
    expect(
      (await als('gemeente', `query($id: ID!) { afspraak(id: $id) { tekst } }`, { id: derde.id }))
        .afspraak.tekst,
    ).toBe(derde.tekst);

    // A new afspraak: checked like createAfspraak when proposed, created when all accepted.
    const bron = (
      await als(
        'gemeente',
        `query($id: ID!) { afspraak(id: $id) { type thema { id } trekker { id } } }`,
        { id: vierde.id },
      )
    ).afspraak;
    const nieuw = {
      titel: 'Jaarlijkse woonlastenmonitor',
      type: 'HANDELING',
      themaId: bron.thema.id,
      trekkerId: bron.trekker.id,
      volwassenheid: 'SMART',
      details: {
        handeling: {
          activiteiten: [{ wat: 'Monitor opstellen', partijIds: [bron.trekker.id], wanneer: 'Q1' }],
        },
      },
    };
    const ongeldig = theError(
      await poging('gemeente', DIEN_IN, {
        input: {
          soort: 'NIEUW',
          onderdeelId: hoofd.id,
          nieuweTekst: 'x',
          motivering: 'm',
          nieuweAfspraak: { ...nieuw, details: { intentie: { voorwaarde: 'als', gevolg: 'dan' } } },
        },
      }),
    );
    expect(ongeldig).toMatchObject({
      extensions: { veld: expect.stringMatching(/^input\.nieuweAfspraak\.details/) },
    });
    const nieuwVoorstel = (
      await als('gemeente', DIEN_IN, {
        input: {
          soort: 'NIEUW',
          onderdeelId: hoofd.id,
          nieuweTekst: 'Elk voorjaar brengen partijen de woonlasten in beeld.',
          motivering: 'Betaalbaarheid volgen',
          nieuweAfspraak: nieuw,
        },
      })
    ).dienVoorstelIn;
    let laatste: any;
    for (const wie of ['corporatie', 'corporatie2', 'huurders', 'huurders2'] as Persoon[])
      laatste = (
        await als(wie, BEOORDEEL, {
          input: { voorstelId: nieuwVoorstel.id, beoordeling: 'AANVAARD' },
        })
      ).beoordeelVoorstel;
    expect(laatste.status).toBe('AANVAARD');
    const gemaakt = (
      await als(
        'huurders',
        `query($id: ID!) { afspraak(id: $id) { titel tekst onderdeel { id } } }`,
        { id: laatste.afspraakId },
      )
    ).afspraak;
    expect(gemaakt).toEqual({
      titel: 'Jaarlijkse woonlastenmonitor',
      tekst: 'Elk voorjaar brengen partijen de woonlasten in beeld.',
      onderdeel: { id: hoofd.id },
    });

    // Deleting goes the same way; then withdrawing an open one.
    const weg = (
      await als('corporatie', DIEN_IN, {
        input: {
          soort: 'VERWIJDERING',
          afspraakId: laatste.afspraakId,
          motivering: 'Toch niet nodig',
        },
      })
    ).dienVoorstelIn;
    for (const wie of ['gemeente', 'corporatie2', 'huurders', 'huurders2'] as Persoon[])
      await als(wie, BEOORDEEL, { input: { voorstelId: weg.id, beoordeling: 'AANVAARD' } });
    expect(
      theError(
        await poging('gemeente', `query($id: ID!) { afspraak(id: $id) { id } }`, {
          id: laatste.afspraakId,
        }),
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    const ander = (
      await als('huurders2', DIEN_IN, {
        input: {
          soort: 'WIJZIGING',
          afspraakId: vierde.id,
          nieuweTekst: 'Anders',
          motivering: 'm',
        },
      })
    ).dienVoorstelIn;
    expect(
      theError(
        await poging(
          'corporatie',
          `mutation($input: IdInput!) { trekVoorstelIn(input: $input) { status } }`,
          { input: { id: ander.id } },
        ),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await als(
          'huurders2',
          `mutation($input: IdInput!) { trekVoorstelIn(input: $input) { status } }`,
          { input: { id: ander.id } },
        )
      ).trekVoorstelIn.status,
    ).toBe('INGETROKKEN');
  }, 60_000);

  it('freezing while someone types: the version is what the server holds, and nothing typed later is taken', async () => {
    const { t, tokens, hoofd, editors, als, poging, iedereenAkkoord } = o;
    hoofd.afspraken = (
      await als(
        'gemeente',
        `query($id: ID!) { onderdeel(id: $id) { afspraken { id nummer tekst } } }`,
        { id: hoofd.id },
      )
    ).onderdeel.afspraken;
    await iedereenAkkoord(hoofd, DRIEHOEK);
    // Standpunten open the negotiation, where nobody types into the text directly; this race is
    // about typing while drafting, so the onderdeel goes back there by hand (no API does that).
    await sqlRijen(t.app, `update onderdeel set fase = 'OPSTELLEN' where id = ?`, [hoofd.id]);
    t.app.get(CollabServer).faseGewijzigd(hoofd.id, OnderdeelFase.OPSTELLEN);
    const afspraak = hoofd.afspraken[0]!;
    const typist = await editors.gesynct(hoofd.id, tokens.corporatie);
    const waarnemer = await editors.gesynct(hoofd.id, tokens.gemeente);
    let typen = true;
    const geteld = { n: 0 };
    const typt = typOpHetTempoVanDeServer(typist, waarnemer, afspraak.id, geteld, () => typen);
    await wachtTot('getypte tekst bij de andere editor', () =>
      waarnemer.tekst(afspraak.id).includes('regel 0'),
    );
    // The akkoord was given on the text before the typing: it no longer holds.
    const zonder = theError(
      await poging('gemeente', BEVRIES, { input: { onderdeelId: hoofd.id } }),
    );
    expect(zonder.extensions?.code).toBe('NIET_IEDEREEN_AKKOORD');
    expect((await als('gemeente', ONDERDEEL_STATUS, { id: hoofd.id })).onderdeel.status).toBe(
      'CONCEPT',
    );
    const versie = (
      await als('gemeente', BEVRIES, {
        input: {
          onderdeelId: hoofd.id,
          overrideReden:
            'Tekstuele aanvullingen van de corporatie; inhoud akkoord in het overleg van 12 november',
        },
      })
    ).bevriesOnderdeel;
    // The typist goes on after the freeze; the server handles (and refuses) each of these lines.
    const naBevriezing = geteld.n;
    await wachtTot('verder getypt na de bevriezing', () => geteld.n >= naBevriezing + 10, {
      timeoutMs: 30_000,
    });
    typen = false;
    await typt;
    expect(versie.overrideReden).toMatch(/12 november/);
    const vastgelegd = await sqlRij<{ inhoud: any }>(
      t.app,
      'select inhoud from onderdeel_versie where id = ?',
      [versie.id],
    );
    const inVersie = vastgelegd.inhoud.afspraken.find((a: any) => a.id === afspraak.id).tekst;
    // Asking for the standpunten materialises whatever the server's document holds now, so text
    // typed after the freeze would show below if the document had taken it.
    await als('gemeente', MATRIX, { id: hoofd.id });
    const opgeslagen = (
      await als('gemeente', `query($id: ID!) { afspraak(id: $id) { tekst } }`, { id: afspraak.id })
    ).afspraak.tekst;
    expect(opgeslagen).toBe(inVersie);
    expect(typist.tekst(afspraak.id).length).toBeGreaterThan(opgeslagen.length);
    expect(inVersie).toMatch(/regel \d+/);
  }, 60_000);

  it('declining unfreezes; a superseded version cannot be signed; simultaneous signatures stay consistent', async () => {
    const { t, hoofd, als, poging, tekenAlle, demo } = o;
    const [v1] = (
      await als('gemeente', `query($id: ID!) { versies(onderdeelId: $id) { id status } }`, {
        id: hoofd.id,
      })
    ).versies;
    expect(v1.status).toBe('TER_ONDERTEKENING');
    expect(
      theError(await poging('corporatie2', WEIGER, { input: { versieId: v1.id } })),
    ).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/reden/),
    });
    const geweigerd = (
      await als('corporatie2', WEIGER, {
        input: { versieId: v1.id, reden: 'Ons bestuur wil eerst de nieuwe regels zien' },
      })
    ).weigerOndertekening;
    expect(geweigerd.status).toBe('GEWEIGERD');
    expect(geweigerd.ondertekeningen).toEqual([
      expect.objectContaining({
        besluit: 'GEWEIGERD',
        reden: 'Ons bestuur wil eerst de nieuwe regels zien',
      }),
    ]);
    expect((await als('gemeente', ONDERDEEL_STATUS, { id: hoofd.id })).onderdeel.status).toBe(
      'CONCEPT',
    );
    const v2 = (
      await als('gemeente', BEVRIES, {
        input: { onderdeelId: hoofd.id, overrideReden: 'Besproken in het bestuurlijk overleg' },
      })
    ).bevriesOnderdeel;
    expect(v2.nummer).toBe(2);
    const oud = theError(
      await poging('gemeente', ONDERTEKEN, {
        input: { versieId: v1.id, functie: 'wethouder', wachtwoord: DEMO_WACHTWOORD },
      }),
    );
    expect(oud.extensions?.code).toBe('VERSIE_NIET_TER_ONDERTEKENING');
    expect(oud.message).toMatch(/geweigerd/);

    // Two signatories of the same gemeente at the same moment: one signature counts.
    await t.maakLid(await partijVan(o, 'gemeente'), [LidRol.ONDERTEKENAAR], TESTER);
    const tester = await t.login(TESTER, TEST_WACHTWOORD);
    const teken = (token: string, wachtwoord: string) =>
      t.gqlAs(token, ONDERTEKEN, { input: { versieId: v2.id, functie: 'wethouder', wachtwoord } });
    const tegelijk = await Promise.all([
      teken(o.tokens.gemeente, DEMO_WACHTWOORD),
      teken(tester, TEST_WACHTWOORD),
    ]);
    expect(tegelijk.filter((r) => !r.errors)).toHaveLength(1);
    expect(theError(tegelijk.find((r) => r.errors)!).extensions?.code).toBe('AL_ONDERTEKEND');
    await tekenAlle(v2.id, ['corporatie', 'huurders']);
    // The last two partijen sign at the same moment: the onderdeel is signed exactly once.
    const laatste = await Promise.all(
      (['corporatie2', 'huurders2'] as Persoon[]).map((wie) =>
        t.gqlAs(o.tokens[wie], ONDERTEKEN, {
          input: { versieId: v2.id, functie: FUNCTIE[wie], wachtwoord: DEMO_WACHTWOORD },
        }),
      ),
    );
    expect(laatste.every((r) => !r.errors)).toBe(true);
    expect((await als('gemeente', ONDERDEEL_STATUS, { id: hoofd.id })).onderdeel.status).toBe(
      'ONDERTEKEND',
    );
    const volledig = await sqlRijen(
      t.app,
      `select 1 from audit_regel where overeenkomst_id = ? and actie = 'VOLLEDIG_ONDERTEKEND'`,
      [demo.id],
    );
    expect(volledig).toHaveLength(1);
  }, 60_000);

  it('restores an earlier version as a new draft, and notices a tampered version', async () => {
    const { t, hoofd, demo, als, poging } = o;
    const [v2] = (
      await als('gemeente', `query($id: ID!) { versies(onderdeelId: $id) { id status inhoud } }`, {
        id: hoofd.id,
      })
    ).versies;
    const afspraak = hoofd.afspraken[0]!;
    const getekend = v2.inhoud.afspraken.find((a: any) => a.id === afspraak.id);
    expect(
      theError(
        await poging('corporatie', `mutation($input: IdInput!) { herstelVersie(input: $input) }`, {
          input: { id: v2.id },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    await als('gemeente', ADDENDUM, { input: { onderdeelId: hoofd.id, reden: 'Correctie' } });
    await als('corporatie', UPDATE_TEKST, {
      input: { id: afspraak.id, tekst: 'Een heel andere tekst', titel: 'Andere titel' },
    });
    expect(
      theError(
        await poging('provincie', `mutation($input: IdInput!) { herstelVersie(input: $input) }`, {
          input: { id: v2.id },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    await als('corporatie', `mutation($input: IdInput!) { herstelVersie(input: $input) }`, {
      input: { id: v2.id },
    });
    const nu = (
      await als('gemeente', `query($id: ID!) { afspraak(id: $id) { titel tekst tekstJson } }`, {
        id: afspraak.id,
      })
    ).afspraak;
    expect(nu).toEqual({
      titel: getekend.titel,
      tekst: getekend.tekst,
      tekstJson: getekend.tekstJson,
    });
    const vergelijking = (
      await als(
        'gemeente',
        `query($o: ID!, $v: ID!) { vergelijkVersies(onderdeelId: $o, van: $v) { afspraken { wijziging } } }`,
        { o: hoofd.id, v: v2.id },
      )
    ).vergelijkVersies;
    expect(vergelijking.afspraken.every((a: any) => a.wijziging === 'ONGEWIJZIGD')).toBe(true);
    const versies = (
      await als('gemeente', `query($id: ID!) { versies(onderdeelId: $id) { nummer status } }`, {
        id: hoofd.id,
      })
    ).versies;
    expect(versies).toEqual([
      { nummer: 2, status: 'ONDERTEKEND' },
      { nummer: 1, status: 'GEWEIGERD' },
    ]);
    expect((await als('gemeente', VERIFIEER, { id: demo.id })).verifyAuditTrail.geldig).toBe(true);

    // Someone edits the signed content straight in the database.
    await sqlRijen(
      t.app,
      `update onderdeel_versie set inhoud = jsonb_set(inhoud, '{titel}', '"Vervalst"') where id = ?`,
      [v2.id],
    );
    const vervalst = (await als('gemeente', VERIFIEER, { id: demo.id })).verifyAuditTrail;
    expect(vervalst).toMatchObject({
      geldig: false,
      eersteFout: { versieId: v2.id, volgnummer: null },
    });
    expect(vervalst.eersteFout.reden).toMatch(/Versie 2 .*hash/);
  }, 60_000);

  it('an afspraak added, changed or removed is a live event for the other partijen', async () => {
    const { demo, hoofd, als, abonneer, gehoord } = o;
    const live = abonneer('huurders', demo.id);
    await gehoord(live, demo.id, hoofd.id);
    // A fresh bijlage: the demo's onderdelen are signed by now.
    const partijen = (await als('gemeente', `{ partijen(take: 100) { items { id naam } } }`))
      .partijen.items;
    const id = (naam: string) => partijen.find((p: { naam: string }) => p.naam === naam).id;
    const bijlage = (
      await als(
        'gemeente',
        `mutation($input: CreateOnderdeelInput!) { createOnderdeel(input: $input) { id } }`,
        {
          input: {
            overeenkomstId: demo.id,
            soort: 'BIJLAGE',
            titel: 'Bijlage live',
            ondertekenaarIds: [id('Gemeente Vlietdam'), id('Huurdersvereniging De Vliet')],
          },
        },
      )
    ).createOnderdeel;
    const { themas } = await als(
      'gemeente',
      `query($id: ID!) { themas(overeenkomstId: $id) { id } }`,
      {
        id: demo.id,
      },
    );
    const nieuw = (
      await als(
        'gemeente',
        `mutation($input: CreateAfspraakInput!) { createAfspraak(input: $input) { id } }`,
        {
          input: {
            onderdeelId: bijlage.id,
            titel: 'Live toegevoegd',
            type: 'INTENTIE',
            themaId: themas[0].id,
            trekkerId: id('Gemeente Vlietdam'),
            volwassenheid: 'VOORNEMEN',
            details: { intentie: { voorwaarde: 'Als het kan', gevolg: 'dan doen we het' } },
          },
        },
      )
    ).createAfspraak;
    await als(
      'gemeente',
      `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id } }`,
      {
        input: { id: nieuw.id, titel: 'Live gewijzigd' },
      },
    );
    await als('gemeente', `mutation($input: IdInput!) { deleteAfspraak(input: $input) }`, {
      input: { id: nieuw.id },
    });
    const over = await wachtTot('drie afspraakgebeurtenissen bij de huurders', () => {
      const gezien = live.gebeurtenissen
        .map((g) => g.data?.overeenkomstGebeurtenissen)
        .filter((g) => g?.afspraakId === nieuw.id);
      return gezien.length === 3 ? gezien : null;
    });
    expect(over.map((g: { soort: string }) => g.soort)).toEqual([
      'AFSPRAAK_NIEUW',
      'AFSPRAAK_GEWIJZIGD',
      'AFSPRAAK_VERWIJDERD',
    ]);
    expect(over[0]).toMatchObject({ onderdeelId: bijlage.id, door: 'Sanne de Vries' });
  }, 30_000);

  it('live events reach only those who may see the overeenkomst', async () => {
    const { t, demo, tokens } = o;
    const buiten = await t.login('buiten@demo.driehoek.nl', DEMO_WACHTWOORD);
    const url = `${t.baseUrl.replace(/^http/, 'ws')}/graphql`;
    const probeer = (token: string | null) =>
      new Promise<unknown>((resolve) => {
        const client = createClient({
          url,
          webSocketImpl: WebSocket,
          connectionParams: token ? { token } : {},
          retryAttempts: 0,
        });
        client.subscribe(
          {
            query: `subscription($id: ID!) { overeenkomstGebeurtenissen(overeenkomstId: $id) { soort } }`,
            variables: { id: demo.id },
          },
          {
            next: (v) => resolve(v),
            error: (e) => {
              resolve(e);
              void client.dispose();
            },
            complete: () => resolve('klaar'),
          },
        );
      });
    const nietZichtbaar = (await probeer(buiten)) as
      { errors?: { extensions?: { code?: string } }[] }[] | { errors?: any[] };
    expect(JSON.stringify(nietZichtbaar)).toMatch(/NOT_FOUND/);
    const zonder = (await probeer(null)) as { code?: number };
    expect(zonder.code).toBe(4403);
    expect(tokens.gemeente).toBeTruthy();
  }, 30_000);
});

const OPMERKING = `id tekst auteur opgelost opgelostDoor partij { naam } gerichtAan { naam }
  anker { citaat huidigeTekst verloren } reacties { id tekst auteur }`;
const OPMERKINGEN = `query($id: ID!, $open: Boolean) { opmerkingen(afspraakId: $id, alleenOpen: $open) { ${OPMERKING} } }`;

async function partijVan(o: ReturnType<typeof opzet>, wie: Persoon): Promise<string> {
  const { me } = await gqlOkAls(o.t, o.tokens[wie], `{ me { lidmaatschappen { partij { id } } } }`);
  return me.lidmaatschappen[0].partij.id as string;
}
