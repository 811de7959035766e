import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';
import type { GebeurtenissenSubscription } from '../gql/graphql';

const GEBEURTENISSEN = graphql(`
  subscription Gebeurtenissen($overeenkomstId: ID!) {
    overeenkomstGebeurtenissen(overeenkomstId: $overeenkomstId) {
      soort
      onderdeelId
      afspraakId
      onderwerpId
      door
      partij
      tijd
      vervallenAkkoorden
    }
  }
`);

export type Gebeurtenis = GebeurtenissenSubscription['overeenkomstGebeurtenissen'];

/** Events about the overeenkomst itself (no onderdeel): the screens that show them reload. */
export const DEEL_SOORTEN = {
  onderdeel: ['ONDERDEEL_NIEUW', 'ONDERDEEL_GEWIJZIGD', 'ONDERDEEL_VERWIJDERD'],
  indicator: ['INDICATOR_NIEUW', 'INDICATOR_GEWIJZIGD', 'INDICATOR_VERWIJDERD'],
  thema: ['THEMA_NIEUW', 'THEMA_GEWIJZIGD', 'THEMA_VERWIJDERD'],
  deelnemer: ['DEELNEMER_NIEUW', 'DEELNEMER_GEWIJZIGD', 'DEELNEMER_VERWIJDERD'],
} as const;

/** Whether `g` is one of the kinds listed. */
export function isSoort(g: Gebeurtenis, soorten: readonly string[]): boolean {
  return soorten.includes(g.soort);
}

/**
 * Live events of an overeenkomst (graphql-ws): `opGebeurtenis` is called once per event, with the
 * latest handler, so a screen reloads what the event concerns.
 */
export function useGebeurtenissen(
  overeenkomstId: string,
  opGebeurtenis: (gebeurtenis: Gebeurtenis) => void,
): void {
  const [{ data }] = useSubscription({
    query: GEBEURTENISSEN,
    variables: { overeenkomstId },
    pause: !overeenkomstId,
  });
  const handler = useRef(opGebeurtenis);
  handler.current = opGebeurtenis;
  const g = data?.overeenkomstGebeurtenissen;
  useEffect(() => {
    if (g) handler.current(g);
  }, [g]);
}
