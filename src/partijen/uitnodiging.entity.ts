import { Entity, Enum, Index, ManyToOne, Property, ref, type Ref } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import { Gebruiker } from '../auth/gebruiker.entity';
import { DeelnemerRol, Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Partij } from './partij.entity';
import { LidRol } from './lidmaatschap.entity';

export enum UitnodigingSoort {
  /** A partij is invited to take part in an overeenkomst; its first beheerder accepts. */
  DEELNAME = 'DEELNAME',
  /** A person is invited by a beheerder to become a member of the partij. */
  LIDMAATSCHAP = 'LIDMAATSCHAP',
}
registerEnumType(UitnodigingSoort, { name: 'UitnodigingSoort' });

/** A one-time invitation; only the SHA-256 of its token is stored. */
@Entity()
export class Uitnodiging extends BaseEntity<'overeenkomst' | 'deelnemerRol' | 'geaccepteerdOp'> {
  @Enum({ items: () => UitnodigingSoort })
  soort: UitnodigingSoort;

  @Property({ type: 'string', length: 64, unique: true })
  @Index()
  tokenHash: string;

  @Property({ type: 'string', length: 320 })
  email: string;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'cascade' })
  partij: Ref<Partij>;

  @Property({ type: 'json' })
  rollen: LidRol[];

  @ManyToOne(() => Overeenkomst, { ref: true, nullable: true, deleteRule: 'cascade' })
  overeenkomst?: Ref<Overeenkomst> | null = null;

  @Enum({ items: () => DeelnemerRol, nullable: true })
  deelnemerRol?: DeelnemerRol | null = null;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  uitgenodigdDoor: Ref<Gebruiker>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  verlooptOp: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  geaccepteerdOp?: Date | null = null;

  constructor(props: {
    soort: UitnodigingSoort;
    tokenHash: string;
    email: string;
    partij: Partij;
    rollen: LidRol[];
    uitgenodigdDoor: Gebruiker;
    verlooptOp: Date;
  }) {
    super();
    this.soort = props.soort;
    this.tokenHash = props.tokenHash;
    this.email = props.email;
    this.partij = ref(props.partij);
    this.rollen = props.rollen;
    this.uitgenodigdDoor = ref(props.uitgenodigdDoor);
    this.verlooptOp = props.verlooptOp;
  }
}
