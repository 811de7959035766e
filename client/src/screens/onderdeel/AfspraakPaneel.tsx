import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { KeuzeVeld, TekstVeld } from '../../components/Velden';
import type { Selectie } from '../../components/AfspraakEditor';
import { Badge, Fout, Laden, Leeg } from '../../components/ui';
import { graphql } from '../../gql';
import type { AfspraakQuery, OnderdeelQuery, Oordeel, StandpuntenQuery } from '../../gql/graphql';
import { VOORLOPIG, type VoorlopigStandpunt } from './Standpunten';
import { schrijftVoor, useIk } from '../../lib/ik';
import { OORDEEL, datumTijd } from '../../lib/labels';
import { useNaarOpmerking, useVerwijzing } from '../../lib/verwijzing';
import { foutBijVeld } from '../../lib/fouten';
import { jarenVan } from '../../lib/jaren';
import { BedragenFormulier } from './Bedragen';
import { GegevensFormulier } from './Gegevens';
import { AfspraakLeden } from './AfspraakLeden';
import { AfspraakLocaties } from './AfspraakLocaties';
import { Waarschuwingen } from './Waarschuwingen';
import { Streefwaarden } from './Streefwaarden';
import { FormulierVoet } from '../../components/FormulierVoet';

/** The details of an afspraak and of each of its leden: one selection, so neither lacks a field. */
export const AFSPRAAK_DETAILS = graphql(`
  fragment AfspraakDetailsVelden on AfspraakDetails {
    __typename
    ... on ProcesDetails {
      overlegvorm
      frequentie
      wanneerJaar
      wanneerTekst
      deelnemerIds
    }
    ... on BeschrijvendDetails {
      soort
      omschrijving
    }
    ... on IntentieDetails {
      voorwaarde
      gevolg
    }
    ... on HandelingDetails {
      activiteiten {
        wat
        wanneer
        partijIds
      }
    }
    ... on GarantieDetails {
      wat
      garantstellerIds
      toezeggingen {
        partijId
        wat
      }
      geldigTot
    }
    ... on TransactieDetails {
      posten {
        partijId
        levert
        ontvangt
      }
    }
  }
`);

