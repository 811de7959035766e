import { LocatieSoort } from '../overeenkomsten/locatie.entity';
import type { PlaatsPunt } from './indicator-punten.reader';
import type { ReeksPlaatsModel } from './monitoring.models';
import { puntOpKoers } from './op-koers';

const SOORTEN = Object.values(LocatieSoort);

/** One year's figures per place, judged like the whole agreement's, by kind and name of place. */
export function reeksPlaatsen(punten: PlaatsPunt[]): ReeksPlaatsModel[] {
  return [...punten]
    .sort(
      (a, b) =>
        SOORTEN.indexOf(a.locatieSoort) - SOORTEN.indexOf(b.locatieSoort) ||
        a.locatieNaam.localeCompare(b.locatieNaam, 'nl'),
    )
    .map((p) => ({
      locatieId: p.locatieId,
      locatie: p.locatieNaam,
      locatieSoort: p.locatieSoort,
      gemeente: p.gemeenteNaam,
      soort: p.soort,
      streefwaarde: p.waarde,
      min: p.min,
      max: p.max,
      effect: p.effect,
      realisatie: p.realisatie,
      bron: p.bron,
      opKoers: puntOpKoers(p),
    }));
}
