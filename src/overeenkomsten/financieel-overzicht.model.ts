import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PartijModel } from '../partijen/partij.model';
import { type AfspraakBedragModel, geldbedrag, GeldbedragModel } from './afspraak-bedragen';
import {
  type FinancieelJaarCijfers,
  financieelOverzicht,
  type StoredBedrag,
} from './financieel-overzicht';
import type { OvereenkomstModel } from './overeenkomst.model';

@ObjectType('FinancieelJaar', {
  description: 'Wat een partij in één jaar betaalt en ontvangt (jaar leeg: over de looptijd)',
})
export class FinancieelJaarModel {
  @Field(() => Int, { nullable: true }) jaar!: number | null;
  @Field(() => GeldbedragModel, {
    description: 'Haar eigen deel: wat zij alleen betaalt en haar deel bij een verdeling',
  })
  betaalt!: GeldbedragModel;
  @Field(() => GeldbedragModel, {
    description: 'Bedragen die zij samen met anderen betaalt zonder verdeling (het hele bedrag)',
  })
  gezamenlijk!: GeldbedragModel;
  @Field(() => GeldbedragModel, {
    description:
      'Bedragen die zij (mede) ontvangt; bij meer ontvangers staat het hele bedrag bij elk',
  })
  ontvangt!: GeldbedragModel;
  @Field({
    description: 'Zij betaalt of ontvangt ook een bedrag dat nog onbekend is (in geen som geteld)',
  })
  nogOnbekend!: boolean;
}

@ObjectType('FinancieelOverzichtPartij', { description: 'Het geld van één partij, per jaar' })
export class FinancieelPartijModel {
  @Field(() => PartijModel) partij!: PartijModel;
  @Field(() => [FinancieelJaarModel], { description: 'Elk jaar van de overeenkomst, oplopend' })
  perJaar!: FinancieelJaarModel[];
  @Field(() => FinancieelJaarModel, {
    description: 'Bedragen die niet aan één jaar vastzitten (bijv. in totaal over de looptijd)',
  })
  looptijd!: FinancieelJaarModel;
  @Field(() => FinancieelJaarModel, { description: 'Alle jaren en de looptijd samen' })
  totaal!: FinancieelJaarModel;
}

@ObjectType('FinancieelTotaal', { description: 'Alle bedragen van één jaar, elk één keer' })
export class FinancieelTotaalModel {
  @Field(() => Int) jaar!: number;
  @Field(() => GeldbedragModel) bedrag!: GeldbedragModel;
}

@ObjectType('FinancieelOverzicht', {
  description: 'Het geld van de afspraken per partij per jaar',
})
export class FinancieelOverzichtModel {
  @Field(() => [Int]) jaren!: number[];
  @Field(() => [FinancieelPartijModel], { description: 'In volgorde van naam' })
  partijen!: FinancieelPartijModel[];
  @Field(() => [FinancieelTotaalModel]) totaalPerJaar!: FinancieelTotaalModel[];
  @Field(() => GeldbedragModel, { description: 'Bedragen die niet aan één jaar vastzitten' })
  totaalLooptijd!: GeldbedragModel;
  @Field(() => GeldbedragModel, { description: 'Alle bedragen van alle jaren samen' })
  totaal!: GeldbedragModel;
}

/** An amount as shown back as stored, for the overview. */
function opgeslagen(b: AfspraakBedragModel): StoredBedrag {
  return {
    centen: b.centen ?? 0,
    ...(b.onbekend ? { onbekend: true as const } : {}),
    frequentie: b.frequentie,
    jaar: b.jaar,
    totJaar: b.totJaar,
    doel: b.doel,
    betalers: b.betalers.map((x) => ({
      partijId: x.partij.id,
      centen: x.centen,
      percentage: x.percentage,
    })),
    ontvangerIds: b.ontvangers.map((p) => p.id),
    ontvangerOmschrijving: b.ontvangerOmschrijving,
  };
}

const jaarModel = (c: FinancieelJaarCijfers): FinancieelJaarModel => ({
  jaar: c.jaar,
  betaalt: geldbedrag(c.betaalt),
  gezamenlijk: geldbedrag(c.gezamenlijk),
  ontvangt: geldbedrag(c.ontvangt),
  nogOnbekend: c.nogOnbekend,
});

/** The overview of a loaded agreement (its afspraken read along). */
export function financieelOverzichtModel(o: OvereenkomstModel): FinancieelOverzichtModel {
  const partijen = new Map<string, PartijModel>();
  const afspraken = o.alleAfspraken.map((a) => {
    for (const b of a.bedragen) {
      for (const x of b.betalers) partijen.set(x.partij.id, x.partij);
      for (const p of b.ontvangers) partijen.set(p.id, p);
    }
    return { bedragen: a.bedragen.map(opgeslagen), jaren: a.jaarschijven.map((j) => j.jaar) };
  });
  const cijfers = financieelOverzicht(
    afspraken,
    o.jaarschijven.map((j) => j.jaar),
  );
  const totaal = cijfers.totaalLooptijd + cijfers.totaalPerJaar.reduce((s, t) => s + t.centen, 0);
  return {
    jaren: cijfers.jaren,
    partijen: cijfers.partijen
      .map((p) => ({
        partij: partijen.get(p.partijId)!,
        perJaar: p.perJaar.map(jaarModel),
        looptijd: jaarModel(p.looptijd),
        totaal: jaarModel(p.totaal),
      }))
      .sort((a, b) => a.partij.naam.localeCompare(b.partij.naam, 'nl')),
    totaalPerJaar: cijfers.totaalPerJaar.map((t) => ({
      jaar: t.jaar,
      bedrag: geldbedrag(t.centen),
    })),
    totaalLooptijd: geldbedrag(cijfers.totaalLooptijd),
    totaal: geldbedrag(totaal),
  };
}
