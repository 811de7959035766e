import type { Actor } from '../auth/actor';
import type { Gebeurtenis, GebeurtenisSoort } from '../live/gebeurtenissen';
import type { Betrokkenheid } from '../partijen/permissions.service';

/** The live event of a step in the signing of an onderdeel (freeze, decision, addendum, restore). */
export function versieGebeurtenis(
  soort: GebeurtenisSoort,
  actor: Actor,
  namens: Betrokkenheid | null,
  waar: { overeenkomstId: string; onderdeelId: string; onderwerpId: string },
): Omit<Gebeurtenis, 'tijd'> {
  return {
    soort,
    ...waar,
    afspraakId: null,
    door: actor.naam,
    doorId: actor.gebruikerId,
    partij: namens?.partijNaam ?? null,
  };
}
