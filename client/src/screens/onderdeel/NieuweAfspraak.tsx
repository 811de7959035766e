import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Fout } from '../../components/ui';
import { graphql } from '../../gql';
import type { AfspraakType, Volwassenheid } from '../../gql/graphql';
import { TYPE_LABEL, VOLWASSENHEID } from '../../lib/labels';
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
  const [titel, zetTitel] = useState('');
  const [type, zetType] = useState<AfspraakType>('HANDELING');
  const [volwassenheid, zetVolwassenheid] = useState<Volwassenheid>('VOORNEMEN');
  const [themaId, zetThemaId] = useState('');
  const [trekkerId, zetTrekkerId] = useState(partijen[0]?.id ?? '');
  const [waarden, zetWaarden] = useState<TypeWaarden>({
    ...LEGE_TYPE_WAARDEN,
    tweede: partijen[1]?.id ?? '',
  });
  const [tekst, zetTekst] = useState('');
  const themas = data?.themas.filter((t) => t.domein) ?? [];
  const thema = themaId || themas[0]?.id || '';

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
        jaren: Array.from({ length: eindjaar - startjaar + 1 }, (_, i) => ({
          jaar: startjaar + i,
        })),
      },
    });
    if (antwoord.data) onKlaar(antwoord.data.createAfspraak.id);
  };

  return (
    <form onSubmit={(e) => void verstuur(e)}>
      <div className="veld">
        <label htmlFor="na-titel">Titel</label>
        <input id="na-titel" value={titel} onChange={(e) => zetTitel(e.target.value)} required />
      </div>
      <div className="raster-velden">
        <div className="veld">
          <label htmlFor="na-type">Type</label>
          <select
            id="na-type"
            value={type}
            onChange={(e) => zetType(e.target.value as AfspraakType)}
          >
            {Object.entries(TYPE_LABEL).map(([w, l]) => (
              <option key={w} value={w}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor="na-volw">Volwassenheid</label>
          <select
            id="na-volw"
            value={volwassenheid}
            onChange={(e) => zetVolwassenheid(e.target.value as Volwassenheid)}
          >
            {Object.entries(VOLWASSENHEID).map(([w, l]) => (
              <option key={w} value={w}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor="na-thema">Thema</label>
          <select id="na-thema" value={thema} onChange={(e) => zetThemaId(e.target.value)}>
            {themas.map((t) => (
              <option key={t.id} value={t.id}>
                {t.domein?.naam} – {t.naam}
              </option>
            ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor="na-trekker">Trekker</label>
          <select id="na-trekker" value={trekkerId} onChange={(e) => zetTrekkerId(e.target.value)}>
            {partijen.map((p) => (
              <option key={p.id} value={p.id}>
                {p.naam}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TypeDetailsVelden
        idPrefix="na"
        type={type}
        waarden={waarden}
        onWijzig={zetWaarden}
        partijen={partijen}
      />
      <div className="veld">
        <label htmlFor="na-tekst">Tekst (kunt u daarna samen verder schrijven)</label>
        <textarea id="na-tekst" rows={3} value={tekst} onChange={(e) => zetTekst(e.target.value)} />
      </div>
      <Fout fout={resultaat.error} />
      <button type="submit" className="knop" disabled={resultaat.fetching || !titel || !thema}>
        Afspraak toevoegen
      </button>
    </form>
  );
}
