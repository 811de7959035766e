import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Gebruiker } from '../auth/gebruiker.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';

/** A gemeente's own Word template for the exports of one overeenkomst. */
@Entity()
export class ExportSjabloon {
  @ManyToOne(() => Overeenkomst, { ref: true, primary: true, deleteRule: 'cascade' })
  overeenkomst!: Ref<Overeenkomst>;

  @Property({ type: 'string', length: 200 })
  naam!: string;

  @Property({ type: 'blob', lazy: true })
  bestand!: Buffer;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  door!: Ref<Gebruiker>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  geuploadOp: Date = new Date();
}
