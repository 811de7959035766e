import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Gebruiker } from '../auth/gebruiker.entity';
import { BestandEntity, type BestandVelden } from '../database/bestand.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Partij } from '../partijen/partij.entity';
import type { Importvoorstel } from './structuur';

export enum ImportStatus {
  /** Read and proposed; nothing created yet. */
  CONCEPT = 'CONCEPT',
  /** Confirmed: the overeenkomst exists, with this file among its documents. */
  BEVESTIGD = 'BEVESTIGD',
}

/**
 * An uploaded agreement and what was read from it, until the gemeente confirms (or corrects and
 * confirms) the proposal. Nothing else is created by an upload.
 */
@Entity()
export class OvereenkomstImport extends BestandEntity {
  @ManyToOne(() => Partij, { ref: true, deleteRule: 'cascade' })
  gemeente: Ref<Partij>;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  door: Ref<Gebruiker>;

  @Property({ type: 'string', length: 100 })
  mimeType: string;

  @Property({ type: 'integer', nullable: true })
  paginas: number | null;

  @Property({ type: 'json' })
  voorstel: Importvoorstel;

  @Enum({ items: () => ImportStatus })
  status: ImportStatus = ImportStatus.CONCEPT;

  @ManyToOne(() => Overeenkomst, { ref: true, nullable: true, deleteRule: 'set null' })
  overeenkomst: Ref<Overeenkomst> | null = null;

  constructor(
    velden: BestandVelden &
      Pick<OvereenkomstImport, 'gemeente' | 'door' | 'mimeType' | 'paginas' | 'voorstel'>,
  ) {
    super(velden);
    this.gemeente = velden.gemeente;
    this.door = velden.door;
    this.mimeType = velden.mimeType;
    this.paginas = velden.paginas;
    this.voorstel = velden.voorstel;
  }
}
