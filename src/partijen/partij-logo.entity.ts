import { Entity, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { LogoSoort } from './logo-bestand';
import { Partij } from './partij.entity';

/**
 * A partij's logo, apart from the partij so that listing partijen never loads the bytes. Replaced
 * in place when a new one is uploaded.
 */
@Entity()
export class PartijLogo extends BaseEntity {
  @OneToOne(() => Partij, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  partij: Ref<Partij>;

  @Property({ type: 'blob', lazy: true })
  bestand: Buffer;

  @Property({ type: 'string', length: 3 })
  soort: LogoSoort;

  @Property({ type: 'integer' })
  breedte: number;

  @Property({ type: 'integer' })
  hoogte: number;

  @Property({ type: 'integer' })
  grootte: number;

  @Property({ type: 'string', length: 64 })
  sha256: string;

  constructor(
    velden: Pick<
      PartijLogo,
      'partij' | 'bestand' | 'soort' | 'breedte' | 'hoogte' | 'grootte' | 'sha256'
    >,
  ) {
    super();
    this.partij = velden.partij;
    this.bestand = velden.bestand;
    this.soort = velden.soort;
    this.breedte = velden.breedte;
    this.hoogte = velden.hoogte;
    this.grootte = velden.grootte;
    this.sha256 = velden.sha256;
  }
}
