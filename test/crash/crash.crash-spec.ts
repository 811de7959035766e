import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TESTER, TEST_WACHTWOORD } from '../support/test-app';
import { Editors, voegAlineaToe, wachtTot } from '../support/collab-clients';
import { Kind, type Opslag } from './kind';
import { type Onderwerp, type Scenario, SCENARIOS, type Toestand } from './scenarios';
import { leesPlan, MOMENTEN_PER_COMMANDO } from './voorbereiding';

/*
 * Every multi-step command is sent to the app running as a child process, which is killed with
 * SIGKILL at a spread of moments: at named steps (a crash point the child fires itself), just
 * before the Nth SQL statement after the command started, and at a few times measured by this
 * process. A restart on the same data must find the command either not done (and then it
 * succeeds when sent again) or done completely, never half, and the audit trail valid.
 *
 * The starting state is prepared once, in this process; each lane runs on a copy of it (PGlite:
 * the closed data folder; PostgreSQL: CREATE DATABASE … TEMPLATE), one child per kill moment:
 * a child first judges the previous moment, then is killed in its own.
 */

const SQL_STAPPEN = [1, 4, 9, 16, 25, 40, 60];
const TIJDEN_MS = [60, 200];
const POSTGRES = !!process.env.DATABASE_URL;
const DATABASE = POSTGRES ? 'postgresql' : 'pglite';

interface Moment {
  scenario: Scenario;
  /** Its place in the command's list, for the matrix. */
  volgorde: number;
  onderwerp: Onderwerp;
  /** How the child dies: a crash point, or a delay after the command was sent. */
  crashpunt?: string;
  naMs?: number;
  label: string;
}

interface Uitkomst {
  commando: string;
  volgorde: number;
  moment: string;
  toestand: Toestand;
  uitleg: string;
  herhaald?: string;
  audit?: string;
}

const uitkomsten: Uitkomst[] = [];

function momenten(scenario: Scenario, onderwerpen: Onderwerp[]): Moment[] {
  const uit: Moment[] = [];
  const o = (i: number) => onderwerpen[i]!; // the plan prepared a subject per moment
  for (const punt of scenario.punten) {
    const [naam = punt, veld = 'sleutel'] = punt.split('#');
    uit.push({
      scenario,
      volgorde: uit.length,
      onderwerp: o(uit.length),
      crashpunt: `${naam}@${o(uit.length)[veld]}`,
      label: naam,
    });
  }
  for (const n of SQL_STAPPEN) {
    if (uit.length >= MOMENTEN_PER_COMMANDO - TIJDEN_MS.length) break;
    uit.push({
      scenario,
      volgorde: uit.length,
      onderwerp: o(uit.length),
      crashpunt: `${scenario.start}+${n}@${o(uit.length).sleutel}`,
      label: `${scenario.start}+${n} sql`,
    });
  }
  for (const ms of TIJDEN_MS)
    uit.push({
      scenario,
      volgorde: uit.length,
      onderwerp: o(uit.length),
      naMs: ms,
      label: `na ${ms} ms`,
    });
  return uit;
}

/** Sends the moment's command and waits until the child is dead, killing it when asked to. */
async function sterf(kind: Kind, token: string, m: Moment): Promise<boolean> {
  // A dropped connection means the child is dying; an answer (also an error) that it lives on.
  const verzoek = m.scenario.voerUit(kind, token, m.onderwerp).then(
    () => 'antwoord' as const,
    // fetch's TypeError comes from another realm than jest's: compared by name.
    (fout: unknown) =>
      (fout as Error).name === 'TypeError' ? ('verbroken' as const) : ('antwoord' as const),
  );
  if (m.naMs !== undefined) {
    await new Promise((r) => setTimeout(r, m.naMs));
    await kind.dood();
    return true;
  }
  if ((await verzoek) === 'verbroken') {
    await kind.gestopt;
    return true;
  }
  // The crash point was not reached before the answer (more statements asked than the command
  // ran): the kill comes after the command, which must then be found complete.
  await kind.dood();
  return false;
}

