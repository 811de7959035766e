import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { Matches } from 'class-validator';
import { PageArgs } from '../common/pagination';
import { Toestemming } from '../common/toestemming';
import { Id, Keuze, Optioneel } from '../common/validation';
import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { CyclusRol, type MaandDag, MijlpaalSoort, Toestand } from './kalender';

registerEnumType(MijlpaalSoort, {
  name: 'MijlpaalSoort',
  valuesMap: {
    BOD: { description: 'Het bod van de corporatie(s), vóór 1 juli van het jaar ervoor' },
    ONDERTEKENING: { description: 'Ondertekend vóór 15 december van het jaar ervoor' },
    UITVOERING: { description: 'Het jaar zelf' },
    VERANTWOORDING: { description: 'De verantwoording, in mei van het jaar erna' },
    EVALUATIE: { description: 'De gezamenlijke evaluatie, in juni van het jaar erna' },
  },
});
registerEnumType(Toestand, {
  name: 'MijlpaalToestand',
  valuesMap: {
    NIET_GEVRAAGD: {
      description:
        'Niet gevraagd: verantwoording en evaluatie alleen over een jaar dat in uitvoering is genomen',
    },
  },
});
registerEnumType(CyclusRol, {
  name: 'CyclusRol',
  valuesMap: {
    EVALUATIE: { description: 'Vorig jaar: verantwoording en evaluatie' },
    UITVOERING: { description: 'Dit jaar: uitvoering' },
    ONDERHANDELING: { description: 'Volgend jaar: bod, onderhandeling en ondertekening' },
  },
});

@ObjectType('Mijlpaal')
export class MijlpaalModel {
  @Field(() => MijlpaalSoort) soort!: MijlpaalSoort;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Vanaf wanneer' })
  van!: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'Uiterlijk vóór dit moment' }) tot!: Date;
  @Field(() => Toestand) toestand!: Toestand;
  @Field(() => String, {
    nullable: true,
    description: 'Waarom, waar de toestand dat niet zegt ("Buiten Driehoek ondertekend op …")',
  })
  toelichting!: string | null;
}

@ObjectType('Cyclus', { description: 'De cyclus van één jaarschijf' })
export class CyclusModel {
  @Field(() => CyclusRol) rol!: CyclusRol;
  @Field(() => Int) jaar!: number;
  @Field(() => ID, { nullable: true, description: 'Leeg als het jaar buiten de periode valt' })
  jaarschijfId!: string | null;
  @Field(() => JaarschijfStatus, { nullable: true }) status!: JaarschijfStatus | null;
  @Field(() => [MijlpaalModel]) mijlpalen!: MijlpaalModel[];
  @Field(() => String, {
    nullable: true,
    description:
      'De dag (JJJJ-MM-DD) waarop het hoofddocument voor dit jaar buiten Driehoek is ondertekend',
  })
  externOndertekendOp!: string | null;
}

@ObjectType('CyclusOverzicht', {
  description: 'De drie cycli die op een datum lopen, voor één overeenkomst',
})
export class CyclusOverzichtModel {
  @Field(() => ID) overeenkomstId!: string;
  @Field() titel!: string;
  @Field(() => [String]) gemeenten!: string[];
  @Field(() => [CyclusModel]) cycli!: CyclusModel[];
  @Field(() => Int, { description: 'Mijlpalen waarvan de termijn verstreken is' }) teLaat!: number;
  @Field(() => Int, { description: 'Mijlpalen die nu aan de orde zijn' }) lopend!: number;
}

@ObjectType('JaarschijfStatusTelling', {
  description: 'Hoeveel overeenkomsten hun jaarschijf van een jaar in een status hebben',
})
export class JaarschijfStatusTellingModel {
  @Field(() => JaarschijfStatus, {
    nullable: true,
    description: 'De status; leeg: de overeenkomst heeft geen jaarschijf in dat jaar',
  })
  status!: JaarschijfStatus | null;
  @Field(() => Int) aantal!: number;
}

@ObjectType('CyclusPagina', {
  description:
    'Eén pagina van het overzicht van de jaarcyclus, met de tellingen over alle pagina’s',
})
export class CyclusPaginaModel {
  @Field(() => [CyclusOverzichtModel], {
    description: 'De overeenkomsten van deze pagina, op titel',
  })
  items!: CyclusOverzichtModel[];
  @Field(() => Int, { description: 'Totaal aantal overeenkomsten, over alle pagina’s' })
  total!: number;
  @Field(() => Int, { description: 'Het jaar in uitvoering op het peilmoment' }) jaar!: number;
  @Field(() => [JaarschijfStatusTellingModel], {
    description:
      'Over alle pagina’s: de overeenkomsten geteld naar de status van hun jaarschijf in uitvoering',
  })
  perStatus!: JaarschijfStatusTellingModel[];
}

@ArgsType()
export class JaarcyclusArgs extends PageArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Standaard: nu' })
  @Optioneel()
  op?: Date;

  @Field(() => ID, { nullable: true })
  @Optioneel()
  overeenkomstId?: string;

  @Field(() => ID, { nullable: true })
  @Optioneel()
  gemeenteId?: string;
}

const MAAND_DAG = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const Dag = () => Matches(MAAND_DAG, { message: 'moet een dag als MM-DD zijn, bijv. 07-01' });

@ObjectType('Kalender', { description: 'De dagen van de jaarcyclus (MM-DD)' })
export class KalenderModel {
  @Field() bodVoor!: string;
  @Field() ondertekeningVoor!: string;
  @Field() verantwoordingVan!: string;
  @Field() verantwoordingTot!: string;
  @Field() evaluatieVan!: string;
  @Field() evaluatieTot!: string;
}

@InputType({ description: 'Alleen de dagen die afwijken; MM-DD' })
export class KalenderInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field(() => String, { nullable: true }) @Optioneel() @Dag() bodVoor?: MaandDag;
  @Field(() => String, { nullable: true }) @Optioneel() @Dag() ondertekeningVoor?: MaandDag;
  @Field(() => String, { nullable: true }) @Optioneel() @Dag() verantwoordingVan?: MaandDag;
  @Field(() => String, { nullable: true }) @Optioneel() @Dag() verantwoordingTot?: MaandDag;
  @Field(() => String, { nullable: true }) @Optioneel() @Dag() evaluatieVan?: MaandDag;
  @Field(() => String, { nullable: true }) @Optioneel() @Dag() evaluatieTot?: MaandDag;
}

@InputType()
export class ZetJaarschijfStatusInput {
  @Field(() => ID) @Id() jaarschijfId!: string;
  @Field(() => JaarschijfStatus, { description: 'De volgende stap' })
  @Keuze(JaarschijfStatus)
  status!: JaarschijfStatus;
}

@ObjectType('JaarschijfStap', {
  description:
    'De volgende stap van een jaarschijf die met de hand gezet wordt, en of u die nu kunt zetten',
})
export class JaarschijfStapModel {
  @Field(() => ID) jaarschijfId!: string;
  @Field(() => Int) jaar!: number;
  @Field(() => JaarschijfStatus, { nullable: true, description: 'Leeg: al geëvalueerd' })
  naar!: JaarschijfStatus | null;
  @Field(() => Toestemming) mag!: Toestemming;
}
