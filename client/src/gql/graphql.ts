/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccepteerUitnodigingInput = {
  /** Voor een nieuw account */
  naam?: string | null | undefined;
  token: string;
  /** Voor een nieuw account: minstens 12 tekens */
  wachtwoord?: string | null | undefined;
};

export type ActiviteitInput = {
  partijIds?: Array<string>;
  wanneer?: string;
  wat: string;
};

export type AddendumInput = {
  onderdeelId: string;
  /** Waarom het ondertekende onderdeel wordt gewijzigd */
  reden: string;
};

/** Vul hoogstens één van de velden in; leeg = de hele afspraak */
export type AfspraakDeelInput = {
  activiteit?: number | null | undefined;
  lid?: string | null | undefined;
  locatieId?: string | null | undefined;
};

/** Vul precies het deel in dat bij het type van de afspraak hoort */
export type AfspraakDetailsInput = {
  beschrijvend?: BeschrijvendDetailsInput | null | undefined;
  garantie?: GarantieDetailsInput | null | undefined;
  handeling?: HandelingDetailsInput | null | undefined;
  intentie?: IntentieDetailsInput | null | undefined;
  proces?: ProcesDetailsInput | null | undefined;
  transactie?: TransactieDetailsInput | null | undefined;
};

export type AfspraakJaarInput = {
  /** Wat de afspraak in dit jaar concreet inhoudt */
  concretisering?: string;
  jaar: number;
};

export type AfspraakLidInput = {
  /** De gegevens die bij het type van dit lid horen */
  details: AfspraakDetailsInput;
  /** Wat dit lid inhoudt */
  tekst: string;
  type: AfspraakType;
};

/** Een plaats waarvoor de afspraak geldt: een bestaande plaats van de overeenkomst (locatieId) of een nieuwe (soort en naam) */
export type AfspraakLocatieInput = {
  /** De gemeente (van de overeenkomst) waarin de plaats ligt; verplicht bij GEMEENTE, vanzelf de enige gemeente van een lokale overeenkomst */
  gemeenteId?: string | null | undefined;
  /** Een plaats die de overeenkomst al kent */
  locatieId?: string | null | undefined;
  /** Bijv. "Zorgcomplex De Hoven", "Oudeland", "Kerkstraat 12"; bij GEMEENTE mag hij leeg */
  naam?: string | null | undefined;
  soort?: LocatieSoort | null | undefined;
};

export type AfspraakType =
  /** Uitgangspunten, standpunten, definities, financiële uitgangspunten */
  | 'BESCHRIJVEND'
  /** Een toezegging die altijd geldt */
  | 'GARANTIE'
  /** Geplande of gecoördineerde activiteiten */
  | 'HANDELING'
  /** Een voorwaardelijke handeling: als dit, dan dat */
  | 'INTENTIE'
  /** Hoe partijen samenwerken: overleg, planning, monitoring, besluitvorming */
  | 'PROCES'
  /** Een uitwisseling tussen partijen en de bijdragen die haar mogelijk maken */
  | 'TRANSACTIE';

export type AfspraakWijziging = 'GEWIJZIGD' | 'NIEUW' | 'ONGEWIJZIGD' | 'VERWIJDERD';

/** Een stuk tekst om de opmerking aan te hechten */
export type AnkerInput = {
  /** Het geciteerde stuk tekst (binnen één alinea); de server zoekt het op */
  citaat?: string | null | undefined;
  /** Yjs relatieve positie van het einde (base64) */
  eind?: string | null | undefined;
  /** Yjs relatieve positie van het begin (base64) */
  start?: string | null | undefined;
  /** Welk voorkomen van het citaat */
  voorkomen?: number;
};

/** Een partij die (mee)betaalt; bij een verdeling krijgt elke betaler een bedrag, of elke betaler een percentage */
export type BedragBetalerInput = {
  /** Haar deel, in hele eurocenten */
  centen?: number | null | undefined;
  partijId: string;
  /** Haar deel, in procenten */
  percentage?: number | null | undefined;
};

/** Hoe vaak een bedrag betaald wordt */
export type BedragFrequentie =
  /** Eenmalig, in één jaar */
  | 'EENMALIG'
  /** Elk jaar (van jaar tot en met totJaar, of in de jaarschijven) */
  | 'PER_JAAR'
  /** In totaal over de looptijd of over jaar tot en met totJaar */
  | 'TOTAAL';

/** Een bedrag dat bij de afspraak hoort */
export type BedragInput = {
  /** Wie betaalt: één partij, of meer partijen samen (met of zonder verdeling) */
  betalers: Array<BedragBetalerInput>;
  /** In hele eurocenten: 15000000 is € 150.000; leeg als het bedrag nog onbekend is */
  centen?: number | null | undefined;
  /** Het lid, de activiteit of de plaats waarvoor het bedrag is; leeg: de hele afspraak */
  deel?: AfspraakDeelInput | null | undefined;
  /** Waarvoor het geld is, bijv. "procesbegeleiding van initiatieven" */
  doel: string;
  frequentie: BedragFrequentie;
  /** De jaarschijf; bij per jaar of in totaal het eerste jaar. Leeg: de jaarschijven van de afspraak */
  jaar?: number | null | undefined;
  /** Het bedrag is nog onbekend (wie betaalt, ontvangt en waarvoor wel) */
  onbekend?: boolean | null | undefined;
  /** De partij(en) die het geld ontvangen */
  ontvangerIds?: Array<string> | null | undefined;
  /** Wie het ontvangt in woorden, als dat geen partij is: bijv. "bewonersinitiatieven" */
  ontvangerOmschrijving?: string | null | undefined;
  /** Het laatste jaar (bij per jaar of in totaal over meer jaren) */
  totJaar?: number | null | undefined;
};

export type BeoordeelSuggestiesInput = {
  afspraakId: string;
  beoordeling: Beoordeling;
  /** Namens welke partij (nodig als u voor meer dan één partij optreedt) */
  partijId?: string | null | undefined;
  /** Verplicht bij afwijzen */
  reden?: string | null | undefined;
  /** De suggesties in deze afspraak die u beoordeelt */
  suggestieIds: Array<string>;
};

export type BeoordeelVoorstelInput = {
  beoordeling: Beoordeling;
  /** Namens welke partij (nodig als u voor meer dan één partij optreedt) */
  partijId?: string | null | undefined;
  /** Verplicht bij afwijzen */
  reden?: string | null | undefined;
  voorstelId: string;
};

export type Beoordeling = 'AANVAARD' | 'AFGEWEZEN';

export type BeschrijvendDetailsInput = {
  /** Leeg: de tekst van de afspraak beschrijft het */
  omschrijving?: string;
  soort: BeschrijvendSoort;
};

export type BeschrijvendSoort =
  'DEFINITIE' | 'FINANCIEEL_UITGANGSPUNT' | 'STANDPUNT' | 'UITGANGSPUNT';

export type Besluit = 'GEWEIGERD' | 'ONDERTEKEND';

export type BetrokkeneInput = {
  /** Wat de partij zelf toezegt, in haar eigen woorden */
  bijdrage: string;
  /** Aandeel in de kosten, in procenten */
  kostenaandeel?: number | null | undefined;
  partijId: string;
  /** Leeg: de rol die de partij al had, anders trekker (de trekker en leden van de trekkersgroep), garantsteller (bij een garantie), financier (met kostenaandeel) of betrokken */
  rol?: BetrokkeneRol | null | undefined;
};

/** De rol van een partij bij een afspraak */
export type BetrokkeneRol =
  /** Is betrokken zonder eigen uitvoerende rol */
  | 'BETROKKEN'
  /** Betaalt (mee) aan de afspraak */
  | 'FINANCIER'
  /** Staat garant voor (een deel van) de afspraak */
  | 'GARANTSTELLER'
  /** Trekt mee, naast de trekker(s) */
  | 'MEDETREKKER'
  /** Trekt de afspraak (een van de trekkers) */
  | 'TREKKER'
  /** Voert (een deel van) de afspraak uit */
  | 'UITVOERDER';

export type BevestigEvaluatieInput = {
  jaarschijfId: string;
  /** Namens welke partij */
  partijId?: string | null | undefined;
};

/** Het nagekeken voorstel van een import: dit wordt de overeenkomst */
export type BevestigImportInput = {
  eindjaar: number;
  hoofdstukken: Array<ImportHoofdstukInput>;
  importId: string;
  /** Indicatoren met hun streefwaarden, zoals de tabellen ze gaven */
  indicatoren?: Array<ImportIndicatorInput>;
  /** Leeg: een nieuwe overeenkomst. Anders wordt het akkoord een bijlage van deze overeenkomst van dezelfde gemeente (in haar periode; partijen die nog niet deelnemen worden ondertekenaar) */
  overeenkomstId?: string | null | undefined;
  /** De partijen; de eerste gemeente is die van de import en heeft de regie */
  partijen: Array<ImportPartijInput>;
  preambule?: string;
  /** Bij een bijlage: genegeerd, de periode is die van de overeenkomst */
  startjaar: number;
  /** De titel van de overeenkomst, of van de bijlage */
  titel: string;
};

export type BevriesInput = {
  onderdeelId: string;
  /** Reden om te bevriezen hoewel niet elke afspraak een akkoord van elke ondertekenaar heeft */
  overrideReden?: string | null | undefined;
  /** Reden om de wijzigingsvoorstellen en suggesties die nog open staan te laten vervallen; zonder deze reden wordt het bevriezen dan geweigerd (OPEN_VOORSTELLEN) */
  vervallenReden?: string | null | undefined;
};

/** Een nieuwe streefwaarde bij het besluit BIJSTELLEN */
export type BijstellingInput = {
  /** Bij EFFECT: het beoogde effect */
  effect?: string | null | undefined;
  indicatorId: string;
  /** Het jaar van de jaarschijf, of een horizonjaar na de periode (het doel waar de afspraak naartoe werkt) */
  jaar: number;
  /** De plaats (van de overeenkomst) waarvoor het cijfer geldt, bijv. een gemeente van een regionale overeenkomst; leeg: de hele overeenkomst */
  locatieId?: string | null | undefined;
  /** Bij BANDBREEDTE en MAXIMAAL (hoogstens) */
  max?: number | null | undefined;
  /** Bij BANDBREEDTE en MINIMAAL (ten minste) */
  min?: number | null | undefined;
  soort: StreefwaardeSoort;
  /** Bij EXACT */
  waarde?: number | null | undefined;
};

/** Een voorgestelde activiteit: een concept-afspraak met de corporatie als trekker */
export type BodAfspraakInput = {
  /** Het geld in de afspraak: wie betaalt wat, wanneer, aan wie en waarvoor */
  bedragen?: Array<BedragInput> | null | undefined;
  betrokkenen?: Array<BetrokkeneInput> | null | undefined;
  /** Wat de afspraak in het jaar van het bod inhoudt */
  concretisering?: string | null | undefined;
  /** De gegevens die bij het type horen */
  details: AfspraakDetailsInput;
  doelgroepen?: Array<Doelgroep> | null | undefined;
  /** Eigen doelgroepen van de overeenkomst (naast de standaarddoelgroepen) */
  eigenDoelgroepIds?: Array<string> | null | undefined;
  /** De leden a, b, c van een samengestelde afspraak, elk met eigen type en gegevens; de letters volgen de volgorde. Een lege lijst maakt de afspraak weer enkelvoudig */
  leden?: Array<AfspraakLidInput> | null | undefined;
  /** De plaatsen waarvoor de afspraak geldt: complex, wijk, kern, gemeente of adres */
  locaties?: Array<AfspraakLocatieInput> | null | undefined;
  /** Normen binnen de afspraak */
  normen?: Array<NormInput> | null | undefined;
  tekst?: string | null | undefined;
  themaId: string;
  titel: string;
  /** Een groep die samen trekt, zoals de afspraak die noemt ("alle corporaties"); de trekker is de aanspreekbare uit die groep. Leeg bij wijzigen: ongewijzigd; null: geen groep */
  trekkerGroep?: TrekkerGroep | null | undefined;
  type: AfspraakType;
  /** Verwijzingen naar andere instrumenten of afspraken */
  verwijzingen?: Array<VerwijzingInput> | null | undefined;
  volwassenheid: Volwassenheid;
  /** Bijv. "mits financieel haalbaar" */
  voorwaarden?: Array<string> | null | undefined;
  /** De voorwaarden met het deel waarvoor elk geldt; in plaats van voorwaarden */
  voorwaardenMetDeel?: Array<VoorwaardeInput> | null | undefined;
};

/** Een voorgestelde indicator bij de afspraken van het bod */
export type BodIndicatorInput = {
  /** Welke afspraken van dit bod hij meet: hun plaats in de lijst afspraken (vanaf 0) */
  afspraken: Array<number>;
  definitie?: string | null | undefined;
  /** Herkomst van de definitie, bijv. "BZK 2023" */
  definitieBron?: string | null | undefined;
  /** Bijv. woningen, wooneenheden, plekken, procent */
  eenheid: string;
  naam: string;
  nulmetingJaar?: number | null | undefined;
  nulmetingWaarde?: number | null | undefined;
  /** Welke kant de indicator op moet (standaard HOGER_IS_BETER) */
  richting?: IndicatorRichting | null | undefined;
  streefwaarde: BodStreefwaardeInput;
};

/** De voorgestelde streefwaarde voor het jaar van het bod */
export type BodStreefwaardeInput = {
  /** Bij EFFECT: het beoogde effect */
  effect?: string | null | undefined;
  /** De plaats (van de overeenkomst) waarvoor het cijfer geldt, bijv. een gemeente van een regionale overeenkomst; leeg: de hele overeenkomst */
  locatieId?: string | null | undefined;
  /** Bij BANDBREEDTE en MAXIMAAL (hoogstens) */
  max?: number | null | undefined;
  /** Bij BANDBREEDTE en MINIMAAL (ten minste) */
  min?: number | null | undefined;
  soort: StreefwaardeSoort;
  /** Bij EXACT */
  waarde?: number | null | undefined;
};

export type CreateAfspraakInput = {
  /** Het geld in de afspraak: wie betaalt wat, wanneer, aan wie en waarvoor */
  bedragen?: Array<BedragInput> | null | undefined;
  betrokkenen?: Array<BetrokkeneInput> | null | undefined;
  /** De gegevens die bij het type horen */
  details: AfspraakDetailsInput;
  doelgroepen?: Array<Doelgroep> | null | undefined;
  /** Eigen doelgroepen van de overeenkomst (naast de standaarddoelgroepen) */
  eigenDoelgroepIds?: Array<string> | null | undefined;
  indicatorIds?: Array<string> | null | undefined;
  /** De jaarschijven waarin de afspraak geldt */
  jaren?: Array<AfspraakJaarInput> | null | undefined;
  /** De leden a, b, c van een samengestelde afspraak, elk met eigen type en gegevens; de letters volgen de volgorde. Een lege lijst maakt de afspraak weer enkelvoudig */
  leden?: Array<AfspraakLidInput> | null | undefined;
  /** De plaatsen waarvoor de afspraak geldt: complex, wijk, kern, gemeente of adres */
  locaties?: Array<AfspraakLocatieInput> | null | undefined;
  /** Normen binnen de afspraak */
  normen?: Array<NormInput> | null | undefined;
  onderdeelId: string;
  tekst?: string | null | undefined;
  themaId: string;
  titel: string;
  /** Een groep die samen trekt, zoals de afspraak die noemt ("alle corporaties"); de trekker is de aanspreekbare uit die groep. Leeg bij wijzigen: ongewijzigd; null: geen groep */
  trekkerGroep?: TrekkerGroep | null | undefined;
  /** De partij die de afspraak trekt; moet deelnemen */
  trekkerId: string;
  type: AfspraakType;
  /** Verwijzingen naar andere instrumenten of afspraken */
  verwijzingen?: Array<VerwijzingInput> | null | undefined;
  volwassenheid: Volwassenheid;
  /** Bijv. "mits financieel haalbaar" */
  voorwaarden?: Array<string> | null | undefined;
  /** De voorwaarden met het deel waarvoor elk geldt; in plaats van voorwaarden */
  voorwaardenMetDeel?: Array<VoorwaardeInput> | null | undefined;
};

