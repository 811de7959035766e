/*
 * Words for the norms, references and doelgroepen of an afspraak (issue 15), shared by the
 * server's export and the web client, so both say the same. Keys are the GraphQL enum values.
 */

export const DOELGROEP_LABEL: Record<string, string> = {
  ALLE_HUURDERS: 'Alle huurders',
  OUDEREN: 'Ouderen',
  OUDEREN_MET_ZORGVRAAG: 'Ouderen met een zorgvraag',
  PSYCHOGERIATRISCH: 'Psychogeriatrisch',
  SOMATISCH: 'Somatisch',
  LICHAMELIJKE_BEPERKING: 'Mensen met een lichamelijke beperking',
  VERSTANDELIJKE_BEPERKING: 'Mensen met een verstandelijke beperking',
  ZINTUIGLIJKE_BEPERKING: 'Mensen met een zintuiglijke beperking',
  GGZ: 'GGZ',
  UITSTROMERS_BW_MO: 'Uitstromers beschermd wonen en maatschappelijke opvang',
  DAK_EN_THUISLOZEN: '(Dreigend) dak- en thuislozen',
  STATUSHOUDERS: 'Statushouders',
  JONGEREN_UIT_JEUGDZORG: 'Jongeren uit de jeugdzorg',
  URGENTEN: 'Urgenten',
  MANTELZORGERS: 'Mantelzorgers',
  ARBEIDSMIGRANTEN: 'Arbeidsmigranten',
  STUDENTEN: 'Studenten',
  WOONWAGENBEWONERS: 'Woonwagenbewoners',
};

/** The unit as it follows a number ("400 meter", "30%"); ANDERS uses the norm's own text. */
export const NORM_EENHEID_LABEL: Record<string, string> = {
  METER: 'meter',
  KILOMETER: 'kilometer',
  MINUTEN: 'minuten',
  DAGEN: 'dagen',
  WEKEN: 'weken',
  MAANDEN: 'maanden',
  JAREN: 'jaar',
  UREN: 'uur',
  PROCENT: '%',
  WONINGEN: 'woningen',
  PLAATSEN: 'plaatsen',
  STERREN: 'sterren',
  EURO: 'euro',
  ANDERS: 'andere eenheid',
};

export const NORM_VERGELIJKING_LABEL: Record<string, string> = {
  TEN_MINSTE: 'ten minste',
  HOOGSTENS: 'hoogstens',
  MEER_DAN: 'meer dan',
  MINDER_DAN: 'minder dan',
  PRECIES: 'precies',
  TUSSEN: 'tussen',
};

export const INSTRUMENT_LABEL: Record<string, string> = {
  WOONVISIE: 'Woonvisie',
  WOONZORGVISIE: 'Woonzorgvisie',
  VOLKSHUISVESTINGSPROGRAMMA: 'Volkshuisvestingsprogramma',
  CONVENANT: 'Convenant',
  PACT: 'Pact',
  RAAMOVEREENKOMST: 'Raamovereenkomst',
  UITVOERINGSPROGRAMMA: 'Uitvoeringsprogramma',
  HUISVESTINGSVERORDENING: 'Huisvestingsverordening',
  WOONDEAL: 'Woondeal',
  OVERIG: 'Overig',
};

export interface NormWaarde {
  vergelijking: string;
  waarde: number | null;
  totWaarde: number | null;
  waardeTekst: string | null;
  eenheid: string | null;
  eenheidTekst: string | null;
}

const getal = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

/** "hoogstens 400 meter", "tussen 55 en 70 jaar", "ten minste 30%", "Wmo-geschikt". */
export function normWaardeTekst(n: NormWaarde): string {
  if (n.waarde === null) return n.waardeTekst ?? '';
  const eenheid =
    n.eenheid === 'ANDERS' ? (n.eenheidTekst ?? '') : (NORM_EENHEID_LABEL[n.eenheid ?? ''] ?? '');
  const met = (x: number) => (eenheid === '%' ? `${getal(x)}%` : `${getal(x)} ${eenheid}`.trim());
  if (n.vergelijking === 'TUSSEN' && n.totWaarde !== null) {
    return `tussen ${getal(n.waarde)} en ${met(n.totWaarde)}`;
  }
  const woord = n.vergelijking === 'PRECIES' ? '' : (NORM_VERGELIJKING_LABEL[n.vergelijking] ?? '');
  return [woord, met(n.waarde)].filter(Boolean).join(' ');
}

/** "Senioren in de kernen (55–70 jaar)". */
export function eigenDoelgroepTekst(d: {
  naam: string;
  leeftijdVan: number | null;
  leeftijdTot: number | null;
}): string {
  const van = d.leeftijdVan;
  const tot = d.leeftijdTot;
  const leeftijd =
    van !== null && tot !== null
      ? `${van}–${tot} jaar`
      : van !== null
        ? `${van} jaar en ouder`
        : tot !== null
          ? `tot en met ${tot} jaar`
          : null;
  return leeftijd ? `${d.naam} (${leeftijd})` : d.naam;
}
