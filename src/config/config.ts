import { resolve } from 'node:path';

/** Typed view of the environment; read once at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  /** Unset: the embedded PGlite database under dataDir is used. */
  databaseUrl?: string;
  /** PostgreSQL schema the app keeps its tables in (tests give each run its own). */
  databaseSchema: string;
  dataDir: string;
  /** Load the demo agreement into an empty database at start-up. */
  seedDemo: boolean;
  logSql: boolean;
  /** SMTP_URL: where mail goes (unset: to the log). */
  smtpUrl?: string;
  /** APP_URL: the web client's address, for links in mails. */
  appUrl: string;
  /** MAIL_VAN: the sender of mails. */
  mailVan?: string;
  /** GOTENBERG_URL, SOFFICE, PDF_GELIJKTIJDIG, PDF_TIMEOUT_MS: how Word becomes PDF/A. */
  pdf: PdfInstellingen;
}

/** Where PDF/A is made: a Gotenberg service when its URL is set, else the local LibreOffice. */
export interface PdfInstellingen {
  gotenbergUrl?: string;
  /** The LibreOffice program; a bare name is looked up on PATH. */
  soffice: string;
  /** Conversions at once; more wait their turn (each LibreOffice takes a core and ~200 MB). */
  gelijktijdig: number;
  /** A conversion taking longer is stopped (its LibreOffice killed). */
  timeoutMs: number;
}

function positiefGetal(env: NodeJS.ProcessEnv, naam: string, standaard: number): number {
  const waarde = env[naam] ? Number(env[naam]) : standaard;
  if (!Number.isInteger(waarde) || waarde < 1) {
    throw new Error(`${naam} moet een positief geheel getal zijn, niet "${env[naam]}"`);
  }
  return waarde;
}

export function laadPdfInstellingen(env: NodeJS.ProcessEnv = process.env): PdfInstellingen {
  return {
    gotenbergUrl: env.GOTENBERG_URL?.replace(/\/+$/, '') || undefined,
    soffice: env.SOFFICE || 'soffice',
    gelijktijdig: positiefGetal(env, 'PDF_GELIJKTIJDIG', 2),
    timeoutMs: positiefGetal(env, 'PDF_TIMEOUT_MS', 120_000),
  };
}

function parseBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'ja'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT moet een poortnummer zijn, niet "${env.PORT}"`);
  }
  const databaseSchema = env.DATABASE_SCHEMA || 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    throw new Error(`DATABASE_SCHEMA moet een eenvoudige naam zijn, niet "${databaseSchema}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    databaseSchema,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    // The demo is for the laptop install; a server database only gets it when asked for.
    seedDemo: parseBoolean(env.SEED_DEMO, databaseUrl === undefined),
    logSql: parseBoolean(env.LOG_SQL, false),
    smtpUrl: env.SMTP_URL || undefined,
    appUrl: (env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    mailVan: env.MAIL_VAN || undefined,
    pdf: laadPdfInstellingen(env),
  };
}
