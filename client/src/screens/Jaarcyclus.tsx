import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CyclusKalender } from './CyclusKalender';
import { useQuery } from 'urql';
import { Badge, Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';
import { CYCLUS_ROL, JAARSCHIJF_STATUS, MIJLPAAL, MIJLPAAL_TOESTAND, datum } from '../lib/labels';
import { kortDagTekst } from '@gedeeld/datum';
import { usePaginaTitel } from '../lib/paginatitel';
import { Paginering } from '../components/Paginering';

const PER_PAGINA = 25;

const JAARCYCLUS = graphql(`
  query Jaarcyclus($overeenkomstId: ID, $skip: Int, $take: Int) {
    jaarcyclus(overeenkomstId: $overeenkomstId, skip: $skip, take: $take) {
      total
      jaar
      perStatus {
        status
        aantal
      }
      items {
        overeenkomstId
        titel
        gemeenten
        lopend
        teLaat
        cycli {
          jaar
          rol
          status
          jaarschijfId
          externOndertekendOp
          mijlpalen {
            soort
            toestand
            toelichting
            van
            tot
          }
        }
      }
    }
  }
`);

const KALENDER = graphql(`
  query Kalender($overeenkomstId: ID!) {
    kalender(overeenkomstId: $overeenkomstId) {
      bodVoor
      ondertekeningVoor
      verantwoordingVan
      verantwoordingTot
      evaluatieVan
      evaluatieTot
    }
  }
`);

export function JaarcyclusPagina() {
  usePaginaTitel('Jaarcyclus');
  return (
    <div className="pagina">
      <h1>Jaarcyclus</h1>
      <p>
        Altijd lopen er drie cycli tegelijk: vorig jaar wordt verantwoord en geëvalueerd, dit jaar
        uitgevoerd en over volgend jaar wordt onderhandeld.
      </p>
      <CyclusLijst />
    </div>
  );
}

export function CyclusLijst({ overeenkomstId }: { overeenkomstId?: string }) {
  const [skip, zetSkip] = useState(0);
  const [{ data, fetching, error }] = useQuery({
    query: JAARCYCLUS,
    variables: { overeenkomstId, skip, take: PER_PAGINA },
  });
  const [kalender] = useQuery({
    query: KALENDER,
    variables: { overeenkomstId: overeenkomstId ?? '' },
    pause: !overeenkomstId,
  });
  const [weergave, zetWeergave] = useState<'lijst' | 'kalender'>('lijst');
  if (fetching && !data) return <Laden tekst="Jaarcyclus laden…" />;
  if (!data) return <Fout fout={error} />;
  const pagina = data.jaarcyclus;
  if (pagina.total === 0) return <Leeg>Geen lopende cycli.</Leeg>;
  const paginering = (
    <Paginering
      skip={skip}
      take={PER_PAGINA}
      total={pagina.total}
      wat="overeenkomsten"
      zetSkip={zetSkip}
    />
  );
  const k = kalender.data?.kalender;
  const keuze = (
    <div className="formulier-rij" role="group" aria-label="Weergave">
      {(['lijst', 'kalender'] as const).map((w) => (
        <button
          key={w}
          type="button"
          className={weergave === w ? 'knop' : 'knop-secundair'}
          aria-pressed={weergave === w}
          onClick={() => zetWeergave(w)}
        >
          {w === 'lijst' ? 'Lijst' : 'Kalender'}
        </button>
      ))}
    </div>
  );
  if (weergave === 'kalender')
    return (
      <div>
        {keuze}
        {paginering}
        <CyclusKalender overzicht={pagina.items} />
      </div>
    );
  return (
    <div>
      {keuze}
      {k && (
        <p className="kalender-dagen">
          Kalender: bod vóór {kortDagTekst(k.bodVoor)} · ondertekening vóór{' '}
          {kortDagTekst(k.ondertekeningVoor)} · verantwoording {kortDagTekst(k.verantwoordingVan)}–
          {kortDagTekst(k.verantwoordingTot)} · evaluatie {kortDagTekst(k.evaluatieVan)}–
          {kortDagTekst(k.evaluatieTot)}
        </p>
      )}
      {!overeenkomstId && (
        <p className="cyclus-totalen">
          {pagina.total} overeenkomsten · jaarschijf {pagina.jaar}:{' '}
          {pagina.perStatus
            .map(
              (s) => `${s.aantal} ${s.status ? JAARSCHIJF_STATUS[s.status] : 'buiten de periode'}`,
            )
            .join(', ')}
        </p>
      )}
      {paginering}
      {pagina.items.map((c) => (
        <section
          key={c.overeenkomstId}
          className="cyclus-overzicht"
          aria-labelledby={`cyc-${c.overeenkomstId}`}
        >
          <h2 id={`cyc-${c.overeenkomstId}`}>
            {overeenkomstId ? (
              'Cycli'
            ) : (
              <Link to={`/overeenkomsten/${c.overeenkomstId}?tab=jaarcyclus`}>{c.titel}</Link>
            )}
          </h2>
          <p>
            {c.gemeenten.join(', ')} · {c.lopend} lopend ·{' '}
            {c.teLaat > 0 ? <Badge soort="te_laat">{c.teLaat} te laat</Badge> : 'niets te laat'}
          </p>
          <div className="cycli">
            {c.cycli.map((cy) => (
              <article key={cy.jaar} className="cyclus" aria-label={`Jaarschijf ${cy.jaar}`}>
                <h3>
                  {cy.jaar} <span className="klein">{CYCLUS_ROL[cy.rol]}</span>
                </h3>
                {cy.status ? (
                  <Badge soort={cy.status}>{JAARSCHIJF_STATUS[cy.status]}</Badge>
                ) : (
                  <span className="klein">buiten de periode</span>
                )}
                <ol className="mijlpalen">
                  {cy.mijlpalen.map((m) => (
                    <li key={m.soort} className={`mijlpaal mijlpaal-${m.toestand.toLowerCase()}`}>
                      <span className="mijlpaal-naam">{MIJLPAAL[m.soort]}</span>
                      <span className="klein">
                        {m.van ? `${datum(m.van)} – ` : 'vóór '}
                        {datum(m.tot)}
                      </span>
                      <Badge soort={m.toestand}>{MIJLPAAL_TOESTAND[m.toestand]}</Badge>
                      {m.toelichting && <span className="klein">{m.toelichting}</span>}
                    </li>
                  ))}
                </ol>
              </article>
            ))}
          </div>
        </section>
      ))}
      {paginering}
    </div>
  );
}
