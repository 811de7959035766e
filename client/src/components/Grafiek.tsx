import { mooieStap } from '@gedeeld/as-stap';
import type { IndicatorReeksQuery } from '../gql/graphql';
import { getal } from '../lib/labels';

type Reeks = IndicatorReeksQuery['indicatorReeks'];

const B = 560;
const H = 260;
const M = { links: 56, rechts: 16, boven: 16, onder: 36 };

/** An indicator over the years: nulmeting, streefwaarde or bandwidth, realisatie. Drawn as SVG. */
export function IndicatorGrafiek({ reeks }: { reeks: Reeks }) {
  const jaren = [
    ...new Set([
      ...(reeks.nulmetingJaar != null ? [reeks.nulmetingJaar] : []),
      ...reeks.punten.map((p) => p.jaar),
    ]),
  ].sort((a, b) => a - b);
  const waarden = [
    reeks.nulmetingWaarde,
    ...reeks.punten.flatMap((p) => [p.streefwaarde, p.min, p.max, p.realisatie]),
  ].filter((w): w is number => w != null);
  if (jaren.length === 0 || waarden.length === 0) {
    return <p className="leeg">Nog geen cijfers voor deze indicator.</p>;
  }
  // A round step and an axis from 0 (or the lowest value) to a multiple of it.
  const min = Math.min(0, ...waarden);
  const ruw = (Math.max(...waarden) * 1.05 - min) / 4 || 1;
  const stap = mooieStap(ruw);
  const max = min + Math.ceil((Math.max(...waarden) * 1.05 - min) / stap) * stap || 1;
  const x = (jaar: number) =>
    M.links +
    (jaren.length === 1
      ? (B - M.links - M.rechts) / 2
      : ((jaar - jaren[0]!) / (jaren[jaren.length - 1]! - jaren[0]!)) * (B - M.links - M.rechts));
  const y = (w: number) => M.boven + (1 - (w - min) / (max - min)) * (H - M.boven - M.onder);
  const ticks = Array.from(
    { length: Math.round((max - min) / stap) + 1 },
    (_, i) => min + i * stap,
  );
  const streef = reeks.punten.filter((p) => p.streefwaarde != null);
  const banden = reeks.punten.filter((p) => p.min != null && p.max != null);
  const realisaties = reeks.punten.filter((p) => p.realisatie != null);
  const lijn = (punten: [number, number][]) =>
    punten.map(([a, b], i) => `${i ? 'L' : 'M'}${a},${b}`).join(' ');
  const breedte = jaren.length > 1 ? ((B - M.links - M.rechts) / (jaren.length - 1)) * 0.5 : 40;
  const beschrijving = `${reeks.naam} in ${reeks.eenheid}. ${
    reeks.nulmetingWaarde != null
      ? `Nulmeting ${reeks.nulmetingJaar}: ${getal(reeks.nulmetingWaarde)}. `
      : ''
  }${realisaties.map((p) => `Realisatie ${p.jaar}: ${getal(p.realisatie)}`).join('. ')}`;

  return (
    <figure className="grafiek">
      <svg viewBox={`0 0 ${B} ${H}`} role="img" aria-label={beschrijving}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.links} x2={B - M.rechts} y1={y(t)} y2={y(t)} className="raster" />
            <text x={M.links - 6} y={y(t) + 4} textAnchor="end" className="as">
              {getal(Math.round(t * 100) / 100)}
            </text>
          </g>
        ))}
        {jaren.map((j) => (
          <text key={j} x={x(j)} y={H - M.onder + 20} textAnchor="middle" className="as">
            {j}
          </text>
        ))}
        {banden.map((p) => (
          <rect
            key={`b${p.jaar}`}
            x={x(p.jaar) - breedte / 2}
            width={breedte}
            y={y(p.max!)}
            height={Math.max(2, y(p.min!) - y(p.max!))}
            className="band"
          >
            <title>{`Bandbreedte ${p.jaar}: ${getal(p.min)}–${getal(p.max)}`}</title>
          </rect>
        ))}
        {streef.length > 0 && (
          <path
            d={lijn(streef.map((p) => [x(p.jaar), y(p.streefwaarde!)]))}
            className="lijn-streef"
          />
        )}
        {streef.map((p) => (
          <circle
            key={`s${p.jaar}`}
            cx={x(p.jaar)}
            cy={y(p.streefwaarde!)}
            r={4}
            className="punt-streef"
          >
            <title>{`Streefwaarde ${p.jaar}: ${getal(p.streefwaarde)}`}</title>
          </circle>
        ))}
        {reeks.nulmetingWaarde != null && reeks.nulmetingJaar != null && (
          <rect
            x={x(reeks.nulmetingJaar) - 5}
            y={y(reeks.nulmetingWaarde) - 5}
            width={10}
            height={10}
            className="punt-nul"
          >
            <title>{`Nulmeting ${reeks.nulmetingJaar}: ${getal(reeks.nulmetingWaarde)}`}</title>
          </rect>
        )}
        {realisaties.length > 0 && (
          <path
            d={lijn(realisaties.map((p) => [x(p.jaar), y(p.realisatie!)]))}
            className="lijn-realisatie"
          />
        )}
        {realisaties.map((p) => (
          <circle
            key={`r${p.jaar}`}
            cx={x(p.jaar)}
            cy={y(p.realisatie!)}
            r={6}
            className={`punt-realisatie ${p.opKoers === false ? 'niet-op-koers' : ''}`}
            data-jaar={p.jaar}
          >
            <title>{`Realisatie ${p.jaar}: ${getal(p.realisatie)}${p.opKoers === false ? ' (niet op koers)' : p.opKoers ? ' (op koers)' : ''}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="legenda">
        <span>
          <i className="leg-nul" aria-hidden="true" /> Nulmeting
        </span>
        <span>
          <i className="leg-streef" aria-hidden="true" /> Streefwaarde
        </span>
        <span>
          <i className="leg-band" aria-hidden="true" /> Bandbreedte
        </span>
        <span>
          <i className="leg-realisatie" aria-hidden="true" /> Realisatie
        </span>
      </figcaption>
      <details>
        <summary>Cijfers als tabel</summary>
        <table className="reeks-tabel">
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col">Streefwaarde</th>
              <th scope="col">Realisatie</th>
              <th scope="col">Op koers</th>
              <th scope="col">Bron</th>
            </tr>
          </thead>
          <tbody>
            {reeks.nulmetingJaar != null && (
              <tr>
                <th scope="row">{reeks.nulmetingJaar}</th>
                <td colSpan={4}>Nulmeting: {getal(reeks.nulmetingWaarde)}</td>
              </tr>
            )}
            {reeks.punten.map((p) => (
              <tr key={p.jaar}>
                <th scope="row">{p.jaar}</th>
                <td>
                  {p.soort === 'BANDBREEDTE'
                    ? `${getal(p.min)}–${getal(p.max)}`
                    : p.soort === 'EFFECT'
                      ? p.effect
                      : getal(p.streefwaarde)}
                </td>
                <td className="realisatie-cel">{getal(p.realisatie)}</td>
                <td>{p.opKoers == null ? '–' : p.opKoers ? 'ja' : 'nee'}</td>
                <td>{p.bron ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
