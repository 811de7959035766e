import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';

/**
 * One step in the audit trail of an overeenkomst. Rows are only ever appended; each row's hash
 * covers its content and the previous row's hash, so changing or removing a row breaks the
 * chain from there on.
 */
@Entity()
@Unique({ properties: ['overeenkomst', 'volgnummer'] })
export class AuditRegel {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst!: Ref<Overeenkomst>;

  @Property({ type: 'integer' })
  volgnummer!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  tijd!: Date;

  @Property({ type: 'uuid', nullable: true })
  gebruikerId!: string | null;

  @Property({ type: 'string', length: 200 })
  gebruikerNaam!: string;

  @Property({ type: 'uuid', nullable: true })
  partijId!: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  partijNaam!: string | null;

  @Property({ type: 'string', length: 60 })
  actie!: string;

  @Property({ type: 'string', length: 40 })
  onderwerpSoort!: string;

  @Property({ type: 'uuid' })
  onderwerpId!: string;

  @Property({ type: 'json' })
  gegevens!: Record<string, unknown>;

  @Property({ type: 'string', length: 64, nullable: true })
  vorigeHash!: string | null;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
