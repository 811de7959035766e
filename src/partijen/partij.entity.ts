import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';

export enum PartijSoort {
  GEMEENTE = 'GEMEENTE',
  WONINGCORPORATIE = 'WONINGCORPORATIE',
  HUURDERSORGANISATIE = 'HUURDERSORGANISATIE',
  ZORGAANBIEDER = 'ZORGAANBIEDER',
  ZORGKANTOOR = 'ZORGKANTOOR',
  WELZIJNSORGANISATIE = 'WELZIJNSORGANISATIE',
  CLIENTENORGANISATIE = 'CLIENTENORGANISATIE',
  PROVINCIE = 'PROVINCIE',
  OVERIG = 'OVERIG',
}

registerEnumType(PartijSoort, {
  name: 'PartijSoort',
  description: 'Soort organisatie',
  valuesMap: {
    GEMEENTE: { description: 'Gemeente' },
    WONINGCORPORATIE: { description: 'Woningcorporatie' },
    HUURDERSORGANISATIE: { description: 'Huurdersorganisatie' },
    ZORGAANBIEDER: { description: 'Zorgaanbieder' },
    ZORGKANTOOR: { description: 'Zorgkantoor' },
    WELZIJNSORGANISATIE: { description: 'Welzijnsorganisatie' },
    CLIENTENORGANISATIE: { description: 'Cliëntenorganisatie' },
    PROVINCIE: { description: 'Provincie' },
    OVERIG: { description: 'Overige organisatie' },
  },
});

export const PARTIJ_SOORT_LABEL: Record<PartijSoort, string> = {
  GEMEENTE: 'gemeente',
  WONINGCORPORATIE: 'woningcorporatie',
  HUURDERSORGANISATIE: 'huurdersorganisatie',
  ZORGAANBIEDER: 'zorgaanbieder',
  ZORGKANTOOR: 'zorgkantoor',
  WELZIJNSORGANISATIE: 'welzijnsorganisatie',
  CLIENTENORGANISATIE: 'cliëntenorganisatie',
  PROVINCIE: 'provincie',
  OVERIG: 'overige organisatie',
};

/** The lokale driehoek: the parties that sign prestatieafspraken under the Woningwet. */
export const DRIEHOEK_SOORTEN = [
  PartijSoort.GEMEENTE,
  PartijSoort.WONINGCORPORATIE,
  PartijSoort.HUURDERSORGANISATIE,
] as const;

@Entity()
export class Partij extends BaseEntity<'regio'> {
  @Index()
  @Property({ type: 'string', length: 200 })
  naam: string;

  @Enum({ items: () => PartijSoort })
  soort: PartijSoort;

  @Property({ type: 'string', length: 200, nullable: true })
  regio?: string | null;

  /*
   * The formal data the "Partijen" section and the signature page of an agreement print: who
   * the organisation is in law and who signs for it. Empty until the partij fills it in.
   */
  @Property({ type: 'string', length: 200, nullable: true })
  statutaireNaam?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  vestigingsplaats?: string | null;

  @Property({ type: 'string', length: 8, nullable: true })
  kvkNummer?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  vertegenwoordiger?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  vertegenwoordigerFunctie?: string | null;

  constructor(naam: string, soort: PartijSoort, regio?: string | null) {
    super();
    this.naam = naam;
    this.soort = soort;
    this.regio = regio ?? null;
  }
}
