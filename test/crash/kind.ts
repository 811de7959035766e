import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { gqlVia } from '../support/gql-via';
import type { GraphQLResponse } from '../support/test-app';
import { HOOFDPROGRAMMA } from './bouw';

/** Where a child keeps its data: a PGlite folder, or a PostgreSQL database and schema. */
export type Opslag =
  | { soort: 'pglite'; dataDir: string; schema: string }
  | { soort: 'postgresql'; url: string; schema: string };

/** The app as `npm start` runs it, in a process of its own that the suite may kill. */
export class Kind {
  private uitvoer = '';
  readonly gestopt: Promise<{ code: number | null; signaal: NodeJS.Signals | null }>;

  private constructor(
    private readonly proces: ChildProcess,
    readonly baseUrl: string,
    gestopt: Promise<{ code: number | null; signaal: NodeJS.Signals | null }>,
  ) {
    this.gestopt = gestopt;
  }

  /** Starts the app on `opslag` and waits until it serves; `crashpunt` arms a crash point. */
  get pid(): number | undefined {
    return this.proces.pid;
  }

  static async start(
    opslag: Opslag,
    crashpunt?: string,
    extra: NodeJS.ProcessEnv = {},
  ): Promise<Kind> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      DATABASE_SCHEMA: opslag.schema,
      NODE_ENV: 'production',
    };
    delete env.DATABASE_URL;
    delete env.DATA_DIR;
    delete env.DRIEHOEK_CRASHPUNT;
    if (opslag.soort === 'pglite') env.DATA_DIR = opslag.dataDir;
    else env.DATABASE_URL = opslag.url;
    if (crashpunt) env.DRIEHOEK_CRASHPUNT = crashpunt;
    Object.assign(env, extra);
    const proces = spawn(process.execPath, [HOOFDPROGRAMMA], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const gestopt = once(proces, 'exit').then(([code, signaal]) => ({
      code: code as number | null,
      signaal: signaal as NodeJS.Signals | null,
    }));
    let uitvoer = '';
    const url = await new Promise<string>((resolve, reject) => {
      const lees = (data: Buffer) => {
        uitvoer += data.toString();
        const match = /Driehoek draait: (http:\/\/[^/\s]+)\//.exec(uitvoer);
        if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
      };
      proces.stdout.on('data', lees);
      proces.stderr.on('data', lees);
      void gestopt.then(({ code, signaal }) =>
        reject(new Error(`De app stopte bij het starten (${code ?? signaal}):\n${uitvoer}`)),
      );
    });
    const kind = new Kind(proces, url, gestopt);
    kind.uitvoer = uitvoer;
    proces.stdout.on('data', (d: Buffer) => (kind.uitvoer += d.toString()));
    proces.stderr.on('data', (d: Buffer) => (kind.uitvoer += d.toString()));
    return kind;
  }

  get log(): string {
    return this.uitvoer;
  }

  get leeft(): boolean {
    return this.proces.exitCode === null && this.proces.signalCode === null;
  }

  async gql<T = Record<string, any>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    return gqlVia<T>(this.baseUrl, token, query, variables);
  }

  async gqlOk<T = Record<string, any>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const result = await this.gql<T>(token, query, variables);
    if (result.errors?.length)
      throw new Error(`GraphQL-fout: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  async login(email: string, wachtwoord: string): Promise<string> {
    const data = await this.gqlOk<{ login: { accessToken: string } }>(
      null,
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email, wachtwoord } },
    );
    return data.login.accessToken;
  }

  /** SIGKILL, as a power cut would; resolves when the process is gone. */
  async dood(): Promise<void> {
    if (this.leeft) this.proces.kill('SIGKILL');
    await this.gestopt;
  }

  /** A clean stop (SIGTERM), so PGlite closes its data folder properly. */
  async stop(): Promise<void> {
    if (this.leeft) this.proces.kill('SIGTERM');
    await this.gestopt;
  }
}
