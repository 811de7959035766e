import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { INestApplication } from '@nestjs/common';
import { MeldingBronnen } from '../../src/meldingen/melding-bronnen';
import { sqlRij, sqlRijen } from '../support/als';

/*
 * What every fuzz case shares: the seed and scale of the run, the case counters printed at the
 * end, what an answer may never contain, and a cheap fingerprint of everything a refusal must
 * leave untouched.
 */

/** The demo accounts the fuzz cases run as. */
export const EMAIL = {
  gemeente: 'gemeente@demo.driehoek.nl', // regie of the Vlietdam demo
  corporatie: 'corporatie@demo.driehoek.nl',
  rietwijk: 'gemeente-rietwijk@demo.driehoek.nl', // regie of the second demo
  lezer: 'gemeente-lezer@demo.driehoek.nl', // LEZER: read-only in the co-editor
  http: 'corporatie2@demo.driehoek.nl',
} as const;
export type Persoon = keyof typeof EMAIL;

/** FUZZ_SEED replays a run (fast-check's seed, printed at the end of every run). */
export const FUZZ_SEED: number = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : Math.floor(Math.random() * 0x7fffffff);

/** FUZZ_RUNS multiplies the number of cases of every category (1 = the CI run). */
const SCHAAL = Number(process.env.FUZZ_RUNS ?? '1');

export function aantalRuns(basis: number): number {
  return Math.max(1, Math.round(basis * (Number.isFinite(SCHAAL) && SCHAAL > 0 ? SCHAAL : 1)));
}

/** A seed per property, derived from the run's seed, so each property replays on its own. */
export function seedVoor(naam: string): number {
  let hash = FUZZ_SEED | 0;
  for (const teken of naam) hash = (Math.imul(hash, 31) + teken.charCodeAt(0)) | 0;
  return hash;
}

export class Tellers {
  private readonly aantallen = new Map<string, number>();
  private readonly tijden = new Map<string, number>();
  /**
   * The slowest single cases, so a slow mutation shows in the summary, each with what it sent
   * (written out by `bewaarTraagste`, replayed alone by herhaal.fuzz-spec.ts).
   */
  private readonly traagste: { wat: string; ms: number; geval?: unknown }[] = [];

  traag(wat: string, ms: number, geval?: unknown): void {
    this.traagste.push({ wat, ms, geval });
    this.traagste.sort((a, b) => b.ms - a.ms).splice(3);
  }

  /** Writes the slowest cases to `map` (emptied first), one JSON file each; answers their paths. */
  async bewaarTraagste(map: string): Promise<string[]> {
    // Another run's cases would be mistaken for this one's.
    await rm(map, { recursive: true, force: true });
    await mkdir(map, { recursive: true });
    return Promise.all(
      this.traagste
        .filter((t) => t.geval !== undefined)
        .map(async ({ wat, ms, geval }, i) => {
          const pad = join(map, `traagste-${i + 1}-${wat}.json`);
          await writeFile(pad, JSON.stringify({ wat, ms: Math.round(ms), geval }));
          return pad;
        }),
    );
  }
  private readonly start = Date.now();

  /** Runs the work and adds its duration to the named total, printed in the summary. */
  async meet<T>(wat: string, werk: () => Promise<T>): Promise<T> {
    const begin = performance.now();
    try {
      return await werk();
    } finally {
      this.tijden.set(wat, (this.tijden.get(wat) ?? 0) + performance.now() - begin);
    }
  }

  tel(categorie: string, aantal = 1): void {
    this.aantallen.set(categorie, (this.aantallen.get(categorie) ?? 0) + aantal);
  }

  /** The summary the run ends with: cases per category, the seed, the time taken. */
  samenvatting(database: string): string {
    const regels = [...this.aantallen].map(([c, n]) => `  ${c.padEnd(34)} ${n}`);
    const totaal = [...this.aantallen.values()].reduce((a, b) => a + b, 0);
    return [
      `Fuzz-run op ${database}: ${totaal} gevallen in ${((Date.now() - this.start) / 1000).toFixed(1)} s`,
      ...regels,
      ...[...this.tijden].map(([w, ms]) => `  tijd ${w.padEnd(29)} ${(ms / 1000).toFixed(1)} s`),
      `  traagste gevallen: ${this.traagste.map((t) => `${t.wat} ${Math.round(t.ms)} ms`).join(', ')}`,
      `  seed: ${FUZZ_SEED} (herhaal met FUZZ_SEED=${FUZZ_SEED})`,
    ].join('\n');
  }
}

