import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Dialoog, Fout } from '../components/ui';
import { graphql } from '../gql';
import { STATUS_SOORTEN, isSoort, useGebeurtenissen } from '../lib/gebeurtenissen';
import { datum } from '../lib/labels';
import { BevestigKnoppen } from '../components/BevestigKnoppen';

const STAND = graphql(`
  query PublicatieStand($overeenkomstId: ID!) {
    publicatie(overeenkomstId: $overeenkomstId) {
      id
      slug
      pagina
      json
      gepubliceerdOp
      actief
      ingetrokkenOp
      intrekReden
      verouderd
    }
    magPubliceren(overeenkomstId: $overeenkomstId) {
      mag
      reden
      code
    }
  }
`);

const PUBLICEER = graphql(`
  mutation PubliceerOvereenkomst($input: PubliceerInput!) {
    publiceerOvereenkomst(input: $input) {
      id
      pagina
    }
  }
`);

const TREK_IN = graphql(`
  mutation TrekPublicatieIn($input: TrekPublicatieInInput!) {
    trekPublicatieIn(input: $input) {
      id
      actief
    }
  }
`);

/**
 * Publication under the Woo: everyone taking part sees whether and where the signed agreement is
 * public; the regie publishes it (after a confirmation that says what becomes public and what
 * does not), publishes again after a signed addendum, or withdraws it with a reason.
 */
export function WooPublicatie({
  overeenkomstId,
  regie,
}: {
  overeenkomstId: string;
  regie: boolean;
}) {
  const [{ data, error }, herlaad] = useQuery({ query: STAND, variables: { overeenkomstId } });
  const [publicatie, publiceer] = useMutation(PUBLICEER);
  const [intrekking, trekIn] = useMutation(TREK_IN);
  const [vraag, zetVraag] = useState<'publiceren' | 'intrekken' | null>(null);
  const [reden, zetReden] = useState('');
  const opnieuw = () => herlaad({ requestPolicy: 'network-only' });
  useGebeurtenissen(overeenkomstId, (g) => {
    if (isSoort(g, ['PUBLICATIE', ...STATUS_SOORTEN])) opnieuw();
  });
  const p = data?.publicatie;
  const mag = data?.magPubliceren;
  const sluit = () => {
    zetVraag(null);
    zetReden('');
  };
  const bevestigPubliceren = async () => {
    const antwoord = await publiceer({ input: { overeenkomstId } });
    if (!antwoord.error) {
      sluit();
      opnieuw();
    }
  };
  const bevestigIntrekken = async (e: FormEvent) => {
    e.preventDefault();
    const antwoord = await trekIn({ input: { overeenkomstId, reden } });
    if (!antwoord.error) {
      sluit();
      opnieuw();
    }
  };
  const knopTekst = p?.actief ? 'Publicatie bijwerken (Woo)' : 'Publiceren (Woo)';
  return (
    <div className="woo">
      <h3>Openbaar maken (Woo)</h3>
      <Fout fout={error} />
      {p?.actief && (
        <p>
          Gepubliceerd op {datum(p.gepubliceerdOp)}:{' '}
          <a href={p.pagina} target="_blank" rel="noreferrer">
            openbare pagina
          </a>{' '}
          (ook als <a href={p.json}>open data</a>).
          {p.verouderd && ' Er is sindsdien een nieuwere versie ondertekend.'}
        </p>
      )}
      {p && !p.actief && (
        <p>
          Ingetrokken op {datum(p.ingetrokkenOp)}: {p.intrekReden}
        </p>
      )}
      {!p && <p className="klein">Niet gepubliceerd.</p>}
      {regie && mag && !mag.mag && mag.code !== 'AL_GEPUBLICEERD' && (
        <p className="klein">{mag.reden}</p>
      )}
      {regie && (
        <div className="formulier-rij">
          {mag?.mag && (
            <button type="button" className="knop-secundair" onClick={() => zetVraag('publiceren')}>
              {knopTekst}
            </button>
          )}
          {p?.actief && (
            <button type="button" className="knop-tekst" onClick={() => zetVraag('intrekken')}>
              Publicatie intrekken
            </button>
          )}
        </div>
      )}
      <Dialoog open={vraag === 'publiceren'} titel={knopTekst} onSluit={sluit}>
        <p>
          De laatst ondertekende versie van elk onderdeel wordt openbaar, zonder inloggen: de
          afspraken per thema met hun streefwaarden, de ondertekenaars en data, het Word-document en
          de gegevens als JSON.
        </p>
        <p>
          Niet openbaar worden: standpunten, opmerkingen, voorstellen, suggesties, concepten, het
          logboek en de leden. Latere wijzigingen komen pas na opnieuw publiceren op de pagina.
        </p>
        <Fout fout={publicatie.error} />
        <BevestigKnoppen
          tekst="Ja, publiceren"
          bezig={publicatie.fetching}
          onBevestig={() => void bevestigPubliceren()}
          onAnnuleer={sluit}
        />
      </Dialoog>
      <Dialoog open={vraag === 'intrekken'} titel="Publicatie intrekken" onSluit={sluit}>
        <form onSubmit={(e) => void bevestigIntrekken(e)}>
          <p>
            De openbare pagina, het Word-document en de JSON zijn daarna niet meer te vinden. De
            reden komt in het logboek.
          </p>
          <div className="veld">
            <label htmlFor="intrek-reden">Reden van intrekken</label>
            <textarea
              id="intrek-reden"
              required
              maxLength={2000}
              value={reden}
              onChange={(e) => zetReden(e.target.value)}
            />
          </div>
          <Fout fout={intrekking.error} />
          <BevestigKnoppen
            tekst="Intrekken"
            gevaar
            bezig={intrekking.fetching}
            uit={!reden.trim()}
            onAnnuleer={sluit}
          />
        </form>
      </Dialoog>
    </div>
  );
}
