import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { aantal } from '@gedeeld/meervoud';
import { graphql } from '../gql';
import type { MijnTakenQuery } from '../gql/graphql';
import { useGebeurtenissen } from '../lib/gebeurtenissen';
import { Fout } from './ui';

const MIJN_TAKEN = graphql(`
  query MijnTaken($overeenkomstId: ID) {
    mijnTaken(overeenkomstId: $overeenkomstId) {
      sleutel
      soort
      titel
      aantal
      deadline
      teLaat
      link
      partijNaam
      overeenkomstId
      overeenkomstTitel
      onderdeelId
      onderdeelTitel
    }
  }
`);

export type Taak = MijnTakenQuery['mijnTaken'][number];

// A deadline is a moment at midnight Dutch time: "vóór 1 juli 2026".
const DAG = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** Listens to one overeenkomst's live events (a component, so a list can hold any number). */
function Luister({ id, opGebeurtenis }: { id: string; opGebeurtenis: () => void }) {
  useGebeurtenissen(id, opGebeurtenis);
  return null;
}

/**
 * "Wat wordt van u gevraagd": the person's tasks (all, or those of one overeenkomst or
 * onderdeel), each a link to the place where it is done, refreshed on the live events of the
 * agreements they concern.
 */
export function WatWordtGevraagd({
  overeenkomstIds,
  overeenkomstId,
  onderdeelId,
  kop = 'Wat wordt van u gevraagd',
  verbergLeeg = false,
}: {
  /** The agreements whose live events refresh the list (the home page: all of the person's). */
  overeenkomstIds: string[];
  overeenkomstId?: string;
  onderdeelId?: string;
  kop?: string;
  /** Show nothing when nothing is asked (an overeenkomst or onderdeel shows only its share). */
  verbergLeeg?: boolean;
}) {
  const [{ data, error }, herlaad] = useQuery({
    query: MIJN_TAKEN,
    variables: { overeenkomstId: overeenkomstId ?? null },
    // What was done elsewhere (a standpunt on the onderdeel page) shows when coming back.
    requestPolicy: 'cache-and-network',
  });
  // Several events often come together (a blanket akkoord, a freeze): one reload for them all.
  const klok = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const opGebeurtenis = () => {
    clearTimeout(klok.current);
    klok.current = setTimeout(() => herlaad({ requestPolicy: 'network-only' }), 400);
  };
  useEffect(() => () => clearTimeout(klok.current), []);
  const taken = (data?.mijnTaken ?? []).filter(
    (t) => !onderdeelId || t.onderdeelId === onderdeelId,
  );
  const meerderePartijen = new Set(taken.map((t) => t.partijNaam)).size > 1;
  const luister = [
    ...new Set([
      ...overeenkomstIds,
      ...(data?.mijnTaken ?? []).flatMap((t) => (t.overeenkomstId ? [t.overeenkomstId] : [])),
    ]),
  ];

  if (verbergLeeg && taken.length === 0) {
    return (
      <>
        {luister.map((id) => (
          <Luister key={id} id={id} opGebeurtenis={opGebeurtenis} />
        ))}
      </>
    );
  }
  return (
    <section className="taken" aria-labelledby="taken-kop" data-testid="taken">
      {luister.map((id) => (
        <Luister key={id} id={id} opGebeurtenis={opGebeurtenis} />
      ))}
      <h2 id="taken-kop">{kop}</h2>
      <Fout fout={error} />
      {data && taken.length === 0 && <p className="klein">Er wordt nu niets van u gevraagd.</p>}
      {taken.length > 0 && (
        <>
          <p className="sr-only" aria-live="polite">
            {aantal(taken.length, 'taak', 'taken')}
          </p>
          <ul className="taken-lijst">
            {taken.map((t) => (
              <li key={t.sleutel} className={`taak${t.teLaat ? ' taak-te-laat' : ''}`}>
                <Link to={t.link} className="taak-link">
                  {t.titel}
                </Link>
                <span className="taak-waar klein">
                  {[
                    !overeenkomstId && t.overeenkomstTitel,
                    !onderdeelId && t.onderdeelTitel,
                    meerderePartijen && `namens ${t.partijNaam}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {t.deadline && (
                  <span className="taak-termijn klein">
                    {t.teLaat ? 'Te laat: ' : ''}vóór {DAG.format(new Date(t.deadline))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
