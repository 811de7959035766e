import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RedisVerbinding } from '../instanties/redis-verbinding';

type Luisteraar = () => Promise<void>;

/** How long an announcer waits for the other instances to have re-checked their connections. */
const WACHT_OP_ANDEREN_MS = 3000;

/**
 * Announces that who may do what has changed (a member removed, a role or a deelnemer changed,
 * signatories changed, a session ended, an onderdeel frozen), so long-lived connections such as
 * the co-editor's re-check their rights. The announcer waits for them: when the mutation that
 * removed a member returns, that member's open connections have already lost their rights, on
 * every instance (through Redis, each instance answering once it has re-checked).
 */
@Injectable()
export class ToegangEvents implements OnModuleInit {
  private readonly logger = new Logger('Toegang');
  private readonly luisteraars = new Set<Luisteraar>();
  private readonly wachtend = new Map<string, (antwoord: string) => void>();
  private pub?: Redis;

  constructor(private readonly redis: RedisVerbinding) {}

  onModuleInit(): Promise<void> | void {
    if (!this.redis.actief) return;
    const pub = (this.pub = this.redis.verbind('toegang-pub'));
    const sub = this.redis.verbind('toegang-sub');
    const vraag = this.redis.kanaal('toegang');
    const antwoord = this.redis.kanaal('toegang-klaar');
    sub.on('message', (kanaal: string, bericht: string) => {
      const [id = '', van = ''] = bericht.split(' ');
      if (kanaal === antwoord) this.wachtend.get(id)?.(van);
      else if (kanaal === vraag && van !== this.redis.instantie)
        void this.herbeoordeel().finally(
          () => void pub.publish(antwoord, `${id} ${this.redis.instantie}`).catch(() => undefined),
        );
    });
    return sub.subscribe(vraag, antwoord).then(() => undefined);
  }

  luister(luisteraar: Luisteraar): () => void {
    this.luisteraars.add(luisteraar);
    return () => this.luisteraars.delete(luisteraar);
  }

  async gewijzigd(): Promise<void> {
    await Promise.all([this.herbeoordeel(), this.opAndereInstanties()]);
  }

  private async herbeoordeel(): Promise<void> {
    await Promise.all([...this.luisteraars].map((l) => l()));
  }

  /**
   * Every other instance subscribed re-checks and answers; PUBLISH says how many heard it (this
   * one included). An instance that does not answer in time is gone or stuck: its connections
   * are logged as possibly behind, and the append's own check in storage still holds.
   */
  private async opAndereInstanties(): Promise<void> {
    const pub = this.pub;
    if (!pub) return;
    const id = randomUUID();
    const beantwoord = new Set<string>();
    let verwacht = Number.POSITIVE_INFINITY;
    let klaar!: () => void;
    const alles = new Promise<void>((resolve) => (klaar = resolve));
    this.wachtend.set(id, (van) => {
      beantwoord.add(van);
      if (beantwoord.size >= verwacht) klaar();
    });
    try {
      verwacht =
        (await pub.publish(this.redis.kanaal('toegang'), `${id} ${this.redis.instantie}`)) - 1;
      if (beantwoord.size >= verwacht) return;
      let timer: NodeJS.Timeout | undefined;
      const opTijd = await Promise.race([
        alles.then(() => true),
        new Promise<boolean>(
          (resolve) => (timer = setTimeout(() => resolve(false), WACHT_OP_ANDEREN_MS)),
        ),
      ]);
      clearTimeout(timer);
      if (!opTijd)
        this.logger.warn(
          `${verwacht - beantwoord.size} instantie(s) bevestigden een toegangswijziging niet`,
        );
    } finally {
      this.wachtend.delete(id);
    }
  }
}
