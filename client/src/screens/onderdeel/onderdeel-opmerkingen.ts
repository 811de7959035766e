import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { MargeDraad } from '../../components/OpmerkingenMarge';
import { graphql } from '../../gql';

const ONDERDEEL_OPMERKINGEN = graphql(`
  query OnderdeelOpmerkingen($onderdeelId: ID!) {
    onderdeelOpmerkingen(onderdeelId: $onderdeelId, alleenOpen: true) {
      id
      afspraakId
      tekst
      auteur
      partij {
        id
        naam
      }
      gerichtAan {
        id
        naam
      }
      anker {
        start
        eind
      }
      reacties {
        id
      }
    }
  }
`);

export interface AfspraakOpmerkingen {
  /** Open threads, anchored or not: the count on the afspraak's card. */
  open: number;
  /** The anchored ones: highlighted in the text and shown in the margin. */
  verankerd: MargeDraad[];
}

const GEEN: AfspraakOpmerkingen = { open: 0, verankerd: [] };

/** The open comment threads of an onderdeel, per afspraak, in one query. */
export function useOnderdeelOpmerkingen(onderdeelId: string) {
  const [{ data }, herlaad] = useQuery({
    query: ONDERDEEL_OPMERKINGEN,
    variables: { onderdeelId },
  });
  const perAfspraak = useMemo(() => {
    const uitkomst = new Map<string, AfspraakOpmerkingen>();
    for (const o of data?.onderdeelOpmerkingen ?? []) {
      const rij = uitkomst.get(o.afspraakId) ?? { open: 0, verankerd: [] };
      rij.open++;
      if (o.anker)
        rij.verankerd.push({
          id: o.id,
          auteur: o.auteur,
          partij: o.partij.naam,
          tekst: o.tekst,
          reacties: o.reacties.length,
          gerichtAan: o.gerichtAan?.naam ?? null,
          anker: { start: o.anker.start, eind: o.anker.eind },
        });
      uitkomst.set(o.afspraakId, rij);
    }
    return uitkomst;
  }, [data]);
  return {
    van: (afspraakId: string) => perAfspraak.get(afspraakId) ?? GEEN,
    herlaad: () => herlaad({ requestPolicy: 'network-only' }),
  };
}
