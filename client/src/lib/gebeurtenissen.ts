import { useEffect, useRef } from 'react';
import { useClient } from 'urql';
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
      doorId
      partij
      opmerkingActie
      draadId
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

/**
 * Events that change an onderdeel's phase or status (and, for the hoofddocument, the jaarschijven
 * and the overeenkomst): every screen showing one of those reloads on them.
 */
export const STATUS_SOORTEN = [
  'FASE',
  'BEVROREN',
  'ONDERTEKEND',
  'EXTERN_ONDERTEKEND',
  'GEWEIGERD',
  'ADDENDUM',
  'VERSIE_HERSTELD',
] as const;

/** Whether `g` is one of the kinds listed. */
export function isSoort(g: Gebeurtenis, soorten: readonly string[]): boolean {
  return soorten.includes(g.soort);
}

/**
 * Live events of an overeenkomst (graphql-ws): `opGebeurtenis` is called once for every event,
 * with the latest handler, so a screen reloads what the event concerns. Subscribed directly
 * rather than through useSubscription, whose state keeps only the latest event: two arriving
 * before React renders (a signature and an edit elsewhere at the same moment) showed as one, and
 * a window could miss the signature.
 */
export function useGebeurtenissen(
  overeenkomstId: string,
  opGebeurtenis: (gebeurtenis: Gebeurtenis) => void,
): void {
  const client = useClient();
  const handler = useRef(opGebeurtenis);
  handler.current = opGebeurtenis;
  useEffect(() => {
    if (!overeenkomstId) return;
    const { unsubscribe } = client
      .subscription(GEBEURTENISSEN, { overeenkomstId })
      .subscribe((resultaat) => {
        const g = resultaat.data?.overeenkomstGebeurtenissen;
        if (g) handler.current(g);
      });
    return unsubscribe;
  }, [client, overeenkomstId]);
}
