import { Entity, Enum, ManyToOne, Property, ref, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '../database/base.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';

/** The yearly cycle (DOMAIN.md); only CONCEPT is used until the jaarcyclus is built. */
export enum JaarschijfStatus {
  CONCEPT = 'CONCEPT',
  BOD_ONTVANGEN = 'BOD_ONTVANGEN',
  IN_ONDERHANDELING = 'IN_ONDERHANDELING',
  TER_ONDERTEKENING = 'TER_ONDERTEKENING',
  ONDERTEKEND = 'ONDERTEKEND',
  IN_UITVOERING = 'IN_UITVOERING',
  VERANTWOORDING = 'VERANTWOORDING',
  GEEVALUEERD = 'GEEVALUEERD',
}
registerEnumType(JaarschijfStatus, { name: 'JaarschijfStatus' });

@Entity()
@Unique({ properties: ['overeenkomst', 'jaar'] })
export class Jaarschijf extends BaseEntity<'status' | 'toelichting'> {
  @ManyToOne(() => Overeenkomst, { ref: true, deleteRule: 'cascade' })
  overeenkomst: Ref<Overeenkomst>;

  @Property({ type: 'integer' })
  jaar: number;

  @Enum({ items: () => JaarschijfStatus })
  status: JaarschijfStatus = JaarschijfStatus.CONCEPT;

  @Property({ type: 'text' })
  toelichting: string = '';

  constructor(overeenkomst: Overeenkomst, jaar: number) {
    super();
    this.overeenkomst = ref(overeenkomst);
    this.jaar = jaar;
  }
}

@Entity()
@Unique({ properties: ['afspraak', 'jaarschijf'] })
export class AfspraakJaarschijf extends BaseEntity<'concretisering'> {
  @ManyToOne(() => Afspraak, { ref: true, deleteRule: 'cascade' })
  afspraak: Ref<Afspraak>;

  @ManyToOne(() => Jaarschijf, { ref: true, deleteRule: 'cascade' })
  jaarschijf: Ref<Jaarschijf>;

  @Property({ type: 'text' })
  concretisering: string = '';

  constructor(afspraak: Afspraak, jaarschijf: Jaarschijf, concretisering = '') {
    super();
    this.afspraak = ref(afspraak);
    this.jaarschijf = ref(jaarschijf);
    this.concretisering = concretisering;
  }
}
