import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  ref,
  type Ref,
  Unique,
} from '@mikro-orm/core';

import { BaseEntity } from '../database/base.entity';
import { Partij } from '../partijen/partij.entity';
import { AfspraakType, Doelgroep, Volwassenheid } from './afspraak-type';
import type { StoredDetails } from './afspraak-details';
import type { StoredLid } from './afspraak-leden';
import type { StoredBedrag } from './financieel-overzicht';
import type { StoredDeel } from './afspraak-deel';
import type { StoredNorm } from './afspraak-normen';
import type { StoredVerwijzing } from './afspraak-verwijzingen';
import { Onderdeel } from './onderdeel.entity';
import { Overeenkomst } from './overeenkomst.entity';
import { Thema } from './thema.entity';
import { BetrokkeneRol, TrekkerGroep } from './afspraak-rollen';
import type { AfspraakJaarschijf } from '../jaarschijven/jaarschijf.entity';
import type { Indicator } from '../indicatoren/indicator.entity';
import type { AfspraakLocatie } from './locatie.entity';

@Entity()
@Index({ properties: ['onderdeel', 'volgorde'] })
@Index({ properties: ['thema', 'overeenkomst'] })
export class Afspraak extends BaseEntity<
  | 'nummer'
  | 'tekst'
  | 'tekstJson'
  | 'tekstMetSuggesties'
  | 'voorwaarden'
  | 'doelgroepen'
  | 'leden'
  | 'trekkerGroep'
  | 'bedragen'
  | 'normen'
  | 'verwijzingen'
  | 'voorwaardeDelen'
  | 'eigenDoelgroepIds'
> {
  @Index()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @ManyToOne(() => Onderdeel, { ref: true, deleteRule: 'cascade' })
  onderdeel: Ref<Onderdeel>;

  @Property({ type: 'string', length: 20 })
  nummer: string = '';

  @Property({ type: 'integer' })
  volgorde: number;

  @Property({ type: 'string', length: 300 })
  titel: string;

  @Enum({ items: () => AfspraakType })
  type: AfspraakType;

  @Property({ type: 'text' })
  tekst: string = '';

  /** The text as ProseMirror JSON, materialised from the co-editor's document. */
  @Property({ type: 'json', nullable: true })
  tekstJson?: Record<string, unknown> | null = null;

  /**
   * In suggestion mode: the text with its pending suggestions (ProseMirror JSON with their marks);
   * null when there are none. `tekst` and `tekstJson` hold the accepted text.
   */
  @Property({ type: 'json', nullable: true })
  tekstMetSuggesties?: Record<string, unknown> | null = null;

  @ManyToOne(() => Thema, { ref: true, deleteRule: 'restrict' })
  thema: Ref<Thema>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict' })
  trekker: Ref<Partij>;

  /** A group that pulls together ("alle corporaties"); `trekker` is the accountable one of it. */
  @Enum({ items: () => TrekkerGroep, nullable: true })
  trekkerGroep?: TrekkerGroep | null = null;

  @Enum({ items: () => Volwassenheid })
  volwassenheid: Volwassenheid;

  @Property({ type: 'json' })
  voorwaarden: string[] = [];

  /** The deel each voorwaarde holds for, by position; empty while none is tied to a deel. */
  @Property({ type: 'json' })
  voorwaardeDelen: (StoredDeel | null)[] = [];

  @Property({ type: 'json' })
  doelgroepen: Doelgroep[] = [];

  /** Ids of the overeenkomst's own doelgroepen (Overeenkomst.eigenDoelgroepen). */
  @Property({ type: 'json' })
  eigenDoelgroepIds: string[] = [];

  @Property({ type: 'json' })
  normen: StoredNorm[] = [];

  @Property({ type: 'json' })
  verwijzingen: StoredVerwijzing[] = [];

  @Property({ type: 'json' })
  details: StoredDetails;

  /** The leden a, b, c of a composite afspraak (afspraak-leden.ts); empty for a single one. */
  @Property({ type: 'json' })
  leden: StoredLid[] = [];
  /** The money in the afspraak, in whole cents (see afspraak-bedragen.ts). */
  @Property({ type: 'json' })
  bedragen: StoredBedrag[] = [];

  @OneToMany(() => AfspraakBetrokkene, (b) => b.afspraak, {
    orphanRemoval: true,
    orderBy: { volgorde: 'asc' },
  })
  betrokkenen = new Collection<AfspraakBetrokkene>(this);

  @OneToMany('AfspraakJaarschijf', 'afspraak', { orphanRemoval: true })
  jaarschijven = new Collection<AfspraakJaarschijf>(this);

  @ManyToMany('Indicator', 'afspraken')
  indicatoren = new Collection<Indicator>(this);

  @OneToMany<AfspraakLocatie, Afspraak>('AfspraakLocatie', 'afspraak', {
    orphanRemoval: true,
    orderBy: { volgorde: 'asc' },
  })
  locaties = new Collection<AfspraakLocatie>(this);

  constructor(props: {
    onderdeel: Onderdeel;
    volgorde: number;
    titel: string;
    type: AfspraakType;
    thema: Ref<Thema>;
    trekker: Ref<Partij>;
    volwassenheid: Volwassenheid;
    details: StoredDetails;
  }) {
    super();
    this.onderdeel = ref(props.onderdeel);
    this.overeenkomst = props.onderdeel.overeenkomst;
    this.volgorde = props.volgorde;
    this.titel = props.titel;
    this.type = props.type;
    this.thema = props.thema;
    this.trekker = props.trekker;
    this.volwassenheid = props.volwassenheid;
    this.details = props.details;
  }
}

@Entity()
@Unique({ properties: ['afspraak', 'partij'] })
export class AfspraakBetrokkene extends BaseEntity<'kostenaandeel'> {
  @ManyToOne(() => Afspraak, { ref: true, deleteRule: 'cascade' })
  afspraak: Ref<Afspraak>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict' })
  partij: Ref<Partij>;

  @Enum({ items: () => BetrokkeneRol })
  rol: BetrokkeneRol;

  /** The partij's own commitment, in its own words. */
  @Property({ type: 'text' })
  bijdrage: string;

  @Property({ type: 'double', nullable: true })
  kostenaandeel?: number | null;

  @Property({ type: 'integer' })
  volgorde: number;

  constructor(
    afspraak: Afspraak,
    partij: Ref<Partij>,
    rol: BetrokkeneRol,
    bijdrage: string,
    kostenaandeel: number | null,
    volgorde: number,
  ) {
    super();
    this.afspraak = ref(afspraak);
    this.partij = partij;
    this.rol = rol;
    this.bijdrage = bijdrage;
    this.kostenaandeel = kostenaandeel;
    this.volgorde = volgorde;
  }
}
