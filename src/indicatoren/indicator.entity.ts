import {
  Index, Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, Property, ref, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';

@ObjectType({ description: 'Wat gemonitord wordt, met eenheid, definitie en nulmeting' })
@Entity()
export class Indicator extends BaseEntity<'definitie' | 'definitieBron' | 'nulmetingWaarde' | 'nulmetingJaar'> {
  @Index()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @Field()
  @Property({ type: 'string', length: 200 })
  naam: string;

  @Field({ description: 'Bijv. woningen, wooneenheden, plekken, procent, euro' })
  @Property({ type: 'string', length: 60 })
  eenheid: string;

  @Field()
  @Property({ type: 'text' })
  definitie: string = '';

  @Field(() => String, { nullable: true, description: 'Herkomst van de definitie, bijv. "BZK 2023"' })
  @Property({ type: 'string', length: 200, nullable: true })
  definitieBron?: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  nulmetingWaarde?: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  nulmetingJaar?: number | null = null;

  @ManyToMany(() => Afspraak, 'indicatoren', { owner: true, pivotTable: 'indicator_afspraak' })
  afspraken = new Collection<Afspraak>(this);

  @OneToMany('Streefwaarde', 'indicator', { orphanRemoval: true })
  streefwaarden = new Collection<Streefwaarde>(this);

  @OneToMany('Realisatie', 'indicator', { orphanRemoval: true })
  realisaties = new Collection<Realisatie>(this);

  constructor(overeenkomst: Overeenkomst, naam: string, eenheid: string) {
    super();
    this.overeenkomst = ref(overeenkomst);
    this.naam = naam;
    this.eenheid = eenheid;
  }
}

export enum StreefwaardeSoort {
  EXACT = 'EXACT',
  BANDBREEDTE = 'BANDBREEDTE',
  EFFECT = 'EFFECT',
}
registerEnumType(StreefwaardeSoort, {
  name: 'StreefwaardeSoort',
  valuesMap: {
    EXACT: { description: 'Eén getal' },
    BANDBREEDTE: { description: 'Een bandbreedte van minimum tot maximum' },
    EFFECT: { description: 'Een beschreven effect in plaats van een aantal' },
  },
});

@ObjectType({ description: 'Het doel voor een indicator in één jaarschijf' })
@Entity()
@Unique({ properties: ['indicator', 'jaarschijf'] })
export class Streefwaarde extends BaseEntity<'waarde' | 'min' | 'max' | 'effect'> {
  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator: Ref<Indicator>;

  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade' })
  jaarschijf: Ref<Jaarschijf>;

  @Field(() => StreefwaardeSoort)
  @Enum({ items: () => StreefwaardeSoort })
  soort: StreefwaardeSoort;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  waarde?: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  min?: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  max?: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  effect?: string | null = null;

  constructor(indicator: Indicator, jaarschijf: Jaarschijf, soort: StreefwaardeSoort) {
    super();
    this.indicator = ref(indicator);
    this.jaarschijf = ref(jaarschijf);
    this.soort = soort;
  }
}

@ObjectType({ description: 'De gerealiseerde waarde van een indicator in één jaarschijf' })
@Entity()
@Unique({ properties: ['indicator', 'jaarschijf'] })
export class Realisatie extends BaseEntity<'bron' | 'toelichting'> {
  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator: Ref<Indicator>;

  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade' })
  jaarschijf: Ref<Jaarschijf>;

  @Field(() => Float)
  @Property({ type: 'double' })
  waarde: number;

  @Field({ description: 'Bron van het cijfer, bijv. jaarverslag corporatie' })
  @Property({ type: 'string', length: 300 })
  bron: string = '';

  @Field()
  @Property({ type: 'text' })
  toelichting: string = '';

  constructor(indicator: Indicator, jaarschijf: Jaarschijf, waarde: number) {
    super();
    this.indicator = ref(indicator);
    this.jaarschijf = ref(jaarschijf);
    this.waarde = waarde;
  }
}
