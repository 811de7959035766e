import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RedisVerbinding } from '../instanties/redis-verbinding';
import { DocumentBus } from './document-bus';

const UPDATE = 0;
const AANWEZIGHEID = 1;
/** Kind (1 byte), then the sending instance (36 bytes of its uuid), then the payload. */
const KOP = 1 + 36;

/**
 * The DocumentBus between instances: Redis pub/sub, one channel per open document. Delivered to
 * this instance's own listeners at once (as the local bus does), to the others through Redis.
 *
 * What Hocuspocus' and y-redis' users ran into, and why it does not happen here:
 * - Pub/sub delivers at most once: a message sent while a subscriber's connection is down is
 *   gone. Every update is in PostgreSQL before it is published, so after a reconnect each open
 *   document catches up from storage (`herstel`), and the instance tells the others to do the
 *   same (its own publishes may have failed meanwhile).
 * - Lost sync on a quick reconnect (a document loaded before its channel was subscribed, so
 *   updates in between were neither in the load nor on the channel): a document is loaded only
 *   once Redis has confirmed the subscription (`klaar`).
 * - Server-side changes that never reached other instances: an accepted proposal or a GraphQL
 *   text change is stored through the same write queue as a client's edit, which publishes here.
 */
@Injectable()
export class RedisDocumentBus extends DocumentBus implements OnModuleDestroy {
  private readonly logger = new Logger('Collab');
  private readonly abonnementen = new Map<string, Promise<void>>();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly afzender: Buffer;
  private verbroken = false;

  constructor(private readonly redis: RedisVerbinding) {
    super();
    this.afzender = Buffer.from(redis.instantie, 'ascii');
    this.pub = redis.verbind('documenten-pub');
    this.sub = redis.verbind('documenten-sub');
    void this.sub.subscribe(this.redis.kanaal('herstel')).catch(() => undefined);
    this.sub.on('messageBuffer', (kanaal: Buffer, bericht: Buffer) =>
      this.ontvang(kanaal.toString(), bericht),
    );
    this.sub.on('close', () => (this.verbroken = true));
    this.sub.on('ready', () => {
      if (!this.verbroken) return;
      this.verbroken = false;
      this.logger.warn('Verbinding met Redis hersteld: open documenten halen bij uit de opslag');
      this.herstelAlles();
      void this.pub.publish(this.redis.kanaal('herstel'), this.afzender).catch(() => undefined);
    });
  }

  private documentKanaal(onderdeelId: string): string {
    return this.redis.kanaal('document', onderdeelId);
  }

  protected override eersteLuisteraar(onderdeelId: string): void {
    this.abonnementen.set(
      onderdeelId,
      this.sub.subscribe(this.documentKanaal(onderdeelId)).then(() => undefined),
    );
  }

  protected override laatsteLuisteraarWeg(onderdeelId: string): void {
    this.abonnementen.delete(onderdeelId);
    void this.sub.unsubscribe(this.documentKanaal(onderdeelId)).catch(() => undefined);
  }

  klaar(onderdeelId: string): Promise<void> {
    return this.abonnementen.get(onderdeelId) ?? Promise.resolve();
  }

  update(onderdeelId: string, update: Uint8Array): void {
    this.bezorg(onderdeelId, (l) => l.update(update, false));
    this.publiceer(onderdeelId, UPDATE, update);
  }

  aanwezigheid(onderdeelId: string, awarenessUpdate: Uint8Array): void {
    this.bezorg(onderdeelId, (l) => l.aanwezigheid(awarenessUpdate, false));
    this.publiceer(onderdeelId, AANWEZIGHEID, awarenessUpdate);
  }

  private publiceer(onderdeelId: string, soort: number, inhoud: Uint8Array): void {
    const bericht = Buffer.concat([Buffer.of(soort), this.afzender, inhoud]);
    // A publish that fails is caught up by the others from storage (see `herstel`).
    this.pub.publish(this.documentKanaal(onderdeelId), bericht).catch((fout: Error) => {
      this.logger.warn(`Publiceren naar andere instanties mislukt: ${fout.message}`);
    });
  }

  private ontvang(kanaal: string, bericht: Buffer): void {
    if (kanaal === this.redis.kanaal('herstel')) {
      if (!bericht.equals(this.afzender)) this.herstelAlles();
      return;
    }
    if (bericht.length < KOP || bericht.subarray(1, KOP).equals(this.afzender)) return;
    const onderdeelId = kanaal.slice(this.documentKanaal('').length);
    const inhoud = new Uint8Array(bericht.subarray(KOP));
    const soort = bericht[0];
    this.bezorg(onderdeelId, (l) => {
      if (soort === UPDATE) l.update(inhoud, true);
      else if (soort === AANWEZIGHEID) l.aanwezigheid(inhoud, true);
    });
  }

  private herstelAlles(): void {
    this.bezorgOveral((l) => l.herstel());
  }

  onModuleDestroy(): void {
    this.sub.removeAllListeners('ready');
  }
}
