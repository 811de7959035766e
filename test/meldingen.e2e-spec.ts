import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { Gebruiker } from '../src/auth/gebruiker.entity';
import { hashWachtwoord } from '../src/auth/wachtwoord';
import { Klok } from '../src/common/klok';
import { HerinneringPlanner } from '../src/meldingen/herinnering-planner';
import { MeldingBronnen } from '../src/meldingen/melding-bronnen';
import { MeldingMail } from '../src/meldingen/melding-mail';
import { LidRol, Lidmaatschap } from '../src/partijen/lidmaatschap.entity';
import { Partij } from '../src/partijen/partij.entity';
import {
  afspraakInput,
  createAfspraak,
  createFixture,
  defaultThemas,
  type Fixture,
} from './support/api';
import { gqlOkAls, sqlRij } from './support/als';
import { herstart, sluitNaHerstart } from './support/restart-app';
import { startSmtp, type TestSmtp } from './support/smtp';
import { startTestApp, TEST_WACHTWOORD, type TestApp } from './support/test-app';

const APP_URL = 'http://driehoek.test';
const ANNA = 'anna@corp.test';
const BERT = 'bert@huurders.test';
const CARLA = 'carla@oost.test';

async function persoon(
  app: INestApplication,
  email: string,
  naam: string,
  partijId: string,
  rollen: LidRol[],
) {
  const em = app.get(MikroORM).em.fork();
  const g = new Gebruiker(email, naam, await hashWachtwoord(TEST_WACHTWOORD));
  em.persist([g, new Lidmaatschap(g, await em.findOneOrFail(Partij, { id: partijId }), rollen)]);
  await em.flush();
}

