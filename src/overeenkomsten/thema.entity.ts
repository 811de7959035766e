import {
  Index, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import type { Overeenkomst } from './overeenkomst.entity';

/**
 * Two-level taxonomy (domein → opgave) after the Handreiking woonzorgopgave. Themes without an
 * overeenkomst are the shared default; an overeenkomst may add its own.
 */
@ObjectType({ description: 'Thema: een domein (bovenste niveau) of een opgave daarbinnen' })
@Entity()
export class Thema extends BaseEntity<'overeenkomst' | 'domein'> {
  @Field()
  @Property({ type: 'string', length: 200 })
  naam: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  volgorde: number;

  @ManyToOne('Thema', { ref: true, nullable: true, deleteRule: 'cascade' })
  domein?: Ref<Thema> | null;

  @Index()
  @ManyToOne('Overeenkomst', { ref: true, nullable: true, deleteRule: 'cascade' })
  overeenkomst?: Ref<Overeenkomst> | null;

  @Field({ description: 'Hoort bij de standaardindeling (niet per overeenkomst toegevoegd)' })
  get standaard(): boolean {
    return !this.overeenkomst;
  }

  constructor(naam: string, volgorde: number, domein?: Ref<Thema> | null, overeenkomst?: Ref<Overeenkomst> | null) {
    super();
    this.naam = naam;
    this.volgorde = volgorde;
    this.domein = domein ?? null;
    this.overeenkomst = overeenkomst ?? null;
  }
}