export type CreateIndicatorInput = {
  /** De afspraken die deze indicator meet */
  afspraakIds?: Array<string> | null | undefined;
  definitie?: string | null | undefined;
  /** Herkomst van de definitie, bijv. "BZK 2023" */
  definitieBron?: string | null | undefined;
  /** Bijv. woningen, wooneenheden, plekken, procent */
  eenheid: string;
  naam: string;
  nulmetingJaar?: number | null | undefined;
  nulmetingWaarde?: number | null | undefined;
  overeenkomstId: string;
  /** Welke kant de indicator op moet (standaard HOGER_IS_BETER) */
  richting?: IndicatorRichting | null | undefined;
};

export type CreateRealisatieInput = {
  /** Bron van het cijfer */
  bron?: string | null | undefined;
  indicatorId: string;
  jaar: number;
  /** De plaats (van de overeenkomst) waarvoor het cijfer geldt, bijv. een gemeente van een regionale overeenkomst; leeg: de hele overeenkomst */
  locatieId?: string | null | undefined;
  /** Alleen bij een streefwaarde van de soort EFFECT: bereikt, deels of niet, toegelicht in de toelichting */
  oordeel?: EffectOordeel | null | undefined;
  toelichting?: string | null | undefined;
  /** Het gerealiseerde getal; bij een beoogd effect mag in plaats daarvan een oordeel */
  waarde?: number | null | undefined;
};

export type CreateStreefwaardeInput = {
  /** Bij EFFECT: het beoogde effect */
  effect?: string | null | undefined;
  /** Een horizondoel: het jaar ligt bewust na de periode (zonder jaarschijf); zonder dit wordt zo een jaar geweigerd */
  horizon?: boolean | null | undefined;
  indicatorId: string;
  /** Het jaar van de jaarschijf, of een horizonjaar na de periode (het doel waar de afspraak naartoe werkt) */
  jaar: number;
  /** De plaats (van de overeenkomst) waarvoor het cijfer geldt, bijv. een gemeente van een regionale overeenkomst; leeg: de hele overeenkomst */
  locatieId?: string | null | undefined;
  /** Bij BANDBREEDTE en MAXIMAAL (hoogstens) */
  max?: number | null | undefined;
  /** Bij BANDBREEDTE en MINIMAAL (ten minste) */
  min?: number | null | undefined;
  soort: StreefwaardeSoort;
  /** Bij EXACT */
  waarde?: number | null | undefined;
};

export type CyclusRol =
  /** Vorig jaar: verantwoording en evaluatie */
  | 'EVALUATIE'
  /** Volgend jaar: bod, onderhandeling en ondertekening */
  | 'ONDERHANDELING'
  /** Dit jaar: uitvoering */
  | 'UITVOERING';

export type DeelnemerRol =
  /** Ondertekent alleen één of meer bijlagen */
  | 'MEDEONDERTEKENAAR_BIJLAGE'
  /** Ondertekent het hoofddocument */
  | 'ONDERTEKENAAR'
  /** Leest mee, wijzigt niets */
  | 'WAARNEMER';

export type DienBodInInput = {
  afspraken: Array<BodAfspraakInput>;
  indicatoren?: Array<BodIndicatorInput> | null | undefined;
  /** De komende jaarschijf waarop het bod betrekking heeft */
  jaarschijfId: string;
  /** Het onderdeel waarin de afspraken komen; standaard het hoofddocument */
  onderdeelId?: string | null | undefined;
  /** Namens welke corporatie, als u voor meerdere handelt */
  partijId?: string | null | undefined;
  /** De begeleidende brief: de uitgangspunten van het bod */
  toelichting: string;
};

/** Aandachtsgroepen */
export type Doelgroep =
  | 'ALLE_HUURDERS'
  | 'ARBEIDSMIGRANTEN'
  | 'DAK_EN_THUISLOZEN'
  | 'GGZ'
  | 'JONGEREN_UIT_JEUGDZORG'
  | 'LICHAMELIJKE_BEPERKING'
  | 'MANTELZORGERS'
  | 'OUDEREN'
  | 'OUDEREN_MET_ZORGVRAAG'
  | 'PSYCHOGERIATRISCH'
  | 'SOMATISCH'
  | 'STATUSHOUDERS'
  | 'STUDENTEN'
  | 'UITSTROMERS_BW_MO'
  | 'URGENTEN'
  | 'VERSTANDELIJKE_BEPERKING'
  | 'WOONWAGENBEWONERS'
  | 'ZINTUIGLIJKE_BEPERKING';

/** Oordeel over een beoogd effect (streefwaarde van de soort EFFECT) */
export type EffectOordeel =
  /** Het effect is bereikt */
  | 'BEREIKT'
  /** Het effect is deels bereikt */
  | 'DEELS'
  /** Het effect is niet bereikt */
  | 'NIET';

/** Met id: een bestaande eigen doelgroep wijzigen; zonder: een nieuwe */
export type EigenDoelgroepInput = {
  id?: string | null | undefined;
  leeftijdTot?: number | null | undefined;
  leeftijdVan?: number | null | undefined;
  naam: string;
  omschrijving?: string;
};

/** Wat met de afspraak gebeurt: afgerond, doorzetten naar de volgende jaarschijf, bijstellen met nieuwe streefwaarden, of laten vervallen */
export type EvaluatieBesluit = 'AFGEROND' | 'BIJSTELLEN' | 'DOORZETTEN' | 'VERVALLEN';

export type EvaluatieInput = {
  afspraakId: string;
  besluit: EvaluatieBesluit;
  /** Conclusie: wat is bereikt en wat niet */
  conclusie: string;
  /** Het geëvalueerde jaar */
  jaar: number;
  /** De les voor de volgende jaarschijf */
  les?: string | null | undefined;
  /** Namens welke partij, als u voor meerdere partijen van de driehoek handelt */
  partijId?: string | null | undefined;
  stoplicht: Stoplicht;
  /** Bij BIJSTELLEN: de nieuwe streefwaarden voor latere jaren */
  streefwaarden?: Array<BijstellingInput> | null | undefined;
};

export type ExportTicketInput = {
  /** Pad en query van de export, bijv. /export/overeenkomsten/<id>.docx */
  pad: string;
};

export type ExterneOndertekenaarInput = {
  /** In welke functie, bijv. "wethouder Wonen" */
  functie: string;
  /** Wie namens de partij tekende */
  naam: string;
  /** De ondertekenende partij */
  partijId: string;
};

/** Een onderdeel dat buiten Driehoek (op papier) is ondertekend, met de ondertekende PDF */
export type ExterneOndertekeningInput = {
  /** De ondertekende PDF, base64-gecodeerd (hoogstens 5 MB) */
  bestand: string;
  /** De bestandsnaam van de PDF */
  bestandsnaam: string;
  /** De dag van ondertekening, JJJJ-MM-DD (niet in de toekomst) */
  datum: string;
  /** De jaarschijven die het ondertekende document dekt (tot en met dit jaar) */
  jaren: Array<number>;
  onderdeelId: string;
  /** Per ondertekenende partij van het onderdeel: wie tekende */
  ondertekenaars: Array<ExterneOndertekenaarInput>;
};

export type GarantieDetailsInput = {
  garantstellerIds: Array<string>;
  geldigTot?: string | null | undefined;
  /** Per garantsteller wat die garandeert; wie er geen heeft, garandeert "wat" */
  toezeggingen?: Array<GarantieToezeggingInput> | null | undefined;
  wat: string;
};

export type GarantieToezeggingInput = {
  partijId: string;
  /** Wat deze garantsteller garandeert */
  wat: string;
};

export type GebeurtenisSoort =
  | 'ADDENDUM'
  | 'AFSPRAAK_GEWIJZIGD'
  | 'AFSPRAAK_NIEUW'
  | 'AFSPRAAK_VERWIJDERD'
  | 'BEVROREN'
  | 'BOD'
  | 'DEELNEMER_GEWIJZIGD'
  | 'DEELNEMER_NIEUW'
  | 'DEELNEMER_VERWIJDERD'
  | 'EVALUATIE'
  | 'EVALUATIE_GESLOTEN'
  | 'EXTERN_ONDERTEKEND'
  | 'FASE'
  | 'GEWEIGERD'
  | 'INDICATOR_GEWIJZIGD'
  | 'INDICATOR_NIEUW'
  | 'INDICATOR_VERWIJDERD'
  | 'ONDERDEEL_GEWIJZIGD'
  | 'ONDERDEEL_NIEUW'
  | 'ONDERDEEL_VERWIJDERD'
  | 'ONDERTEKEND'
  | 'OPMERKING'
  | 'PUBLICATIE'
  | 'STANDPUNT'
  | 'SUGGESTIE'
  | 'THEMA_GEWIJZIGD'
  | 'THEMA_NIEUW'
  | 'THEMA_VERWIJDERD'
  | 'VERSIE_HERSTELD'
  | 'VOORSTEL';

export type HandelingDetailsInput = {
  /** Leeg zolang de activiteiten nog in de jaarschijf worden uitgewerkt */
  activiteiten?: Array<ActiviteitInput>;
};

export type IdInput = {
  id: string;
};

export type ImportAfspraakInput = {
  bedragen?: Array<ImportBedragInput>;
  doelgroepen?: Array<Doelgroep>;
  /** Jaren van de periode waarin zij geldt */
  jaren?: Array<number>;
  kenmerken?: ImportKenmerkenInput | null | undefined;
  locaties?: Array<AfspraakLocatieInput>;
  normen?: Array<NormInput>;
  tekst: string;
  /** Leeg: het begin van de tekst */
  titel?: string | null | undefined;
  /** De trekker: een nummer in de lijst partijen (vanaf 0) */
  trekker: number;
  type: AfspraakType;
};

/** Een bedrag uit de tekst; de betaler als nummer in de lijst partijen */
export type ImportBedragInput = {
  /** Wie betaalt: een nummer in de lijst partijen (vanaf 0) */
  betaler: number;
  doel: string;
  /** In euro */
  euro: number;
  frequentie: BedragFrequentie;
  jaar?: number | null | undefined;
  totJaar?: number | null | undefined;
};

export type ImportHoofdstukInput = {
  afspraken: Array<ImportAfspraakInput>;
  titel: string;
};

export type ImportIndicatorInput = {
  eenheid?: string;
  naam: string;
  streefwaarden: Array<ImportStreefwaardeInput>;
};

/** De gegevens van het type zoals nagekeken; wat ontbreekt, wordt uit de tekst gelezen (alleen de velden van het gekozen type tellen) */
export type ImportKenmerkenInput = {
  beschrijvendSoort?: BeschrijvendSoort | null | undefined;
  frequentie?: string | null | undefined;
  /** Intentie: … dan */
  gevolg?: string | null | undefined;
  omschrijving?: string | null | undefined;
  /** Transactie: wat de trekker ontvangt */
  ontvangt?: string | null | undefined;
  overlegvorm?: string | null | undefined;
  /** Intentie: als … */
  voorwaarde?: string | null | undefined;
  wanneer?: string | null | undefined;
  /** Wat de handeling doet, de garantie inhoudt of de trekker van een transactie levert */
  wat?: string | null | undefined;
};

export type ImportPartijInput = {
  kvkNummer?: string | null | undefined;
  naam: string;
  /** Leeg: een nieuwe partij met deze naam */
  partijId?: string | null | undefined;
  soort: PartijSoort;
  vertegenwoordiger?: string | null | undefined;
  vertegenwoordigerFunctie?: string | null | undefined;
  /** Alleen voor een nieuwe partij */
  vestigingsplaats?: string | null | undefined;
};

export type ImportStreefwaardeInput = {
  jaar: number;
  waarde: number;
};

/** Welke kant de indicator op moet; bepaalt of een realisatie op koers is */
export type IndicatorRichting =
  /** Op koers binnen de bandbreedte (of precies op de waarde), niet erboven of eronder */
  | 'BINNEN_BANDBREEDTE'
  /** Meer is beter, bijv. opgeleverde woningen */
  | 'HOGER_IS_BETER'
  /** Minder is beter, bijv. wachttijd of huisuitzettingen */
  | 'LAGER_IS_BETER';

export type InstrumentSoort =
  | 'CONVENANT'
  | 'HUISVESTINGSVERORDENING'
  | 'OVERIG'
  | 'PACT'
  | 'RAAMOVEREENKOMST'
  | 'UITVOERINGSPROGRAMMA'
  | 'VOLKSHUISVESTINGSPROGRAMMA'
  | 'WOONDEAL'
  | 'WOONVISIE'
  | 'WOONZORGVISIE';

export type IntentieDetailsInput = {
  gevolg?: string;
  /** Leeg bij een inspanning zonder voorwaarde ("partijen spannen zich in om …") */
  voorwaarde?: string;
};

export type JaarschijfStatus =
  | 'BOD_ONTVANGEN'
  | 'CONCEPT'
  | 'GEEVALUEERD'
  | 'IN_ONDERHANDELING'
  | 'IN_UITVOERING'
  | 'ONDERTEKEND'
  | 'TER_ONDERTEKENING'
  | 'VERANTWOORDING';

/** Wat een lid namens zijn partij mag */
export type LidRol =
  /** Beheert de leden van de partij */
  | 'BEHEERDER'
  /** Leest mee */
  | 'LEZER'
  /** Ondertekent namens de partij; mag ook schrijven */
  | 'ONDERTEKENAAR'
  /** Schrijft en wijzigt afspraken */
  | 'OPSTELLER';

export type LocatieSoort =
  /** Eén adres of perceel */
  | 'ADRES'
  /** Een wooncomplex of bouwproject, bijv. "Zorgcomplex De Hoven" */
  | 'COMPLEX'
  /** Een gemeente (in een regionale overeenkomst) */
  | 'GEMEENTE'
  /** Een dorp of kern van de gemeente */
  | 'KERN'
  /** Een wijk of buurt */
  | 'WIJK';

export type LoginInput = {
  email: string;
  wachtwoord: string;
};

/** Wanneer meldingen ook per e-mail komen */
export type MailVoorkeur =
  /** Eén overzicht per dag */
  | 'DAGELIJKS'
  /** Meteen, één e-mail per melding */
  | 'DIRECT'
  /** Geen e-mail, alleen in Driehoek */
  | 'UIT';

export type MeldAfInput = {
  /** Het token uit de afmeldlink van een e-mail */
  token: string;
};

export type MeldingSoort =
  'HERINNERING' | 'ONDERTEKEND' | 'ONDERTEKENVERZOEK' | 'OPMERKING' | 'VERMELDING' | 'VOORSTEL';

export type MijlpaalSoort =
  /** Het bod van de corporatie(s), vóór 1 juli van het jaar ervoor */
  | 'BOD'
  /** De gezamenlijke evaluatie, in juni van het jaar erna */
  | 'EVALUATIE'
  /** Ondertekend vóór 15 december van het jaar ervoor */
  | 'ONDERTEKENING'
  /** Het jaar zelf */
  | 'UITVOERING'
  /** De verantwoording, in mei van het jaar erna */
  | 'VERANTWOORDING';

export type MijlpaalToestand =
  | 'GEDAAN'
  | 'KOMEND'
  | 'LOPEND'
  /** Niet gevraagd: verantwoording en evaluatie alleen over een jaar dat in uitvoering is genomen */
  | 'NIET_GEVRAAGD'
  | 'TE_LAAT';

