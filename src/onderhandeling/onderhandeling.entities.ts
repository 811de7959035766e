import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AppError, ErrorCode } from '../common/app-error';
import { BaseEntity } from '../database/base.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Partij } from '../partijen/partij.entity';

export enum Oordeel {
  AKKOORD = 'AKKOORD',
  AKKOORD_MET_VOORBEHOUD = 'AKKOORD_MET_VOORBEHOUD',
  NIET_AKKOORD = 'NIET_AKKOORD',
}
registerEnumType(Oordeel, {
  name: 'Oordeel',
  description: 'Het standpunt van een partij over een afspraak',
});

/** Where one signing partij stands on one afspraak, on the content it was given on. */
@Entity()
@Unique({ properties: ['afspraak', 'partij'] })
export class Standpunt extends BaseEntity {
  @ManyToOne(() => Afspraak, { ref: true, deleteRule: 'cascade' })
  afspraak: Ref<Afspraak>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'cascade' })
  partij: Ref<Partij>;

  @Enum({ items: () => Oordeel })
  oordeel: Oordeel;

  @Property({ type: 'text', nullable: true })
  toelichting: string | null;

  /** The afspraak's content hash when the standpunt was taken; another hash now means verouderd. */
  @Property({ type: 'string', length: 64 })
  inhoudHash: string;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  door: Ref<Gebruiker>;

  constructor(
    velden: Pick<
      Standpunt,
      'afspraak' | 'partij' | 'oordeel' | 'toelichting' | 'inhoudHash' | 'door'
    >,
  ) {
    super();
    this.afspraak = velden.afspraak;
    this.partij = velden.partij;
    this.oordeel = velden.oordeel;
    this.toelichting = velden.toelichting;
    this.inhoudHash = velden.inhoudHash;
    this.door = velden.door;
  }

  /** A new judgement by the partij, on the content as it stands now (`inhoudHash`). */
  herzie(velden: Pick<Standpunt, 'oordeel' | 'toelichting' | 'inhoudHash' | 'door'>): void {
    this.oordeel = velden.oordeel;
    this.toelichting = velden.toelichting;
    this.inhoudHash = velden.inhoudHash;
    this.door = velden.door;
  }
}

/** A comment on an afspraak; a reply belongs to the thread of its first comment. */
@Entity()
export class Opmerking extends BaseEntity<'opgelost' | 'opgelostDoor' | 'opgelostOp'> {
  @Index()
  @ManyToOne(() => Afspraak, { ref: true, deleteRule: 'cascade' })
  afspraak: Ref<Afspraak>;

  /** The first comment of the thread; null for that first comment itself. */
  @Index()
  @ManyToOne(() => Opmerking, { ref: true, nullable: true, deleteRule: 'cascade' })
  draad: Ref<Opmerking> | null;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  auteur: Ref<Gebruiker>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'cascade' })
  partij: Ref<Partij>;

  @Property({ type: 'text' })
  tekst: string;

  /** Yjs relative positions (base64) of the commented range, which follow concurrent edits. */
  @Property({ type: 'text', nullable: true })
  ankerStart: string | null = null;

  @Property({ type: 'text', nullable: true })
  ankerEind: string | null = null;

  /** The commented text as it was when the comment was placed. */
  @Property({ type: 'text', nullable: true })
  ankerCitaat: string | null = null;

  @ManyToOne(() => Partij, { ref: true, nullable: true, deleteRule: 'set null' })
  gerichtAan: Ref<Partij> | null = null;

  @Property({ type: 'boolean' })
  opgelost = false;

  @ManyToOne(() => Gebruiker, { ref: true, nullable: true, deleteRule: 'set null' })
  opgelostDoor: Ref<Gebruiker> | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  opgelostOp: Date | null = null;

  constructor(velden: Pick<Opmerking, 'afspraak' | 'draad' | 'auteur' | 'partij' | 'tekst'>) {
    super();
    this.afspraak = velden.afspraak;
    this.draad = velden.draad;
    this.auteur = velden.auteur;
    this.partij = velden.partij;
    this.tekst = velden.tekst;
  }

  /** Resolves or reopens the thread; only its first comment carries the state. */
  zetOpgelost(opgelost: boolean, door: Ref<Gebruiker>, op: Date): void {
    if (this.draad) {
      throw new AppError(ErrorCode.STATUS_ONJUIST, 'Alleen een hele draad wordt opgelost');
    }
    if (this.opgelost === opgelost) {
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        opgelost ? 'Deze opmerking is al opgelost' : 'Deze opmerking is niet opgelost',
      );
    }
    this.opgelost = opgelost;
    this.opgelostDoor = opgelost ? door : null;
    this.opgelostOp = opgelost ? op : null;
  }
}

