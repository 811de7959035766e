import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { Fout } from '../components/ui';
import { graphql } from '../gql';
import { zetSessie } from '../lib/sessie';
import { usePaginaTitel } from '../lib/paginatitel';

const ACCEPTEER = graphql(`
  mutation Accepteer($input: AccepteerUitnodigingInput!) {
    accepteerUitnodiging(input: $input) {
      accessToken
      vernieuwToken
      verlooptOp
    }
  }
`);

export function UitnodigingPagina() {
  usePaginaTitel('Uitnodiging aanvaarden');
  const { token = '' } = useParams();
  const [naam, zetNaam] = useState('');
  const [wachtwoord, zetWachtwoord] = useState('');
  const [resultaat, accepteer] = useMutation(ACCEPTEER);
  const navigate = useNavigate();
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const antwoord = await accepteer({ input: { token, naam: naam || undefined, wachtwoord } });
    if (antwoord.data) {
      zetSessie(antwoord.data.accepteerUitnodiging);
      void navigate('/');
    }
  };
  return (
    <main id="inhoud" className="inloggen">
      <div className="inloggen-kaart">
        <h1>Uitnodiging aanvaarden</h1>
        <p>
          Nieuw bij Driehoek? Kies uw naam en een wachtwoord van minstens 12 tekens. Hebt u al een
          account, vul dan alleen uw wachtwoord in.
        </p>
        <form onSubmit={(e) => void verstuur(e)}>
          <label htmlFor="naam">Naam</label>
          <input
            id="naam"
            value={naam}
            onChange={(e) => zetNaam(e.target.value)}
            autoComplete="name"
          />
          <label htmlFor="ww">Wachtwoord</label>
          <input
            id="ww"
            type="password"
            value={wachtwoord}
            onChange={(e) => zetWachtwoord(e.target.value)}
            autoComplete="new-password"
            required
          />
          <Fout fout={resultaat.error} />
          <button type="submit" className="knop" disabled={resultaat.fetching}>
            Aanvaarden en inloggen
          </button>
        </form>
      </div>
    </main>
  );
}
