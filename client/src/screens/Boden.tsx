import { useQuery } from 'urql';
import type { JaarschijfStatus, PartijSoort } from '../gql/graphql';
import { schrijftVoor, useIk } from '../lib/ik';
import { BodFormulier } from './BodFormulier';
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
export function Boden({
  overeenkomstId,
  deelnemers,
  jaarschijven,
  onIngediend,
}: {
  overeenkomstId: string;
  deelnemers: { partij: { id: string; naam: string; soort: PartijSoort } }[];
  jaarschijven: { id: string; jaar: number; status: JaarschijfStatus }[];
  onIngediend: () => void;
}) {
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: BODEN,
    variables: { overeenkomstId },
  });
  const ik = useIk();
  const mijn = schrijftVoor(ik);
  // A bod comes from a participating woningcorporatie this person writes for…
  const corporaties = deelnemers
    .map((d) => d.partij)
    .filter((p) => p.soort === 'WONINGCORPORATIE' && mijn.has(p.id));
  // …on a coming year that is not yet under negotiation, once per corporatie and year.
  const ditJaar = new Date().getFullYear();
  const open = jaarschijven.filter(
    (j) =>
      j.jaar > ditJaar &&
      (j.status === 'CONCEPT' || j.status === 'BOD_ONTVANGEN') &&
      !corporaties.every((c) => data?.boden.some((b) => b.jaar === j.jaar && b.partij === c.naam)),
  );
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
              {/* The server's text already carries the unit ("40 – 50 woningen"). */}
              {b.indicatoren.map((i) => `${i.naam}: ${i.streefwaarde}`).join('; ')}
            </p>
          )}
        </article>
      ))}
      {data && corporaties.length > 0 && open.length > 0 && (
        <BodFormulier
          overeenkomstId={overeenkomstId}
          corporaties={corporaties}
          jaarschijven={open}
          partijen={deelnemers.map((d) => d.partij)}
          onIngediend={() => {
            herlaad({ requestPolicy: 'network-only' });
            onIngediend();
          }}
        />
      )}
    </section>
  );
}
