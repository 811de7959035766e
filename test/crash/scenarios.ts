import {
  createAfspraak,
  createFixture,
  CREATE_ONDERDEEL,
  defaultThemas,
  afspraakInput,
} from '../support/api';
import { TEST_WACHTWOORD, type TestApp } from '../support/test-app';
import { sqlRijen } from '../support/als';
import type { Kind } from './kind';

/** What a restart finds of a command that was killed. */
export type Toestand = 'voor' | 'na' | 'vast';

/** One thing a command acts on, prepared in the starting state. */
export interface Onderwerp {
  /** The id the crash point is keyed on. */
  sleutel: string;
  overeenkomstId: string;
  [veld: string]: string;
}

/** A multi-step command of the crash suite. */
export interface Scenario {
  naam: string;
  /**
   * Named crash points on the command's path, in order; "naam#veld" keys the point on another
   * field of the subject than its sleutel.
   */
  punten: string[];
  /** The step after which statements are counted ("+N" crash points). */
  start: string;
  /** Prepares `aantal` subjects in the starting state, in-process. */
  bereid(t: TestApp, aantal: number): Promise<Onderwerp[]>;
  voerUit(kind: Kind, token: string, o: Onderwerp): Promise<unknown>;
  toestand(
    kind: Kind,
    token: string,
    o: Onderwerp,
  ): Promise<{ toestand: Toestand; uitleg: string }>;
}

