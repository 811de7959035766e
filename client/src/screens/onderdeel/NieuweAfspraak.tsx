import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { TekstVeld } from '../../components/Velden';
import { Fout } from '../../components/ui';
import { graphql } from '../../gql';
import { jarenVan } from '../../lib/jaren';
import { AfspraakKernVelden, type AfspraakKern } from './AfspraakVelden';
import { LEGE_TYPE_WAARDEN, TypeDetailsVelden, typeDetails, type TypeWaarden } from './TypeDetails';

const THEMAS = graphql(`
  query NieuweAfspraakThemas($overeenkomstId: ID!) {
    themas(overeenkomstId: $overeenkomstId) {
      id
      naam
      domein {
        id
        naam
      }
    }
  }
`);

const MAAK = graphql(`
  mutation NieuweAfspraak($input: CreateAfspraakInput!) {
    createAfspraak(input: $input) {
      id
      nummer
    }
  }
`);

interface Partij {
  id: string;
  naam: string;
}

/** A new afspraak in this onderdeel: the essentials and its type's details; the rest in the side panel. */
export function NieuweAfspraak({
  onderdeelId,
  overeenkomstId,
  partijen,
  startjaar,
  eindjaar,
  onKlaar,
}: {
  onderdeelId: string;
  overeenkomstId: string;
  partijen: Partij[];
  startjaar: number;
  eindjaar: number;
  onKlaar: (id: string) => void;
}) {
  const [{ data }] = useQuery({ query: THEMAS, variables: { overeenkomstId } });
  const [resultaat, maak] = useMutation(MAAK);
  const [kern, zetKern] = useState<AfspraakKern>({
    titel: '',
    type: 'HANDELING',
    volwassenheid: 'VOORNEMEN',
    themaId: '',
    trekkerId: partijen[0]?.id ?? '',
  });
  const { titel, type, volwassenheid, trekkerId } = kern;
  const [waarden, zetWaarden] = useState<TypeWaarden>({
    ...LEGE_TYPE_WAARDEN,
    tweede: partijen[1]?.id ?? '',
  });
  const [tekst, zetTekst] = useState('');
  const themas = data?.themas.filter((t) => t.domein) ?? [];
  const thema = kern.themaId || themas[0]?.id || '';

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const antwoord = await maak({
      input: {
        onderdeelId,
        titel,
        type,
        volwassenheid,
        themaId: thema,
        trekkerId,
        details: typeDetails(type, waarden, trekkerId),
        tekst: tekst || undefined,
        jaren: jarenVan(startjaar, eindjaar).map((jaar) => ({ jaar })),
      },
    });
    if (antwoord.data) onKlaar(antwoord.data.createAfspraak.id);
  };

  return (
    <form onSubmit={(e) => void verstuur(e)}>
      <AfspraakKernVelden
        id={(veld) => `na-${veld}`}
        kern={{ ...kern, themaId: thema }}
        onWijzig={(w) => zetKern({ ...kern, ...w })}
        themas={themas}
        partijen={partijen}
        titelVerplicht
      />
      <TypeDetailsVelden
        idPrefix="na"
        type={type}
        waarden={waarden}
        onWijzig={zetWaarden}
        partijen={partijen}
      />
      <TekstVeld
        id="na-tekst"
        label="Tekst (kunt u daarna samen verder schrijven)"
        waarde={tekst}
        onWijzig={zetTekst}
        regels={3}
      />
      <Fout fout={resultaat.error} />
      <button type="submit" className="knop" disabled={resultaat.fetching || !titel || !thema}>
        Afspraak toevoegen
      </button>
    </form>
  );
}
