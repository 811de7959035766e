import { useQuery } from 'urql';
import { Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';

const FINANCIEEL = graphql(`
  query FinancieelOverzicht($id: ID!) {
    overeenkomst(id: $id) {
      id
      financieelOverzicht {
        jaren
        totaalPerJaar {
          jaar
          bedrag {
            centen
            tekst
          }
        }
        totaalLooptijd {
          centen
          tekst
        }
        totaal {
          tekst
        }
        partijen {
          partij {
            id
            naam
          }
          perJaar {
            ...FinancieelCel
          }
          looptijd {
            ...FinancieelCel
          }
          totaal {
            ...FinancieelCel
          }
        }
      }
    }
  }
  fragment FinancieelCel on FinancieelJaar {
    betaalt {
      centen
      tekst
    }
    gezamenlijk {
      centen
      tekst
    }
    ontvangt {
      centen
      tekst
    }
    nogOnbekend
  }
`);

interface Cel {
  betaalt: { centen: number; tekst: string };
  gezamenlijk: { centen: number; tekst: string };
  ontvangt: { centen: number; tekst: string };
  nogOnbekend: boolean;
}

/** Only what is there, one line each; a dash when a partij has nothing that year. */
function CelInhoud({ cel }: { cel: Cel }) {
  const regels = [
    cel.betaalt.centen ? (['betaalt', cel.betaalt.tekst] as const) : null,
    cel.gezamenlijk.centen ? (['samen met anderen', cel.gezamenlijk.tekst] as const) : null,
    cel.ontvangt.centen ? (['ontvangt', cel.ontvangt.tekst] as const) : null,
    cel.nogOnbekend ? (['bedrag nog onbekend', ''] as const) : null,
  ].filter((r) => r !== null);
  if (!regels.length) return <>–</>;
  // The amount in one piece: a narrow year column broke "€ 135.000" after the euro sign.
  return (
    <>
      {regels.map(([wat, bedrag]) => (
        <div key={wat}>
          {wat}
          {bedrag && (
            <>
              {' '}
              <span className="bedrag">{bedrag}</span>
            </>
          )}
        </div>
      ))}
    </>
  );
}

/**
 * The money of the afspraken per partij per year (Overeenkomst.financieelOverzicht): what each
 * partij pays, pays jointly without a split, and receives. The amounts come formatted from the
 * server, through the same formatter as the export.
 */
export function FinancieelTab({ overeenkomstId }: { overeenkomstId: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: FINANCIEEL,
    variables: { id: overeenkomstId },
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Laden />;
  if (error) return <Fout fout={error} />;
  const o = data?.overeenkomst.financieelOverzicht;
  if (!o) return null;
  if (!o.partijen.length)
    return (
      <Leeg>Nog geen bedragen in de afspraken. Voeg ze toe bij een afspraak, onder Geld.</Leeg>
    );
  const metLooptijd = o.totaalLooptijd.centen > 0;
  return (
    <section aria-labelledby="kop-financieel">
      <h2 id="kop-financieel">Financieel overzicht</h2>
      <p className="klein">
        Per partij en per jaar wat zij volgens de afspraken betaalt en ontvangt. “Samen met
        anderen”: bedragen die partijen gezamenlijk betalen zonder verdeling. “Looptijd”: bedragen
        die niet aan één jaar vastzitten.
      </p>
      <div className="tabel-scroll">
        <table>
          <caption className="sr-only">Geld per partij per jaar</caption>
          <thead>
            <tr>
              <th scope="col">Partij</th>
              {o.jaren.map((j) => (
                <th key={j} scope="col">
                  {j}
                </th>
              ))}
              {metLooptijd && <th scope="col">Looptijd</th>}
              <th scope="col">Totaal</th>
            </tr>
          </thead>
          <tbody>
            {o.partijen.map((p) => (
              <tr key={p.partij.id}>
                <th scope="row">{p.partij.naam}</th>
                {p.perJaar.map((c, i) => (
                  <td key={o.jaren[i]}>
                    <CelInhoud cel={c} />
                  </td>
                ))}
                {metLooptijd && (
                  <td>
                    <CelInhoud cel={p.looptijd} />
                  </td>
                )}
                <td>
                  <CelInhoud cel={p.totaal} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Alle bedragen</th>
              {o.totaalPerJaar.map((t) => (
                <td key={t.jaar}>{t.bedrag.centen ? t.bedrag.tekst : '–'}</td>
              ))}
              {metLooptijd && <td>{o.totaalLooptijd.tekst}</td>}
              <td>{o.totaal.tekst}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
