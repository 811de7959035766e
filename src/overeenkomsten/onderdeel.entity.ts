import {
  Index,
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import { Partij } from '../partijen/partij.entity';
import { Overeenkomst } from './overeenkomst.entity';
import type { Afspraak } from './afspraak.entity';

export enum OnderdeelSoort {
  HOOFDDOCUMENT = 'HOOFDDOCUMENT',
  BIJLAGE = 'BIJLAGE',
}
registerEnumType(OnderdeelSoort, { name: 'OnderdeelSoort' });

export enum OnderdeelStatus {
  CONCEPT = 'CONCEPT',
  TER_ONDERTEKENING = 'TER_ONDERTEKENING',
  ONDERTEKEND = 'ONDERTEKEND',
}
registerEnumType(OnderdeelStatus, { name: 'OnderdeelStatus' });

/**
 * While drafting, writers change the text directly; once the negotiation is open every change
 * to an afspraak's text is a suggestion the other signing partijen accept or reject.
 */
export enum OnderdeelFase {
  OPSTELLEN = 'OPSTELLEN',
  ONDERHANDELEN = 'ONDERHANDELEN',
}
registerEnumType(OnderdeelFase, {
  name: 'OnderdeelFase',
  description:
    'Opstellen (tekst direct bewerken) of onderhandelen (elke tekstwijziging is een suggestie)',
});

@Entity()
export class Onderdeel extends BaseEntity<'status' | 'fase'> {
  @Index()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @Enum({ items: () => OnderdeelSoort })
  soort: OnderdeelSoort;

  @Property({ type: 'string', length: 300 })
  titel: string;

  @Property({ type: 'integer' })
  volgorde: number;

  @Enum({ items: () => OnderdeelStatus })
  status: OnderdeelStatus = OnderdeelStatus.CONCEPT;

  @Enum({ items: () => OnderdeelFase })
  fase: OnderdeelFase = OnderdeelFase.OPSTELLEN;

  /** The partijen that must sign this onderdeel. */
  @ManyToMany(() => Partij, undefined, { pivotTable: 'onderdeel_ondertekenaar' })
  ondertekenaars = new Collection<Partij>(this);

  @OneToMany('Afspraak', 'onderdeel')
  afspraken = new Collection<Afspraak>(this);

  constructor(
    overeenkomst: Ref<Overeenkomst>,
    soort: OnderdeelSoort,
    titel: string,
    volgorde: number,
  ) {
    super();
    this.overeenkomst = overeenkomst;
    this.soort = soort;
    this.titel = titel;
    this.volgorde = volgorde;
  }
}
