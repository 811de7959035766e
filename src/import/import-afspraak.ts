import { DutchValidationPipe } from '../common/validation';
import type { ImportKenmerken } from '../gedeeld/import-kenmerken';
import { type Doelgroep, AfspraakType, Volwassenheid } from '../overeenkomsten/afspraak-type';
import type { AfspraakLocatieInput } from '../overeenkomsten/afspraak-locaties';
import type { NormInput } from '../overeenkomsten/afspraak-normen';
import type { ImportBedragInput } from './import.models';
import { CreateAfspraakInput } from '../overeenkomsten/afspraak.inputs';

const pipe = new DutchValidationPipe();

export interface AfspraakUitImport {
  onderdeelId: string;
  themaId: string;
  titel: string;
  tekst: string;
  type: AfspraakType;
  trekkerId: string;
  /** The partijen the text names, each with the sentence that names it. */
  genoemd: { id: string; zin: string }[];
  jaren: number[];
  doelgroepen: Doelgroep[];
  normen: NormInput[];
  locaties: AfspraakLocatieInput[];
  /** In euro, paid by the partij with this id. */
  bedragen: (Omit<ImportBedragInput, 'betaler'> & { betalerId: string })[];
  /** The type's details as the reviewer left them. */
  kenmerken: ImportKenmerken;
  veld: string;
}

/**
 * The afspraak an imported text becomes: the details its type asks for filled from what the text
 * states (who, how often, on which condition), checked by the validation createAfspraak has, so
 * a confirmed import creates nothing a gemeente could not have typed in itself.
 */
export async function afspraakUitImport(a: AfspraakUitImport): Promise<CreateAfspraakInput> {
  const betrokken = [...new Set([a.trekkerId, ...a.genoemd.map((g) => g.id)])];
  const ruw = {
    onderdeelId: a.onderdeelId,
    titel: a.titel,
    type: a.type,
    themaId: a.themaId,
    trekkerId: a.trekkerId,
    volwassenheid: Volwassenheid.VOORNEMEN,
    jaren: a.jaren.map((jaar) => ({ jaar })),
    // The others the text names take part in it, with what the text says of them.
    betrokkenen: a.genoemd
      .filter((g) => g.id !== a.trekkerId)
      .map((g) => ({ partijId: g.id, bijdrage: g.zin.slice(0, 2000) })),
    details: details(a, betrokken),
    doelgroepen: a.doelgroepen,
    normen: a.normen,
    locaties: a.locaties,
    bedragen: a.bedragen.map(({ betalerId, euro, ...bedrag }) => ({
      ...bedrag,
      centen: Math.round(euro * 100),
      betalers: [{ partijId: betalerId }],
    })),
  };
  return (await pipe.transform(ruw, {
    type: 'body',
    metatype: CreateAfspraakInput,
    data: a.veld,
  })) as CreateAfspraakInput;
}

function details(a: AfspraakUitImport, betrokken: string[]): Record<string, unknown> {
  const k = a.kenmerken;
  switch (a.type) {
    case AfspraakType.PROCES:
      return {
        proces: { overlegvorm: k.overlegvorm, frequentie: k.frequentie, deelnemerIds: betrokken },
      };
    case AfspraakType.BESCHRIJVEND:
      return { beschrijvend: { soort: k.beschrijvendSoort, omschrijving: k.omschrijving } };
    case AfspraakType.INTENTIE:
      return { intentie: { voorwaarde: k.voorwaarde, gevolg: k.gevolg } };
    case AfspraakType.HANDELING:
      return {
        handeling: { activiteiten: [{ wat: k.wat, partijIds: betrokken, wanneer: k.wanneer }] },
      };
    case AfspraakType.GARANTIE:
      return { garantie: { garantstellerIds: [a.trekkerId], wat: k.wat } };
    case AfspraakType.TRANSACTIE:
      // Who gives what to whom is seldom one phrase: the trekker's post carries the text, the
      // others are added in the afspraak's form.
      return {
        transactie: { posten: [{ partijId: a.trekkerId, levert: k.wat, ontvangt: k.ontvangt }] },
      };
  }
}

/** The first sentence, or its first words: a title for the list, the text stays whole. */
export function titelUit(tekst: string): string {
  const zin = /^(.+?[.;:])(\s|$)/.exec(tekst)?.[1] ?? tekst;
  if (zin.length <= 100) return zin.replace(/[.;:]$/, '');
  const woorden = zin.slice(0, 100).split(' ');
  return `${woorden.slice(0, -1).join(' ')} …`;
}