async function beoordeel(kind: Kind, token: string, m: Moment, gedood: boolean): Promise<void> {
  const { toestand, uitleg } = await m.scenario.toestand(kind, token, m.onderwerp);
  const uitkomst: Uitkomst = {
    commando: m.scenario.naam,
    volgorde: m.volgorde,
    moment: gedood ? m.label : `${m.label} (na antwoord)`,
    toestand,
    uitleg,
  };
  if (toestand === 'voor') {
    try {
      await m.scenario.voerUit(kind, token, m.onderwerp);
      const daarna = await m.scenario.toestand(kind, token, m.onderwerp);
      uitkomst.herhaald = daarna.toestand === 'na' ? 'ok' : `daarna ${daarna.uitleg}`;
    } catch (fout) {
      uitkomst.herhaald = `mislukt: ${String(fout).slice(0, 300)}`;
    }
  }
  const { verifyAuditTrail } = await kind.gqlOk<{
    verifyAuditTrail: { geldig: boolean; eersteFout: { reden: string } | null };
  }>(
    token,
    `query($id: ID!) { verifyAuditTrail(overeenkomstId: $id) { geldig eersteFout { reden } } }`,
    { id: m.onderwerp.overeenkomstId },
  );
  uitkomst.audit = verifyAuditTrail.geldig
    ? 'geldig'
    : `ONGELDIG: ${verifyAuditTrail.eersteFout?.reden}`;
  uitkomsten.push(uitkomst);
}

/** One lane: a copy of the starting state, its moments one after the other. */
async function baan(opslag: Opslag, lijst: Moment[]): Promise<void> {
  let vorige: { moment: Moment; gedood: boolean } | null = null;
  let token: string | null = null;
  for (const moment of [...lijst, null]) {
    const kind = await Kind.start(opslag, moment?.crashpunt);
    try {
      token ??= await kind.login(TESTER, TEST_WACHTWOORD);
      if (vorige) await beoordeel(kind, token, vorige.moment, vorige.gedood);
      if (!moment) break;
      vorige = { moment, gedood: await sterf(kind, token, moment) };
    } finally {
      if (kind.leeft) await (moment ? kind.dood() : kind.stop());
    }
  }
}

function matrix(): string {
  const regels = [
    `Crash-matrix (${DATABASE}): commando × moment → toestand na herstart`,
    `${'commando'.padEnd(11)} ${'moment'.padEnd(40)} ${'toestand'.padEnd(12)} herhaald  audit`,
  ];
  const plaats = (u: Uitkomst) => SCENARIOS.findIndex((s) => s.naam === u.commando);
  const gesorteerd = [...uitkomsten].sort(
    (a, b) => plaats(a) - plaats(b) || a.volgorde - b.volgorde,
  );
  for (const u of gesorteerd)
    regels.push(
      `${u.commando.padEnd(11)} ${u.moment.padEnd(40)} ${u.toestand.padEnd(12)} ${(u.herhaald ?? '-').padEnd(9)} ${u.audit}${u.toestand === 'vast' ? `  (${u.uitleg})` : ''}`,
    );
  const telling = (t: string) => uitkomsten.filter((u) => u.toestand === t).length;
  regels.push(
    `totaal: ${uitkomsten.length} momenten; voor ${telling('voor')}, na ${telling('na')}, vast ${telling('vast')}; ${uitkomsten.filter((u) => u.moment.endsWith('(na antwoord)')).length} gedood pas na het antwoord`,
  );
  return regels.join('\n');
}

