import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Fout, Laden } from '../components/ui';
import { graphql } from '../gql';
import { leesAlsBase64 } from '../lib/bestand';

const LOGO = graphql(`
  query PartijLogo($id: ID!) {
    partij(id: $id) {
      id
      logo {
        dataUrl
        breedte
        hoogte
        sha256
      }
    }
  }
`);

const ZET = graphql(`
  mutation ZetPartijLogo($input: PartijLogoInput!) {
    zetPartijLogo(input: $input) {
      sha256
    }
  }
`);

const VERWIJDER = graphql(`
  mutation VerwijderPartijLogo($input: IdInput!) {
    verwijderPartijLogo(input: $input)
  }
`);

/**
 * The partij's logo on the cover of its agreements and on their public page: shown, replaced or
 * removed by its beheerder. The server checks what the file is; `accept` only narrows the picker.
 */
export function PartijLogo({ partijId, naam }: { partijId: string; naam: string }) {
  const [{ data, fetching, error }, opnieuw] = useQuery({
    query: LOGO,
    variables: { id: partijId },
  });
  const [upload, zet] = useMutation(ZET);
  const [verwijdering, verwijder] = useMutation(VERWIJDER);
  const [bestand, zetBestand] = useState<File | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [invoerSleutel, zetInvoerSleutel] = useState(0);
  if (fetching && !data) return <Laden tekst="Logo laden…" />;
  const logo = data?.partij.logo ?? null;
  const ververs = (tekst: string) => {
    zetMelding(tekst);
    zetBestand(null);
    zetInvoerSleutel((k) => k + 1);
    opnieuw({ requestPolicy: 'network-only' });
  };
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (!bestand) return;
    zetMelding(null);
    const antwoord = await zet({
      input: { partijId, logo: await leesAlsBase64(bestand) },
    });
    if (!antwoord.error) ververs('Logo opgeslagen.');
  };
  const veld = `logo-${partijId}`;
  return (
    <form
      className="partij-logo"
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby={`logo-kop-${partijId}`}
    >
      <h3 id={`logo-kop-${partijId}`}>Logo</h3>
      <p className="klein">
        Staat op het voorblad van elke overeenkomst van {naam} en op de openbare pagina van een
        gepubliceerde overeenkomst. PNG of JPEG, hoogstens 512 KB.
      </p>
      <Fout fout={error} />
      <div className="partij-logo-voorbeeld">
        {logo ? (
          <img src={logo.dataUrl} alt={`Logo ${naam}`} width={logo.breedte} height={logo.hoogte} />
        ) : (
          <p className="klein">Nog geen logo.</p>
        )}
      </div>
      <div className="veld">
        <label htmlFor={veld}>{logo ? 'Ander logo kiezen' : 'Logo kiezen'}</label>
        <input
          key={invoerSleutel}
          id={veld}
          type="file"
          accept="image/png,image/jpeg"
          onChange={(e) => {
            zetMelding(null);
            zetBestand(e.target.files?.[0] ?? null);
          }}
        />
      </div>
      <Fout fout={upload.error ?? verwijdering.error} />
      <div className="formulier-rij">
        <button type="submit" className="knop-secundair" disabled={!bestand || upload.fetching}>
          Logo uploaden
        </button>
        {logo && (
          <button
            type="button"
            className="knop-tekst"
            disabled={verwijdering.fetching}
            onClick={() =>
              void verwijder({ input: { id: partijId } }).then(
                (a) => !a.error && ververs('Logo verwijderd.'),
              )
            }
          >
            Logo verwijderen
          </button>
        )}
      </div>
      {melding && (
        <p className="gelukt" role="status">
          {melding}
        </p>
      )}
    </form>
  );
}
