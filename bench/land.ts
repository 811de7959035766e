/*
 * npm run bench:land
 *
 * The country's data in one database: about AANTAL (default 300) agreements of 149 gemeenten in
 * two regions of one provincie, each with 30 afspraken and 5 indicators with a streefwaarde per
 * jaarschijf, created through the GraphQL API as a gemeente's opsteller would. Then every read
 * path is timed for a gemeente's lezer and for the provincie's (waarnemer of all): median and
 * p95, response size and the SQL statements one request issues.
 *
 * Needs DATABASE_URL (PostgreSQL). The data lives in the schema `land_bench` and stays there, so a
 * second run creates only the agreements that are missing (found by the marker in their titles):
 * run at 25, then AANTAL=100, then AANTAL=300 on the same database to see how each path grows.
 */
import type { INestApplication } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { AuthService } from '../src/auth/auth.service';
import { Gebruiker } from '../src/auth/gebruiker.entity';
import { hashWachtwoord } from '../src/auth/wachtwoord';
import { Lidmaatschap, LidRol } from '../src/partijen/lidmaatschap.entity';
import { Partij, PartijSoort } from '../src/partijen/partij.entity';
import { FULL_OVEREENKOMST } from '../test/support/queries';
import { generatedAgreement } from '../test/support/generated-agreement';
import { median } from './support/timing';
import type { DemoDetails } from '../src/demo/demo-types';

const AANTAL = Number(process.env.AANTAL ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const GEMEENTEN = 149;
const SCHEMA = 'land_bench';
/** Agreements created side by side; each one's mutations go one after the other. */
const PARALLEL = 6;
const MARKER = 'Landbench';
const WACHTWOORD = 'landbench-wachtwoord';
const OPSTELLER = 'opsteller@landbench.driehoek.nl';
const GEMEENTE_LEZER = 'gemeente@landbench.driehoek.nl';
const PROVINCIE_LEZER = 'provincie@landbench.driehoek.nl';
const DOEL_P95_MS = 200;

type Vars = Record<string, unknown>;

let statements = 0;

async function gql<T>(base: string, token: string, query: string, variables?: Vars) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (json.errors?.length) throw new Error(`GraphQL-fout: ${JSON.stringify(json.errors)}`);
  return { data: json.data as T, bytes: Buffer.byteLength(text) };
}

/** A user with a password and membership of the partij, made once (users come by invitation). */
async function gebruiker(
  app: INestApplication,
  email: string,
  partijId: string,
  rollen: LidRol[],
): Promise<void> {
  const em = app.get(MikroORM).em.fork();
  let g = await em.findOne(Gebruiker, { email });
  if (!g) {
    g = new Gebruiker(email, email.split('@')[0]!, await hashWachtwoord(WACHTWOORD));
    em.persist(g);
  }
  const partij = await em.findOneOrFail(Partij, { id: partijId });
  if (!(await em.findOne(Lidmaatschap, { gebruiker: g, partij })))
    em.persist(new Lidmaatschap(g, partij, rollen));
  await em.flush();
}

async function pool<T>(items: T[], n: number, werk: (item: T) => Promise<void>): Promise<void> {
  let volgende = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (volgende < items.length) await werk(items[volgende++]!);
    }),
  );
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('bench:land heeft DATABASE_URL nodig (een PostgreSQL-database)');
  const app = await createApp({
    clientUrl: url,
    schema: SCHEMA,
    embedded: false,
    logger: ['error'],
    quiet: true,
    onQuery: () => statements++,
  });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const sql = new Client({ connectionString: url });
  await sql.connect();
  await sql.query(`set search_path to "${SCHEMA}"`);
  try {
    const start = performance.now();
    const bestaand = await opbouw(app, base, sql);
    const seconden = ((performance.now() - start) / 1000).toFixed(0);
    console.log(`Gegevens: ${AANTAL} overeenkomsten (${bestaand} bestonden al), in ${seconden} s`);
    // A live database has planner statistics of its tables (autovacuum keeps them); the data was
    // just created, and a server may run with autovacuum off (this machine's does), so gather
    // them as autovacuum would. Without them the planner guesses and scans whole tables.
    const { rows } = await sql.query<{ tabellen: string }>(
      `select string_agg(format('%I.%I', schemaname, tablename), ', ') as tabellen
         from pg_tables where schemaname = $1`,
      [SCHEMA],
    );
    await sql.query(`analyze ${rows[0]!.tabellen}`);
    await meet(app, base, sql);
  } finally {
    await sql.end().catch(() => undefined);
    await app.close();
  }
}

