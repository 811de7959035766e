import { Injectable } from '@nestjs/common';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PubSub } from 'graphql-subscriptions';

export enum GebeurtenisSoort {
  STANDPUNT = 'STANDPUNT',
  OPMERKING = 'OPMERKING',
  VOORSTEL = 'VOORSTEL',
  BEVROREN = 'BEVROREN',
  ONDERTEKEND = 'ONDERTEKEND',
  GEWEIGERD = 'GEWEIGERD',
  ADDENDUM = 'ADDENDUM',
  VERSIE_HERSTELD = 'VERSIE_HERSTELD',
  AFSPRAAK_NIEUW = 'AFSPRAAK_NIEUW',
  AFSPRAAK_GEWIJZIGD = 'AFSPRAAK_GEWIJZIGD',
  AFSPRAAK_VERWIJDERD = 'AFSPRAAK_VERWIJDERD',
  BOD = 'BOD',
  EVALUATIE = 'EVALUATIE',
  EVALUATIE_GESLOTEN = 'EVALUATIE_GESLOTEN',
}
registerEnumType(GebeurtenisSoort, { name: 'GebeurtenisSoort' });

@ObjectType('OvereenkomstGebeurtenis', {
  description: 'Er is iets gebeurd in een overeenkomst; haal het betreffende onderdeel opnieuw op',
})
export class Gebeurtenis {
  @Field(() => GebeurtenisSoort) soort!: GebeurtenisSoort;
  @Field(() => ID) overeenkomstId!: string;
  @Field(() => ID) onderdeelId!: string;
  @Field(() => ID, { nullable: true }) afspraakId!: string | null;
  @Field(() => ID, {
    description: 'Het standpunt, de opmerking, het voorstel, de versie, het bod of de jaarschijf',
  })
  onderwerpId!: string;
  @Field({ description: 'Wie het deed' }) door!: string;
  @Field(() => String, { nullable: true, description: 'Namens welke partij' })
  partij!: string | null;
  @Field(() => GraphQLISODateTime) tijd!: Date;
}

/**
 * Live events per overeenkomst for the subscription. In-process: every instance publishes to
 * its own subscribers (see README, "Meerdere instanties").
 */
@Injectable()
export class Gebeurtenissen {
  private readonly pubsub = new PubSub<Record<string, Gebeurtenis>>();

  publiceer(gebeurtenis: Omit<Gebeurtenis, 'tijd'>): void {
    void this.pubsub.publish(onderwerp(gebeurtenis.overeenkomstId), {
      ...gebeurtenis,
      tijd: new Date(),
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
