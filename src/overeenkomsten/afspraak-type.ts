import { registerEnumType } from '@nestjs/graphql';

/** The six types of afspraken of the Handreiking woonzorgopgave (overzicht 2). */
export enum AfspraakType {
  PROCES = 'PROCES',
  BESCHRIJVEND = 'BESCHRIJVEND',
  INTENTIE = 'INTENTIE',
  HANDELING = 'HANDELING',
  GARANTIE = 'GARANTIE',
  TRANSACTIE = 'TRANSACTIE',
}

export const AFSPRAAK_TYPE_LABEL: Record<AfspraakType, string> = {
  PROCES: 'Procesafspraak',
  BESCHRIJVEND: 'Beschrijvende afspraak',
  INTENTIE: 'Intentieafspraak',
  HANDELING: 'Handelingsafspraak',
  GARANTIE: 'Garantieafspraak',
  TRANSACTIE: 'Transactieafspraak',
};

registerEnumType(AfspraakType, {
  name: 'AfspraakType',
  valuesMap: {
    PROCES: {
      description: 'Hoe partijen samenwerken: overleg, planning, monitoring, besluitvorming',
    },
    BESCHRIJVEND: {
      description: 'Uitgangspunten, standpunten, definities, financiële uitgangspunten',
    },
    INTENTIE: { description: 'Een voorwaardelijke handeling: als dit, dan dat' },
    HANDELING: { description: 'Geplande of gecoördineerde activiteiten' },
    GARANTIE: { description: 'Een toezegging die altijd geldt' },
    TRANSACTIE: {
      description: 'Een uitwisseling tussen partijen en de bijdragen die haar mogelijk maken',
    },
  },
});

export enum Volwassenheid {
  VOORNEMEN = 'VOORNEMEN',
  AANZWENGELEN = 'AANZWENGELEN',
  SMART = 'SMART',
}
registerEnumType(Volwassenheid, {
  name: 'Volwassenheid',
  valuesMap: {
    VOORNEMEN: { description: 'Voornemen' },
    AANZWENGELEN: { description: 'Aanzwengelen van beleid' },
    SMART: { description: 'SMART geformuleerd' },
  },
});

export enum Doelgroep {
  OUDEREN = 'OUDEREN',
  OUDEREN_MET_ZORGVRAAG = 'OUDEREN_MET_ZORGVRAAG',
  PSYCHOGERIATRISCH = 'PSYCHOGERIATRISCH',
  SOMATISCH = 'SOMATISCH',
  LICHAMELIJKE_BEPERKING = 'LICHAMELIJKE_BEPERKING',
  VERSTANDELIJKE_BEPERKING = 'VERSTANDELIJKE_BEPERKING',
  ZINTUIGLIJKE_BEPERKING = 'ZINTUIGLIJKE_BEPERKING',
  GGZ = 'GGZ',
  UITSTROMERS_BW_MO = 'UITSTROMERS_BW_MO',
  DAK_EN_THUISLOZEN = 'DAK_EN_THUISLOZEN',
  STATUSHOUDERS = 'STATUSHOUDERS',
  JONGEREN_UIT_JEUGDZORG = 'JONGEREN_UIT_JEUGDZORG',
  URGENTEN = 'URGENTEN',
  MANTELZORGERS = 'MANTELZORGERS',
  ARBEIDSMIGRANTEN = 'ARBEIDSMIGRANTEN',
  STUDENTEN = 'STUDENTEN',
  WOONWAGENBEWONERS = 'WOONWAGENBEWONERS',
  ALLE_HUURDERS = 'ALLE_HUURDERS',
}
registerEnumType(Doelgroep, { name: 'Doelgroep', description: 'Aandachtsgroepen' });
