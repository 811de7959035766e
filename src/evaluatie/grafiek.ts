import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { Resvg } from '@resvg/resvg-js';
import { mooieStap } from '../gedeeld/as-stap';
import { getal } from '../indicatoren/streefwaarde-tekst';
import type { IndicatorReeksModel } from '../monitoring/monitoring.models';

/*
 * One chart per indicator for the evaluation report: nulmeting and realisaties as bars (green
 * on track, red off track, grey without a judgement), the target as a line with points and a
 * bandwidth as a shaded band. Drawn as SVG and rendered to PNG, which every Word version shows.
 */

const BREEDTE = 760;
const HOOGTE = 340;
const MARGE = { links: 70, rechts: 20, boven: 46, onder: 70 };
const KLEUR = {
  nulmeting: '#9AA5B1',
  opKoers: '#2E7D32',
  nietOpKoers: '#C62828',
  zonderOordeel: '#5C7A99',
  streef: '#1F3A93',
  band: '#1F3A93',
  as: '#444444',
  raster: '#DDDDDD',
};

const esc = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function grafiekSvg(reeks: IndicatorReeksModel): string {
  const kolommen: { label: string; waarde: number | null; kleur: string }[] = [];
  if (reeks.nulmetingWaarde != null) {
    kolommen.push({
      label: `nulmeting ${reeks.nulmetingJaar ?? ''}`.trim(),
      waarde: reeks.nulmetingWaarde,
      kleur: KLEUR.nulmeting,
    });
  }
  for (const p of reeks.punten) {
    kolommen.push({
      label: String(p.jaar),
      waarde: p.realisatie,
      kleur:
        p.opKoers === true
          ? KLEUR.opKoers
          : p.opKoers === false
            ? KLEUR.nietOpKoers
            : KLEUR.zonderOordeel,
    });
  }
  const eerste = reeks.nulmetingWaarde != null ? 1 : 0;
  const waarden = [
    ...kolommen.map((k) => k.waarde ?? 0),
    ...reeks.punten.flatMap((p) => [p.streefwaarde ?? 0, p.max ?? 0, p.min ?? 0]),
  ];
  const top = mooieStap(Math.max(...waarden, 0) / 4) * 4;
  const vlakB = BREEDTE - MARGE.links - MARGE.rechts;
  const vlakH = HOOGTE - MARGE.boven - MARGE.onder;
  const vak = vlakB / Math.max(kolommen.length, 1);
  const x = (i: number) => MARGE.links + vak * i + vak / 2;
  const y = (v: number) => MARGE.boven + vlakH - (v / top) * vlakH;
  const delen: string[] = [];

  delen.push(
    `<text x="${MARGE.links}" y="24" font-size="16" font-weight="bold" fill="#222">${esc(reeks.naam)} (${esc(reeks.eenheid)})</text>`,
  );
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    delen.push(
      `<line x1="${MARGE.links}" x2="${BREEDTE - MARGE.rechts}" y1="${y(v)}" y2="${y(v)}" stroke="${KLEUR.raster}"/>`,
      `<text x="${MARGE.links - 8}" y="${y(v) + 4}" font-size="11" text-anchor="end" fill="${KLEUR.as}">${esc(getal(v))}</text>`,
    );
  }
  // The bandwidth behind everything else, one shaded block per year.
  // An open bandwidth (ten minste / hoogstens) runs to the edge of the chart on its open side.
  reeks.punten.forEach((p, i) => {
    const onder = p.min ?? (p.soort === StreefwaardeSoort.MAXIMAAL ? 0 : null);
    const boven = p.max ?? (p.soort === StreefwaardeSoort.MINIMAAL ? top : null);
    if (onder == null || boven == null) return;
    const links = x(i + eerste) - vak / 2 + 2;
    delen.push(
      `<rect x="${links}" y="${y(boven)}" width="${vak - 4}" height="${Math.max(y(onder) - y(boven), 1)}" fill="${KLEUR.band}" fill-opacity="0.12" stroke="${KLEUR.band}" stroke-opacity="0.4" stroke-dasharray="4 3"/>`,
    );
  });
  kolommen.forEach((k, i) => {
    const breedte = Math.min(vak * 0.5, 60);
    if (k.waarde != null) {
      delen.push(
        `<rect x="${x(i) - breedte / 2}" y="${y(k.waarde)}" width="${breedte}" height="${Math.max(y(0) - y(k.waarde), 0.5)}" fill="${k.kleur}"/>`,
        // Inside a tall bar, so a target marker just above it cannot cover the number.
        y(0) - y(k.waarde) > 22
          ? `<text x="${x(i)}" y="${y(k.waarde) + 15}" font-size="11" text-anchor="middle" fill="#FFFFFF" font-weight="bold">${esc(getal(k.waarde))}</text>`
          : `<text x="${x(i)}" y="${y(k.waarde) - 5}" font-size="11" text-anchor="middle" fill="#222">${esc(getal(k.waarde))}</text>`,
      );
    }
    delen.push(
      `<text x="${x(i)}" y="${HOOGTE - MARGE.onder + 18}" font-size="12" text-anchor="middle" fill="${KLEUR.as}">${esc(k.label)}</text>`,
    );
  });
  const streef = reeks.punten
    .map((p, i) => (p.streefwaarde != null ? `${x(i + eerste)},${y(p.streefwaarde)}` : null))
    .filter((p): p is string => p != null);
  if (streef.length > 1) {
    delen.push(
      `<polyline points="${streef.join(' ')}" fill="none" stroke="${KLEUR.streef}" stroke-width="2"/>`,
    );
  }
  for (const punt of streef) {
    const [px, py] = punt.split(',');
    delen.push(
      `<circle cx="${px}" cy="${py}" r="4.5" fill="#FFFFFF" stroke="${KLEUR.streef}" stroke-width="2"/>`,
    );
  }
  delen.push(
    `<line x1="${MARGE.links}" x2="${BREEDTE - MARGE.rechts}" y1="${y(0)}" y2="${y(0)}" stroke="${KLEUR.as}"/>`,
  );
  const legenda: [string, string, string][] = [
    ['rect', KLEUR.nulmeting, 'nulmeting'],
    ['rect', KLEUR.opKoers, 'realisatie op koers'],
    ['rect', KLEUR.nietOpKoers, 'niet op koers'],
    ['line', KLEUR.streef, 'streefwaarde'],
    ['band', KLEUR.band, 'bandbreedte'],
  ];
  let lx = MARGE.links;
  const ly = HOOGTE - 22;
  for (const [vorm, kleur, label] of legenda) {
    if (vorm === 'line') {
      delen.push(
        `<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${kleur}" stroke-width="2"/>`,
      );
    } else {
      delen.push(
        `<rect x="${lx}" y="${ly - 10}" width="18" height="12" fill="${kleur}" ${vorm === 'band' ? 'fill-opacity="0.12" stroke-dasharray="4 3" stroke="' + kleur + '"' : ''}/>`,
      );
    }
    delen.push(`<text x="${lx + 24}" y="${ly}" font-size="11" fill="${KLEUR.as}">${label}</text>`);
    lx += 30 + label.length * 6.2;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${BREEDTE}" height="${HOOGTE}" viewBox="0 0 ${BREEDTE} ${HOOGTE}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"><rect width="100%" height="100%" fill="#FFFFFF"/>${delen.join('')}</svg>`;
}

/** The chart as PNG, twice the drawn size for a sharp print. */
export function grafiekPng(reeks: IndicatorReeksModel): {
  png: Buffer;
  breedte: number;
  hoogte: number;
} {
  const resvg = new Resvg(grafiekSvg(reeks), {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return { png: Buffer.from(resvg.render().asPng()), breedte: BREEDTE, hoogte: HOOGTE };
}
