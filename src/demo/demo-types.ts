import type { LogoVorm } from './demo-logo';
import type { PartijSoort } from '../partijen/partij.entity';
import type { DeelnemerRol, InstrumentSoort } from '../overeenkomsten/overeenkomst.entity';
import type { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import type { AfspraakType, Doelgroep, Volwassenheid } from '../overeenkomsten/afspraak-type';
import type { BeschrijvendSoort } from '../overeenkomsten/afspraak-details';
import type { BetrokkeneRol, TrekkerGroep } from '../overeenkomsten/afspraak-rollen';
import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import type { EffectOordeel, IndicatorRichting } from '../indicatoren/richting';
import type { LidRol } from '../partijen/lidmaatschap.entity';
import type { LocatieSoort } from '../overeenkomsten/locatie.entity';
import type { DemoJaarEvaluatie } from './demo-evaluatie';
import type { DemoEigenDoelgroep, DemoNormenVelden } from './demo-normen';

/*
 * The demo is written as data with readable keys instead of ids; DemoService turns it into
 * calls on the same services the API uses, so the demo passes every validation a user's input does.
 */

export type PartijKey = string;

export interface DemoPartij {
  key: PartijKey;
  naam: string;
  soort: PartijSoort;
  regio?: string;
  /** The formal data for the Partijen section and the signature page. */
  statutaireNaam?: string;
  vestigingsplaats?: string;
  kvkNummer?: string;
  vertegenwoordiger?: string;
  vertegenwoordigerFunctie?: string;
  /** A small drawn logo for the cover (see demo-logo). */
  logo?: { vorm: LogoVorm; kleur: readonly [number, number, number] };
}

export type DemoDetails =
  | {
      proces: {
        overlegvorm: string;
        frequentie: string;
        deelnemers: PartijKey[];
        /** The year of a one-off step. */
        wanneerJaar?: number;
      };
    }
  | { beschrijvend: { soort: BeschrijvendSoort; omschrijving: string } }
  | { intentie: { voorwaarde: string; gevolg: string } }
  | { handeling: { activiteiten: { wat: string; partijen: PartijKey[]; wanneer: string }[] } }
  | {
      garantie: {
        garantstellers: PartijKey[];
        wat: string;
        /** Per garantsteller what it guarantees itself (the others: `wat`). */
        toezeggingen?: { partij: PartijKey; wat: string }[];
        geldigTot?: string;
      };
    }
  | { transactie: { posten: { partij: PartijKey; levert: string; ontvangt: string }[] } };

/** A lid (a, b, c) of a composite afspraak; letters follow the order. */
export interface DemoLid {
  tekst: string;
  type: AfspraakType;
  details: DemoDetails;
}

export interface DemoAfspraak extends DemoNormenVelden {
  key: string;
  onderdeel: string;
  titel: string;
  type: AfspraakType;
  /** Name of a default theme (an opgave in STANDAARD_THEMAS). */
  thema: string;
  trekker: PartijKey;
  /** A group that pulls together; `trekker` is its accountable member. */
  trekkerGroep?: TrekkerGroep;
  tekst: string;
  volwassenheid: Volwassenheid;
  voorwaarden?: string[];
  doelgroepen?: Doelgroep[];
  /** Without `rol`, the role is derived as for any client that names none. */
  betrokkenen?: {
    partij: PartijKey;
    rol?: BetrokkeneRol;
    bijdrage: string;
    kostenaandeel?: number;
  }[];
  jaren: { jaar: number; concretisering?: string }[];
  details: DemoDetails;
  /** Places, by kind and name; the same name in several afspraken is one place. */
  locaties?: { soort: LocatieSoort; naam: string }[];
}

export interface DemoIndicator {
  naam: string;
  eenheid: string;
  definitie: string;
  definitieBron?: string;
  nulmeting: { waarde: number; jaar: number };
  afspraken: string[];
  streefwaarden: {
    jaar: number;
    soort: StreefwaardeSoort;
    waarde?: number;
    min?: number;
    max?: number;
    effect?: string;
    /** The name of a place of an afspraak; without it the figure of the whole agreement. */
    locatie?: string;
  }[];
  realisaties: {
    jaar: number;
    waarde: number;
    bron: string;
    toelichting?: string;
    locatie?: string;
    /** Over a described effect: how far it was reached (the toelichting says what). */
    oordeel?: EffectOordeel;
    /** A figure of the running year, not final; without it every realisatie is final. */
    tussenstand?: boolean;
  }[];
  /** Which way the indicator improves; without it, more is better. */
  richting?: IndicatorRichting;
  /** Targets after the periode, the horizon the agreement works towards. */
  horizondoelen?: DemoIndicator['streefwaarden'];
}

export interface DemoGebruiker {
  email: string;
  naam: string;
  partij: PartijKey;
  rollen: LidRol[];
}

export interface DemoData {
  partijen: DemoPartij[];
  /** Accounts, all with the password DEMO_WACHTWOORD. */
  gebruikers?: DemoGebruiker[];
  overeenkomst: {
    titel: string;
    startjaar: number;
    eindjaar: number;
    preambule: string;
    gemeenten: PartijKey[];
    deelnemers: { partij: PartijKey; rol: DeelnemerRol; regie?: boolean }[];
    referenties: { soort: InstrumentSoort; titel: string; url?: string }[];
    eigenDoelgroepen?: DemoEigenDoelgroep[];
  };
  onderdelen: { key: string; soort: OnderdeelSoort; titel: string; ondertekenaars: PartijKey[] }[];
  afspraken: DemoAfspraak[];
  indicatoren: DemoIndicator[];
  /** A year already accounted for and evaluated (status geëvalueerd). */
  afgerondJaar?: { jaar: number; afspraken: DemoJaarEvaluatie[]; bevestigers: string[] };
  /**
   * An onderdeel signed on paper before the partijen used Driehoek. It covers the years of the
   * periode up to the current one (later years cannot be recorded yet); the PDF is made in code.
   */
  buitenDriehoekOndertekend?: {
    onderdeel: string;
    datum: string;
    ondertekenaars: { partij: PartijKey; naam: string; functie: string }[];
    bestandsnaam: string;
  };
}
