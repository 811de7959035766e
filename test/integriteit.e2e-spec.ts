import type { INestApplication } from '@nestjs/common';
import { sqlRij, sqlRijen } from './support/als';
import {
  afspraakInput,
  createAfspraak,
  createFixture,
  defaultThemas,
  type Fixture,
} from './support/api';
import { herstart, sluitNaHerstart } from './support/restart-app';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Integrity of multi-step changes (issue 13): an audit entry is written in the transaction of
 * the change it records, the audit trail cannot be changed by the application's database user,
 * and an onderdeel an interrupted freeze left behind is repaired at start-up. The crash suite
 * (npm run test:crash) kills a real process at every step; these tests pin the rules down fast.
 */

const BEVRIES = `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id status } }`;
const WEIGER = `mutation($input: WeigerOndertekeningInput!) { weigerOndertekening(input: $input) { id } }`;
const UPDATE_AFSPRAAK = `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { id } }`;
const HERSTEL = `mutation($input: IdInput!) { herstelVersie(input: $input) }`;
const ONDERDEEL = `query($id: ID!) { onderdeel(id: $id) { status ondertekenaars { id } afspraken { id titel tekst } } }`;
const VERIFIEER = `query($id: ID!) { verifyAuditTrail(overeenkomstId: $id) { geldig eersteFout { reden } } }`;