/** Creates what is missing; returns how many agreements were already there. */
async function opbouw(app: INestApplication, base: string, sql: Client): Promise<number> {
  // The opsteller acts for a gemeente of its own, so it may register organisations.
  const em = app.get(MikroORM).em.fork();
  let thuis = await em.findOne(Partij, { naam: `${MARKER} thuisgemeente` });
  if (!thuis) {
    thuis = new Partij(`${MARKER} thuisgemeente`, PartijSoort.GEMEENTE);
    await em.persistAndFlush(thuis);
  }
  await gebruiker(app, OPSTELLER, thuis.id, [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER]);
  // An access token lasts minutes; building 300 agreements takes longer.
  const inloggen = () => app.get(AuthService).login(OPSTELLER, WACHTWOORD, 'bench');
  let sessie = { token: (await inloggen()).accessToken, sinds: Date.now() };
  const q = async <T>(query: string, variables?: Vars) => {
    if (Date.now() - sessie.sinds > 5 * 60_000)
      sessie = { token: (await inloggen()).accessToken, sinds: Date.now() };
    return (await gql<T>(base, sessie.token, query, variables)).data;
  };

  const partijen = new Map(
    (
      await sql.query<{ id: string; naam: string }>(
        `select id, naam from partij where naam like $1`,
        [`${MARKER}%`],
      )
    ).rows.map((r) => [r.naam, r.id]),
  );
  const partij = async (naam: string, soort: string, regio?: string): Promise<string> => {
    const bekend = partijen.get(naam);
    if (bekend) return bekend;
    const { createPartij } = await q<{ createPartij: { id: string } }>(
      `mutation($input: CreatePartijInput!) { createPartij(input: $input) { id } }`,
      { input: { naam, soort, regio } },
    );
    partijen.set(naam, createPartij.id);
    // The opsteller acts for every partij it registers, as the gemeente's own staff would.
    await gebruiker(app, OPSTELLER, createPartij.id, [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER]);
    return createPartij.id;
  };
  const provincie = await partij(`${MARKER} Provincie`, 'PROVINCIE');
  await gebruiker(app, PROVINCIE_LEZER, provincie, [LidRol.LEZER]);
  const zorg = await partij(`${MARKER} Zorggroep`, 'ZORGAANBIEDER');
  const gemeenten: string[] = [];
  const corporaties: string[] = [];
  const huurders: string[] = [];
  await pool(
    Array.from({ length: GEMEENTEN }, (_, i) => i),
    PARALLEL,
    async (i) => {
      const nr = String(i + 1).padStart(3, '0');
      // Two thirds in the one region, a third in the other: a filter that keeps most.
      gemeenten[i] = await partij(
        `${MARKER} Gemeente ${nr}`,
        'GEMEENTE',
        i % 3 === 2 ? 'Zuid' : 'Noord',
      );
      if (i % 4 === 0) {
        corporaties[i / 4] = await partij(`${MARKER} Woonstichting ${nr}`, 'WONINGCORPORATIE');
        huurders[i / 4] = await partij(`${MARKER} Huurdersvereniging ${nr}`, 'HUURDERSORGANISATIE');
      }
    },
  );
  await gebruiker(app, GEMEENTE_LEZER, gemeenten[0]!, [LidRol.LEZER]);
  const themas = new Map(
    (await q<{ themas: { id: string; naam: string }[] }>(`{ themas { id naam } }`)).themas.map(
      (t) => [t.naam, t.id],
    ),
  );

  // An agreement counts when its last step (its last indicator) is there; a broken one goes.
  const rijen = (
    await sql.query<{ id: string; titel: string; indicatoren: number }>(
      `select o.id, o.titel, (select count(*)::int from indicator i where i.overeenkomst_id = o.id) as indicatoren
         from overeenkomst o where o.titel like $1`,
      [`${MARKER} %`],
    )
  ).rows;
  const klaar = new Set<number>();
  for (const r of rijen) {
    const nr = Number(/#(\d+)/.exec(r.titel)?.[1]);
    if (r.indicatoren === 5) klaar.add(nr);
    else await sql.query(`delete from overeenkomst where id = $1`, [r.id]);
  }
  const teMaken = Array.from({ length: AANTAL }, (_, k) => k + 1).filter((k) => !klaar.has(k));
  let gemaakt = 0;
  await pool(teMaken, PARALLEL, async (k) => {
    const g = (k - 1) % GEMEENTEN;
    const c = Math.floor(g / 4);
    // The second agreement of a gemeente started a year earlier.
    const startjaar = 2026 - (Math.floor((k - 1) / GEMEENTEN) % 2);
    const ids: Record<string, string> = {
      gemeente: gemeenten[g]!,
      corporatie: corporaties[c]!,
      huurders: huurders[c]!,
      zorg,
    };
    const { createOvereenkomst: o } = await q<{
      createOvereenkomst: { id: string; jaarschijven: { jaar: number }[] };
    }>(
      `mutation($input: CreateOvereenkomstInput!) { createOvereenkomst(input: $input) { id jaarschijven { jaar } } }`,
      {
        input: {
          titel: `${MARKER} #${String(k).padStart(4, '0')} Prestatieafspraken gemeente ${g + 1}`,
          startjaar,
          eindjaar: startjaar + 3,
          gemeenteIds: [ids.gemeente],
          deelnemers: [
            { partijId: ids.corporatie, rol: 'ONDERTEKENAAR' },
            { partijId: ids.huurders, rol: 'ONDERTEKENAAR' },
            { partijId: zorg, rol: 'MEDEONDERTEKENAAR_BIJLAGE' },
            { partijId: provincie, rol: 'WAARNEMER' },
          ],
        },
      },
    );
    const data = generatedAgreement(`${MARKER} ${k}`, { afspraken: 30, indicatoren: 5 });
    const onderdelen: Record<string, string> = {};
    for (const d of data.onderdelen) {
      const { createOnderdeel } = await q<{ createOnderdeel: { id: string } }>(
        `mutation($input: CreateOnderdeelInput!) { createOnderdeel(input: $input) { id } }`,
        {
          input: {
            overeenkomstId: o.id,
            soort: d.soort,
            titel: d.titel,
            ondertekenaarIds: d.ondertekenaars.map((p) => ids[p]!),
          },
        },
      );
      onderdelen[d.key] = createOnderdeel.id;
    }
    const jaren = o.jaarschijven.map((j) => j.jaar).sort();
    const afspraken: Record<string, string> = {};
    // Ten afspraken a request: mutations of one document run in order, in one round trip.
    for (let i = 0; i < data.afspraken.length; i += 10) {
      const groep = data.afspraken.slice(i, i + 10);
      const result = await q<Record<string, { id: string }>>(
        `mutation(${groep.map((_, j) => `$a${j}: CreateAfspraakInput!`).join(', ')}) { ${groep
          .map((_, j) => `a${j}: createAfspraak(input: $a${j}) { id }`)
          .join(' ')} }`,
        Object.fromEntries(
          groep.map((a, j) => [
            `a${j}`,
            {
              onderdeelId: onderdelen[a.onderdeel]!,
              titel: a.titel,
              type: a.type,
              themaId: themas.get(a.thema)!,
              trekkerId: ids[a.trekker]!,
              // The co-editor's document takes most of a creation's time: a third carry a text.
              tekst: (i + j) % 3 === 0 ? a.tekst : undefined,
              volwassenheid: a.volwassenheid,
              voorwaarden: a.voorwaarden,
              doelgroepen: a.doelgroepen,
              betrokkenen: a.betrokkenen?.map((b) => ({
                partijId: ids[b.partij]!,
                bijdrage: b.bijdrage,
                kostenaandeel: b.kostenaandeel,
              })),
              jaren: a.jaren?.map((j, n) => ({ ...j, jaar: jaren[n] ?? j.jaar })),
              details: apiDetails(a.details, ids),
            },
          ]),
        ),
      );
      groep.forEach((a, j) => (afspraken[a.key] = result[`a${j}`]!.id));
    }
    for (const ind of data.indicatoren ?? []) {
      const { createIndicator } = await q<{ createIndicator: { id: string } }>(
        `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
        {
          input: {
            overeenkomstId: o.id,
            naam: ind.naam,
            eenheid: ind.eenheid,
            definitie: ind.definitie,
            nulmetingWaarde: ind.nulmeting?.waarde,
            nulmetingJaar: ind.nulmeting?.jaar,
            afspraakIds: (ind.afspraken ?? []).map((a) => afspraken[a]!),
          },
        },
      );
      const streef = ind.streefwaarden ?? [];
      await q(
        `mutation(${streef.map((_, j) => `$s${j}: CreateStreefwaardeInput!`).join(', ')}) { ${streef
          .map((_, j) => `s${j}: createStreefwaarde(input: $s${j}) { id }`)
          .join(' ')} }`,
        Object.fromEntries(
          streef.map((s, j) => [
            `s${j}`,
            {
              indicatorId: createIndicator.id,
              jaar: jaren[j],
              soort: s.soort,
              waarde: s.waarde,
              min: s.min,
              max: s.max,
            },
          ]),
        ),
      );
    }
    gemaakt++;
    if (gemaakt % 25 === 0) console.log(`  ${gemaakt} van ${teMaken.length} nieuwe overeenkomsten`);
  });
  return klaar.size;
}

/** The demo's details name partijen by key; the API takes their ids. */
function apiDetails(details: DemoDetails, ids: Record<string, string>): Vars {
  const id = (key: string) => ids[key]!;
  if ('proces' in details) {
    const { deelnemers, ...rest } = details.proces;
    return { proces: { ...rest, deelnemerIds: deelnemers.map(id) } };
  }
  if ('handeling' in details)
    return {
      handeling: {
        activiteiten: details.handeling.activiteiten.map(({ partijen, ...a }) => ({
          ...a,
          partijIds: partijen.map(id),
        })),
      },
    };
  if ('garantie' in details) {
    const { garantstellers, toezeggingen, ...rest } = details.garantie;
    return {
      garantie: {
        ...rest,
        garantstellerIds: garantstellers.map(id),
        toezeggingen: toezeggingen?.map(({ partij, wat }) => ({ partijId: id(partij), wat })),
      },
    };
  }
  if ('transactie' in details)
    return {
      transactie: {
        posten: details.transactie.posten.map(({ partij, ...p }) => ({
          ...p,
          partijId: id(partij),
        })),
      },
    };
  return details;
}

interface Pad {
  naam: string;
  query: string;
  variables?: Vars;
}

const OVEREENKOMSTEN = `query { overeenkomsten(take: 50) { total items { id titel startjaar eindjaar status } } }`;
const ONDERDEEL = `query($id: ID!) { onderdeel(id: $id) { id titel soort afspraken { id nummer titel type tekst volwassenheid thema { id naam } } } }`;
const AFSPRAKEN = `query($filter: AfspraakFilter) { afspraken(filter: $filter, take: 50) { total items { id nummer titel type thema { naam } onderdeel { id titel } } } }`;
// As the client's screens ask them, a page of 25 (client/src/screens/Regio.tsx, Jaarcyclus.tsx).
const REGIO = `query($regio: String) { regio(regio: $regio, take: 25) { jaar regio regios
  totalen { overeenkomsten gemeenten afspraken perStatus { status aantal } }
  overeenkomsten { id titel startjaar eindjaar status afspraken mijnRollen teLaat
    gemeenten { id naam regio } jaarschijf { id jaar status } teLaatMijlpalen { jaar soort tot }
    perType { type aantal } perDomein { domein aantal } zorgpartijen { id naam bijlagen } }
  gedeeldeIndicatoren { naam eenheid overeenkomsten nulmeting
    jaren { jaar doelMin doelMax realisatie gemeentenMetRealisatie gemeenten } } } }`;
const JAARCYCLUS = `query { jaarcyclus(take: 25) { total jaar perStatus { status aantal }
  items { overeenkomstId titel gemeenten lopend teLaat
    cycli { jaar rol status jaarschijfId externOndertekendOp mijlpalen { soort toestand toelichting van tot } } } } }`;
const TAKEN = `query { mijnTaken { link aantal deadline overeenkomstTitel } }`;
const MELDINGEN = `query { meldingen(take: 50) { total ongelezen items { id } } }`;

async function paden(sql: Client, gemeente: boolean): Promise<Pad[]> {
  const { rows } = await sql.query<{ id: string; onderdeel: string; thema: string }>(
    `select o.id, (select d.id from onderdeel d where d.overeenkomst_id = o.id and d.soort = 'HOOFDDOCUMENT') as onderdeel,
            (select a.thema_id from afspraak a where a.overeenkomst_id = o.id order by a.volgorde limit 1) as thema
       from overeenkomst o join overeenkomst_gemeente g on g.overeenkomst_id = o.id join partij p on p.id = g.partij_id
      where o.titel like $1 and ($2::boolean is false or p.naam = $3)
      order by o.titel desc limit 1`,
    [`${MARKER} %`, gemeente, `${MARKER} Gemeente 001`],
  );
  const o = rows[0]!;
  return [
    { naam: 'overeenkomsten (lijst, 50)', query: OVEREENKOMSTEN },
    { naam: 'overeenkomst (volledig)', query: FULL_OVEREENKOMST, variables: { id: o.id } },
    { naam: 'onderdeel', query: ONDERDEEL, variables: { id: o.onderdeel } },
    {
      naam: 'afspraken (thema, pagina 50)',
      query: AFSPRAKEN,
      variables: { filter: { themaId: o.thema } },
    },
    { naam: 'regio', query: REGIO },
    { naam: 'regio (filter Noord)', query: REGIO, variables: { regio: 'Noord' } },
    { naam: 'jaarcyclus', query: JAARCYCLUS },
    { naam: 'mijnTaken', query: TAKEN },
    { naam: 'meldingen', query: MELDINGEN },
  ];
}

async function meet(app: INestApplication, base: string, sql: Client): Promise<void> {
  const auth = app.get(AuthService);
  const p95 = (waarden: number[]) =>
    [...waarden].sort((a, b) => a - b)[Math.ceil(waarden.length * 0.95) - 1]!;
  console.log(`Per pad ${RUNS} runs na 2 opwarmruns; statements = SQL-statements van één verzoek`);
  console.log(
    `${'gebruiker'.padEnd(10)} ${'pad'.padEnd(30)} ${'mediaan'.padStart(9)} ${'p95'.padStart(9)} ${'KB'.padStart(8)} ${'stmts'.padStart(6)}  doel p95 ≤ ${DOEL_P95_MS} ms`,
  );
  let alleGehaald = true;
  for (const [wie, email] of [
    ['gemeente', GEMEENTE_LEZER],
    ['provincie', PROVINCIE_LEZER],
  ] as const) {
    const token = (await auth.login(email, WACHTWOORD, 'bench')).accessToken;
    for (const pad of await paden(sql, wie === 'gemeente')) {
      const tijden: number[] = [];
      let bytes = 0;
      let stmts = 0;
      for (let run = 0; run < RUNS + 2; run++) {
        const voor = statements;
        const start = performance.now();
        const antwoord = await gql(base, token, pad.query, pad.variables);
        if (run >= 2) tijden.push(performance.now() - start);
        bytes = antwoord.bytes;
        stmts = statements - voor;
      }
      const hoog = p95(tijden);
      const gehaald = hoog <= DOEL_P95_MS;
      alleGehaald &&= gehaald;
      console.log(
        `${wie.padEnd(10)} ${pad.naam.padEnd(30)} ${median(tijden).toFixed(1).padStart(6)} ms ${hoog.toFixed(1).padStart(6)} ms ${(bytes / 1024).toFixed(1).padStart(8)} ${String(stmts).padStart(6)}  ${gehaald ? 'gehaald' : 'NIET GEHAALD'}`,
      );
    }
  }
  const mb = (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
  console.log(`Geheugen van het proces (RSS): ${mb} MB`);
  console.log(
    alleGehaald
      ? `Alle paden p95 ≤ ${DOEL_P95_MS} ms bij ${AANTAL} overeenkomsten`
      : `Niet alle paden p95 ≤ ${DOEL_P95_MS} ms bij ${AANTAL} overeenkomsten`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