/** Internals that must never reach a client, wherever they would appear in an answer. */
const INTERNALS: [RegExp, string][] = [
  [/\n\s*at [^\n]*:\d+:\d+/, 'stack trace'],
  [/\bat [\w.<>]+ \([^)]*:\d+:\d+\)/, 'stack trace'],
  [/node_modules|\/work\/|\/src\/[\w/.-]+\.[jt]s|dist\/src/, 'bestandspad'],
  [
    /syntax error at or near|violates [\w-]+ constraint|duplicate key value|invalid input syntax for|out of range for type|value too long for type|unsupported Unicode escape|invalid byte sequence|current transaction is aborted|relation "[^"]+" does not exist|column "[^"]+" (of relation|does not exist)/i,
    'SQL-fout',
  ],
  [
    /\b(select|insert into|update|delete from)\b[^"]{0,80}\b(from|values|set|where)\b [a-z_"]+/i,
    'SQL',
  ],
  [
    // graphql-js's own "Syntax Error: …" is the documented parse error, not an internal.
    /DriverException|QueryFailedError|MikroORM|TypeError|ReferenceError|RangeError|(?<!Syntax )\bError: /,
    'Error-internals',
  ],
];

export interface Antwoord {
  status: number;
  tekst: string;
  json?: { data?: Record<string, unknown> | null; errors?: unknown[] } | unknown[];
}

export async function lees(response: Response): Promise<Antwoord> {
  const tekst = await response.text();
  let json: Antwoord['json'];
  try {
    json = JSON.parse(tekst) as Antwoord['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, tekst, json };
}

/** Posts one generated mutation case to the app, as the person whose token is given (or none). */
export async function postMutatie(
  baseUrl: string,
  token: string | null,
  geval: { query: string; variables: Record<string, unknown> },
): Promise<Antwoord> {
  return lees(
    await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: geval.query, variables: geval.variables }),
    }),
  );
}

/** The errors of a GraphQL answer (also of a batch), or none. */
export function fouten(antwoord: Antwoord): unknown[] {
  const json = antwoord.json;
  if (Array.isArray(json))
    return json.flatMap((deel) => fouten({ ...antwoord, json: deel as Antwoord['json'] }));
  if (json && typeof json === 'object' && Array.isArray(json.errors)) return json.errors;
  return [];
}

/**
 * What must hold for every answer: no server error, nothing internal, and every error with a
 * stable code and a message. Returns the problems found (none: the answer is fine).
 */
export function problemen(antwoord: Antwoord): string[] {
  const gevonden: string[] = [];
  if (antwoord.status >= 500) gevonden.push(`HTTP ${antwoord.status}`);
  // Only the errors are searched for SQL: accepted data may echo the fuzzer's own text.
  const foutTekst = JSON.stringify(fouten(antwoord));
  const doorzocht = antwoord.json === undefined ? antwoord.tekst : foutTekst;
  for (const [patroon, wat] of INTERNALS) {
    const match = patroon.exec(doorzocht);
    if (match) gevonden.push(`${wat} in het antwoord: …${match[0].slice(0, 120)}…`);
  }
  const json = antwoord.json as { code?: unknown; message?: unknown } | undefined;
  // 414 and 431 come from Node's HTTP parser itself, before the app: an empty body by design.
  if (
    antwoord.status >= 400 &&
    ![414, 431].includes(antwoord.status) &&
    fouten(antwoord).length === 0 &&
    !(typeof json?.code === 'string' && typeof json.message === 'string')
  )
    gevonden.push(`HTTP ${antwoord.status} zonder foutcode: ${antwoord.tekst.slice(0, 200)}`);
  for (const fout of fouten(antwoord)) {
    const f = fout as { message?: unknown; extensions?: { code?: unknown } };
    const code = f.extensions?.code;
    if (typeof code !== 'string' || !/^[A-Z][A-Z_]+$/.test(code))
      gevonden.push(`fout zonder stabiele code: ${JSON.stringify(fout).slice(0, 300)}`);
    else if (code === 'INTERNAL_SERVER_ERROR')
      gevonden.push(`INTERNAL_SERVER_ERROR: ${String(f.message).slice(0, 200)}`);
    if (typeof f.message !== 'string' || f.message.trim() === '')
      gevonden.push(`fout zonder melding: ${JSON.stringify(fout).slice(0, 300)}`);
    if (fout && typeof fout === 'object' && 'extensions' in fout) {
      const ext = f.extensions as Record<string, unknown>;
      if ('stacktrace' in ext || 'exception' in ext) gevonden.push('stacktrace in extensions');
    }
  }
  return gevonden;
}