describe('integrity: audit in the transaction, an append-only trail, repair after a crash', () => {
  let t: TestApp;
  let app: INestApplication;
  let fx: Fixture;
  let themaId: string;

  beforeAll(async () => {
    t = await startTestApp();
    app = t.app;
    fx = await createFixture(t, 'Integriteit');
    themaId = [...(await defaultThemas(t)).values()][0]!.id;
  });
  afterAll(async () => {
    if (app === t.app) await t.close();
    else await sluitNaHerstart(t, app);
  });

  const acties = async (): Promise<string[]> =>
    (
      await sqlRijen<{ actie: string }>(
        app,
        'select actie from audit_regel where overeenkomst_id = ? order by volgnummer',
        [fx.overeenkomstId],
      )
    ).map((r) => r.actie);

  /** Makes writing an audit entry of this kind fail, in this test's schema only. */
  const weigerAudit = async (actie: string, fn: () => Promise<void>) => {
    await sqlRijen(
      app,
      `alter table audit_regel add constraint test_weiger_audit check (actie <> '${actie}')`,
    );
    try {
      await fn();
    } finally {
      await sqlRijen(app, 'alter table audit_regel drop constraint test_weiger_audit');
    }
  };

  it('a deelnemer change whose audit entry cannot be written is not made', async () => {
    const { overeenkomst } = await t.gqlOk<{
      overeenkomst: { deelnemers: { id: string; rol: string; partij: { id: string } }[] };
    }>(`query($id: ID!) { overeenkomst(id: $id) { deelnemers { id rol partij { id } } } }`, {
      id: fx.overeenkomstId,
    });
    const provincie = overeenkomst.deelnemers.find((d) => d.partij.id === fx.provincie)!;
    await weigerAudit('DEELNEMER_GEWIJZIGD', async () => {
      const antwoord = await t.gql(
        `mutation($input: UpdateDeelnemerInput!) { updateDeelnemer(input: $input) { rol } }`,
        { input: { id: provincie.id, rol: 'MEDEONDERTEKENAAR_BIJLAGE' } },
      );
      expect(antwoord.errors?.length).toBeGreaterThan(0);
    });
    const rij = await sqlRij<{ rol: string }>(app, 'select rol from deelnemer where id = ?', [
      provincie.id,
    ]);
    expect(rij.rol).toBe('WAARNEMER');
  });

  it('a change of signatories whose audit entry cannot be written is not made', async () => {
    await weigerAudit('ONDERTEKENAARS_GEWIJZIGD', async () => {
      const antwoord = await t.gql(
        `mutation($input: UpdateOnderdeelInput!) { updateOnderdeel(input: $input) { id } }`,
        { input: { id: fx.bijlageId, ondertekenaarIds: [fx.gemeente, fx.corpA, fx.huurders] } },
      );
      expect(antwoord.errors?.length).toBeGreaterThan(0);
    });
    const { onderdeel } = await t.gqlOk<{ onderdeel: { ondertekenaars: { id: string }[] } }>(
      ONDERDEEL,
      { id: fx.bijlageId },
    );
    expect(onderdeel.ondertekenaars.map((p) => p.id).sort()).toEqual(
      [fx.gemeente, fx.corpA, fx.corpB, fx.huurders, fx.zorg, fx.welzijn].sort(),
    );
  });

  it('restoring a version whose audit entry cannot be written changes nothing', async () => {
    const afspraak = await createAfspraak(
      t,
      afspraakInput(fx, themaId, { onderdeelId: fx.bijlageId, titel: 'Eerste titel' }),
    );
    const versieId = (
      await t.gqlOk<{ bevriesOnderdeel: { id: string } }>(BEVRIES, {
        input: { onderdeelId: fx.bijlageId, overrideReden: 'Test' },
      })
    ).bevriesOnderdeel.id;
    await t.gqlOk(WEIGER, { input: { versieId, partijId: fx.corpA, reden: 'Nog niet' } });
    await t.gqlOk(UPDATE_AFSPRAAK, {
      input: { id: afspraak.id, titel: 'Tweede titel', tekst: 'Tweede tekst.' },
    });
    await weigerAudit('VERSIE_HERSTELD', async () => {
      const antwoord = await t.gql(HERSTEL, { input: { id: versieId } });
      expect(antwoord.errors?.length).toBeGreaterThan(0);
    });
    const { onderdeel } = await t.gqlOk<{
      onderdeel: { afspraken: { id: string; titel: string; tekst: string }[] };
    }>(ONDERDEEL, { id: fx.bijlageId });
    expect(onderdeel.afspraken.find((a) => a.id === afspraak.id)).toMatchObject({
      titel: 'Tweede titel',
      tekst: 'Tweede tekst.',
    });
    const open = await sqlRij<{ n: string }>(
      app,
      'select count(*) as n from document_opdracht where onderdeel_id = ?',
      [fx.bijlageId],
    );
    expect(Number(open.n)).toBe(0);
    // Allowed again, the restore succeeds whole: fields, text and its audit entry.
    await t.gqlOk(HERSTEL, { input: { id: versieId } });
    const na = await t.gqlOk<{
      onderdeel: { afspraken: { id: string; titel: string; tekst: string }[] };
    }>(ONDERDEEL, { id: fx.bijlageId });
    expect(na.onderdeel.afspraken.find((a) => a.id === afspraak.id)?.titel).toBe('Eerste titel');
    expect(await acties()).toContain('VERSIE_HERSTELD');
  });

  it('the application cannot change or delete an audit entry; deleting an overeenkomst still can', async () => {
    const eerste = await sqlRij<{ id: string }>(
      app,
      'select id from audit_regel where overeenkomst_id = ? order by volgnummer limit 1',
      [fx.overeenkomstId],
    );
    expect(eerste).toBeDefined();
    await expect(
      sqlRijen(app, `update audit_regel set actie = 'X' where id = ?`, [eerste.id]),
    ).rejects.toThrow(/alleen aan te vullen/);
    await expect(
      sqlRijen(app, 'delete from audit_regel where id = ?', [eerste.id]),
    ).rejects.toThrow(/alleen aan te vullen/);
    const ander = await createFixture(t, 'Weg');
    await t.gqlOk(`mutation($input: IdInput!) { deleteOvereenkomst(input: $input) }`, {
      input: { id: ander.overeenkomstId },
    });
    const rest = await sqlRij<{ n: string }>(
      app,
      'select count(*) as n from audit_regel where overeenkomst_id = ?',
      [ander.overeenkomstId],
    );
    expect(Number(rest.n)).toBe(0);
  });

  it('an onderdeel left ter ondertekening without a version is a draft again after a restart', async () => {
    const onderdeelId = fx.hoofdId;
    await createAfspraak(t, afspraakInput(fx, themaId, { titel: 'Vast na een crash' }));
    // What the old two-transaction freeze left when the process died between its transactions.
    await sqlRijen(app, `update onderdeel set status = 'TER_ONDERTEKENING' where id = ?`, [
      onderdeelId,
    ]);
    app = await herstart(t, app);
    const { onderdeel } = await t.gqlOk<{ onderdeel: { status: string } }>(ONDERDEEL, {
      id: onderdeelId,
    });
    expect(onderdeel.status).toBe('CONCEPT');
    expect(await acties()).toContain('BEVRIEZING_HERSTELD');
    const bevroren = await t.gqlOk<{ bevriesOnderdeel: { status: string } }>(BEVRIES, {
      input: { onderdeelId, overrideReden: 'Na herstel' },
    });
    expect(bevroren.bevriesOnderdeel.status).toBe('TER_ONDERTEKENING');
    const { verifyAuditTrail } = await t.gqlOk<{ verifyAuditTrail: { geldig: boolean } }>(
      VERIFIEER,
      { id: fx.overeenkomstId },
    );
    expect(verifyAuditTrail.geldig).toBe(true);
  });
});
