import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';

/**
 * Text a committed command still has to write into a fragment of the onderdeel's co-editor
 * document: plain text, or ProseMirror JSON when the formatting must be kept. Written in the
 * command's transaction and removed once the document holds it (see DocumentOpdrachten).
 */
@Entity()
@Index({ properties: ['onderdeel', 'id'] })
export class DocumentOpdracht {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Onderdeel, { ref: true, deleteRule: 'cascade' })
  onderdeel!: Ref<Onderdeel>;

  @Property({ length: 100 })
  fragment!: string;

  @Property({ type: 'text', nullable: true })
  tekst: string | null = null;

  @Property({ type: 'json', nullable: true })
  inhoud: Record<string, unknown> | null = null;

  /**
   * A suggestion to settle in the fragment instead of replacing its content: applied (AANVAARD)
   * or reverted (VERWORPEN). Settling one that is gone already changes nothing.
   */
  @Property({ type: 'text', nullable: true })
  suggestieId: string | null = null;

  @Property({ type: 'text', nullable: true })
  suggestieActie: 'AANVAARD' | 'VERWORPEN' | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
