import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AppError, ErrorCode } from '../common/app-error';
import { BaseEntity } from '../database/base.entity';
import type { OnderdeelInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Partij } from '../partijen/partij.entity';

export enum VersieStatus {
  TER_ONDERTEKENING = 'TER_ONDERTEKENING',
  ONDERTEKEND = 'ONDERTEKEND',
  GEWEIGERD = 'GEWEIGERD',
}
registerEnumType(VersieStatus, {
  name: 'VersieStatus',
  valuesMap: {
    TER_ONDERTEKENING: { description: 'Bevroren; wacht op de handtekeningen' },
    ONDERTEKEND: { description: 'Door alle vereiste partijen ondertekend' },
    GEWEIGERD: {
      description: 'Een partij weigerde te tekenen; het onderdeel ging terug naar concept',
    },
  },
});

/** The content as signed: the onderdeel's status is not part of what was agreed. */
export type VastgelegdeInhoud = Omit<OnderdeelInhoud, 'status'>;

const VERSIE_STATUS_TEKST: Record<VersieStatus, string> = {
  TER_ONDERTEKENING: 'ligt ter ondertekening',
  ONDERTEKEND: 'is al door alle partijen ondertekend',
  GEWEIGERD: 'is geweigerd; het onderdeel is weer een concept en wordt opnieuw bevroren',
};

/**
 * A frozen, immutable version of an onderdeel: the co-editor's Yjs state, the materialised
 * content, and a SHA-256 over both in canonical form. Never changed after it is written, apart
 * from its status as signatures come in.
 */
@Entity()
@Unique({ properties: ['onderdeel', 'nummer'] })
export class OnderdeelVersie extends BaseEntity<'status' | 'afgerondOp'> {
  @Index()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @ManyToOne(() => Onderdeel, { ref: true, deleteRule: 'cascade' })
  onderdeel: Ref<Onderdeel>;

  @Property({ type: 'integer' })
  nummer: number;

  @Enum({ items: () => VersieStatus })
  status: VersieStatus = VersieStatus.TER_ONDERTEKENING;

  /** The signed version this one amends (an addendum), if any. */
  @ManyToOne(() => OnderdeelVersie, { ref: true, nullable: true, deleteRule: 'set null' })
  basis: Ref<OnderdeelVersie> | null;

  @Property({ type: 'blob', lazy: true })
  yjsState: Buffer;

  @Property({ type: 'json', lazy: true })
  inhoud: Record<string, unknown>;

  @Property({ type: 'string', length: 64 })
  hash: string;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  bevrorenDoor: Ref<Gebruiker>;

  /** Why it was frozen without an akkoord of every signing partij on every afspraak. */
  @Property({ type: 'text', nullable: true })
  overrideReden: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  afgerondOp: Date | null = null;

  constructor(
    velden: Pick<
      OnderdeelVersie,
      | 'overeenkomst'
      | 'onderdeel'
      | 'nummer'
      | 'basis'
      | 'yjsState'
      | 'inhoud'
      | 'hash'
      | 'bevrorenDoor'
      | 'overrideReden'
    >,
  ) {
    super();
    this.overeenkomst = velden.overeenkomst;
    this.onderdeel = velden.onderdeel;
    this.nummer = velden.nummer;
    this.basis = velden.basis;
    this.yjsState = velden.yjsState;
    this.inhoud = velden.inhoud;
    this.hash = velden.hash;
    this.bevrorenDoor = velden.bevrorenDoor;
    this.overrideReden = velden.overrideReden;
  }

  /** The frozen content; the freeze writes it from OnderdeelInhoud, never anything else. */
  vastgelegdeInhoud(): VastgelegdeInhoud {
    return this.inhoud as unknown as VastgelegdeInhoud;
  }

  /** Only the version lying ter ondertekening can be signed or refused. */
  eisTerOndertekening(): void {
    if (this.status !== VersieStatus.TER_ONDERTEKENING) {
      throw new AppError(
        ErrorCode.VERSIE_NIET_TER_ONDERTEKENING,
        `Versie ${this.nummer} ${VERSIE_STATUS_TEKST[this.status]}; alleen de versie die ter ondertekening ligt kan worden ondertekend of geweigerd`,
      );
    }
  }

  /** Closes the version: every required signature is in, or a partij refused. */
  rondAf(status: VersieStatus.ONDERTEKEND | VersieStatus.GEWEIGERD, op: Date): void {
    this.eisTerOndertekening();
    this.status = status;
    this.afgerondOp = op;
  }
}

export enum Besluit {
  ONDERTEKEND = 'ONDERTEKEND',
  GEWEIGERD = 'GEWEIGERD',
}
registerEnumType(Besluit, { name: 'Besluit' });

/** A partij's signature on a version, or its refusal to sign, by its authorised signatory. */
@Entity()
@Unique({ properties: ['versie', 'partij'] })
export class Ondertekening extends BaseEntity {
  @ManyToOne(() => OnderdeelVersie, { ref: true, deleteRule: 'cascade' })
  versie: Ref<OnderdeelVersie>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'restrict' })
  partij: Ref<Partij>;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  gebruiker: Ref<Gebruiker>;

  @Property({ type: 'string', length: 200 })
  naam: string;

  @Property({ type: 'string', length: 200 })
  functie: string;

  @Enum({ items: () => Besluit })
  besluit: Besluit;

  @Property({ type: 'text', nullable: true })
  reden: string | null;

  /** The version hash the signatory confirmed. */
  @Property({ type: 'string', length: 64 })
  versieHash: string;

  constructor(
    velden: Pick<
      Ondertekening,
      'versie' | 'partij' | 'gebruiker' | 'naam' | 'functie' | 'besluit' | 'reden' | 'versieHash'
    >,
  ) {
    super();
    this.versie = velden.versie;
    this.partij = velden.partij;
    this.gebruiker = velden.gebruiker;
    this.naam = velden.naam;
    this.functie = velden.functie;
    this.besluit = velden.besluit;
    this.reden = velden.reden;
    this.versieHash = velden.versieHash;
  }
}
