import { mooieStap } from '@gedeeld/as-stap';
import type { IndicatorReeksQuery } from '../gql/graphql';
import { EFFECT_OORDEEL, getal } from '../lib/labels';

type Reeks = IndicatorReeksQuery['indicatorReeks'];
type Punt = Reeks['punten'][number];

/** The target of a year as text: "45", "40–50", "ten minste 70", "hoogstens 6" or the effect. */
export function doelTekst(
  p: Pick<Punt, 'soort' | 'streefwaarde' | 'min' | 'max' | 'effect'>,
): string {
  if (p.soort === 'BANDBREEDTE') return `${getal(p.min)}–${getal(p.max)}`;
  if (p.soort === 'MINIMAAL') return `ten minste ${getal(p.min)}`;
  if (p.soort === 'MAXIMAAL') return `hoogstens ${getal(p.max)}`;
  if (p.soort === 'EFFECT') return p.effect ?? '';
  return getal(p.streefwaarde);
}

const B = 560;
const H = 260;
const M = { links: 56, rechts: 16, boven: 16, onder: 36 };

/** An indicator over the years: nulmeting, streefwaarde or bandwidth, realisatie. Drawn as SVG. */
export function IndicatorGrafiek({ reeks }: { reeks: Reeks }) {
  // Horizon targets (after the periode) are drawn as years of their own, without realisatie.
  const horizon: Punt[] = reeks.horizon.map((h) => ({
    ...h,
    realisatie: null,
    bron: null,
    oordeel: null,
    toelichting: null,
    tussenstand: false,
    opKoers: null,
    perLocatie: [],
  }));
  const punten = [...reeks.punten, ...horizon];
  const jaren = [
    ...new Set([
      ...(reeks.nulmetingJaar != null ? [reeks.nulmetingJaar] : []),
      ...punten.map((p) => p.jaar),
    ]),
  ].sort((a, b) => a - b);
  const waarden = [
    reeks.nulmetingWaarde,
    ...punten.flatMap((p) => [p.streefwaarde, p.min, p.max, p.realisatie]),
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
  const streef = punten.filter((p) => p.streefwaarde != null);
  // An open bandwidth (ten minste / hoogstens) runs to the edge of the chart on its open side.
  const banden = punten
    .filter((p) => p.min != null || p.max != null)
    .map((p) => ({ jaar: p.jaar, soort: p.soort, onder: p.min ?? min, boven: p.max ?? max, p }));
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
        {banden.map((b) => (
          <rect
            key={`b${b.jaar}`}
            x={x(b.jaar) - breedte / 2}
            width={breedte}
            y={y(b.boven)}
            height={Math.max(2, y(b.onder) - y(b.boven))}
            className={b.soort === 'BANDBREEDTE' ? 'band' : 'band band-open'}
          >
            <title>{`Streefwaarde ${b.jaar}: ${doelTekst(b.p)}`}</title>
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
            className={`punt-realisatie ${p.opKoers === false ? 'niet-op-koers' : ''} ${p.tussenstand ? 'tussenstand' : ''}`}
            data-jaar={p.jaar}
          >
            <title>{`Realisatie ${p.jaar}: ${getal(p.realisatie)}${p.tussenstand ? ' (tussenstand)' : p.opKoers === false ? ' (niet op koers)' : p.opKoers ? ' (op koers)' : ''}`}</title>
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
                <td>{doelTekst(p)}</td>
                <td className="realisatie-cel">
                  {getal(p.realisatie)}
                  {p.oordeel &&
                    ` ${EFFECT_OORDEEL[p.oordeel]}${p.toelichting ? `: ${p.toelichting}` : ''}`}
                  {p.tussenstand && ' (tussenstand)'}
                </td>
                <td>
                  {p.tussenstand ? 'nog niet' : p.opKoers == null ? '–' : p.opKoers ? 'ja' : 'nee'}
                </td>
                <td>{p.bron ?? ''}</td>
              </tr>
            ))}
            {horizon.map((p) => (
              <tr key={`h${p.jaar}`}>
                <th scope="row">{p.jaar} (horizon)</th>
                <td colSpan={4}>{doelTekst(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
