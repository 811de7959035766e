import { useState } from 'react';
import { useMutation } from 'urql';
import { doelTekst } from '../../components/Grafiek';
import { StreefwaardeInvoer, alsInvoer, alsTekst } from '../../components/StreefwaardeInvoer';
import { Fout, Leeg } from '../../components/ui';
import { graphql } from '../../gql';
import { jarenVan } from '../../lib/jaren';
import type { Afspraak } from './AfspraakPaneel';
import { HorizonDoelen } from './HorizonDoelen';

const NIEUW = graphql(`
  mutation NieuweStreefwaarde($input: CreateStreefwaardeInput!) {
    createStreefwaarde(input: $input) {
      id
    }
  }
`);
const WIJZIG = graphql(`
  mutation WijzigStreefwaarde($input: UpdateStreefwaardeInput!) {
    updateStreefwaarde(input: $input) {
      id
    }
  }
`);

type Indicator = Afspraak['indicatoren'][number];
type Doel = Indicator['streefwaarden'][number];
/** A place of the afspraak a target can be given for; null: the whole afspraak. */
export type Plaats = Pick<Afspraak['locaties'][number], 'id' | 'naam'> | null;

/** Every target of the indicator: per jaarschijf and horizon, whole and per place. */
const alleDoelen = (i: Indicator): Doel[] => [
  ...i.streefwaarden,
  ...i.streefwaardenPerLocatie,
  ...i.horizondoelen,
];
const voor = (d: Doel, plaats: Plaats) => (d.locatie?.id ?? null) === (plaats?.id ?? null);

