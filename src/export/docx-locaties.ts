import { LOCATIE_SOORT_LABEL, LocatieSoort } from '../overeenkomsten/locatie.entity';
import type { LocatieInhoud } from '../overeenkomsten/onderdeel-inhoud';

/** One place in words: "kern Oudeland (gemeente Rietwijk)"; a gemeente is named once. */
export function plaats(l: Pick<LocatieInhoud, 'soort' | 'naam' | 'gemeente'>): string {
  const binnen =
    l.gemeente && l.soort !== LocatieSoort.GEMEENTE ? ` (gemeente ${l.gemeente.naam})` : '';
  return `${LOCATIE_SOORT_LABEL[l.soort]} ${l.naam}${binnen}`;
}

/** An afspraak's places, in its order, as one line. */
export const plaatsen = (locaties: LocatieInhoud[]): string => locaties.map(plaats).join('; ');
