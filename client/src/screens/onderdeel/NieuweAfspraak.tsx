import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { TekstVeld } from '../../components/Velden';
import { Dialoog, Fout } from '../../components/ui';
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

/** In the negotiation a new afspraak can also be proposed: the partijen accept it, or not. */
const STEL_VOOR = graphql(`
  mutation StelNieuweAfspraakVoor($input: WijzigingsvoorstelInput!) {
    dienVoorstelIn(input: $input) {
      id
      status
    }
  }
`);

interface Partij {
  id: string;
  naam: string;
}

/**
 * A new afspraak in this onderdeel: the essentials and its type's details; the rest in the side
 * panel. `alsVoorstel`: not added at once but proposed (a NIEUW wijzigingsvoorstel, with a
 * motivering), for the partijen to judge.
 */
export function NieuweAfspraak({
  onderdeelId,
  overeenkomstId,
  partijen,
  startjaar,
  eindjaar,
  alsVoorstel = false,
  onKlaar,
}: {
  onderdeelId: string;
  overeenkomstId: string;
  partijen: Partij[];
  startjaar: number;
  eindjaar: number;
  alsVoorstel?: boolean;
  /** The new afspraak's id, or the proposal's. */
  onKlaar: (id: string) => void;
}) {
  const [{ data }] = useQuery({ query: THEMAS, variables: { overeenkomstId } });
  const [gemaakt, maak] = useMutation(MAAK);
  const [voorgesteld, stelVoor] = useMutation(STEL_VOOR);
  const resultaat = alsVoorstel ? voorgesteld : gemaakt;
  const [motivering, zetMotivering] = useState('');
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
    const afspraak = {
      titel,
      type,
      volwassenheid,
      themaId: thema,
      trekkerId,
      details: typeDetails(type, waarden, trekkerId),
      jaren: jarenVan(startjaar, eindjaar).map((jaar) => ({ jaar })),
    };
    if (alsVoorstel) {
      const antwoord = await stelVoor({
        input: {
          soort: 'NIEUW',
          onderdeelId,
          nieuweAfspraak: afspraak,
          nieuweTekst: tekst,
          motivering,
        },
      });
      if (antwoord.data) onKlaar(antwoord.data.dienVoorstelIn.id);
      return;
    }
    const antwoord = await maak({
      input: { onderdeelId, ...afspraak, tekst: tekst || undefined },
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
        label={alsVoorstel ? 'Voorgestelde tekst' : 'Tekst (kunt u daarna samen verder schrijven)'}
        waarde={tekst}
        onWijzig={zetTekst}
        regels={3}
        required={alsVoorstel}
      />
      {alsVoorstel && (
        <TekstVeld
          id="na-motivering"
          label="Motivering (waarom deze afspraak)"
          waarde={motivering}
          onWijzig={zetMotivering}
          regels={2}
          required
        />
      )}
      <Fout fout={resultaat.error} />
      <button
        type="submit"
        className="knop"
        disabled={
          resultaat.fetching || !titel || !thema || (alsVoorstel && (!tekst || !motivering))
        }
      >
        {alsVoorstel ? 'Afspraak voorstellen' : 'Afspraak toevoegen'}
      </button>
    </form>
  );
}

/** The button and dialog to propose a new afspraak in the negotiation; owns its own state. */
export function NieuwVoorstelKnop(
  props: Omit<Parameters<typeof NieuweAfspraak>[0], 'alsVoorstel' | 'onKlaar'> & {
    onKlaar: () => void;
  },
) {
  const [open, zetOpen] = useState(false);
  return (
    <>
      <button type="button" className="knop-secundair" onClick={() => zetOpen(true)}>
        + Nieuwe afspraak voorstellen
      </button>
      <Dialoog open={open} titel="Nieuwe afspraak voorstellen" onSluit={() => zetOpen(false)}>
        <NieuweAfspraak
          {...props}
          alsVoorstel
          onKlaar={() => {
            zetOpen(false);
            props.onKlaar();
          }}
        />
      </Dialoog>
    </>
  );
}
