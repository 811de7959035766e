import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { KeuzeVeld, TekstVeld } from '../components/Velden';
import type { EffectOordeel, IndicatorRichting } from '../gql/graphql';
import { EFFECT_OORDEEL, INDICATOR_RICHTING } from '../lib/labels';
import { IndicatorGrafiek } from '../components/Grafiek';
import { Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';
import { DEEL_SOORTEN, isSoort, useGebeurtenissen } from '../lib/gebeurtenissen';
import { AfsprakenKoppelen, NieuweIndicator } from './IndicatorBeheer';

const INDICATOREN = graphql(`
  query Indicatoren($id: ID!) {
    overeenkomst(id: $id) {
      id
      startjaar
      eindjaar
      indicatoren {
        id
        naam
        eenheid
        definitie
        definitieBron
        richting
        afspraken {
          id
          locaties {
            id
            naam
          }
        }
      }
    }
  }
`);

export const REEKS = graphql(`
  query IndicatorReeks($id: ID!) {
    indicatorReeks(indicatorId: $id) {
      indicatorId
      naam
      eenheid
      nulmetingJaar
      nulmetingWaarde
      richting
      punten {
        jaar
        soort
        streefwaarde
        min
        max
        effect
        realisatie
        bron
        oordeel
        toelichting
        tussenstand
        opKoers
        perLocatie {
          locatieId
          soort
        }
      }
      horizon {
        jaar
        soort
        streefwaarde
        min
        max
        effect
      }
    }
  }
`);

const REALISATIES = graphql(`
  query Realisaties($id: ID!) {
    indicator(id: $id) {
      id
      realisaties {
        id
        jaar
      }
      realisatiesPerLocatie {
        id
        jaar
        locatie {
          id
        }
      }
    }
  }
`);

const WIJZIG_RICHTING = graphql(`
  mutation WijzigRichting($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
      richting
    }
  }
`);

const WIJZIG_REALISATIE = graphql(`
  mutation WijzigRealisatie($input: UpdateRealisatieInput!) {
    updateRealisatie(input: $input) {
      id
      waarde
      tussenstand
    }
  }
`);

const REALISATIE = graphql(`
  mutation NieuweRealisatie($input: CreateRealisatieInput!) {
    createRealisatie(input: $input) {
      id
      jaar
      waarde
      tussenstand
    }
  }
`);

export function IndicatorenTab({ overeenkomstId }: { overeenkomstId: string }) {
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: INDICATOREN,
    variables: { id: overeenkomstId },
  });
  // An indicator, streefwaarde or realisatie changed elsewhere: the table and chart follow.
  useGebeurtenissen(overeenkomstId, (g) => {
    if (isSoort(g, DEEL_SOORTEN.indicator)) herlaad({ requestPolicy: 'network-only' });
  });
  const [gekozen, kies] = useState<string | null>(null);
  if (fetching && !data) return <Laden tekst="Indicatoren laden…" />;
  if (!data) return <Fout fout={error} />;
  const indicatoren = data.overeenkomst.indicatoren;
  const nieuw = (
    <NieuweIndicator
      overeenkomstId={overeenkomstId}
      onKlaar={(id) => {
        kies(id);
        herlaad({ requestPolicy: 'network-only' });
      }}
    />
  );
  if (indicatoren.length === 0)
    return (
      <>
        <Leeg>Deze overeenkomst heeft nog geen indicatoren.</Leeg>
        {nieuw}
      </>
    );
  const actief = indicatoren.find((i) => i.id === gekozen) ?? indicatoren[0]!;
  return (
    <>
      {nieuw}
      <div className="indicatoren">
        <nav aria-label="Indicatoren" className="indicator-lijst">
          <ul>
            {indicatoren.map((i) => (
              <li key={i.id}>
                <button
                  type="button"
                  className="knop-lijst"
                  aria-current={i.id === actief.id ? 'true' : undefined}
                  onClick={() => kies(i.id)}
                >
                  {i.naam} <span className="klein">({i.eenheid})</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <IndicatorDetail
          key={actief.id}
          overeenkomstId={overeenkomstId}
          onGekoppeld={() => herlaad({ requestPolicy: 'network-only' })}
          indicator={actief}
          jaren={Array.from(
            { length: data.overeenkomst.eindjaar - data.overeenkomst.startjaar + 1 },
            (_, i) => data.overeenkomst.startjaar + i,
          )}
        />
      </div>
    </>
  );
}

function IndicatorDetail({
  overeenkomstId,
  onGekoppeld,
  indicator,
  jaren,
}: {
  overeenkomstId: string;
  onGekoppeld: () => void;
  indicator: {
    id: string;
    naam: string;
    eenheid: string;
    definitie: string;
    definitieBron?: string | null;
    richting: IndicatorRichting;
    afspraken: { id: string; locaties: { id: string; naam: string }[] }[];
  };
  jaren: number[];
}) {
  const [richting, zetRichting] = useMutation(WIJZIG_RICHTING);
  const [oordeel, zetOordeel] = useState('');
  const [{ data, fetching, error }, opnieuw] = useQuery({
    query: REEKS,
    variables: { id: indicator.id },
  });
  const [nieuw, bewaar] = useMutation(REALISATIE);
  const [wijziging, wijzig] = useMutation(WIJZIG_REALISATIE);
  const [bestaand, herlaadBestaand] = useQuery({
    query: REALISATIES,
    variables: { id: indicator.id },
  });
  const resultaat = {
    fetching: nieuw.fetching || wijziging.fetching,
    error: nieuw.error ?? wijziging.error,
  };
  const [jaar, zetJaar] = useState(String(jaren[0]));
  const [waarde, zetWaarde] = useState('');
  const [bron, zetBron] = useState('');
  const [toelichting, zetToelichting] = useState('');
  const [gelukt, zetGelukt] = useState(false);
  // The places of the afspraken it measures: a realisatie can be given per place.
  const plaatsen = [
    ...new Map(
      indicator.afspraken.flatMap((a) => a.locaties).map((l) => [l.id, l] as const),
    ).values(),
  ];
  const [plaatsId, zetPlaatsId] = useState('');
  const punt = data?.indicatorReeks.punten.find((p) => p.jaar === Number(jaar));
  // Against a described effect, a judgement (bereikt / deels / niet) with its text will do.
  const effect =
    (plaatsId ? punt?.perLocatie.find((p) => p.locatieId === plaatsId)?.soort : punt?.soort) ===
    'EFFECT';
  // One realisatie per year and place: an existing one is corrected.
  const eerder = bestaand.data
    ? [
        ...bestaand.data.indicator.realisaties.map((r) => ({ ...r, locatieId: '' })),
        ...bestaand.data.indicator.realisatiesPerLocatie.map((r) => ({
          ...r,
          locatieId: r.locatie?.id ?? '',
        })),
      ].find((r) => r.jaar === Number(jaar) && r.locatieId === plaatsId)
    : undefined;
  const [jaarOpen, zetJaarOpen] = useState(false);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetGelukt(false);
    const velden = {
      waarde: waarde.trim() === '' ? null : Number(waarde.replace(',', '.')),
      oordeel: effect ? ((oordeel || null) as EffectOordeel | null) : undefined,
      bron: bron || undefined,
      toelichting: toelichting || undefined,
    };
    // The server's clock decides whether the year is over: before that, a tussenstand.
    const antwoord = eerder
      ? await wijzig({ input: { id: eerder.id, ...velden } }).then((a) => ({
          error: a.error,
          tussenstand: a.data?.updateRealisatie.tussenstand ?? false,
        }))
      : await bewaar({
          input: {
            indicatorId: indicator.id,
            jaar: Number(jaar),
            locatieId: plaatsId || undefined,
            ...velden,
          },
        }).then((a) => ({
          error: a.error,
          tussenstand: a.data?.createRealisatie.tussenstand ?? false,
        }));
    if (!antwoord.error) {
      zetJaarOpen(antwoord.tussenstand);
      zetGelukt(true);
      zetWaarde('');
      zetOordeel('');
      opnieuw({ requestPolicy: 'network-only' });
      herlaadBestaand({ requestPolicy: 'network-only' });
    }
  };

  return (
    <section className="indicator-detail" aria-labelledby="indicator-kop">
      <h2 id="indicator-kop">{indicator.naam}</h2>
      <p className="klein">
        {indicator.definitie} {indicator.definitieBron && `(${indicator.definitieBron})`}
      </p>
      <div className="klein indicator-afspraken">
        {indicator.afspraken.length === 0
          ? 'Meet nog geen afspraak.'
          : `Meet ${indicator.afspraken.length === 1 ? '1 afspraak' : `${indicator.afspraken.length} afspraken`}.`}{' '}
        <AfsprakenKoppelen
          overeenkomstId={overeenkomstId}
          indicatorId={indicator.id}
          gekoppeld={indicator.afspraken.map((a) => a.id)}
          onKlaar={onGekoppeld}
        />
      </div>
      {fetching && !data && <Laden />}
      <Fout fout={error} />
      <KeuzeVeld
        id="i-richting"
        label="Richting (bepaalt of een realisatie op koers is)"
        waarde={indicator.richting}
        onKies={(r) =>
          void zetRichting({ input: { id: indicator.id, richting: r as IndicatorRichting } }).then(
            (a) => {
              if (!a.error) opnieuw({ requestPolicy: 'network-only' });
            },
          )
        }
        opties={INDICATOR_RICHTING}
      />
      <Fout fout={richting.error} />
      {data && <IndicatorGrafiek reeks={data.indicatorReeks} />}
      <h3>Realisatie invoeren</h3>
      <form className="formulier-rij" onSubmit={(e) => void verstuur(e)}>
        <KeuzeVeld
          id="r-jaar"
          label="Jaar"
          waarde={jaar}
          onKies={zetJaar}
          opties={jaren.map((j) => ({ waarde: j, label: j }))}
        />
        {plaatsen.length > 0 && (
          <KeuzeVeld
            id="r-plaats"
            label="Voor"
            waarde={plaatsId}
            onKies={zetPlaatsId}
            opties={plaatsen.map((l) => ({ waarde: l.id, label: l.naam }))}
            leeg="hele overeenkomst"
          />
        )}
        {effect && (
          <KeuzeVeld
            id="r-oordeel"
            label="Oordeel over het effect"
            waarde={oordeel}
            onKies={zetOordeel}
            opties={EFFECT_OORDEEL}
            leeg="(geen oordeel)"
          />
        )}
        <TekstVeld
          id="r-waarde"
          label={`Waarde (${indicator.eenheid})${effect ? ', of alleen een oordeel' : ''}`}
          waarde={waarde}
          onWijzig={zetWaarde}
          inputMode="decimal"
          required={!effect}
        />
        <TekstVeld
          id="r-bron"
          label="Bron"
          waarde={bron}
          onWijzig={zetBron}
          placeholder="bijv. jaarverslag"
        />
        <TekstVeld
          id="r-toelichting"
          label="Toelichting"
          waarde={toelichting}
          onWijzig={zetToelichting}
          className="veld veld-breed"
        />
        <button
          type="submit"
          className="knop"
          disabled={resultaat.fetching || (!waarde && !(effect && oordeel))}
        >
          {eerder ? 'Realisatie corrigeren' : 'Realisatie opslaan'}
        </button>
      </form>
      <Fout fout={resultaat.error} />
      {gelukt && (
        <p className="gelukt" role="status">
          Realisatie opgeslagen
          {jaarOpen ? ' als tussenstand: het jaar is nog niet om, dus nog geen eindoordeel' : ''}.
        </p>
      )}
    </section>
  );
}