export type NieuweAfspraakInput = {
  /** Het geld in de afspraak: wie betaalt wat, wanneer, aan wie en waarvoor */
  bedragen?: Array<BedragInput> | null | undefined;
  betrokkenen?: Array<BetrokkeneInput> | null | undefined;
  /** De gegevens die bij het type horen */
  details: AfspraakDetailsInput;
  doelgroepen?: Array<Doelgroep> | null | undefined;
  /** Eigen doelgroepen van de overeenkomst (naast de standaarddoelgroepen) */
  eigenDoelgroepIds?: Array<string> | null | undefined;
  indicatorIds?: Array<string> | null | undefined;
  /** De jaarschijven waarin de afspraak geldt */
  jaren?: Array<AfspraakJaarInput> | null | undefined;
  /** De leden a, b, c van een samengestelde afspraak, elk met eigen type en gegevens; de letters volgen de volgorde. Een lege lijst maakt de afspraak weer enkelvoudig */
  leden?: Array<AfspraakLidInput> | null | undefined;
  /** De plaatsen waarvoor de afspraak geldt: complex, wijk, kern, gemeente of adres */
  locaties?: Array<AfspraakLocatieInput> | null | undefined;
  /** Normen binnen de afspraak */
  normen?: Array<NormInput> | null | undefined;
  themaId: string;
  titel: string;
  /** Een groep die samen trekt, zoals de afspraak die noemt ("alle corporaties"); de trekker is de aanspreekbare uit die groep. Leeg bij wijzigen: ongewijzigd; null: geen groep */
  trekkerGroep?: TrekkerGroep | null | undefined;
  /** De partij die de afspraak trekt; moet deelnemen */
  trekkerId: string;
  type: AfspraakType;
  /** Verwijzingen naar andere instrumenten of afspraken */
  verwijzingen?: Array<VerwijzingInput> | null | undefined;
  volwassenheid: Volwassenheid;
  /** Bijv. "mits financieel haalbaar" */
  voorwaarden?: Array<string> | null | undefined;
  /** De voorwaarden met het deel waarvoor elk geldt; in plaats van voorwaarden */
  voorwaardenMetDeel?: Array<VoorwaardeInput> | null | undefined;
};

export type NieuwePartijInput = {
  naam: string;
  regio?: string | null | undefined;
  soort: PartijSoort;
};

export type NodigLidUitInput = {
  email: string;
  partijId: string;
  rollen: Array<LidRol>;
};

/** Nodig een bestaande partij (partijId) of een nieuwe (nieuwePartij) uit */
export type NodigPartijUitInput = {
  /** Bij een bestaande partij: een beheerder ervan; bij een nieuwe: haar eerste beheerder */
  email: string;
  nieuwePartij?: NieuwePartijInput | null | undefined;
  overeenkomstId: string;
  partijId?: string | null | undefined;
  rol: DeelnemerRol;
};

/** Eenheid van een norm; bij ANDERS staat de eenheid in eenheidTekst */
export type NormEenheid =
  | 'ANDERS'
  | 'DAGEN'
  | 'EURO'
  | 'JAREN'
  | 'KILOMETER'
  | 'MAANDEN'
  | 'METER'
  | 'MINUTEN'
  | 'PLAATSEN'
  | 'PROCENT'
  | 'STERREN'
  | 'UREN'
  | 'WEKEN'
  | 'WONINGEN';

export type NormInput = {
  deel?: AfspraakDeelInput | null | undefined;
  eenheid?: NormEenheid | null | undefined;
  eenheidTekst?: string | null | undefined;
  onderwerp: string;
  /** De partij wier toezegging de norm is: de trekker of een betrokkene */
  partijId?: string | null | undefined;
  totWaarde?: number | null | undefined;
  vergelijking: NormVergelijking;
  waarde?: number | null | undefined;
  waardeTekst?: string | null | undefined;
};

export type NormVergelijking =
  /** Hoogstens (maximaal, binnen) */
  | 'HOOGSTENS'
  /** Meer dan (de waarde zelf telt niet mee) */
  | 'MEER_DAN'
  /** Minder dan (de waarde zelf telt niet mee) */
  | 'MINDER_DAN'
  /** Precies; ook voor een norm zonder getal (waardeTekst) */
  | 'PRECIES'
  /** Ten minste (minimaal, binnen de ondergrens) */
  | 'TEN_MINSTE'
  /** Tussen waarde en totWaarde */
  | 'TUSSEN';

/** Opstellen (tekst direct bewerken) of onderhandelen (elke tekstwijziging is een suggestie) */
export type OnderdeelFase = 'ONDERHANDELEN' | 'OPSTELLEN';

export type OnderdeelSoort = 'BIJLAGE' | 'HOOFDDOCUMENT';

export type OnderdeelStatus = 'CONCEPT' | 'ONDERTEKEND' | 'TER_ONDERTEKENING';

export type OndertekenInput = {
  /** Uw functie, bijv. "wethouder Wonen" of "directeur-bestuurder" */
  functie: string;
  /** Namens welke partij (bij meer dan één) */
  partijId?: string | null | undefined;
  /** De bevroren versie die u ondertekent */
  versieId: string;
  /** Uw wachtwoord, ter bevestiging */
  wachtwoord: string;
};

/** Het standpunt van een partij over een afspraak */
export type Oordeel = 'AKKOORD' | 'AKKOORD_MET_VOORBEHOUD' | 'NIET_AKKOORD';

export type OpmerkingActie = 'GEPLAATST' | 'HEROPEND' | 'OPGELOST' | 'REACTIE';

export type OpmerkingStatusInput = {
  opmerkingId: string;
  /** Namens welke partij (nodig als u voor meer dan één partij optreedt) */
  partijId?: string | null | undefined;
};

export type OvereenkomstFilter = {
  gemeenteId?: string | null | undefined;
  /** Overeenkomsten die dit jaar omvatten */
  jaar?: number | null | undefined;
  /** Overeenkomsten waaraan deze partij deelneemt */
  partijId?: string | null | undefined;
  status?: OvereenkomstStatus | null | undefined;
};

/** Afgeleid uit de onderdelen en jaarschijven */
export type OvereenkomstStatus =
  /** Elk jaar is geëvalueerd */
  | 'AFGELOPEN'
  /** Door de regie voortijdig beëindigd */
  | 'BEEINDIGD'
  /** Wordt opgesteld */
  | 'CONCEPT'
  /** De looptijd is voorbij; nog niet elk jaar is geëvalueerd */
  | 'IN_EVALUATIE'
  /** De onderhandeling loopt */
  | 'IN_ONDERHANDELING'
  /** Ondertekend en binnen de looptijd */
  | 'LOPEND'
  /** Het hoofddocument is ondertekend; de looptijd begint later */
  | 'ONDERTEKEND'
  /** Het hoofddocument is bevroren en wacht op handtekeningen */
  | 'TER_ONDERTEKENING';

/** Een logo van een partij: PNG of JPEG, hoogstens 512 KB */
export type PartijLogoInput = {
  /** De afbeelding, base64-gecodeerd */
  logo: string;
  partijId: string;
};

/** Soort organisatie */
export type PartijSoort =
  /** Cliëntenorganisatie */
  | 'CLIENTENORGANISATIE'
  /** Gemeente */
  | 'GEMEENTE'
  /** Huurdersorganisatie */
  | 'HUURDERSORGANISATIE'
  /** Overige organisatie */
  | 'OVERIG'
  /** Provincie */
  | 'PROVINCIE'
  /** Welzijnsorganisatie */
  | 'WELZIJNSORGANISATIE'
  /** Woningcorporatie */
  | 'WONINGCORPORATIE'
  /** Zorgaanbieder */
  | 'ZORGAANBIEDER'
  /** Zorgkantoor */
  | 'ZORGKANTOOR';

export type PlaatsOpmerkingInput = {
  afspraakId: string;
  anker?: AnkerInput | null | undefined;
  /** De partij tot wie de opmerking zich richt */
  gerichtAanId?: string | null | undefined;
  /** Namens welke partij (nodig als u voor meer dan één partij optreedt) */
  partijId?: string | null | undefined;
  tekst: string;
};

export type ProcesDetailsInput = {
  deelnemerIds?: Array<string>;
  /** Leeg bij een eenmalige stap */
  frequentie?: string;
  overlegvorm?: string;
  /** Het jaar van een eenmalige stap */
  wanneerJaar?: number | null | undefined;
  /** Bijv. "voor de zomer" */
  wanneerTekst?: string | null | undefined;
};

/** Een ondertekende overeenkomst openbaar maken (Woo) */
export type PubliceerInput = {
  overeenkomstId: string;
  /** Het adres (/publicatie/<slug>): kleine letters, cijfers en streepjes; zonder: uit gemeente, titel en periode. Blijft gelijk bij opnieuw publiceren */
  slug?: string | null | undefined;
};

export type ReageerInput = {
  /** De opmerking waarop u reageert */
  opmerkingId: string;
  /** Namens welke partij (nodig als u voor meer dan één partij optreedt) */
  partijId?: string | null | undefined;
  tekst: string;
};

export type ReferentieInput = {
  soort: InstrumentSoort;
  titel: string;
  url?: string | null | undefined;
};

export type SjabloonInput = {
  /** Het .docx-bestand, base64-gecodeerd (hoogstens 5 MB) */
  bestand: string;
  naam: string;
  overeenkomstId: string;
};

export type StandpuntInput = {
  afspraakId: string;
  oordeel: Oordeel;
  /** Namens welke partij (nodig als u voor meer dan één partij optreedt) */
  partijId?: string | null | undefined;
  /** Verplicht, behalve bij akkoord */
  toelichting?: string | null | undefined;
};

/** Hetzelfde standpunt over een aantal afspraken van één onderdeel tegelijk, bijvoorbeeld akkoord na het nalopen van de lijst */
export type StandpuntenInput = {
  /** De afspraken, alle van hetzelfde onderdeel */
  afspraakIds: Array<string>;
  oordeel: Oordeel;
  /** Namens welke partij (nodig als u voor meer dan één partij optreedt) */
  partijId?: string | null | undefined;
  /** Verplicht, behalve bij akkoord */
  toelichting?: string | null | undefined;
};

/** Het stoplicht van de evaluatie: groen (gehaald), oranje (deels), rood (niet) */
export type Stoplicht = 'GROEN' | 'ORANJE' | 'ROOD';

export type StreefwaardeSoort =
  /** Een bandbreedte van minimum tot maximum */
  | 'BANDBREEDTE'
  /** Een beschreven effect in plaats van een aantal */
  | 'EFFECT'
  /** Eén getal */
  | 'EXACT'
  /** Hoogstens een aantal (max), zonder ondergrens */
  | 'MAXIMAAL'
  /** Ten minste een aantal (min), zonder bovengrens */
  | 'MINIMAAL';

/** Open, aanvaard (in de tekst opgenomen), verworpen, ingetrokken door de indiener, of vervallen bij het bevriezen */
export type SuggestieStatus = 'AANVAARD' | 'INGETROKKEN' | 'OPEN' | 'VERVALLEN' | 'VERWORPEN';

export type TaakSoort =
  /** Het bod van uw corporatie op de komende jaarschijf (voor 1 juli) */
  | 'BOD'
  /** De evaluatie van het afgelopen jaar bevestigen (juni) */
  | 'EVALUATIE'
  /** Een bevroren onderdeel dat uw partij nog moet ondertekenen */
  | 'ONDERTEKENING'
  /** Open opmerkingen gericht aan uw partij */
  | 'OPMERKING'
  /** Standpunten innemen op afspraken in onderhandeling */
  | 'STANDPUNT'
  /** Suggesties in de tekst die op het oordeel van uw partij wachten */
  | 'SUGGESTIE'
  /** Een openstaande uitnodiging aan uw e-mailadres */
  | 'UITNODIGING'
  /** De verantwoording als trekker over het afgelopen jaar (mei) */
  | 'VERANTWOORDING'
  /** Wijzigingsvoorstellen die op het oordeel van uw partij wachten */
  | 'VOORSTEL';

export type TekstdeelSoort = 'GELIJK' | 'TOEGEVOEGD' | 'VERWIJDERD';

export type TransactieDetailsInput = {
  posten: Array<TransactiePostInput>;
};

export type TransactiePostInput = {
  levert?: string;
  /** Leeg bij een partij die alleen de kosten draagt */
  ontvangt?: string;
  partijId: string;
};

/** Een publicatie intrekken, met de reden */
export type TrekPublicatieInInput = {
  overeenkomstId: string;
  /** Waarom de publicatie wordt ingetrokken (komt in het logboek) */
  reden: string;
};

/** Een groep partijen die samen trekker is, zoals de afspraak die noemt */
export type TrekkerGroep =
  /** Alle woningcorporaties */
  | 'ALLE_CORPORATIES'
  /** Alle gemeenten */
  | 'ALLE_GEMEENTEN'
  /** Alle huurdersorganisaties */
  | 'ALLE_HUURDERSORGANISATIES'
  /** Alle partijen (behalve waarnemers) */
  | 'ALLE_PARTIJEN'
  /** Alle zorgaanbieders, zorgkantoren en welzijnsorganisaties */
  | 'ALLE_ZORGPARTIJEN';

export type UitnodigingSoort = 'DEELNAME' | 'LIDMAATSCHAP';

export type UpdateAfspraakInput = {
  /** Het geld in de afspraak: wie betaalt wat, wanneer, aan wie en waarvoor */
  bedragen?: Array<BedragInput> | null | undefined;
  betrokkenen?: Array<BetrokkeneInput> | null | undefined;
  /** De gegevens die bij het type horen */
  details?: AfspraakDetailsInput | null | undefined;
  doelgroepen?: Array<Doelgroep> | null | undefined;
  /** Eigen doelgroepen van de overeenkomst (naast de standaarddoelgroepen) */
  eigenDoelgroepIds?: Array<string> | null | undefined;
  id: string;
  indicatorIds?: Array<string> | null | undefined;
  /** De jaarschijven waarin de afspraak geldt */
  jaren?: Array<AfspraakJaarInput> | null | undefined;
  /** De leden a, b, c van een samengestelde afspraak, elk met eigen type en gegevens; de letters volgen de volgorde. Een lege lijst maakt de afspraak weer enkelvoudig */
  leden?: Array<AfspraakLidInput> | null | undefined;
  /** De plaatsen waarvoor de afspraak geldt: complex, wijk, kern, gemeente of adres */
  locaties?: Array<AfspraakLocatieInput> | null | undefined;
  /** Normen binnen de afspraak */
  normen?: Array<NormInput> | null | undefined;
  tekst?: string | null | undefined;
  themaId?: string | null | undefined;
  titel?: string | null | undefined;
  /** Een groep die samen trekt, zoals de afspraak die noemt ("alle corporaties"); de trekker is de aanspreekbare uit die groep. Leeg bij wijzigen: ongewijzigd; null: geen groep */
  trekkerGroep?: TrekkerGroep | null | undefined;
  /** De partij die de afspraak trekt; moet deelnemen */
  trekkerId?: string | null | undefined;
  type?: AfspraakType | null | undefined;
  /** Verwijzingen naar andere instrumenten of afspraken */
  verwijzingen?: Array<VerwijzingInput> | null | undefined;
  volwassenheid?: Volwassenheid | null | undefined;
  /** Bijv. "mits financieel haalbaar" */
  voorwaarden?: Array<string> | null | undefined;
  /** De voorwaarden met het deel waarvoor elk geldt; in plaats van voorwaarden */
  voorwaardenMetDeel?: Array<VoorwaardeInput> | null | undefined;
};

export type UpdateIndicatorInput = {
  /** De afspraken die deze indicator meet */
  afspraakIds?: Array<string> | null | undefined;
  definitie?: string | null | undefined;
  /** Herkomst van de definitie, bijv. "BZK 2023" */
  definitieBron?: string | null | undefined;
  /** Bijv. woningen, wooneenheden, plekken, procent */
  eenheid?: string | null | undefined;
  id: string;
  naam?: string | null | undefined;
  nulmetingJaar?: number | null | undefined;
  nulmetingWaarde?: number | null | undefined;
  /** Welke kant de indicator op moet (standaard HOGER_IS_BETER) */
  richting?: IndicatorRichting | null | undefined;
};

export type UpdateOvereenkomstInput = {
  /** Voortijdig beëindigd (of weer niet); elke andere status volgt uit de onderdelen en jaarschijven */
  beeindigd?: boolean | null | undefined;
  /** De eigen doelgroepen van de overeenkomst (de hele lijst) */
  eigenDoelgroepen?: Array<EigenDoelgroepInput> | null | undefined;
  eindjaar?: number | null | undefined;
  gemeenteIds?: Array<string> | null | undefined;
  id: string;
  preambule?: string | null | undefined;
  referenties?: Array<ReferentieInput> | null | undefined;
  startjaar?: number | null | undefined;
  titel?: string | null | undefined;
};

