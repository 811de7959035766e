import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { KeuzeVeld, TekstVeld } from '../components/Velden';
import { Badge, Fout, Laden, Leeg } from '../components/ui';
import { alleenRol, Waarom } from '../components/Waarom';
import { graphql } from '../gql';
import type { VerantwoordingStatus } from '../gql/graphql';
import { useJaarKeuze } from '../lib/jaren';
import { VERANTWOORDING_STATUS, datum } from '../lib/labels';
import { aantal } from '@gedeeld/meervoud';

const VERANTWOORDING = graphql(`
  query Verantwoording($overeenkomstId: ID!, $jaar: Int!) {
    verantwoording(overeenkomstId: $overeenkomstId, jaar: $jaar) {
      jaar
      jaarschijfId
      gevraagd
      magVerantwoorden {
        mag
        reden
        code
      }
      totaal
      ingediend
      ontbrekend
      realisatiesOntbrekend
      afspraken {
        afspraakId
        nummer
        titel
        trekker
        status
        toelichting
        door
        datum
        ontbrekendeRealisaties
        magVerantwoorden {
          mag
          reden
          code
        }
      }
    }
  }
`);

const VERANTWOORD = graphql(`
  mutation Verantwoord($input: VerantwoordingInput!) {
    verantwoordAfspraak(input: $input) {
      jaar
      ingediend
      ontbrekend
    }
  }
`);

export function VerantwoordingTab({
  overeenkomstId,
  startjaar,
  eindjaar,
}: {
  overeenkomstId: string;
  startjaar: number;
  eindjaar: number;
}) {
  const { jaar, keuze } = useJaarKeuze(startjaar, eindjaar);
  const [{ data, fetching, error }, opnieuw] = useQuery({
    query: VERANTWOORDING,
    variables: { overeenkomstId, jaar },
  });
  const [open, zetOpen] = useState<string | null>(null);

  return (
    <section aria-labelledby="verantwoording-kop">
      <h2 id="verantwoording-kop">Verantwoording</h2>
      <p>
        Na afloop van een jaar verantwoordt de trekker van elke afspraak wat er is gedaan (mei). De
        gemeente ziet wat binnen is en welke realisaties nog ontbreken.
      </p>
      <KeuzeVeld id="v-jaar" label="Jaar" className="veld veld-inline" {...keuze} />
      {fetching && !data && <Laden tekst="Verantwoording laden…" />}
      <Fout fout={error} />
      {data &&
        (!data.verantwoording.gevraagd &&
        data.verantwoording.magVerantwoorden.code !== 'TE_VROEG' ? (
          <p className="melding-info" role="status">
            Over {jaar} wordt geen verantwoording gevraagd: dit jaar is niet in uitvoering genomen
            in Driehoek.
          </p>
        ) : (
          <Waarom t={data.verantwoording.magVerantwoorden} />
        ))}
      {data && (
        <>
          <p className="samenvatting">
            {data.verantwoording.ingediend} van{' '}
            {aantal(data.verantwoording.totaal, 'afspraak', 'afspraken')} verantwoord ·{' '}
            {data.verantwoording.ontbrekend}{' '}
            {data.verantwoording.ontbrekend === 1 ? 'ontbreekt' : 'ontbreken'} ·{' '}
            {aantal(
              data.verantwoording.realisatiesOntbrekend,
              'realisatie ontbreekt',
              'realisaties ontbreken',
            )}
          </p>
          {data.verantwoording.afspraken.length === 0 ? (
            <Leeg>Geen afspraken in dit jaar.</Leeg>
          ) : (
            <table>
              <caption className="sr-only">Verantwoording per afspraak over {jaar}</caption>
              <thead>
                <tr>
                  <th scope="col">Nr.</th>
                  <th scope="col">Afspraak</th>
                  <th scope="col">Trekker</th>
                  <th scope="col">Status</th>
                  <th scope="col">Ontbrekende realisaties</th>
                  <th scope="col">
                    <span className="sr-only">Acties</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.verantwoording.afspraken.map((a) => (
                  <tr key={a.afspraakId}>
                    <td>{a.nummer}</td>
                    <th scope="row">
                      {a.titel}
                      {a.toelichting && <p className="klein">{a.toelichting}</p>}
                      {open === a.afspraakId && (
                        <VerantwoordFormulier
                          afspraakId={a.afspraakId}
                          jaar={jaar}
                          onKlaar={() => {
                            zetOpen(null);
                            opnieuw({ requestPolicy: 'network-only' });
                          }}
                        />
                      )}
                    </th>
                    <td>{a.trekker}</td>
                    <td>
                      {a.status ? (
                        <>
                          <Badge soort={a.status}>{VERANTWOORDING_STATUS[a.status]}</Badge>
                          <span className="klein">
                            {' '}
                            {a.door} {datum(a.datum)}
                          </span>
                        </>
                      ) : (
                        <span className="klein">nog niet ingediend</span>
                      )}
                    </td>
                    <td>{a.ontbrekendeRealisaties.join(', ') || '–'}</td>
                    <td>
                      {a.magVerantwoorden.mag
                        ? open !== a.afspraakId && (
                            <button
                              type="button"
                              className="knop-secundair"
                              onClick={() => zetOpen(a.afspraakId)}
                            >
                              {a.status ? 'Verantwoording wijzigen' : 'Verantwoorden'}
                              <span className="sr-only"> {a.nummer}</span>
                            </button>
                          )
                        : data.verantwoording.magVerantwoorden.mag &&
                          (alleenRol(a.magVerantwoorden) ? (
                            <span className="klein">Alleen de trekker ({a.trekker})</span>
                          ) : (
                            <Waarom t={a.magVerantwoorden} klein />
                          ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

function VerantwoordFormulier({
  afspraakId,
  jaar,
  onKlaar,
}: {
  afspraakId: string;
  jaar: number;
  onKlaar: () => void;
}) {
  const [status, zetStatus] = useState<VerantwoordingStatus>('GEREALISEERD');
  const [toelichting, zetToelichting] = useState('');
  const [resultaat, verantwoord] = useMutation(VERANTWOORD);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const antwoord = await verantwoord({ input: { afspraakId, jaar, status, toelichting } });
    if (!antwoord.error) onKlaar();
  };
  return (
    <form className="verantwoord-formulier" onSubmit={(e) => void verstuur(e)}>
      <KeuzeVeld
        id={`vs-${afspraakId}`}
        label="Status"
        waarde={status}
        onKies={(w) => zetStatus(w as VerantwoordingStatus)}
        opties={VERANTWOORDING_STATUS}
      />
      <TekstVeld
        id={`vt-${afspraakId}`}
        label="Toelichting"
        waarde={toelichting}
        onWijzig={zetToelichting}
        regels={3}
        required
      />
      <Fout fout={resultaat.error} />
      <button type="submit" className="knop" disabled={resultaat.fetching}>
        Verantwoording indienen
      </button>
    </form>
  );
}
