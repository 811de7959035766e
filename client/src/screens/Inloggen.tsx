import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Fout } from '../components/ui';
import { graphql } from '../gql';
import { foutveld } from '../lib/fouten';
import { zetSessie } from '../lib/sessie';
import { markeerNavigatie, usePaginaTitel } from '../lib/paginatitel';
import { DEMO_ACCOUNTS, DEMO_WACHTWOORD } from '@gedeeld/demo-accounts';

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      vernieuwToken
      verlooptOp
    }
  }
`);

export function InloggenPagina() {
  const [email, zetEmail] = useState('');
  const [wachtwoord, zetWachtwoord] = useState('');
  const [resultaat, login] = useMutation(LOGIN);
  usePaginaTitel('Inloggen');

  const wachtwoordVeld = useRef<HTMLInputElement>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (resultaat.fetching) return;
    const antwoord = await login({ input: { email: email.trim(), wachtwoord } });
    if (antwoord.data) {
      // The list that follows takes the focus and is announced, as after any move.
      markeerNavigatie();
      zetSessie(antwoord.data.login);
    } else {
      // Back to the field to correct; it is described by the error, which is read with it.
      wachtwoordVeld.current?.select();
    }
  };
  const veld = foutveld(resultaat.error);

  return (
    <main id="inhoud" className="inloggen">
      <div className="inloggen-kaart">
        <h1>
          <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
            <path d="M16 3 30 28H2z" fill="currentColor" />
          </svg>
          Driehoek
        </h1>
        <p>
          Prestatieafspraken wonen, welzijn en zorg: samen opstellen, onderhandelen, ondertekenen en
          evalueren.
        </p>
        <form onSubmit={(e) => void verstuur(e)} noValidate>
          <label htmlFor="email">E-mailadres</label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => zetEmail(e.target.value)}
            required
            aria-invalid={veld === 'input.email' || undefined}
          />
          <label htmlFor="wachtwoord">Wachtwoord</label>
          <input
            ref={wachtwoordVeld}
            id="wachtwoord"
            type="password"
            autoComplete="current-password"
            value={wachtwoord}
            onChange={(e) => zetWachtwoord(e.target.value)}
            required
            aria-invalid={resultaat.error ? true : undefined}
            aria-describedby={resultaat.error ? 'login-fout' : undefined}
          />
          <Fout fout={resultaat.error} id="login-fout" />
          {/* Not disabled while busy: a disabled button loses the keyboard focus to the page. */}
          <button type="submit" className="knop" aria-disabled={resultaat.fetching || undefined}>
            {resultaat.fetching ? 'Bezig met inloggen…' : 'Inloggen'}
          </button>
        </form>
      </div>
      <section className="inloggen-demo" aria-labelledby="demo-kop">
        <h2 id="demo-kop">Demo-accounts</h2>
        <p>
          Wachtwoord voor alle accounts: <code>{DEMO_WACHTWOORD}</code>. Kies een account om het
          formulier in te vullen.
        </p>
        <ul>
          {DEMO_ACCOUNTS.map(({ email: adres, wie }) => (
            <li key={adres}>
              <button
                type="button"
                className="knop-tekst"
                onClick={() => {
                  zetEmail(adres);
                  zetWachtwoord(DEMO_WACHTWOORD);
                }}
              >
                {adres}
              </button>
              <span className="klein"> — {wie}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