export type UpdatePartijInput = {
  id: string;
  /** KvK-nummer: 8 cijfers */
  kvkNummer?: string | null | undefined;
  naam?: string | null | undefined;
  regio?: string | null | undefined;
  soort?: PartijSoort | null | undefined;
  /** Statutaire naam, bijv. "Stichting De Vliet" */
  statutaireNaam?: string | null | undefined;
  /** Naam van wie de partij vertegenwoordigt */
  vertegenwoordiger?: string | null | undefined;
  /** Functie van de vertegenwoordiger */
  vertegenwoordigerFunctie?: string | null | undefined;
  /** Vestigingsplaats (statutaire zetel) */
  vestigingsplaats?: string | null | undefined;
};

export type UpdateRealisatieInput = {
  /** Bron van het cijfer */
  bron?: string | null | undefined;
  id: string;
  /** Alleen bij een streefwaarde van de soort EFFECT: bereikt, deels of niet, toegelicht in de toelichting */
  oordeel?: EffectOordeel | null | undefined;
  toelichting?: string | null | undefined;
  /** Het gerealiseerde getal; bij een beoogd effect mag in plaats daarvan een oordeel */
  waarde?: number | null | undefined;
};

export type UpdateStreefwaardeInput = {
  /** Bij EFFECT: het beoogde effect */
  effect?: string | null | undefined;
  id: string;
  /** Bij BANDBREEDTE en MAXIMAAL (hoogstens) */
  max?: number | null | undefined;
  /** Bij BANDBREEDTE en MINIMAAL (ten minste) */
  min?: number | null | undefined;
  soort?: StreefwaardeSoort | null | undefined;
  /** Bij EXACT */
  waarde?: number | null | undefined;
};

/** Een document (PDF, DOCX of ODT) bij een overeenkomst, om naar te verwijzen */
export type UploadDocumentInput = {
  /** De bestandsnaam, bijv. "woonzorgvisie-2026.pdf" */
  bestandsnaam: string;
  /** Het bestand, base64-gecodeerd (hoogstens 5 MB) */
  inhoud: string;
  overeenkomstId: string;
};

export type VerantwoordingInput = {
  afspraakId: string;
  /** Het jaar waarover verantwoord wordt (voorbij) */
  jaar: number;
  status: VerantwoordingStatus;
  /** Toelichting: wat is gedaan, wat niet en waarom */
  toelichting: string;
};

/** Hoe het met een afspraak staat, volgens haar trekker */
export type VerantwoordingStatus =
  'GEREALISEERD' | 'NIET_GEREALISEERD' | 'OP_SCHEMA' | 'VERTRAAGD' | 'VERVALLEN';

export type VersieStatus =
  /** Een partij weigerde te tekenen; het onderdeel ging terug naar concept */
  | 'GEWEIGERD'
  /** Door alle vereiste partijen ondertekend */
  | 'ONDERTEKEND'
  /** Bevroren; wacht op de handtekeningen */
  | 'TER_ONDERTEKENING';

/** Naar een instrument (soort, en titel, url of document; eventueel artikel) óf naar een afspraak */
export type VerwijzingInput = {
  afspraakId?: string | null | undefined;
  artikel?: string | null | undefined;
  /** Een document dat bij deze overeenkomst is geüpload (uploadDocument) */
  documentId?: string | null | undefined;
  soort?: InstrumentSoort | null | undefined;
  titel?: string | null | undefined;
  toelichting?: string | null | undefined;
  url?: string | null | undefined;
};

export type Volwassenheid =
  /** Aanzwengelen van beleid */
  | 'AANZWENGELEN'
  /** SMART geformuleerd */
  | 'SMART'
  /** Voornemen */
  | 'VOORNEMEN';

export type VoorstelSoort =
  /** Een nieuwe afspraak */
  | 'NIEUW'
  /** Een afspraak schrappen */
  | 'VERWIJDERING'
  /** Nieuwe tekst voor een bestaande afspraak */
  | 'WIJZIGING';

export type VoorstelStatus =
  /** Door alle ondertekenaars aanvaard en doorgevoerd */
  | 'AANVAARD'
  /** Door de indiener ingetrokken */
  | 'INGETROKKEN'
  /** Wacht op de beoordeling van de andere ondertekenaars */
  | 'OPEN'
  /** Bij het bevriezen gesloten, met een reden van de regie */
  | 'VERVALLEN'
  /** Door een ondertekenaar afgewezen */
  | 'VERWORPEN';

export type VoorwaardeInput = {
  deel?: AfspraakDeelInput | null | undefined;
  tekst: string;
};

/** Wat een afspraak (nog) openlaat */
export type WaarschuwingCode =
  | 'ACTIVITEIT_ZONDER_UITVOERDER'
  | 'ACTIVITEIT_ZONDER_WANNEER'
  | 'BESCHRIJVING_ONTBREEKT'
  | 'HANDELING_ZONDER_ACTIVITEITEN'
  | 'INTENTIE_ZONDER_GEVOLG'
  | 'PROCES_ZONDER_OVERLEGVORM'
  | 'SMART_ZONDER_INDICATOR';

export type WeigerOndertekeningInput = {
  partijId?: string | null | undefined;
  /** Waarom uw partij niet tekent */
  reden: string;
  versieId: string;
};

export type WijzigLidInput = {
  id: string;
  rollen: Array<LidRol>;
};

export type WijzigingsvoorstelInput = {
  /** De afspraak (bij wijziging of verwijdering) */
  afspraakId?: string | null | undefined;
  motivering: string;
  /** De nieuwe afspraak (bij nieuw) */
  nieuweAfspraak?: NieuweAfspraakInput | null | undefined;
  /** De voorgestelde tekst (bij wijziging of nieuw) */
  nieuweTekst?: string | null | undefined;
  /** Het onderdeel (bij een nieuwe afspraak) */
  onderdeelId?: string | null | undefined;
  /** Namens welke partij (nodig als u voor meer dan één partij optreedt) */
  partijId?: string | null | undefined;
  soort: VoorstelSoort;
};

export type ZetJaarschijfStatusInput = {
  jaarschijfId: string;
  /** De volgende stap */
  status: JaarschijfStatus;
};

export type ZetMeldingVoorkeurInput = {
  mail: MailVoorkeur;
};

export type IkQueryVariables = Exact<{ [key: string]: never }>;

export type IkQuery = {
  me: {
    id: string;
    naam: string;
    email: string;
    lidmaatschappen: Array<{
      rollen: Array<LidRol>;
      partij: { id: string; naam: string; soort: PartijSoort };
    }>;
  };
};

export type UitloggenMutationVariables = Exact<{ [key: string]: never }>;

export type UitloggenMutation = { logout: boolean };

export type ExportTicketMutationVariables = Exact<{
  input: ExportTicketInput;
}>;

export type ExportTicketMutation = { exportTicket: { url: string } };

export type MijnTakenQueryVariables = Exact<{
  overeenkomstId?: string | null | undefined;
}>;

export type MijnTakenQuery = {
  mijnTaken: Array<{
    sleutel: string;
    soort: TaakSoort;
    titel: string;
    aantal: number;
    deadline: string | null;
    teLaat: boolean;
    link: string;
    partijNaam: string;
    overeenkomstId: string | null;
    overeenkomstTitel: string | null;
    onderdeelId: string | null;
    onderdeelTitel: string | null;
  }>;
};

export type GebeurtenissenSubscriptionVariables = Exact<{
  overeenkomstId: string;
}>;

export type GebeurtenissenSubscription = {
  overeenkomstGebeurtenissen: {
    soort: GebeurtenisSoort;
    onderdeelId: string | null;
    afspraakId: string | null;
    onderwerpId: string;
    door: string;
    doorId: string | null;
    partij: string | null;
    opmerkingActie: OpmerkingActie | null;
    draadId: string | null;
    tijd: string;
    vervallenAkkoorden: Array<string> | null;
  };
};

export type MeldingVeldenFragment = {
  id: string;
  soort: MeldingSoort;
  tekst: string;
  link: string;
  tijd: string;
  gelezen: boolean;
};

export type MeldingenQueryVariables = Exact<{
  take: number;
  skip: number;
  alleenOngelezen: boolean;
}>;

export type MeldingenQuery = {
  meldingen: {
    total: number;
    ongelezen: number;
    items: Array<{
      id: string;
      soort: MeldingSoort;
      tekst: string;
      link: string;
      tijd: string;
      gelezen: boolean;
    }>;
  };
};

export type NieuweMeldingSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NieuweMeldingSubscription = {
  nieuweMelding: {
    id: string;
    soort: MeldingSoort;
    tekst: string;
    link: string;
    tijd: string;
    gelezen: boolean;
  };
};

export type MarkeerMeldingGelezenMutationVariables = Exact<{
  id: string;
}>;

export type MarkeerMeldingGelezenMutation = {
  markeerMeldingGelezen: {
    id: string;
    soort: MeldingSoort;
    tekst: string;
    link: string;
    tijd: string;
    gelezen: boolean;
  };
};

export type MarkeerAlleMeldingenGelezenMutationVariables = Exact<{ [key: string]: never }>;

export type MarkeerAlleMeldingenGelezenMutation = { markeerAlleMeldingenGelezen: number };

export type MeldAfVoorMailMutationVariables = Exact<{
  input: MeldAfInput;
}>;

export type MeldAfVoorMailMutation = { meldAfVoorMail: boolean };

export type BodThemasQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type BodThemasQuery = {
  themas: Array<{ id: string; naam: string; domein: { id: string; naam: string } | null }>;
};

export type DienBodInMutationVariables = Exact<{
  input: DienBodInInput;
}>;

export type DienBodInMutation = { dienBodIn: { id: string; jaar: number } };

export type BodenQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type BodenQuery = {
  boden: Array<{
    id: string;
    jaar: number;
    partij: string;
    door: string;
    ingediend: string;
    teLaat: boolean;
    toelichting: string;
    afspraken: Array<{
      id: string;
      nummer: string;
      titel: string;
      type: AfspraakType;
      onderdeel: string;
    }>;
    indicatoren: Array<{ id: string; naam: string; eenheid: string; streefwaarde: string }>;
  }>;
};

export type BodMogelijkhedenQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type BodMogelijkhedenQuery = {
  bodMogelijkheden: Array<{
    jaarschijfId: string;
    jaar: number;
    partijId: string;
    partij: string;
    mag: { mag: boolean; reden: string | null; code: string | null };
  }>;
};

export type EvaluatieQueryVariables = Exact<{
  overeenkomstId: string;
  jaar: number;
}>;

export type EvaluatieQuery = {
  evaluatie: {
    jaar: number;
    jaarschijfId: string;
    gesloten: boolean;
    status: string;
    totaal: { groen: number; oranje: number; rood: number; open: number };
    perThema: Array<{
      thema: string;
      groen: number;
      oranje: number;
      rood: number;
      open: number;
      totaal: number;
    }>;
    bevestigingen: Array<{
      partijId: string;
      partij: string;
      bevestigd: boolean;
      door: string | null;
      op: string | null;
      magBevestigen: { mag: boolean; reden: string | null; code: string | null };
    }>;
    magEvalueren: { mag: boolean; reden: string | null; code: string | null };
    afspraken: Array<{
      afspraakId: string;
      nummer: string;
      titel: string;
      thema: string;
      trekker: string;
      stoplicht: Stoplicht | null;
      conclusie: string | null;
      les: string | null;
      besluit: EvaluatieBesluit | null;
      door: string | null;
      partij: string | null;
      datum: string | null;
      verantwoording: VerantwoordingStatus | null;
      verantwoordingToelichting: string | null;
      vervolgNummer: string | null;
      bijstellingen: Array<{
        indicatorId: string;
        indicator: string;
        jaar: number;
        soort: StreefwaardeSoort;
        waarde: number | null;
        min: number | null;
        max: number | null;
        effect: string | null;
      }>;
    }>;
  };
};

export type IndicatorenVanAfspraakQueryVariables = Exact<{
  id: string;
}>;

export type IndicatorenVanAfspraakQuery = {
  afspraak: { id: string; indicatoren: Array<{ id: string; naam: string; eenheid: string }> };
};

export type EvalueerMutationVariables = Exact<{
  input: EvaluatieInput;
}>;

export type EvalueerMutation = { evalueerAfspraak: { jaar: number; gesloten: boolean } };

export type BevestigEvaluatieMutationVariables = Exact<{
  input: BevestigEvaluatieInput;
}>;

export type BevestigEvaluatieMutation = { bevestigEvaluatie: { jaar: number; gesloten: boolean } };

export type FinancieelOverzichtQueryVariables = Exact<{
  id: string;
}>;

export type FinancieelOverzichtQuery = {
  overeenkomst: {
    id: string;
    financieelOverzicht: {
      jaren: Array<number>;
      totaalPerJaar: Array<{ jaar: number; bedrag: { centen: number; tekst: string } }>;
      totaalLooptijd: { centen: number; tekst: string };
      totaal: { tekst: string };
      partijen: Array<{
        partij: { id: string; naam: string };
        perJaar: Array<{
          nogOnbekend: boolean;
          betaalt: { centen: number; tekst: string };
          gezamenlijk: { centen: number; tekst: string };
          ontvangt: { centen: number; tekst: string };
        }>;
        looptijd: {
          nogOnbekend: boolean;
          betaalt: { centen: number; tekst: string };
          gezamenlijk: { centen: number; tekst: string };
          ontvangt: { centen: number; tekst: string };
        };
        totaal: {
          nogOnbekend: boolean;
          betaalt: { centen: number; tekst: string };
          gezamenlijk: { centen: number; tekst: string };
          ontvangt: { centen: number; tekst: string };
        };
      }>;
    };
  };
};

export type FinancieelCelFragment = {
  nogOnbekend: boolean;
  betaalt: { centen: number; tekst: string };
  gezamenlijk: { centen: number; tekst: string };
  ontvangt: { centen: number; tekst: string };
};

export type HuisstijlQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type HuisstijlQuery = {
  exportSjabloon: {
    naam: string;
    eigen: boolean;
    geuploadOp: string | null;
    plaatshouders: Array<string>;
  };
};

export type UploadHuisstijlMutationVariables = Exact<{
  input: SjabloonInput;
}>;

export type UploadHuisstijlMutation = {
  uploadExportSjabloon: {
    naam: string;
    eigen: boolean;
    geuploadOp: string | null;
    plaatshouders: Array<string>;
  };
};

export type VerwijderHuisstijlMutationVariables = Exact<{
  overeenkomstId: string;
}>;

export type VerwijderHuisstijlMutation = {
  verwijderExportSjabloon: { naam: string; eigen: boolean };
};

export type OvereenkomstImportQueryVariables = Exact<{
  id: string;
}>;

export type OvereenkomstImportQuery = {
  overeenkomstImport: {
    id: string;
    bestandsnaam: string;
    paginas: number | null;
    gemeenteId: string;
    status: string;
    overeenkomstId: string | null;
    titel: string | null;
    considerans: Array<string>;
    ondertekening: Array<string>;
    overig: Array<string>;
    partijen: Array<{
      naam: string;
      tekst: string;
      soort: PartijSoort | null;
      partijId: string | null;
      vestigingsplaats: string | null;
      kvkNummer: string | null;
      vertegenwoordiger: string | null;
      vertegenwoordigerFunctie: string | null;
    }>;
    hoofdstukken: Array<{
      titel: string;
      afspraken: Array<{
        nummer: string | null;
        tekst: string;
        jaren: Array<number>;
        bedragen: Array<number>;
        trekker: string | null;
        genoemd: Array<string>;
        doelgroepen: Array<Doelgroep>;
        normen: Array<{
          onderwerp: string;
          vergelijking: NormVergelijking;
          waarde: number;
          totWaarde: number | null;
          eenheid: NormEenheid;
          eenheidTekst: string | null;
          woorden: string;
        }>;
        locaties: Array<{ soort: LocatieSoort; naam: string }>;
        geld: Array<{
          euro: number;
          frequentie: BedragFrequentie;
          jaar: number | null;
          totJaar: number | null;
          doel: string;
          woorden: string;
        }>;
        type: { type: AfspraakType; zekerheid: number; signalen: Array<string> };
      }>;
    }>;
    tabellen: Array<{ titel: string | null; rijen: Array<Array<string>> }>;
    indicatoren: Array<{
      naam: string;
      eenheid: string;
      streefwaarden: Array<{ jaar: number; waarde: number }>;
    }>;
  };
};

