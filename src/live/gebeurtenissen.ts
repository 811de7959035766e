import { Injectable } from '@nestjs/common';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Actor } from '../auth/actor';
import { Klok } from '../common/klok';
import { RedisVerbinding } from '../instanties/redis-verbinding';

export enum GebeurtenisSoort {
  STANDPUNT = 'STANDPUNT',
  OPMERKING = 'OPMERKING',
  VOORSTEL = 'VOORSTEL',
  /** The onderdeel went from drafting into the negotiation. */
  FASE = 'FASE',
  /** A suggestion appeared, was judged, applied, rejected, withdrawn or lapsed. */
  SUGGESTIE = 'SUGGESTIE',
  BEVROREN = 'BEVROREN',
  ONDERTEKEND = 'ONDERTEKEND',
  /** Recorded as signed outside Driehoek. */
  EXTERN_ONDERTEKEND = 'EXTERN_ONDERTEKEND',
  GEWEIGERD = 'GEWEIGERD',
  ADDENDUM = 'ADDENDUM',
  VERSIE_HERSTELD = 'VERSIE_HERSTELD',
  AFSPRAAK_NIEUW = 'AFSPRAAK_NIEUW',
  AFSPRAAK_GEWIJZIGD = 'AFSPRAAK_GEWIJZIGD',
  AFSPRAAK_VERWIJDERD = 'AFSPRAAK_VERWIJDERD',
  BOD = 'BOD',
  EVALUATIE = 'EVALUATIE',
  EVALUATIE_GESLOTEN = 'EVALUATIE_GESLOTEN',
  ONDERDEEL_NIEUW = 'ONDERDEEL_NIEUW',
  ONDERDEEL_GEWIJZIGD = 'ONDERDEEL_GEWIJZIGD',
  ONDERDEEL_VERWIJDERD = 'ONDERDEEL_VERWIJDERD',
  /** The indicator itself, or one of its streefwaarden or realisaties. */
  INDICATOR_NIEUW = 'INDICATOR_NIEUW',
  INDICATOR_GEWIJZIGD = 'INDICATOR_GEWIJZIGD',
  INDICATOR_VERWIJDERD = 'INDICATOR_VERWIJDERD',
  THEMA_NIEUW = 'THEMA_NIEUW',
  THEMA_GEWIJZIGD = 'THEMA_GEWIJZIGD',
  THEMA_VERWIJDERD = 'THEMA_VERWIJDERD',
  DEELNEMER_NIEUW = 'DEELNEMER_NIEUW',
  DEELNEMER_GEWIJZIGD = 'DEELNEMER_GEWIJZIGD',
  DEELNEMER_VERWIJDERD = 'DEELNEMER_VERWIJDERD',
  /** Published under the Woo, published again, or withdrawn. */
  PUBLICATIE = 'PUBLICATIE',
}
registerEnumType(GebeurtenisSoort, { name: 'GebeurtenisSoort' });

/** What happened to a comment: one event kind (OPMERKING) for four steps, which a person names. */
export enum OpmerkingActie {
  GEPLAATST = 'GEPLAATST',
  REACTIE = 'REACTIE',
  OPGELOST = 'OPGELOST',
  HEROPEND = 'HEROPEND',
}
registerEnumType(OpmerkingActie, { name: 'OpmerkingActie' });

