import { useState } from 'react';
import { useMutation } from 'urql';
import { Fout, Leeg } from '../../components/ui';
import { graphql } from '../../gql';
import type { StreefwaardeSoort } from '../../gql/graphql';
import { STREEFWAARDE_SOORT } from '../../lib/labels';
import type { Afspraak } from './AfspraakPaneel';

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

export function Streefwaarden({
  indicatoren,
  startjaar,
  eindjaar,
  bewerkbaar,
  onOpgeslagen,
}: {
  indicatoren: Indicator[];
  startjaar: number;
  eindjaar: number;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  if (indicatoren.length === 0) return <Leeg>Geen indicatoren bij deze afspraak.</Leeg>;
  const jaren = Array.from({ length: eindjaar - startjaar + 1 }, (_, i) => startjaar + i);
  return (
    <>
      {indicatoren.map((i) => (
        <div key={i.id} className="streefwaarden">
          <h4>
            {i.naam} <span className="klein">({i.eenheid})</span>
          </h4>
          <table>
            <thead>
              <tr>
                <th scope="col">Jaar</th>
                <th scope="col">Soort</th>
                <th scope="col">Streefwaarde</th>
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
                  key={`${j}-${i.streefwaarden.find((s) => s.jaar === j)?.id ?? ''}`}
                  indicator={i}
                  jaar={j}
                  bewerkbaar={bewerkbaar}
                  onOpgeslagen={onOpgeslagen}
                />
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

function StreefRij({
  indicator,
  jaar,
  bewerkbaar,
  onOpgeslagen,
}: {
  indicator: Indicator;
  jaar: number;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  const s = indicator.streefwaarden.find((x) => x.jaar === jaar);
  const [soort, zetSoort] = useState<StreefwaardeSoort>(s?.soort ?? 'EXACT');
  const [waarde, zetWaarde] = useState(s?.waarde?.toString() ?? '');
  const [min, zetMin] = useState(s?.min?.toString() ?? '');
  const [max, zetMax] = useState(s?.max?.toString() ?? '');
  const [effect, zetEffect] = useState(s?.effect ?? '');
  const [nieuw, maak] = useMutation(NIEUW);
  const [wijzig, pas] = useMutation(WIJZIG);
  const getal = (t: string) => (t.trim() === '' ? undefined : Number(t.replace(',', '.')));
  const velden = {
    soort,
    waarde: soort === 'EXACT' ? getal(waarde) : undefined,
    min: soort === 'BANDBREEDTE' ? getal(min) : undefined,
    max: soort === 'BANDBREEDTE' ? getal(max) : undefined,
    effect: soort === 'EFFECT' ? effect : undefined,
  };
  const bewaar = async () => {
    const antwoord = s
      ? await pas({ input: { id: s.id, ...velden } })
      : await maak({ input: { indicatorId: indicator.id, jaar, ...velden } });
    if (!antwoord.error) onOpgeslagen();
  };
  const label = `${indicator.naam} ${jaar}`;
  return (
    <tr>
      <th scope="row">{jaar}</th>
      <td>
        <select
          aria-label={`Soort streefwaarde ${label}`}
          value={soort}
          disabled={!bewerkbaar}
          onChange={(e) => zetSoort(e.target.value as StreefwaardeSoort)}
        >
          {Object.entries(STREEFWAARDE_SOORT).map(([w, l]) => (
            <option key={w} value={w}>
              {l}
            </option>
          ))}
        </select>
      </td>
      <td>
        {soort === 'EXACT' && (
          <input
            aria-label={`Streefwaarde ${label}`}
            className="smal"
            inputMode="decimal"
            value={waarde}
            disabled={!bewerkbaar}
            onChange={(e) => zetWaarde(e.target.value)}
          />
        )}
        {soort === 'BANDBREEDTE' && (
          <>
            <input
              aria-label={`Minimum ${label}`}
              className="smal"
              inputMode="decimal"
              value={min}
              disabled={!bewerkbaar}
              onChange={(e) => zetMin(e.target.value)}
            />{' '}
            –{' '}
            <input
              aria-label={`Maximum ${label}`}
              className="smal"
              inputMode="decimal"
              value={max}
              disabled={!bewerkbaar}
              onChange={(e) => zetMax(e.target.value)}
            />
          </>
        )}
        {soort === 'EFFECT' && (
          <input
            aria-label={`Beoogd effect ${label}`}
            value={effect}
            disabled={!bewerkbaar}
            onChange={(e) => zetEffect(e.target.value)}
          />
        )}
        <Fout fout={nieuw.error ?? wijzig.error} />
      </td>
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