export type BevestigImportMutationVariables = Exact<{
  input: BevestigImportInput;
}>;

export type BevestigImportMutation = {
  bevestigImport: {
    id: string;
    titel: string;
    onderdelen: Array<{ id: string; soort: OnderdeelSoort }>;
  };
};

export type ImportBestaandeOvereenkomstenQueryVariables = Exact<{
  filter?: OvereenkomstFilter | null | undefined;
}>;

export type ImportBestaandeOvereenkomstenQuery = {
  overeenkomsten: {
    items: Array<{
      id: string;
      titel: string;
      startjaar: number;
      eindjaar: number;
      deelnemers: Array<{ regie: boolean; partij: { id: string } }>;
    }>;
  };
};

export type IndicatorAfsprakenQueryVariables = Exact<{
  id: string;
}>;

export type IndicatorAfsprakenQuery = {
  overeenkomst: {
    id: string;
    afspraken: Array<{
      id: string;
      nummer: string;
      titel: string;
      onderdeel: { id: string; titel: string };
    }>;
  };
};

export type NieuweIndicatorMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;

export type NieuweIndicatorMutation = { createIndicator: { id: string; naam: string } };

export type KoppelIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;

export type KoppelIndicatorMutation = {
  updateIndicator: { id: string; afspraken: Array<{ id: string }> };
};

export type IndicatorenQueryVariables = Exact<{
  id: string;
}>;

export type IndicatorenQuery = {
  overeenkomst: {
    id: string;
    startjaar: number;
    eindjaar: number;
    indicatoren: Array<{
      id: string;
      naam: string;
      eenheid: string;
      definitie: string;
      definitieBron: string | null;
      richting: IndicatorRichting;
      afspraken: Array<{ id: string; locaties: Array<{ id: string; naam: string }> }>;
    }>;
  };
};

export type IndicatorReeksQueryVariables = Exact<{
  id: string;
}>;

export type IndicatorReeksQuery = {
  indicatorReeks: {
    indicatorId: string;
    naam: string;
    eenheid: string;
    nulmetingJaar: number | null;
    nulmetingWaarde: number | null;
    richting: IndicatorRichting;
    punten: Array<{
      jaar: number;
      soort: StreefwaardeSoort | null;
      streefwaarde: number | null;
      min: number | null;
      max: number | null;
      effect: string | null;
      realisatie: number | null;
      bron: string | null;
      oordeel: EffectOordeel | null;
      toelichting: string | null;
      tussenstand: boolean;
      opKoers: boolean | null;
      perLocatie: Array<{ locatieId: string; soort: StreefwaardeSoort | null }>;
    }>;
    horizon: Array<{
      jaar: number;
      soort: StreefwaardeSoort | null;
      streefwaarde: number | null;
      min: number | null;
      max: number | null;
      effect: string | null;
    }>;
  };
};

export type RealisatiesQueryVariables = Exact<{
  id: string;
}>;

export type RealisatiesQuery = {
  indicator: {
    id: string;
    realisaties: Array<{ id: string; jaar: number }>;
    realisatiesPerLocatie: Array<{ id: string; jaar: number; locatie: { id: string } | null }>;
  };
};

export type WijzigRichtingMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;

export type WijzigRichtingMutation = {
  updateIndicator: { id: string; richting: IndicatorRichting };
};

export type WijzigRealisatieMutationVariables = Exact<{
  input: UpdateRealisatieInput;
}>;

export type WijzigRealisatieMutation = {
  updateRealisatie: { id: string; waarde: number | null; tussenstand: boolean };
};

export type NieuweRealisatieMutationVariables = Exact<{
  input: CreateRealisatieInput;
}>;

export type NieuweRealisatieMutation = {
  createRealisatie: { id: string; jaar: number; waarde: number | null; tussenstand: boolean };
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: { accessToken: string; vernieuwToken: string; verlooptOp: string };
};