@ObjectType('OvereenkomstGebeurtenis', {
  description:
    'Er is iets gebeurd in een overeenkomst; haal het betreffende onderdeel opnieuw op, of de overeenkomst wanneer er geen onderdeel bij staat',
})
export class Gebeurtenis {
  @Field(() => GebeurtenisSoort) soort!: GebeurtenisSoort;
  @Field(() => ID) overeenkomstId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Het onderdeel waarin het gebeurde; leeg bij een wijziging van de overeenkomst zelf (een indicator, thema of deelnemer)',
  })
  onderdeelId!: string | null;
  @Field(() => ID, { nullable: true }) afspraakId!: string | null;
  @Field(() => ID, {
    description:
      'Het standpunt, de opmerking, het voorstel, de versie, het bod, de jaarschijf, het onderdeel, de indicator, het thema of de deelnemer',
  })
  onderwerpId!: string;
  @Field({ description: 'Wie het deed' }) door!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'De gebruiker die het deed (leeg wanneer Driehoek het zelf deed): een scherm meldt iemands eigen handelingen niet terug',
  })
  doorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Namens welke partij' })
  partij!: string | null;
  @Field(() => OpmerkingActie, {
    nullable: true,
    description: 'Bij een opmerking: geplaatst, een reactie, opgelost of heropend',
  })
  opmerkingActie?: OpmerkingActie | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Bij een opmerking: de draad (de eerste opmerking), om ernaartoe te gaan',
  })
  draadId?: string | null;
  @Field(() => GraphQLISODateTime) tijd!: Date;
  @Field(() => [String], {
    nullable: true,
    description:
      'Bij een aanvaarde suggestie: de partijen waarvan het akkoord op de oude tekst daardoor is vervallen',
  })
  vervallenAkkoorden?: string[] | null;
}

/**
 * Live events per overeenkomst for the subscription: to the subscribers on every instance
 * (through Redis when REDIS_URL is set).
 */
@Injectable()
export class Gebeurtenissen {
  private readonly pubsub: PubSubEngine;
  private readonly luisteraars: ((gebeurtenis: Gebeurtenis) => void)[] = [];

  constructor(
    private readonly klok: Klok,
    redis: RedisVerbinding,
  ) {
    // Subscribers on every instance; the follow-up (meldingen) stays on the instance that caused it.
    this.pubsub = redis.pubsub('gebeurtenissen', ['tijd']);
  }

  /** Call after the change is committed: subscribers reload what it names. */
  publiceer(gebeurtenis: Omit<Gebeurtenis, 'tijd'>): void {
    const volledig = { ...gebeurtenis, tijd: this.klok.nu() };
    void this.pubsub.publish(onderwerp(gebeurtenis.overeenkomstId), volledig);
    for (const luisteraar of this.luisteraars) luisteraar(volledig);
  }

  /**
   * Server-side follow-up of every event (the meldingen), called after the commit like the
   * subscribers. The listener must not throw; it does its work on its own time.
   */
  luister(luisteraar: (gebeurtenis: Gebeurtenis) => void): void {
    this.luisteraars.push(luisteraar);
  }

  /**
   * A part of the overeenkomst itself came, changed or went (an onderdeel, indicator, thema or
   * deelnemer): no afspraak, and an onderdeel only when the part is one.
   */
  meldDeel(
    soort: GebeurtenisSoort,
    actor: Actor | null,
    deel: { overeenkomstId: string; onderwerpId: string; onderdeelId?: string },
  ): void {
    this.publiceer({
      soort,
      overeenkomstId: deel.overeenkomstId,
      onderdeelId: deel.onderdeelId ?? null,
      afspraakId: null,
      onderwerpId: deel.onderwerpId,
      door: actor?.naam ?? 'Driehoek',
      doorId: actor?.gebruikerId ?? null,
      partij: null,
    });
  }

  /**
   * The events of one overeenkomst, each passed only while `magZien` still says yes; a
   * subscriber that lost access gets no more and the stream ends.
   */
  stroom(
    overeenkomstId: string,
    magZien: () => Promise<boolean>,
  ): AsyncIterableIterator<Gebeurtenis> {
    const bron = this.pubsub.asyncIterableIterator<Gebeurtenis>(onderwerp(overeenkomstId));
    const stroom: AsyncIterableIterator<Gebeurtenis> = {
      next: async () => {
        const volgende = await bron.next();
        if (volgende.done) return volgende;
        if (await magZien()) return volgende;
        return bron.return ? bron.return() : { done: true, value: undefined };
      },
      return: () =>
        bron.return ? bron.return() : Promise.resolve({ done: true, value: undefined }),
      throw: (fout: unknown) =>
        bron.throw
          ? bron.throw(fout)
          : Promise.reject(fout instanceof Error ? fout : new Error(String(fout))),
      [Symbol.asyncIterator]: () => stroom,
    };
    return stroom;
  }
}

function onderwerp(overeenkomstId: string): string {
  return `overeenkomst:${overeenkomstId}`;
}
