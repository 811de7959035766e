import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { Gebruiker } from '../auth/gebruiker.entity';
import { BaseEntity } from '../database/base.entity';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Partij } from '../partijen/partij.entity';
import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';

export enum Stoplicht {
  GROEN = 'GROEN',
  ORANJE = 'ORANJE',
  ROOD = 'ROOD',
}
registerEnumType(Stoplicht, {
  name: 'Stoplicht',
  description: 'Het stoplicht van de evaluatie: groen (gehaald), oranje (deels), rood (niet)',
});

export enum EvaluatieBesluit {
  AFGEROND = 'AFGEROND',
  DOORZETTEN = 'DOORZETTEN',
  BIJSTELLEN = 'BIJSTELLEN',
  VERVALLEN = 'VERVALLEN',
}
registerEnumType(EvaluatieBesluit, {
  name: 'EvaluatieBesluit',
  description:
    'Wat met de afspraak gebeurt: afgerond, doorzetten naar de volgende jaarschijf, bijstellen met nieuwe streefwaarden, of laten vervallen',
});

/** A new target decided in the evaluation; applied when the evaluation is closed. */
export interface Bijstelling {
  indicatorId: string;
  jaar: number;
  soort: StreefwaardeSoort;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
}

/** The driehoek's joint judgement in juni on one afspraak over the year just ended. */
@Entity()
@Unique({ properties: ['afspraak', 'jaarschijf'] })
export class Evaluatie extends BaseEntity<'les' | 'bijstellingen' | 'vervolg'> {
  @ManyToOne(() => Afspraak, { ref: true, deleteRule: 'cascade' })
  afspraak: Ref<Afspraak>;

  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade' })
  jaarschijf: Ref<Jaarschijf>;

  @Enum({ items: () => Stoplicht })
  stoplicht: Stoplicht;

  @Property({ type: 'text' })
  conclusie: string;

  @Property({ type: 'text' })
  les: string = '';

  @Enum({ items: () => EvaluatieBesluit })
  besluit: EvaluatieBesluit;

  @Property({ type: 'json' })
  bijstellingen: Bijstelling[] = [];

  /** Where a DOORZETTEN decision carried the afspraak, once the evaluation was closed. */
  @ManyToOne(() => Afspraak, { ref: true, nullable: true, deleteRule: 'set null' })
  vervolg?: Ref<Afspraak> | null = null;

  /** The partij on whose behalf the entry was made, and who made it. */
  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict' })
  partij: Ref<Partij>;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  door: Ref<Gebruiker>;

  constructor(
    velden: Pick<
      Evaluatie,
      'afspraak' | 'jaarschijf' | 'stoplicht' | 'conclusie' | 'besluit' | 'partij' | 'door'
    >,
  ) {
    super();
    this.afspraak = velden.afspraak;
    this.jaarschijf = velden.jaarschijf;
    this.stoplicht = velden.stoplicht;
    this.conclusie = velden.conclusie;
    this.besluit = velden.besluit;
    this.partij = velden.partij;
    this.door = velden.door;
  }
}

/** A signing partij of the hoofddocument agreeing that the evaluation of a year is complete. */
@Entity()
@Unique({ properties: ['jaarschijf', 'partij'] })
export class EvaluatieBevestiging extends BaseEntity {
  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade' })
  jaarschijf: Ref<Jaarschijf>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict' })
  partij: Ref<Partij>;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  door: Ref<Gebruiker>;

  constructor(jaarschijf: Ref<Jaarschijf>, partij: Ref<Partij>, door: Ref<Gebruiker>) {
    super();
    this.jaarschijf = jaarschijf;
    this.partij = partij;
    this.door = door;
  }
}
