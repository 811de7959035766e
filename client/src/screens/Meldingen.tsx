import '../components/meldingen.css';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Paginering } from '../components/Paginering';
import { Fout, Laden } from '../components/ui';
import { graphql } from '../gql';
import type { MailVoorkeur } from '../gql/graphql';
import { datumTijd } from '../lib/labels';
import { type Melding, MELDINGEN, MARKEER_GELEZEN, ongelezenTekst } from '../lib/meldingen';
import { Link } from 'react-router-dom';

const VOORKEUR = graphql(`
  query MeldingVoorkeur {
    meldingVoorkeur {
      mail
      email
    }
  }
`);

const ZET_VOORKEUR = graphql(`
  mutation ZetMeldingVoorkeur($input: ZetMeldingVoorkeurInput!) {
    zetMeldingVoorkeur(input: $input) {
      mail
      email
    }
  }
`);

const KEUZES: [MailVoorkeur, string, string][] = [
  ['DIRECT', 'Direct', 'Eén e-mail per melding, zodra die er is'],
  ['DAGELIJKS', 'Dagelijks overzicht', 'Elke ochtend één e-mail met de nieuwe meldingen'],
  ['UIT', 'Geen e-mail', 'Meldingen alleen hier in Driehoek'],
];

const PER_PAGINA = 20;

export function MeldingenPagina() {
  useEffect(() => {
    document.title = 'Meldingen – Driehoek';
  }, []);
  return (
    <div className="pagina">
      <h1>Meldingen</h1>
      <MailInstelling />
      <MeldingenLijst />
    </div>
  );
}

function MailInstelling() {
  const [{ data, error }] = useQuery({ query: VOORKEUR });
  const [resultaat, zet] = useMutation(ZET_VOORKEUR);
  const huidig = resultaat.data?.zetMeldingVoorkeur.mail ?? data?.meldingVoorkeur.mail;
  return (
    <section className="sectie" aria-labelledby="mail-kop">
      <h2 id="mail-kop">E-mail</h2>
      <Fout fout={error ?? resultaat.error} />
      {data && (
        <fieldset className="keuzes">
          <legend>Wanneer krijgt u meldingen per e-mail op {data.meldingVoorkeur.email}?</legend>
          {KEUZES.map(([waarde, label, uitleg]) => (
            <label key={waarde} className="keuze">
              <input
                type="radio"
                name="mailvoorkeur"
                value={waarde}
                checked={huidig === waarde}
                disabled={resultaat.fetching}
                onChange={() => void zet({ input: { mail: waarde } })}
              />
              <span>
                <strong>{label}</strong> <span className="klein">{uitleg}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {resultaat.data && (
        <p role="status" className="klein">
          Opgeslagen.
        </p>
      )}
    </section>
  );
}

function MeldingenLijst() {
  const [skip, zetSkip] = useState(0);
  const [alleenOngelezen, zetAlleenOngelezen] = useState(false);
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: MELDINGEN,
    variables: { take: PER_PAGINA, skip, alleenOngelezen },
    requestPolicy: 'cache-and-network',
  });
  const [, markeer] = useMutation(MARKEER_GELEZEN);
  const pagina = data?.meldingen;
  return (
    <section className="sectie" aria-labelledby="lijst-kop">
      <h2 id="lijst-kop">Alle meldingen</h2>
      <label className="keuze">
        <input
          type="checkbox"
          checked={alleenOngelezen}
          onChange={(e) => {
            zetSkip(0);
            zetAlleenOngelezen(e.target.checked);
          }}
        />
        Alleen ongelezen
      </label>
      {fetching && !data && <Laden />}
      <Fout fout={error} />
      {pagina && (
        <>
          <p className="klein">U hebt {ongelezenTekst(pagina.ongelezen)}.</p>
          <ul className="meldingen-lijst meldingen-pagina">
            {(pagina.items as Melding[]).map((m) => (
              <li key={m.id} className={m.gelezen ? 'melding' : 'melding melding-nieuw'}>
                <Link
                  to={m.link}
                  onClick={() => {
                    if (!m.gelezen) void markeer({ id: m.id });
                  }}
                >
                  {!m.gelezen && <span className="sr-only">Ongelezen: </span>}
                  {m.tekst}
                </Link>
                <span className="klein">{datumTijd(m.tijd)}</span>
                {!m.gelezen && (
                  <button
                    type="button"
                    className="knop-tekst"
                    onClick={() =>
                      void markeer({ id: m.id }).then(() =>
                        herlaad({ requestPolicy: 'network-only' }),
                      )
                    }
                  >
                    Markeer als gelezen
                  </button>
                )}
              </li>
            ))}
          </ul>
          {pagina.items.length === 0 && <p className="leeg">Geen meldingen.</p>}
          <Paginering
            skip={skip}
            take={PER_PAGINA}
            total={pagina.total}
            wat="meldingen"
            zetSkip={zetSkip}
            vorige="Nieuwer"
            volgende="Ouder"
          />
        </>
      )}
    </section>
  );
}
