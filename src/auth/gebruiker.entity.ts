import {
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  ref,
  type Ref,
} from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { Lidmaatschap } from '../partijen/lidmaatschap.entity';

/** A person who logs in. The password is only ever stored as an argon2id hash. */
@Entity()
export class Gebruiker extends BaseEntity {
  @Property({ type: 'string', length: 320, unique: true })
  email: string;

  @Property({ type: 'string', length: 200 })
  naam: string;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  wachtwoordHash: string;

  @OneToMany('Lidmaatschap', 'gebruiker')
  lidmaatschappen = new Collection<Lidmaatschap>(this);

  constructor(email: string, naam: string, wachtwoordHash: string) {
    super();
    this.email = normaliseerEmail(email);
    this.naam = naam;
    this.wachtwoordHash = wachtwoordHash;
  }
}

export function normaliseerEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A login that can be renewed: the refresh token is stored hashed; logout revokes it. */
@Entity()
export class Sessie extends BaseEntity<'ingetrokkenOp'> {
  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  @Index()
  gebruiker: Ref<Gebruiker>;

  @Property({ type: 'string', length: 64, unique: true })
  vernieuwHash: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  verlooptOp: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  ingetrokkenOp?: Date | null = null;

  constructor(gebruiker: Gebruiker, vernieuwHash: string, verlooptOp: Date) {
    super();
    this.gebruiker = ref(gebruiker);
    this.vernieuwHash = vernieuwHash;
    this.verlooptOp = verlooptOp;
  }

  get geldig(): boolean {
    return !this.ingetrokkenOp && this.verlooptOp.getTime() > Date.now();
  }
}

/**
 * A renewal token that was exchanged. Presented again it gives away that it was copied (or that
 * two clients raced with it), and the whole session ends: OAuth 2.0 refresh-token reuse detection.
 * Kept as long as its session.
 */
@Entity()
export class VervangenVernieuwToken {
  @PrimaryKey({ type: 'string', length: 64 })
  hash: string;

  @ManyToOne(() => Sessie, { ref: true, deleteRule: 'cascade' })
  @Index()
  sessie: Ref<Sessie>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  vervangenOp: Date = new Date();

  constructor(hash: string, sessie: Ref<Sessie>) {
    this.hash = hash;
    this.sessie = sessie;
  }
}

/**
 * A one-time, short-lived ticket for one export URL, so a download link never carries the
 * access token (which would end up in history, logs and Referer headers). Consumed on use.
 */
@Entity()
export class ExportTicket {
  @PrimaryKey({ type: 'string', length: 64 })
  hash: string;

  @ManyToOne(() => Sessie, { ref: true, deleteRule: 'cascade' })
  @Index()
  sessie: Ref<Sessie>;

  /** The path and query of the one export it opens, without the ticket. */
  @Property({ type: 'text' })
  pad: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Index()
  verlooptOp: Date;

  constructor(hash: string, sessie: Ref<Sessie>, pad: string, verlooptOp: Date) {
    this.hash = hash;
    this.sessie = sessie;
    this.pad = pad;
    this.verlooptOp = verlooptOp;
  }
}

/** Every login attempt, for the lockout per account and per address; pruned after a day. */
@Entity()
@Index({ properties: ['email', 'tijd'] })
@Index({ properties: ['adres', 'tijd'] })
@Index({ properties: ['tijd'] })
export class LoginPoging extends BaseEntity {
  @Property({ type: 'string', length: 320 })
  email: string;

  @Property({ type: 'string', length: 100 })
  adres: string;

  @Property({ type: 'boolean' })
  gelukt: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  tijd: Date = new Date();

  constructor(email: string, adres: string, gelukt: boolean) {
    super();
    this.email = normaliseerEmail(email);
    this.adres = adres;
    this.gelukt = gelukt;
  }
}
