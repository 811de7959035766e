import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { Gebruiker } from '../auth/gebruiker.entity';
import { BaseEntity } from '../database/base.entity';

export enum MeldingSoort {
  /** A version lies ter ondertekening and this person may sign for a signing partij. */
  ONDERTEKENVERZOEK = 'ONDERTEKENVERZOEK',
  /** A new wijzigingsvoorstel on an onderdeel the person's partij signs. */
  VOORSTEL = 'VOORSTEL',
  /** A comment addressed to the person's partij. */
  OPMERKING = 'OPMERKING',
  /** An @-mention of the person or their partij in a comment. */
  VERMELDING = 'VERMELDING',
  /** The last signature: the onderdeel is signed. */
  ONDERTEKEND = 'ONDERTEKEND',
  /** A deadline of the jaarcyclus comes near. */
  HERINNERING = 'HERINNERING',
}
registerEnumType(MeldingSoort, { name: 'MeldingSoort' });

export enum MailVoorkeur {
  DIRECT = 'DIRECT',
  DAGELIJKS = 'DAGELIJKS',
  UIT = 'UIT',
}
registerEnumType(MailVoorkeur, {
  name: 'MailVoorkeur',
  description: 'Wanneer meldingen ook per e-mail komen',
  valuesMap: {
    DIRECT: { description: 'Meteen, één e-mail per melding' },
    DAGELIJKS: { description: 'Eén overzicht per dag' },
    UIT: { description: 'Geen e-mail, alleen in Driehoek' },
  },
});

/** Where the mail of a melding stands; a melding is mailed at most once. */
export enum MailStatus {
  WACHT = 'WACHT',
  /** Claimed by one instance since `mailBezigSinds`; another may take over when that is old. */
  BEZIG = 'BEZIG',
  VERZONDEN = 'VERZONDEN',
  /** The person wanted no mail when it was its turn. */
  OVERGESLAGEN = 'OVERGESLAGEN',
}

/**
 * One notification for one person. `sleutel` says what it is about (the event and the person),
 * so the same cause never yields two meldingen, whichever instance or retry handles it.
 */
@Entity()
@Unique({ properties: ['gebruiker', 'sleutel'] })
@Index({ properties: ['gebruiker', 'createdAt'] })
export class Melding extends BaseEntity<'gelezenOp' | 'mailStatus' | 'mailBezigSinds'> {
  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  gebruiker!: Ref<Gebruiker>;

  @Enum({ items: () => MeldingSoort })
  soort!: MeldingSoort;

  @Property({ type: 'string', length: 300 })
  sleutel!: string;

  @Property({ type: 'text' })
  tekst!: string;

  /** A path in the web client, e.g. /overeenkomsten/…/onderdelen/…?afspraak=…&opmerking=… */
  @Property({ type: 'string', length: 500 })
  link!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  gelezenOp: Date | null = null;

  @Enum({ items: () => MailStatus })
  mailStatus: MailStatus = MailStatus.WACHT;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  mailBezigSinds: Date | null = null;
}

/** A person's choice for mail; without a row: DIRECT. */
@Entity()
export class MeldingVoorkeur extends BaseEntity {
  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade', unique: true })
  gebruiker!: Ref<Gebruiker>;

  @Enum({ items: () => MailVoorkeur })
  mail: MailVoorkeur = MailVoorkeur.DIRECT;
}
