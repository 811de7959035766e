import { type FileChild, HeadingLevel, Paragraph } from 'docx';
import { RICHTING_TEKST } from '../indicatoren/richting';
import { getal, realisatieTekst, streefwaardeTekst } from '../indicatoren/streefwaarde-tekst';
import { kop, tabel, tekst } from './docx-bouwstenen';
import type { ExportOvereenkomst } from './export-gegevens';

export function indicatorTabellen(g: ExportOvereenkomst): FileChild[] {
  if (!g.indicatoren.length) return [];
  const uit: FileChild[] = [kop('Indicatoren per jaarschijf', HeadingLevel.HEADING_1)];
  for (const jaar of g.jaren) {
    uit.push(kop(`Jaarschijf ${jaar}`, HeadingLevel.HEADING_2));
    uit.push(
      tabel(
        ['Indicator', 'Nulmeting', `Streefwaarde ${jaar}`, `Realisatie ${jaar}`, 'Afspraken'],
        g.indicatoren.map((i) => {
          const r = i.realisaties.find((x) => x.jaar === jaar);
          return [
            `${i.naam} (${i.eenheid})`,
            i.nulmeting
              ? `${getal(i.nulmeting.waarde)}${i.nulmeting.jaar ? ` (${i.nulmeting.jaar})` : ''}`
              : '',
            streefwaardeTekst(
              i.streefwaarden.find((s) => s.jaar === jaar),
              i.eenheid,
            ),
            r ? `${realisatieTekst(r, '')}\nbron: ${r.bron}` : '',
            i.afspraakNummers.join(', '),
          ];
        }),
        [27, 16, 19, 24, 14],
      ),
    );
  }
  const horizon = g.indicatoren.flatMap((i) =>
    i.streefwaarden
      .filter((s) => !g.jaren.includes(s.jaar))
      .map((s) => [`${i.naam} (${i.eenheid})`, String(s.jaar), streefwaardeTekst(s, i.eenheid)]),
  );
  if (horizon.length) {
    uit.push(kop('Horizon: doelen na de periode', HeadingLevel.HEADING_2));
    uit.push(tabel(['Indicator', 'Jaar', 'Streefwaarde'], horizon, [40, 15, 45]));
  }
  uit.push(kop('Definities', HeadingLevel.HEADING_2));
  for (const i of g.indicatoren) {
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