export const AFSPRAAK = graphql(`
  query Afspraak($id: ID!, $overeenkomstId: ID!) {
    afspraak(id: $id) {
      id
      nummer
      titel
      type
      typeLabel
      tekst
      volwassenheid
      voorwaarden
      doelgroepen
      ...AfspraakNormen
      updatedAt
      thema {
        id
        naam
      }
      trekker {
        id
        naam
      }
      trekkerGroep
      trekkerTekst
      betrokkenen {
        id
        rol
        bijdrage
        kostenaandeel
        partij {
          id
          naam
        }
      }
      bedragen {
        centen
        onbekend
        samenvatting
        frequentie
        jaar
        totJaar
        doel
        gezamenlijk
        betalers {
          partij {
            id
            naam
          }
          centen
          percentage
          deel {
            tekst
          }
        }
        ontvangers {
          id
          naam
        }
        ontvangerOmschrijving
        deel {
          lid
          activiteit
          locatieId
        }
      }
      details {
        ...AfspraakDetailsVelden
      }
      leden {
        letter
        nummer
        tekst
        type
        typeLabel
        details {
          ...AfspraakDetailsVelden
        }
      }
      waarschuwingen {
        code
        tekst
        lid
      }
      locaties {
        id
        soort
        naam
        gemeente {
          id
          naam
        }
      }
      overeenkomst {
        id
        gemeenten {
          id
          naam
        }
      }
      indicatoren {
        id
        naam
        eenheid
        streefwaarden {
          ...AfspraakDoel
        }
        streefwaardenPerLocatie {
          ...AfspraakDoel
        }
        horizondoelen {
          ...AfspraakDoel
        }
      }
    }
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

const OPMERKINGEN = graphql(`
  query Opmerkingen($afspraakId: ID!) {
    opmerkingen(afspraakId: $afspraakId) {
      id
      tekst
      auteur
      datum
      opgelost
      partij {
        id
        naam
      }
      gerichtAan {
        id
        naam
      }
      anker {
        citaat
        huidigeTekst
        verloren
      }
      reacties {
        id
        tekst
        auteur
        datum
        partij {
          id
          naam
        }
      }
    }
  }
`);

const NEEM_STANDPUNT = graphql(`
  mutation NeemStandpunt($input: StandpuntInput!) {
    neemStandpunt(input: $input) {
      id
      oordeel
      toelichting
      verouderd
    }
  }
`);

const PLAATS = graphql(`
  mutation PlaatsOpmerking($input: PlaatsOpmerkingInput!) {
    plaatsOpmerking(input: $input) {
      id
    }
  }
`);

const REAGEER = graphql(`
  mutation Reageer($input: ReageerInput!) {
    reageerOpOpmerking(input: $input) {
      id
    }
  }
`);

const LOS_OP = graphql(`
  mutation LosOp($input: OpmerkingStatusInput!) {
    losOpmerkingOp(input: $input) {
      id
      opgelost
    }
  }
`);

const HEROPEN = graphql(`
  mutation Heropen($input: OpmerkingStatusInput!) {
    heropenOpmerking(input: $input) {
      id
      opgelost
    }
  }
`);

const DIEN_IN = graphql(`
  mutation DienVoorstelIn($input: WijzigingsvoorstelInput!) {
    dienVoorstelIn(input: $input) {
      id
      status
    }
  }
`);

/** What the streefwaarde editor reads of a target: its value and the place it is for. */
export const AFSPRAAK_DOEL = graphql(`
  fragment AfspraakDoel on Streefwaarde {
    id
    jaar
    soort
    waarde
    min
    max
    effect
    locatie {
      id
    }
  }
`);

export type Afspraak = AfspraakQuery['afspraak'];
export type Themas = AfspraakQuery['themas'];
type Onderdeel = OnderdeelQuery['onderdeel'];

interface Props {
  afspraakId: string;
  onderdeel: Onderdeel;
  bewerkbaar: boolean;
  selectie: Selectie | null;
  live: number;
  /** The comment thread the user is looking at (chosen in the text, margin or a message). */
  actieveOpmerking?: string | null;
  /** This afspraak's row of the standpunten matrix (with the optimistic ones). */
  standpunten: StandpuntenQuery['standpunten']['rijen'][number]['cellen'];
  onStandpunt: (
    v: Omit<VoorlopigStandpunt, 'bevestigd'>,
    uitkomst: 'bezig' | 'bevestigd' | 'mislukt',
  ) => void;
  /** The afspraak's open suggestions (the onderdeel's document knows them). */
  suggesties?: ReactNode;
}

export function AfspraakPaneel({
  afspraakId,
  onderdeel,
  bewerkbaar,
  selectie,
  live,
  actieveOpmerking = null,
  standpunten,
  onStandpunt,
  suggesties,
}: Props) {
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: AFSPRAAK,
    variables: { id: afspraakId, overeenkomstId: onderdeel.overeenkomst.id },
  });
  const ik = useIk();
  const schrijf = schrijftVoor(ik);
  const mijnOndertekenaar = onderdeel.ondertekenaars.find((p) => schrijf.has(p.id));
  const deelnemers = onderdeel.overeenkomst.deelnemers.map((d) => d.partij);
  const mijnDeelnemer = deelnemers.find((p) => schrijf.has(p.id));

  if (fetching && !data) return <Laden tekst="Afspraak laden…" />;
  if (!data) return <Fout fout={error} />;
  const a = data.afspraak;
  return (
    <div className="afspraak-paneel">
      <h2>
        {a.nummer} {a.titel}
      </h2>
      <p className="klein">
        {a.typeLabel} · trekker {a.trekkerTekst} · {a.thema.naam}
      </p>
      {mijnOndertekenaar && onderdeel.status === 'CONCEPT' && (
        <StandpuntFormulier
          afspraakId={a.id}
          partijId={mijnOndertekenaar.id}
          partijNaam={mijnOndertekenaar.naam}
          huidig={standpunten.find((c) => c.partij.id === mijnOndertekenaar.id)?.standpunt ?? null}
          onStandpunt={onStandpunt}
        />
      )}
      <Waarschuwingen lijst={a.waarschuwingen} />
      <details className="sectie" open>
        <summary>
          <h3>Gegevens</h3>
        </summary>
        <GegevensFormulier
          key={a.updatedAt}
          afspraak={a}
          themas={data.themas}
          partijen={deelnemers}
          bewerkbaar={bewerkbaar}
          onOpgeslagen={() => herlaad({ requestPolicy: 'network-only' })}
        />
      </details>
      <details className="sectie" open={a.leden.length > 0}>
        <summary>
          <h3>Leden{a.leden.length > 0 && ` (${a.leden.map((l) => l.nummer).join(', ')})`}</h3>
        </summary>
        <AfspraakLeden
          key={a.updatedAt}
          afspraak={a}
          partijen={deelnemers}
          bewerkbaar={bewerkbaar}
          onOpgeslagen={() => herlaad({ requestPolicy: 'network-only' })}
        />
      </details>
      <details className="sectie" open={a.locaties.length > 0}>
        <summary>
          <h3>Plaatsen{a.locaties.length > 0 && ` (${a.locaties.length})`}</h3>
        </summary>
        <AfspraakLocaties
          key={a.updatedAt}
          afspraak={a}
          bewerkbaar={bewerkbaar}
          onOpgeslagen={() => herlaad({ requestPolicy: 'network-only' })}
        />
      </details>
      <details className="sectie">
        <summary>
          <h3>Geld ({a.bedragen.length})</h3>
        </summary>
        <BedragenFormulier
          key={a.updatedAt}
          afspraak={a}
          partijen={deelnemers}
          jaren={jarenVan(onderdeel.overeenkomst.startjaar, onderdeel.overeenkomst.eindjaar)}
          bewerkbaar={bewerkbaar}
          onOpgeslagen={() => herlaad({ requestPolicy: 'network-only' })}
        />
      </details>
      <details className="sectie">
        <summary>
          <h3>Indicatoren en streefwaarden</h3>
        </summary>
        <Streefwaarden
          indicatoren={a.indicatoren}
          locaties={a.locaties}
          startjaar={onderdeel.overeenkomst.startjaar}
          eindjaar={onderdeel.overeenkomst.eindjaar}
          bewerkbaar={bewerkbaar}
          onOpgeslagen={() => herlaad({ requestPolicy: 'network-only' })}
        />
      </details>
      {suggesties}
      <Opmerkingen
        afspraakId={a.id}
        partijId={mijnDeelnemer?.id}
        selectie={selectie}
        live={live}
        partijen={deelnemers}
        actief={actieveOpmerking}
      />
      {mijnOndertekenaar && onderdeel.status === 'CONCEPT' && (
        <VoorstelFormulier afspraakId={a.id} tekst={a.tekst} partijId={mijnOndertekenaar.id} />
      )}
    </div>
  );
}

function StandpuntFormulier({
  afspraakId,
  partijId,
  partijNaam,
  huidig,
  onStandpunt,
}: {
  afspraakId: string;
  partijId: string;
  partijNaam: string;
  huidig: { id: string; oordeel: Oordeel; verouderd: boolean } | null;
  onStandpunt: Props['onStandpunt'];
}) {
  // Nothing chosen beforehand: an akkoord is given on purpose, never by leaving a default.
  const [oordeel, zetOordeel] = useState<Oordeel | null>(null);
  const [toelichting, zetToelichting] = useState('');
  const [resultaat, neem] = useMutation(NEEM_STANDPUNT);
  const [gelukt, zetGelukt] = useState(false);
  const [nietGekozen, zetNietGekozen] = useState(false);
  const [toelichtingOntbreekt, zetToelichtingOntbreekt] = useState(false);
  // The server's refusal of the toelichting stands under that field, not under the button.
  const toelichtingFout = toelichtingOntbreekt
    ? `Vul een toelichting in: bij ‘${OORDEEL[oordeel ?? 'NIET_AKKOORD']!.toLowerCase()}’ is die verplicht.`
    : foutBijVeld(resultaat.error, 'toelichting');
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetGelukt(false);
    zetNietGekozen(!oordeel);
    if (!oordeel) return;
    const zonderToelichting = oordeel !== 'AKKOORD' && !toelichting.trim();
    zetToelichtingOntbreekt(zonderToelichting);
    if (zonderToelichting) return;
    if (resultaat.fetching) return;
    const v = { afspraakId, partijId, oordeel, toelichting: toelichting || undefined };
    onStandpunt(v, 'bezig');
    const antwoord = await neem({ input: v });
    if (antwoord.error) {
      onStandpunt(v, 'mislukt');
    } else {
      zetGelukt(true);
      onStandpunt(v, 'bevestigd');
    }
  };
  return (
    <form className="sectie standpunt-formulier" onSubmit={(e) => void verstuur(e)}>
      <fieldset aria-describedby={nietGekozen ? `st-kies-${afspraakId}` : undefined}>
        <legend>Standpunt van {partijNaam}</legend>
        <p className="klein huidig-standpunt" role="status">
          Huidig standpunt: {huidig ? OORDEEL[huidig.oordeel] : 'nog geen'}
          {huidig?.verouderd && ' (verouderd)'}
          {huidig?.id === VOORLOPIG && ' (wordt opgeslagen…)'}
        </p>
        {(Object.keys(OORDEEL) as Oordeel[]).map((o) => (
          <label key={o} className="keuze">
            <input
              type="radio"
              name={`oordeel-${afspraakId}`}
              value={o}
              checked={oordeel === o}
              onChange={() => {
                zetOordeel(o);
                zetNietGekozen(false);
              }}
            />{' '}
            {OORDEEL[o]}
          </label>
        ))}
        {nietGekozen && <Fout id={`st-kies-${afspraakId}`} fout="Kies eerst een standpunt." />}
      </fieldset>
      {oordeel && oordeel !== 'AKKOORD' && (
        <TekstVeld
          id={`st-toel-${afspraakId}`}
          label="Toelichting (verplicht)"
          waarde={toelichting}
          onWijzig={(waarde) => {
            zetToelichting(waarde);
            zetToelichtingOntbreekt(false);
          }}
          regels={2}
          aria-invalid={!!toelichtingFout || undefined}
          aria-describedby={toelichtingFout ? `st-toel-fout-${afspraakId}` : undefined}
        >
          <Fout fout={toelichtingFout} id={`st-toel-fout-${afspraakId}`} />
        </TekstVeld>
      )}
      <FormulierVoet
        fout={toelichtingFout ? null : resultaat.error}
        bezig={resultaat.fetching}
        opslaan="Standpunt opslaan"
        gelukt={gelukt}
      />
    </form>
  );
}

function Opmerkingen({
  afspraakId,
  partijId,
  selectie,
  live,
  partijen,
  actief,
}: {
  afspraakId: string;
  partijId?: string;
  selectie: Selectie | null;
  live: number;
  partijen: { id: string; naam: string }[];
  actief: string | null;
}) {
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: OPMERKINGEN,
    variables: { afspraakId },
  });
  useEffect(() => {
    if (live > 0) herlaad({ requestPolicy: 'network-only' });
  }, [live, herlaad]);
  const [plaatsing, plaats] = useMutation(PLAATS);
  const [reactie, reageer] = useMutation(REAGEER);
  const [, losOp] = useMutation(LOS_OP);
  const [, heropen] = useMutation(HEROPEN);
  const [tekst, zetTekst] = useState('');
  const [aan, zetAan] = useState('');
  const [metCitaat, zetMetCitaat] = useState(true);
  const [antwoorden, zetAntwoorden] = useState<Record<string, string>>({});
  const [geplaatst, zetGeplaatst] = useState(false);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (plaatsing.fetching) return;
    const antwoord = await plaats({
      input: {
        afspraakId,
        partijId,
        tekst,
        gerichtAanId: aan || undefined,
        anker:
          selectie && metCitaat
            ? { citaat: selectie.citaat, voorkomen: selectie.voorkomen }
            : undefined,
      },
    });
    if (!antwoord.error) {
      // The button goes disabled with the empty field: the focus stays in the form, and it is said.
      document.getElementById(`nieuw-opm-${afspraakId}`)?.focus();
      zetGeplaatst(true);
      zetTekst('');
      herlaad({ requestPolicy: 'network-only' });
    }
  };

  const doel = useVerwijzing().opmerking;
  useNaarOpmerking(doel, !!data);

  return (
    <section className="sectie" aria-labelledby={`opm-${afspraakId}`}>
      <h3 id={`opm-${afspraakId}`}>Opmerkingen</h3>
      {fetching && !data && <Laden />}
      <Fout fout={error} />
      {data && data.opmerkingen.length === 0 && <Leeg>Nog geen opmerkingen.</Leeg>}
      <ul className="opmerkingen">
        {data?.opmerkingen.map((o) => (
          <li
            key={o.id}
            id={`opmerking-${o.id}`}
            // Reached from the text, the margin, a message or a melding: focus lands here.
            tabIndex={-1}
            className={`opmerking ${o.opgelost ? 'opgelost' : ''} ${doel === o.id ? 'opmerking-doel' : ''} ${actief === o.id ? 'opmerking-actief' : ''}`}
          >
            {o.anker && (
              <blockquote className={o.anker.verloren ? 'citaat-verloren' : 'citaat'}>
                {o.anker.verloren
                  ? `“${o.anker.citaat}” (tekst geschrapt)`
                  : `“${o.anker.huidigeTekst}”`}
              </blockquote>
            )}
            <p>{o.tekst}</p>
            <p className="klein">
              {o.auteur} ({o.partij.naam}) · {datumTijd(o.datum)}
              {o.gerichtAan && ` · aan ${o.gerichtAan.naam}`}{' '}
              {o.opgelost && <Badge soort="opgelost">opgelost</Badge>}
            </p>
            {o.reacties.map((r) => (
              <div key={r.id} className="reactie">
                <p>{r.tekst}</p>
                <p className="klein">
                  {r.auteur} ({r.partij.naam}) · {datumTijd(r.datum)}
                </p>
              </div>
            ))}
            {partijId && (
              <div className="opmerking-acties">
                <label className="sr-only" htmlFor={`re-${o.id}`}>
                  Reactie
                </label>
                <input
                  id={`re-${o.id}`}
                  placeholder="Reageren…"
                  value={antwoorden[o.id] ?? ''}
                  onChange={(e) => zetAntwoorden({ ...antwoorden, [o.id]: e.target.value })}
                />
                <button
                  type="button"
                  className="knop-secundair"
                  disabled={!antwoorden[o.id] || reactie.fetching}
                  onClick={() =>
                    void reageer({
                      input: { opmerkingId: o.id, partijId, tekst: antwoorden[o.id]! },
                    }).then((r) => {
                      if (!r.error) {
                        zetAntwoorden({ ...antwoorden, [o.id]: '' });
                        herlaad({ requestPolicy: 'network-only' });
                      }
                    })
                  }
                >
                  Reageer
                </button>
                <button
                  type="button"
                  className="knop-tekst"
                  onClick={() =>
                    void (o.opgelost ? heropen : losOp)({
                      input: { opmerkingId: o.id, partijId },
                    }).then(() => herlaad({ requestPolicy: 'network-only' }))
                  }
                >
                  {o.opgelost ? 'Heropenen' : 'Oplossen'}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Fout fout={reactie.error} />
      {partijId ? (
        <form onSubmit={(e) => void verstuur(e)} className="opmerking-formulier">
          {selectie ? (
            <label className="keuze">
              <input
                type="checkbox"
                checked={metCitaat}
                onChange={(e) => zetMetCitaat(e.target.checked)}
              />{' '}
              Bij de geselecteerde tekst: <q>{selectie.citaat}</q>
            </label>
          ) : (
            <p className="klein">
              Selecteer tekst in de afspraak om uw opmerking daaraan te hechten.
            </p>
          )}
          <TekstVeld
            id={`nieuw-opm-${afspraakId}`}
            label="Nieuwe opmerking"
            waarde={tekst}
            onWijzig={zetTekst}
            regels={2}
          />
          <KeuzeVeld
            id={`opm-aan-${afspraakId}`}
            label="Gericht aan"
            waarde={aan}
            onKies={zetAan}
            opties={partijen.map((p) => ({ waarde: p.id, label: p.naam }))}
            leeg="Iedereen"
          />
          <Fout fout={plaatsing.error} />
          <button
            type="submit"
            className="knop"
            disabled={!tekst}
            aria-disabled={plaatsing.fetching || undefined}
          >
            Opmerking plaatsen
          </button>
          {geplaatst && !tekst && (
            <span className="gelukt" role="status">
              {' '}
              Uw opmerking is geplaatst.
            </span>
          )}
        </form>
      ) : (
        <p className="klein">U kunt hier alleen meelezen.</p>
      )}
    </section>
  );
}

function VoorstelFormulier({
  afspraakId,
  tekst,
  partijId,
}: {
  afspraakId: string;
  tekst: string;
  partijId: string;
}) {
  const [nieuweTekst, zetNieuweTekst] = useState(tekst);
  const [motivering, zetMotivering] = useState('');
  const [resultaat, dienIn] = useMutation(DIEN_IN);
  const [gelukt, zetGelukt] = useState(false);
  const verstuur = async (e: FormEvent, soort: 'WIJZIGING' | 'VERWIJDERING' = 'WIJZIGING') => {
    e.preventDefault();
    zetGelukt(false);
    const antwoord = await dienIn({
      input:
        soort === 'WIJZIGING'
          ? { soort, afspraakId, partijId, nieuweTekst, motivering }
          : { soort, afspraakId, partijId, motivering },
    });
    if (!antwoord.error) {
      zetGelukt(true);
      zetMotivering('');
    }
  };
  return (
    <details className="sectie">
      <summary>
        <h3>Wijziging voorstellen</h3>
      </summary>
      <form onSubmit={(e) => void verstuur(e)}>
        <TekstVeld
          id={`vt-${afspraakId}`}
          label="Voorgestelde tekst"
          waarde={nieuweTekst}
          onWijzig={zetNieuweTekst}
          regels={5}
        />
        <TekstVeld
          id={`vm-${afspraakId}`}
          label="Motivering"
          waarde={motivering}
          onWijzig={zetMotivering}
          regels={2}
          required
        />
        <Fout fout={resultaat.error} />
        <button type="submit" className="knop" disabled={resultaat.fetching || !motivering}>
          Voorstel indienen
        </button>{' '}
        <button
          type="button"
          className="knop-gevaar"
          disabled={resultaat.fetching || !motivering}
          onClick={(e) => void verstuur(e, 'VERWIJDERING')}
        >
          Schrappen voorstellen
        </button>
        {gelukt && (
          <span className="gelukt" role="status">
            {' '}
            Ingediend: de andere ondertekenaars beoordelen het onder Voorstellen.
          </span>
        )}
      </form>
    </details>
  );
}
