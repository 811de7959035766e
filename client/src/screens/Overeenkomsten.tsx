import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { KeuzeVeld } from '../components/Velden';
import { Badge, Fout, Laden, Leeg } from '../components/ui';
import { WatWordtGevraagd } from '../components/Taken';
import { AkkoordImporteren } from '../components/AkkoordImporteren';
import { graphql } from '../gql';
import type { OvereenkomstStatus } from '../gql/graphql';
import { OVEREENKOMST_STATUS, ONDERDEEL_STATUS } from '../lib/labels';
import { usePaginaTitel } from '../lib/paginatitel';
import { steltOpVoorGemeenten, useIk } from '../lib/ik';

const LIJST = graphql(`
  query Overeenkomsten($filter: OvereenkomstFilter) {
    overeenkomsten(filter: $filter, take: 100) {
      total
      items {
        id
        titel
        startjaar
        eindjaar
        status
        gemeenten {
          id
          naam
        }
        deelnemers {
          id
          rol
          partij {
            id
            naam
          }
        }
        onderdelen {
          id
          titel
          soort
          status
        }
      }
    }
  }
`);

// Only the gemeenten of the person's own agreements: the filter must not reveal others.
const GEMEENTEN = graphql(`
  query Gemeenten {
    overeenkomstGemeenten {
      id
      naam
    }
  }
`);

export function OvereenkomstenPagina() {
  usePaginaTitel('Mijn overeenkomsten');
  const gemeenten = steltOpVoorGemeenten(useIk());
  const [jaar, zetJaar] = useState('');
  const [status, zetStatus] = useState('');
  const [gemeente, zetGemeente] = useState('');
  const filter = {
    ...(jaar ? { jaar: Number(jaar) } : {}),
    ...(status ? { status: status as OvereenkomstStatus } : {}),
    ...(gemeente ? { gemeenteId: gemeente } : {}),
  };
  const [{ data, fetching, error }] = useQuery({ query: LIJST, variables: { filter } });
  const [filterGemeenten] = useQuery({ query: GEMEENTEN });
  const ditJaar = new Date().getFullYear();
  const jaren = Array.from({ length: 9 }, (_, i) => ditJaar - 3 + i);

  return (
    <div className="pagina">
      <div className="pagina-kop">
        <h1>Mijn overeenkomsten</h1>
        {gemeenten.length > 0 && (
          <div className="pagina-acties">
            <AkkoordImporteren gemeenten={gemeenten} />
          </div>
        )}
      </div>
      <WatWordtGevraagd overeenkomstIds={(data?.overeenkomsten.items ?? []).map((o) => o.id)} />
      <h2 id="kop-lijst">Overeenkomsten</h2>
      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <KeuzeVeld
          id="f-jaar"
          label="Jaar"
          waarde={jaar}
          onKies={zetJaar}
          opties={jaren.map((j) => ({ waarde: j, label: j }))}
          leeg="Alle jaren"
        />
        <KeuzeVeld
          id="f-status"
          label="Status"
          waarde={status}
          onKies={zetStatus}
          opties={OVEREENKOMST_STATUS}
          leeg="Alle statussen"
        />
        <KeuzeVeld
          id="f-gemeente"
          label="Gemeente"
          waarde={gemeente}
          onKies={zetGemeente}
          opties={(filterGemeenten.data?.overeenkomstGemeenten ?? []).map((g) => ({
            waarde: g.id,
            label: g.naam,
          }))}
          leeg="Alle gemeenten"
        />
      </form>
      <Fout fout={error} />
      {fetching && !data && <Laden tekst="Overeenkomsten laden…" />}
      {data && data.overeenkomsten.items.length === 0 && (
        <Leeg>
          {Object.keys(filter).length > 0
            ? 'Geen overeenkomsten met deze filters. Kies andere filters.'
            : 'U neemt nog niet deel aan een overeenkomst. Zodra de gemeente u uitnodigt, verschijnt die hier.'}
        </Leeg>
      )}
      {data && data.overeenkomsten.items.length > 0 && (
        <>
          <p className="klein" aria-live="polite">
            {data.overeenkomsten.total === 1
              ? '1 overeenkomst'
              : `${data.overeenkomsten.total} overeenkomsten`}
          </p>
          <ul className="kaarten">
            {data.overeenkomsten.items.map((o) => (
              <li key={o.id} className="kaart">
                <h3>
                  <Link to={`/overeenkomsten/${o.id}`}>{o.titel}</Link>
                </h3>
                <p>
                  <Badge soort={o.status}>{OVEREENKOMST_STATUS[o.status]}</Badge> {o.startjaar}–
                  {o.eindjaar} · {o.gemeenten.map((g) => g.naam).join(', ')} · {o.deelnemers.length}{' '}
                  partijen
                </p>
                <ul className="onderdelen-mini">
                  {o.onderdelen.map((d) => (
                    <li key={d.id}>
                      <Link to={`/overeenkomsten/${o.id}/onderdelen/${d.id}`}>{d.titel}</Link>{' '}
                      <Badge soort={d.status}>{ONDERDEEL_STATUS[d.status]}</Badge>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
