import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Gebruiker } from '../auth/gebruiker.entity';
import { BaseEntity } from '../database/base.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import type { PubliekeOvereenkomst } from './publieke-inhoud';

/** Which signed version of each onderdeel a publication shows. */
export interface GepubliceerdeVersie {
  onderdeelId: string;
  versieId: string;
  nummer: number;
  hash: string;
}

/**
 * The Woo publication of a signed overeenkomst: a snapshot taken when the regie published it
 * (the public data and the Word document of the signed versions), so later drafts, addenda or
 * realisaties change nothing that is public until the regie publishes again. One per
 * overeenkomst; its slug stays the same when it is republished or withdrawn and published again.
 */
@Entity()
export class Publicatie extends BaseEntity<'ingetrokkenOp' | 'intrekReden'> {
  @Unique()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @Unique()
  @Property({ type: 'string', length: 120 })
  slug: string;

  @Property({ type: 'json' })
  inhoud: PubliekeOvereenkomst;

  @Property({ type: 'blob', lazy: true })
  docx: Buffer;

  /** The same document as PDF/A-2b; null when no converter was there at publication. */
  @Property({ type: 'blob', lazy: true, nullable: true })
  pdf: Buffer | null;

  @Property({ type: 'json' })
  versies: GepubliceerdeVersie[];

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  gepubliceerdOp: Date;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  gepubliceerdDoor: Ref<Gebruiker>;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  ingetrokkenOp: Date | null = null;

  @Property({ type: 'text', nullable: true })
  intrekReden: string | null = null;

  constructor(
    velden: Pick<
      Publicatie,
      | 'overeenkomst'
      | 'slug'
      | 'inhoud'
      | 'docx'
      | 'pdf'
      | 'versies'
      | 'gepubliceerdOp'
      | 'gepubliceerdDoor'
    >,
  ) {
    super();
    this.overeenkomst = velden.overeenkomst;
    this.slug = velden.slug;
    this.inhoud = velden.inhoud;
    this.docx = velden.docx;
    this.pdf = velden.pdf;
    this.versies = velden.versies;
    this.gepubliceerdOp = velden.gepubliceerdOp;
    this.gepubliceerdDoor = velden.gepubliceerdDoor;
  }

  get actief(): boolean {
    return this.ingetrokkenOp === null;
  }

  /** A new snapshot replaces the old one under the same slug, and a withdrawal ends. */
  vervang(
    velden: Pick<
      Publicatie,
      'inhoud' | 'docx' | 'pdf' | 'versies' | 'gepubliceerdOp' | 'gepubliceerdDoor'
    >,
  ): void {
    Object.assign(this, velden);
    this.ingetrokkenOp = null;
    this.intrekReden = null;
  }

  trekIn(op: Date, reden: string): void {
    this.ingetrokkenOp = op;
    this.intrekReden = reden;
  }
}
