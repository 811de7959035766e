import { useState } from 'react';
import { useMutation } from 'urql';
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
  const jaren = jarenVan(startjaar, eindjaar);
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
          <HorizonDoelen
            indicator={i}
            eindjaar={eindjaar}
            bewerkbaar={bewerkbaar}
            onOpgeslagen={onOpgeslagen}
          />
        </div>
      ))}
    </>
  );
}

export function StreefRij({
  indicator,
  jaar,
  bewerkbaar,
  onOpgeslagen,
  horizon,
}: {
  indicator: Indicator;
  jaar: number;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
  /** A year after the periode: stored as a horizon target. */
  horizon?: boolean;
}) {
  const s = [...indicator.streefwaarden, ...indicator.horizondoelen].find((x) => x.jaar === jaar);
  const [tekst, zetTekst] = useState(() => alsTekst(s));
  const [nieuw, maak] = useMutation(NIEUW);
  const [wijzig, pas] = useMutation(WIJZIG);
  const bewaar = async () => {
    const velden = alsInvoer(tekst);
    const antwoord = s
      ? await pas({ input: { id: s.id, ...velden } })
      : await maak({ input: { indicatorId: indicator.id, jaar, horizon, ...velden } });
    if (!antwoord.error) onOpgeslagen();
  };
  const label = `${indicator.naam} ${jaar}`;
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