export function Streefwaarden({
  indicatoren,
  locaties,
  startjaar,
  eindjaar,
  bewerkbaar,
  onOpgeslagen,
}: {
  indicatoren: Indicator[];
  /** The afspraak's places: with any, a target can be given per place. */
  locaties: NonNullable<Plaats>[];
  startjaar: number;
  eindjaar: number;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  if (indicatoren.length === 0) return <Leeg>Geen indicatoren bij deze afspraak.</Leeg>;
  return (
    <>
      {indicatoren.map((i) => (
        <IndicatorDoelen
          key={i.id}
          indicator={i}
          locaties={locaties}
          startjaar={startjaar}
          eindjaar={eindjaar}
          bewerkbaar={bewerkbaar}
          onOpgeslagen={onOpgeslagen}
        />
      ))}
    </>
  );
}

function IndicatorDoelen({
  indicator: i,
  locaties,
  startjaar,
  eindjaar,
  bewerkbaar,
  onOpgeslagen,
}: {
  indicator: Indicator;
  locaties: NonNullable<Plaats>[];
  startjaar: number;
  eindjaar: number;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  const [plaatsId, zetPlaatsId] = useState('');
  // A place taken off the afspraak falls back to the whole afspraak.
  const plaats: Plaats = locaties.find((l) => l.id === plaatsId) ?? null;
  const jaren = jarenVan(startjaar, eindjaar);
  const keuzeId = `sw-voor-${i.id}`;
  return (
    <div className="streefwaarden">
      <h4>
        {i.naam} <span className="klein">({i.eenheid})</span>
      </h4>
      {locaties.length > 0 && (
        <>
          <PerPlaats indicator={i} locaties={locaties} jaren={jaren} />
          <div className="veld">
            <label htmlFor={keuzeId}>Streefwaarden voor</label>
            <select
              id={keuzeId}
              value={plaats?.id ?? ''}
              onChange={(e) => zetPlaatsId(e.target.value)}
            >
              <option value="">hele afspraak</option>
              {locaties.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.naam}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Jaar</th>
            <th scope="col">Soort</th>
            <th scope="col">Streefwaarde{plaats && ` ${plaats.naam}`}</th>
            {bewerkbaar && (
              <th scope="col">
                <span className="sr-only">Opslaan</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {jaren.map((j) => (
            <StreefRij
              key={`${j}-${plaats?.id ?? ''}-${alleDoelen(i).find((s) => s.jaar === j && voor(s, plaats))?.id ?? ''}`}
              indicator={i}
              jaar={j}
              plaats={plaats}
              bewerkbaar={bewerkbaar}
              onOpgeslagen={onOpgeslagen}
            />
          ))}
        </tbody>
      </table>
      <HorizonDoelen
        key={plaats?.id ?? ''}
        indicator={i}
        plaats={plaats}
        eindjaar={eindjaar}
        bewerkbaar={bewerkbaar}
        onOpgeslagen={onOpgeslagen}
      />
    </div>
  );
}

/**
 * The targets side by side: a row per year (the horizon years after the periode too), a column
 * for the whole afspraak and one per place; shown once any place has a target.
 */
function PerPlaats({
  indicator: i,
  locaties,
  jaren,
}: {
  indicator: Indicator;
  locaties: NonNullable<Plaats>[];
  jaren: number[];
}) {
  const doelen = alleDoelen(i);
  if (!doelen.some((d) => d.locatie)) return null;
  const horizon = [...new Set(i.horizondoelen.map((h) => h.jaar))].sort((a, b) => a - b);
  const kolommen: Plaats[] = [null, ...locaties];
  const cel = (jaar: number, plaats: Plaats) => {
    const d = doelen.find((x) => x.jaar === jaar && voor(x, plaats));
    return d ? doelTekst({ ...d, streefwaarde: d.waarde }) : '–';
  };
  return (
    <div
      className="tabel-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Streefwaarden per plaats: ${i.naam}`}
    >
      <table className="per-plaats">
        <caption className="klein">Streefwaarden per plaats ({i.eenheid})</caption>
        <thead>
          <tr>
            <th scope="col">Jaar</th>
            {kolommen.map((p) => (
              <th key={p?.id ?? ''} scope="col">
                {p?.naam ?? 'Hele afspraak'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...jaren, ...horizon].map((j) => (
            <tr key={j}>
              <th scope="row">
                {j}
                {horizon.includes(j) && ' (horizon)'}
              </th>
              {kolommen.map((p) => (
                <td key={p?.id ?? ''}>{cel(j, p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StreefRij({
  indicator,
  jaar,
  plaats,
  bewerkbaar,
  onOpgeslagen,
  horizon,
}: {
  indicator: Indicator;
  jaar: number;
  /** The place the target is for; null: the whole afspraak. */
  plaats: Plaats;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
  /** A year after the periode: stored as a horizon target. */
  horizon?: boolean;
}) {
  const s = alleDoelen(indicator).find((x) => x.jaar === jaar && voor(x, plaats));
  const [tekst, zetTekst] = useState(() => alsTekst(s));
  const [nieuw, maak] = useMutation(NIEUW);
  const [wijzig, pas] = useMutation(WIJZIG);
  const bewaar = async () => {
    const velden = alsInvoer(tekst);
    const antwoord = s
      ? await pas({ input: { id: s.id, ...velden } })
      : await maak({
          input: { indicatorId: indicator.id, jaar, horizon, locatieId: plaats?.id, ...velden },
        });
    if (!antwoord.error) onOpgeslagen();
  };
  const label = `${indicator.naam} ${jaar}${plaats ? ` ${plaats.naam}` : ''}`;
  return (
    <tr>
      <th scope="row">{jaar}</th>
      <StreefwaardeInvoer
        tekst={tekst}
        onWijzig={(w) => zetTekst({ ...tekst, ...w })}
        rijLabel={label}
        uitgeschakeld={!bewerkbaar}
      >
        <Fout fout={nieuw.error ?? wijzig.error} />
      </StreefwaardeInvoer>
      {bewerkbaar && (
        <td>
          <button
            type="button"
            className="knop-secundair"
            onClick={() => void bewaar()}
            disabled={nieuw.fetching || wijzig.fetching}
          >
            Opslaan<span className="sr-only"> {label}</span>
          </button>
        </td>
      )}
    </tr>
  );
}
