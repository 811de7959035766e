import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { KeuzeVeld, TekstVeld } from '../../components/Velden';
import { graphql } from '../../gql';
import type { LocatieSoort } from '../../gql/graphql';
import { LOCATIE_SOORT_LABEL } from '../../lib/labels';
import type { Afspraak } from './AfspraakPaneel';
import { FormulierVoet } from '../../components/FormulierVoet';

const BEWAAR_LOCATIES = graphql(`
  mutation BewaarLocaties($input: UpdateAfspraakInput!) {
    updateAfspraak(input: $input) {
      id
    }
  }
`);

interface PlaatsRij {
  soort: LocatieSoort;
  naam: string;
  gemeenteId: string;
}

/**
 * The places an afspraak applies to (complex, wijk, kern, gemeente, adres), saved on their own as
 * the whole list. A name the overeenkomst already knows is the same place, so figures per place
 * keep pointing at it; in a regional agreement each place names its gemeente.
 */
export function AfspraakLocaties({
  afspraak: a,
  bewerkbaar,
  onOpgeslagen,
}: {
  afspraak: Afspraak;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  const gemeenten = a.overeenkomst.gemeenten;
  const regionaal = gemeenten.length > 1;
  const [rijen, zetRijen] = useState<PlaatsRij[]>(
    a.locaties.map((l) => ({ soort: l.soort, naam: l.naam, gemeenteId: l.gemeente?.id ?? '' })),
  );
  const [resultaat, bewaar] = useMutation(BEWAAR_LOCATIES);
  const [gelukt, zetGelukt] = useState(false);
  const wijzig = (i: number, w: Partial<PlaatsRij>) =>
    zetRijen(rijen.map((r, j) => (j === i ? { ...r, ...w } : r)));

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetGelukt(false);
    const antwoord = await bewaar({
      input: {
        id: a.id,
        locaties: rijen.map((r) => ({
          soort: r.soort,
          naam: r.naam.trim() || null,
          gemeenteId: r.gemeenteId || null,
        })),
      },
    });
    if (!antwoord.error) {
      zetGelukt(true);
      onOpgeslagen();
    }
  };

  return (
    <form onSubmit={(e) => void verstuur(e)} className="locaties">
      <fieldset disabled={!bewerkbaar} className="kaal">
        {rijen.length === 0 && (
          <p className="klein">
            De afspraak geldt voor de hele overeenkomst.
            {bewerkbaar &&
              ' Noem plaatsen als de afspraak over bepaalde complexen, wijken, kernen of (in een regionale overeenkomst) gemeenten gaat.'}
          </p>
        )}
        {rijen.map((r, i) => {
          const id = (veld: string) => `locatie-${a.id}-${i}-${veld}`;
          return (
            <fieldset key={i} className="lid">
              <legend>Plaats {i + 1}</legend>
              <KeuzeVeld
                id={id('soort')}
                label="Soort plaats"
                waarde={r.soort}
                onKies={(soort) => wijzig(i, { soort: soort as LocatieSoort })}
                opties={LOCATIE_SOORT_LABEL}
              />
              <TekstVeld
                id={id('naam')}
                label={r.soort === 'GEMEENTE' ? 'Naam (leeg: de naam van de gemeente)' : 'Naam'}
                waarde={r.naam}
                onWijzig={(naam) => wijzig(i, { naam })}
                required={r.soort !== 'GEMEENTE'}
              />
              {regionaal && (
                <KeuzeVeld
                  id={id('gemeente')}
                  label="Gemeente"
                  waarde={r.gemeenteId}
                  onKies={(gemeenteId) => wijzig(i, { gemeenteId })}
                  opties={gemeenten.map((g) => ({ waarde: g.id, label: g.naam }))}
                  leeg="(geen gemeente)"
                  required={r.soort === 'GEMEENTE'}
                />
              )}
              <button
                type="button"
                className="knop-tekst"
                onClick={() => zetRijen(rijen.filter((_, j) => j !== i))}
              >
                Plaats {i + 1} verwijderen
              </button>
            </fieldset>
          );
        })}
        <FormulierVoet
          fout={resultaat.error}
          bezig={resultaat.fetching}
          opslaan="Plaatsen opslaan"
          gelukt={gelukt}
          bewerkbaar={bewerkbaar}
          toevoegen={{
            label: 'Plaats toevoegen',
            onClick: () => zetRijen([...rijen, { soort: 'KERN', naam: '', gemeenteId: '' }]),
          }}
        />
      </fieldset>
    </form>
  );
}
