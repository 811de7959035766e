import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import type { IndicatorPunt, PlaatsPunt } from '../monitoring/indicator-punten.reader';
import { LocatieSoort } from '../overeenkomsten/locatie.entity';
import type {
  RegioIndicatorPerGemeenteModel,
  RegioGemeenteCijferModel,
} from './regio-gemeenten.models';

/** The agreement as far as the split needs it: its gemeenten. */
interface Overeenkomst {
  id: string;
  gemeenten: { id: string; naam: string }[];
}

type Punt = IndicatorPunt | PlaatsPunt;
interface Bijdrage {
  gemeente: { id: string; naam: string } | null;
  punt: Punt;
}

const rond = (n: number) => Math.round(n * 1e9) / 1e9;
const som = (waarden: number[]): number | null =>
  waarden.length ? rond(waarden.reduce((a, b) => a + b, 0)) : null;

/**
 * Which figures count for which gemeente, for one indicator in one year of one agreement, for
 * targets and realisaties alike (`heeft` picks which). An agreement of one gemeente: its figure
 * for the whole agreement, else its places' figures (gemeente places first). Of several gemeenten:
 * per gemeente its gemeente place, else the places lying in it; a figure of the whole agreement
 * that no place splits stays "niet verdeeld" (gemeente null), never guessed.
 */
export function verdeel(
  o: Overeenkomst,
  heel: IndicatorPunt | undefined,
  plaatsen: PlaatsPunt[],
  heeft: (p: Punt) => boolean,
): Bijdrage[] {
  const voorkeur = (punten: PlaatsPunt[]) => {
    const eigen = punten.filter(heeft);
    const gemeenten = eigen.filter((p) => p.locatieSoort === LocatieSoort.GEMEENTE);
    return gemeenten.length ? gemeenten : eigen;
  };
  if (o.gemeenten.length === 1) {
    const gemeente = o.gemeenten[0]!;
    if (heel && heeft(heel)) return [{ gemeente, punt: heel }];
    return voorkeur(plaatsen).map((punt) => ({ gemeente, punt }));
  }
  const uit: Bijdrage[] = o.gemeenten.flatMap((gemeente) =>
    voorkeur(plaatsen.filter((p) => p.gemeenteId === gemeente.id)).map((punt) => ({
      gemeente,
      punt,
    })),
  );
  if (uit.length === 0 && heel && heeft(heel)) uit.push({ gemeente: null, punt: heel });
  return uit;
}

const heeftDoel = (p: Punt) => p.soort != null;
const heeftRealisatie = (p: Punt) => p.realisatie != null;

function cijfer(
  doelen: Bijdrage[],
  realisaties: Bijdrage[],
): Omit<RegioGemeenteCijferModel, 'gemeenteId' | 'gemeente'> {
  const exact = doelen.filter(
    (d) => d.punt.soort === StreefwaardeSoort.EXACT && d.punt.waarde != null,
  );
  const banden = doelen.filter((d) => d.punt.soort === StreefwaardeSoort.BANDBREEDTE);
  return {
    streefwaarde: som(exact.map((d) => d.punt.waarde!)),
    bandbreedteMin: som(banden.map((d) => d.punt.min ?? 0)),
    bandbreedteMax: som(banden.map((d) => d.punt.max ?? 0)),
    realisatie: som(realisaties.map((r) => r.punt.realisatie!)),
    overeenkomsten: new Set([...doelen, ...realisaties].map((b) => b.punt.overeenkomstId)).size,
  };
}

/**
 * Every indicator of the agreements (the same name and unit taken together, like the shared
 * indicators, by the key each keeps), per year added up per gemeente. Gemeenten by name;
 * indicators by name.
 */
export function perGemeente(
  overeenkomsten: Overeenkomst[],
  punten: IndicatorPunt[],
  plaatsPunten: PlaatsPunt[],
): RegioIndicatorPerGemeenteModel[] {
  const overeenkomstVan = new Map(overeenkomsten.map((o) => [o.id, o]));
  const groepen = new Map<
    string,
    {
      naam: string;
      eenheid: string;
      jaren: Map<number, { doelen: Bijdrage[]; realisaties: Bijdrage[] }>;
    }
  >();
  const indicatorJaren = new Map<
    string,
    { heel?: IndicatorPunt; plaatsen: PlaatsPunt[]; voorbeeld: Punt }
  >();
  for (const p of punten) {
    const k = `${p.indicatorId}\u0000${p.jaar}`;
    indicatorJaren.set(k, {
      ...(indicatorJaren.get(k) ?? { plaatsen: [], voorbeeld: p }),
      heel: p,
    });
  }
  for (const p of plaatsPunten) {
    const k = `${p.indicatorId}\u0000${p.jaar}`;
    const bestaand = indicatorJaren.get(k) ?? { plaatsen: [], voorbeeld: p };
    bestaand.plaatsen.push(p);
    indicatorJaren.set(k, bestaand);
  }
  for (const { heel, plaatsen, voorbeeld } of indicatorJaren.values()) {
    const o = overeenkomstVan.get(voorbeeld.overeenkomstId);
    if (!o) continue;
    const doelen = verdeel(o, heel, plaatsen, heeftDoel);
    const realisaties = verdeel(o, heel, plaatsen, heeftRealisatie);
    if (doelen.length + realisaties.length === 0) continue;
    const k = voorbeeld.sleutel;
    const groep = groepen.get(k) ?? {
      naam: voorbeeld.naam,
      eenheid: voorbeeld.eenheid,
      jaren: new Map<number, { doelen: Bijdrage[]; realisaties: Bijdrage[] }>(),
    };
    groepen.set(k, groep);
    const jaar = groep.jaren.get(voorbeeld.jaar) ?? { doelen: [], realisaties: [] };
    groep.jaren.set(voorbeeld.jaar, jaar);
    jaar.doelen.push(...doelen);
    jaar.realisaties.push(...realisaties);
  }
  return [...groepen.values()]
    .map((g) => ({
      naam: g.naam,
      eenheid: g.eenheid,
      jaren: [...g.jaren.entries()]
        .sort(([a], [b]) => a - b)
        .map(([jaar, { doelen, realisaties }]) => {
          const gemeenten = new Map<string, string>();
          for (const b of [...doelen, ...realisaties])
            if (b.gemeente) gemeenten.set(b.gemeente.id, b.gemeente.naam);
          const van = (id: string | null) => (b: Bijdrage) => (b.gemeente?.id ?? null) === id;
          const rest = [doelen.filter(van(null)), realisaties.filter(van(null))] as const;
          return {
            jaar,
            gemeenten: [...gemeenten.entries()]
              .sort(([, a], [, b]) => a.localeCompare(b, 'nl'))
              .map(([id, naam]) => ({
                gemeenteId: id,
                gemeente: naam,
                ...cijfer(doelen.filter(van(id)), realisaties.filter(van(id))),
              })),
            nietVerdeeld: rest[0].length + rest[1].length ? cijfer(...rest) : null,
          };
        }),
    }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}