describe(`crash suite (${DATABASE})`, () => {
  it('finds every killed command before or after, never stuck, with a valid audit trail', async () => {
    const begin = Date.now();
    const plan = await leesPlan(process.env.DRIEHOEK_CRASH_PLAN!);
    const alle = SCENARIOS.filter((s) => plan.onderwerpen[s.naam]).flatMap((s) =>
      momenten(s, plan.onderwerpen[s.naam]!),
    );
    const banen = plan.banen;
    const verdeeld = banen.map((_, i) => alle.filter((_m, j) => j % banen.length === i));
    await Promise.all(banen.map((opslag, i) => baan(opslag, verdeeld[i]!)));
    const tekst = `${matrix()}\nlooptijd ${DATABASE}: ${((Date.now() - begin + plan.voorbereidMs) / 1000).toFixed(0)} s (waarvan starttoestand ${(plan.voorbereidMs / 1000).toFixed(0)} s), ${banen.length} banen\n`;
    process.stdout.write(`\n${tekst}\n`);
    await schrijfMatrix(tekst);
    expect(uitkomsten).toHaveLength(alle.length);
    const mis = uitkomsten.filter(
      (u) => u.toestand === 'vast' || u.audit !== 'geldig' || (u.herhaald && u.herhaald !== 'ok'),
    );
    expect(mis).toEqual([]);
  });
});

describe(`co-editor burst (${DATABASE})`, () => {
  it('keeps every acknowledged edit through a SIGKILL, and GraphQL tekst equals the document', async () => {
    const plan = await leesPlan(process.env.DRIEHOEK_CRASH_PLAN!);
    if (!plan.collab) return;
    const { onderdeelId, afspraakId } = plan.collab;
    const opslag = plan.banen[0]!;
    let kind = await Kind.start(opslag);
    const editors = new Editors(() => kind.baseUrl);
    try {
      const token = await kind.login(TESTER, TEST_WACHTWOORD);
      const schrijver = await editors.gesynct(onderdeelId, token);
      const waarnemer = await editors.gesynct(onderdeelId, token);
      // A line is acknowledged once another client has it: the server broadcasts only what it
      // has stored.
      const bevestigd = () =>
        waarnemer
          .tekst(afspraakId)
          .split('\n')
          .filter((r) => r.startsWith('regel '));
      let n = 0;
      const typen = setInterval(
        () => voegAlineaToe(schrijver.fragment(afspraakId), `regel ${n++}`),
        5,
      );
      try {
        await wachtTot('veertig bevestigde regels', () => bevestigd().length >= 40, {
          timeoutMs: 30_000,
        });
        await kind.dood();
      } finally {
        clearInterval(typen);
      }
      const gezien = bevestigd();
      editors.sluitAlles();
      kind = await Kind.start(opslag);
      const lezer = await editors.gesynct(onderdeelId, token);
      const hersteld = lezer.tekst(afspraakId);
      const regels = new Set(hersteld.split('\n'));
      expect(gezien.filter((r) => !regels.has(r))).toEqual([]);
      const tekst = async () =>
        (
          await kind.gqlOk<{ afspraak: { tekst: string } }>(
            token,
            `query($id: ID!) { afspraak(id: $id) { tekst } }`,
            { id: afspraakId },
          )
        ).afspraak.tekst;
      await wachtTot(
        'GraphQL tekst gelijk aan het document',
        async () => (await tekst()) === hersteld,
        {
          timeoutMs: 10_000,
        },
      );
      process.stdout.write(
        `co-editor burst (${DATABASE}): ${n} regels getypt, ${gezien.length} bevestigd voor SIGKILL, alle ${gezien.length} terug na herstart; GraphQL tekst gelijk aan het document\n`,
      );
    } finally {
      editors.sluitAlles();
      await kind.stop();
    }
  });
});

/** test-artefacten/crash-matrix.txt holds the matrix of both databases, each run its own part. */
async function schrijfMatrix(tekst: string): Promise<void> {
  const map = resolve(__dirname, '..', '..', 'test-artefacten');
  await mkdir(map, { recursive: true });
  await writeFile(join(map, `crash-matrix-${DATABASE}.txt`), tekst);
  const delen = await Promise.all(
    ['pglite', 'postgresql'].map((d) =>
      readFile(join(map, `crash-matrix-${d}.txt`), 'utf8').catch(() => ''),
    ),
  );
  await writeFile(join(map, 'crash-matrix.txt'), delen.filter(Boolean).join('\n'));
}