export type JaarcyclusQueryVariables = Exact<{
  overeenkomstId?: string | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;

export type JaarcyclusQuery = {
  jaarcyclus: {
    total: number;
    jaar: number;
    perStatus: Array<{ status: JaarschijfStatus | null; aantal: number }>;
    items: Array<{
      overeenkomstId: string;
      titel: string;
      gemeenten: Array<string>;
      lopend: number;
      teLaat: number;
      cycli: Array<{
        jaar: number;
        rol: CyclusRol;
        status: JaarschijfStatus | null;
        jaarschijfId: string | null;
        externOndertekendOp: string | null;
        mijlpalen: Array<{
          soort: MijlpaalSoort;
          toestand: MijlpaalToestand;
          toelichting: string | null;
          van: string | null;
          tot: string;
        }>;
      }>;
    }>;
  };
};

export type KalenderQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type KalenderQuery = {
  kalender: {
    bodVoor: string;
    ondertekeningVoor: string;
    verantwoordingVan: string;
    verantwoordingTot: string;
    evaluatieVan: string;
    evaluatieTot: string;
  };
};

export type ZetJaarschijfStatusMutationVariables = Exact<{
  input: ZetJaarschijfStatusInput;
}>;

export type ZetJaarschijfStatusMutation = { zetJaarschijfStatus: string };

export type JaarschijfStappenQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type JaarschijfStappenQuery = {
  jaarschijfStappen: Array<{
    jaarschijfId: string;
    jaar: number;
    naar: JaarschijfStatus | null;
    mag: { mag: boolean; reden: string | null; code: string | null };
  }>;
};

export type LedenQueryVariables = Exact<{
  partijId: string;
}>;

export type LedenQuery = {
  leden: Array<{ id: string; naam: string; email: string; rollen: Array<LidRol> }>;
};

export type WijzigLidMutationVariables = Exact<{
  input: WijzigLidInput;
}>;

export type WijzigLidMutation = { wijzigLid: { id: string; rollen: Array<LidRol> } };

export type VerwijderLidMutationVariables = Exact<{
  input: IdInput;
}>;

export type VerwijderLidMutation = { verwijderLid: string };

export type NodigLidUitMutationVariables = Exact<{
  input: NodigLidUitInput;
}>;

export type NodigLidUitMutation = {
  nodigLidUit: { link: string; uitnodiging: { id: string; email: string; verlooptOp: string } };
};

export type UitnodigingenQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type UitnodigingenQuery = {
  uitnodigingen: Array<{
    id: string;
    email: string;
    soort: UitnodigingSoort;
    rollen: Array<LidRol>;
    deelnemerRol: DeelnemerRol | null;
    verlooptOp: string;
    partij: { id: string; naam: string };
  }>;
};

export type NodigPartijUitMutationVariables = Exact<{
  input: NodigPartijUitInput;
}>;

export type NodigPartijUitMutation = {
  nodigPartijUit: { link: string; uitnodiging: { id: string; email: string; verlooptOp: string } };
};

export type LogboekQueryVariables = Exact<{
  overeenkomstId: string;
  take?: number | null | undefined;
  skip?: number | null | undefined;
}>;

export type LogboekQuery = {
  auditTrail: {
    total: number;
    items: Array<{
      volgnummer: number;
      tijd: string;
      gebruikerNaam: string;
      partijNaam: string | null;
      actie: string;
      onderwerpSoort: string;
      hash: string;
      vorigeHash: string | null;
    }>;
  };
};

export type ControleerLogboekQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type ControleerLogboekQuery = {
  verifyAuditTrail: {
    geldig: boolean;
    aantalRegels: number;
    aantalVersies: number;
    eersteFout: { volgnummer: number | null; versieId: string | null; reden: string } | null;
  };
};

export type MeldingVoorkeurQueryVariables = Exact<{ [key: string]: never }>;

export type MeldingVoorkeurQuery = { meldingVoorkeur: { mail: MailVoorkeur; email: string } };

export type ZetMeldingVoorkeurMutationVariables = Exact<{
  input: ZetMeldingVoorkeurInput;
}>;

export type ZetMeldingVoorkeurMutation = {
  zetMeldingVoorkeur: { mail: MailVoorkeur; email: string };
};

export type OnderdeelQueryVariables = Exact<{
  id: string;
}>;

export type OnderdeelQuery = {
  onderdeel: {
    id: string;
    titel: string;
    soort: OnderdeelSoort;
    status: OnderdeelStatus;
    fase: OnderdeelFase;
    ondertekenaars: Array<{ id: string; naam: string }>;
    externeOndertekening: {
      versieId: string;
      datum: string;
      jaren: Array<number>;
      bestandsnaam: string;
      grootte: number;
      sha256: string;
      geregistreerdOp: string;
      geregistreerdDoor: string;
      downloadUrl: string;
      ondertekenaars: Array<{ partijId: string; partij: string; naam: string; functie: string }>;
    } | null;
    overeenkomst: {
      id: string;
      titel: string;
      startjaar: number;
      eindjaar: number;
      preambule: string;
      deelnemers: Array<{
        id: string;
        rol: DeelnemerRol;
        regie: boolean;
        partij: { id: string; naam: string };
      }>;
    };
    afspraken: Array<{
      id: string;
      nummer: string;
      titel: string;
      type: AfspraakType;
      typeLabel: string;
      tekst: string;
      thema: { id: string; naam: string };
    }>;
  };
};

export type OvereenkomstQueryVariables = Exact<{
  id: string;
}>;

export type OvereenkomstQuery = {
  overeenkomst: {
    id: string;
    titel: string;
    startjaar: number;
    eindjaar: number;
    status: OvereenkomstStatus;
    preambule: string;
    gemeenten: Array<{ id: string; naam: string }>;
    deelnemers: Array<{
      id: string;
      rol: DeelnemerRol;
      regie: boolean;
      partij: { id: string; naam: string; soort: PartijSoort };
    }>;
    onderdelen: Array<{
      id: string;
      titel: string;
      soort: OnderdeelSoort;
      status: OnderdeelStatus;
      ondertekenaars: Array<{ id: string; naam: string }>;
      afspraken: Array<{ id: string }>;
    }>;
    jaarschijven: Array<{
      id: string;
      jaar: number;
      status: JaarschijfStatus;
      toelichting: string;
    }>;
  };
};

export type OvereenkomstenQueryVariables = Exact<{
  filter?: OvereenkomstFilter | null | undefined;
}>;

export type OvereenkomstenQuery = {
  overeenkomsten: {
    total: number;
    items: Array<{
      id: string;
      titel: string;
      startjaar: number;
      eindjaar: number;
      status: OvereenkomstStatus;
      gemeenten: Array<{ id: string; naam: string }>;
      deelnemers: Array<{ id: string; rol: DeelnemerRol; partij: { id: string; naam: string } }>;
      onderdelen: Array<{
        id: string;
        titel: string;
        soort: OnderdeelSoort;
        status: OnderdeelStatus;
      }>;
    }>;
  };
};

export type GemeentenQueryVariables = Exact<{ [key: string]: never }>;

export type GemeentenQuery = { overeenkomstGemeenten: Array<{ id: string; naam: string }> };

export type PartijGegevensQueryVariables = Exact<{
  id: string;
}>;

export type PartijGegevensQuery = {
  partij: {
    id: string;
    statutaireNaam: string | null;
    vestigingsplaats: string | null;
    kvkNummer: string | null;
    vertegenwoordiger: string | null;
    vertegenwoordigerFunctie: string | null;
  };
};

export type WijzigPartijGegevensMutationVariables = Exact<{
  input: UpdatePartijInput;
}>;

export type WijzigPartijGegevensMutation = {
  updatePartij: {
    id: string;
    statutaireNaam: string | null;
    vestigingsplaats: string | null;
    kvkNummer: string | null;
    vertegenwoordiger: string | null;
    vertegenwoordigerFunctie: string | null;
  };
};

export type PartijLogoQueryVariables = Exact<{
  id: string;
}>;

export type PartijLogoQuery = {
  partij: {
    id: string;
    logo: { dataUrl: string; breedte: number; hoogte: number; sha256: string } | null;
  };
};

export type ZetPartijLogoMutationVariables = Exact<{
  input: PartijLogoInput;
}>;

export type ZetPartijLogoMutation = { zetPartijLogo: { sha256: string } };

export type VerwijderPartijLogoMutationVariables = Exact<{
  input: IdInput;
}>;

export type VerwijderPartijLogoMutation = { verwijderPartijLogo: boolean };

export type PublicatieStandQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type PublicatieStandQuery = {
  publicatie: {
    id: string;
    slug: string;
    pagina: string;
    json: string;
    gepubliceerdOp: string;
    actief: boolean;
    ingetrokkenOp: string | null;
    intrekReden: string | null;
    verouderd: boolean;
  } | null;
  magPubliceren: { mag: boolean; reden: string | null; code: string | null };
};

export type PubliceerOvereenkomstMutationVariables = Exact<{
  input: PubliceerInput;
}>;

export type PubliceerOvereenkomstMutation = {
  publiceerOvereenkomst: { id: string; pagina: string };
};

export type TrekPublicatieInMutationVariables = Exact<{
  input: TrekPublicatieInInput;
}>;

export type TrekPublicatieInMutation = { trekPublicatieIn: { id: string; actief: boolean } };

export type RegioQueryVariables = Exact<{
  regio?: string | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;

export type RegioQuery = {
  regio: {
    jaar: number;
    regio: string | null;
    regios: Array<string>;
    totalen: {
      overeenkomsten: number;
      gemeenten: number;
      afspraken: number;
      perStatus: Array<{ status: JaarschijfStatus | null; aantal: number }>;
    };
    overeenkomsten: Array<{
      id: string;
      titel: string;
      startjaar: number;
      eindjaar: number;
      status: OvereenkomstStatus;
      afspraken: number;
      mijnRollen: Array<DeelnemerRol>;
      teLaat: number;
      gemeenten: Array<{ id: string; naam: string; regio: string | null }>;
      jaarschijf: { id: string; jaar: number; status: JaarschijfStatus } | null;
      teLaatMijlpalen: Array<{ jaar: number; soort: MijlpaalSoort; tot: string }>;
      perType: Array<{ type: AfspraakType; aantal: number }>;
      perDomein: Array<{ domein: string; aantal: number }>;
      zorgpartijen: Array<{ id: string; naam: string; bijlagen: Array<string> }>;
    }>;
    gedeeldeIndicatoren: Array<{
      naam: string;
      eenheid: string;
      overeenkomsten: number;
      nulmeting: number | null;
      jaren: Array<{
        jaar: number;
        doelMin: number | null;
        doelMax: number | null;
        realisatie: number | null;
        gemeentenMetRealisatie: number;
        gemeenten: number;
      }>;
    }>;
  };
};

export type AccepteerMutationVariables = Exact<{
  input: AccepteerUitnodigingInput;
}>;

export type AccepteerMutation = {
  accepteerUitnodiging: { accessToken: string; vernieuwToken: string; verlooptOp: string };
};

export type VerantwoordingQueryVariables = Exact<{
  overeenkomstId: string;
  jaar: number;
}>;

export type VerantwoordingQuery = {
  verantwoording: {
    jaar: number;
    jaarschijfId: string;
    gevraagd: boolean;
    totaal: number;
    ingediend: number;
    ontbrekend: number;
    realisatiesOntbrekend: number;
    magVerantwoorden: { mag: boolean; reden: string | null; code: string | null };
    afspraken: Array<{
      afspraakId: string;
      nummer: string;
      titel: string;
      trekker: string;
      status: VerantwoordingStatus | null;
      toelichting: string | null;
      door: string | null;
      datum: string | null;
      ontbrekendeRealisaties: Array<string>;
      magVerantwoorden: { mag: boolean; reden: string | null; code: string | null };
    }>;
  };
};

export type VerantwoordMutationVariables = Exact<{
  input: VerantwoordingInput;
}>;

export type VerantwoordMutation = {
  verantwoordAfspraak: { jaar: number; ingediend: number; ontbrekend: number };
};

export type BewaarLedenMutationVariables = Exact<{
  input: UpdateAfspraakInput;
}>;

export type BewaarLedenMutation = { updateAfspraak: { id: string } };

export type BewaarLocatiesMutationVariables = Exact<{
  input: UpdateAfspraakInput;
}>;

export type BewaarLocatiesMutation = { updateAfspraak: { id: string } };

type AfspraakDetailsVelden_BeschrijvendDetails_Fragment = {
  __typename: 'BeschrijvendDetails';
  soort: BeschrijvendSoort;
  omschrijving: string;
};

type AfspraakDetailsVelden_GarantieDetails_Fragment = {
  __typename: 'GarantieDetails';
  wat: string;
  garantstellerIds: Array<string>;
  geldigTot: string | null;
  toezeggingen: Array<{ partijId: string; wat: string }>;
};

type AfspraakDetailsVelden_HandelingDetails_Fragment = {
  __typename: 'HandelingDetails';
  activiteiten: Array<{ wat: string; wanneer: string; partijIds: Array<string> }>;
};

type AfspraakDetailsVelden_IntentieDetails_Fragment = {
  __typename: 'IntentieDetails';
  voorwaarde: string;
  gevolg: string;
};

type AfspraakDetailsVelden_ProcesDetails_Fragment = {
  __typename: 'ProcesDetails';
  overlegvorm: string;
  frequentie: string;
  wanneerJaar: number | null;
  wanneerTekst: string | null;
  deelnemerIds: Array<string>;
};

type AfspraakDetailsVelden_TransactieDetails_Fragment = {
  __typename: 'TransactieDetails';
  posten: Array<{ partijId: string; levert: string; ontvangt: string }>;
};

export type AfspraakDetailsVeldenFragment =
  | AfspraakDetailsVelden_BeschrijvendDetails_Fragment
  | AfspraakDetailsVelden_GarantieDetails_Fragment
  | AfspraakDetailsVelden_HandelingDetails_Fragment
  | AfspraakDetailsVelden_IntentieDetails_Fragment
  | AfspraakDetailsVelden_ProcesDetails_Fragment
  | AfspraakDetailsVelden_TransactieDetails_Fragment;

export type AfspraakQueryVariables = Exact<{
  id: string;
  overeenkomstId: string;
}>;

export type AfspraakQuery = {
  afspraak: {
    id: string;
    nummer: string;
    titel: string;
    type: AfspraakType;
    typeLabel: string;
    tekst: string;
    volwassenheid: Volwassenheid;
    voorwaarden: Array<string>;
    doelgroepen: Array<Doelgroep>;
    updatedAt: string;
    trekkerGroep: TrekkerGroep | null;
    trekkerTekst: string;
    eigenDoelgroepIds: Array<string>;
    thema: { id: string; naam: string };
    trekker: { id: string; naam: string };
    betrokkenen: Array<{
      id: string;
      rol: BetrokkeneRol;
      bijdrage: string;
      kostenaandeel: number | null;
      partij: { id: string; naam: string };
    }>;
    bedragen: Array<{
      centen: number | null;
      onbekend: boolean;
      samenvatting: string;
      frequentie: BedragFrequentie;
      jaar: number | null;
      totJaar: number | null;
      doel: string;
      gezamenlijk: boolean;
      ontvangerOmschrijving: string | null;
      betalers: Array<{
        centen: number | null;
        percentage: number | null;
        partij: { id: string; naam: string };
        deel: { tekst: string } | null;
      }>;
      ontvangers: Array<{ id: string; naam: string }>;
      deel: { lid: string | null; activiteit: number | null; locatieId: string | null } | null;
    }>;
    details:
      | { __typename: 'BeschrijvendDetails'; soort: BeschrijvendSoort; omschrijving: string }
      | {
          __typename: 'GarantieDetails';
          wat: string;
          garantstellerIds: Array<string>;
          geldigTot: string | null;
          toezeggingen: Array<{ partijId: string; wat: string }>;
        }
      | {
          __typename: 'HandelingDetails';
          activiteiten: Array<{ wat: string; wanneer: string; partijIds: Array<string> }>;
        }
      | { __typename: 'IntentieDetails'; voorwaarde: string; gevolg: string }
      | {
          __typename: 'ProcesDetails';
          overlegvorm: string;
          frequentie: string;
          wanneerJaar: number | null;
          wanneerTekst: string | null;
          deelnemerIds: Array<string>;
        }
      | {
          __typename: 'TransactieDetails';
          posten: Array<{ partijId: string; levert: string; ontvangt: string }>;
        };
    leden: Array<{
      letter: string;
      nummer: string;
      tekst: string;
      type: AfspraakType;
      typeLabel: string;
      details:
        | { __typename: 'BeschrijvendDetails'; soort: BeschrijvendSoort; omschrijving: string }
        | {
            __typename: 'GarantieDetails';
            wat: string;
            garantstellerIds: Array<string>;
            geldigTot: string | null;
            toezeggingen: Array<{ partijId: string; wat: string }>;
          }
        | {
            __typename: 'HandelingDetails';
            activiteiten: Array<{ wat: string; wanneer: string; partijIds: Array<string> }>;
          }
        | { __typename: 'IntentieDetails'; voorwaarde: string; gevolg: string }
        | {
            __typename: 'ProcesDetails';
            overlegvorm: string;
            frequentie: string;
            wanneerJaar: number | null;
            wanneerTekst: string | null;
            deelnemerIds: Array<string>;
          }
        | {
            __typename: 'TransactieDetails';
            posten: Array<{ partijId: string; levert: string; ontvangt: string }>;
          };
    }>;
    waarschuwingen: Array<{ code: WaarschuwingCode; tekst: string; lid: string | null }>;
    locaties: Array<{
      id: string;
      soort: LocatieSoort;
      naam: string;
      gemeente: { id: string; naam: string } | null;
    }>;
    overeenkomst: {
      id: string;
      gemeenten: Array<{ id: string; naam: string }>;
      documenten: Array<{ id: string; bestandsnaam: string; grootte: number; downloadUrl: string }>;
      eigenDoelgroepen: Array<{
        id: string;
        naam: string;
        omschrijving: string;
        leeftijdVan: number | null;
        leeftijdTot: number | null;
      }>;
      afspraken: Array<{ id: string; nummer: string; titel: string }>;
    };
    indicatoren: Array<{
      id: string;
      naam: string;
      eenheid: string;
      streefwaarden: Array<{
        id: string;
        jaar: number;
        soort: StreefwaardeSoort;
        waarde: number | null;
        min: number | null;
        max: number | null;
        effect: string | null;
        locatie: { id: string } | null;
      }>;
      streefwaardenPerLocatie: Array<{
        id: string;
        jaar: number;
        soort: StreefwaardeSoort;
        waarde: number | null;
        min: number | null;
        max: number | null;
        effect: string | null;
        locatie: { id: string } | null;
      }>;
      horizondoelen: Array<{
        id: string;
        jaar: number;
        soort: StreefwaardeSoort;
        waarde: number | null;
        min: number | null;
        max: number | null;
        effect: string | null;
        locatie: { id: string } | null;
      }>;
    }>;
    voorwaardenMetDeel: Array<{
      tekst: string;
      deel: { lid: string | null; activiteit: number | null; locatieId: string | null } | null;
    }>;
    normen: Array<{
      onderwerp: string;
      vergelijking: NormVergelijking;
      waarde: number | null;
      totWaarde: number | null;
      waardeTekst: string | null;
      eenheid: NormEenheid | null;
      eenheidTekst: string | null;
      partijId: string | null;
      tekst: string;
      deel: { lid: string | null; activiteit: number | null; locatieId: string | null } | null;
    }>;
    verwijzingen: Array<{
      soort: InstrumentSoort | null;
      titel: string | null;
      artikel: string | null;
      url: string | null;
      afspraakId: string | null;
      toelichting: string | null;
      tekst: string;
      documentId: string | null;
      document: { id: string; bestandsnaam: string; grootte: number; downloadUrl: string } | null;
    }>;
  };
  themas: Array<{ id: string; naam: string; domein: { id: string; naam: string } | null }>;
};

export type OpmerkingenQueryVariables = Exact<{
  afspraakId: string;
}>;

export type OpmerkingenQuery = {
  opmerkingen: Array<{
    id: string;
    tekst: string;
    auteur: string;
    datum: string;
    opgelost: boolean;
    partij: { id: string; naam: string };
    gerichtAan: { id: string; naam: string } | null;
    anker: { citaat: string; huidigeTekst: string; verloren: boolean } | null;
    reacties: Array<{
      id: string;
      tekst: string;
      auteur: string;
      datum: string;
      partij: { id: string; naam: string };
    }>;
  }>;
};

export type NeemStandpuntMutationVariables = Exact<{
  input: StandpuntInput;
}>;

export type NeemStandpuntMutation = {
  neemStandpunt: { id: string; oordeel: Oordeel; toelichting: string | null; verouderd: boolean };
};

export type PlaatsOpmerkingMutationVariables = Exact<{
  input: PlaatsOpmerkingInput;
}>;

export type PlaatsOpmerkingMutation = { plaatsOpmerking: { id: string } };

export type ReageerMutationVariables = Exact<{
  input: ReageerInput;
}>;

export type ReageerMutation = { reageerOpOpmerking: { id: string } };

export type LosOpMutationVariables = Exact<{
  input: OpmerkingStatusInput;
}>;

export type LosOpMutation = { losOpmerkingOp: { id: string; opgelost: boolean } };

export type HeropenMutationVariables = Exact<{
  input: OpmerkingStatusInput;
}>;

export type HeropenMutation = { heropenOpmerking: { id: string; opgelost: boolean } };

export type DienVoorstelInMutationVariables = Exact<{
  input: WijzigingsvoorstelInput;
}>;

export type DienVoorstelInMutation = { dienVoorstelIn: { id: string; status: VoorstelStatus } };

export type AfspraakDoelFragment = {
  id: string;
  jaar: number;
  soort: StreefwaardeSoort;
  waarde: number | null;
  min: number | null;
  max: number | null;
  effect: string | null;
  locatie: { id: string } | null;
};

export type NeemStandpuntenMutationVariables = Exact<{
  input: StandpuntenInput;
}>;

export type NeemStandpuntenMutation = { neemStandpunten: Array<{ id: string }> };

export type BewaarBedragenMutationVariables = Exact<{
  input: UpdateAfspraakInput;
}>;

export type BewaarBedragenMutation = { updateAfspraak: { id: string } };

export type ZetEigenDoelgroepenMutationVariables = Exact<{
  input: UpdateOvereenkomstInput;
}>;

export type ZetEigenDoelgroepenMutation = {
  updateOvereenkomst: {
    id: string;
    eigenDoelgroepen: Array<{
      id: string;
      naam: string;
      omschrijving: string;
      leeftijdVan: number | null;
      leeftijdTot: number | null;
    }>;
  };
};

export type RegistreerExterneOndertekeningMutationVariables = Exact<{
  input: ExterneOndertekeningInput;
}>;

export type RegistreerExterneOndertekeningMutation = {
  registreerExterneOndertekening: { datum: string; sha256: string };
};

export type OpenOnderhandelingMutationVariables = Exact<{
  onderdeelId: string;
}>;

export type OpenOnderhandelingMutation = {
  openOnderhandeling: { id: string; fase: OnderdeelFase };
};

export type UpdateAfspraakMutationVariables = Exact<{
  input: UpdateAfspraakInput;
}>;

export type UpdateAfspraakMutation = {
  updateAfspraak: {
    id: string;
    nummer: string;
    titel: string;
    type: AfspraakType;
    typeLabel: string;
  };
};

export type NieuweAfspraakThemasQueryVariables = Exact<{
  overeenkomstId: string;
}>;

export type NieuweAfspraakThemasQuery = {
  themas: Array<{ id: string; naam: string; domein: { id: string; naam: string } | null }>;
};

export type NieuweAfspraakMutationVariables = Exact<{
  input: CreateAfspraakInput;
}>;

export type NieuweAfspraakMutation = { createAfspraak: { id: string; nummer: string } };

export type StelNieuweAfspraakVoorMutationVariables = Exact<{
  input: WijzigingsvoorstelInput;
}>;

export type StelNieuweAfspraakVoorMutation = {
  dienVoorstelIn: { id: string; status: VoorstelStatus };
};

export type AfspraakNormenFragment = {
  eigenDoelgroepIds: Array<string>;
  voorwaardenMetDeel: Array<{
    tekst: string;
    deel: { lid: string | null; activiteit: number | null; locatieId: string | null } | null;
  }>;
  normen: Array<{
    onderwerp: string;
    vergelijking: NormVergelijking;
    waarde: number | null;
    totWaarde: number | null;
    waardeTekst: string | null;
    eenheid: NormEenheid | null;
    eenheidTekst: string | null;
    partijId: string | null;
    tekst: string;
    deel: { lid: string | null; activiteit: number | null; locatieId: string | null } | null;
  }>;
  verwijzingen: Array<{
    soort: InstrumentSoort | null;
    titel: string | null;
    artikel: string | null;
    url: string | null;
    afspraakId: string | null;
    toelichting: string | null;
    tekst: string;
    documentId: string | null;
    document: { id: string; bestandsnaam: string; grootte: number; downloadUrl: string } | null;
  }>;
  overeenkomst: {
    id: string;
    documenten: Array<{ id: string; bestandsnaam: string; grootte: number; downloadUrl: string }>;
    eigenDoelgroepen: Array<{
      id: string;
      naam: string;
      omschrijving: string;
      leeftijdVan: number | null;
      leeftijdTot: number | null;
    }>;
    afspraken: Array<{ id: string; nummer: string; titel: string }>;
  };
};

export type OpenBijBevriezenQueryVariables = Exact<{
  id: string;
}>;

export type OpenBijBevriezenQuery = {
  onderdeel: {
    id: string;
    afspraken: Array<{ id: string; nummer: string; titel: string }>;
    suggesties: Array<{
      id: string;
      afspraakId: string;
      ingevoegd: string;
      geschrapt: string;
      auteur: string;
      partij: { id: string; naam: string };
    }>;
  };
  wijzigingsvoorstellen: Array<{
    id: string;
    afspraakId: string | null;
    soort: VoorstelSoort;
    motivering: string;
    indiener: { id: string; naam: string };
  }>;
};

export type StandpuntenQueryVariables = Exact<{
  onderdeelId: string;
}>;

export type StandpuntenQuery = {
  standpunten: {
    onderdeelId: string;
    iedereenAkkoord: boolean;
    partijen: Array<{ id: string; naam: string }>;
    telling: {
      totaal: number;
      akkoord: number;
      akkoordMetVoorbehoud: number;
      nietAkkoord: number;
      ontbrekend: number;
      verouderd: number;
    };
    rijen: Array<{
      afspraakId: string;
      nummer: string;
      titel: string;
      akkoord: boolean;
      openOpmerkingen: Array<{ id: string; vanPartijId: string; gerichtAanId: string | null }>;
      cellen: Array<{
        partij: { id: string; naam: string };
        standpunt: {
          id: string;
          oordeel: Oordeel;
          toelichting: string | null;
          verouderd: boolean;
          door: string;
          datum: string;
        } | null;
      }>;
    }>;
  };
};

export type NieuweStreefwaardeMutationVariables = Exact<{
  input: CreateStreefwaardeInput;
}>;

export type NieuweStreefwaardeMutation = { createStreefwaarde: { id: string } };

export type WijzigStreefwaardeMutationVariables = Exact<{
  input: UpdateStreefwaardeInput;
}>;

export type WijzigStreefwaardeMutation = { updateStreefwaarde: { id: string } };

export type OnderdeelSuggestiesQueryVariables = Exact<{
  id: string;
}>;

export type OnderdeelSuggestiesQuery = {
  onderdeel: {
    id: string;
    suggesties: Array<{
      id: string;
      afspraakId: string;
      auteur: string;
      auteurId: string;
      gemaakt: string;
      partij: { id: string; naam: string };
      wachtOp: Array<{ id: string; naam: string }>;
      beoordelingen: Array<{
        beoordeling: Beoordeling;
        door: string;
        reden: string | null;
        partij: { id: string; naam: string };
      }>;
    }>;
  };
};

export type BeoordeelSuggestiesMutationVariables = Exact<{
  input: BeoordeelSuggestiesInput;
}>;

export type BeoordeelSuggestiesMutation = {
  beoordeelSuggesties: {
    suggesties: Array<{ id: string; status: SuggestieStatus }>;
    vervallenAkkoorden: Array<{ id: string; naam: string }>;
  };
};

export type VersiesQueryVariables = Exact<{
  onderdeelId: string;
}>;

export type VersiesQuery = {
  versies: Array<{
    id: string;
    nummer: number;
    status: VersieStatus;
    addendum: boolean;
    hash: string;
    bevrorenDoor: string;
    bevrorenOp: string;
    afgerondOp: string | null;
    overrideReden: string | null;
    ondertekeningen: Array<{
      naam: string;
      functie: string;
      besluit: Besluit;
      reden: string | null;
      tijd: string;
      partij: { id: string; naam: string };
    }>;
    ontbrekend: Array<{ id: string; naam: string }>;
  }>;
};

export type BevriesMutationVariables = Exact<{
  input: BevriesInput;
}>;

export type BevriesMutation = {
  bevriesOnderdeel: { id: string; nummer: number; status: VersieStatus };
};

export type OndertekenMutationVariables = Exact<{
  input: OndertekenInput;
}>;

export type OndertekenMutation = { onderteken: { id: string; status: VersieStatus } };

export type WeigerMutationVariables = Exact<{
  input: WeigerOndertekeningInput;
}>;

export type WeigerMutation = { weigerOndertekening: { id: string; status: VersieStatus } };

export type HerstelVersieMutationVariables = Exact<{
  input: IdInput;
}>;

export type HerstelVersieMutation = { herstelVersie: string };

export type AddendumMutationVariables = Exact<{
  input: AddendumInput;
}>;

export type AddendumMutation = { startAddendum: string };

export type VergelijkQueryVariables = Exact<{
  onderdeelId: string;
  van: string;
  naar?: string | null | undefined;
}>;

export type VergelijkQuery = {
  vergelijkVersies: {
    van: number;
    naar: number | null;
    afspraken: Array<{
      afspraakId: string;
      nummer: string;
      titel: string;
      wijziging: AfspraakWijziging;
      velden: Array<string>;
      verschil: Array<{ soort: TekstdeelSoort; tekst: string }>;
    }>;
  };
};

export type UploadDocumentMutationVariables = Exact<{
  input: UploadDocumentInput;
}>;

export type UploadDocumentMutation = { uploadDocument: { id: string } };

export type VoorstellenQueryVariables = Exact<{
  onderdeelId: string;
}>;

export type VoorstellenQuery = {
  wijzigingsvoorstellen: Array<{
    id: string;
    soort: VoorstelSoort;
    status: VoorstelStatus;
    afspraakId: string | null;
    motivering: string;
    door: string;
    datum: string;
    basisTitel: string | null;
    nieuweTekst: string | null;
    nieuweAfspraak: unknown;
    indiener: { id: string; naam: string };
    verschil: Array<{ soort: TekstdeelSoort; tekst: string }>;
    wachtOp: Array<{ id: string; naam: string }>;
    beoordelingen: Array<{
      beoordeling: Beoordeling;
      reden: string | null;
      door: string;
      partij: { id: string; naam: string };
    }>;
  }>;
};

export type BeoordeelMutationVariables = Exact<{
  input: BeoordeelVoorstelInput;
}>;

export type BeoordeelMutation = { beoordeelVoorstel: { id: string; status: VoorstelStatus } };

export type TrekInMutationVariables = Exact<{
  input: IdInput;
}>;

export type TrekInMutation = { trekVoorstelIn: { id: string; status: VoorstelStatus } };

export type OnderdeelWaarschuwingenQueryVariables = Exact<{
  id: string;
}>;

export type OnderdeelWaarschuwingenQuery = {
  onderdeel: {
    id: string;
    afspraken: Array<{
      id: string;
      nummer: string;
      titel: string;
      waarschuwingen: Array<{ code: WaarschuwingCode; tekst: string }>;
    }>;
  };
};

export type OnderdeelOpmerkingenQueryVariables = Exact<{
  onderdeelId: string;
}>;

export type OnderdeelOpmerkingenQuery = {
  onderdeelOpmerkingen: Array<{
    id: string;
    afspraakId: string;
    tekst: string;
    auteur: string;
    partij: { id: string; naam: string };
    gerichtAan: { id: string; naam: string } | null;
    anker: { start: string; eind: string } | null;
    reacties: Array<{ id: string }>;
  }>;
};

export const MeldingVeldenFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeldingVelden' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Melding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tijd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gelezen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeldingVeldenFragment, unknown>;
export const FinancieelCelFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinancieelCel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FinancieelJaar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'betaalt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gezamenlijk' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ontvangt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nogOnbekend' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinancieelCelFragment, unknown>;
export const AfspraakDetailsVeldenFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AfspraakDetailsVelden' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AfspraakDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProcesDetails' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'overlegvorm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequentie' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanneerJaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanneerTekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deelnemerIds' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'BeschrijvendDetails' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'omschrijving' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IntentieDetails' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voorwaarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gevolg' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HandelingDetails' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activiteiten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'wat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wanneer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partijIds' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GarantieDetails' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'wat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'garantstellerIds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'toezeggingen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wat' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'geldigTot' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'TransactieDetails' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'posten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levert' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ontvangt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AfspraakDetailsVeldenFragment, unknown>;
export const AfspraakDoelFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AfspraakDoel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Streefwaarde' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
          { kind: 'Field', name: { kind: 'Name', value: 'min' } },
          { kind: 'Field', name: { kind: 'Name', value: 'max' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'locatie' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AfspraakDoelFragment, unknown>;
export const AfspraakNormenFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AfspraakNormen' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Afspraak' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voorwaardenMetDeel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activiteit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locatieId' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'normen' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onderwerp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vergelijking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totWaarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waardeTekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eenheidTekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activiteit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locatieId' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verwijzingen' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artikel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'document' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bestandsnaam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grootte' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'eigenDoelgroepIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomst' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documenten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bestandsnaam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grootte' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'eigenDoelgroepen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'omschrijving' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leeftijdVan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leeftijdTot' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AfspraakNormenFragment, unknown>;
export const IkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Ik' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lidmaatschappen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rollen' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partij' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IkQuery, IkQueryVariables>;
export const UitloggenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Uitloggen' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<UitloggenMutation, UitloggenMutationVariables>;
export const ExportTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportTicketInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'url' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportTicketMutation, ExportTicketMutationVariables>;
export const MijnTakenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MijnTaken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mijnTaken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sleutel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aantal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teLaat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partijNaam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overeenkomstId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overeenkomstTitel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onderdeelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onderdeelTitel' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MijnTakenQuery, MijnTakenQueryVariables>;
export const GebeurtenissenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'Gebeurtenissen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomstGebeurtenissen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onderdeelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onderwerpId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partij' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opmerkingActie' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draadId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tijd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vervallenAkkoorden' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GebeurtenissenSubscription, GebeurtenissenSubscriptionVariables>;
export const MeldingenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Meldingen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'alleenOngelezen' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meldingen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skip' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'alleenOngelezen' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'alleenOngelezen' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ongelezen' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeldingVelden' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeldingVelden' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Melding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tijd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gelezen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeldingenQuery, MeldingenQueryVariables>;
export const NieuweMeldingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NieuweMelding' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nieuweMelding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeldingVelden' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeldingVelden' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Melding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tijd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gelezen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NieuweMeldingSubscription, NieuweMeldingSubscriptionVariables>;
export const MarkeerMeldingGelezenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkeerMeldingGelezen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markeerMeldingGelezen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeldingVelden' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeldingVelden' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Melding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tijd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gelezen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkeerMeldingGelezenMutation, MarkeerMeldingGelezenMutationVariables>;
export const MarkeerAlleMeldingenGelezenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkeerAlleMeldingenGelezen' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'markeerAlleMeldingenGelezen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MarkeerAlleMeldingenGelezenMutation,
  MarkeerAlleMeldingenGelezenMutationVariables
>;
export const MeldAfVoorMailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MeldAfVoorMail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeldAfInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meldAfVoorMail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeldAfVoorMailMutation, MeldAfVoorMailMutationVariables>;
export const BodThemasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BodThemas' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themas' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'domein' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BodThemasQuery, BodThemasQueryVariables>;
export const DienBodInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DienBodIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DienBodInInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dienBodIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DienBodInMutation, DienBodInMutationVariables>;
export const BodenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Boden' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boden' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partij' } },
                { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ingediend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teLaat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onderdeel' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicatoren' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'streefwaarde' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BodenQuery, BodenQueryVariables>;
export const BodMogelijkhedenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BodMogelijkheden' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bodMogelijkheden' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jaarschijfId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partij' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mag' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mag' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BodMogelijkhedenQuery, BodMogelijkhedenQueryVariables>;
export const EvaluatieDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Evaluatie' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'jaar' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluatie' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jaar' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'jaar' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jaarschijfId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gesloten' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totaal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'groen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oranje' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rood' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perThema' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'thema' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'groen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oranje' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rood' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totaal' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bevestigingen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partij' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bevestigd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'magBevestigen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'mag' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'magEvalueren' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mag' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'thema' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trekker' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stoplicht' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conclusie' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'les' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'besluit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partij' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'datum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verantwoording' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verantwoordingToelichting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'vervolgNummer' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bijstellingen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'indicatorId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluatieQuery, EvaluatieQueryVariables>;
export const IndicatorenVanAfspraakDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorenVanAfspraak' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'afspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicatoren' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorenVanAfspraakQuery, IndicatorenVanAfspraakQueryVariables>;
export const EvalueerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Evalueer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluatieInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evalueerAfspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gesloten' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvalueerMutation, EvalueerMutationVariables>;
export const BevestigEvaluatieDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BevestigEvaluatie' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BevestigEvaluatieInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bevestigEvaluatie' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gesloten' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BevestigEvaluatieMutation, BevestigEvaluatieMutationVariables>;
export const FinancieelOverzichtDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FinancieelOverzicht' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomst' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'financieelOverzicht' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jaren' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'totaalPerJaar' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'bedrag' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'totaalLooptijd' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'totaal' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'tekst' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partijen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'partij' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'perJaar' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'FinancieelCel' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'looptijd' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'FinancieelCel' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'totaal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'FinancieelCel' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinancieelCel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FinancieelJaar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'betaalt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gezamenlijk' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ontvangt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nogOnbekend' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinancieelOverzichtQuery, FinancieelOverzichtQueryVariables>;
export const HuisstijlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Huisstijl' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportSjabloon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eigen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'geuploadOp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plaatshouders' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HuisstijlQuery, HuisstijlQueryVariables>;
export const UploadHuisstijlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadHuisstijl' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SjabloonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadExportSjabloon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eigen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'geuploadOp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plaatshouders' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadHuisstijlMutation, UploadHuisstijlMutationVariables>;
export const VerwijderHuisstijlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerwijderHuisstijl' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verwijderExportSjabloon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eigen' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerwijderHuisstijlMutation, VerwijderHuisstijlMutationVariables>;
export const OvereenkomstImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OvereenkomstImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomstImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bestandsnaam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paginas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gemeenteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overeenkomstId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partijen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'vestigingsplaats' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kvkNummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'vertegenwoordiger' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'vertegenwoordigerFunctie' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'considerans' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hoofdstukken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'afspraken' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jaren' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'bedragen' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trekker' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'genoemd' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'doelgroepen' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'normen' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'onderwerp' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'vergelijking' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'totWaarde' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'eenheidTekst' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'woorden' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'locaties' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'geld' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'euro' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'frequentie' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'totJaar' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'doel' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'woorden' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'type' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'zekerheid' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'signalen' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tabellen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rijen' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicatoren' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'streefwaarden' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'ondertekening' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overig' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OvereenkomstImportQuery, OvereenkomstImportQueryVariables>;
export const BevestigImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BevestigImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BevestigImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bevestigImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'onderdelen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BevestigImportMutation, BevestigImportMutationVariables>;
export const ImportBestaandeOvereenkomstenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImportBestaandeOvereenkomsten' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OvereenkomstFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomsten' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startjaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eindjaar' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deelnemers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'regie' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'partij' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ImportBestaandeOvereenkomstenQuery,
  ImportBestaandeOvereenkomstenQueryVariables
>;
export const IndicatorAfsprakenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorAfspraken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomst' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'onderdeel' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorAfsprakenQuery, IndicatorAfsprakenQueryVariables>;
export const NieuweIndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NieuweIndicator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateIndicatorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createIndicator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NieuweIndicatorMutation, NieuweIndicatorMutationVariables>;
export const KoppelIndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'KoppelIndicator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateIndicatorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateIndicator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KoppelIndicatorMutation, KoppelIndicatorMutationVariables>;
export const IndicatorenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Indicatoren' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomst' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startjaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eindjaar' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicatoren' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'definitie' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'definitieBron' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'richting' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'afspraken' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'locaties' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorenQuery, IndicatorenQueryVariables>;
export const IndicatorReeksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorReeks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorReeks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'indicatorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'indicatorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nulmetingJaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nulmetingWaarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'richting' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'punten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'streefwaarde' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'realisatie' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bron' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oordeel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tussenstand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opKoers' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'perLocatie' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'locatieId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'horizon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'streefwaarde' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorReeksQuery, IndicatorReeksQueryVariables>;
export const RealisatiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Realisaties' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'realisaties' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'realisatiesPerLocatie' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'locatie' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RealisatiesQuery, RealisatiesQueryVariables>;
export const WijzigRichtingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WijzigRichting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateIndicatorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateIndicator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'richting' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WijzigRichtingMutation, WijzigRichtingMutationVariables>;
export const WijzigRealisatieDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WijzigRealisatie' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateRealisatieInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRealisatie' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tussenstand' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WijzigRealisatieMutation, WijzigRealisatieMutationVariables>;
export const NieuweRealisatieDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NieuweRealisatie' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateRealisatieInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRealisatie' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tussenstand' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NieuweRealisatieMutation, NieuweRealisatieMutationVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vernieuwToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verlooptOp' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const JaarcyclusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Jaarcyclus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jaarcyclus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skip' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'aantal' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'overeenkomstId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gemeenten' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lopend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teLaat' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cycli' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rol' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jaarschijfId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'externOndertekendOp' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'mijlpalen' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'toestand' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'van' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'tot' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JaarcyclusQuery, JaarcyclusQueryVariables>;
export const KalenderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Kalender' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kalender' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bodVoor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ondertekeningVoor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verantwoordingVan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verantwoordingTot' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluatieVan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluatieTot' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KalenderQuery, KalenderQueryVariables>;
export const ZetJaarschijfStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ZetJaarschijfStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ZetJaarschijfStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'zetJaarschijfStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ZetJaarschijfStatusMutation, ZetJaarschijfStatusMutationVariables>;
export const JaarschijfStappenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JaarschijfStappen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jaarschijfStappen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jaarschijfId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naar' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mag' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mag' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JaarschijfStappenQuery, JaarschijfStappenQueryVariables>;
export const LedenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Leden' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'partijId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leden' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'partijId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'partijId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rollen' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LedenQuery, LedenQueryVariables>;
export const WijzigLidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WijzigLid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WijzigLidInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wijzigLid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rollen' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WijzigLidMutation, WijzigLidMutationVariables>;
export const VerwijderLidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerwijderLid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verwijderLid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerwijderLidMutation, VerwijderLidMutationVariables>;
export const NodigLidUitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NodigLidUit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodigLidUitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodigLidUit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'uitnodiging' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verlooptOp' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodigLidUitMutation, NodigLidUitMutationVariables>;
export const UitnodigingenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Uitnodigingen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uitnodigingen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rollen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deelnemerRol' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verlooptOp' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partij' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UitnodigingenQuery, UitnodigingenQueryVariables>;
export const NodigPartijUitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NodigPartijUit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodigPartijUitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodigPartijUit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'uitnodiging' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verlooptOp' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodigPartijUitMutation, NodigPartijUitMutationVariables>;
export const LogboekDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Logboek' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditTrail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skip' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'volgnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tijd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gebruikerNaam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partijNaam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actie' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onderwerpSoort' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'vorigeHash' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogboekQuery, LogboekQueryVariables>;
export const ControleerLogboekDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ControleerLogboek' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyAuditTrail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'geldig' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aantalRegels' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aantalVersies' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'eersteFout' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'volgnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'versieId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ControleerLogboekQuery, ControleerLogboekQueryVariables>;
export const MeldingVoorkeurDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeldingVoorkeur' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meldingVoorkeur' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeldingVoorkeurQuery, MeldingVoorkeurQueryVariables>;
export const ZetMeldingVoorkeurDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ZetMeldingVoorkeur' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ZetMeldingVoorkeurInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'zetMeldingVoorkeur' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ZetMeldingVoorkeurMutation, ZetMeldingVoorkeurMutationVariables>;
export const OnderdeelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Onderdeel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onderdeel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fase' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ondertekenaars' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'externeOndertekening' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'versieId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'datum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jaren' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bestandsnaam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grootte' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'geregistreerdOp' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'geregistreerdDoor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ondertekenaars' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'partij' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'functie' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overeenkomst' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startjaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eindjaar' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deelnemers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rol' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'regie' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'partij' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'preambule' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'thema' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OnderdeelQuery, OnderdeelQueryVariables>;
export const OvereenkomstDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Overeenkomst' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomst' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startjaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eindjaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preambule' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gemeenten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deelnemers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regie' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partij' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'onderdelen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ondertekenaars' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'afspraken' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jaarschijven' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OvereenkomstQuery, OvereenkomstQueryVariables>;
export const OvereenkomstenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Overeenkomsten' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OvereenkomstFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomsten' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startjaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eindjaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'gemeenten' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deelnemers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rol' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'partij' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'onderdelen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OvereenkomstenQuery, OvereenkomstenQueryVariables>;
export const GemeentenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Gemeenten' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomstGemeenten' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GemeentenQuery, GemeentenQueryVariables>;
export const PartijGegevensDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartijGegevens' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partij' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statutaireNaam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vestigingsplaats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kvkNummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vertegenwoordiger' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vertegenwoordigerFunctie' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartijGegevensQuery, PartijGegevensQueryVariables>;
export const WijzigPartijGegevensDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WijzigPartijGegevens' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePartijInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePartij' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statutaireNaam' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vestigingsplaats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kvkNummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vertegenwoordiger' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vertegenwoordigerFunctie' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WijzigPartijGegevensMutation, WijzigPartijGegevensMutationVariables>;
export const PartijLogoDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartijLogo' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partij' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'logo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dataUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'breedte' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoogte' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartijLogoQuery, PartijLogoQueryVariables>;
export const ZetPartijLogoDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ZetPartijLogo' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartijLogoInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'zetPartijLogo' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sha256' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ZetPartijLogoMutation, ZetPartijLogoMutationVariables>;
export const VerwijderPartijLogoDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerwijderPartijLogo' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verwijderPartijLogo' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerwijderPartijLogoMutation, VerwijderPartijLogoMutationVariables>;
export const PublicatieStandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicatieStand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicatie' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pagina' } },
                { kind: 'Field', name: { kind: 'Name', value: 'json' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gepubliceerdOp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actief' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ingetrokkenOp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intrekReden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verouderd' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'magPubliceren' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mag' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicatieStandQuery, PublicatieStandQueryVariables>;
export const PubliceerOvereenkomstDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PubliceerOvereenkomst' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PubliceerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publiceerOvereenkomst' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pagina' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PubliceerOvereenkomstMutation, PubliceerOvereenkomstMutationVariables>;
export const TrekPublicatieInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TrekPublicatieIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TrekPublicatieInInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trekPublicatieIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actief' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrekPublicatieInMutation, TrekPublicatieInMutationVariables>;
export const RegioDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Regio' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regio' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regio' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regio' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skip' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regios' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totalen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'overeenkomsten' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gemeenten' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'afspraken' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'perStatus' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'aantal' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overeenkomsten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startjaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eindjaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'afspraken' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mijnRollen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teLaat' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'gemeenten' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'regio' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jaarschijf' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'teLaatMijlpalen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tot' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'perType' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'aantal' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'perDomein' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'domein' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'aantal' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'zorgpartijen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'bijlagen' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gedeeldeIndicatoren' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overeenkomsten' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nulmeting' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jaren' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'doelMin' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'doelMax' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'realisatie' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'gemeentenMetRealisatie' },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'gemeenten' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegioQuery, RegioQueryVariables>;
export const AccepteerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Accepteer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccepteerUitnodigingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accepteerUitnodiging' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vernieuwToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verlooptOp' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccepteerMutation, AccepteerMutationVariables>;
export const VerantwoordingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Verantwoording' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'jaar' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verantwoording' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jaar' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'jaar' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jaarschijfId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gevraagd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'magVerantwoorden' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mag' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totaal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ingediend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ontbrekend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'realisatiesOntbrekend' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trekker' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'datum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ontbrekendeRealisaties' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'magVerantwoorden' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'mag' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerantwoordingQuery, VerantwoordingQueryVariables>;
export const VerantwoordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Verantwoord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerantwoordingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verantwoordAfspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ingediend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ontbrekend' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerantwoordMutation, VerantwoordMutationVariables>;
export const BewaarLedenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BewaarLeden' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAfspraakInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAfspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BewaarLedenMutation, BewaarLedenMutationVariables>;
export const BewaarLocatiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BewaarLocaties' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAfspraakInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAfspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BewaarLocatiesMutation, BewaarLocatiesMutationVariables>;
export const AfspraakDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Afspraak' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'afspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'volwassenheid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voorwaarden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doelgroepen' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AfspraakNormen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'thema' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trekker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'trekkerGroep' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trekkerTekst' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'betrokkenen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bijdrage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kostenaandeel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partij' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bedragen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onbekend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'samenvatting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frequentie' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totJaar' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'doel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gezamenlijk' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'betalers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'partij' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'centen' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'deel' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ontvangers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'ontvangerOmschrijving' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deel' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lid' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'activiteit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'locatieId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'details' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AfspraakDetailsVelden' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leden' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'letter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'details' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AfspraakDetailsVelden' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'waarschuwingen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lid' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'locaties' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'gemeente' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overeenkomst' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'gemeenten' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicatoren' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'streefwaarden' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AfspraakDoel' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'streefwaardenPerLocatie' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AfspraakDoel' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'horizondoelen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AfspraakDoel' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themas' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'domein' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AfspraakNormen' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Afspraak' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voorwaardenMetDeel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activiteit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locatieId' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'normen' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onderwerp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vergelijking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totWaarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waardeTekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eenheid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eenheidTekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activiteit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locatieId' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verwijzingen' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'artikel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'document' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bestandsnaam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grootte' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'eigenDoelgroepIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overeenkomst' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documenten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bestandsnaam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grootte' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'eigenDoelgroepen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'omschrijving' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leeftijdVan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leeftijdTot' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AfspraakDetailsVelden' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AfspraakDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProcesDetails' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'overlegvorm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequentie' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanneerJaar' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanneerTekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deelnemerIds' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'BeschrijvendDetails' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'omschrijving' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IntentieDetails' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voorwaarde' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gevolg' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HandelingDetails' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activiteiten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'wat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wanneer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partijIds' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GarantieDetails' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'wat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'garantstellerIds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'toezeggingen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wat' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'geldigTot' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'TransactieDetails' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'posten' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partijId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levert' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ontvangt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AfspraakDoel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Streefwaarde' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jaar' } },
          { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waarde' } },
          { kind: 'Field', name: { kind: 'Name', value: 'min' } },
          { kind: 'Field', name: { kind: 'Name', value: 'max' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'locatie' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AfspraakQuery, AfspraakQueryVariables>;
export const OpmerkingenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Opmerkingen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'afspraakId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'opmerkingen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'afspraakId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'afspraakId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'auteur' } },
                { kind: 'Field', name: { kind: 'Name', value: 'datum' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opgelost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partij' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gerichtAan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'citaat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'huidigeTekst' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verloren' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reacties' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'auteur' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'datum' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partij' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpmerkingenQuery, OpmerkingenQueryVariables>;
export const NeemStandpuntDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NeemStandpunt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StandpuntInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neemStandpunt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'oordeel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verouderd' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeemStandpuntMutation, NeemStandpuntMutationVariables>;
export const PlaatsOpmerkingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaatsOpmerking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaatsOpmerkingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plaatsOpmerking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaatsOpmerkingMutation, PlaatsOpmerkingMutationVariables>;
export const ReageerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Reageer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReageerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reageerOpOpmerking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReageerMutation, ReageerMutationVariables>;
export const LosOpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LosOp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpmerkingStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'losOpmerkingOp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opgelost' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LosOpMutation, LosOpMutationVariables>;
export const HeropenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Heropen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpmerkingStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'heropenOpmerking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opgelost' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HeropenMutation, HeropenMutationVariables>;
export const DienVoorstelInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DienVoorstelIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WijzigingsvoorstelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dienVoorstelIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DienVoorstelInMutation, DienVoorstelInMutationVariables>;
export const NeemStandpuntenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NeemStandpunten' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StandpuntenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neemStandpunten' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeemStandpuntenMutation, NeemStandpuntenMutationVariables>;
export const BewaarBedragenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BewaarBedragen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAfspraakInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAfspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BewaarBedragenMutation, BewaarBedragenMutationVariables>;
export const ZetEigenDoelgroepenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ZetEigenDoelgroepen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateOvereenkomstInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateOvereenkomst' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'eigenDoelgroepen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'omschrijving' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leeftijdVan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leeftijdTot' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ZetEigenDoelgroepenMutation, ZetEigenDoelgroepenMutationVariables>;
export const RegistreerExterneOndertekeningDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegistreerExterneOndertekening' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExterneOndertekeningInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registreerExterneOndertekening' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'datum' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RegistreerExterneOndertekeningMutation,
  RegistreerExterneOndertekeningMutationVariables
>;
export const OpenOnderhandelingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenOnderhandeling' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openOnderhandeling' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onderdeelId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fase' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenOnderhandelingMutation, OpenOnderhandelingMutationVariables>;
export const UpdateAfspraakDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAfspraak' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAfspraakInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAfspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAfspraakMutation, UpdateAfspraakMutationVariables>;
export const NieuweAfspraakThemasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NieuweAfspraakThemas' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themas' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overeenkomstId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overeenkomstId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'domein' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NieuweAfspraakThemasQuery, NieuweAfspraakThemasQueryVariables>;
export const NieuweAfspraakDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NieuweAfspraak' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAfspraakInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAfspraak' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NieuweAfspraakMutation, NieuweAfspraakMutationVariables>;
export const StelNieuweAfspraakVoorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StelNieuweAfspraakVoor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WijzigingsvoorstelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dienVoorstelIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  StelNieuweAfspraakVoorMutation,
  StelNieuweAfspraakVoorMutationVariables
>;
export const OpenBijBevriezenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OpenBijBevriezen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onderdeel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'suggesties' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'OPEN' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ingevoegd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'geschrapt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'auteur' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partij' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wijzigingsvoorstellen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onderdeelId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'OPEN' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'motivering' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indiener' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenBijBevriezenQuery, OpenBijBevriezenQueryVariables>;
export const StandpuntenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Standpunten' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'standpunten' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onderdeelId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onderdeelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'iedereenAkkoord' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partijen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'telling' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totaal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'akkoord' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'akkoordMetVoorbehoud' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nietAkkoord' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ontbrekend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verouderd' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rijen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'akkoord' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openOpmerkingen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'vanPartijId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gerichtAanId' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cellen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'partij' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'standpunt' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'oordeel' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'toelichting' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'verouderd' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'datum' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StandpuntenQuery, StandpuntenQueryVariables>;
export const NieuweStreefwaardeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NieuweStreefwaarde' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateStreefwaardeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStreefwaarde' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NieuweStreefwaardeMutation, NieuweStreefwaardeMutationVariables>;
export const WijzigStreefwaardeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WijzigStreefwaarde' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateStreefwaardeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStreefwaarde' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WijzigStreefwaardeMutation, WijzigStreefwaardeMutationVariables>;
export const OnderdeelSuggestiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OnderdeelSuggesties' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onderdeel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'suggesties' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'OPEN' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'auteur' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'auteurId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gemaakt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partij' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'wachtOp' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'beoordelingen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'beoordeling' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'partij' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OnderdeelSuggestiesQuery, OnderdeelSuggestiesQueryVariables>;
export const BeoordeelSuggestiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BeoordeelSuggesties' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BeoordeelSuggestiesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'beoordeelSuggesties' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'suggesties' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vervallenAkkoorden' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BeoordeelSuggestiesMutation, BeoordeelSuggestiesMutationVariables>;
export const VersiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Versies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onderdeelId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addendum' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bevrorenDoor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bevrorenOp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'afgerondOp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrideReden' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ondertekeningen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'functie' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'besluit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tijd' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partij' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ontbrekend' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersiesQuery, VersiesQueryVariables>;
export const BevriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Bevries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BevriesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bevriesOnderdeel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BevriesMutation, BevriesMutationVariables>;
export const OndertekenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Onderteken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OndertekenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onderteken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OndertekenMutation, OndertekenMutationVariables>;
export const WeigerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Weiger' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WeigerOndertekeningInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weigerOndertekening' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WeigerMutation, WeigerMutationVariables>;
export const HerstelVersieDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HerstelVersie' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'herstelVersie' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HerstelVersieMutation, HerstelVersieMutationVariables>;
export const AddendumDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Addendum' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddendumInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startAddendum' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddendumMutation, AddendumMutationVariables>;
export const VergelijkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Vergelijk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'van' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'naar' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vergelijkVersies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onderdeelId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'van' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'van' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'naar' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'naar' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'van' } },
                { kind: 'Field', name: { kind: 'Name', value: 'naar' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wijziging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'velden' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'verschil' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VergelijkQuery, VergelijkQueryVariables>;
export const UploadDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UploadDocumentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadDocumentMutation, UploadDocumentMutationVariables>;
export const VoorstellenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Voorstellen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wijzigingsvoorstellen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onderdeelId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'motivering' } },
                { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                { kind: 'Field', name: { kind: 'Name', value: 'datum' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basisTitel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nieuweTekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nieuweAfspraak' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indiener' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'verschil' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'soort' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'wachtOp' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'beoordelingen' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'beoordeling' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reden' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'door' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partij' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoorstellenQuery, VoorstellenQueryVariables>;
export const BeoordeelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Beoordeel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BeoordeelVoorstelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'beoordeelVoorstel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BeoordeelMutation, BeoordeelMutationVariables>;
export const TrekInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TrekIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trekVoorstelIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrekInMutation, TrekInMutationVariables>;
export const OnderdeelWaarschuwingenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OnderdeelWaarschuwingen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onderdeel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'afspraken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'waarschuwingen' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OnderdeelWaarschuwingenQuery, OnderdeelWaarschuwingenQueryVariables>;
export const OnderdeelOpmerkingenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OnderdeelOpmerkingen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onderdeelOpmerkingen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onderdeelId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'onderdeelId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'alleenOpen' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'afspraakId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tekst' } },
                { kind: 'Field', name: { kind: 'Name', value: 'auteur' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partij' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gerichtAan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'naam' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reacties' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OnderdeelOpmerkingenQuery, OnderdeelOpmerkingenQueryVariables>;
