import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { RedisVerbinding } from '../instanties/redis-verbinding';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AppError, ErrorCode } from '../common/app-error';
import { Klok } from '../common/klok';
import { MailVoorkeur, Melding, MeldingVoorkeur } from './melding.entity';
import { type MeldingenPagina, type MeldingModel, meldingModel } from './meldingen.models';
import { MeldingenReader, type NieuweMelding } from './meldingen.reader';
import { Wachtrij } from './wachtrij';

export const MELDING_MAIL = 'melding-mail';

/**
 * The meldingen of a person: stored once per cause, pushed live to the person's open sessions
 * (in-process, like the overeenkomst events), and queued for mail in the durable queue.
 */
@Injectable()
export class MeldingenService {
  private readonly pubsub: PubSubEngine;

  constructor(
    private readonly em: EntityManager,
    private readonly reader: MeldingenReader,
    private readonly wachtrij: Wachtrij,
    private readonly klok: Klok,
    redis: RedisVerbinding,
  ) {
    this.pubsub = redis.pubsub('meldingen', ['tijd']);
  }

  /** Stores what is new (a cause already stored for a person is skipped) and passes it on. */
  async maak(nieuw: NieuweMelding[]): Promise<void> {
    const opgeslagen = await this.reader.voegToe(nieuw);
    for (const rij of opgeslagen) {
      void this.pubsub.publish(
        onderwerp(rij.gebruiker_id),
        meldingModel({ ...rij, createdAt: rij.created_at, gelezenOp: rij.gelezen_op }),
      );
      await this.wachtrij.stuur(MELDING_MAIL, { gebruikerId: rij.gebruiker_id, meldingId: rij.id });
    }
  }

  stroom(gebruikerId: string): AsyncIterableIterator<MeldingModel> {
    return this.pubsub.asyncIterableIterator<MeldingModel>(onderwerp(gebruikerId));
  }

  async lijst(
    actor: Actor,
    pagina: { take: number; skip: number; alleenOngelezen: boolean },
  ): Promise<MeldingenPagina> {
    const em = this.em.fork();
    const van = { gebruiker: actor.gebruikerId };
    const waar = pagina.alleenOngelezen ? { ...van, gelezenOp: null } : van;
    const [items, total, ongelezen] = await Promise.all([
      em.find(Melding, waar, {
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: pagina.take,
        offset: pagina.skip,
      }),
      em.count(Melding, waar),
      em.count(Melding, { ...van, gelezenOp: null }),
    ]);
    return { items: items.map(meldingModel), total, ongelezen };
  }

  async markeerGelezen(actor: Actor, id: string): Promise<MeldingModel> {
    const em = this.em.fork();
    const melding = await em.findOne(Melding, { id, gebruiker: actor.gebruikerId });
    if (!melding)
      throw new AppError(
        ErrorCode.NOT_FOUND,
        'Deze melding bestaat niet of is niet zichtbaar',
        'id',
      );
    melding.gelezenOp ??= this.klok.nu();
    await em.flush();
    return meldingModel(melding);
  }

  /** Marks every unread melding read; returns how many it marked. */
  markeerAllesGelezen(actor: Actor): Promise<number> {
    return this.em
      .fork()
      .nativeUpdate(
        Melding,
        { gebruiker: actor.gebruikerId, gelezenOp: null },
        { gelezenOp: this.klok.nu() },
      );
  }

  async voorkeur(gebruikerId: string): Promise<{ mail: MailVoorkeur; email: string }> {
    const { mail, email } = await this.reader.voorkeur(gebruikerId);
    return { mail, email };
  }

  async zetVoorkeur(
    gebruikerId: string,
    mail: MailVoorkeur,
  ): Promise<{ mail: MailVoorkeur; email: string }> {
    const em = this.em.fork();
    const rij = await em.findOne(MeldingVoorkeur, { gebruiker: gebruikerId });
    if (rij) rij.mail = mail;
    else {
      const nieuw = new MeldingVoorkeur();
      nieuw.gebruiker = em.getReference(Gebruiker, gebruikerId, { wrapped: true });
      nieuw.mail = mail;
      em.persist(nieuw);
    }
    await em.flush();
    return this.voorkeur(gebruikerId);
  }
}

function onderwerp(gebruikerId: string): string {
  return `melding:${gebruikerId}`;
}