const BEVRIES = `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`;
const ONDERTEKEN = `mutation($input: OndertekenInput!) { onderteken(input: $input) { id status } }`;
const WEIGER = `mutation($input: WeigerOndertekeningInput!) { weigerOndertekening(input: $input) { id } }`;
const ADDENDUM = `mutation($input: AddendumInput!) { startAddendum(input: $input) }`;
const HERSTEL = `mutation($input: IdInput!) { herstelVersie(input: $input) }`;
const DIEN_IN = `mutation($input: WijzigingsvoorstelInput!) { dienVoorstelIn(input: $input) { id } }`;
const BEOORDEEL = `mutation($input: BeoordeelVoorstelInput!) { beoordeelVoorstel(input: $input) { id status } }`;
const UPDATE_AFSPRAAK = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id } }`;
const EVALUEER = `mutation($input: EvaluatieInput!) { evalueerAfspraak(input: $input) { status } }`;
const BEVESTIG = `mutation($input: BevestigEvaluatieInput!) { bevestigEvaluatie(input: $input) { status } }`;
const DIEN_BOD_IN = `mutation($input: DienBodInInput!) { dienBodIn(input: $input) { id } }`;
const STAND = `query($id: ID!) { onderdeel(id: $id) { status afspraken { id titel tekst } } versies(onderdeelId: $id) { id nummer status ondertekeningen { partij { id } besluit } } }`;

interface Stand {
  onderdeel: { status: string; afspraken: { id: string; titel: string; tekst: string }[] };
  versies: {
    id: string;
    nummer: number;
    status: string;
    ondertekeningen: { partij: { id: string }; besluit: string }[];
  }[];
}

const stand = (kind: Kind, token: string, onderdeelId: string) =>
  kind.gqlOk<Stand>(token, STAND, { id: onderdeelId });

/** The audit actions recorded about a subject, from the last 100 entries of the agreement. */
export async function auditActies(
  kind: Kind,
  token: string,
  overeenkomstId: string,
  onderwerpId: string,
): Promise<string[]> {
  const query = `query($id: ID!, $skip: Int!) { auditTrail(overeenkomstId: $id, skip: $skip, take: 100) { total items { actie onderwerpId gegevens } } }`;
  const { total } = (
    await kind.gqlOk<{ auditTrail: { total: number } }>(token, query, {
      id: overeenkomstId,
      skip: 0,
    })
  ).auditTrail;
  const { items } = (
    await kind.gqlOk<{
      auditTrail: {
        items: { actie: string; onderwerpId: string; gegevens: Record<string, unknown> }[];
      };
    }>(token, query, { id: overeenkomstId, skip: Math.max(0, total - 100) })
  ).auditTrail;
  return items
    .filter((i) => i.onderwerpId === onderwerpId || i.gegevens.onderdeelId === onderwerpId)
    .map((i) => i.actie);
}

export interface Basis {
  fx: Awaited<ReturnType<typeof createFixture>>;
  themaId: string;
}

export async function basis(t: TestApp, tag: string): Promise<Basis> {
  const fx = await createFixture(t, tag);
  const themas = await defaultThemas(t);
  return { fx, themaId: [...themas.values()][0]!.id };
}

/** A bijlage signed by the driehoek, with one afspraak and its text. */
export async function onderdeelMetAfspraak(
  t: TestApp,
  b: Basis,
  i: number,
): Promise<{ onderdeelId: string; afspraakId: string }> {
  const { fx } = b;
  const onderdeel = await t.gqlOk<{ createOnderdeel: { id: string } }>(CREATE_ONDERDEEL, {
    input: {
      overeenkomstId: fx.overeenkomstId,
      soort: 'BIJLAGE',
      titel: `Bijlage ${i}`,
      ondertekenaarIds: [fx.gemeente, fx.corpA, fx.corpB, fx.huurders],
    },
  });
  const onderdeelId = onderdeel.createOnderdeel.id;
  const afspraak = await createAfspraak(
    t,
    afspraakInput(fx, b.themaId, {
      onderdeelId,
      titel: `Afspraak ${i}`,
      tekst: `Oorspronkelijke tekst van afspraak ${i}.`,
    }),
  );
  return { onderdeelId, afspraakId: afspraak.id };
}

async function bevries(t: TestApp, onderdeelId: string): Promise<string> {
  return (
    await t.gqlOk<{ bevriesOnderdeel: { id: string } }>(BEVRIES, {
      input: { onderdeelId, overrideReden: 'Crashtest' },
    })
  ).bevriesOnderdeel.id;
}

async function teken(t: TestApp, versieId: string, partijId: string): Promise<void> {
  await t.gqlOk(ONDERTEKEN, {
    input: { versieId, partijId, functie: 'bestuurder', wachtwoord: TEST_WACHTWOORD },
  });
}

const alsToestand = (toestand: Toestand, uitleg: string) => ({ toestand, uitleg });

export const SCENARIOS: Scenario[] = [
  {
    naam: 'bevries',
    punten: ['bevries:na-status', 'bevries:na-versie', 'bevries:na-audit', 'bevries:na-commit'],
    start: 'bevries:start',
    async bereid(t, aantal) {
      const b = await basis(t, 'Bevries');
      const uit: Onderwerp[] = [];
      for (let i = 0; i < aantal; i++) {
        const { onderdeelId } = await onderdeelMetAfspraak(t, b, i);
        uit.push({ sleutel: onderdeelId, overeenkomstId: b.fx.overeenkomstId });
      }
      return uit;
    },
    voerUit: (kind, token, o) =>
      kind.gqlOk(token, BEVRIES, { input: { onderdeelId: o.sleutel, overrideReden: 'Crashtest' } }),
    async toestand(kind, token, o) {
      const s = await stand(kind, token, o.sleutel);
      const open = s.versies.filter((v) => v.status === 'TER_ONDERTEKENING');
      const audit = await auditActies(kind, token, o.overeenkomstId, o.sleutel);
      if (s.onderdeel.status === 'CONCEPT' && open.length === 0 && !audit.includes('BEVROREN'))
        return alsToestand('voor', 'concept zonder versie');
      if (
        s.onderdeel.status === 'TER_ONDERTEKENING' &&
        open.length === 1 &&
        audit.includes('BEVROREN')
      )
        return alsToestand('na', `ter ondertekening met versie ${open[0]!.nummer}`);
      return alsToestand(
        'vast',
        `status ${s.onderdeel.status}, ${open.length} open versie(s), audit ${audit.join(',')}`,
      );
    },
  },
  {
    naam: 'onderteken',
    punten: [
      'besluit:na-ondertekening',
      'besluit:na-audit',
      'onderteken:na-status',
      'besluit:na-commit',
    ],
    start: 'besluit:start',
    async bereid(t, aantal) {
      const b = await basis(t, 'Onderteken');
      const uit: Onderwerp[] = [];
      for (let i = 0; i < aantal; i++) {
        const { onderdeelId } = await onderdeelMetAfspraak(t, b, i);
        const versieId = await bevries(t, onderdeelId);
        for (const p of [b.fx.gemeente, b.fx.corpA, b.fx.corpB]) await teken(t, versieId, p);
        uit.push({
          sleutel: versieId,
          onderdeelId,
          partijId: b.fx.huurders,
          overeenkomstId: b.fx.overeenkomstId,
        });
      }
      return uit;
    },
    voerUit: (kind, token, o) =>
      kind.gqlOk(token, ONDERTEKEN, {
        input: {
          versieId: o.sleutel,
          partijId: o.partijId,
          functie: 'voorzitter',
          wachtwoord: TEST_WACHTWOORD,
        },
      }),
    async toestand(kind, token, o) {
      const s = await stand(kind, token, o.onderdeelId!);
      const v = s.versies.find((x) => x.id === o.sleutel)!;
      const getekend = v.ondertekeningen.some((h) => h.partij.id === o.partijId);
      const audit = await auditActies(kind, token, o.overeenkomstId, o.sleutel);
      if (
        !getekend &&
        v.status === 'TER_ONDERTEKENING' &&
        s.onderdeel.status === 'TER_ONDERTEKENING'
      )
        return alsToestand('voor', 'drie van vier handtekeningen');
      if (
        getekend &&
        v.status === 'ONDERTEKEND' &&
        s.onderdeel.status === 'ONDERTEKEND' &&
        audit.includes('VOLLEDIG_ONDERTEKEND')
      )
        return alsToestand('na', 'volledig ondertekend');
      return alsToestand(
        'vast',
        `handtekening ${getekend}, versie ${v.status}, onderdeel ${s.onderdeel.status}`,
      );
    },
  },
  {
    naam: 'weiger',
    punten: [
      'besluit:na-ondertekening',
      'besluit:na-audit',
      'weiger:na-status',
      'besluit:na-commit',
    ],
    start: 'besluit:start',
    async bereid(t, aantal) {
      const b = await basis(t, 'Weiger');
      const uit: Onderwerp[] = [];
      for (let i = 0; i < aantal; i++) {
        const { onderdeelId } = await onderdeelMetAfspraak(t, b, i);
        const versieId = await bevries(t, onderdeelId);
        uit.push({
          sleutel: versieId,
          onderdeelId,
          partijId: b.fx.corpA,
          overeenkomstId: b.fx.overeenkomstId,
        });
      }
      return uit;
    },
    voerUit: (kind, token, o) =>
      kind.gqlOk(token, WEIGER, {
        input: { versieId: o.sleutel, partijId: o.partijId, reden: 'Niet akkoord' },
      }),
    async toestand(kind, token, o) {
      const s = await stand(kind, token, o.onderdeelId!);
      const v = s.versies.find((x) => x.id === o.sleutel)!;
      const geweigerd = v.ondertekeningen.some((h) => h.partij.id === o.partijId);
      if (
        !geweigerd &&
        v.status === 'TER_ONDERTEKENING' &&
        s.onderdeel.status === 'TER_ONDERTEKENING'
      )
        return alsToestand('voor', 'ter ondertekening');
      if (geweigerd && v.status === 'GEWEIGERD' && s.onderdeel.status === 'CONCEPT')
        return alsToestand('na', 'geweigerd, weer concept');
      return alsToestand(
        'vast',
        `weigering ${geweigerd}, versie ${v.status}, onderdeel ${s.onderdeel.status}`,
      );
    },
  },
  {
    naam: 'addendum',
    punten: ['addendum:na-status', 'addendum:na-commit'],
    start: 'addendum:start',
    async bereid(t, aantal) {
      const b = await basis(t, 'Addendum');
      const uit: Onderwerp[] = [];
      for (let i = 0; i < aantal; i++) {
        const { onderdeelId } = await onderdeelMetAfspraak(t, b, i);
        const versieId = await bevries(t, onderdeelId);
        for (const p of [b.fx.gemeente, b.fx.corpA, b.fx.corpB, b.fx.huurders])
          await teken(t, versieId, p);
        uit.push({ sleutel: onderdeelId, overeenkomstId: b.fx.overeenkomstId });
      }
      return uit;
    },
    voerUit: (kind, token, o) =>
      kind.gqlOk(token, ADDENDUM, { input: { onderdeelId: o.sleutel, reden: 'Crashtest' } }),
    async toestand(kind, token, o) {
      const s = await stand(kind, token, o.sleutel);
      const audit = await auditActies(kind, token, o.overeenkomstId, o.sleutel);
      if (s.onderdeel.status === 'ONDERTEKEND' && !audit.includes('ADDENDUM_GESTART'))
        return alsToestand('voor', 'ondertekend');
      if (s.onderdeel.status === 'CONCEPT' && audit.includes('ADDENDUM_GESTART'))
        return alsToestand('na', 'addendum geopend');
      return alsToestand('vast', `status ${s.onderdeel.status}, audit ${audit.join(',')}`);
    },
  },
  {
    naam: 'herstel',
    punten: [
      'herstel:na-velden',
      'herstel:na-audit',
      'herstel:na-commit',
      'opdracht:na-tekst#onderdeelId',
    ],
    start: 'herstel:start',
    async bereid(t, aantal) {
      const b = await basis(t, 'Herstel');
      const uit: Onderwerp[] = [];
      for (let i = 0; i < aantal; i++) {
        const { onderdeelId, afspraakId } = await onderdeelMetAfspraak(t, b, i);
        const versieId = await bevries(t, onderdeelId);
        await t.gqlOk(WEIGER, {
          input: { versieId, partijId: b.fx.corpA, reden: 'Eerst anders' },
        });
        await t.gqlOk(UPDATE_AFSPRAAK, {
          input: { id: afspraakId, titel: `Gewijzigd ${i}`, tekst: `Gewijzigde tekst ${i}.` },
        });
        uit.push({
          sleutel: versieId,
          onderdeelId,
          afspraakId,
          titel: `Afspraak ${i}`,
          tekst: `Oorspronkelijke tekst van afspraak ${i}.`,
          overeenkomstId: b.fx.overeenkomstId,
        });
      }
      return uit;
    },
    voerUit: (kind, token, o) => kind.gqlOk(token, HERSTEL, { input: { id: o.sleutel } }),
    async toestand(kind, token, o) {
      const s = await stand(kind, token, o.onderdeelId!);
      const a = s.onderdeel.afspraken.find((x) => x.id === o.afspraakId)!;
      const audit = await auditActies(kind, token, o.overeenkomstId, o.sleutel);
      const hersteld = audit.includes('VERSIE_HERSTELD');
      if (a.titel !== o.titel && a.tekst !== o.tekst && !hersteld)
        return alsToestand('voor', 'gewijzigd concept');
      if (a.titel === o.titel && a.tekst === o.tekst && hersteld)
        return alsToestand('na', 'versie hersteld');
      return alsToestand('vast', `titel "${a.titel}", tekst "${a.tekst}", audit ${hersteld}`);
    },
  },
  {
    naam: 'voorstel',
    punten: [
      'voorstel:na-status',
      'voorstel:na-audit',
      'voorstel:na-commit',
      'opdracht:na-tekst#onderdeelId',
    ],
    start: 'voorstel:start',
    async bereid(t, aantal) {
      const b = await basis(t, 'Voorstel');
      const uit: Onderwerp[] = [];
      for (let i = 0; i < aantal; i++) {
        const { onderdeelId, afspraakId } = await onderdeelMetAfspraak(t, b, i);
        const nieuweTekst = `Voorgestelde tekst ${i}.`;
        const voorstel = await t.gqlOk<{ dienVoorstelIn: { id: string } }>(DIEN_IN, {
          input: {
            soort: 'WIJZIGING',
            afspraakId,
            nieuweTekst,
            motivering: 'Crashtest',
            partijId: b.fx.corpA,
          },
        });
        const voorstelId = voorstel.dienVoorstelIn.id;
        for (const p of [b.fx.gemeente, b.fx.corpB])
          await t.gqlOk(BEOORDEEL, {
            input: { voorstelId, partijId: p, beoordeling: 'AANVAARD' },
          });
        uit.push({
          sleutel: voorstelId,
          onderdeelId,
          afspraakId,
          nieuweTekst,
          partijId: b.fx.huurders,
          overeenkomstId: b.fx.overeenkomstId,
        });
      }
      return uit;
    },
    voerUit: (kind, token, o) =>
      kind.gqlOk(token, BEOORDEEL, {
        input: { voorstelId: o.sleutel, partijId: o.partijId, beoordeling: 'AANVAARD' },
      }),
    async toestand(kind, token, o) {
      const { wijzigingsvoorstel: v } = await kind.gqlOk<{
        wijzigingsvoorstel: { status: string; doorgevoerdOp: string | null };
      }>(token, `query($id: ID!) { wijzigingsvoorstel(id: $id) { status doorgevoerdOp } }`, {
        id: o.sleutel,
      });
      const s = await stand(kind, token, o.onderdeelId!);
      const a = s.onderdeel.afspraken.find((x) => x.id === o.afspraakId)!;
      const audit = await auditActies(kind, token, o.overeenkomstId, o.sleutel);
      if (v.status === 'OPEN' && a.tekst !== o.nieuweTekst)
        return alsToestand('voor', 'open voorstel');
      if (
        v.status === 'AANVAARD' &&
        v.doorgevoerdOp &&
        a.tekst === o.nieuweTekst &&
        audit.includes('VOORSTEL_DOORGEVOERD')
      )
        return alsToestand('na', 'aanvaard en doorgevoerd');
      return alsToestand(
        'vast',
        `status ${v.status}, doorgevoerd ${v.doorgevoerdOp}, tekst "${a.tekst}", audit ${audit.join(',')}`,
      );
    },
  },
  {
    naam: 'evaluatie',
    punten: ['evaluatie:na-sluiten', 'evaluatie:na-commit', 'opdracht:na-tekst#onderdeelId'],
    start: 'evaluatie:start',
    async bereid(t, aantal) {
      const uit: Onderwerp[] = [];
      for (let i = 0; i < aantal; i++) {
        // 2025 is over and its evaluation may be closed today: the child runs on the real clock.
        const fx = await createFixture(t, `Evaluatie ${i}`, { startjaar: 2025, eindjaar: 2028 });
        const themaId = [...(await defaultThemas(t)).values()][0]!.id;
        const tekst = `Door te zetten tekst ${i}.`;
        const titel = `Door te zetten ${i}`;
        const afspraak = await createAfspraak(
          t,
          afspraakInput(fx, themaId, { titel, tekst, jaren: [{ jaar: 2025, concretisering: '' }] }),
        );
        const jaarschijfId = fx.jaarschijven.get(2025)!;
        await sqlRijen(t.app, `update jaarschijf set status = 'VERANTWOORDING' where id = ?`, [
          jaarschijfId,
        ]);
        await t.gqlOk(EVALUEER, {
          input: {
            afspraakId: afspraak.id,
            jaar: 2025,
            partijId: fx.gemeente,
            stoplicht: 'ORANJE',
            conclusie: 'Half gehaald',
            besluit: 'DOORZETTEN',
          },
        });
        for (const p of [fx.gemeente, fx.corpA, fx.corpB])
          await t.gqlOk(BEVESTIG, { input: { jaarschijfId, partijId: p } });
        uit.push({
          sleutel: jaarschijfId,
          onderdeelId: fx.hoofdId,
          partijId: fx.huurders,
          titel,
          tekst,
          overeenkomstId: fx.overeenkomstId,
        });
      }
      return uit;
    },
    voerUit: (kind, token, o) =>
      kind.gqlOk(token, BEVESTIG, { input: { jaarschijfId: o.sleutel, partijId: o.partijId } }),
    async toestand(kind, token, o) {
      const { evaluatie } = await kind.gqlOk<{
        evaluatie: { status: string; bevestigingen: { partijId: string; bevestigd: boolean }[] };
      }>(
        token,
        `query($id: ID!) { evaluatie(overeenkomstId: $id, jaar: 2025) { status bevestigingen { partijId bevestigd } } }`,
        { id: o.overeenkomstId },
      );
      const bevestigd = evaluatie.bevestigingen.some(
        (b) => b.partijId === o.partijId && b.bevestigd,
      );
      const s = await stand(kind, token, o.onderdeelId!);
      const kopieen = s.onderdeel.afspraken.filter((a) => a.titel === o.titel);
      const audit = await auditActies(kind, token, o.overeenkomstId, o.sleutel);
      if (!bevestigd && evaluatie.status === 'VERANTWOORDING' && kopieen.length === 1)
        return alsToestand('voor', 'drie van vier bevestigingen');
      if (
        bevestigd &&
        evaluatie.status === 'GEEVALUEERD' &&
        kopieen.length === 2 &&
        kopieen.every((a) => a.tekst === o.tekst) &&
        audit.includes('EVALUATIE_GESLOTEN')
      )
        return alsToestand('na', 'gesloten, afspraak met tekst doorgezet');
      return alsToestand(
        'vast',
        `bevestigd ${bevestigd}, status ${evaluatie.status}, teksten ${kopieen.map((a) => JSON.stringify(a.tekst)).join(' / ')}`,
      );
    },
  },
  {
    naam: 'bod',
    punten: ['bod:na-audit', 'bod:na-commit', 'opdracht:na-tekst#onderdeelId'],
    start: 'bod:start',
    async bereid(t, aantal) {
      const uit: Onderwerp[] = [];
      for (let f = 0; uit.length < aantal; f++) {
        // Every bod its own corporatie and jaarschijf (one bod each), and its own onderdeel.
        const fx = await createFixture(t, `Bod ${f}`, { startjaar: 2027, eindjaar: 2030 });
        const themaId = [...(await defaultThemas(t)).values()][0]!.id;
        for (const [jaar, jaarschijfId] of fx.jaarschijven) {
          for (const partijId of [fx.corpA, fx.corpB]) {
            if (uit.length >= aantal) break;
            const onderdeel = await t.gqlOk<{ createOnderdeel: { id: string } }>(CREATE_ONDERDEEL, {
              input: {
                overeenkomstId: fx.overeenkomstId,
                soort: 'BIJLAGE',
                titel: `Bod ${jaar} ${uit.length}`,
                ondertekenaarIds: [fx.gemeente, fx.corpA, fx.corpB, fx.huurders],
              },
            });
            uit.push({
              sleutel: `${jaarschijfId}/${partijId}`,
              jaarschijfId,
              partijId,
              onderdeelId: onderdeel.createOnderdeel.id,
              themaId,
              titel: `Bodafspraak ${uit.length}`,
              tekst: `Tekst van het bod ${uit.length}.`,
              overeenkomstId: fx.overeenkomstId,
            });
          }
        }
      }
      return uit;
    },
    voerUit: (kind, token, o) =>
      kind.gqlOk(token, DIEN_BOD_IN, {
        input: {
          jaarschijfId: o.jaarschijfId,
          partijId: o.partijId,
          onderdeelId: o.onderdeelId,
          toelichting: 'Crashtest',
          afspraken: [
            {
              titel: o.titel,
              type: 'INTENTIE',
              themaId: o.themaId,
              volwassenheid: 'VOORNEMEN',
              tekst: o.tekst,
              details: { intentie: { voorwaarde: 'Als het kan', gevolg: 'dan gebeurt het' } },
            },
          ],
        },
      }),
    async toestand(kind, token, o) {
      const { boden } = await kind.gqlOk<{
        boden: { jaarschijfId: string; partijId: string; afspraken: { id: string }[] }[];
      }>(
        token,
        `query($id: ID!) { boden(overeenkomstId: $id) { jaarschijfId partijId afspraken { id } } }`,
        { id: o.overeenkomstId },
      );
      const bod = boden.find((b) => b.jaarschijfId === o.jaarschijfId && b.partijId === o.partijId);
      const s = await stand(kind, token, o.onderdeelId!);
      const afspraak = s.onderdeel.afspraken.find((a) => a.titel === o.titel);
      const audit = await auditActies(kind, token, o.overeenkomstId, o.jaarschijfId!);
      if (!bod && !afspraak) return alsToestand('voor', 'geen bod');
      if (
        bod &&
        afspraak &&
        bod.afspraken.some((a) => a.id === afspraak.id) &&
        afspraak.tekst === o.tekst &&
        audit.includes('BOD_INGEDIEND')
      )
        return alsToestand('na', 'bod met afspraak en tekst');
      return alsToestand(
        'vast',
        `bod ${!!bod}, afspraak ${afspraak ? JSON.stringify(afspraak.tekst) : 'geen'}`,
      );
    },
  },
];
