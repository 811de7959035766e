import {
  Index,
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  ref,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Locatie } from '../overeenkomsten/locatie.entity';
import { indicatorSleutel } from './indicator-sleutel';
import { EffectOordeel, IndicatorRichting } from './richting';

@Entity()
export class Indicator extends BaseEntity<
  'definitie' | 'definitieBron' | 'nulmetingWaarde' | 'nulmetingJaar' | 'richting'
> {
  @Index()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @Property({ type: 'string', length: 200 })
  naam: string;

  @Property({ type: 'string', length: 60 })
  eenheid: string;

  /** Normalised name and unit (indicatorSleutel): the regional sums group by it in the database. */
  @Index()
  @Property({ type: 'text' })
  sleutel: string;

  @Property({ type: 'text' })
  definitie: string = '';

  @Property({ type: 'string', length: 200, nullable: true })
  definitieBron?: string | null = null;

  @Property({ type: 'double', nullable: true })
  nulmetingWaarde?: number | null = null;

  @Property({ type: 'integer', nullable: true })
  nulmetingJaar?: number | null = null;

  @Enum({ items: () => IndicatorRichting, default: IndicatorRichting.HOGER_IS_BETER })
  richting: IndicatorRichting = IndicatorRichting.HOGER_IS_BETER;

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
    this.sleutel = indicatorSleutel(this);
  }

  /** A new name or unit; the key the regional sums group by follows. */
  hernoem(wijziging: { naam?: string | null; eenheid?: string | null }): void {
    if (wijziging.naam != null) this.naam = wijziging.naam;
    if (wijziging.eenheid != null) this.eenheid = wijziging.eenheid;
    this.sleutel = indicatorSleutel(this);
  }
}

export enum StreefwaardeSoort {
  EXACT = 'EXACT',
  BANDBREEDTE = 'BANDBREEDTE',
  EFFECT = 'EFFECT',
  MINIMAAL = 'MINIMAAL',
  MAXIMAAL = 'MAXIMAAL',
}
registerEnumType(StreefwaardeSoort, {
  name: 'StreefwaardeSoort',
  valuesMap: {
    EXACT: { description: 'Eén getal' },
    BANDBREEDTE: { description: 'Een bandbreedte van minimum tot maximum' },
    EFFECT: { description: 'Een beschreven effect in plaats van een aantal' },
    MINIMAAL: { description: 'Ten minste een aantal (min), zonder bovengrens' },
    MAXIMAAL: { description: 'Hoogstens een aantal (max), zonder ondergrens' },
  },
});

@Entity()
// One target per year for the whole agreement (no place) and one per place: nulls not distinct.
// Keyed by year, not jaarschijf: horizon targets have none.
@Unique({
  name: 'streefwaarde_indicator_id_jaar_locatie_id_unique',
  expression:
    'alter table "streefwaarde" add constraint "streefwaarde_indicator_id_jaar_locatie_id_unique" unique nulls not distinct ("indicator_id", "jaar", "locatie_id")',
})
export class Streefwaarde extends BaseEntity<'waarde' | 'min' | 'max' | 'effect' | 'locatie'> {
  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator: Ref<Indicator>;

  /** Empty for a horizon target: a year after the periode, which has no jaarschijf. */
  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade', nullable: true })
  jaarschijf: Ref<Jaarschijf> | null;

  /** The year of the target; readers key on it, so a horizon target joins a later periode. */
  @Property({ type: 'integer' })
  jaar: number;

  /** The place this figure is for; none: the figure of the whole agreement. */
  @ManyToOne(() => Locatie, { ref: true, deleteRule: 'cascade', nullable: true })
  locatie?: Ref<Locatie> | null = null;

  @Enum({ items: () => StreefwaardeSoort })
  soort: StreefwaardeSoort;

  @Property({ type: 'double', nullable: true })
  waarde?: number | null = null;

  @Property({ type: 'double', nullable: true })
  min?: number | null = null;

  @Property({ type: 'double', nullable: true })
  max?: number | null = null;

  @Property({ type: 'text', nullable: true })
  effect?: string | null = null;

  /** In a jaarschijf, or (jaarschijf null) in the horizon year `jaar`. */
  constructor(
    indicator: Indicator,
    jaarschijf: Jaarschijf | null,
    soort: StreefwaardeSoort,
    jaar = jaarschijf?.jaar,
  ) {
    super();
    if (jaar == null) throw new Error('Een streefwaarde zonder jaarschijf heeft een jaar');
    this.indicator = ref(indicator);
    this.jaarschijf = jaarschijf ? ref(jaarschijf) : null;
    this.jaar = jaar;
    this.soort = soort;
  }
}

@Entity()
// One figure per year for the whole agreement (no place) and one per place: nulls not distinct.
@Unique({
  name: 'realisatie_indicator_id_jaarschijf_id_locatie_id_unique',
  expression:
    'alter table "realisatie" add constraint "realisatie_indicator_id_jaarschijf_id_locatie_id_unique" unique nulls not distinct ("indicator_id", "jaarschijf_id", "locatie_id")',
})
export class Realisatie extends BaseEntity<
  'bron' | 'toelichting' | 'locatie' | 'oordeel' | 'tussenstand'
> {
  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator: Ref<Indicator>;

  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade' })
  jaarschijf: Ref<Jaarschijf>;

  /** The place this figure is for; none: the figure of the whole agreement. */
  @ManyToOne(() => Locatie, { ref: true, deleteRule: 'cascade', nullable: true })
  locatie?: Ref<Locatie> | null = null;

  /** Empty where an effect was judged in words (oordeel) instead of measured. */
  @Property({ type: 'double', nullable: true })
  waarde: number | null;

  @Enum({ items: () => EffectOordeel, nullable: true })
  oordeel?: EffectOordeel | null = null;

  /** Entered before its year ended (by the app's clock): an interim figure, not judged final. */
  @Property({ type: 'boolean', default: false })
  tussenstand: boolean = false;

  @Property({ type: 'string', length: 300 })
  bron: string = '';

  @Property({ type: 'text' })
  toelichting: string = '';

  constructor(indicator: Indicator, jaarschijf: Jaarschijf, waarde: number | null) {
    super();
    this.indicator = ref(indicator);
    this.jaarschijf = ref(jaarschijf);
    this.waarde = waarde;
  }
}
