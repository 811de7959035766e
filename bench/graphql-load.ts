/*
 * npm run bench:graphql
 *
 * Loads an overeenkomst with 200 afspraken and 40 indicatoren × 4 jaarschijven through the
 * GraphQL API (over HTTP, as a client does) and through the fastest hand-written SQL that fetches
 * the same rows, and prints the medians and their ratio. Runs against DATABASE_URL when set
 * (the target: PostgreSQL), otherwise on embedded PGlite.
 */
import { Client, Pool } from 'pg';
import { laadBenchOvereenkomst, startBenchApp } from './support/bench-app';
import { medianTimes } from './support/timing';
import { FULL_OVEREENKOMST } from '../test/support/queries';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 8;
const POOL_SIZE = 10;

/** The rows the GraphQL query returns, fetched one table at a time (what an ORM-free loader does). */
const PER_TABLE = [
  `select * from overeenkomst where id = $1`,
  `select p.* from overeenkomst_gemeente g join partij p on p.id = g.partij_id where g.overeenkomst_id = $1`,
  `select d.*, p.naam, p.soort from deelnemer d join partij p on p.id = d.partij_id where d.overeenkomst_id = $1`,
  `select * from jaarschijf where overeenkomst_id = $1 order by jaar`,
  `select * from thema where overeenkomst_id is null or overeenkomst_id = $1 order by volgorde`,
  `select * from onderdeel where overeenkomst_id = $1 order by volgorde`,
  `select o.onderdeel_id, p.* from onderdeel_ondertekenaar o join partij p on p.id = o.partij_id join onderdeel d on d.id = o.onderdeel_id where d.overeenkomst_id = $1`,
  `select * from afspraak where overeenkomst_id = $1 order by volgorde`,
  `select b.id, b.afspraak_id, b.partij_id, b.rol, b.bijdrage, b.kostenaandeel, p.naam from afspraak_betrokkene b join afspraak a on a.id = b.afspraak_id join partij p on p.id = b.partij_id where a.overeenkomst_id = $1`,
  `select aj.id, aj.afspraak_id, aj.jaarschijf_id, aj.concretisering, j.jaar from afspraak_jaarschijf aj join afspraak a on a.id = aj.afspraak_id join jaarschijf j on j.id = aj.jaarschijf_id where a.overeenkomst_id = $1`,
  `select ia.* from indicator_afspraak ia join indicator i on i.id = ia.indicator_id where i.overeenkomst_id = $1`,
  `select id, overeenkomst_id, naam, eenheid, definitie, definitie_bron, nulmeting_waarde, nulmeting_jaar, richting from indicator where overeenkomst_id = $1 order by naam`,
  `select s.id, s.indicator_id, s.jaarschijf_id, s.jaar, s.locatie_id, s.soort, s.waarde, s.min, s.max, s.effect from streefwaarde s join indicator i on i.id = s.indicator_id join jaarschijf j on j.id = s.jaarschijf_id where i.overeenkomst_id = $1`,
  `select r.id, r.indicator_id, r.jaarschijf_id, r.locatie_id, r.waarde, r.oordeel, r.tussenstand, r.bron, r.toelichting, j.jaar from realisatie r join indicator i on i.id = r.indicator_id join jaarschijf j on j.id = r.jaarschijf_id where i.overeenkomst_id = $1`,
  `select * from partij where id in (select partij_id from deelnemer where overeenkomst_id = $1)`,
];

/** The same rows in one round trip: the tables above as one JSON document built by PostgreSQL. */
const ONE_STATEMENT = `select json_build_object(${PER_TABLE.map(
  (sql, i) => `'t${i}', (select coalesce(json_agg(x), '[]') from (${sql}) x)`,
).join(', ')}) as doc`;

async function main(): Promise<void> {
  const bench = await startBenchApp();
  const { app, url, schema, embedded } = bench;
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const client = new Client({ connectionString: url });
  // The same pool size the app uses, each connection in the benchmark's schema.
  const pool = new Pool({ connectionString: url, max: embedded ? 4 : POOL_SIZE });
  pool.on('connect', (connection) => void connection.query(`set search_path to "${schema}"`));
  try {
    const { id, accessToken } = await laadBenchOvereenkomst(app);
    await client.connect();
    await client.query(`set search_path to "${schema}"`);

    const body = JSON.stringify({ query: FULL_OVEREENKOMST, variables: { id } });
    const graphql = async () => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body,
      });
      const json = (await response.json()) as {
        errors?: unknown;
        data: { overeenkomst: { onderdelen: { afspraken: unknown[] }[] } };
      };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data.overeenkomst.onderdelen.reduce((n, o) => n + o.afspraken.length, 0);
    };
    if ((await graphql()) !== 200) throw new Error('GraphQL gaf niet 200 afspraken terug');

    const {
      graphql: graphqlMs,
      perTable: perTableMs,
      oneStatement: oneStatementMs,
      parallel: parallelMs,
    } = await medianTimes(
      {
        graphql,
        perTable: async () => {
          for (const sql of PER_TABLE) await client.query(sql, [id]);
        },
        oneStatement: () => client.query(ONE_STATEMENT, [id]),
        parallel: () => Promise.all(PER_TABLE.map((sql) => pool.query(sql, [id]))),
      },
      RUNS,
      WARMUP,
    );
    const sqlMs = Math.min(perTableMs, oneStatementMs, parallelMs);
    const target = embedded ? 'ingebouwde PGlite' : 'PostgreSQL-server';
    console.log(
      `Database: ${target}; 200 afspraken, 40 indicatoren × 4 jaarschijven; mediaan over ${RUNS} runs`,
    );
    console.log(`GraphQL (HTTP, alles genest):        ${graphqlMs.toFixed(1)} ms`);
    console.log(
      `SQL per tabel (${PER_TABLE.length} queries):          ${perTableMs.toFixed(1)} ms`,
    );
    console.log(`SQL in één statement (json):         ${oneStatementMs.toFixed(1)} ms`);
    console.log(`SQL per tabel, parallel (pool van ${POOL_SIZE}):  ${parallelMs.toFixed(1)} ms`);
    console.log(
      `Verhouding GraphQL / snelste SQL:    ${(graphqlMs / sqlMs).toFixed(2)} (doel ≤ 3 op PostgreSQL)`,
    );
  } finally {
    await client.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
