import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Secrets the app generates itself on first start, so every instance on one database shares them. */
@Entity()
export class AppSecret {
  @PrimaryKey({ type: 'string', length: 60 })
  naam: string;

  @Property({ type: 'string', length: 200, hidden: true })
  waarde: string;

  constructor(naam: string, waarde: string) {
    this.naam = naam;
    this.waarde = waarde;
  }
}
