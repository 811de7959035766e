import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';

/** One accepted Yjs update of an onderdeel's document, appended before it is broadcast. */
@Entity()
@Index({ properties: ['onderdeel', 'id'] })
export class CollabUpdate {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Onderdeel, { ref: true, deleteRule: 'cascade' })
  onderdeel!: Ref<Onderdeel>;

  @Property({ type: 'blob' })
  update!: Buffer;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** The compacted state of an onderdeel's document: all updates merged up to a point. */
@Entity()
export class CollabSnapshot {
  @ManyToOne(() => Onderdeel, { ref: true, primary: true, deleteRule: 'cascade' })
  onderdeel!: Ref<Onderdeel>;

  @Property({ type: 'blob' })
  state!: Buffer;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}

/**
 * What the materialised text of an onderdeel was made from (a Yjs snapshot, see staat.ts), so that with
 * several instances none writes text from a state that lacks what another already wrote.
 */
@Entity()
export class CollabMaterialisatie {
  @ManyToOne(() => Onderdeel, { ref: true, primary: true, deleteRule: 'cascade' })
  onderdeel!: Ref<Onderdeel>;

  @Property({ type: 'blob' })
  staat!: Buffer;
}
