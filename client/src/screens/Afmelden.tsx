import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { Fout, Laden } from '../components/ui';
import { graphql } from '../gql';

const MELD_AF = graphql(`
  mutation MeldAfVoorMail($input: MeldAfInput!) {
    meldAfVoorMail(input: $input)
  }
`);

/** The unsubscribe link from a mail: works without logging in (the token is signed). */
export function AfmeldenPagina() {
  const { token = '' } = useParams();
  const [resultaat, meldAf] = useMutation(MELD_AF);
  useEffect(() => {
    document.title = 'Afmelden voor e-mail – Driehoek';
    void meldAf({ input: { token } });
  }, [meldAf, token]);
  return (
    <main id="inhoud" className="inloggen">
      <div className="inloggen-kaart">
        <h1>Afmelden voor e-mail</h1>
        {resultaat.fetching && <Laden tekst="Afmelden…" />}
        <Fout fout={resultaat.error} />
        {resultaat.data && (
          <p role="status">
            U krijgt geen e-mail meer van Driehoek. Uw meldingen blijven zichtbaar in de app; onder
            Meldingen kunt u e-mail weer aanzetten.
          </p>
        )}
        <p>
          <Link to="/">Naar Driehoek</Link>
        </p>
      </div>
    </main>
  );
}
