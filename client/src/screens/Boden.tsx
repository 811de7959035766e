import { useQuery } from 'urql';
import type { PartijSoort } from '../gql/graphql';
import { alleenRol, Waarom } from '../components/Waarom';
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

/** Per coming year and corporatie: can a bod be handed in now, and if not why (the server's rule). */
const MOGELIJKHEDEN = graphql(`
  query BodMogelijkheden($overeenkomstId: ID!) {
    bodMogelijkheden(overeenkomstId: $overeenkomstId) {
      jaarschijfId
      jaar
      partijId
      partij
      mag {
        mag
        reden
        code
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
  jaarschijven: { id: string; jaar: number }[];
  onIngediend: () => void;
}) {
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: BODEN,
    variables: { overeenkomstId },
  });
  const [mogelijk, herlaadMogelijk] = useQuery({
    query: MOGELIJKHEDEN,
    variables: { overeenkomstId },
  });
  const lijst = mogelijk.data?.bodMogelijkheden ?? [];
  const kan = lijst.filter((m) => m.mag.mag);
  // A bod comes from a corporatie this person writes for, on a year the server accepts it for.
  const corporaties = deelnemers
    .map((d) => d.partij)
    .filter((p) => kan.some((m) => m.partijId === p.id));
  const open = jaarschijven.filter((j) => kan.some((m) => m.jaarschijfId === j.id));
  // Nothing can be handed in: say why for the next coming year (not for who you are).
  const waarom = kan.length === 0 ? lijst.find((m) => !alleenRol(m.mag)) : undefined;
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
      {waarom && (
        <Waarom t={{ ...waarom.mag, reden: `Bod op ${waarom.jaar}: ${waarom.mag.reden}` }} />
      )}
      {data && corporaties.length > 0 && open.length > 0 && (
        <BodFormulier
          overeenkomstId={overeenkomstId}
          corporaties={corporaties}
          jaarschijven={open}
          partijen={deelnemers.map((d) => d.partij)}
          onIngediend={() => {
            herlaad({ requestPolicy: 'network-only' });
            herlaadMogelijk({ requestPolicy: 'network-only' });
            onIngediend();
          }}
        />
      )}
    </section>
  );
}
