import {
  Collection,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import { Partij } from '../partijen/partij.entity';
import type { Onderdeel } from './onderdeel.entity';
import type { Afspraak } from './afspraak.entity';
import type { Thema } from './thema.entity';
import type { StoredEigenDoelgroep } from './eigen-doelgroepen';
import type { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import type { Indicator } from '../indicatoren/indicator.entity';

/**
 * The overeenkomst's status, derived from its onderdelen and jaarschijven by
 * `overeenkomstStatus` (overeenkomst-status.ts), never stored; only the early end is stored
 * (`beeindigd`).
 */
export enum OvereenkomstStatus {
  CONCEPT = 'CONCEPT',
  IN_ONDERHANDELING = 'IN_ONDERHANDELING',
  TER_ONDERTEKENING = 'TER_ONDERTEKENING',
  ONDERTEKEND = 'ONDERTEKEND',
  LOPEND = 'LOPEND',
  IN_EVALUATIE = 'IN_EVALUATIE',
  AFGELOPEN = 'AFGELOPEN',
  BEEINDIGD = 'BEEINDIGD',
}
registerEnumType(OvereenkomstStatus, {
  name: 'OvereenkomstStatus',
  description: 'Afgeleid uit de onderdelen en jaarschijven',
  valuesMap: {
    CONCEPT: { description: 'Wordt opgesteld' },
    IN_ONDERHANDELING: { description: 'De onderhandeling loopt' },
    TER_ONDERTEKENING: { description: 'Het hoofddocument is bevroren en wacht op handtekeningen' },
    ONDERTEKEND: { description: 'Het hoofddocument is ondertekend; de looptijd begint later' },
    LOPEND: { description: 'Ondertekend en binnen de looptijd' },
    IN_EVALUATIE: { description: 'De looptijd is voorbij; nog niet elk jaar is geëvalueerd' },
    AFGELOPEN: { description: 'Elk jaar is geëvalueerd' },
    BEEINDIGD: { description: 'Door de regie voortijdig beëindigd' },
  },
});

export enum DeelnemerRol {
  /** Formal party of the hoofddocument (the driehoek, or a zorgpartij that signs the whole). */
  ONDERTEKENAAR = 'ONDERTEKENAAR',
  /** Co-signs one or more bijlagen only. */
  MEDEONDERTEKENAAR_BIJLAGE = 'MEDEONDERTEKENAAR_BIJLAGE',
  /** Reads everything, changes nothing. */
  WAARNEMER = 'WAARNEMER',
}
registerEnumType(DeelnemerRol, {
  name: 'DeelnemerRol',
  valuesMap: {
    ONDERTEKENAAR: { description: 'Ondertekent het hoofddocument' },
    MEDEONDERTEKENAAR_BIJLAGE: { description: 'Ondertekent alleen één of meer bijlagen' },
    WAARNEMER: { description: 'Leest mee, wijzigt niets' },
  },
});

export enum InstrumentSoort {
  WOONVISIE = 'WOONVISIE',
  WOONZORGVISIE = 'WOONZORGVISIE',
  VOLKSHUISVESTINGSPROGRAMMA = 'VOLKSHUISVESTINGSPROGRAMMA',
  CONVENANT = 'CONVENANT',
  PACT = 'PACT',
  RAAMOVEREENKOMST = 'RAAMOVEREENKOMST',
  UITVOERINGSPROGRAMMA = 'UITVOERINGSPROGRAMMA',
  HUISVESTINGSVERORDENING = 'HUISVESTINGSVERORDENING',
  WOONDEAL = 'WOONDEAL',
  OVERIG = 'OVERIG',
}
registerEnumType(InstrumentSoort, { name: 'InstrumentSoort' });

@Embeddable()
export class Referentie {
  @Enum({ items: () => InstrumentSoort })
  soort: InstrumentSoort;

  @Property({ type: 'string' })
  titel: string;

  @Property({ type: 'string', nullable: true })
  url?: string | null;

  constructor(soort: InstrumentSoort, titel: string, url?: string | null) {
    this.soort = soort;
    this.titel = titel;
    this.url = url ?? null;
  }
}

@Entity()
export class Overeenkomst extends BaseEntity<
  'beeindigd' | 'preambule' | 'preambuleJson' | 'referenties' | 'kalender' | 'eigenDoelgroepen'
> {
  @Property({ type: 'string', length: 300 })
  titel: string;

  @Property({ type: 'integer' })
  startjaar: number;

  @Property({ type: 'integer' })
  eindjaar: number;

  /** Ended early by the regie; every other status is derived (overeenkomst-status.ts). */
  @Property({ type: 'boolean', default: false })
  beeindigd: boolean = false;

  @Property({ type: 'text' })
  preambule: string = '';

  /** The preamble as ProseMirror JSON, materialised from the hoofddocument's co-editor document. */
  @Property({ type: 'json', nullable: true })
  preambuleJson?: Record<string, unknown> | null = null;

  /** Days of the yearly cycle that differ from the legal defaults ("MM-DD" per step). */
  @Property({ type: 'json', nullable: true })
  kalender?: Record<string, string> | null = null;

  @Embedded(() => Referentie, { array: true })
  referenties: Referentie[] = [];

  /** Doelgroepen this agreement defines itself, beside the standard list. */
  @Property({ type: 'json' })
  eigenDoelgroepen: StoredEigenDoelgroep[] = [];

  /** The gemeente(n) the agreement covers; a regional agreement has several. */
  @ManyToMany(() => Partij, undefined, { pivotTable: 'overeenkomst_gemeente' })
  gemeenten = new Collection<Partij>(this);

  @OneToMany('Deelnemer', 'overeenkomst', { orphanRemoval: true })
  deelnemers = new Collection<Deelnemer>(this);

  @OneToMany('Onderdeel', 'overeenkomst')
  onderdelen = new Collection<Onderdeel>(this);

  @OneToMany('Afspraak', 'overeenkomst')
  afspraken = new Collection<Afspraak>(this);

  @OneToMany('Jaarschijf', 'overeenkomst')
  jaarschijven = new Collection<Jaarschijf>(this);

  @OneToMany('Indicator', 'overeenkomst')
  indicatoren = new Collection<Indicator>(this);

  @OneToMany('Thema', 'overeenkomst')
  eigenThemas = new Collection<Thema>(this);

  constructor(titel: string, startjaar: number, eindjaar: number) {
    super();
    this.titel = titel;
    this.startjaar = startjaar;
    this.eindjaar = eindjaar;
  }

  omvatJaar(jaar: number): boolean {
    return jaar >= this.startjaar && jaar <= this.eindjaar;
  }
}

@Entity()
@Unique({ properties: ['overeenkomst', 'partij'] })
export class Deelnemer extends BaseEntity<'regie'> {
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict' })
  @Index()
  partij: Ref<Partij>;

  @Enum({ items: () => DeelnemerRol })
  rol: DeelnemerRol;

  @Property({ type: 'boolean' })
  regie: boolean = false;

  constructor(overeenkomst: Ref<Overeenkomst>, partij: Ref<Partij>, rol: DeelnemerRol) {
    super();
    this.overeenkomst = overeenkomst;
    this.partij = partij;
    this.rol = rol;
  }
}
