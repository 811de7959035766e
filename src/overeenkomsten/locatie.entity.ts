import { Entity, Enum, Index, ManyToOne, Property, ref, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import { Partij } from '../partijen/partij.entity';
import type { Afspraak } from './afspraak.entity';
import { Overeenkomst } from './overeenkomst.entity';

export enum LocatieSoort {
  COMPLEX = 'COMPLEX',
  WIJK = 'WIJK',
  KERN = 'KERN',
  GEMEENTE = 'GEMEENTE',
  ADRES = 'ADRES',
}
registerEnumType(LocatieSoort, {
  name: 'LocatieSoort',
  valuesMap: {
    COMPLEX: { description: 'Een wooncomplex of bouwproject, bijv. "Zorgcomplex De Hoven"' },
    WIJK: { description: 'Een wijk of buurt' },
    KERN: { description: 'Een dorp of kern van de gemeente' },
    GEMEENTE: { description: 'Een gemeente (in een regionale overeenkomst)' },
    ADRES: { description: 'Eén adres of perceel' },
  },
});

/** In the words a document uses for a place of this kind. */
export const LOCATIE_SOORT_LABEL: Record<LocatieSoort, string> = {
  COMPLEX: 'complex',
  WIJK: 'wijk',
  KERN: 'kern',
  GEMEENTE: 'gemeente',
  ADRES: 'adres',
};

/**
 * A place the overeenkomst names: it belongs to the overeenkomst (not to one afspraak), so several
 * afspraken, streefwaarden and realisaties point at the same place. The gemeente it lies in (one
 * of the overeenkomst's gemeenten) lets the regional view add figures up per gemeente.
 */
@Entity()
export class Locatie extends BaseEntity<'gemeente'> {
  @Index()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @Enum({ items: () => LocatieSoort })
  soort: LocatieSoort;

  @Property({ type: 'string', length: 200 })
  naam: string;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict', nullable: true })
  gemeente?: Ref<Partij> | null = null;

  constructor(overeenkomst: Overeenkomst, soort: LocatieSoort, naam: string) {
    super();
    this.overeenkomst = ref(overeenkomst);
    this.soort = soort;
    this.naam = naam;
  }
}

/** That an afspraak applies to a place, in the order the afspraak names its places. */
@Entity()
@Unique({ properties: ['afspraak', 'locatie'] })
export class AfspraakLocatie extends BaseEntity {
  @ManyToOne('Afspraak', { ref: true, deleteRule: 'cascade' })
  afspraak: Ref<Afspraak>;

  @Index()
  @ManyToOne(() => Locatie, { ref: true, deleteRule: 'cascade' })
  locatie: Ref<Locatie>;

  @Property({ type: 'integer' })
  volgorde: number;

  constructor(afspraak: Afspraak, locatie: Locatie, volgorde: number) {
    super();
    this.afspraak = ref(afspraak);
    this.locatie = ref(locatie);
    this.volgorde = volgorde;
  }
}
