import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { NEDERLANDSE_TIJD } from '../jaarcyclus/nederlandse-tijd';

export interface WachtrijSettings {
  clientUrl: string;
  /** The app's schema; pg-boss keeps its tables in a schema of its own beside it. */
  schema: string;
  embedded: boolean;
}

export const WACHTRIJ_SETTINGS = Symbol('WACHTRIJ_SETTINGS');

/** pg-boss's schema for an app schema: "pgboss" beside public, else "<schema>_pgboss". */
export function wachtrijSchema(schema: string): string {
  return schema === 'public' ? 'pgboss' : `${schema}_pgboss`;
}

interface Taak {
  naam: string;
  werk: (data: Record<string, unknown>) => Promise<void>;
  /** A cron expression in Dutch time: the job is also scheduled (pg-boss runs each slot once). */
  cron?: string;
}

/**
 * The durable job queue: pg-boss in PostgreSQL (also in the embedded PGlite, over its socket).
 * Jobs survive a restart; several instances share them (each job goes to one worker), and a
 * cron slot is sent once however many instances run. What a job does must still be idempotent:
 * a job is retried when its worker stopped before finishing it.
 */
@Injectable()
export class Wachtrij implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Wachtrij');
  private readonly taken: Taak[] = [];
  private boss: PgBoss | null = null;
  /** Jobs sent before the queue started (the demo is seeded before the app listens). */
  private vroeg: { naam: string; data: Record<string, unknown> }[] = [];

  constructor(@Inject(WACHTRIJ_SETTINGS) private readonly settings: WachtrijSettings) {}

  /** Called by services in their constructor or onModuleInit, before the queue starts. */
  registreer(taak: Taak): void {
    this.taken.push(taak);
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.settings.clientUrl,
      schema: wachtrijSchema(this.settings.schema),
      // PGlite serves every connection from one session; a few suffice.
      max: this.settings.embedded ? 2 : 4,
      application_name: 'driehoek-wachtrij',
    });
    boss.on('error', (fout: Error) => this.logger.error(`pg-boss: ${fout.message}`));
    await boss.start();
    for (const taak of this.taken) {
      await boss.createQueue(taak.naam, { retryLimit: 5, retryDelay: 30, retryBackoff: true });
      await boss.work<Record<string, unknown>>(
        taak.naam,
        { pollingIntervalSeconds: 1 },
        async (jobs) => {
          for (const job of jobs) await taak.werk(job.data ?? {});
        },
      );
      if (taak.cron) await boss.schedule(taak.naam, taak.cron, null, { tz: NEDERLANDSE_TIJD });
    }
    this.boss = boss;
    for (const job of this.vroeg.splice(0)) await boss.send(job.naam, job.data);
  }

  /** Queues a job (durably, once the queue runs). */
  async stuur(naam: string, data: Record<string, unknown>): Promise<void> {
    if (!this.boss) this.vroeg.push({ naam, data });
    else await this.boss.send(naam, data);
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 5000 });
  }
}
