import { Entity, ManyToOne, Property, ref, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import { Gebruiker } from '../auth/gebruiker.entity';
import { Partij } from './partij.entity';

export enum LidRol {
  LEZER = 'LEZER',
  OPSTELLER = 'OPSTELLER',
  ONDERTEKENAAR = 'ONDERTEKENAAR',
  BEHEERDER = 'BEHEERDER',
}
registerEnumType(LidRol, {
  name: 'LidRol',
  description: 'Wat een lid namens zijn partij mag',
  valuesMap: {
    LEZER: { description: 'Leest mee' },
    OPSTELLER: { description: 'Schrijft en wijzigt afspraken' },
    ONDERTEKENAAR: { description: 'Ondertekent namens de partij; mag ook schrijven' },
    BEHEERDER: { description: 'Beheert de leden van de partij' },
  },
});

export const LID_ROL_LABEL: Record<LidRol, string> = {
  LEZER: 'lezer',
  OPSTELLER: 'opsteller',
  ONDERTEKENAAR: 'ondertekenaar',
  BEHEERDER: 'beheerder',
};

/** Roles that may change content (ONDERTEKENAAR implies edit). */
export const BEWERK_ROLLEN: readonly LidRol[] = [LidRol.OPSTELLER, LidRol.ONDERTEKENAAR];

/** A person's membership of a partij, with what they may do on its behalf. */
@Entity()
@Unique({ properties: ['gebruiker', 'partij'] })
export class Lidmaatschap extends BaseEntity {
  @ManyToOne(() => Gebruiker, { ref: true, deleteRule: 'cascade' })
  gebruiker: Ref<Gebruiker>;

  @ManyToOne(() => Partij, { ref: true, deleteRule: 'cascade' })
  partij: Ref<Partij>;

  @Property({ type: 'json' })
  rollen: LidRol[];

  constructor(gebruiker: Gebruiker, partij: Partij, rollen: LidRol[]) {
    super();
    this.gebruiker = ref(gebruiker);
    this.partij = ref(partij);
    this.rollen = [...new Set(rollen)];
  }
}
