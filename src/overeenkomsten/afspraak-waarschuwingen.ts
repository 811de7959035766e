import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AfspraakType, Volwassenheid } from './afspraak-type';
import type { StoredDetails } from './afspraak-details';

/*
 * What an afspraak leaves open. The type rules in afspraak-details.ts refuse only what contradicts
 * itself; what is merely incomplete (issue 15, point 7) is reported here, computed from the stored
 * afspraak on every read, so it disappears as soon as the afspraak is completed. Shown in the
 * editor and in the freeze dialog; never a reason to refuse a write or a freeze.
 */

export enum WaarschuwingCode {
  SMART_ZONDER_INDICATOR = 'SMART_ZONDER_INDICATOR',
  PROCES_ZONDER_OVERLEGVORM = 'PROCES_ZONDER_OVERLEGVORM',
  BESCHRIJVING_ONTBREEKT = 'BESCHRIJVING_ONTBREEKT',
  INTENTIE_ZONDER_GEVOLG = 'INTENTIE_ZONDER_GEVOLG',
  HANDELING_ZONDER_ACTIVITEITEN = 'HANDELING_ZONDER_ACTIVITEITEN',
  ACTIVITEIT_ZONDER_UITVOERDER = 'ACTIVITEIT_ZONDER_UITVOERDER',
  ACTIVITEIT_ZONDER_WANNEER = 'ACTIVITEIT_ZONDER_WANNEER',
}
registerEnumType(WaarschuwingCode, {
  name: 'WaarschuwingCode',
  description: 'Wat een afspraak (nog) openlaat',
});

@ObjectType('Waarschuwing', {
  description: 'Iets wat de afspraak nog openlaat: geen fout, wel iets om aan te vullen',
})
export class WaarschuwingModel {
  @Field(() => WaarschuwingCode) code!: WaarschuwingCode;
  @Field({ description: 'In woorden, bijv. "SMART zonder indicator"' }) tekst!: string;
  @Field(() => String, {
    nullable: true,
    description: 'De letter van het lid waarover het gaat; leeg voor de afspraak als geheel',
  })
  lid!: string | null;
}

/** The parts of an afspraak the warnings look at. */
export interface WaarschuwingBron {
  volwassenheid: Volwassenheid;
  type: AfspraakType;
  details: StoredDetails;
  tekst: string;
  aantalIndicatoren: number;
  leden: { letter: string; type: AfspraakType; details: StoredDetails; tekst: string }[];
}

const tekstVan = (details: StoredDetails, veld: string): string => {
  const waarde = details[veld];
  return typeof waarde === 'string' ? waarde.trim() : '';
};

/** What the type details leave open; `tekst` is the text that may describe them instead. */
function detailsWaarschuwingen(
  type: AfspraakType,
  details: StoredDetails,
  tekst: string,
): { code: WaarschuwingCode; tekst: string }[] {
  const uit: { code: WaarschuwingCode; tekst: string }[] = [];
  const w = (code: WaarschuwingCode, t: string) => uit.push({ code, tekst: t });
  switch (type) {
    case AfspraakType.PROCES:
      if (!tekstVan(details, 'overlegvorm'))
        w(
          WaarschuwingCode.PROCES_ZONDER_OVERLEGVORM,
          'Procesafspraak zonder overlegvorm: hoe werken partijen samen?',
        );
      break;
    case AfspraakType.BESCHRIJVEND:
      if (!tekstVan(details, 'omschrijving') && !tekst.trim())
        w(
          WaarschuwingCode.BESCHRIJVING_ONTBREEKT,
          'Beschrijvende afspraak zonder omschrijving of tekst',
        );
      break;
    case AfspraakType.INTENTIE:
      if (!tekstVan(details, 'gevolg'))
        w(
          WaarschuwingCode.INTENTIE_ZONDER_GEVOLG,
          'Intentieafspraak zegt niet wat partijen nastreven (… dan)',
        );
      break;
    case AfspraakType.HANDELING: {
      const activiteiten = Array.isArray(details.activiteiten)
        ? (details.activiteiten as { partijIds?: string[]; wanneer?: string }[])
        : [];
      if (activiteiten.length === 0)
        w(
          WaarschuwingCode.HANDELING_ZONDER_ACTIVITEITEN,
          'Handelingsafspraak zonder activiteiten: nog uit te werken (wat, wie, wanneer), bijvoorbeeld in de jaarschijf',
        );
      activiteiten.forEach((a, i) => {
        if (!a.partijIds?.length)
          w(
            WaarschuwingCode.ACTIVITEIT_ZONDER_UITVOERDER,
            `Activiteit ${i + 1} noemt niet wie haar uitvoert`,
          );
        if (!a.wanneer?.trim())
          w(WaarschuwingCode.ACTIVITEIT_ZONDER_WANNEER, `Activiteit ${i + 1} noemt niet wanneer`);
      });
      break;
    }
    default:
      break;
  }
  return uit;
}

export function waarschuwingen(a: WaarschuwingBron): WaarschuwingModel[] {
  const uit: WaarschuwingModel[] = [];
  if (a.volwassenheid === Volwassenheid.SMART && a.aantalIndicatoren === 0) {
    uit.push({
      code: WaarschuwingCode.SMART_ZONDER_INDICATOR,
      tekst: 'SMART zonder indicator: koppel een indicator om de voortgang te meten',
      lid: null,
    });
  }
  // With leden, the leden carry the type details; the afspraak's own are only its frame.
  if (a.leden.length === 0) {
    uit.push(
      ...detailsWaarschuwingen(a.type, a.details, a.tekst).map((x) => ({ ...x, lid: null })),
    );
  }
  for (const lid of a.leden) {
    uit.push(
      ...detailsWaarschuwingen(lid.type, lid.details, lid.tekst).map((x) => ({
        code: x.code,
        tekst: `Lid ${lid.letter}: ${x.tekst}`,
        lid: lid.letter,
      })),
    );
  }
  return uit;
}
