import { useState } from 'react';
import { useMutation } from 'urql';
import { Fout } from '../../components/ui';
import { graphql } from '../../gql';
import { eigenDoelgroepTekst } from '@gedeeld/normen';
import type { Afspraak } from './AfspraakPaneel';

const ZET_EIGEN_DOELGROEPEN = graphql(`
  mutation ZetEigenDoelgroepen($input: UpdateOvereenkomstInput!) {
    updateOvereenkomst(input: $input) {
      id
      eigenDoelgroepen {
        id
        naam
        omschrijving
        leeftijdVan
        leeftijdTot
      }
    }
  }
`);

type Eigen = Afspraak['overeenkomst']['eigenDoelgroepen'][number];

const leeftijd = (tekst: string) => (tekst.trim() ? Number(tekst) : null);

/**
 * The overeenkomst's own doelgroepen as choices beside the standard ones, and a small form to
 * add one (with an optional age range); adding changes the overeenkomst, which takes regie.
 */
export function EigenDoelgroepenKeuze({
  overeenkomstId,
  eigen,
  gekozen,
  onKies,
  onToegevoegd,
}: {
  overeenkomstId: string;
  eigen: Eigen[];
  gekozen: string[];
  onKies: (ids: string[]) => void;
  onToegevoegd: () => void;
}) {
  const [naam, zetNaam] = useState('');
  const [omschrijving, zetOmschrijving] = useState('');
  const [van, zetVan] = useState('');
  const [tot, zetTot] = useState('');
  const [resultaat, zet] = useMutation(ZET_EIGEN_DOELGROEPEN);

  const voegToe = async () => {
    const antwoord = await zet({
      input: {
        id: overeenkomstId,
        eigenDoelgroepen: [
          ...eigen.map(({ id, naam, omschrijving, leeftijdVan, leeftijdTot }) => ({
            id,
            naam,
            omschrijving,
            leeftijdVan,
            leeftijdTot,
          })),
          {
            naam: naam.trim(),
            omschrijving,
            leeftijdVan: leeftijd(van),
            leeftijdTot: leeftijd(tot),
          },
        ],
      },
    });
    if (!antwoord.error) {
      zetNaam('');
      zetOmschrijving('');
      zetVan('');
      zetTot('');
      onToegevoegd();
    }
  };

  return (
    <fieldset className="keuzes">
      <legend>Eigen doelgroepen van deze overeenkomst</legend>
      {eigen.map((d) => (
        <label key={d.id} className="keuze" title={d.omschrijving}>
          <input
            type="checkbox"
            checked={gekozen.includes(d.id)}
            onChange={(e) =>
              onKies(e.target.checked ? [...gekozen, d.id] : gekozen.filter((x) => x !== d.id))
            }
          />{' '}
          {eigenDoelgroepTekst(d)}
        </label>
      ))}
      <div className="rij">
        <input
          aria-label="Naam nieuwe eigen doelgroep"
          placeholder="Nieuwe doelgroep"
          value={naam}
          onChange={(e) => zetNaam(e.target.value)}
        />
        <input
          aria-label="Omschrijving nieuwe eigen doelgroep"
          placeholder="Omschrijving"
          value={omschrijving}
          onChange={(e) => zetOmschrijving(e.target.value)}
        />
        <input
          aria-label="Leeftijd vanaf"
          placeholder="van"
          inputMode="numeric"
          className="smal"
          value={van}
          onChange={(e) => zetVan(e.target.value)}
        />
        <input
          aria-label="Leeftijd tot en met"
          placeholder="tot"
          inputMode="numeric"
          className="smal"
          value={tot}
          onChange={(e) => zetTot(e.target.value)}
        />
        <button
          type="button"
          className="knop-secundair"
          disabled={!naam.trim() || resultaat.fetching}
          onClick={() => void voegToe()}
        >
          Doelgroep toevoegen
        </button>
      </div>
      <Fout fout={resultaat.error} />
    </fieldset>
  );
}
