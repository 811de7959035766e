import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Badge, Fout, Laden, Leeg } from '../../components/ui';
import { graphql } from '../../gql';
import { schrijftVoor, useIk } from '../../lib/ik';
import { VOORSTEL_SOORT, VOORSTEL_STATUS, datumTijd } from '../../lib/labels';
import { Verschil } from './Verschil';

const VOORSTELLEN = graphql(`
  query Voorstellen($onderdeelId: ID!) {
    wijzigingsvoorstellen(onderdeelId: $onderdeelId) {
      id
      soort
      status
      afspraakId
      motivering
      door
      datum
      basisTitel
      nieuweTekst
      nieuweAfspraak
      indiener {
        id
        naam
      }
      verschil {
        soort
        tekst
      }
      wachtOp {
        id
        naam
      }
      beoordelingen {
        beoordeling
        reden
        door
        partij {
          id
          naam
        }
      }
    }
  }
`);

const BEOORDEEL = graphql(`
  mutation Beoordeel($input: BeoordeelVoorstelInput!) {
    beoordeelVoorstel(input: $input) {
      id
      status
    }
  }
`);

const TREK_IN = graphql(`
  mutation TrekIn($input: IdInput!) {
    trekVoorstelIn(input: $input) {
      id
      status
    }
  }
`);

export function Voorstellen({
  onderdeelId,
  live,
  afspraken,
}: {
  onderdeelId: string;
  live: number;
  afspraken: { id: string; nummer: string; titel: string }[];
}) {
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: VOORSTELLEN,
    variables: { onderdeelId },
  });
  useEffect(() => {
    if (live > 0) herlaad({ requestPolicy: 'network-only' });
  }, [live, herlaad]);
  const [beoordeling, beoordeel] = useMutation(BEOORDEEL);
  const [intrekking, trekIn] = useMutation(TREK_IN);
  const [redenen, zetRedenen] = useState<Record<string, string>>({});
  const ik = useIk();
  const schrijf = schrijftVoor(ik);

  if (fetching && !data) return <Laden tekst="Voorstellen laden…" />;
  if (!data) return <Fout fout={error} />;
  if (data.wijzigingsvoorstellen.length === 0)
    return (
      <Leeg>
        Nog geen wijzigingsvoorstellen. Dien er een in vanuit het paneel van een afspraak.
      </Leeg>
    );
  const naam = (id?: string | null) => {
    const a = afspraken.find((x) => x.id === id);
    return a ? `${a.nummer} ${a.titel}` : '';
  };
  const klaar = () => herlaad({ requestPolicy: 'network-only' });

  return (
    <>
      <Fout fout={beoordeling.error ?? intrekking.error} />
      <ul className="voorstellen">
        {data.wijzigingsvoorstellen.map((v) => {
          const mijnBeoordelaar = v.wachtOp.find((p) => schrijf.has(p.id));
          const eigen = schrijf.has(v.indiener.id);
          return (
            <li key={v.id} className="voorstel">
              <h3>
                {VOORSTEL_SOORT[v.soort]}:{' '}
                {naam(v.afspraakId) ||
                  v.basisTitel ||
                  voorgesteldeTitel(v.nieuweAfspraak) ||
                  'nieuwe afspraak'}
              </h3>
              <p>
                <Badge soort={v.status}>{VOORSTEL_STATUS[v.status]}</Badge>{' '}
                <span className="klein">
                  door {v.door} ({v.indiener.naam}), {datumTijd(v.datum)}
                </span>
              </p>
              <p>
                <strong>Motivering:</strong> {v.motivering}
              </p>
              {v.verschil.length > 0 && <Verschil delen={v.verschil} />}
              {v.beoordelingen.length > 0 && (
                <ul className="klein">
                  {v.beoordelingen.map((b) => (
                    <li key={b.partij.id}>
                      {b.partij.naam}:{' '}
                      {b.beoordeling === 'AANVAARD' ? 'aanvaard' : `afgewezen (${b.reden ?? ''})`}
                    </li>
                  ))}
                </ul>
              )}
              {v.status === 'OPEN' && v.wachtOp.length > 0 && (
                <p className="klein">Wacht op: {v.wachtOp.map((p) => p.naam).join(', ')}</p>
              )}
              {v.status === 'OPEN' && mijnBeoordelaar && (
                <div className="acties">
                  <button
                    type="button"
                    className="knop"
                    onClick={() =>
                      void beoordeel({
                        input: {
                          voorstelId: v.id,
                          partijId: mijnBeoordelaar.id,
                          beoordeling: 'AANVAARD',
                        },
                      }).then(klaar)
                    }
                  >
                    Aanvaarden
                  </button>
                  <label className="sr-only" htmlFor={`reden-${v.id}`}>
                    Reden van afwijzing
                  </label>
                  <input
                    id={`reden-${v.id}`}
                    placeholder="Reden van afwijzing"
                    value={redenen[v.id] ?? ''}
                    onChange={(e) => zetRedenen({ ...redenen, [v.id]: e.target.value })}
                  />
                  <button
                    type="button"
                    className="knop-gevaar"
                    onClick={() =>
                      void beoordeel({
                        input: {
                          voorstelId: v.id,
                          partijId: mijnBeoordelaar.id,
                          beoordeling: 'AFGEWEZEN',
                          reden: redenen[v.id],
                        },
                      }).then(klaar)
                    }
                  >
                    Afwijzen
                  </button>
                </div>
              )}
              {v.status === 'OPEN' && eigen && (
                <button
                  type="button"
                  className="knop-secundair"
                  onClick={() => void trekIn({ input: { id: v.id } }).then(klaar)}
                >
                  Intrekken
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The title of a proposed new afspraak (NIEUW), from the afspraak the proposal carries. */
function voorgesteldeTitel(nieuweAfspraak: unknown): string | null {
  if (typeof nieuweAfspraak !== 'object' || nieuweAfspraak === null) return null;
  const titel = (nieuweAfspraak as { titel?: unknown }).titel;
  return typeof titel === 'string' && titel.trim() ? titel : null;
}
