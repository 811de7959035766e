import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import type { TrekkerGroep } from '../overeenkomsten/afspraak-rollen';
import { inTrekkerGroep } from '../gedeeld/rollen';
import { BEWERK_ROLLEN, type LidRol } from './lidmaatschap.entity';
import type { PartijSoort } from './partij.entity';

/** How the actor's partijen take part in one overeenkomst. */
export interface Betrokkenheid {
  partijId: string;
  partijNaam: string;
  partijSoort: PartijSoort;
  rol: DeelnemerRol;
  regie: boolean;
  lidRollen: LidRol[];
}

/** The member roles that may change things, as refusals name them. */
export const BEWERKEN = 'opsteller of ondertekenaar';

/** Holds the regie of the overeenkomst, and may act on it (not as waarnemer, with a writing role). */
export function voertRegie(betrokken: Betrokkenheid[]): boolean {
  return betrokken.some((b) => b.regie && b.rol !== DeelnemerRol.WAARNEMER && bewerkt(b));
}

export function bewerkt(b: Betrokkenheid): boolean {
  return b.lidRollen.some((r) => BEWERK_ROLLEN.includes(r));
}

/** Takes part (not as waarnemer) with a writing role for one of the signing partijen. */
export function schrijftMee(betrokken: Betrokkenheid[], ondertekenaars: Set<string>): boolean {
  return betrokken.some(
    (b) => b.rol !== DeelnemerRol.WAARNEMER && bewerkt(b) && ondertekenaars.has(b.partijId),
  );
}

/**
 * Who pulls an afspraak (or the afspraken an indicator measures): the accountable trekker and the
 * betrokkenen with the role trekker or medetrekker by id, and a group of trekkers by its soorten.
 */
export interface Trekkers {
  ids: Set<string>;
  groepen: TrekkerGroep[];
}

/** Takes part (not as waarnemer) as one of the trekkers, named or as a member of the group. */
export function trekt(b: Betrokkenheid, trekkers: Trekkers): boolean {
  return (
    b.rol !== DeelnemerRol.WAARNEMER &&
    (trekkers.ids.has(b.partijId) || trekkers.groepen.some((g) => inTrekkerGroep(g, b.partijSoort)))
  );
}

/** Tells the person why they fall short: their partij's part, or their own role. */
export function rolUitleg(betrokken: Betrokkenheid[]): string {
  if (betrokken.length === 0) return '';
  return (
    '. U handelt namens ' +
    betrokken
      .map((b) => {
        const deel =
          b.rol === DeelnemerRol.WAARNEMER
            ? 'waarnemer'
            : b.rol === DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE
              ? 'medeondertekenaar van bijlagen'
              : 'ondertekenaar';
        const rollen = b.lidRollen.length
          ? b.lidRollen.map((r) => r.toLowerCase()).join(' en ')
          : 'geen rol';
        return `${b.partijNaam} (${deel}; u bent ${rollen})`;
      })
      .join(', ')
  );
}
