import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { KeuzeVeld, TekstVeld } from '../components/Velden';
import { Fout } from '../components/ui';
import { graphql } from '../gql';
import type { IndicatorRichting } from '../gql/graphql';
import { foutmelding, foutveld } from '../lib/fouten';
import { INDICATOR_RICHTING } from '../lib/labels';
import { BevestigKnoppen } from '../components/BevestigKnoppen';

const AFSPRAKEN = graphql(`
  query IndicatorAfspraken($id: ID!) {
    overeenkomst(id: $id) {
      id
      afspraken {
        id
        nummer
        titel
        onderdeel {
          id
          titel
        }
      }
    }
  }
`);

const NIEUW = graphql(`
  mutation NieuweIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
      naam
    }
  }
`);

const KOPPEL = graphql(`
  mutation KoppelIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
      afspraken {
        id
      }
    }
  }
`);

/** The afspraken of the overeenkomst as checkboxes: which ones an indicator measures. */
function AfspraakKeuze({
  overeenkomstId,
  gekozen,
  onWijzig,
  legend,
}: {
  overeenkomstId: string;
  gekozen: string[];
  onWijzig: (ids: string[]) => void;
  legend: string;
}) {
  const [{ data }] = useQuery({ query: AFSPRAKEN, variables: { id: overeenkomstId } });
  const afspraken = data?.overeenkomst.afspraken ?? [];
  // Numbers restart per onderdeel ("1.1" in the hoofddocument and in a bijlage): grouped by it.
  const onderdelen = [...new Map(afspraken.map((a) => [a.onderdeel.id, a.onderdeel])).values()];
  return (
    <fieldset className="afspraak-keuze">
      <legend>{legend}</legend>
      {onderdelen.map((o) => (
        <fieldset key={o.id} className="kaal">
          <legend className="klein">{o.titel}</legend>
          {afspraken
            .filter((a) => a.onderdeel.id === o.id)
            .map((a) => (
              <label key={a.id} className="keuze">
                <input
                  type="checkbox"
                  checked={gekozen.includes(a.id)}
                  onChange={(e) =>
                    onWijzig(
                      e.target.checked ? [...gekozen, a.id] : gekozen.filter((x) => x !== a.id),
                    )
                  }
                />{' '}
                {a.nummer} {a.titel}
              </label>
            ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

/** A new indicator: what is measured, in which unit, by which definition, and for which afspraken. */
export function NieuweIndicator({
  overeenkomstId,
  onKlaar,
}: {
  overeenkomstId: string;
  onKlaar: (id: string) => void;
}) {
  const [open, zetOpen] = useState(false);
  const [naam, zetNaam] = useState('');
  const [eenheid, zetEenheid] = useState('');
  const [definitie, zetDefinitie] = useState('');
  const [bron, zetBron] = useState('');
  const [nulmeting, zetNulmeting] = useState('');
  const [nulmetingJaar, zetNulmetingJaar] = useState('');
  const [richting, zetRichting] = useState<IndicatorRichting>('HOGER_IS_BETER');
  const [afspraakIds, zetAfspraakIds] = useState<string[]>([]);
  const [resultaat, maak] = useMutation(NIEUW);
  if (!open)
    return (
      <button type="button" className="knop-secundair" onClick={() => zetOpen(true)}>
        + Nieuwe indicator
      </button>
    );
  const veld = foutveld(resultaat.error);
  const fout = (pad: string) =>
    veld === pad ? <span className="fout">{foutmelding(resultaat.error)}</span> : null;
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const getal = (t: string) => (t.trim() === '' ? null : Number(t.replace(',', '.')));
    const antwoord = await maak({
      input: {
        overeenkomstId,
        naam,
        eenheid,
        definitie: definitie || undefined,
        definitieBron: bron || undefined,
        nulmetingWaarde: getal(nulmeting),
        nulmetingJaar: getal(nulmetingJaar),
        richting,
        afspraakIds,
      },
    });
    if (antwoord.data) {
      zetOpen(false);
      onKlaar(antwoord.data.createIndicator.id);
    }
  };
  return (
    <form className="kaart" aria-labelledby="ni-kop" onSubmit={(e) => void verstuur(e)}>
      <h3 id="ni-kop">Nieuwe indicator</h3>
      <div className="raster-velden">
        <TekstVeld id="ni-naam" label="Naam" waarde={naam} onWijzig={zetNaam} required>
          {fout('input.naam')}
        </TekstVeld>
        <TekstVeld
          id="ni-eenheid"
          label="Eenheid"
          placeholder="bijv. woningen"
          waarde={eenheid}
          onWijzig={zetEenheid}
          required
        >
          {fout('input.eenheid')}
        </TekstVeld>
        <KeuzeVeld
          id="ni-richting"
          label="Richting"
          waarde={richting}
          onKies={(r) => zetRichting(r as IndicatorRichting)}
          opties={INDICATOR_RICHTING}
        />
        <TekstVeld
          id="ni-nulmeting"
          label="Nulmeting (waarde)"
          waarde={nulmeting}
          onWijzig={zetNulmeting}
          inputMode="decimal"
        >
          {fout('input.nulmetingWaarde')}
        </TekstVeld>
        <TekstVeld
          id="ni-nulmetingjaar"
          label="Nulmeting (jaar)"
          waarde={nulmetingJaar}
          onWijzig={zetNulmetingJaar}
          inputMode="numeric"
        >
          {fout('input.nulmetingJaar')}
        </TekstVeld>
      </div>
      <TekstVeld
        id="ni-definitie"
        label="Definitie (wat telt mee)"
        waarde={definitie}
        onWijzig={zetDefinitie}
        regels={2}
      />
      <TekstVeld
        id="ni-bron"
        label="Bron van de definitie (bijv. BZK 2023)"
        waarde={bron}
        onWijzig={zetBron}
      />
      <AfspraakKeuze
        overeenkomstId={overeenkomstId}
        gekozen={afspraakIds}
        onWijzig={zetAfspraakIds}
        legend="Meet de afspraken"
      />
      {veld !== undefined && !['input.naam', 'input.eenheid'].includes(veld) && (
        <Fout fout={resultaat.error} />
      )}
      {veld === undefined && <Fout fout={resultaat.error} />}
      <BevestigKnoppen
        tekst="Indicator toevoegen"
        bezig={resultaat.fetching}
        onAnnuleer={() => zetOpen(false)}
      />
    </form>
  );
}

/** Which afspraken an existing indicator measures, changed in one save. */
export function AfsprakenKoppelen({
  overeenkomstId,
  indicatorId,
  gekoppeld,
  onKlaar,
}: {
  overeenkomstId: string;
  indicatorId: string;
  gekoppeld: string[];
  onKlaar: () => void;
}) {
  const [open, zetOpen] = useState(false);
  const [gekozen, zetGekozen] = useState(gekoppeld);
  const [resultaat, koppel] = useMutation(KOPPEL);
  if (!open)
    return (
      <button
        type="button"
        className="knop-tekst"
        onClick={() => {
          zetGekozen(gekoppeld);
          zetOpen(true);
        }}
      >
        Afspraken koppelen
      </button>
    );
  return (
    <form
      className="kaart"
      aria-label="Afspraken koppelen"
      onSubmit={(e) => {
        e.preventDefault();
        void koppel({ input: { id: indicatorId, afspraakIds: gekozen } }).then((a) => {
          if (!a.error) {
            zetOpen(false);
            onKlaar();
          }
        });
      }}
    >
      <AfspraakKeuze
        overeenkomstId={overeenkomstId}
        gekozen={gekozen}
        onWijzig={zetGekozen}
        legend="Deze indicator meet de afspraken"
      />
      <Fout fout={resultaat.error} />
      <BevestigKnoppen
        tekst="Koppelingen opslaan"
        bezig={resultaat.fetching}
        onAnnuleer={() => zetOpen(false)}
      />
    </form>
  );
}
