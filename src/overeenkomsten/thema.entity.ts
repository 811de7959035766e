import { Index, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';

import { BaseEntity } from '../database/base.entity';
import type { Overeenkomst } from './overeenkomst.entity';

/**
 * Two-level taxonomy (domein → opgave) after the Handreiking woonzorgopgave. Themes without an
 * overeenkomst are the shared default; an overeenkomst may add its own.
 */
@Entity()
export class Thema extends BaseEntity<'overeenkomst' | 'domein'> {
  @Property({ type: 'string', length: 200 })
  naam: string;

  @Property({ type: 'integer' })
  volgorde: number;

  @ManyToOne('Thema', { ref: true, nullable: true, deleteRule: 'cascade' })
  domein?: Ref<Thema> | null;

  @Index()
  @ManyToOne('Overeenkomst', { ref: true, nullable: true, deleteRule: 'cascade' })
  overeenkomst?: Ref<Overeenkomst> | null;

  get standaard(): boolean {
    return !this.overeenkomst;
  }

  constructor(
    naam: string,
    volgorde: number,
    domein?: Ref<Thema> | null,
    overeenkomst?: Ref<Overeenkomst> | null,
  ) {
    super();
    this.naam = naam;
    this.volgorde = volgorde;
    this.domein = domein ?? null;
    this.overeenkomst = overeenkomst ?? null;
  }
}