/** Every melding stored so far has had its mail handled (sent, skipped, or left for the overview). */
async function mailsAfgehandeld(app: INestApplication): Promise<void> {
  await app.get(MeldingBronnen).klaar();
  const tot = Date.now() + 20_000;
  for (;;) {
    const { n } = await sqlRij<{ n: number }>(
      app,
      `select count(*)::int as n from melding m left join melding_voorkeur v on v.gebruiker_id = m.gebruiker_id
        where m.mail_status in ('WACHT', 'BEZIG') and coalesce(v.mail, 'DIRECT') <> 'DAGELIJKS'`,
    );
    if (n === 0) return;
    if (Date.now() > tot) throw new Error(`${n} mails wachten nog`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const AFMELDEN = `mutation($t: String!) { meldAfVoorMail(input: { token: $t }) }`;
const onderwerpen = (smtp: TestSmtp, email: string) =>
  smtp
    .aan(email)
    .map((m) => m.onderwerp)
    .sort();

describe('meldingen and mail', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let app: INestApplication;
  let fx: Fixture;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ mail: { smtpUrl: smtp.url, appUrl: APP_URL } });
    app = t.app;
    fx = await createFixture(t, 'Meld');
    await t.maakLid(fx.gemeente);
    await persoon(app, ANNA, 'Anna Jansen', fx.corpA, [LidRol.ONDERTEKENAAR]);
    await persoon(app, BERT, 'Bert de Boer', fx.huurders, [LidRol.ONDERTEKENAAR]);
    await persoon(app, CARLA, 'Carla Smit', fx.corpB, [LidRol.OPSTELLER]);
    for (const email of [ANNA, BERT, CARLA]) tokens[email] = await t.login(email);
    await gqlOkAls(
      t,
      tokens[BERT]!,
      `mutation { zetMeldingVoorkeur(input: { mail: UIT }) { mail } }`,
    );
    await gqlOkAls(
      t,
      tokens[CARLA]!,
      `mutation { zetMeldingVoorkeur(input: { mail: DAGELIJKS }) { mail } }`,
    );
  });

  afterAll(async () => {
    if (app) await sluitNaHerstart(t, app);
    await smtp?.stop();
  });

  it('mails a mention, a sign request and a deadline reminder once each, also across a restart', async () => {
    const themas = await defaultThemas(t);
    const afspraak = await createAfspraak(t, afspraakInput(fx, [...themas.values()][0]!.id));
    const PLAATS = `mutation($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { id } }`;
    const vermelding = (
      await t.gqlOk<{ plaatsOpmerking: { id: string } }>(PLAATS, {
        input: {
          afspraakId: afspraak.id,
          partijId: fx.gemeente,
          tekst: `@Anna Jansen en @Wooncorporatie Oost Meld: kunnen jullie de locatie bevestigen?`,
        },
      })
    ).plaatsOpmerking;
    await t.gqlOk(PLAATS, {
      input: {
        afspraakId: afspraak.id,
        partijId: fx.gemeente,
        gerichtAanId: fx.corpB,
        tekst: 'Graag uw kostenraming voor 1 februari.',
      },
    });
    await t.gqlOk(`mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`, {
      input: { onderdeelId: fx.hoofdId, overrideReden: 'Akkoord in het bestuurlijk overleg' },
    });
    const klok = app.get(Klok);
    klok.zet(new Date('2026-12-05T05:00:00Z'));
    await app.get(HerinneringPlanner).plan();
    await mailsAfgehandeld(app);

    expect(onderwerpen(smtp, ANNA)).toEqual([
      'Driehoek: Herinnering: een termijn van de jaarcyclus nadert',
      'Driehoek: U wordt genoemd in een opmerking',
      'Driehoek: Uw handtekening wordt gevraagd',
    ]);
    const [genoemd] = smtp.aan(ANNA).filter((m) => /genoemd/.test(m.onderwerp));
    expect(genoemd!.tekst).toContain('Beste Anna Jansen,');
    expect(genoemd!.tekst).toContain(
      `${APP_URL}/overeenkomsten/${fx.overeenkomstId}/onderdelen/${fx.hoofdId}?afspraak=${afspraak.id}&opmerking=${vermelding.id}`,
    );
    expect(genoemd!.html).toContain('<a href="http://driehoek.test/overeenkomsten/');
    expect(genoemd!.afmelden).toMatch(new RegExp(`^${APP_URL}/afmelden/`));
    const herinnering = smtp.aan(ANNA).find((m) => /Herinnering/.test(m.onderwerp))!;
    expect(herinnering.tekst).toContain(
      'Herinnering, nog 10 dagen: de ondertekening van de afspraken voor 2027 in “Prestatieafspraken Meld 2026–2029” moet uiterlijk 14 december 2026 klaar zijn.',
    );
    // "Off" sends nothing, though the melding is there in the app.
    expect(smtp.aan(BERT)).toEqual([]);
    const bert = await gqlOkAls(
      t,
      tokens[BERT]!,
      `{ meldingen { total ongelezen items { soort } } }`,
    );
    expect(bert.meldingen.items.map((m: { soort: string }) => m.soort).sort()).toEqual([
      'HERINNERING',
      'ONDERTEKENVERZOEK',
    ]);

    // The 3-day reminder is planned and queued, and the app stops at once (before or after its
    // worker sent it). The new instance plans the same day again and sweeps: one mail in all.
    klok.zet(new Date('2026-12-12T05:00:00Z'));
    await app.get(HerinneringPlanner).plan();
    const alVerzonden = smtp.aan(ANNA).length;
    app = await herstart(t, app, { mail: { smtpUrl: smtp.url, appUrl: APP_URL } });
    app.get(Klok).zet(new Date('2026-12-12T05:30:00Z'));
    await Promise.all([app.get(HerinneringPlanner).plan(), app.get(HerinneringPlanner).plan()]);
    await app.get(MeldingMail).veeg();
    await mailsAfgehandeld(app);
    expect(alVerzonden).toBeGreaterThanOrEqual(3);
    expect(onderwerpen(smtp, ANNA)).toEqual([
      'Driehoek: Herinnering: een termijn van de jaarcyclus nadert',
      'Driehoek: Herinnering: een termijn van de jaarcyclus nadert',
      'Driehoek: U wordt genoemd in een opmerking',
      'Driehoek: Uw handtekening wordt gevraagd',
    ]);
    expect(smtp.aan(ANNA).filter((m) => /nog 3 dagen/.test(m.tekst))).toHaveLength(1);
    app.get(Klok).zet(null);
  }, 120_000);

  it('bundles the day for who chose the daily overview, and unsubscribes by the link', async () => {
    expect(smtp.aan(CARLA)).toEqual([]);
    await app.get(MeldingMail).verstuurOverzichten();
    await app.get(MeldingMail).verstuurOverzichten();
    expect(smtp.aan(CARLA)).toHaveLength(1);
    const overzicht = smtp.aan(CARLA)[0]!;
    expect(overzicht.onderwerp).toBe('Driehoek: Uw overzicht: 2 nieuwe meldingen');
    expect(overzicht.tekst).toContain('noemt Wooncorporatie Oost Meld in een opmerking');
    expect(overzicht.tekst).toContain('richt een opmerking aan Wooncorporatie Oost Meld');

    const token = smtp.aan(ANNA)[0]!.afmelden!.split('/afmelden/')[1]!;
    const fout = await t.gqlAs(
      null,
      `mutation($t: String!) { meldAfVoorMail(input: { token: $t }) }`,
      {
        t: token.slice(0, -2),
      },
    );
    expect(fout.errors?.[0]?.extensions?.veld).toBe('token');
    const afgemeld = await t.gqlAs(null, AFMELDEN, { t: token });
    expect(afgemeld.data).toEqual({ meldAfVoorMail: true });
    const anna = await gqlOkAls(t, tokens[ANNA]!, `{ meldingVoorkeur { mail email } }`);
    expect(anna.meldingVoorkeur).toEqual({ mail: 'UIT', email: ANNA });
  }, 60_000);

  it('lists, counts and marks meldingen read per person', async () => {
    const LIJST = `{ meldingen(take: 10) { total ongelezen items { id soort tekst link gelezen } } }`;
    const voor = (await gqlOkAls(t, tokens[ANNA]!, LIJST)).meldingen;
    expect(voor.total).toBe(4);
    expect(voor.ongelezen).toBe(4);
    const eerste = voor.items[0];
    const gelezen = await gqlOkAls(
      t,
      tokens[ANNA]!,
      `mutation($id: ID!) { markeerMeldingGelezen(id: $id) { gelezen } }`,
      {
        id: eerste.id,
      },
    );
    expect(gelezen.markeerMeldingGelezen.gelezen).toBe(true);
    const vreemd = await t.gqlAs(
      tokens[BERT]!,
      `mutation($id: ID!) { markeerMeldingGelezen(id: $id) { gelezen } }`,
      {
        id: eerste.id,
      },
    );
    expect(vreemd.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const alles = await gqlOkAls(t, tokens[ANNA]!, `mutation { markeerAlleMeldingenGelezen }`);
    expect(alles.markeerAlleMeldingenGelezen).toBe(3);
    expect((await gqlOkAls(t, tokens[ANNA]!, LIJST)).meldingen.ongelezen).toBe(0);
  });
});
