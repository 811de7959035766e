import { useState } from 'react';
import { useMutation } from 'urql';
import { Dialoog, Fout } from '../../components/ui';
import { graphql } from '../../gql';
import type { OnderdeelFase } from '../../gql/graphql';
import { BevestigKnoppen } from '../../components/BevestigKnoppen';

const OPEN_ONDERHANDELING = graphql(`
  mutation OpenOnderhandeling($onderdeelId: ID!) {
    openOnderhandeling(onderdeelId: $onderdeelId) {
      id
      fase
    }
  }
`);

export const FASE_TEKST: Record<OnderdeelFase, string> = {
  OPSTELLEN: 'Opstellen: tekst direct bewerken',
  ONDERHANDELEN: 'Onderhandelen: wijzigingen worden suggesties',
};

/**
 * The phase of a draft onderdeel, for everyone, and for the regie the step into the negotiation,
 * explained and confirmed because it cannot be undone.
 */
export function FaseRegel({
  onderdeelId,
  fase,
  regie,
  onGewijzigd,
}: {
  onderdeelId: string;
  fase: OnderdeelFase;
  regie: boolean;
  onGewijzigd: () => void;
}) {
  const [vragen, zetVragen] = useState(false);
  const [resultaat, open] = useMutation(OPEN_ONDERHANDELING);
  return (
    <div className={`fase fase-${fase.toLowerCase()}`} data-fase={fase}>
      <p className="fase-tekst">
        <strong>{FASE_TEKST[fase]}.</strong>{' '}
        {fase === 'OPSTELLEN'
          ? 'Wie mag schrijven, past de tekst van de afspraken direct aan.'
          : 'Andere partijen aanvaarden of wijzen elke wijziging van de tekst af; een gegeven akkoord blijft staan zolang een suggestie open is.'}
      </p>
      {regie && fase === 'OPSTELLEN' && (
        <button type="button" className="knop-secundair" onClick={() => zetVragen(true)}>
          Onderhandeling openen
        </button>
      )}
      <Dialoog open={vragen} titel="Onderhandeling openen" onSluit={() => zetVragen(false)}>
        <p>
          Vanaf nu wordt elke wijziging in de tekst van een afspraak een suggestie, zichtbaar in de
          tekst met de naam van de partij. De andere ondertekenende partijen aanvaarden of wijzen
          die af. Zo blijft een akkoord dat al gegeven is geldig tot een wijziging is aanvaard.
        </p>
        <p>
          Dit kan niet worden teruggedraaid. Het eerste standpunt van een partij opent de
          onderhandeling ook.
        </p>
        <Fout fout={resultaat.error} />
        <BevestigKnoppen
          tekst="Onderhandeling openen"
          bezig={resultaat.fetching}
          onBevestig={() =>
            void open({ onderdeelId }).then((a) => {
              if (a.error) return;
              zetVragen(false);
              onGewijzigd();
            })
          }
          onAnnuleer={() => zetVragen(false)}
        />
      </Dialoog>
    </div>
  );
}