/**
 * Tables whose rows a refused request must leave exactly as they were. Sessions, login attempts
 * and secrets are left out: a refused login rightly counts an attempt.
 */
const NIET_IN_VINGERAFDRUK = new Set([
  'login_poging',
  'sessie',
  'app_secret',
  'mikro_orm_migrations',
  'gebruiker',
]);

/**
 * Columns that work in the background changes on its own, whatever a mutation did: the mail of
 * a melding is claimed and marked sent by the job queue.
 */
const ACHTERGROND_KOLOMMEN: Record<string, readonly string[]> = {
  melding: ['mail_status', 'mail_bezig_sinds', 'updated_at'],
};

/** One SQL query: per table its row count and an md5 over all its rows. */
export async function vingerafdrukQuery(app: INestApplication): Promise<string> {
  const kolommen = await sqlRijen<{ table_name: string; column_name: string }>(
    app,
    `select c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t
         on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`,
  );
  const perTabel = new Map<string, string[]>();
  for (const { table_name, column_name } of kolommen)
    perTabel.set(table_name, [...(perTabel.get(table_name) ?? []), column_name]);
  const delen = [...perTabel.entries()]
    .filter(([naam]) => !NIET_IN_VINGERAFDRUK.has(naam))
    .map(([naam, alle]) => {
      const weg = ACHTERGROND_KOLOMMEN[naam] ?? [];
      const bron = weg.length
        ? `(select ${alle
            .filter((k) => !weg.includes(k))
            .map((k) => `"${k}"`)
            .join(', ')} from "${naam}")`
        : `"${naam}"`;
      return `(select '${naam}:' || count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') from ${bron} x)`;
    });
  return `select ${delen.join(" || ' ' || ")} as v`;
}

/**
 * The fingerprint once the meldingen of every event so far are stored: they are made after the
 * commit, so an accepted mutation's meldingen could otherwise land in the next one's window.
 */
export async function vingerafdruk(app: INestApplication, query: string): Promise<string> {
  await app.get(MeldingBronnen, { strict: false }).klaar();
  const rij = await sqlRij<{ v: string }>(app, query);
  return rij.v;
}

/** Which tables differ between two fingerprints. */
export function verschil(voor: string, na: string): string {
  const a = voor.split(' ');
  const b = na.split(' ');
  return a
    .filter((deel, i) => deel !== b[i])
    .map((deel) => deel.split(':')[0])
    .join(', ');
}

/** Long strings and lists shortened, so a counterexample stays readable in the report. */
export function kort(waarde: unknown): string {
  return JSON.stringify(waarde, (_sleutel, v: unknown) => {
    if (typeof v === 'string' && v.length > 120)
      return `<${v.length} tekens: ${JSON.stringify(v.slice(0, 40))}…>`;
    if (Array.isArray(v) && v.length > 20)
      return [`<lijst van ${v.length}, eerste:>`, v[0] as unknown];
    if (v instanceof Uint8Array)
      return `<${v.length} bytes: ${Buffer.from(v.slice(0, 40)).toString('hex')}>`;
    return v;
  });
}

/** Runs a property, and describes its failure (shrunk counterexample, seed, path) or null. */
export async function controleer<T>(
  naam: string,
  arbitrary: fc.Arbitrary<T>,
  geval: (waarde: T) => Promise<void>,
  numRuns: number,
): Promise<string | null> {
  const details = await fc.check(fc.asyncProperty(arbitrary, geval), {
    seed: seedVoor(naam),
    numRuns,
    // Shrinking replays cases against the server; bounded, the best counterexample so far counts.
    // A run that takes this long without failing is a failure too: the server got slow.
    interruptAfterTimeLimit: 120_000,
    markInterruptAsFailure: true,
  });
  if (!details.failed) return null;
  if (details.interrupted && details.counterexample === null)
    return `${naam}: ${details.numRuns} gevallen duurden samen langer dan 120 s (seed ${details.seed}, FUZZ_SEED=${FUZZ_SEED})`;
  const fout = details.errorInstance;
  return [
    `${naam}: ${fout instanceof Error ? fout.message : String(fout)}`,
    `  tegenvoorbeeld (na ${details.numShrinks} keer krimpen): ${kort(details.counterexample)}`,
    `  herhaal: seed ${details.seed}, path "${details.counterexamplePath}" (FUZZ_SEED=${FUZZ_SEED})`,
  ].join('\n');
}
