import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { Gebruiker } from '../auth/gebruiker.entity';
import { PartijBeoordeling } from '../onderhandeling/onderhandeling.entities';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Partij } from '../partijen/partij.entity';

export enum SuggestieStatus {
  OPEN = 'OPEN',
  AANVAARD = 'AANVAARD',
  VERWORPEN = 'VERWORPEN',
  INGETROKKEN = 'INGETROKKEN',
  VERVALLEN = 'VERVALLEN',
}
registerEnumType(SuggestieStatus, {
  name: 'SuggestieStatus',
  description:
    'Open, aanvaard (in de tekst opgenomen), verworpen, ingetrokken door de indiener, of vervallen bij het bevriezen',
});

/**
 * A suggestion in an afspraak's text (suggestion mode), as the materialiser first saw it in the
 * co-editor's document: the marks carry the id, this row its judgement. Opened by the
 * materialiser; closed by the server's decisions, or marked withdrawn when its marks left the
 * document while it was open (only its author can remove them, the co-editor sees to that).
 */
@Entity()
@Index({ properties: ['onderdeel', 'status'] })
export class Suggestie {
  [OptionalProps]?: 'status' | 'geslotenOp' | 'reden' | 'gemaakt';

  /** The id in the marks: `partijId.gebruikerId.tijd.uniek`. */
  @PrimaryKey({ type: 'text' })
  id: string;

  @ManyToOne(() => Onderdeel, { ref: true, deleteRule: 'cascade' })
  onderdeel: Ref<Onderdeel>;

  @Index()
  @ManyToOne(() => Afspraak, { ref: true, deleteRule: 'cascade' })
  afspraak: Ref<Afspraak>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'cascade' })
  partij: Ref<Partij>;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  gebruiker: Ref<Gebruiker>;

  @Property({ type: 'text' })
  ingevoegd: string;

  @Property({ type: 'text' })
  geschrapt: string;

  /** When the server first saw it (the author's clock, in the id, is not trusted). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  gemaakt: Date = new Date();

  @Enum({ items: () => SuggestieStatus })
  status: SuggestieStatus = SuggestieStatus.OPEN;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  geslotenOp: Date | null = null;

  /** Why it was rejected or lapsed. */
  @Property({ type: 'text', nullable: true })
  reden: string | null = null;

  constructor(
    velden: Pick<
      Suggestie,
      'id' | 'onderdeel' | 'afspraak' | 'partij' | 'gebruiker' | 'ingevoegd' | 'geschrapt'
    >,
  ) {
    this.id = velden.id;
    this.onderdeel = velden.onderdeel;
    this.afspraak = velden.afspraak;
    this.partij = velden.partij;
    this.gebruiker = velden.gebruiker;
    this.ingevoegd = velden.ingevoegd;
    this.geschrapt = velden.geschrapt;
  }
}

/** One signing partij's judgement of a suggestion. */
@Entity()
@Unique({ properties: ['suggestie', 'partij'] })
export class SuggestieBeoordeling extends PartijBeoordeling {
  @ManyToOne(() => Suggestie, { ref: true, deleteRule: 'cascade' })
  suggestie: Ref<Suggestie>;

  constructor(
    velden: Pick<SuggestieBeoordeling, 'suggestie' | 'partij' | 'beoordeling' | 'reden' | 'door'>,
  ) {
    super(velden);
    this.suggestie = velden.suggestie;
  }
}
