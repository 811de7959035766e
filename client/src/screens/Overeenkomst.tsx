import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ExportKnoppen, SuggestiesExportKnop } from '../components/Export';
import { Badge, Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';
import { DEEL_SOORTEN, isSoort, STATUS_SOORTEN, useGebeurtenissen } from '../lib/gebeurtenissen';
import { useIk } from '../lib/ik';
import {
  DEELNEMER_ROL,
  JAARSCHIJF_STATUS,
  ONDERDEEL_STATUS,
  OVEREENKOMST_STATUS,
  PARTIJ_SOORT,
} from '../lib/labels';
import { Boden } from './Boden';
import { WatWordtGevraagd } from '../components/Taken';
import { CyclusLijst } from './Jaarcyclus';
import { JaarschijfStap, useJaarschijfStappen } from './JaarschijfStap';
import { IndicatorenTab } from './Indicatoren';
import { UitnodigingenTab } from './Leden';
import { VerantwoordingTab } from './Verantwoording';
import { EvaluatieTab } from './Evaluatie';
import { FinancieelTab } from './Financieel';
import { aantal } from '@gedeeld/meervoud';
import { usePaginaTitel } from '../lib/paginatitel';
import { LogboekTab } from './Logboek';
import { Huisstijl } from './Huisstijl';
import { WooPublicatie } from './Publiceren';

export const OVEREENKOMST = graphql(`
  query Overeenkomst($id: ID!) {
    overeenkomst(id: $id) {
      id
      titel
      startjaar
      eindjaar
      status
      preambule
      gemeenten {
        id
        naam
      }
      deelnemers {
        id
        rol
        regie
        partij {
          id
          naam
          soort
        }
      }
      onderdelen {
        id
        titel
        soort
        status
        ondertekenaars {
          id
          naam
        }
        afspraken {
          id
        }
      }
      jaarschijven {
        id
        jaar
        status
        toelichting
      }
    }
  }
`);

const TABS = [
  ['overzicht', 'Overzicht'],
  ['jaarcyclus', 'Jaarcyclus'],
  ['verantwoording', 'Verantwoording'],
  ['evaluatie', 'Evaluatie'],
  ['indicatoren', 'Indicatoren'],
  ['geld', 'Geld'],
  ['logboek', 'Logboek'],
  ['uitnodigingen', 'Uitnodigingen'],
] as const;

export function OvereenkomstPagina() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const tab = params.get('tab') ?? 'overzicht';
  const ik = useIk();
  const [{ data, fetching, error }, herlaad] = useQuery({ query: OVEREENKOMST, variables: { id } });
  const stappen = useJaarschijfStappen(id);
  // Someone else changed the onderdelen, their status or who takes part: show it without a reload.
  useGebeurtenissen(id, (g) => {
    if (isSoort(g, [...DEEL_SOORTEN.onderdeel, ...DEEL_SOORTEN.deelnemer, ...STATUS_SOORTEN])) {
      herlaad({ requestPolicy: 'network-only' });
      stappen.herlaad();
    }
  });
  const tabNaam = TABS.find(([t]) => t === tab)?.[1];
  usePaginaTitel(data ? `${tabNaam ? `${tabNaam} – ` : ''}${data.overeenkomst.titel}` : undefined);
  if (fetching && !data) return <Laden tekst="Overeenkomst laden…" />;
  if (!data) return <Fout fout={error} />;
  const o = data.overeenkomst;
  const mijnPartijen = new Set(ik.lidmaatschappen.map((l) => l.partij.id));
  const regie = o.deelnemers.some((d) => d.regie && mijnPartijen.has(d.partij.id));

  return (
    <div className="pagina">
      <p className="kruimelpad">
        <Link to="/">Overeenkomsten</Link> / {o.titel}
      </p>
      <h1>{o.titel}</h1>
      <p>
        <Badge soort={o.status}>{OVEREENKOMST_STATUS[o.status]}</Badge> Periode {o.startjaar}–
        {o.eindjaar} · {o.gemeenten.map((g) => g.naam).join(', ')}
      </p>
      <WatWordtGevraagd
        overeenkomstIds={[o.id]}
        overeenkomstId={o.id}
        kop="Wat wordt hier van u gevraagd"
        verbergLeeg
      />
      <nav aria-label="Onderdelen van de overeenkomst" className="tabs">
        <ul>
          {TABS.filter(([t]) => t !== 'uitnodigingen' || regie).map(([t, label]) => (
            <li key={t}>
              <Link to={`?tab=${t}`} aria-current={tab === t ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'overzicht' && (
        <div className="raster-2">
          <section aria-labelledby="kop-onderdelen">
            <h2 id="kop-onderdelen">Onderdelen</h2>
            <ul className="kaarten">
              {o.onderdelen.map((d) => (
                <li key={d.id} className="kaart">
                  <h3>
                    <Link to={`/overeenkomsten/${o.id}/onderdelen/${d.id}`}>{d.titel}</Link>
                  </h3>
                  <p>
                    <Badge soort={d.status}>{ONDERDEEL_STATUS[d.status]}</Badge>{' '}
                    {d.soort === 'HOOFDDOCUMENT' ? 'Hoofddocument' : 'Bijlage'} ·{' '}
                    {aantal(d.afspraken.length, 'afspraak', 'afspraken')}
                  </p>
                  <p className="klein">
                    Ondertekenaars: {d.ondertekenaars.map((p) => p.naam).join(', ')}
                  </p>
                  <ExportKnoppen
                    pad={`/export/onderdelen/${d.id}`}
                    label={`Exporteer ${d.soort === 'HOOFDDOCUMENT' ? 'hoofddocument' : 'bijlage'}`}
                    bestandsnaam={d.titel}
                  />
                  {d.status === 'CONCEPT' && (
                    <SuggestiesExportKnop
                      onderdeelId={d.id}
                      titel={d.titel}
                      wat={d.soort === 'HOOFDDOCUMENT' ? 'hoofddocument' : 'bijlage'}
                    />
                  )}
                </li>
              ))}
            </ul>
            <h2>Exporteren</h2>
            <ExportKnoppen
              pad={`/export/overeenkomsten/${o.id}`}
              label="Exporteer overeenkomst"
              bestandsnaam={o.titel}
            />
            <Huisstijl overeenkomstId={o.id} regie={regie} />
            <WooPublicatie overeenkomstId={o.id} regie={regie} />
            <h2 id="kop-jaarschijven">Jaarschijven</h2>
            <table>
              <caption className="sr-only">Jaarschijven en hun status</caption>
              <thead>
                <tr>
                  <th scope="col">Jaar</th>
                  <th scope="col">Status</th>
                  <th scope="col">Toelichting</th>
                </tr>
              </thead>
              <tbody>
                {o.jaarschijven.map((j) => (
                  <tr key={j.id}>
                    <th scope="row">{j.jaar}</th>
                    <td>
                      <Badge soort={j.status}>{JAARSCHIJF_STATUS[j.status]}</Badge>
                    </td>
                    <td>
                      {j.toelichting || '–'}
                      <div>
                        <JaarschijfStap
                          stap={stappen.stap(j.id)}
                          onKlaar={() => {
                            herlaad({ requestPolicy: 'network-only' });
                            stappen.herlaad();
                          }}
                        />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="kop-partijen">
            <h2 id="kop-partijen">Partijen</h2>
            {o.deelnemers.length === 0 ? (
              <Leeg>Nog geen partijen.</Leeg>
            ) : (
              <table>
                <caption className="sr-only">Deelnemende partijen</caption>
                <thead>
                  <tr>
                    <th scope="col">Partij</th>
                    <th scope="col">Soort</th>
                    <th scope="col">Rol</th>
                  </tr>
                </thead>
                <tbody>
                  {o.deelnemers.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.partij.naam}</th>
                      <td>{PARTIJ_SOORT[d.partij.soort]}</td>
                      <td>
                        {DEELNEMER_ROL[d.rol]}
                        {d.regie && <Badge soort="regie">regie</Badge>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {o.preambule && (
              <>
                <h2>Preambule</h2>
                <div className="preambule">
                  {o.preambule.split('\n').map((regel, i) => (
                    <p key={i}>{regel}</p>
                  ))}
                </div>
              </>
            )}
          </section>
        </div>
      )}
      {tab === 'jaarcyclus' && (
        <>
          <CyclusLijst overeenkomstId={o.id} />
          <Boden
            overeenkomstId={o.id}
            deelnemers={o.deelnemers}
            jaarschijven={o.jaarschijven}
            onIngediend={() => herlaad({ requestPolicy: 'network-only' })}
          />
        </>
      )}
      {tab === 'verantwoording' && (
        <VerantwoordingTab overeenkomstId={o.id} startjaar={o.startjaar} eindjaar={o.eindjaar} />
      )}
      {tab === 'evaluatie' && (
        <EvaluatieTab
          overeenkomstId={o.id}
          startjaar={o.startjaar}
          eindjaar={o.eindjaar}
          titel={o.titel}
        />
      )}
      {tab === 'indicatoren' && <IndicatorenTab overeenkomstId={o.id} />}
      {tab === 'geld' && <FinancieelTab overeenkomstId={o.id} />}
      {tab === 'logboek' && <LogboekTab overeenkomstId={o.id} />}
      {tab === 'uitnodigingen' && regie && <UitnodigingenTab overeenkomstId={o.id} />}
    </div>
  );
}
