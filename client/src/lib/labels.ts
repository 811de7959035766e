import { OVEREENKOMST_STATUS_TEKST } from '@gedeeld/overeenkomst-status';

/** Dutch words for the API's enums. */
export const TYPE_LABEL: Record<string, string> = {
  PROCES: 'Proces',
  BESCHRIJVEND: 'Beschrijvend',
  INTENTIE: 'Intentie',
  HANDELING: 'Handeling',
  GARANTIE: 'Garantie',
  TRANSACTIE: 'Transactie',
};

/** The overeenkomst's derived status, in the words the server's Word cover uses too. */
export const OVEREENKOMST_STATUS: Record<string, string> = OVEREENKOMST_STATUS_TEKST;

export const ONDERDEEL_STATUS: Record<string, string> = {
  CONCEPT: 'Concept',
  TER_ONDERTEKENING: 'Ter ondertekening',
  ONDERTEKEND: 'Ondertekend',
};

export const VERSIE_STATUS: Record<string, string> = {
  TER_ONDERTEKENING: 'Ter ondertekening',
  ONDERTEKEND: 'Ondertekend',
  GEWEIGERD: 'Geweigerd',
};

export const JAARSCHIJF_STATUS: Record<string, string> = {
  CONCEPT: 'Concept',
  BOD_ONTVANGEN: 'Bod ontvangen',
  IN_ONDERHANDELING: 'In onderhandeling',
  TER_ONDERTEKENING: 'Ter ondertekening',
  ONDERTEKEND: 'Ondertekend',
  IN_UITVOERING: 'In uitvoering',
  VERANTWOORDING: 'Verantwoording',
  GEEVALUEERD: 'Geëvalueerd',
};

export const DEELNEMER_ROL: Record<string, string> = {
  ONDERTEKENAAR: 'Ondertekenaar',
  MEDEONDERTEKENAAR_BIJLAGE: 'Medeondertekenaar bijlage',
  WAARNEMER: 'Waarnemer',
};

export const PARTIJ_SOORT: Record<string, string> = {
  GEMEENTE: 'Gemeente',
  WONINGCORPORATIE: 'Woningcorporatie',
  HUURDERSORGANISATIE: 'Huurdersorganisatie',
  ZORGAANBIEDER: 'Zorgaanbieder',
  ZORGKANTOOR: 'Zorgkantoor',
  WELZIJNSORGANISATIE: 'Welzijnsorganisatie',
  CLIENTENORGANISATIE: 'Cliëntenorganisatie',
  PROVINCIE: 'Provincie',
  OVERIG: 'Overig',
};

export const OORDEEL: Record<string, string> = {
  AKKOORD: 'Akkoord',
  AKKOORD_MET_VOORBEHOUD: 'Akkoord met voorbehoud',
  NIET_AKKOORD: 'Niet akkoord',
};

export const VOLWASSENHEID: Record<string, string> = {
  VOORNEMEN: 'Voornemen',
  AANZWENGELEN: 'Aanzwengelen van beleid',
  SMART: 'SMART',
};

export const LID_ROL: Record<string, string> = {
  LEZER: 'Lezer',
  OPSTELLER: 'Opsteller',
  ONDERTEKENAAR: 'Ondertekenaar',
  BEHEERDER: 'Beheerder',
};

export const VOORSTEL_STATUS: Record<string, string> = {
  OPEN: 'Open',
  AANVAARD: 'Aanvaard',
  VERWORPEN: 'Verworpen',
  INGETROKKEN: 'Ingetrokken',
  VERVALLEN: 'Vervallen',
};

export const VOORSTEL_SOORT: Record<string, string> = {
  WIJZIGING: 'Wijziging',
  NIEUW: 'Nieuwe afspraak',
  VERWIJDERING: 'Schrappen',
};

export const MIJLPAAL: Record<string, string> = {
  BOD: 'Bod corporatie(s)',
  ONDERTEKENING: 'Ondertekening',
  UITVOERING: 'Uitvoering',
  VERANTWOORDING: 'Verantwoording',
  EVALUATIE: 'Evaluatie',
};

export const MIJLPAAL_TOESTAND: Record<string, string> = {
  GEDAAN: 'Gedaan',
  LOPEND: 'Loopt',
  KOMEND: 'Komend',
  TE_LAAT: 'Te laat',
  NIET_GEVRAAGD: 'Niet gevraagd',
};

export const CYCLUS_ROL: Record<string, string> = {
  EVALUATIE: 'Evaluatie (vorig jaar)',
  UITVOERING: 'Uitvoering (dit jaar)',
  ONDERHANDELING: 'Onderhandeling (volgend jaar)',
};

