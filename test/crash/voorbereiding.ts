import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { startTestApp } from '../support/test-app';
import type { Opslag } from './kind';
import { basis, onderdeelMetAfspraak, type Onderwerp, SCENARIOS } from './scenarios';

/** What the preparation hands to the suite: the lanes' copies and every scenario's subjects. */
export interface Plan {
  database: 'pglite' | 'postgresql';
  werkmap: string;
  banen: Opslag[];
  onderwerpen: Record<string, Onderwerp[]>;
  /** PostgreSQL databases to drop afterwards. */
  databases: string[];
  serverUrl: string | null;
  voorbereidMs: number;
  /** A draft onderdeel with one afspraak, for the co-editor burst. */
  collab: { onderdeelId: string; afspraakId: string } | null;
}

export const PLAN_BESTAND = 'plan.json';

const BANEN = Number(process.env.CRASH_BANEN ?? 2);
export const MOMENTEN_PER_COMMANDO = 10;

/**
 * The starting state, prepared once through the API in this process (jest's global setup runs
 * outside the test sandbox, where PGlite can start), then copied for each lane.
 */
export async function bereidVoor(): Promise<string> {
  const begin = Date.now();
  const alleen = process.env.CRASH_ALLEEN?.split(',');
  const werkmap = await mkdtemp(join(tmpdir(), 'driehoek-crash-'));
  const plan: Plan = {
    database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    werkmap,
    banen: [],
    onderwerpen: {},
    databases: [],
    serverUrl: process.env.DATABASE_URL ?? null,
    voorbereidMs: 0,
    collab: null,
  };
  try {
    await vulPlan(plan, alleen);
  } catch (fout) {
    await ruimPlanOp(plan).catch(() => undefined);
    throw fout;
  }
  plan.voorbereidMs = Date.now() - begin;
  const bestand = join(werkmap, PLAN_BESTAND);
  await writeFile(bestand, JSON.stringify(plan));
  return bestand;
}

async function vulPlan(plan: Plan, alleen: string[] | undefined): Promise<void> {
  const naam = `crash_${process.pid}_${Date.now()}`;
  const sql = async (query: string) => {
    const c = new Client({ connectionString: plan.serverUrl! });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  };
  const dbUrl = (db: string) => {
    const url = new URL(plan.serverUrl!);
    url.pathname = `/${db}`;
    return url.toString();
  };
  let stop = () => Promise.resolve();
  const basisData = join(plan.werkmap, 'basis');
  if (plan.serverUrl) {
    await sql(`create database ${naam}_basis`);
    plan.databases.push(`${naam}_basis`);
    process.env.DATABASE_URL = dbUrl(`${naam}_basis`);
  } else {
    const embedded = await startEmbeddedPostgres(basisData);
    process.env.DRIEHOEK_TEST_EMBEDDED_URLS = embedded.url;
    stop = () => embedded.stop();
  }
  try {
    const t = await startTestApp();
    for (const scenario of SCENARIOS.filter((s) => !alleen || alleen.includes(s.naam)))
      plan.onderwerpen[scenario.naam] = await scenario.bereid(t, MOMENTEN_PER_COMMANDO);
    if (!alleen || alleen.includes('collab'))
      plan.collab = await onderdeelMetAfspraak(t, await basis(t, 'Collab'), 0);
    await t.app.close();
    for (let i = 1; i <= BANEN; i++) {
      if (plan.serverUrl) {
        await sql(`create database ${naam}_baan${i} template ${naam}_basis`);
        plan.databases.push(`${naam}_baan${i}`);
        plan.banen.push({ soort: 'postgresql', url: dbUrl(`${naam}_baan${i}`), schema: t.schema });
      } else {
        plan.banen.push({
          soort: 'pglite',
          dataDir: join(plan.werkmap, `baan-${i}`),
          schema: t.schema,
        });
      }
    }
  } finally {
    await stop();
    if (plan.serverUrl) process.env.DATABASE_URL = plan.serverUrl;
  }
  for (const baan of plan.banen)
    if (baan.soort === 'pglite') await cp(basisData, baan.dataDir, { recursive: true });
}

export async function leesPlan(bestand: string): Promise<Plan> {
  return JSON.parse(await readFile(bestand, 'utf8')) as Plan;
}

export async function ruimOp(bestand: string): Promise<void> {
  await ruimPlanOp(await leesPlan(bestand));
}

async function ruimPlanOp(plan: Plan): Promise<void> {
  if (plan.serverUrl && plan.databases.length > 0) {
    const c = new Client({ connectionString: plan.serverUrl });
    await c.connect();
    for (const db of plan.databases) await c.query(`drop database if exists ${db} with (force)`);
    await c.end();
  }
  await rm(plan.werkmap, { recursive: true, force: true });
}
