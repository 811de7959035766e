import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { Gebruiker } from '../auth/gebruiker.entity';
import { BaseEntity } from '../database/base.entity';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Partij } from '../partijen/partij.entity';

export enum VerantwoordingStatus {
  GEREALISEERD = 'GEREALISEERD',
  OP_SCHEMA = 'OP_SCHEMA',
  VERTRAAGD = 'VERTRAAGD',
  NIET_GEREALISEERD = 'NIET_GEREALISEERD',
  VERVALLEN = 'VERVALLEN',
}
registerEnumType(VerantwoordingStatus, {
  name: 'VerantwoordingStatus',
  description: 'Hoe het met een afspraak staat, volgens haar trekker',
});

/** What the trekker reports in mei about an afspraak over the year just ended. */
@Entity()
@Unique({ properties: ['afspraak', 'jaarschijf'] })
export class Verantwoording extends BaseEntity {
  @ManyToOne(() => Afspraak, { ref: true, deleteRule: 'cascade' })
  afspraak: Ref<Afspraak>;

  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade' })
  jaarschijf: Ref<Jaarschijf>;

  @Enum({ items: () => VerantwoordingStatus })
  status: VerantwoordingStatus;

  @Property({ type: 'text' })
  toelichting: string;

  /** The partij that reported: the afspraak's trekker. */
  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict' })
  partij: Ref<Partij>;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  door: Ref<Gebruiker>;

  constructor(
    velden: Pick<
      Verantwoording,
      'afspraak' | 'jaarschijf' | 'status' | 'toelichting' | 'partij' | 'door'
    >,
  ) {
    super();
    this.afspraak = velden.afspraak;
    this.jaarschijf = velden.jaarschijf;
    this.status = velden.status;
    this.toelichting = velden.toelichting;
    this.partij = velden.partij;
    this.door = velden.door;
  }
}
