import { Entity, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Gebruiker } from '../auth/gebruiker.entity';
import { BestandEntity, type BestandVelden } from '../database/bestand.entity';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelVersie } from './versie.entities';

/** Who signed for a partij on paper: the person's name and function, as on the signed PDF. */
export interface ExterneOndertekenaar {
  partijId: string;
  partijNaam: string;
  naam: string;
  functie: string;
}

/**
 * An onderdeel signed outside Driehoek (on paper, before the gemeente used the tool): when, by
 * whom, for which years, with the signed PDF. One per onderdeel; never changed after it is
 * recorded (an addendum starts a new, in-tool signing).
 */
@Entity()
export class ExterneOndertekening extends BestandEntity {
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @OneToOne(() => Onderdeel, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  onderdeel: Ref<Onderdeel>;

  /** The version the co-editor's content was stored as when this was recorded (what was signed). */
  @ManyToOne(() => OnderdeelVersie, { ref: true, deleteRule: 'cascade' })
  versie: Ref<OnderdeelVersie>;

  /** The day it was signed, "YYYY-MM-DD" (a calendar day, no time zone). */
  @Property({ type: 'string', columnType: 'date' })
  datum: string;

  @Property({ type: 'json' })
  ondertekenaars: ExterneOndertekenaar[];

  /** The jaarschijven (years) the signed document covers. */
  @Property({ type: 'json' })
  jaren: number[];

  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'restrict' })
  geregistreerdDoor: Ref<Gebruiker>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  geregistreerdOp: Date;

  constructor(
    velden: BestandVelden &
      Pick<
        ExterneOndertekening,
        | 'overeenkomst'
        | 'onderdeel'
        | 'versie'
        | 'datum'
        | 'ondertekenaars'
        | 'jaren'
        | 'geregistreerdDoor'
        | 'geregistreerdOp'
      >,
  ) {
    super(velden);
    this.overeenkomst = velden.overeenkomst;
    this.onderdeel = velden.onderdeel;
    this.versie = velden.versie;
    this.datum = velden.datum;
    this.ondertekenaars = velden.ondertekenaars;
    this.jaren = velden.jaren;
    this.geregistreerdDoor = velden.geregistreerdDoor;
    this.geregistreerdOp = velden.geregistreerdOp;
  }
}
