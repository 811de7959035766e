import {
  Collection,
  Entity,
  ManyToMany,
  ManyToOne,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Gebruiker } from '../auth/gebruiker.entity';
import { BaseEntity } from '../database/base.entity';
import { Indicator } from '../indicatoren/indicator.entity';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Partij } from '../partijen/partij.entity';

/**
 * A woningcorporatie's bod on the coming jaarschijf: its proposed activities, entered as draft
 * afspraken with their indicators and proposed streefwaarden, which the negotiation then takes up.
 */
@Entity()
@Unique({ properties: ['jaarschijf', 'partij'] })
export class Bod extends BaseEntity<'teLaat'> {
  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade' })
  jaarschijf: Ref<Jaarschijf>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict' })
  partij: Ref<Partij>;

  @Property({ type: 'text' })
  toelichting: string;

  /** Handed in after the calendar's bod deadline. */
  @Property({ type: 'boolean' })
  teLaat: boolean = false;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  door: Ref<Gebruiker>;

  @ManyToMany(() => Afspraak, undefined, { pivotTable: 'bod_afspraak' })
  afspraken = new Collection<Afspraak>(this);

  @ManyToMany(() => Indicator, undefined, { pivotTable: 'bod_indicator' })
  indicatoren = new Collection<Indicator>(this);

  constructor(
    jaarschijf: Ref<Jaarschijf>,
    partij: Ref<Partij>,
    toelichting: string,
    door: Ref<Gebruiker>,
  ) {
    super();
    this.jaarschijf = jaarschijf;
    this.partij = partij;
    this.toelichting = toelichting;
    this.door = door;
  }
}
