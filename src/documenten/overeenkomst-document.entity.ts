import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Gebruiker } from '../auth/gebruiker.entity';
import { BestandEntity, type BestandVelden } from '../database/bestand.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';

/**
 * A document uploaded to an overeenkomst (a woonzorgvisie, a verordening) so that a verwijzing
 * can point at it when it has no address of its own. Never changed after the upload: a
 * verwijzing keeps its name and sha256, so a changed file is a new document.
 */
@Entity()
export class OvereenkomstDocument extends BestandEntity {
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @Property({ type: 'string', length: 100 })
  mimeType: string;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  geuploadDoor: Ref<Gebruiker>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  geuploadOp: Date;

  constructor(
    velden: BestandVelden &
      Pick<OvereenkomstDocument, 'overeenkomst' | 'mimeType' | 'geuploadDoor' | 'geuploadOp'>,
  ) {
    super(velden);
    this.overeenkomst = velden.overeenkomst;
    this.mimeType = velden.mimeType;
    this.geuploadDoor = velden.geuploadDoor;
    this.geuploadOp = velden.geuploadOp;
  }
}
