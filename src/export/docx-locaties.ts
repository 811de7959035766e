import type { FileChild } from 'docx';
import { streefwaardeTekst, type StreefwaardeWaarden } from '../indicatoren/streefwaarde-tekst';
import { LOCATIE_SOORT_LABEL, LocatieSoort } from '../overeenkomsten/locatie.entity';
import type { AfspraakInhoud, LocatieInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { kenmerk, tabel } from './docx-bouwstenen';
import type { ExportOvereenkomst } from './export-gegevens';

/**
 * One place in words: "kern Oudeland (gemeente Rietwijk)"; a gemeente is named once, and one
 * whose partij is called "Gemeente Vlietdam" is not "gemeente Gemeente Vlietdam".
 */
export function plaats(l: Pick<LocatieInhoud, 'soort' | 'naam' | 'gemeente'>): string {
  const gemeente = l.gemeente?.naam ?? '';
  const binnen =
    gemeente && l.soort !== LocatieSoort.GEMEENTE
      ? ` (${/^gemeente\s/i.test(gemeente) ? gemeente : `gemeente ${gemeente}`})`
      : '';
  return `${LOCATIE_SOORT_LABEL[l.soort]} ${l.naam}${binnen}`;
}

/** An afspraak's places, in its order, as one line. */
export const plaatsen = (locaties: LocatieInhoud[]): string => locaties.map(plaats).join('; ');

/** The place's gemeente in a regional agreement: itself when it is one. */
const gemeenteVan = (l: LocatieInhoud): string | null =>
  l.soort === LocatieSoort.GEMEENTE ? l.naam : (l.gemeente?.naam ?? null);

/**
 * For each indicator of the afspraak with targets for its places, a table: a row per place, a
 * column per jaarschijf and per horizon year, and a last row with the figure of the whole
 * agreement. Only the afspraak's own places: an indicator measuring several afspraken (a
 * monitoring proces, a definition) shows its complexen under the afspraak that names them; a place
 * no afspraak of the indicator names comes under the first afspraak it measures. In a regional
 * agreement the rows are the split over its gemeenten (a place within a gemeente under it), so the
 * reader sees who carries which part of the regional number.
 */
export function doelenPerPlaats(
  a: Pick<AfspraakInhoud, 'nummer' | 'locaties'>,
  g: Pick<ExportOvereenkomst, 'indicatoren' | 'jaren' | 'gemeenten' | 'onderdelen'>,
): FileChild[] {
  const regionaal = g.gemeenten.length > 1;
  const eigen = new Set((a.locaties ?? []).map((l) => l.id));
  return g.indicatoren
    .filter((i) => i.perPlaats.length && i.afspraakNummers.includes(a.nummer))
    .flatMap((i) => {
      const genoemd = new Set(
        g.onderdelen
          .flatMap((o) => o.afspraken)
          .filter((x) => i.afspraakNummers.includes(x.nummer))
          .flatMap((x) => (x.locaties ?? []).map((l) => l.id)),
      );
      const eersteAfspraak = i.afspraakNummers[0] === a.nummer;
      const plaatsen = [
        ...new Map(i.perPlaats.map((s) => [s.plaats.id, s.plaats])).values(),
      ].filter((l) => eigen.has(l.id) || (eersteAfspraak && !genoemd.has(l.id)));
      if (!plaatsen.length) return [];
      const horizon = [
        ...new Set(
          [...i.perPlaats, ...i.streefwaarden]
            .filter((s) => !g.jaren.includes(s.jaar))
            .map((s) => s.jaar),
        ),
      ].sort((x, y) => x - y);
      const jaren = [...g.jaren, ...horizon];
      if (regionaal) {
        // By gemeente, the gemeente itself first; places outside any gemeente last.
        const rang = (l: LocatieInhoud) => [
          gemeenteVan(l) ?? '\uffff',
          l.soort === LocatieSoort.GEMEENTE ? '' : l.naam,
        ];
        plaatsen.sort((x, y) => {
          const [gx, nx] = rang(x);
          const [gy, ny] = rang(y);
          return gx!.localeCompare(gy!, 'nl') || nx!.localeCompare(ny!, 'nl');
        });
      }
      const cel = (s: StreefwaardeWaarden | undefined) => streefwaardeTekst(s, '').trim();
      const rijen = plaatsen.map((l) => [
        // In a local agreement every place lies in its one gemeente: not repeated per row.
        regionaal
          ? l.soort === LocatieSoort.GEMEENTE
            ? l.naam
            : plaats(l)
          : `${LOCATIE_SOORT_LABEL[l.soort]} ${l.naam}`,
        ...jaren.map((j) => cel(i.perPlaats.find((s) => s.plaats.id === l.id && s.jaar === j))),
      ]);
      rijen.push([
        regionaal ? 'Regio (hele overeenkomst)' : 'Hele overeenkomst',
        ...jaren.map((j) => cel(i.streefwaarden.find((s) => s.jaar === j))),
      ]);
      const eerste = jaren.length > 6 ? 24 : 30;
      return [
        kenmerk(
          regionaal ? 'Verdeling per gemeente' : 'Streefwaarden per plaats',
          `${i.naam} (${i.eenheid})`,
        ),
        tabel(
          [regionaal ? 'Gemeente / plaats' : 'Plaats', ...jaren.map((j) => jaarKop(j, horizon))],
          rijen,
          [eerste, ...jaren.map(() => (100 - eerste) / jaren.length)],
        ),
      ];
    });
}

// "horizon" on a line of its own: a narrow year column would break the word.
const jaarKop = (jaar: number, horizon: number[]) =>
  horizon.includes(jaar) ? `${jaar}\nhorizon` : String(jaar);