export enum VoorstelSoort {
  WIJZIGING = 'WIJZIGING',
  NIEUW = 'NIEUW',
  VERWIJDERING = 'VERWIJDERING',
}
registerEnumType(VoorstelSoort, {
  name: 'VoorstelSoort',
  valuesMap: {
    WIJZIGING: { description: 'Nieuwe tekst voor een bestaande afspraak' },
    NIEUW: { description: 'Een nieuwe afspraak' },
    VERWIJDERING: { description: 'Een afspraak schrappen' },
  },
});

export enum VoorstelStatus {
  OPEN = 'OPEN',
  AANVAARD = 'AANVAARD',
  VERWORPEN = 'VERWORPEN',
  INGETROKKEN = 'INGETROKKEN',
  VERVALLEN = 'VERVALLEN',
}
registerEnumType(VoorstelStatus, {
  name: 'VoorstelStatus',
  valuesMap: {
    OPEN: { description: 'Wacht op de beoordeling van de andere ondertekenaars' },
    AANVAARD: { description: 'Door alle ondertekenaars aanvaard en doorgevoerd' },
    VERWORPEN: { description: 'Door een ondertekenaar afgewezen' },
    INGETROKKEN: { description: 'Door de indiener ingetrokken' },
    VERVALLEN: { description: 'Bij het bevriezen gesloten, met een reden van de regie' },
  },
});

const VOORSTEL_STATUS_TEKST: Record<VoorstelStatus, string> = {
  OPEN: 'staat open',
  AANVAARD: 'is al aanvaard en doorgevoerd',
  VERWORPEN: 'is al verworpen',
  INGETROKKEN: 'is ingetrokken',
  VERVALLEN: 'is vervallen bij het bevriezen',
};

/** A wijzigingsvoorstel: new wording, a new afspraak or a deletion, for the signing partijen to judge. */
@Entity()
export class Wijzigingsvoorstel extends BaseEntity<'status' | 'doorgevoerdOp'> {
  @Index()
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @Index()
  @ManyToOne(() => Onderdeel, { ref: true, deleteRule: 'cascade' })
  onderdeel: Ref<Onderdeel>;

  /** The afspraak concerned; for a new afspraak, the one created once it is accepted. */
  @ManyToOne(() => Afspraak, { ref: true, nullable: true, deleteRule: 'set null' })
  afspraak: Ref<Afspraak> | null;

  @Enum({ items: () => VoorstelSoort })
  soort: VoorstelSoort;

  /** The proposed text (wijziging, nieuw). */
  @Property({ type: 'text', nullable: true })
  nieuweTekst: string | null;

  /** A new afspraak's fields, as for createAfspraak (without onderdeel and text). */
  @Property({ type: 'json', nullable: true })
  nieuweAfspraak: Record<string, unknown> | null;

  @Property({ type: 'text' })
  motivering: string;

  /** The afspraak's title and text when the proposal was made, to show what it changes. */
  @Property({ type: 'string', length: 300, nullable: true })
  basisTitel: string | null;

