import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';

/** REDIS_URL (unset: one instance, everything in-process) and the prefix of every channel. */
export interface InstantieSettings {
  redisUrl?: string;
  /** Channels of different installations (or test runs) on one Redis do not mix. */
  redisPrefix: string;
}

export const INSTANTIE_SETTINGS = Symbol('INSTANTIE_SETTINGS');

/**
 * The connections to Redis of this instance, when there is a REDIS_URL. Redis is only the bus
 * between instances: nothing is kept there that PostgreSQL does not hold, so a message it drops
 * costs a catch-up from the database, never data.
 */
@Injectable()
export class RedisVerbinding implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  /** Tells this instance's own messages from the others' on a shared channel. */
  readonly instantie = randomUUID();
  private readonly verbindingen: Redis[] = [];

  constructor(@Inject(INSTANTIE_SETTINGS) private readonly settings: InstantieSettings) {}

  get actief(): boolean {
    return !!this.settings.redisUrl;
  }

  kanaal(...delen: string[]): string {
    return [this.settings.redisPrefix, ...delen].join(':');
  }

  /**
   * A connection of its own (a subscriber cannot publish). Commands given while it reconnects
   * wait in ioredis' queue and go once it is back; subscriptions are renewed by ioredis itself.
   */
  verbind(naam: string): Redis {
    if (!this.settings.redisUrl) throw new Error('REDIS_URL is niet ingesteld');
    const redis = new Redis(this.settings.redisUrl, {
      connectionName: `driehoek-${naam}`,
      maxRetriesPerRequest: null,
      retryStrategy: (poging) => Math.min(poging * 100, 2000),
    });
    redis.on('error', (fout: Error) => this.logger.warn(`${naam}: ${fout.message}`));
    this.verbindingen.push(redis);
    return redis;
  }

  /**
   * GraphQL subscriptions: through Redis between instances, else in-process. The payload goes
   * as JSON, so the fields that are dates are named to be read back as dates.
   */
  pubsub(naam: string, datums: readonly string[]): PubSubEngine {
    if (!this.actief) return new PubSub();
    const datumVelden = new Set(datums);
    const redis = new RedisPubSub({
      publisher: this.verbind(`${naam}-pub`),
      subscriber: this.verbind(`${naam}-sub`),
      reviver: (sleutel: string, waarde: unknown) =>
        datumVelden.has(sleutel) && typeof waarde === 'string' ? new Date(waarde) : waarde,
    });
    return new MetVoorvoegsel(redis, this.kanaal(naam, ''));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.verbindingen.map((r) => r.quit().catch(() => r.disconnect())));
  }
}

/** Topics under the installation's prefix, so installations sharing a Redis do not mix. */
class MetVoorvoegsel extends PubSubEngine {
  constructor(
    private readonly binnen: PubSubEngine,
    private readonly voorvoegsel: string,
  ) {
    super();
  }

  publish(onderwerp: string, inhoud: unknown): Promise<void> {
    return this.binnen.publish(this.voorvoegsel + onderwerp, inhoud);
  }

  subscribe(
    onderwerp: string,
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- PubSubEngine's own signature
    bijBericht: Function,
    opties: object,
  ): Promise<number> {
    return this.binnen.subscribe(this.voorvoegsel + onderwerp, bijBericht, opties);
  }

  unsubscribe(id: number): void {
    this.binnen.unsubscribe(id);
  }
}
