import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { Badge, Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';
import {
  DEELNEMER_ROL,
  JAARSCHIJF_STATUS,
  MIJLPAAL,
  OVEREENKOMST_STATUS,
  TYPE_LABEL,
  datum,
  getal,
} from '../lib/labels';
import { aantal } from '@gedeeld/meervoud';
import { usePaginaTitel } from '../lib/paginatitel';
import { Paginering } from '../components/Paginering';

const PER_PAGINA = 25;

const REGIO = graphql(`
  query Regio($regio: String, $skip: Int, $take: Int) {
    regio(regio: $regio, skip: $skip, take: $take) {
      jaar
      regio
      regios
      totalen {
        overeenkomsten
        gemeenten
        afspraken
        perStatus {
          status
          aantal
        }
      }
      overeenkomsten {
        id
        titel
        startjaar
        eindjaar
        status
        afspraken
        mijnRollen
        teLaat
        gemeenten {
          id
          naam
          regio
        }
        jaarschijf {
          id
          jaar
          status
        }
        teLaatMijlpalen {
          jaar
          soort
          tot
        }
        perType {
          type
          aantal
        }
        perDomein {
          domein
          aantal
        }
        zorgpartijen {
          id
          naam
          bijlagen
        }
      }
      gedeeldeIndicatoren {
        naam
        eenheid
        overeenkomsten
        nulmeting
        jaren {
          jaar
          doelMin
          doelMax
          realisatie
          gemeentenMetRealisatie
          gemeenten
        }
      }
    }
  }
`);

/** The provincie's overview of every agreement in the region, with shared indicators added up. */
export function RegioPagina() {
  usePaginaTitel('Regionaal overzicht');
  const [regio, zetRegio] = useState('');
  const [skip, zetSkip] = useState(0);
  const [{ data, fetching, error }] = useQuery({
    query: REGIO,
    variables: { regio: regio || null, skip, take: PER_PAGINA },
  });
  const r = data?.regio;
  // Above and below the table, so a long page need not be scrolled back for the next.
  const paginering = r && (
    <Paginering
      skip={skip}
      take={PER_PAGINA}
      total={r.totalen.overeenkomsten}
      wat="overeenkomsten"
      zetSkip={zetSkip}
    />
  );
  return (
    <div className="pagina">
      <h1>Regionaal overzicht</h1>
      <p>
        Alle prestatieafspraken waaraan uw organisatie deelneemt, ook als waarnemer: de stand van de
        jaarschijf, wat te laat is, de afspraken per type en domein, en indicatoren die
        overeenkomsten delen, opgeteld.
      </p>
      {r && r.regios.length > 0 && (
        <div className="veld veld-inline">
          <label htmlFor="regio-keuze">Regio</label>
          <select
            id="regio-keuze"
            value={regio}
            onChange={(e) => {
              zetRegio(e.target.value);
              zetSkip(0);
            }}
          >
            <option value="">Alle regio’s</option>
            {r.regios.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </div>
      )}
      {fetching && !data && <Laden tekst="Regionaal overzicht laden…" />}
      <Fout fout={error} />
      {r && r.overeenkomsten.length === 0 && <Leeg>Geen overeenkomsten in deze regio.</Leeg>}
      {r && r.overeenkomsten.length > 0 && (
        <>
          <h2>Overeenkomsten ({r.totalen.overeenkomsten})</h2>
          <p className="regio-totalen">
            {aantal(r.totalen.gemeenten, 'gemeente', 'gemeenten')} ·{' '}
            {aantal(r.totalen.afspraken, 'afspraak', 'afspraken')} · jaarschijf {r.jaar}:{' '}
            {r.totalen.perStatus
              .map(
                (s) =>
                  `${s.aantal} ${s.status ? JAARSCHIJF_STATUS[s.status] : 'buiten de periode'}`,
              )
              .join(', ')}
          </p>
          {paginering}
          <div
            className="tabel-scroll"
            tabIndex={0}
            role="region"
            aria-label="Overeenkomsten in de regio"
          >
            <table className="regio-tabel">
              <thead>
                <tr>
                  <th scope="col">Overeenkomst</th>
                  <th scope="col">Gemeente</th>
                  <th scope="col">Jaarschijf {r.jaar}</th>
                  <th scope="col">Te laat</th>
                  <th scope="col">Afspraken per type</th>
                  <th scope="col">Zorgpartijen</th>
                </tr>
              </thead>
              <tbody>
                {r.overeenkomsten.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      <Link to={`/overeenkomsten/${o.id}`}>{o.titel}</Link>
                      <p className="klein">
                        <Badge soort={o.status}>{OVEREENKOMST_STATUS[o.status]}</Badge>{' '}
                        {o.startjaar}–{o.eindjaar} ·{' '}
                        {o.mijnRollen.map((x) => DEELNEMER_ROL[x]).join(', ')}
                      </p>
                    </th>
                    <td>
                      {o.gemeenten
                        .map((g) => `${g.naam}${g.regio ? ` (${g.regio})` : ''}`)
                        .join(', ')}
                    </td>
                    <td>
                      {o.jaarschijf ? (
                        <Badge soort={o.jaarschijf.status}>
                          {JAARSCHIJF_STATUS[o.jaarschijf.status]}
                        </Badge>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td>
                      {o.teLaat === 0 ? (
                        'niets'
                      ) : (
                        <ul className="compact">
                          {o.teLaatMijlpalen.map((m) => (
                            <li key={`${m.jaar}-${m.soort}`}>
                              <Badge soort="te_laat">{MIJLPAAL[m.soort]}</Badge> {m.jaar} (vóór{' '}
                              {datum(m.tot)})
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {aantal(o.afspraken, 'afspraak', 'afspraken')}
                      <p className="klein">
                        {o.perType.map((t) => `${TYPE_LABEL[t.type]} ${t.aantal}`).join(' · ')}
                      </p>
                    </td>
                    <td>
                      {o.zorgpartijen.length === 0
                        ? '–'
                        : o.zorgpartijen.map((z) => (
                            <p key={z.id} className="klein">
                              {z.naam}
                            </p>
                          ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {paginering}
          <h2>Gedeelde indicatoren</h2>
          {r.gedeeldeIndicatoren.length === 0 ? (
            <Leeg>Geen indicatoren die in meer dan één overeenkomst voorkomen.</Leeg>
          ) : (
            r.gedeeldeIndicatoren.map((i) => (
              <section key={`${i.naam}-${i.eenheid}`} className="kaart gedeeld" aria-label={i.naam}>
                <h3>
                  {i.naam}{' '}
                  <span className="klein">
                    ({i.eenheid}, {i.overeenkomsten} overeenkomsten)
                  </span>
                </h3>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Jaar</th>
                      <th scope="col">Gezamenlijk doel</th>
                      <th scope="col">Gerealiseerd</th>
                      <th scope="col">Gemeenten met realisatie</th>
                    </tr>
                  </thead>
                  <tbody>
                    {i.jaren.map((j) => (
                      <tr key={j.jaar}>
                        <th scope="row">{j.jaar}</th>
                        <td>
                          {j.doelMin == null
                            ? '–'
                            : j.doelMin === j.doelMax
                              ? getal(j.doelMin)
                              : `${getal(j.doelMin)}–${getal(j.doelMax)}`}
                        </td>
                        <td>{getal(j.realisatie)}</td>
                        <td>
                          {j.gemeentenMetRealisatie} van {j.gemeenten}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))
          )}
        </>
      )}
    </div>
  );
}