export const VERANTWOORDING_STATUS: Record<string, string> = {
  GEREALISEERD: 'Gerealiseerd',
  OP_SCHEMA: 'Op schema',
  VERTRAAGD: 'Vertraagd',
  NIET_GEREALISEERD: 'Niet gerealiseerd',
  VERVALLEN: 'Vervallen',
};

export const STREEFWAARDE_SOORT: Record<string, string> = {
  EXACT: 'Exact',
  BANDBREEDTE: 'Bandbreedte',
  MINIMAAL: 'Ten minste',
  MAXIMAAL: 'Hoogstens',
  EFFECT: 'Effect',
};

export const INDICATOR_RICHTING: Record<string, string> = {
  HOGER_IS_BETER: 'Hoger is beter',
  LAGER_IS_BETER: 'Lager is beter',
  BINNEN_BANDBREEDTE: 'Binnen de bandbreedte',
};

export const EFFECT_OORDEEL: Record<string, string> = {
  BEREIKT: 'Bereikt',
  DEELS: 'Deels bereikt',
  NIET: 'Niet bereikt',
};

export const GEBEURTENIS: Record<string, string> = {
  STANDPUNT: 'nam een standpunt in',
  OPMERKING: 'plaatste een opmerking',
  // The event does not say whether a proposal is new, changed or withdrawn: say nothing wrong.
  VOORSTEL: 'heeft een wijzigingsvoorstel ingediend, beoordeeld of ingetrokken',
  SUGGESTIE: 'werkte de suggesties in de tekst bij',
  FASE: 'opende de onderhandeling: wijzigingen in de tekst worden nu suggesties',
  BEVROREN: 'legde een onderdeel ter ondertekening voor',
  ONDERTEKEND: 'ondertekende',
  EXTERN_ONDERTEKEND: 'legde een ondertekening buiten Driehoek vast',
  GEWEIGERD: 'weigerde te ondertekenen',
  ADDENDUM: 'opende een addendum',
  VERSIE_HERSTELD: 'herstelde een eerdere versie',
  AFSPRAAK_NIEUW: 'voegde een afspraak toe',
  AFSPRAAK_GEWIJZIGD: 'wijzigde de gegevens van een afspraak',
  AFSPRAAK_VERWIJDERD: 'verwijderde een afspraak',
  BOD: 'diende een bod in',
  EVALUATIE: 'werkte de evaluatie bij',
  EVALUATIE_GESLOTEN: 'sloot de evaluatie af',
  ONDERDEEL_NIEUW: 'voegde een onderdeel toe',
  ONDERDEEL_GEWIJZIGD: 'wijzigde een onderdeel',
  ONDERDEEL_VERWIJDERD: 'verwijderde een onderdeel',
  INDICATOR_NIEUW: 'voegde een indicator toe',
  INDICATOR_GEWIJZIGD: 'wijzigde een indicator',
  INDICATOR_VERWIJDERD: 'verwijderde een indicator',
  THEMA_NIEUW: 'voegde een thema toe',
  THEMA_GEWIJZIGD: 'wijzigde een thema',
  THEMA_VERWIJDERD: 'verwijderde een thema',
  DEELNEMER_NIEUW: 'voegde een deelnemer toe',
  DEELNEMER_GEWIJZIGD: 'wijzigde de rol van een deelnemer',
  DEELNEMER_VERWIJDERD: 'haalde een deelnemer weg',
  PUBLICATIE: 'publiceerde de overeenkomst (Woo) of trok de publicatie in',
};

// Deadlines are Dutch days (a bod is due "vóór 1 juli", midnight in Amsterdam): shown in Dutch
// time whatever the browser's own zone.
const TIJDZONE = 'Europe/Amsterdam';

/** Names as Dutch prose: "A", "A en B", "A, B en C". */
export function opsomming(namen: readonly string[]): string {
  if (namen.length <= 1) return namen[0] ?? '';
  return `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]}`;
}

export function datum(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIJDZONE,
  });
}

/** A moment this year, short: "6 dec, 16:32" (Dutch time, wherever the browser is). */
export function kortTijdstip(tijd: Date): string {
  return tijd.toLocaleString('nl-NL', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIJDZONE,
  });
}

export function datumTijd(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('nl-NL', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIJDZONE,
  });
}

export function getal(n: number | null | undefined): string {
  return n == null ? '–' : n.toLocaleString('nl-NL');
}

export { DOELGROEP_LABEL as DOELGROEP } from '@gedeeld/normen';

/** The kinds of place (LocatieSoort), as the side panel offers them. */
export const LOCATIE_SOORT_LABEL: Record<string, string> = {
  COMPLEX: 'Complex',
  WIJK: 'Wijk',
  KERN: 'Kern',
  GEMEENTE: 'Gemeente',
  ADRES: 'Adres',
};
