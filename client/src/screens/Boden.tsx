import { useQuery } from 'urql';
import { Badge, Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';
import { TYPE_LABEL, datum } from '../lib/labels';

const BODEN = graphql(`
  query Boden($overeenkomstId: ID!) {
    boden(overeenkomstId: $overeenkomstId) {
      id
      jaar
      partij
      door
      ingediend
      teLaat
      toelichting
      afspraken {
        id
        nummer
        titel
        type
        onderdeel
      }
      indicatoren {
        id
        naam
        eenheid
        streefwaarde
      }
    }
  }
`);

/** The corporaties' bids on coming jaarschijven: draft afspraken with proposed targets. */
export function Boden({ overeenkomstId }: { overeenkomstId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: BODEN, variables: { overeenkomstId } });
  return (
    <section aria-labelledby="boden-kop">
      <h2 id="boden-kop">Boden van de corporaties</h2>
      {fetching && !data && <Laden tekst="Boden laden…" />}
      <Fout fout={error} />
      {data && data.boden.length === 0 && <Leeg>Nog geen bod ingediend.</Leeg>}
      {data?.boden.map((b) => (
        <article key={b.id} className="kaart bod" aria-label={`Bod ${b.partij} voor ${b.jaar}`}>
          <h3>
            {b.partij}: bod voor {b.jaar}{' '}
            {b.teLaat ? (
              <Badge soort="te_laat">te laat</Badge>
            ) : (
              <Badge soort="gedaan">op tijd</Badge>
            )}
          </h3>
          <p className="klein">
            Ingediend door {b.door} op {datum(b.ingediend)}
          </p>
          {b.toelichting && <p>{b.toelichting}</p>}
          <ul>
            {b.afspraken.map((a) => (
              <li key={a.id}>
                {a.nummer} {a.titel} <Badge soort={`type-${a.type}`}>{TYPE_LABEL[a.type]}</Badge>{' '}
                <span className="klein">({a.onderdeel})</span>
              </li>
            ))}
          </ul>
          {b.indicatoren.length > 0 && (
            <p className="klein">
              Voorgestelde streefwaarden:{' '}
              {b.indicatoren.map((i) => `${i.naam}: ${i.streefwaarde} ${i.eenheid}`).join('; ')}
            </p>
          )}
        </article>
      ))}
    </section>
  );
}
