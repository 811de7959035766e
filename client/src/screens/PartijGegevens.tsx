import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormulierVoet } from '../components/FormulierVoet';
import { TekstVeld } from '../components/Velden';
import { Fout, Laden } from '../components/ui';
import { graphql } from '../gql';

const GEGEVENS = graphql(`
  query PartijGegevens($id: ID!) {
    partij(id: $id) {
      id
      statutaireNaam
      vestigingsplaats
      kvkNummer
      vertegenwoordiger
      vertegenwoordigerFunctie
    }
  }
`);

const WIJZIG = graphql(`
  mutation WijzigPartijGegevens($input: UpdatePartijInput!) {
    updatePartij(input: $input) {
      id
      statutaireNaam
      vestigingsplaats
      kvkNummer
      vertegenwoordiger
      vertegenwoordigerFunctie
    }
  }
`);

const VELDEN = [
  ['statutaireNaam', 'Statutaire naam', 'bijv. Stichting Woonstichting De Vliet'],
  ['vestigingsplaats', 'Gevestigd te', ''],
  ['kvkNummer', 'KvK-nummer (8 cijfers)', ''],
  ['vertegenwoordiger', 'Vertegenwoordigd door', 'naam van wie tekent'],
  ['vertegenwoordigerFunctie', 'Functie', 'bijv. wethouder Wonen, directeur-bestuurder'],
] as const;

type Veld = (typeof VELDEN)[number][0];

/**
 * The formal data the agreement's "Partijen" section and signature page print ("De
 * ondergetekenden: … gevestigd te …, vertegenwoordigd door …"), kept by the partij's beheerder.
 */
export function PartijGegevens({ partijId, naam }: { partijId: string; naam: string }) {
  const [{ data, fetching, error }] = useQuery({ query: GEGEVENS, variables: { id: partijId } });
  const [resultaat, wijzig] = useMutation(WIJZIG);
  const [waarden, zetWaarden] = useState<Record<Veld, string> | null>(null);
  const [gelukt, zetGelukt] = useState(false);
  useEffect(() => {
    if (data && !waarden)
      zetWaarden(
        Object.fromEntries(VELDEN.map(([k]) => [k, data.partij[k] ?? ''])) as Record<Veld, string>,
      );
  }, [data, waarden]);
  if (fetching && !data) return <Laden tekst="Gegevens laden…" />;
  if (!waarden) return <Fout fout={error} />;
  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    zetGelukt(false);
    const invoer = Object.fromEntries(VELDEN.map(([k]) => [k, waarden[k].trim() || null]));
    const antwoord = await wijzig({ input: { id: partijId, ...invoer } });
    if (!antwoord.error) zetGelukt(true);
  };
  return (
    <form onSubmit={(e) => void opslaan(e)} aria-labelledby={`gegevens-${partijId}`}>
      <h3 id={`gegevens-${partijId}`}>Gegevens voor de overeenkomst</h3>
      <p className="klein">
        Zo staat {naam} in het onderdeel Partijen en op de ondertekeningspagina van elke
        overeenkomst.
      </p>
      {VELDEN.map(([k, label, hint]) => (
        <TekstVeld
          key={k}
          id={`${k}-${partijId}`}
          label={label}
          waarde={waarden[k]}
          onWijzig={(w) => {
            zetGelukt(false);
            zetWaarden({ ...waarden, [k]: w });
          }}
          placeholder={hint || undefined}
          inputMode={k === 'kvkNummer' ? 'numeric' : undefined}
        />
      ))}
      <FormulierVoet
        fout={resultaat.error}
        bezig={resultaat.fetching}
        opslaan="Gegevens opslaan"
        gelukt={gelukt}
      />
    </form>
  );
}