  @Property({ type: 'text', nullable: true })
  basisTekst: string | null;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'cascade' })
  indiener: Ref<Partij>;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  door: Ref<Gebruiker>;

  @Enum({ items: () => VoorstelStatus })
  status: VoorstelStatus = VoorstelStatus.OPEN;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  doorgevoerdOp: Date | null = null;

  constructor(
    velden: Pick<
      Wijzigingsvoorstel,
      | 'overeenkomst'
      | 'onderdeel'
      | 'afspraak'
      | 'soort'
      | 'nieuweTekst'
      | 'nieuweAfspraak'
      | 'motivering'
      | 'basisTitel'
      | 'basisTekst'
      | 'indiener'
      | 'door'
    >,
  ) {
    super();
    this.overeenkomst = velden.overeenkomst;
    this.onderdeel = velden.onderdeel;
    this.afspraak = velden.afspraak;
    this.soort = velden.soort;
    this.nieuweTekst = velden.nieuweTekst;
    this.nieuweAfspraak = velden.nieuweAfspraak;
    this.motivering = velden.motivering;
    this.basisTitel = velden.basisTitel;
    this.basisTekst = velden.basisTekst;
    this.indiener = velden.indiener;
    this.door = velden.door;
  }

  /** Only an open proposal can be judged or withdrawn; `wat` says what was tried. */
  eisOpen(wat: string): void {
    if (this.status !== VoorstelStatus.OPEN) {
      throw new AppError(
        ErrorCode.VOORSTEL_AFGESLOTEN,
        `Dit voorstel ${VOORSTEL_STATUS_TEKST[this.status]}; het kan niet meer worden ${wat}`,
      );
    }
  }

  /** Closes the open proposal: accepted by all, rejected by one, or withdrawn. */
  sluit(status: Exclude<VoorstelStatus, VoorstelStatus.OPEN>, wat: string): void {
    this.eisOpen(wat);
    this.status = status;
  }

  /** The accepted change has been made in the draft. */
  markeerDoorgevoerd(op: Date): void {
    if (this.status !== VoorstelStatus.AANVAARD) {
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        `Alleen een aanvaard voorstel wordt doorgevoerd; dit voorstel ${VOORSTEL_STATUS_TEKST[this.status]}`,
      );
    }
    this.doorgevoerdOp = op;
  }
}

export enum Beoordeling {
  AANVAARD = 'AANVAARD',
  AFGEWEZEN = 'AFGEWEZEN',
}
registerEnumType(Beoordeling, { name: 'Beoordeling' });

/**
 * One signing partij's judgement, of a wijzigingsvoorstel or a suggestion alike: the same
 * columns and the same rule (one per partij), each in its own table.
 */
export abstract class PartijBeoordeling extends BaseEntity {
  @ManyToOne(() => Partij, { ref: true, deleteRule: 'cascade' })
  partij: Ref<Partij>;

  @Enum({ items: () => Beoordeling })
  beoordeling: Beoordeling;

  @Property({ type: 'text', nullable: true })
  reden: string | null;

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  door: Ref<Gebruiker>;

  protected constructor(
    velden: Pick<PartijBeoordeling, 'partij' | 'beoordeling' | 'reden' | 'door'>,
  ) {
    super();
    this.partij = velden.partij;
    this.beoordeling = velden.beoordeling;
    this.reden = velden.reden;
    this.door = velden.door;
  }
}

/** One signing partij's judgement of a wijzigingsvoorstel. */
@Entity()
@Unique({ properties: ['voorstel', 'partij'] })
export class VoorstelBeoordeling extends PartijBeoordeling {
  @ManyToOne(() => Wijzigingsvoorstel, { ref: true, deleteRule: 'cascade' })
  voorstel: Ref<Wijzigingsvoorstel>;

  constructor(
    velden: Pick<VoorstelBeoordeling, 'voorstel' | 'partij' | 'beoordeling' | 'reden' | 'door'>,
  ) {
    super(velden);
    this.voorstel = velden.voorstel;
  }
}
