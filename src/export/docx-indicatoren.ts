import { type FileChild, HeadingLevel, Paragraph } from 'docx';
import { RICHTING_TEKST } from '../indicatoren/richting';
import { metEenheid, realisatieTekst, streefwaardeTekst } from '../indicatoren/streefwaarde-tekst';
import { kop, tabel, tekst } from './docx-bouwstenen';
import type { ExportIndicator, ExportOnderdeel, ExportOvereenkomst } from './export-gegevens';

/**
 * The indicators that measure afspraken of this onderdeel; those of the agreement as a whole
 * (linked to no afspraak) stand with the hoofddocument.
 */
export function indicatorenVan(g: ExportOvereenkomst, o: ExportOnderdeel): ExportIndicator[] {
  const ids = new Set(o.afspraken.map((a) => a.id));
  return g.indicatoren.filter(
    (i) =>
      i.afspraakIds.some((id) => ids.has(id)) ||
      (o.bijlageNummer == null && i.afspraakIds.length === 0),
  );
}

/**
 * The unit as a number's cell shows it: a short one ("120 woningen", "€ 50.000", "12,5%") with
 * the number; a long word ("wooneenheden") would break in two in a year's narrow column, so it
 * stands once, in the indicator's column.
 */
function celEenheid(eenheid: string): string {
  return eenheid.split(/\s+/).every((woord) => woord.length <= 9) ? eenheid : '';
}

/** One year's cell: the target, and what was realised once it is known. */
function jaarCel(i: ExportIndicator, jaar: number): string {
  const eenheid = celEenheid(i.eenheid);
  const doel = streefwaardeTekst(
    i.streefwaarden.find((s) => s.jaar === jaar),
    eenheid,
  );
  const r = i.realisaties.find((x) => x.jaar === jaar);
  // A counted realisation's explanation is in the evaluation report; an effect's is the result.
  const gerealiseerd = r
    ? realisatieTekst(r.waarde == null ? r : { ...r, toelichting: null }, eenheid)
    : '';
  return [doel, gerealiseerd ? `gerealiseerd: ${gerealiseerd}` : ''].filter(Boolean).join('\n');
}

/**
 * One table for the onderdeel's indicators: per indicator its nulmeting and per jaarschijf the
 * target (and the realisation once known); the targets after the periode and the definitions
 * follow. Nothing when the onderdeel has no indicators.
 */
export function indicatorTabel(g: ExportOvereenkomst, o: ExportOnderdeel): FileChild[] {
  const indicatoren = indicatorenVan(g, o);
  if (!indicatoren.length) return [];
  // Narrow name and number columns leave the years room for "296 wooneenheden" unbroken.
  const jaarBreedte = Math.floor(60 / Math.max(g.jaren.length, 1));
  const uit: FileChild[] = [
    kop(
      o.bijlageNummer == null
        ? 'Indicatoren en streefwaarden'
        : `Indicatoren en streefwaarden bijlage ${o.bijlageNummer}`,
      HeadingLevel.HEADING_2,
    ),
    tabel(
      ['Indicator', 'Nr.', 'Nulmeting', ...g.jaren.map(String)],
      indicatoren.map((i) => [
        `${i.naam} (${i.eenheid})`,
        // One number a line: "B2.10" is never broken at its dot in the narrow column.
        i.afspraakNummers.join('\n'),
        i.nulmeting
          ? `${metEenheid(i.nulmeting.waarde, celEenheid(i.eenheid))}${i.nulmeting.jaar ? ` (${i.nulmeting.jaar})` : ''}`
          : '',
        ...g.jaren.map((jaar) => jaarCel(i, jaar)),
      ]),
      [18, 8, 14, ...g.jaren.map(() => jaarBreedte)],
    ),
  ];
  const horizon = indicatoren.flatMap((i) =>
    i.streefwaarden
      .filter((s) => !g.jaren.includes(s.jaar))
      .map((s) => [`${i.naam} (${i.eenheid})`, String(s.jaar), streefwaardeTekst(s, i.eenheid)]),
  );
  if (horizon.length) {
    uit.push(kop('Horizon: doelen na de periode', HeadingLevel.HEADING_3));
    uit.push(tabel(['Indicator', 'Jaar', 'Streefwaarde'], horizon, [40, 15, 45]));
  }
  uit.push(kop('Definities', HeadingLevel.HEADING_3));
  for (const i of indicatoren) {
    uit.push(
      new Paragraph({
        style: 'Kenmerk',
        children: [
          tekst(`${i.naam}: `, { bold: true }),
          tekst(i.definitie || 'geen definitie opgegeven'),
          ...(i.definitieBron ? [tekst(` (bron: ${i.definitieBron})`)] : []),
          tekst(` Richting: ${RICHTING_TEKST[i.richting]}.`),
        ],
      }),
    );
  }
  return uit;
}
