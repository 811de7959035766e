import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { invalid } from '../common/app-error';
import { Id, Keuze, Optioneel, Tekst } from '../common/validation';
import { PartijModel } from '../partijen/partij.model';
import { LOCATIE_SOORT_LABEL, LocatieSoort } from './locatie.entity';

export { LocatieSoort, LOCATIE_SOORT_LABEL };

@InputType({
  description:
    'Een plaats waarvoor de afspraak geldt: een bestaande plaats van de overeenkomst (locatieId) of een nieuwe (soort en naam)',
})
export class AfspraakLocatieInput {
  @Field(() => ID, { nullable: true, description: 'Een plaats die de overeenkomst al kent' })
  @Optioneel()
  @Id()
  locatieId?: string | null;
  @Field(() => LocatieSoort, { nullable: true })
  @Optioneel()
  @Keuze(LocatieSoort)
  soort?: LocatieSoort | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Bijv. "Zorgcomplex De Hoven", "Oudeland", "Kerkstraat 12"; bij GEMEENTE mag hij leeg',
  })
  @Optioneel()
  @Tekst(200)
  naam?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'De gemeente (van de overeenkomst) waarin de plaats ligt; verplicht bij GEMEENTE, vanzelf de enige gemeente van een lokale overeenkomst',
  })
  @Optioneel()
  @Id()
  gemeenteId?: string | null;
}

@ObjectType('Locatie', {
  description: 'Een plaats van de overeenkomst: complex, wijk, kern, gemeente of adres',
})
export class LocatieModel {
  @Field(() => ID) id!: string;
  @Field(() => LocatieSoort) soort!: LocatieSoort;
  @Field({ description: 'De soort in woorden, bijv. "kern"' }) soortLabel!: string;
  @Field() naam!: string;
  @Field(() => PartijModel, { nullable: true, description: 'De gemeente waarin de plaats ligt' })
  gemeente!: PartijModel | null;
}

/** A place as the overeenkomst knows it. */
export interface BekendeLocatie {
  id: string;
  soort: LocatieSoort;
  naam: string;
  gemeenteId: string | null;
}

/** Per entry of the input: an existing place, or one to create. */
export type LocatieKeuze =
  | { bestaand: BekendeLocatie }
  | { nieuw: { soort: LocatieSoort; naam: string; gemeenteId: string | null } };

const sleutel = (soort: LocatieSoort, naam: string, gemeenteId: string | null) =>
  `${soort}\u0000${naam.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')}\u0000${gemeenteId ?? ''}`;

/**
 * Checks an afspraak's places against its overeenkomst before anything is written, and decides
 * per entry whether it is a place the overeenkomst knows (by id, or by kind, name and gemeente) or
 * a new one. `veld` is the input path of the list, e.g. `input.locaties`.
 */
export function kiesLocaties(
  invoer: AfspraakLocatieInput[],
  overeenkomst: { gemeenten: { id: string; naam: string }[]; locaties: BekendeLocatie[] },
  veld = 'input.locaties',
): LocatieKeuze[] {
  const { gemeenten, locaties } = overeenkomst;
  const bekend = new Map(locaties.map((l) => [sleutel(l.soort, l.naam, l.gemeenteId), l]));
  const gezien = new Set<string>();
  return invoer.map((l, i) => {
    const pad = `${veld}.${i}`;
    let keuze: LocatieKeuze;
    if (l.locatieId != null) {
      if (l.soort != null || l.naam != null || l.gemeenteId != null) {
        throw invalid(
          pad,
          'Kies een bestaande plaats (locatieId) óf beschrijf een nieuwe (soort en naam), niet beide',
        );
      }
      const gevonden = locaties.find((x) => x.id === l.locatieId);
      if (!gevonden) {
        throw invalid(`${pad}.locatieId`, 'Deze plaats hoort niet bij de overeenkomst');
      }
      keuze = { bestaand: gevonden };
    } else {
      if (l.soort == null) throw invalid(`${pad}.soort`, 'is verplicht bij een nieuwe plaats');
      let gemeenteId = l.gemeenteId ?? null;
      if (gemeenteId == null && gemeenten.length === 1) gemeenteId = gemeenten[0]!.id;
      const gemeente = gemeenten.find((g) => g.id === gemeenteId);
      if (gemeenteId != null && !gemeente) {
        throw invalid(
          `${pad}.gemeenteId`,
          'Deze gemeente hoort niet bij de gemeenten van de overeenkomst',
        );
      }
      if (l.soort === LocatieSoort.GEMEENTE && !gemeente) {
        throw invalid(`${pad}.gemeenteId`, 'Kies bij een gemeente welke gemeente het is');
      }
      const naam = (l.naam ?? '').trim().replace(/\s+/g, ' ') || gemeente?.naam || '';
      if (!naam) throw invalid(`${pad}.naam`, 'is verplicht bij een nieuwe plaats');
      const bestaand = bekend.get(sleutel(l.soort, naam, gemeenteId));
      keuze = bestaand ? { bestaand } : { nieuw: { soort: l.soort, naam, gemeenteId } };
    }
    const k =
      'bestaand' in keuze
        ? keuze.bestaand.id
        : sleutel(keuze.nieuw.soort, keuze.nieuw.naam, keuze.nieuw.gemeenteId);
    if (gezien.has(k)) throw invalid(pad, 'Deze plaats staat al eerder in de lijst');
    gezien.add(k);
    return keuze;
  });
}
