import { Table } from 'docx';
import { IndicatorRichting } from '../indicatoren/richting';
import { LocatieSoort } from '../overeenkomsten/locatie.entity';
import type { AfspraakInhoud, LocatieInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { doelenPerPlaats } from './docx-locaties';
import type { ExportIndicator, ExportOnderdeel } from './export-gegevens';

// The demo's "geclusterde wooneenheden": targets per complex, and the indicator also measures a
// monitoring proces (no places) and a definition afspraak.
const complex = (id: string, naam: string): LocatieInhoud => ({
  id,
  soort: LocatieSoort.COMPLEX,
  naam,
  gemeente: null,
});
const molenhof = complex('l1', 'Molenhof');
const vlietkade = complex('l2', 'Vlietkade');
const doel = (plaats: LocatieInhoud, jaar: number, waarde: number) => ({
  jaar,
  soort: 'EXACT',
  waarde,
  min: null,
  max: null,
  effect: null,
  plaats,
  horizon: false,
});
const indicator: ExportIndicator = {
  naam: 'Geclusterde wooneenheden',
  eenheid: 'wooneenheden',
  definitie: '',
  definitieBron: null,
  nulmeting: null,
  richting: IndicatorRichting.HOGER_IS_BETER,
  afspraakNummers: ['1.1', '1.5'],
  afspraakIds: [],
  streefwaarden: [],
  realisaties: [],
  perPlaats: [doel(molenhof, 2026, 30), doel(vlietkade, 2027, 36)],
};
const afspraak = (nummer: string, locaties: LocatieInhoud[]) =>
  ({ nummer, locaties }) as Pick<AfspraakInhoud, 'nummer' | 'locaties'>;
const monitoring = afspraak('1.1', []);
const bouw = afspraak('1.5', [molenhof, vlietkade]);
const g = (afspraken: Pick<AfspraakInhoud, 'nummer' | 'locaties'>[]) => ({
  indicatoren: [indicator],
  jaren: [2026, 2027],
  gemeenten: ['Gemeente Vlietdam'],
  onderdelen: [{ afspraken } as unknown as ExportOnderdeel],
});
const tabellen = (uit: unknown[]) => uit.filter((x) => x instanceof Table).length;

describe('doelenPerPlaats', () => {
  it('prints the table under the afspraak that names the places, not under the others', () => {
    const export_ = g([monitoring, bouw]);
    expect(tabellen(doelenPerPlaats(bouw, export_))).toBe(1);
    expect(doelenPerPlaats(monitoring, export_)).toEqual([]);
  });

  it('puts places no afspraak of the indicator names under its first afspraak', () => {
    const zonderPlaatsen = afspraak('1.5', []);
    const export_ = g([monitoring, zonderPlaatsen]);
    expect(tabellen(doelenPerPlaats(monitoring, export_))).toBe(1);
    expect(doelenPerPlaats(zonderPlaatsen, export_)).toEqual([]);
  });
});
