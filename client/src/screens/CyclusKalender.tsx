import { useState } from 'react';
import type { JaarcyclusQuery } from '../gql/graphql';
import { MIJLPAAL, MIJLPAAL_TOESTAND } from '../lib/labels';

type Overzicht = JaarcyclusQuery['jaarcyclus']['items'];

interface Moment {
  dag: string;
  tekst: string;
  soort: 'begin' | 'uiterlijk';
  toestand: string;
}

/** The calendar day of a moment in Dutch time ("2027-06-30"), whatever the browser's zone. */
const DAG = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
const dagVan = (d: Date) => DAG.format(d);
const MAANDNAAM = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric' });
const WEEKDAGEN = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const WEEKDAG_VOLUIT = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
];

/**
 * The steps of the running cycles as moments: a step with a start begins on its first day, and
 * every step must be done by the day before its `tot` (the last day it can be done).
 */
function momenten(overzicht: Overzicht): Moment[] {
  const meer = overzicht.length > 1;
  return overzicht.flatMap((o) =>
    o.cycli.flatMap((c) =>
      c.mijlpalen.flatMap((m) => {
        const wat = `${MIJLPAAL[m.soort]} ${c.jaar}${meer ? ` (${o.titel})` : ''}`;
        const uit: Moment[] = [
          {
            dag: dagVan(new Date(new Date(m.tot).getTime() - 1)),
            tekst: `${m.soort === 'UITVOERING' ? 'Einde' : 'Uiterste dag'}: ${wat}`,
            soort: 'uiterlijk',
            toestand: m.toestand,
          },
        ];
        if (m.van)
          uit.unshift({
            dag: dagVan(new Date(m.van)),
            tekst: `Begin: ${wat}`,
            soort: 'begin',
            toestand: m.toestand,
          });
        return uit;
      }),
    ),
  );
}

/** A month of the three running cycles, with their starts and deadlines on their days. */
export function CyclusKalender({ overzicht }: { overzicht: Overzicht }) {
  const nu = new Date();
  const [maand, zetMaand] = useState({ jaar: nu.getFullYear(), maand: nu.getMonth() });
  const alle = momenten(overzicht);
  const eerste = new Date(Date.UTC(maand.jaar, maand.maand, 1, 12));
  const dagen = new Date(Date.UTC(maand.jaar, maand.maand + 1, 0, 12)).getUTCDate();
  const voor = (eerste.getUTCDay() + 6) % 7; // Monday first
  const sleutel = (d: number) =>
    `${maand.jaar}-${String(maand.maand + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const vandaag = dagVan(nu);
  const cellen: (number | null)[] = [
    ...Array<null>(voor).fill(null),
    ...Array.from({ length: dagen }, (_, i) => i + 1),
  ];
  while (cellen.length % 7) cellen.push(null);
  const weken = Array.from({ length: cellen.length / 7 }, (_, w) => cellen.slice(w * 7, w * 7 + 7));
  const deze = alle
    .filter((m) => m.dag.startsWith(sleutel(1).slice(0, 8)))
    .sort((a, b) => a.dag.localeCompare(b.dag));
  const naam = MAANDNAAM.format(eerste);
  const verschuif = (stap: number) => {
    const d = new Date(Date.UTC(maand.jaar, maand.maand + stap, 1, 12));
    zetMaand({ jaar: d.getUTCFullYear(), maand: d.getUTCMonth() });
  };

  return (
    <section className="cyclus-kalender" aria-labelledby="kalender-kop">
      <div className="formulier-rij kalender-navigatie">
        <button type="button" className="knop-tekst" onClick={() => verschuif(-1)}>
          ← Vorige maand
        </button>
        <h2 id="kalender-kop" aria-live="polite">
          {naam}
        </h2>
        <button type="button" className="knop-tekst" onClick={() => verschuif(1)}>
          Volgende maand →
        </button>
      </div>
      <table className="maand">
        <caption className="sr-only">Kalender van {naam}</caption>
        <thead>
          <tr>
            {WEEKDAGEN.map((d, i) => (
              <th key={d} scope="col">
                <abbr title={WEEKDAG_VOLUIT[i]}>{d}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weken.map((week, w) => (
            <tr key={w}>
              {week.map((d, i) =>
                d == null ? (
                  <td key={i} className="leeg-dag" />
                ) : (
                  <td
                    key={i}
                    className={sleutel(d) === vandaag ? 'vandaag' : undefined}
                    aria-current={sleutel(d) === vandaag ? 'date' : undefined}
                  >
                    <span className="dagnummer">{d}</span>
                    <ul>
                      {alle
                        .filter((m) => m.dag === sleutel(d))
                        .map((m) => (
                          <li
                            key={m.tekst}
                            className={`moment moment-${m.soort} mijlpaal-${m.toestand.toLowerCase()}`}
                          >
                            {m.tekst}
                          </li>
                        ))}
                    </ul>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Deze maand</h3>
      {deze.length === 0 ? (
        <p>Geen termijnen in {naam}.</p>
      ) : (
        <ul className="maand-lijst">
          {deze.map((m) => (
            <li key={`${m.dag}-${m.tekst}`}>
              <strong>
                {new Date(`${m.dag}T12:00:00Z`).toLocaleDateString('nl-NL', {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                })}
              </strong>
              : {m.tekst} <span className="klein">({MIJLPAAL_TOESTAND[m.toestand]})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
