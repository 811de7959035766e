import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeldingVeldenFragment } from '../gql/graphql';

export const MELDING_VELDEN = graphql(`
  fragment MeldingVelden on Melding {
    id
    soort
    tekst
    link
    tijd
    gelezen
  }
`);

export const MELDINGEN = graphql(`
  query Meldingen($take: Int!, $skip: Int!, $alleenOngelezen: Boolean!) {
    meldingen(take: $take, skip: $skip, alleenOngelezen: $alleenOngelezen) {
      total
      ongelezen
      items {
        ...MeldingVelden
      }
    }
  }
`);

const NIEUWE_MELDING = graphql(`
  subscription NieuweMelding {
    nieuweMelding {
      ...MeldingVelden
    }
  }
`);

export const MARKEER_GELEZEN = graphql(`
  mutation MarkeerMeldingGelezen($id: ID!) {
    markeerMeldingGelezen(id: $id) {
      ...MeldingVelden
    }
  }
`);

export const MARKEER_ALLES = graphql(`
  mutation MarkeerAlleMeldingenGelezen {
    markeerAlleMeldingenGelezen
  }
`);

export type Melding = MeldingVeldenFragment;

/**
 * The latest meldingen and the unread count, kept current by the `nieuweMelding` subscription
 * (a new one is put in front at once, without a round trip) and reloaded after marking.
 */
export function useMeldingen(aantal: number): {
  meldingen: Melding[];
  ongelezen: number;
  laatsteNieuwe: Melding | null;
  markeer: (id: string) => Promise<void>;
  markeerAlles: () => Promise<void>;
} {
  const client = useClient();
  const [{ data }, herlaad] = useQuery({
    query: MELDINGEN,
    variables: { take: aantal, skip: 0, alleenOngelezen: false },
    requestPolicy: 'cache-and-network',
  });
  const [nieuw, zetNieuw] = useState<Melding[]>([]);
  const [, markeerGelezen] = useMutation(MARKEER_GELEZEN);
  const [, markeerAlleGelezen] = useMutation(MARKEER_ALLES);
  const herlaadRef = useRef(herlaad);
  herlaadRef.current = herlaad;

  useEffect(() => {
    const { unsubscribe } = client.subscription(NIEUWE_MELDING, {}).subscribe((resultaat) => {
      const m = resultaat.data?.nieuweMelding;
      if (m) zetNieuw((vorige) => [m, ...vorige.filter((v) => v.id !== m.id)]);
    });
    return unsubscribe;
  }, [client]);

  const opgehaald = (data?.meldingen.items ?? []) as Melding[];
  const bekend = new Set(opgehaald.map((m) => m.id));
  const extra = nieuw.filter((m) => !bekend.has(m.id));
  const meldingen = [...extra, ...opgehaald].slice(0, aantal);
  const ongelezen = (data?.meldingen.ongelezen ?? 0) + extra.filter((m) => !m.gelezen).length;

  const vernieuw = useCallback(() => {
    zetNieuw([]);
    herlaadRef.current({ requestPolicy: 'network-only' });
  }, []);

  return {
    meldingen,
    ongelezen,
    laatsteNieuwe: nieuw[0] ?? null,
    markeer: async (id) => {
      await markeerGelezen({ id });
      vernieuw();
    },
    markeerAlles: async () => {
      await markeerAlleGelezen({});
      vernieuw();
    },
  };
}

/** "3 ongelezen meldingen", "1 ongelezen melding", "geen ongelezen meldingen". */
export function ongelezenTekst(n: number): string {
  if (n === 0) return 'geen ongelezen meldingen';
  return `${n} ongelezen ${n === 1 ? 'melding' : 'meldingen'}`;
}
