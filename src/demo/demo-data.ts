import { BetrokkeneRol, TrekkerGroep } from '../overeenkomsten/afspraak-rollen';
import { PartijSoort } from '../partijen/partij.entity';
import {
  DEMO_EVALUATIE_2026,
  DEMO_EVALUATIE_BEVESTIGERS,
  DEMO_EVALUATIE_JAAR,
} from './demo-evaluatie';
import { DeelnemerRol, InstrumentSoort } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { AfspraakType, Doelgroep, Volwassenheid } from '../overeenkomsten/afspraak-type';
import { BeschrijvendSoort } from '../overeenkomsten/afspraak-details';
import { NormEenheid, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { LocatieSoort } from '../overeenkomsten/locatie.entity';
import { EffectOordeel, IndicatorRichting } from '../indicatoren/richting';
import { LidRol } from '../partijen/lidmaatschap.entity';
import type { DemoData } from './demo-types';

/*
 * Demo: the fictitious gemeente Vlietdam (Zuid-Holland), two corporaties with their
 * huurdersorganisaties, and the zorgpartijen that co-sign the "Bijlage wonen en zorg".
 * The afspraken are modelled on the real examples in DOMAIN.md (seeds 002 and 003), adapted to
 * Vlietdam; all names, places and numbers are made up.
 */

const DRIEHOEK = ['gemeente', 'corpA', 'corpB', 'huurdersA', 'huurdersB'];
const ZORGPARTIJEN = ['vvt', 'ggz', 'zorgkantoor', 'welzijn'];
const ALLE_JAREN = [2026, 2027, 2028, 2029].map((jaar) => ({ jaar }));

const DEFINITIE_NULTREDEN =
  'Nultredenwoningen zijn reguliere woningen die zowel intern als extern toegankelijk zijn: de woning is ' +
  'zonder trap te bereiken (extern toegankelijk) en keuken, badkamer, toilet en minimaal één slaapkamer ' +
  'zijn zonder trappen te bereiken (intern toegankelijk). Geteld worden zelfstandige sociale huurwoningen ' +
  'van Woonstichting De Vliet en Woningstichting Polderpoort in de gemeente Vlietdam, peildatum 31 december.';

const DEFINITIE_GECLUSTERD =
  'Geclusterde woonvormen (bijvoorbeeld hofjeswoningen, serviceflats en seniorenflats) bestaan uit ' +
  'woningen die minimaal voldoen aan de uitgangspunten voor nultredenwoningen en zijn ingericht op het ' +
  'bevorderen van sociaal contact en gemeenschapsgevoel. Er is een inpandige, gemeenschappelijke ' +
  'ontmoetingsruimte, de woonvorm telt minimaal 12 woningen en wordt voor minimaal 50% bewoond door ' +
  '55-plussers. Dementievriendelijke inrichting is gewenst. Geteld worden wooneenheden in complexen die ' +
  'aan alle voorwaarden voldoen, peildatum 31 december.';

const DEFINITIE_ZORGGESCHIKT =
  'Zorggeschikte woningen (voorheen verpleegzorgplekken) zijn zelfstandige woningen die onderdeel zijn ' +
  'van een geclusterde woonvorm waarin Wlz-zorg aan bewoners wordt geleverd. De wooneenheden en de ' +
  'toegang ertoe zijn rolstoel- of rollatorgeschikt, met voldoende ruimte bij de entree, in de ' +
  'toiletruimte en in de badkamer; de woning is brandveilig en heeft een goede en stabiele ' +
  'internetverbinding voor domotica (programma van eisen Subsidieregeling zorggeschikte woningen).';

export const DEMO: DemoData = {
  partijen: [
    {
      key: 'gemeente',
      naam: 'Gemeente Vlietdam',
      soort: PartijSoort.GEMEENTE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Gemeente Vlietdam',
      vestigingsplaats: 'Vlietdam',
      kvkNummer: '27364512',
      vertegenwoordiger: 'M.J. (Marieke) van den Berg',
      vertegenwoordigerFunctie: 'wethouder Wonen en Zorg',
      logo: { vorm: 'schild', kleur: [0, 94, 132] },
    },
    {
      key: 'corpA',
      naam: 'Woonstichting De Vliet',
      soort: PartijSoort.WONINGCORPORATIE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Woonstichting De Vliet',
      vestigingsplaats: 'Vlietdam',
      kvkNummer: '41150987',
      vertegenwoordiger: 'drs. P.A. (Peter) Jansen',
      vertegenwoordigerFunctie: 'directeur-bestuurder',
      logo: { vorm: 'huis', kleur: [196, 70, 30] },
    },
    {
      key: 'corpB',
      naam: 'Woningstichting Polderpoort',
      soort: PartijSoort.WONINGCORPORATIE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Woningstichting Polderpoort',
      vestigingsplaats: 'Oostwaard',
      kvkNummer: '24481236',
      vertegenwoordiger: 'ir. E. (Esther) Koster',
      vertegenwoordigerFunctie: 'directeur-bestuurder',
      logo: { vorm: 'daken', kleur: [46, 125, 50] },
    },
    {
      key: 'huurdersA',
      naam: 'Huurdersvereniging De Vliet',
      soort: PartijSoort.HUURDERSORGANISATIE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Huurdersvereniging De Vliet',
      vestigingsplaats: 'Vlietdam',
      kvkNummer: '40396271',
      vertegenwoordiger: 'H. (Henk) Dekker',
      vertegenwoordigerFunctie: 'voorzitter',
      logo: { vorm: 'golf', kleur: [106, 27, 154] },
    },
    {
      key: 'huurdersB',
      naam: 'Huurdersraad Polderpoort',
      soort: PartijSoort.HUURDERSORGANISATIE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Stichting Huurdersraad Polderpoort',
      vestigingsplaats: 'Oostwaard',
      kvkNummer: '58823104',
      vertegenwoordiger: 'A. (Aysel) Yilmaz',
      vertegenwoordigerFunctie: 'voorzitter',
    },
    {
      key: 'vvt',
      naam: 'Zorggroep Vlietzicht',
      soort: PartijSoort.ZORGAANBIEDER,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Stichting Zorggroep Vlietzicht',
      vestigingsplaats: 'Vlietdam',
      kvkNummer: '41127395',
      vertegenwoordiger: 'drs. R. (Ruud) Smit',
      vertegenwoordigerFunctie: 'voorzitter raad van bestuur',
    },
    {
      key: 'ggz',
      naam: 'De Overstap GGZ en Beschermd Wonen',
      soort: PartijSoort.ZORGAANBIEDER,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Stichting De Overstap GGZ en Beschermd Wonen',
      vestigingsplaats: 'Delfgauw',
      kvkNummer: '27285140',
      vertegenwoordiger: 'L. (Lotte) Meijer',
      vertegenwoordigerFunctie: 'bestuurder',
    },
    {
      key: 'zorgkantoor',
      naam: 'Zorgkantoor Vliet en Delta',
      soort: PartijSoort.ZORGKANTOOR,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Zorgkantoor Vliet en Delta B.V.',
      vestigingsplaats: 'Vlietdam',
      kvkNummer: '50712389',
      vertegenwoordiger: 'J. (Jeroen) Bos',
      vertegenwoordigerFunctie: 'directeur',
    },
    {
      key: 'welzijn',
      naam: 'Welzijn Vlietdam',
      soort: PartijSoort.WELZIJNSORGANISATIE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Stichting Welzijn Vlietdam',
      vestigingsplaats: 'Vlietdam',
      kvkNummer: '41163208',
      vertegenwoordiger: 'S. (Saskia) Visser',
      vertegenwoordigerFunctie: 'directeur',
    },
    {
      key: 'provincie',
      naam: 'Provincie Zuid-Holland',
      soort: PartijSoort.PROVINCIE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Provincie Zuid-Holland',
      vestigingsplaats: 'Den Haag',
      kvkNummer: '27373207',
      vertegenwoordiger: 'K. (Karin) de Wit',
      vertegenwoordigerFunctie: 'gedeputeerde Wonen',
    },
    {
      key: 'buiten',
      naam: 'Gemeente Oostwaard',
      soort: PartijSoort.GEMEENTE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Gemeente Oostwaard',
      vestigingsplaats: 'Oostwaard',
      kvkNummer: '27375119',
      vertegenwoordiger: 'T. (Tom) Mulder',
      vertegenwoordigerFunctie: 'wethouder Wonen',
    },
  ],

  gebruikers: [
    {
      email: 'gemeente@demo.driehoek.nl',
      naam: 'Sanne de Vries',
      partij: 'gemeente',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'gemeente-lezer@demo.driehoek.nl',
      naam: 'Joost Bakker',
      partij: 'gemeente',
      rollen: [LidRol.LEZER],
    },
    {
      email: 'corporatie@demo.driehoek.nl',
      naam: 'Fatima El Amrani',
      partij: 'corpA',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'corporatie2@demo.driehoek.nl',
      naam: 'Pieter Jansen',
      partij: 'corpB',
      rollen: [LidRol.OPSTELLER, LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'huurders@demo.driehoek.nl',
      naam: 'Ria Smit',
      partij: 'huurdersA',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'huurders2@demo.driehoek.nl',
      naam: 'Kees Mulder',
      partij: 'huurdersB',
      rollen: [LidRol.OPSTELLER, LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'zorg@demo.driehoek.nl',
      naam: 'Anouk Visser',
      partij: 'vvt',
      rollen: [LidRol.OPSTELLER, LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'ggz@demo.driehoek.nl',
      naam: 'Mehmet Yilmaz',
      partij: 'ggz',
      rollen: [LidRol.OPSTELLER, LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'zorgkantoor@demo.driehoek.nl',
      naam: 'Els de Boer',
      partij: 'zorgkantoor',
      rollen: [LidRol.OPSTELLER, LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'welzijn@demo.driehoek.nl',
      naam: 'Tom Hendriks',
      partij: 'welzijn',
      rollen: [LidRol.OPSTELLER, LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'provincie@demo.driehoek.nl',
      naam: 'Lotte van Dijk',
      partij: 'provincie',
      rollen: [LidRol.LEZER, LidRol.BEHEERDER],
    },
    {
      email: 'buiten@demo.driehoek.nl',
      naam: 'Bram Koster',
      partij: 'buiten',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
  ],
  overeenkomst: {
    titel: 'Prestatieafspraken Vlietdam 2026–2029',
    startjaar: 2026,
    eindjaar: 2029,
    preambule: [
      'Gemeente Vlietdam, Woonstichting De Vliet, Woningstichting Polderpoort, Huurdersvereniging De Vliet ' +
        'en Huurdersraad Polderpoort maken op grond van artikel 44 van de Woningwet prestatieafspraken over de ' +
        'bijdrage van de corporaties aan het volkshuisvestingsbeleid van de gemeente. De afspraken gelden voor ' +
        'de jaren 2026 tot en met 2029; elk jaar werken partijen de jaarschijf van het volgende jaar uit op ' +
        'basis van het bod van de corporaties en de gezamenlijke evaluatie van het afgelopen jaar.',
      'Partijen overwegen dat het aantal inwoners van 75 jaar en ouder in Vlietdam tot 2035 met ruim 40% ' +
        'toeneemt, dat steeds meer mensen met een zorgvraag zelfstandig wonen en dat de uitstroom uit ' +
        'beschermd wonen en maatschappelijke opvang alleen lukt met voldoende betaalbare woningen en ' +
        'passende begeleiding. De Woonzorgvisie Vlietdam 2025–2030 vertaalt deze opgave naar aantallen ' +
        'nultredenwoningen, geclusterde woonvormen en zorggeschikte woningen per wijk.',
      'Het programma Wonen, Ondersteuning en Zorg voor Ouderen (WOZO) vraagt gemeenten, corporaties en ' +
        'zorgpartijen om tot 2030 de woningvoorraad voor ouderen uit te breiden. Met de Wet versterking ' +
        'regie volkshuisvesting worden woonvisie en woonzorgvisie vanaf 2026 onderdeel van het ' +
        'volkshuisvestingsprogramma van de gemeente; de Provincie Zuid-Holland ziet toe op de regionale ' +
        'afstemming en neemt als waarnemer deel.',
      'Wonen, welzijn en zorg hangen samen. Daarom hebben Zorggroep Vlietzicht, De Overstap GGZ en Beschermd ' +
        'Wonen, Zorgkantoor Vliet en Delta en Welzijn Vlietdam de Bijlage wonen en zorg mede ondertekend. ' +
        'Partijen werken volgens een groeimodel: deze zorgpartijen gaan voorop, andere zorg- en ' +
        'welzijnsorganisaties kunnen tijdens de looptijd aansluiten, eerst als meelezer en daarna als ' +
        'medeondertekenaar van de afspraken die hen aangaan.',
      'Waar afspraken nog niet SMART kunnen zijn, leggen partijen vast hoe zij samenwerken en onder welke ' +
        'voorwaarden zij handelen. Afspraken gelden onder voorbehoud van financiële haalbaarheid binnen de ' +
        'begroting van de gemeente en de investeringsruimte van de corporaties; tussentijdse wijziging ' +
        'gebeurt alleen met instemming van alle ondertekenaars, via een addendum.',
    ].join('\n\n'),
    gemeenten: ['gemeente'],
    deelnemers: [
      { partij: 'gemeente', rol: DeelnemerRol.ONDERTEKENAAR, regie: true },
      { partij: 'corpA', rol: DeelnemerRol.ONDERTEKENAAR },
      { partij: 'corpB', rol: DeelnemerRol.ONDERTEKENAAR },
      { partij: 'huurdersA', rol: DeelnemerRol.ONDERTEKENAAR },
      { partij: 'huurdersB', rol: DeelnemerRol.ONDERTEKENAAR },
      { partij: 'vvt', rol: DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE },
      { partij: 'ggz', rol: DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE },
      { partij: 'zorgkantoor', rol: DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE },
      { partij: 'welzijn', rol: DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE },
      { partij: 'provincie', rol: DeelnemerRol.WAARNEMER },
    ],
    eigenDoelgroepen: [
      // Seed 004 (campagne langer zelfstandig wonen): "richt zich in de eerste plaats op jongere
      // ouderen (55-70)", who can still adapt their home in time.
      {
        naam: 'Jongere ouderen',
        omschrijving: 'Huishoudens die hun woning nog tijdig aanpassen of op tijd verhuizen',
        leeftijdVan: 55,
        leeftijdTot: 70,
      },
      {
        naam: 'Alleenwonende 75-plussers',
        omschrijving: 'Ouderen die alleen wonen en een preventief huisbezoek krijgen',
        leeftijdVan: 75,
      },
    ],
    referenties: [
      {
        soort: InstrumentSoort.WOONVISIE,
        titel: 'Woonvisie Vlietdam 2025–2030: Thuis in Vlietdam',
        url: 'https://www.vlietdam.nl/woonvisie',
      },
      {
        soort: InstrumentSoort.WOONZORGVISIE,
        titel: 'Woonzorgvisie Vlietdam 2025–2030',
        url: 'https://www.vlietdam.nl/woonzorgvisie',
      },
      {
        soort: InstrumentSoort.VOLKSHUISVESTINGSPROGRAMMA,
        titel: 'Volkshuisvestingsprogramma Vlietdam 2026–2030 (in voorbereiding)',
        url: 'https://www.vlietdam.nl/volkshuisvestingsprogramma',
      },
      {
        soort: InstrumentSoort.CONVENANT,
        titel:
          'Convenant Uitstroom beschermd wonen en maatschappelijke opvang regio Vliet en Delta 2025',
        url: 'https://www.vlietdam.nl/convenant-uitstroom',
      },
      {
        soort: InstrumentSoort.PACT,
        titel: 'Regionaal Pact Wonen en Zorg voor Ouderen Zuid-Holland Zuid',
      },
      {
        soort: InstrumentSoort.UITVOERINGSPROGRAMMA,
        titel: 'Uitvoeringsprogramma Wonen, Welzijn en Zorg Vlietdam 2026–2029',
        url: 'https://www.vlietdam.nl/uitvoeringsprogramma-wonen-welzijn-zorg',
      },
    ],
  },

  onderdelen: [
    {
      key: 'hoofd',
      soort: OnderdeelSoort.HOOFDDOCUMENT,
      titel: 'Hoofddocument',
      ondertekenaars: DRIEHOEK,
    },
    {
      key: 'bijlage',
      soort: OnderdeelSoort.BIJLAGE,
      titel: 'Bijlage wonen en zorg',
      ondertekenaars: [...DRIEHOEK, ...ZORGPARTIJEN],
    },
  ],

  afspraken: [
    // ---------------------------------------------------------------- hoofddocument: Wonen
    {
      key: 'bestuurlijk-overleg',
      onderdeel: 'hoofd',
      titel: 'Bestuurlijk overleg, monitoringsgesprek en evaluatie',
      type: AfspraakType.PROCES,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'gemeente',
      tekst:
        'De cyclus van overleg en afspraken is: 2x per jaar bestuurlijk overleg, 1x in de 2 jaar een ' +
        'monitoringsgesprek waarin de afspraken worden vernieuwd, en na 4 jaar een evaluatie van de hele ' +
        'overeenkomst. Vaste agendapunten zijn de voortgang van de woonzorgopgave (nultredenwoningen, ' +
        'geclusterde en zorggeschikte woningen) en de jaarschijf van het volgende jaar. De gemeente ' +
        'verzorgt agenda en verslag.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.ALLE_HUURDERS],
      betrokkenen: [
        {
          partij: 'corpA',
          bijdrage: 'Levert voor 1 juli het bod en in mei de verantwoording over het vorige jaar',
        },
        {
          partij: 'corpB',
          bijdrage: 'Levert voor 1 juli het bod en in mei de verantwoording over het vorige jaar',
        },
        {
          partij: 'huurdersA',
          bijdrage: 'Geeft een zienswijze op het bod en neemt deel aan het overleg',
        },
        {
          partij: 'huurdersB',
          bijdrage: 'Geeft een zienswijze op het bod en neemt deel aan het overleg',
        },
      ],
      jaren: [
        {
          jaar: 2026,
          concretisering:
            'Bestuurlijk overleg in maart en oktober; jaarschijf 2027 getekend voor 15 december.',
        },
        {
          jaar: 2027,
          concretisering: 'Eerste monitoringsgesprek in juni, op basis van de realisatie 2026.',
        },
        {
          jaar: 2028,
          concretisering:
            'Bestuurlijk overleg in maart en oktober; jaarschijf 2029 getekend voor 15 december.',
        },
        {
          jaar: 2029,
          concretisering:
            'Tweede monitoringsgesprek en evaluatie van de overeenkomst als basis voor 2030–2033.',
        },
      ],
      details: {
        proces: {
          overlegvorm: 'Bestuurlijk overleg lokale driehoek; monitoringsgesprek; eindevaluatie',
          frequentie:
            '2x per jaar bestuurlijk overleg, 1x per 2 jaar monitoringsgesprek, evaluatie na 4 jaar',
          deelnemers: DRIEHOEK,
        },
      },
    },
    {
      key: 'behoud-toegankelijk',
      onderdeel: 'hoofd',
      titel:
        'Behoud van ten minste 1.661 toegankelijke en levensloopbestendige sociale huurwoningen',
      type: AfspraakType.GARANTIE,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'corpA',
      tekst:
        'De corporaties houden gedurende de looptijd minimaal het huidige aantal van 1.661 toegankelijke en ' +
        'levensloopbestendige sociale huurwoningen in Vlietdam in stand: 1.042 van De Vliet en 619 van ' +
        'Polderpoort. Verkoop of sloop van zulke woningen wordt in hetzelfde jaar gecompenseerd door ' +
        'nieuwbouw of door het opplussen van bestaande woningen.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [
        Doelgroep.OUDEREN,
        Doelgroep.OUDEREN_MET_ZORGVRAAG,
        Doelgroep.LICHAMELIJKE_BEPERKING,
      ],
      // "De corporaties houden … in stand": alle corporaties trekken, elk met een eigen aantal
      // (as in seed 002, Stichtse Vecht: "De corporaties investeren …; Portaal vernieuwt …").
      trekkerGroep: TrekkerGroep.ALLE_CORPORATIES,
      betrokkenen: [
        { partij: 'corpA', bijdrage: 'Houdt 1.042 toegankelijke woningen in stand' },
        { partij: 'corpB', bijdrage: 'Houdt 619 toegankelijke woningen in stand' },
        { partij: 'huurdersA', bijdrage: 'Volgt het aantal in de jaarlijkse monitor' },
      ],
      jaren: ALLE_JAREN,
      details: {
        garantie: {
          garantstellers: ['corpA', 'corpB'],
          wat: 'Ten minste 1.661 toegankelijke en levensloopbestendige sociale huurwoningen in Vlietdam (1.042 De Vliet, 619 Polderpoort)',
          toezeggingen: [
            {
              partij: 'corpA',
              wat: 'Ten minste 1.042 toegankelijke en levensloopbestendige woningen van De Vliet',
            },
            {
              partij: 'corpB',
              wat: 'Ten minste 619 toegankelijke en levensloopbestendige woningen van Polderpoort',
            },
          ],
          geldigTot: '2029-12-31',
        },
      },
    },
    {
      key: 'nieuwbouw-nultreden',
      onderdeel: 'hoofd',
      titel: 'Nieuwbouw van 240 nultredenwoningen',
      type: AfspraakType.HANDELING,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'corpA',
      tekst:
        'De corporaties bouwen in de periode 2026–2029 samen 240 sociale huurwoningen die voldoen aan de ' +
        'definitie nultredenwoning, bij voorkeur nabij winkels en zorgvoorzieningen. De gemeente zorgt ' +
        'voor tijdige planologische procedures en levert de grond tegen de grondprijs voor sociale huur. ' +
        'De fasering wordt jaarlijks in het bod geactualiseerd.',
      volwassenheid: Volwassenheid.SMART,
      voorwaarden: [
        'Mits financieel haalbaar binnen de investeringsruimte van de corporaties',
        'Mits de gemeente de locaties Vlietkade, De Boomgaard en Schouwpad tijdig bouwrijp levert',
      ],
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.LICHAMELIJKE_BEPERKING],
      // Seed 002 (Hengelo): "in de directe nabijheid van zorgsteunpunten (circa 200 meter)
      // minimaal het niveau Wmo-geschikt".
      normen: [
        {
          onderwerp: 'nieuwe nultredenwoningen',
          vergelijking: NormVergelijking.TEN_MINSTE,
          waarde: 240,
          eenheid: NormEenheid.WONINGEN,
        },
        {
          onderwerp: 'afstand tot een zorgsteunpunt',
          vergelijking: NormVergelijking.HOOGSTENS,
          waarde: 200,
          eenheid: NormEenheid.METER,
          activiteit: 2,
        },
        {
          onderwerp: 'toegankelijkheidsniveau bij het zorgsteunpunt',
          vergelijking: NormVergelijking.PRECIES,
          waardeTekst: 'minimaal Wmo-geschikt',
          activiteit: 2,
        },
      ],
      verwijzingen: [
        {
          soort: InstrumentSoort.WOONZORGVISIE,
          titel: 'Woonzorgvisie Vlietdam 2025–2030',
          artikel: 'paragraaf 4.2, nultredenwoningen',
          document: 'woonzorgvisie-vlietdam-2025-2030.pdf',
        },
      ],
      betrokkenen: [
        { partij: 'corpB', bijdrage: 'Bouwt 100 van de 240 nultredenwoningen' },
        { partij: 'gemeente', bijdrage: 'Grond tegen sociale grondprijs, versnelde procedures' },
      ],
      jaren: [
        { jaar: 2026, concretisering: '40 woningen opgeleverd (De Vliet, Oeverpark fase 1).' },
        {
          jaar: 2027,
          concretisering: '70 woningen, waarvan 36 in de geclusterde woonvorm Vlietkade.',
        },
        { jaar: 2028, concretisering: '70 woningen, waarvan 24 in De Boomgaard.' },
        { jaar: 2029, concretisering: '60 woningen, waarvan 20 aan het Schouwpad.' },
      ],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Oplevering 40 nultredenwoningen Oeverpark fase 1',
              partijen: ['corpA'],
              wanneer: 'Q4 2026',
            },
            {
              wat: 'Oplevering 70 nultredenwoningen (o.a. Vlietkade)',
              partijen: ['corpA', 'corpB'],
              wanneer: '2027',
            },
            {
              wat: 'Oplevering 70 nultredenwoningen (o.a. De Boomgaard)',
              partijen: ['corpA', 'corpB'],
              wanneer: '2028',
            },
            {
              wat: 'Oplevering 60 nultredenwoningen (o.a. Schouwpad)',
              partijen: ['corpA', 'corpB'],
              wanneer: '2029',
            },
            {
              wat: 'Bouwrijp maken en gronduitgifte van de drie locaties',
              partijen: ['gemeente'],
              wanneer: '2026–2028',
            },
          ],
        },
      },
    },
    {
      key: 'definities-woningtypen',
      onderdeel: 'hoofd',
      titel: 'Gezamenlijke definities van woningtypen voor ouderen',
      type: AfspraakType.BESCHRIJVEND,
      thema: 'Geclusterde woonvormen met ontmoetingsruimte',
      trekker: 'gemeente',
      tekst:
        'Partijen tellen en monitoren woningen voor ouderen volgens de definities van BZK/VWS uit 2023: ' +
        'nultredenwoning, geclusterde woonvorm en zorggeschikte woning. Eigen labels van de corporaties ' +
        '(zoals seniorenwoning of 55+-woning) worden daarop omgezet, zodat iedereen over dezelfde aantallen ' +
        'praat. De definities staan bij de indicatoren van deze overeenkomst.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN],
      betrokkenen: [
        { partij: 'corpA', bijdrage: 'Labelt het eigen bezit volgens de BZK-definities' },
        { partij: 'corpB', bijdrage: 'Labelt het eigen bezit volgens de BZK-definities' },
      ],
      jaren: [{ jaar: 2026, concretisering: 'Omzetting van de bestaande labels voor 1 mei 2026.' }],
      details: {
        beschrijvend: {
          soort: BeschrijvendSoort.DEFINITIE,
          omschrijving:
            'Nultredenwoning: intern en extern toegankelijk. Geclusterde woonvorm: minimaal nultreden, ten minste ' +
            '12 woningen, ten minste 50% bewoond door 55-plussers, met een inpandige gemeenschappelijke ' +
            'ontmoetingsruimte. Zorggeschikte woning: zelfstandige woning in een geclusterde woonvorm waar ' +
            'Wlz-zorg wordt geleverd, rolstoel- of rollatorgeschikt (BZK/VWS 2023).',
        },
      },
    },
    {
      key: 'geclusterd-110',
      onderdeel: 'hoofd',
      titel: '110 nieuwe geclusterde wooneenheden op 4 locaties',
      type: AfspraakType.HANDELING,
      thema: 'Geclusterde woonvormen met ontmoetingsruimte',
      trekker: 'corpB',
      tekst:
        'In 2029 zijn er op 4 locaties in totaal 110 nieuwe geclusterde wooneenheden ontwikkeld, waarvan 80 ' +
        'in nieuwbouw en 30 in bestaande bouw. Elke locatie krijgt een inpandige ontmoetingsruimte. De ' +
        'gemeente draagt per ontmoetingsruimte eenmalig € 50.000 bij aan de onrendabele top.',
      volwassenheid: Volwassenheid.SMART,
      voorwaarden: [
        'Mits financieel haalbaar',
        'Mits de Regeling Ontmoetingsruimten van het Rijk wordt voortgezet',
        'Op voorwaarde dat het labelen geen leegstand veroorzaakt',
      ],
      // Seed 002 (Nijkerk): "is 50 procent gelabeld voor toewijzing met voorrang voor mensen met
      // een CIZ- en/of Wmo-indicatie … op voorwaarde dat hierdoor geen leegstand ontstaat".
      voorwaardeActiviteiten: [null, null, 1],
      normen: [
        {
          onderwerp: 'nieuwe geclusterde wooneenheden',
          vergelijking: NormVergelijking.PRECIES,
          waarde: 110,
          eenheid: NormEenheid.WONINGEN,
        },
        {
          onderwerp: 'aandeel gelabeld voor voorrang bij een Wmo-indicatie',
          vergelijking: NormVergelijking.PRECIES,
          waarde: 50,
          eenheid: NormEenheid.PROCENT,
          activiteit: 1,
        },
      ],
      verwijzingen: [
        { afspraak: 'definities-woningtypen', toelichting: 'definitie geclusterde woonvorm' },
      ],
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.OUDEREN_MET_ZORGVRAAG],
      betrokkenen: [
        {
          partij: 'corpA',
          bijdrage: 'Ontwikkelt Vlietkade (36) en Schouwpad (20)',
          kostenaandeel: 45,
        },
        {
          partij: 'gemeente',
          bijdrage: '€ 50.000 per ontmoetingsruimte, in totaal € 200.000',
          kostenaandeel: 10,
        },
        {
          partij: 'huurdersB',
          bijdrage: 'Denkt mee over het programma van eisen met een klankbordgroep van senioren',
        },
      ],
      jaren: [
        { jaar: 2026, concretisering: 'Transformatie Molenhof: 30 eenheden in bestaande bouw.' },
        { jaar: 2027, concretisering: 'Nieuwbouw Vlietkade: 36 eenheden.' },
        { jaar: 2028, concretisering: 'Nieuwbouw De Boomgaard: 24 eenheden.' },
        { jaar: 2029, concretisering: 'Nieuwbouw Schouwpad: 20 eenheden.' },
      ],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Transformatie seniorenflat Molenhof tot 30 geclusterde eenheden',
              partijen: ['corpB'],
              wanneer: 'Q4 2026',
            },
            {
              wat: 'Nieuwbouw Vlietkade: 36 eenheden met ontmoetingsruimte',
              partijen: ['corpA'],
              wanneer: 'Q3 2027',
            },
            {
              wat: 'Nieuwbouw De Boomgaard: 24 hofjeswoningen',
              partijen: ['corpB'],
              wanneer: 'Q2 2028',
            },
            { wat: 'Nieuwbouw Schouwpad: 20 eenheden', partijen: ['corpA'], wanneer: 'Q4 2029' },
          ],
        },
      },
      locaties: [
        { soort: LocatieSoort.COMPLEX, naam: 'Molenhof' },
        { soort: LocatieSoort.COMPLEX, naam: 'Vlietkade' },
        { soort: LocatieSoort.COMPLEX, naam: 'De Boomgaard' },
        { soort: LocatieSoort.COMPLEX, naam: 'Schouwpad' },
      ],
    },
    {
      key: 'mantelzorgwoning',
      onderdeel: 'hoofd',
      titel: 'Tijdelijke mantelzorgwoning in de tuin van een huurwoning',
      type: AfspraakType.INTENTIE,
      thema: 'Mantelzorgwoningen',
      trekker: 'corpA',
      tekst:
        'Als een huurder van een eengezinswoning met een voldoende grote tuin mantelzorg gaat verlenen aan ' +
        'een naaste (of die ontvangt), dan staan de corporaties de plaatsing van een tijdelijke ' +
        'mantelzorgunit toe. De gemeente beoordeelt de aanvraag binnen 8 weken; na afloop van de ' +
        'mantelzorg wordt de unit verwijderd.',
      volwassenheid: Volwassenheid.VOORNEMEN,
      voorwaarden: [
        'Een verklaring van de mantelzorgrelatie door het sociaal wijkteam',
        'Geen bezwaar van direct omwonenden op grond van veiligheid',
      ],
      doelgroepen: [Doelgroep.MANTELZORGERS, Doelgroep.OUDEREN_MET_ZORGVRAAG],
      betrokkenen: [
        { partij: 'corpB', bijdrage: 'Past dezelfde regeling toe voor het eigen bezit' },
        {
          partij: 'gemeente',
          bijdrage: 'Vergunningvrije plaatsing toetsen en verklaring wijkteam regelen',
        },
      ],
      jaren: [
        { jaar: 2027, concretisering: 'Regeling uitgewerkt en gepubliceerd; pilot met 5 units.' },
        { jaar: 2028 },
        { jaar: 2029 },
      ],
      details: {
        intentie: {
          voorwaarde:
            'Als een huurder met een voldoende grote tuin aantoonbaar mantelzorg verleent of ontvangt',
          gevolg:
            'Dan mag een tijdelijke mantelzorgunit worden geplaatst, die na afloop van de mantelzorg weer wordt verwijderd',
        },
      },
    },
    {
      key: 'urgentieregeling',
      onderdeel: 'hoofd',
      titel: 'Urgentieregeling: jaarlijks 50 tot 75 woningen voor uitstroom en urgenten',
      type: AfspraakType.GARANTIE,
      thema: 'Woonruimteverdeling en voorrang',
      trekker: 'corpA',
      tekst:
        'De corporaties wijzen jaarlijks 50 tot 75 woningen via directe bemiddeling toe aan urgent ' +
        'woningzoekenden en uitstromers uit beschermd wonen en maatschappelijke opvang. De corporaties zorgen ' +
        'voor de woningtoewijzing en de bemiddeling; de gemeente regelt de toegang tot de begeleiding. ' +
        'Het aantal wordt per kwartaal met de zorgpartijen bijgesteld (zie de Bijlage wonen en zorg).',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [
        Doelgroep.URGENTEN,
        Doelgroep.UITSTROMERS_BW_MO,
        Doelgroep.JONGEREN_UIT_JEUGDZORG,
      ],
      betrokkenen: [
        { partij: 'corpB', bijdrage: 'Levert naar rato van het bezit ca. 40% van de woningen' },
        { partij: 'gemeente', bijdrage: 'Beoordeelt urgentie en regelt de begeleiding' },
      ],
      jaren: ALLE_JAREN,
      details: {
        garantie: {
          garantstellers: ['corpA', 'corpB'],
          wat: 'Jaarlijks minimaal 50 en maximaal 75 woningen via directe bemiddeling voor urgenten en uitstromers',
        },
      },
      normen: [
        {
          onderwerp: 'woningen per jaar via directe bemiddeling',
          vergelijking: NormVergelijking.TUSSEN,
          waarde: 50,
          totWaarde: 75,
          eenheid: NormEenheid.WONINGEN,
        },
      ],
      // Seed 001: urgentiecategorieën "(nadere uitwerking in de huisvestingsverordening)".
      verwijzingen: [
        {
          soort: InstrumentSoort.HUISVESTINGSVERORDENING,
          titel: 'Huisvestingsverordening Vlietdam 2026',
          artikel: 'hoofdstuk 3, urgentie',
        },
      ],
    },
    {
      key: 'verdeling-bijzondere-doelgroepen',
      onderdeel: 'hoofd',
      titel: 'Evenwichtige verdeling van vrijkomende woningen over doelgroepen',
      type: AfspraakType.BESCHRIJVEND,
      thema: 'Woonruimteverdeling en voorrang',
      trekker: 'gemeente',
      tekst:
        'Urgenten, statushouders en uitstromers komen in voldoende mate aan bod zonder de kansen van ' +
        'reguliere woningzoekenden nodeloos te beperken. Partijen gaan ervan uit dat ten hoogste 25% van de ' +
        'vrijkomende sociale huurwoningen met voorrang wordt toegewezen.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      doelgroepen: [
        Doelgroep.URGENTEN,
        Doelgroep.STATUSHOUDERS,
        Doelgroep.UITSTROMERS_BW_MO,
        Doelgroep.ALLE_HUURDERS,
      ],
      betrokkenen: [
        { partij: 'huurdersA', bijdrage: 'Bewaakt de positie van reguliere woningzoekenden' },
        { partij: 'huurdersB', bijdrage: 'Bewaakt de positie van reguliere woningzoekenden' },
      ],
      jaren: ALLE_JAREN,
      details: {
        beschrijvend: {
          soort: BeschrijvendSoort.STANDPUNT,
          omschrijving:
            'Maximaal 25% van de vrijkomende sociale huurwoningen wordt met voorrang toegewezen; daarboven bespreken partijen eerst de gevolgen voor reguliere woningzoekenden.',
        },
      },
    },
    {
      key: 'huurderving-aangepast',
      onderdeel: 'hoofd',
      titel: 'Huurderving bij het opnieuw verhuren van aangepaste woningen',
      type: AfspraakType.TRANSACTIE,
      thema: 'Woonruimteverdeling en voorrang',
      trekker: 'gemeente',
      tekst:
        'Komt een woning met een ingrijpende Wmo-aanpassing vrij, dan heeft de gemeente drie maanden de tijd ' +
        'om een kandidaat te vinden die de aanpassing nodig heeft, en betaalt zij in die periode de ' +
        'huurderving. Is er na drie maanden geen kandidaat, dan wijst de corporatie de woning toe aan een ' +
        'eigen kandidaat en worden aanpassingen zo nodig verwijderd.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.LICHAMELIJKE_BEPERKING, Doelgroep.OUDEREN_MET_ZORGVRAAG],
      betrokkenen: [
        {
          partij: 'gemeente',
          bijdrage: 'Vergoedt de huurderving, gemiddeld € 1.900 per woning',
          kostenaandeel: 100,
        },
      ],
      jaren: ALLE_JAREN,
      details: {
        transactie: {
          posten: [
            {
              partij: 'gemeente',
              levert:
                'Een passende kandidaat binnen drie maanden en vergoeding van de huurderving in die periode',
              ontvangt:
                'Behoud van de aangepaste woning voor een inwoner met een Wmo-indicatie, zonder nieuwe aanpassingskosten',
            },
            {
              partij: 'corpA',
              levert:
                'Meldt een vrijkomende aangepaste woning binnen 5 werkdagen en houdt de aanpassing in stand',
              ontvangt: 'Vergoeding van de huurderving tot drie maanden',
            },
            {
              partij: 'corpB',
              levert:
                'Meldt een vrijkomende aangepaste woning binnen 5 werkdagen en houdt de aanpassing in stand',
              ontvangt: 'Vergoeding van de huurderving tot drie maanden',
            },
          ],
        },
      },
    },
    {
      key: 'wooninitiatieven',
      onderdeel: 'hoofd',
      titel: 'Ruimte voor wooninitiatieven van bewoners, zoals een knarrenhof',
      type: AfspraakType.INTENTIE,
      thema: 'Burgerinitiatieven',
      trekker: 'gemeente',
      tekst:
        'Als een groep inwoners een woonzorginitiatief met aantoonbaar draagvlak en een eerste ' +
        'haalbaarheidsschets presenteert, dan onderzoeken gemeente en corporaties binnen zes maanden of er ' +
        'grond of vastgoed beschikbaar is en of een corporatie kan optreden als verhuurder of belegger. ' +
        'De gemeente stelt jaarlijks € 25.000 beschikbaar voor procesbegeleiding van initiatieven.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      voorwaarden: [
        'Het initiatief voegt sociale huurwoningen of geclusterde woningen toe aan de voorraad',
      ],
      doelgroepen: [Doelgroep.OUDEREN],
      betrokkenen: [
        {
          partij: 'gemeente',
          bijdrage: '€ 25.000 per jaar voor procesbegeleiding',
          kostenaandeel: 100,
        },
        { partij: 'corpA', bijdrage: 'Beoordeelt of zij als verhuurder kan optreden' },
        { partij: 'corpB', bijdrage: 'Beoordeelt of zij als verhuurder kan optreden' },
      ],
      jaren: ALLE_JAREN,
      details: {
        intentie: {
          voorwaarde:
            'Als een groep inwoners een woonzorginitiatief met draagvlak en een haalbaarheidsschets presenteert',
          gevolg:
            'Dan onderzoeken gemeente en corporaties binnen zes maanden grond, vastgoed en de rol van een corporatie als verhuurder',
        },
      },
    },
    {
      key: 'doorstroomcoach',
      onderdeel: 'hoofd',
      titel: 'Doorstroomcoach en verhuizen met behoud van huurprijs voor senioren',
      type: AfspraakType.HANDELING,
      thema: 'Doorstroming',
      trekker: 'corpB',
      tekst:
        'De corporaties zetten vanaf 2026 samen een doorstroomcoach in die senioren in een eengezinswoning ' +
        'helpt bij de keuze om te verhuizen of de woning aan te passen. Zeventigplussers en urgenten met een ' +
        'medische indicatie verhuizen naar een geschikte woning met behoud van hun huurprijs per vierkante ' +
        'meter. Het doel is 30 tot 50 verhuizingen per jaar.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN],
      eigenDoelgroepen: ['Jongere ouderen'],
      normen: [
        {
          onderwerp: 'verhuizingen met hulp van de doorstroomcoach',
          vergelijking: NormVergelijking.TUSSEN,
          waarde: 30,
          totWaarde: 50,
          eenheid: NormEenheid.ANDERS,
          eenheidTekst: 'verhuizingen per jaar',
        },
      ],
      betrokkenen: [
        { partij: 'corpA', bijdrage: 'Financiert de helft van de coach', kostenaandeel: 50 },
        {
          partij: 'corpB',
          bijdrage: 'Financiert de helft van de coach en is werkgever',
          kostenaandeel: 50,
        },
        {
          partij: 'huurdersA',
          bijdrage: 'Informeert leden via de nieuwsbrief en bewonerscommissies',
        },
      ],
      jaren: ALLE_JAREN,
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Doorstroomcoach (0,8 fte) aangesteld',
              partijen: ['corpA', 'corpB'],
              wanneer: 'april 2026',
            },
            {
              wat: 'Informatiebijeenkomsten in de vier wijken',
              partijen: ['corpB', 'huurdersA', 'huurdersB'],
              wanneer: 'najaar 2026',
            },
            {
              wat: 'Evaluatie effect van behoud huurprijs op verhuisgeneigdheid',
              partijen: ['corpA', 'corpB'],
              wanneer: 'Q2 2028',
            },
          ],
        },
      },
    },
    {
      key: 'woonzorgquote',
      onderdeel: 'hoofd',
      titel: 'Woonzorgquote van ten hoogste 40% van het inkomen',
      type: AfspraakType.GARANTIE,
      thema: 'Betaalbaarheid',
      trekker: 'gemeente',
      tekst:
        'De woonzorgquote (het geheel aan kosten van huur, energie, lokale lasten en eigen bijdragen voor ' +
        'zorg) van huurders met een laag inkomen mag niet meer dan 40% van hun inkomen bedragen. De ' +
        'corporaties zorgen voor passend toewijzen en huurmaatwerk; de gemeente zet minimaregelingen en ' +
        'kwijtschelding van lokale lasten in.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      doelgroepen: [Doelgroep.OUDEREN_MET_ZORGVRAAG, Doelgroep.ALLE_HUURDERS],
      betrokkenen: [
        { partij: 'corpA', bijdrage: 'Huurmaatwerk bij een woonzorgquote boven 40%' },
        { partij: 'corpB', bijdrage: 'Huurmaatwerk bij een woonzorgquote boven 40%' },
        { partij: 'huurdersA', bijdrage: 'Signaleert knelpunten via de huurdersspreekuren' },
      ],
      jaren: ALLE_JAREN,
      details: {
        garantie: {
          garantstellers: ['gemeente', 'corpA', 'corpB'],
          wat: 'Huurders met een laag inkomen besteden niet meer dan 40% van hun inkomen aan wonen en zorg samen',
        },
      },
      // Seed 002 (Leeuwarden): "dat de woonzorgquote … niet meer dan 40 procent van het inkomen
      // mag uitmaken".
      normen: [
        {
          onderwerp: 'woonzorgquote van huurders met een laag inkomen',
          vergelijking: NormVergelijking.HOOGSTENS,
          waarde: 40,
          eenheid: NormEenheid.PROCENT,
        },
      ],
    },
    {
      key: 'huuroverleg',
      onderdeel: 'hoofd',
      titel: 'Jaarlijks overleg over huurbeleid en betaalbaarheid',
      type: AfspraakType.PROCES,
      thema: 'Betaalbaarheid',
      trekker: 'corpA',
      tekst:
        'Elke corporatie bespreekt haar voorgenomen huurverhoging en het huurmaatwerk jaarlijks voor 1 maart ' +
        'met haar huurdersorganisatie, waarna de gemeente in het bestuurlijk overleg van maart wordt ' +
        'geïnformeerd. De uitkomsten van de betaalbaarheidsmonitor zijn daarbij het vertrekpunt.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.ALLE_HUURDERS],
      betrokkenen: [
        { partij: 'corpB', bijdrage: 'Voert hetzelfde overleg met Huurdersraad Polderpoort' },
        { partij: 'huurdersA', bijdrage: 'Brengt advies uit over de huurverhoging' },
        { partij: 'huurdersB', bijdrage: 'Brengt advies uit over de huurverhoging' },
      ],
      jaren: ALLE_JAREN,
      details: {
        proces: {
          overlegvorm: 'Huuroverleg corporatie en huurdersorganisatie',
          frequentie: '1x per jaar, voor 1 maart',
          deelnemers: ['corpA', 'corpB', 'huurdersA', 'huurdersB', 'gemeente'],
        },
      },
    },
    {
      key: 'financiele-uitgangspunten',
      onderdeel: 'hoofd',
      titel: 'Financiële uitgangspunten: grondprijs en investeringsruimte',
      type: AfspraakType.BESCHRIJVEND,
      thema: 'Betaalbaarheid',
      trekker: 'gemeente',
      tekst:
        'De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 22.500 per woning ' +
        '(prijspeil 2026, jaarlijks geïndexeerd). De corporaties zetten hun investeringsruimte eerst in voor ' +
        'nieuwbouw en verduurzaming binnen Vlietdam; zij houden de streefhuur van nieuwbouw onder de ' +
        'tweede aftoppingsgrens.',
      volwassenheid: Volwassenheid.SMART,
      jaren: ALLE_JAREN,
      details: {
        beschrijvend: {
          soort: BeschrijvendSoort.FINANCIEEL_UITGANGSPUNT,
          omschrijving:
            'Grondprijs sociale huur € 22.500 per woning (prijspeil 2026, geïndexeerd); streefhuur nieuwbouw onder de tweede aftoppingsgrens.',
        },
      },
    },
    // ---------------------------------------------------------------- hoofddocument: Zorg en welzijn
    {
      key: 'schuldhulp-200k',
      onderdeel: 'hoofd',
      titel: 'Corporaties dragen € 200.000 bij aan preventieve schuldhulp',
      type: AfspraakType.TRANSACTIE,
      thema: 'Vroegsignalering en preventie',
      trekker: 'gemeente',
      tekst:
        'De corporaties dragen in de looptijd samen € 200.000 bij aan de aanpak Vroeg Erop Af van de ' +
        'gemeente. Zij melden huurachterstanden na één gemiste maand; de gemeente legt binnen 5 werkdagen ' +
        'een huisbezoek af en biedt schuldhulp aan. Zo willen partijen huisuitzettingen wegens ' +
        'huurachterstand halveren.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.ALLE_HUURDERS],
      betrokkenen: [
        { partij: 'corpA', bijdrage: '€ 120.000 (€ 30.000 per jaar)', kostenaandeel: 60 },
        { partij: 'corpB', bijdrage: '€ 80.000 (€ 20.000 per jaar)', kostenaandeel: 40 },
      ],
      jaren: ALLE_JAREN,
      details: {
        transactie: {
          posten: [
            {
              partij: 'corpA',
              levert: '€ 120.000 en een melding van elke huurachterstand na één gemiste maand',
              ontvangt: 'Snelle inzet van schuldhulp bij haar huurders en minder ontruimingen',
            },
            {
              partij: 'corpB',
              levert: '€ 80.000 en een melding van elke huurachterstand na één gemiste maand',
              ontvangt: 'Snelle inzet van schuldhulp bij haar huurders en minder ontruimingen',
            },
            {
              partij: 'gemeente',
              levert:
                'Huisbezoek binnen 5 werkdagen na een melding en een aanbod schuldhulpverlening',
              ontvangt: 'De bijdrage van € 200.000 en vroege signalen van betalingsproblemen',
            },
          ],
        },
      },
    },
    // ---------------------------------------------------------------- hoofddocument: Fysieke omgeving
    {
      key: 'aanpasbaar-bouwen',
      onderdeel: 'hoofd',
      titel: '70% van de nieuwbouw aanpasbaar, 10–15% voor bijzondere woonvormen',
      type: AfspraakType.GARANTIE,
      thema: 'Toegankelijkheid',
      trekker: 'corpB',
      tekst:
        'Ten minste 70% van de sociale nieuwbouw van de corporaties wordt aanpasbaar gebouwd, zodat ' +
        'bewoners er bij een hulpvraag zo lang mogelijk kunnen blijven wonen. Daarnaast is 10 tot 15% van ' +
        'de nieuwbouw bestemd voor bijzondere woonvormen, zoals geclusterde en zorggeschikte woningen.',
      volwassenheid: Volwassenheid.SMART,
      voorwaarden: [
        'Afwijking alleen in overleg met de gemeente, bijvoorbeeld bij kleine studio’s voor jongeren',
      ],
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.LICHAMELIJKE_BEPERKING],
      jaren: ALLE_JAREN,
      details: {
        garantie: {
          garantstellers: ['corpA', 'corpB'],
          wat: 'Minimaal 70% van de sociale nieuwbouw aanpasbaar; 10–15% van de nieuwbouw voor bijzondere woonvormen',
          geldigTot: '2029-12-31',
        },
      },
      normen: [
        {
          onderwerp: 'aandeel aanpasbaar gebouwde sociale nieuwbouw',
          vergelijking: NormVergelijking.TEN_MINSTE,
          waarde: 70,
          eenheid: NormEenheid.PROCENT,
        },
        {
          onderwerp: 'aandeel nieuwbouw voor bijzondere woonvormen',
          vergelijking: NormVergelijking.TUSSEN,
          waarde: 10,
          totWaarde: 15,
          eenheid: NormEenheid.PROCENT,
        },
      ],
    },
    {
      key: 'opplussen',
      onderdeel: 'hoofd',
      titel: 'Opplussen van twaalf seniorencomplexen',
      type: AfspraakType.HANDELING,
      thema: 'Toegankelijkheid',
      trekker: 'corpA',
      tekst:
        'De corporaties plussen twaalf oudere seniorencomplexen op met automatische deuropeners, ' +
        'drempelverlagingen, rookmelders en rollatorgeschikte entrees. De kosten van het rollatorgeschikt ' +
        'maken en van aanpassingen aan keuken en badkamer bij de complexgewijze aanpak komen voor rekening ' +
        'van de corporaties. Bewoners worden vooraf per complex geraadpleegd.',
      volwassenheid: Volwassenheid.SMART,
      voorwaarden: ['Mits ten minste 70% van de bewoners van een complex instemt'],
      normen: [
        {
          onderwerp: 'instemming van de bewoners per complex',
          vergelijking: NormVergelijking.TEN_MINSTE,
          waarde: 70,
          eenheid: NormEenheid.PROCENT,
        },
      ],
      doelgroepen: [
        Doelgroep.OUDEREN,
        Doelgroep.LICHAMELIJKE_BEPERKING,
        Doelgroep.ZINTUIGLIJKE_BEPERKING,
      ],
      betrokkenen: [
        { partij: 'corpA', bijdrage: 'Zeven complexen', kostenaandeel: 60 },
        { partij: 'corpB', bijdrage: 'Vijf complexen', kostenaandeel: 40 },
        { partij: 'huurdersA', bijdrage: 'Organiseert de raadpleging van bewoners' },
      ],
      jaren: [
        { jaar: 2026, concretisering: 'Drie complexen: Merelhof, Vlietstaete en De Wieken.' },
        { jaar: 2027, concretisering: 'Vier complexen.' },
        { jaar: 2028, concretisering: 'Vijf complexen.' },
      ],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Opplussen Merelhof, Vlietstaete en De Wieken',
              partijen: ['corpA'],
              wanneer: '2026',
            },
            {
              wat: 'Opplussen vier complexen in Polderwijk',
              partijen: ['corpA', 'corpB'],
              wanneer: '2027',
            },
            {
              wat: 'Opplussen vijf complexen in Vlietdam-Oost',
              partijen: ['corpA', 'corpB'],
              wanneer: '2028',
            },
          ],
        },
      },
      locaties: [
        { soort: LocatieSoort.WIJK, naam: 'Polderwijk' },
        { soort: LocatieSoort.WIJK, naam: 'Vlietdam-Oost' },
      ],
    },
    {
      key: 'looproutes-haltes',
      onderdeel: 'hoofd',
      titel: 'Toegankelijke looproutes en bushaltes rond seniorencomplexen',
      type: AfspraakType.HANDELING,
      thema: 'Bereikbaarheid',
      trekker: 'gemeente',
      tekst:
        'De gemeente maakt de looproutes tussen acht seniorencomplexen en de dichtstbijzijnde winkels, ' +
        'huisartsenpraktijk en bushalte rollator- en scootmobielvriendelijk. De corporaties realiseren bij ' +
        'dezelfde complexen overdekte scootmobielstallingen met laadpunten.',
      volwassenheid: Volwassenheid.SMART,
      voorwaarden: ['Binnen het budget van het meerjarenplan openbare ruimte'],
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.LICHAMELIJKE_BEPERKING],
      betrokkenen: [
        { partij: 'corpA', bijdrage: 'Scootmobielstallingen bij vijf complexen' },
        { partij: 'corpB', bijdrage: 'Scootmobielstallingen bij drie complexen' },
        { partij: 'huurdersB', bijdrage: 'Loopt met bewoners een schouw van de routes' },
      ],
      jaren: [{ jaar: 2026 }, { jaar: 2027 }, { jaar: 2028 }],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Schouw van de looproutes met bewoners',
              partijen: ['gemeente', 'huurdersA', 'huurdersB'],
              wanneer: 'mei 2026',
            },
            {
              wat: 'Aanpassen trottoirs, oversteken en vier bushaltes',
              partijen: ['gemeente'],
              wanneer: '2027',
            },
            {
              wat: 'Overdekte scootmobielstallingen bij acht complexen',
              partijen: ['corpA', 'corpB'],
              wanneer: '2026–2028',
            },
          ],
        },
      },
    },
    {
      key: 'school-de-wilg',
      onderdeel: 'hoofd',
      titel: 'Transformatie basisschool De Wilg tot gemengd wonen nabij het gezondheidscentrum',
      type: AfspraakType.INTENTIE,
      thema: 'Nabijheid van voorzieningen',
      trekker: 'corpB',
      tekst:
        'Als het gebouw van basisschool De Wilg aan de Kerkstraat vrijkomt door de nieuwbouw van het ' +
        'kindcentrum, dan wordt het vastgoed getransformeerd tot een gemengd-wonen locatie met circa 30 ' +
        'woningen voor senioren en starters, op 200 meter van gezondheidscentrum De Brug. De gemeente ' +
        'verkoopt het pand dan tegen de grondprijs voor sociale huur aan Polderpoort.',
      volwassenheid: Volwassenheid.VOORNEMEN,
      voorwaarden: ['Als de gemeenteraad het kindcentrum in 2027 gunt', 'Mits financieel haalbaar'],
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.STUDENTEN],
      betrokkenen: [
        { partij: 'gemeente', bijdrage: 'Verkoop van het schoolgebouw tegen sociale grondprijs' },
      ],
      jaren: [{ jaar: 2028 }, { jaar: 2029 }],
      details: {
        intentie: {
          voorwaarde: 'Als basisschool De Wilg aan de Kerkstraat vrijkomt',
          gevolg:
            'Dan transformeert Polderpoort het gebouw tot circa 30 woningen voor senioren en starters (gemengd wonen)',
        },
      },
    },
    {
      key: 'gespreid-huisvesten',
      onderdeel: 'hoofd',
      titel: 'Gespreid huisvesten en leefbaarheid in de wijken',
      type: AfspraakType.BESCHRIJVEND,
      thema: 'Kwaliteit van de leefomgeving',
      trekker: 'gemeente',
      tekst:
        'Partijen huisvesten kwetsbare inwoners gespreid over de wijken, zodat de draagkracht van buurten ' +
        'niet wordt overvraagd. In Vlietdam-Oost en de Polderwijk, waar al veel kwetsbare bewoners wonen, ' +
        'wijzen de corporaties per portiek ten hoogste één op de acht woningen met voorrang toe.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      doelgroepen: [Doelgroep.UITSTROMERS_BW_MO, Doelgroep.GGZ, Doelgroep.STATUSHOUDERS],
      betrokkenen: [
        { partij: 'corpA', bijdrage: 'Houdt de spreiding bij in het toewijzingssysteem' },
        { partij: 'corpB', bijdrage: 'Houdt de spreiding bij in het toewijzingssysteem' },
        { partij: 'huurdersA', bijdrage: 'Brengt signalen van bewonerscommissies in' },
      ],
      jaren: ALLE_JAREN,
      details: {
        beschrijvend: {
          soort: BeschrijvendSoort.UITGANGSPUNT,
          omschrijving:
            'Gespreid huisvesten: in wijken met een kwetsbare leefbaarheidsscore ten hoogste één op de acht woningen per portiek met voorrang.',
        },
      },
    },

    // ---------------------------------------------------------------- bijlage wonen en zorg
    {
      key: 'regietafel',
      onderdeel: 'bijlage',
      titel: 'Regietafel wonen en zorg en woonzorgkaart',
      type: AfspraakType.PROCES,
      thema: 'Spreiding van voorzieningen',
      trekker: 'gemeente',
      tekst:
        'Gemeente (wonen én sociaal domein), corporaties, huurders en zorgpartijen komen 4x per jaar ' +
        'ambtelijk bijeen aan de regietafel wonen en zorg, en 1x per jaar bestuurlijk. Aan de hand van de ' +
        'woonzorgkaart bespreken zij de spreiding van zorg- en welzijnsvoorzieningen over de wijken en de ' +
        'voortgang van deze bijlage. De provincie schuift bij het bestuurlijk overleg aan als waarnemer.',
      volwassenheid: Volwassenheid.SMART,
      betrokkenen: [
        { partij: 'vvt', bijdrage: 'Levert cijfers over wachtlijsten en zorg in de wijk' },
        { partij: 'zorgkantoor', bijdrage: 'Deelt de regiobeelden en de inkoopplannen Wlz' },
        { partij: 'welzijn', bijdrage: 'Levert wijkbeelden en signalen' },
        { partij: 'provincie', bijdrage: 'Deelt de regionale monitor en neemt als waarnemer deel' },
      ],
      jaren: [
        {
          jaar: 2026,
          concretisering: 'Eerste versie van de woonzorgkaart in het GIS van de gemeente.',
        },
        { jaar: 2027 },
        { jaar: 2028 },
        { jaar: 2029 },
      ],
      details: {
        proces: {
          overlegvorm: 'Regietafel wonen en zorg (ambtelijk) en bestuurlijk overleg wonen en zorg',
          frequentie: '4x per jaar regietafel, 1x per jaar bestuurlijk',
          deelnemers: [...DRIEHOEK, ...ZORGPARTIJEN, 'provincie'],
        },
      },
      locaties: [
        { soort: LocatieSoort.WIJK, naam: 'Polderwijk' },
        { soort: LocatieSoort.WIJK, naam: 'Vlietdam-Oost' },
      ],
    },
    {
      key: 'kwartaaloverleg-bw',
      onderdeel: 'bijlage',
      titel: 'Kwartaaloverleg uitstroom beschermd wonen en maatschappelijke opvang',
      type: AfspraakType.PROCES,
      thema: 'Beschermd wonen en maatschappelijke opvang',
      trekker: 'gemeente',
      tekst:
        'Gemeente, corporaties en De Overstap bespreken elk kwartaal de uitstroomlijst en stellen de aantallen ' +
        'voor de urgentieregeling en de opstapwoningen zo nodig bij. Knelpunten in individuele situaties ' +
        'worden binnen twee weken in het casusoverleg opgepakt.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.UITSTROMERS_BW_MO, Doelgroep.GGZ, Doelgroep.DAK_EN_THUISLOZEN],
      betrokkenen: [
        { partij: 'ggz', bijdrage: 'Levert per kwartaal de lijst van cliënten die woonklaar zijn' },
      ],
      jaren: ALLE_JAREN,
      details: {
        proces: {
          overlegvorm: 'Uitstroomoverleg en casusoverleg',
          frequentie: '1x per kwartaal; casusoverleg binnen 2 weken na een knelpunt',
          deelnemers: ['gemeente', 'corpA', 'corpB', 'ggz'],
        },
      },
    },
    {
      key: 'opstapwoningen',
      onderdeel: 'bijlage',
      titel:
        'Opstapwoningen voor uitstroom uit MO en beschermd wonen, met gegarandeerde begeleiding',
      type: AfspraakType.GARANTIE,
      thema: 'Beschermd wonen en maatschappelijke opvang',
      trekker: 'gemeente',
      tekst:
        'De corporaties houden in 2028 ten minste 40 opstapwoningen beschikbaar voor uitstromers uit ' +
        'maatschappelijke opvang en beschermd wonen. De gemeente garandeert begeleiding, schuldhulp en een ' +
        'terugvaloptie; De Overstap garandeert de ambulante begeleiding. Na een jaar zonder problemen wordt ' +
        'het huurcontract op naam van de bewoner gezet.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.UITSTROMERS_BW_MO, Doelgroep.GGZ, Doelgroep.DAK_EN_THUISLOZEN],
      betrokkenen: [
        { partij: 'corpA', bijdrage: '24 opstapwoningen' },
        { partij: 'corpB', bijdrage: '16 opstapwoningen' },
        { partij: 'ggz', bijdrage: 'Ambulante begeleiding van elke bewoner' },
      ],
      jaren: [
        { jaar: 2026, concretisering: '32 opstapwoningen.' },
        { jaar: 2027, concretisering: '36 opstapwoningen.' },
        { jaar: 2028, concretisering: '40 opstapwoningen.' },
        { jaar: 2029, concretisering: '40 opstapwoningen; evaluatie van de terugvaloptie.' },
      ],
      details: {
        garantie: {
          garantstellers: ['gemeente', 'ggz', 'corpA', 'corpB'],
          wat: 'Opstapwoningen (40 in 2028) met gegarandeerde begeleiding, schuldhulp en terugvaloptie',
        },
      },
    },
    {
      key: 'kosten-uithuiszetting',
      onderdeel: 'bijlage',
      titel: 'Kostendeling bij uithuiszetting na uitstroom uit een instelling',
      type: AfspraakType.GARANTIE,
      thema: 'Beschermd wonen en maatschappelijke opvang',
      trekker: 'ggz',
      tekst:
        'Bij een uithuiszetting binnen twee jaar na uitstroom uit een instelling delen gemeente, De Overstap ' +
        'en de verhurende corporatie de kosten (huurachterstand, ontruiming, herstel van de woning). De ' +
        'gemeente draagt 40%, De Overstap 30% en de verhurende corporatie 30%.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.UITSTROMERS_BW_MO, Doelgroep.GGZ],
      // Seed 003 (typologie, garantieafspraken): "Bij een uithuiszetting na uitstroom uit een
      // instelling delen gemeente, MO-organisatie en de woningcorporatie de kosten": each
      // garantsteller guarantees its own share.
      betrokkenen: [
        { partij: 'gemeente', bijdrage: '40% van de kosten', kostenaandeel: 40 },
        { partij: 'ggz', bijdrage: '30% van de kosten', kostenaandeel: 30 },
        { partij: 'corpA', bijdrage: '30% van de kosten als De Vliet de verhuurder is' },
        { partij: 'corpB', bijdrage: '30% van de kosten als Polderpoort de verhuurder is' },
      ],
      jaren: ALLE_JAREN,
      details: {
        garantie: {
          garantstellers: ['gemeente', 'ggz', 'corpA', 'corpB'],
          wat: 'Verdeling van de kosten van een uithuiszetting binnen twee jaar na uitstroom: gemeente 40%, zorgaanbieder 30%, verhurende corporatie 30%',
          toezeggingen: [
            { partij: 'gemeente', wat: '40% van de kosten van elke uithuiszetting' },
            { partij: 'ggz', wat: '30% van de kosten, en begeleiding van de huurder' },
            { partij: 'corpA', wat: '30% van de kosten waar De Vliet de verhuurder is' },
            { partij: 'corpB', wat: '30% van de kosten waar Polderpoort de verhuurder is' },
          ],
        },
      },
    },
    {
      key: 'week-eenzaamheid',
      onderdeel: 'bijlage',
      titel: 'Activiteiten in de Week tegen Eenzaamheid',
      type: AfspraakType.HANDELING,
      thema: 'Eenzaamheid',
      trekker: 'welzijn',
      tekst:
        'In de Week tegen Eenzaamheid organiseren Zorggroep Vlietzicht en De Overstap samen met Welzijn ' +
        'Vlietdam verschillende activiteiten gericht op ontmoeting, voor senioren en voor bewoners die ' +
        'recent zijn uitgestroomd. De corporaties stellen hun ontmoetingsruimten kosteloos beschikbaar en ' +
        'nodigen hun huurders persoonlijk uit.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.UITSTROMERS_BW_MO, Doelgroep.MANTELZORGERS],
      // Seed 003 (typologie, handelingsafspraken): "organiseren zorgorganisaties A en B samen
      // met de welzijnsorganisatie verschillende activiteiten": three trekkers, each with its part.
      betrokkenen: [
        {
          partij: 'vvt',
          rol: BetrokkeneRol.TREKKER,
          bijdrage: 'Activiteiten in de ontmoetingsruimten van de geclusterde woonvormen',
        },
        {
          partij: 'ggz',
          rol: BetrokkeneRol.TREKKER,
          bijdrage: 'Inloopmiddag voor recent uitgestroomde bewoners',
        },
        {
          partij: 'corpA',
          rol: BetrokkeneRol.UITVOERDER,
          bijdrage: 'Ontmoetingsruimten en persoonlijke uitnodigingen',
        },
        {
          partij: 'corpB',
          rol: BetrokkeneRol.UITVOERDER,
          bijdrage: 'Ontmoetingsruimten en persoonlijke uitnodigingen',
        },
        { partij: 'gemeente', bijdrage: 'Subsidie € 7.500 per jaar', kostenaandeel: 100 },
      ],
      jaren: ALLE_JAREN,
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Programma Week tegen Eenzaamheid opstellen',
              partijen: ['welzijn', 'vvt', 'ggz'],
              wanneer: 'juni, jaarlijks',
            },
            {
              wat: 'Ontmoetingsactiviteiten in de ontmoetingsruimten van de geclusterde woonvormen',
              partijen: ['welzijn', 'vvt'],
              wanneer: 'eind september / begin oktober, jaarlijks',
            },
            {
              wat: 'Persoonlijke uitnodiging van alleenwonende 75-plussers',
              partijen: ['corpA', 'corpB'],
              wanneer: 'september, jaarlijks',
            },
          ],
        },
      },
    },
    {
      key: 'vastgoed-vlietoever',
      onderdeel: 'bijlage',
      titel:
        'Overdracht verzorgingshuis De Vlietoever in ruil voor renovatie tot zorggeschikte woningen',
      type: AfspraakType.TRANSACTIE,
      thema: 'Verpleegzorgplekken',
      trekker: 'vvt',
      tekst:
        'Zorggroep Vlietzicht draagt het verouderde verzorgingshuis De Vlietoever over aan Woonstichting De ' +
        'Vliet in ruil voor renovatie van het complex tot 64 zorggeschikte woningen met een ' +
        'ontmoetingsruimte. Zorggroep Vlietzicht huurt de zorginfrastructuur en levert de zorg; het ' +
        'zorgkantoor contracteert geclusterd VPT voor de bewoners.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      voorwaarden: [
        'Mits de Subsidieregeling zorggeschikte woningen wordt toegekend',
        'Mits financieel haalbaar',
      ],
      doelgroepen: [
        Doelgroep.OUDEREN_MET_ZORGVRAAG,
        Doelgroep.SOMATISCH,
        Doelgroep.PSYCHOGERIATRISCH,
      ],
      betrokkenen: [
        {
          partij: 'corpA',
          bijdrage: 'Renovatie, investering circa € 9,6 miljoen',
          kostenaandeel: 85,
        },
        {
          partij: 'vvt',
          bijdrage: 'Inbreng van het vastgoed en de zorginfrastructuur',
          kostenaandeel: 15,
        },
        { partij: 'zorgkantoor', bijdrage: 'Contractering geclusterd VPT' },
      ],
      jaren: [
        {
          jaar: 2026,
          concretisering: 'Overdracht en ontwerp; aanvraag subsidie zorggeschikte woningen.',
        },
        { jaar: 2027, concretisering: 'Renovatie, bewoners tijdelijk in Hof van Vliet.' },
        { jaar: 2028, concretisering: 'Oplevering van 64 zorggeschikte woningen.' },
      ],
      details: {
        transactie: {
          posten: [
            {
              partij: 'vvt',
              levert:
                'Het complex De Vlietoever (eigendom) en een huurcontract voor 15 jaar voor de zorginfrastructuur',
              ontvangt: '64 gerenoveerde zorggeschikte woningen waar zij de zorg levert',
            },
            {
              partij: 'corpA',
              levert: 'Renovatie tot 64 zorggeschikte woningen met ontmoetingsruimte',
              ontvangt: 'Het vastgoed en een langjarige huurder voor de zorginfrastructuur',
            },
            {
              partij: 'zorgkantoor',
              levert: 'Contractering van geclusterd VPT voor de bewoners',
              ontvangt:
                'Extra zorggeschikte capaciteit in een regio met een wachtlijst voor verpleegzorg',
            },
          ],
        },
      },
    },
    {
      key: 'zorg-op-afroep',
      onderdeel: 'bijlage',
      titel: '24-uurs zorg op afroep in geclusterde woonvormen',
      type: AfspraakType.INTENTIE,
      thema: 'Zorg en ondersteuning thuis',
      trekker: 'zorgkantoor',
      tekst:
        'Als in een geclusterde woonvorm ten minste een derde van de bewoners een Wlz-indicatie heeft, dan ' +
        'contracteert het zorgkantoor geclusterd VPT en biedt Zorggroep Vlietzicht vanuit een steunpunt in ' +
        'het complex 24-uurs zorg op afroep, ook voor buurtbewoners. De corporatie stelt daarvoor een ' +
        'steunpuntruimte beschikbaar.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      doelgroepen: [Doelgroep.OUDEREN_MET_ZORGVRAAG, Doelgroep.SOMATISCH],
      betrokkenen: [
        { partij: 'vvt', bijdrage: 'Steunpunt met 24-uurs zorg op afroep' },
        { partij: 'corpA', bijdrage: 'Steunpuntruimte in Vlietkade' },
        { partij: 'corpB', bijdrage: 'Steunpuntruimte in Molenhof' },
      ],
      jaren: [{ jaar: 2027 }, { jaar: 2028 }, { jaar: 2029 }],
      details: {
        intentie: {
          voorwaarde:
            'Als in een geclusterde woonvorm ten minste een derde van de bewoners een Wlz-indicatie heeft',
          gevolg:
            'Dan contracteert het zorgkantoor geclusterd VPT en biedt Zorggroep Vlietzicht 24-uurs zorg op afroep vanuit een steunpunt',
        },
      },
    },
    {
      key: 'experiment-tussenvorm',
      onderdeel: 'bijlage',
      titel: 'Experiment met een tussenvorm van wonen met zorg',
      type: AfspraakType.INTENTIE,
      thema: 'Zorg en ondersteuning thuis',
      trekker: 'vvt',
      tekst:
        'Partijen hebben de intentie om te experimenteren met een tussenvorm tussen zelfstandig wonen en het ' +
        'verpleeghuis: een zorgbuurthuis voor circa 12 ouderen in een bestaande woning van Polderpoort. ' +
        'Het experiment gaat door als het zorgkantoor het binnen de Wlz kan bekostigen.',
      volwassenheid: Volwassenheid.VOORNEMEN,
      voorwaarden: ['Als het zorgkantoor bekostiging binnen de Wlz mogelijk maakt'],
      doelgroepen: [Doelgroep.OUDEREN_MET_ZORGVRAAG, Doelgroep.PSYCHOGERIATRISCH],
      betrokkenen: [
        { partij: 'zorgkantoor', bijdrage: 'Verkent de bekostiging binnen de Wlz' },
        { partij: 'corpB', bijdrage: 'Zoekt een geschikte woning' },
        { partij: 'welzijn', bijdrage: 'Betrekt buurtbewoners en vrijwilligers' },
      ],
      jaren: [{ jaar: 2027 }, { jaar: 2028 }],
      details: {
        intentie: {
          voorwaarde: 'Als het zorgkantoor het zorgbuurthuis binnen de Wlz kan bekostigen',
          gevolg:
            'Dan starten Zorggroep Vlietzicht en Polderpoort een zorgbuurthuis voor circa 12 ouderen als experiment van twee jaar',
        },
      },
    },
    {
      key: 'verzorgd-wonen',
      onderdeel: 'bijlage',
      titel: 'Verzorgd wonen als richtinggevend concept',
      type: AfspraakType.BESCHRIJVEND,
      thema: 'Zorg en ondersteuning thuis',
      trekker: 'vvt',
      tekst:
        'Het concept verzorgd wonen hanteren we als richtinggevend concept voor wonen en zorg voor senioren: ' +
        'een geschikte woning, nabijheid van zorg op afroep, een ontmoetingsruimte en welzijnsactiviteiten ' +
        'in de buurt. Nieuwe woonzorgprojecten worden aan dit concept getoetst.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.OUDEREN_MET_ZORGVRAAG],
      jaren: ALLE_JAREN,
      details: {
        beschrijvend: {
          soort: BeschrijvendSoort.UITGANGSPUNT,
          omschrijving:
            'Verzorgd wonen: geschikte woning, zorg op afroep binnen 15 minuten, ontmoetingsruimte en welzijnsactiviteiten in de buurt.',
        },
      },
    },
    {
      key: 'huisbezoeken-75',
      onderdeel: 'bijlage',
      titel: 'Preventieve huisbezoeken bij 75-plussers en signaleringsafspraken',
      type: AfspraakType.HANDELING,
      thema: 'Vroegsignalering en preventie',
      trekker: 'welzijn',
      tekst:
        'Welzijn Vlietdam legt jaarlijks 400 preventieve huisbezoeken af bij alleenwonende 75-plussers. ' +
        'Wijkconsulenten van de corporaties melden signalen van vereenzaming, vervuiling of verward gedrag ' +
        'binnen een week bij het sociaal wijkteam; De Overstap biedt consultatie bij signalen van psychische ' +
        'problematiek.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.GGZ],
      eigenDoelgroepen: ['Alleenwonende 75-plussers'],
      normen: [
        {
          onderwerp: 'preventieve huisbezoeken per jaar',
          vergelijking: NormVergelijking.TEN_MINSTE,
          waarde: 400,
          eenheid: NormEenheid.ANDERS,
          eenheidTekst: 'huisbezoeken',
        },
        {
          onderwerp: 'termijn voor het melden van signalen bij het sociaal wijkteam',
          vergelijking: NormVergelijking.HOOGSTENS,
          waarde: 1,
          eenheid: NormEenheid.WEKEN,
        },
      ],
      betrokkenen: [
        {
          partij: 'gemeente',
          bijdrage: 'Subsidie voor de huisbezoeken en het sociaal wijkteam',
          kostenaandeel: 80,
        },
        { partij: 'corpA', bijdrage: 'Signalen via wijkconsulenten', kostenaandeel: 10 },
        { partij: 'corpB', bijdrage: 'Signalen via wijkconsulenten', kostenaandeel: 10 },
        { partij: 'ggz', bijdrage: 'Consultatie voor wijkconsulenten en wijkteam' },
      ],
      jaren: ALLE_JAREN,
      details: {
        handeling: {
          activiteiten: [
            {
              wat: '400 preventieve huisbezoeken per jaar',
              partijen: ['welzijn'],
              wanneer: 'doorlopend, jaarlijks',
            },
            {
              wat: 'Training signaleren voor wijkconsulenten',
              partijen: ['ggz', 'welzijn'],
              wanneer: 'Q1 2026',
            },
            {
              wat: 'Meldroute wijkconsulent – sociaal wijkteam vastgelegd',
              partijen: ['gemeente', 'corpA', 'corpB'],
              wanneer: 'maart 2026',
            },
          ],
        },
      },
    },
    {
      key: 'ontmoetingsruimten',
      onderdeel: 'bijlage',
      titel: 'Exploitatie van de ontmoetingsruimten in geclusterde woonvormen',
      type: AfspraakType.TRANSACTIE,
      thema: 'Geclusterde woonvormen met ontmoetingsruimte',
      trekker: 'welzijn',
      tekst:
        'De corporaties stellen de ontmoetingsruimten in hun geclusterde woonvormen beschikbaar tegen ' +
        'alleen de servicekosten. Welzijn Vlietdam programmeert er ten minste drie dagdelen per week ' +
        'activiteiten, met bewoners en vrijwilligers; Zorggroep Vlietzicht houdt er wekelijks een spreekuur ' +
        'van de wijkverpleegkundige. De gemeente subsidieert € 15.000 per ruimte per jaar.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.MANTELZORGERS],
      betrokkenen: [
        {
          partij: 'gemeente',
          bijdrage: '€ 15.000 per ontmoetingsruimte per jaar',
          kostenaandeel: 70,
        },
        { partij: 'corpA', bijdrage: 'Ruimte tegen servicekosten', kostenaandeel: 15 },
        { partij: 'corpB', bijdrage: 'Ruimte tegen servicekosten', kostenaandeel: 15 },
        { partij: 'vvt', bijdrage: 'Wekelijks spreekuur wijkverpleegkundige' },
      ],
      jaren: ALLE_JAREN,
      details: {
        transactie: {
          posten: [
            {
              partij: 'corpA',
              levert:
                'Ontmoetingsruimten Vlietkade, Schouwpad en Merelhof tegen alleen servicekosten',
              ontvangt: 'Levendige complexen, minder eenzaamheid en een vast aanspreekpunt',
            },
            {
              partij: 'corpB',
              levert: 'Ontmoetingsruimten Molenhof en De Boomgaard tegen alleen servicekosten',
              ontvangt: 'Levendige complexen, minder eenzaamheid en een vast aanspreekpunt',
            },
            {
              partij: 'welzijn',
              levert: 'Programmering van ten minste drie dagdelen per week per ruimte',
              ontvangt: 'Kosteloze ruimte en de gemeentelijke subsidie',
            },
            {
              partij: 'vvt',
              levert: 'Wekelijks spreekuur van de wijkverpleegkundige',
              ontvangt: 'Een laagdrempelige plek in de wijk om cliënten te zien',
            },
            {
              partij: 'gemeente',
              levert: '€ 15.000 subsidie per ruimte per jaar',
              ontvangt: 'Een netwerk van ontmoetingsplekken voor preventie en welzijn',
            },
          ],
        },
      },
    },
    {
      key: 'beweegtuinen',
      onderdeel: 'bijlage',
      titel: 'Beweegtuinen en wandelroutes bij geclusterde woonvormen',
      type: AfspraakType.HANDELING,
      thema: 'Beweegvriendelijk en ontmoeting',
      trekker: 'gemeente',
      tekst:
        'De gemeente legt bij drie geclusterde woonvormen een beweegtuin aan en markeert vanaf daar korte ' +
        'wandelroutes met bankjes om de 150 meter. Welzijn Vlietdam organiseert er wekelijks "Samen in ' +
        'beweging" en een fysiotherapeut van Zorggroep Vlietzicht geeft maandelijks valpreventieles.',
      volwassenheid: Volwassenheid.SMART,
      voorwaarden: ['Mits de provinciale subsidie Gezonde Leefomgeving wordt toegekend'],
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.LICHAMELIJKE_BEPERKING],
      betrokkenen: [
        {
          partij: 'gemeente',
          bijdrage: 'Aanleg beweegtuinen en routes, € 180.000',
          kostenaandeel: 90,
        },
        {
          partij: 'corpB',
          bijdrage: 'Grond bij Molenhof en De Boomgaard om niet',
          kostenaandeel: 10,
        },
        { partij: 'welzijn', bijdrage: 'Wekelijks beweegprogramma' },
        { partij: 'vvt', bijdrage: 'Maandelijkse valpreventieles door een fysiotherapeut' },
      ],
      jaren: [{ jaar: 2026 }, { jaar: 2027 }, { jaar: 2028 }],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Beweegtuin en wandelroute Molenhof',
              partijen: ['gemeente', 'corpB'],
              wanneer: '2026',
            },
            { wat: 'Beweegtuin en wandelroute Vlietkade', partijen: ['gemeente'], wanneer: '2027' },
            {
              wat: 'Beweegtuin en wandelroute De Boomgaard',
              partijen: ['gemeente', 'corpB'],
              wanneer: '2028',
            },
            {
              wat: 'Wekelijks "Samen in beweging" en maandelijks valpreventie',
              partijen: ['welzijn', 'vvt'],
              wanneer: 'vanaf oplevering, doorlopend',
            },
          ],
        },
      },
    },
  ],

  indicatoren: [
    {
      naam: 'Nultredenwoningen in de sociale huur',
      eenheid: 'woningen',
      definitie: DEFINITIE_NULTREDEN,
      definitieBron: 'BZK/VWS 2023, definities woningtypen programma WOZO',
      nulmeting: { waarde: 1661, jaar: 2025 },
      afspraken: ['behoud-toegankelijk', 'nieuwbouw-nultreden', 'opplussen'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.BANDBREEDTE, min: 1690, max: 1720 },
        { jaar: 2027, soort: StreefwaardeSoort.BANDBREEDTE, min: 1760, max: 1800 },
        { jaar: 2028, soort: StreefwaardeSoort.BANDBREEDTE, min: 1830, max: 1870 },
        { jaar: 2029, soort: StreefwaardeSoort.BANDBREEDTE, min: 1880, max: 1940 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 1697,
          bron: 'Jaarverslag Woonstichting De Vliet 2026 en Jaarverslag Woningstichting Polderpoort 2026',
          toelichting:
            '40 nieuwe nultredenwoningen in Oeverpark; 4 woningen verkocht aan zittende huurders.',
        },
      ],
    },
    {
      naam: 'Geclusterde wooneenheden voor ouderen',
      eenheid: 'wooneenheden',
      definitie: DEFINITIE_GECLUSTERD,
      definitieBron: 'BZK/VWS 2023, definities woningtypen programma WOZO',
      nulmeting: { waarde: 186, jaar: 2025 },
      afspraken: ['geclusterd-110', 'definities-woningtypen', 'ontmoetingsruimten'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.EXACT, waarde: 216 },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 252 },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 276 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 296 },
        // Per complex, the units it adds in the year it is delivered (afspraak geclusterd-110).
        { jaar: 2026, soort: StreefwaardeSoort.EXACT, waarde: 30, locatie: 'Molenhof' },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 36, locatie: 'Vlietkade' },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 24, locatie: 'De Boomgaard' },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 20, locatie: 'Schouwpad' },
      ],
      // The programma Wonen en zorg voor ouderen counts to 2030 ("80.000 geclusterde woningen
      // ... t/m 2030", quoted in the regional woonzorgvisie of seed 001): Vlietdam's share.
      horizondoelen: [{ jaar: 2030, soort: StreefwaardeSoort.MINIMAAL, min: 320 }],
      realisaties: [
        {
          jaar: 2026,
          waarde: 204,
          bron: 'Jaarverslag Woningstichting Polderpoort 2026',
          toelichting:
            'Molenhof: 18 van de 30 eenheden opgeleverd; de rest volgt in Q1 2027 door vertraging bij de aannemer.',
        },
        {
          jaar: 2026,
          waarde: 18,
          bron: 'Jaarverslag Woningstichting Polderpoort 2026',
          toelichting: 'Opgeleverd in Molenhof; de rest volgt in Q1 2027.',
          locatie: 'Molenhof',
        },
      ],
    },
    {
      naam: 'Zorggeschikte woningen',
      eenheid: 'woningen',
      definitie: DEFINITIE_ZORGGESCHIKT,
      definitieBron: 'BZK/VWS 2023, definities woningtypen programma WOZO',
      nulmeting: { waarde: 48, jaar: 2025 },
      afspraken: ['vastgoed-vlietoever', 'zorg-op-afroep'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.EXACT, waarde: 48 },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 48 },
        { jaar: 2028, soort: StreefwaardeSoort.BANDBREEDTE, min: 100, max: 112 },
        { jaar: 2029, soort: StreefwaardeSoort.BANDBREEDTE, min: 112, max: 124 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 48,
          bron: 'Jaarverslag Zorggroep Vlietzicht 2026',
          toelichting:
            'Overdracht De Vlietoever afgerond in november 2026; renovatie start in 2027.',
        },
      ],
    },
    {
      naam: 'Woningen toegewezen via de urgentieregeling',
      eenheid: 'woningen per jaar',
      definitie:
        'Aantal sociale huurwoningen dat in het kalenderjaar via directe bemiddeling is toegewezen aan urgent ' +
        'woningzoekenden en uitstromers uit beschermd wonen, maatschappelijke opvang en jeugdzorg.',
      definitieBron: 'Huisvestingsverordening Vlietdam 2025',
      nulmeting: { waarde: 41, jaar: 2025 },
      // Too many urgent allocations crowd out the regular woningzoekenden: inside the band.
      richting: IndicatorRichting.BINNEN_BANDBREEDTE,
      afspraken: ['urgentieregeling', 'kwartaaloverleg-bw'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.BANDBREEDTE, min: 50, max: 75 },
        { jaar: 2027, soort: StreefwaardeSoort.BANDBREEDTE, min: 50, max: 75 },
        { jaar: 2028, soort: StreefwaardeSoort.BANDBREEDTE, min: 50, max: 75 },
        { jaar: 2029, soort: StreefwaardeSoort.BANDBREEDTE, min: 50, max: 75 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 58,
          bron: 'Toewijzingsrapportage Woonstichting De Vliet en Woningstichting Polderpoort 2026',
          toelichting:
            '34 woningen door De Vliet, 24 door Polderpoort; 21 aan uitstromers uit beschermd wonen.',
        },
      ],
    },
    {
      naam: 'Opstapwoningen voor uitstroom MO en beschermd wonen',
      eenheid: 'woningen',
      definitie:
        'Woningen die op 31 december als opstapwoning (huurcontract eerst op naam van de zorgaanbieder of met ' +
        'begeleidingsovereenkomst) beschikbaar zijn voor uitstromers uit maatschappelijke opvang en beschermd wonen.',
      definitieBron:
        'Convenant Uitstroom beschermd wonen en maatschappelijke opvang regio Vliet en Delta 2025',
      nulmeting: { waarde: 28, jaar: 2025 },
      afspraken: ['opstapwoningen'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.EXACT, waarde: 32 },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 36 },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 40 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 40 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 31,
          bron: 'Monitor uitstroom De Overstap GGZ en Beschermd Wonen 2026',
          toelichting:
            'Eén woning werd eind 2026 omgezet naar een regulier huurcontract en nog niet vervangen.',
        },
      ],
    },
    {
      naam: 'Extra plekken beschermd thuis (GGZ), cumulatief',
      eenheid: 'plekken',
      definitie:
        'Aantal plekken waar volwassenen met een psychische aandoening sinds 1 januari 2026 zelfstandig in de ' +
        'wijk wonen met ambulante begeleiding (beschermd thuis), bovenop de plekken van 2025.',
      definitieBron: 'Regiovisie beschermd wonen Vliet en Delta',
      nulmeting: { waarde: 0, jaar: 2025 },
      afspraken: ['kwartaaloverleg-bw', 'opstapwoningen'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.BANDBREEDTE, min: 10, max: 20 },
        { jaar: 2027, soort: StreefwaardeSoort.BANDBREEDTE, min: 20, max: 35 },
        { jaar: 2028, soort: StreefwaardeSoort.BANDBREEDTE, min: 30, max: 50 },
        { jaar: 2029, soort: StreefwaardeSoort.BANDBREEDTE, min: 40, max: 60 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 14,
          bron: 'Registratie beschermd wonen Gemeente Vlietdam 2026',
          toelichting: 'Binnen de bandbreedte; de kwartaalherijking in Q3 bracht 3 extra plekken.',
        },
      ],
    },
    {
      naam: 'Huishoudens met een woonzorgquote boven 40%',
      eenheid: 'procent',
      definitie:
        'Aandeel van de huurhuishoudens met een inkomen tot 120% van het sociaal minimum waarvan de kosten van ' +
        'huur, energie, lokale lasten en eigen bijdragen voor zorg samen meer dan 40% van het besteedbaar ' +
        'inkomen bedragen.',
      definitieBron: 'Betaalbaarheidsmonitor Vlietdam (naar het voorbeeld van Leeuwarden)',
      nulmeting: { waarde: 6.4, jaar: 2025 },
      richting: IndicatorRichting.LAGER_IS_BETER,
      afspraken: ['woonzorgquote', 'huuroverleg'],
      streefwaarden: [
        {
          jaar: 2026,
          soort: StreefwaardeSoort.EFFECT,
          effect:
            'Elk bekend huishouden met een woonzorgquote boven 40% krijgt binnen drie maanden huurmaatwerk of een minimaregeling aangeboden',
        },
        {
          jaar: 2027,
          soort: StreefwaardeSoort.EFFECT,
          effect:
            'Het aandeel huishoudens met een woonzorgquote boven 40% daalt zichtbaar ten opzichte van 2025',
        },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 3 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 2 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 5.1,
          bron: 'Betaalbaarheidsmonitor Vlietdam 2026 (gemeente en corporaties)',
          toelichting: '212 huishoudens benaderd; 168 kregen huurmaatwerk of een minimaregeling.',
          oordeel: EffectOordeel.DEELS,
        },
      ],
    },
    {
      naam: 'Verhuizingen van senioren naar een geschikte woning',
      eenheid: 'verhuizingen per jaar',
      definitie:
        'Aantal huishoudens met een hoofdbewoner van 65 jaar of ouder dat in het kalenderjaar vanuit een ' +
        'eengezinswoning van een van de corporaties verhuist naar een nultredenwoning of geclusterde woning.',
      definitieBron: 'Woonruimteverdeelsysteem Woonnet Vliet',
      nulmeting: { waarde: 22, jaar: 2025 },
      afspraken: ['doorstroomcoach'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.BANDBREEDTE, min: 25, max: 40 },
        { jaar: 2027, soort: StreefwaardeSoort.BANDBREEDTE, min: 30, max: 50 },
        { jaar: 2028, soort: StreefwaardeSoort.BANDBREEDTE, min: 30, max: 50 },
        { jaar: 2029, soort: StreefwaardeSoort.BANDBREEDTE, min: 30, max: 50 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 34,
          bron: 'Jaarverslag Woningstichting Polderpoort 2026 (rapportage doorstroomcoach)',
          toelichting:
            '19 verhuizingen begeleid door de doorstroomcoach; 11 met behoud van huurprijs.',
        },
      ],
    },
    {
      naam: 'Huisuitzettingen wegens huurachterstand',
      eenheid: 'ontruimingen per jaar',
      definitie:
        'Aantal daadwerkelijk uitgevoerde ontruimingen van sociale huurwoningen in Vlietdam met huurachterstand als hoofdreden.',
      definitieBron: 'Aedes-benchmark, definitie ontruimingen',
      nulmeting: { waarde: 14, jaar: 2025 },
      richting: IndicatorRichting.LAGER_IS_BETER,
      afspraken: ['schuldhulp-200k', 'huisbezoeken-75', 'kosten-uithuiszetting'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.EXACT, waarde: 10 },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 8 },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 7 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 7 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 9,
          bron: 'Jaarverslag Woonstichting De Vliet 2026 en Jaarverslag Woningstichting Polderpoort 2026',
          toelichting:
            '312 meldingen na één gemiste maand; in 87% van de gevallen binnen 5 werkdagen een huisbezoek.',
        },
      ],
    },
    {
      naam: 'Ontmoetingsruimten met een vast activiteitenprogramma',
      eenheid: 'ontmoetingsruimten',
      definitie:
        'Aantal inpandige ontmoetingsruimten in geclusterde woonvormen met een programma van ten minste drie ' +
        'dagdelen per week, gemeten in de laatste week van het jaar.',
      definitieBron: 'Welzijn Vlietdam',
      nulmeting: { waarde: 4, jaar: 2025 },
      afspraken: ['ontmoetingsruimten', 'week-eenzaamheid', 'geclusterd-110'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.EXACT, waarde: 5 },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 6 },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 7 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 8 },
      ],
      // Beyond the periode, as in "in 2030 heeft elke kern een ontmoetingsplek" (issue 15).
      horizondoelen: [
        {
          jaar: 2030,
          soort: StreefwaardeSoort.EFFECT,
          effect:
            'In 2030 heeft elke kern van Vlietdam een ontmoetingsplek met een vast activiteitenprogramma',
        },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 5,
          bron: 'Jaarverslag Welzijn Vlietdam 2026',
          toelichting:
            'De ontmoetingsruimte van Molenhof draait sinds november 2026 drie dagdelen per week.',
        },
      ],
    },
    {
      naam: 'Aandeel aanpasbaar gebouwde sociale nieuwbouw',
      eenheid: 'procent',
      definitie:
        'Aandeel van de in het kalenderjaar opgeleverde sociale huurwoningen dat volgens het bouwplan aanpasbaar ' +
        'is: zonder ingrijpende bouwkundige ingrepen geschikt te maken voor een bewoner met een rollator of rolstoel.',
      definitieBron: 'Prestatieafspraken Vlietdam 2026–2029',
      nulmeting: { waarde: 58, jaar: 2025 },
      afspraken: ['aanpasbaar-bouwen', 'nieuwbouw-nultreden'],
      streefwaarden: [
        // "Ten minste 70% aanpasbaar": an open bandwidth, as the agreement words it.
        { jaar: 2026, soort: StreefwaardeSoort.MINIMAAL, min: 70 },
        { jaar: 2027, soort: StreefwaardeSoort.MINIMAAL, min: 70 },
        { jaar: 2028, soort: StreefwaardeSoort.MINIMAAL, min: 70 },
        { jaar: 2029, soort: StreefwaardeSoort.MINIMAAL, min: 70 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 74,
          bron: 'Jaarverslag Woonstichting De Vliet 2026',
          toelichting: 'Van de 54 opgeleverde sociale huurwoningen zijn er 40 aanpasbaar.',
        },
      ],
    },
  ],
  afgerondJaar: {
    jaar: DEMO_EVALUATIE_JAAR,
    afspraken: DEMO_EVALUATIE_2026,
    bevestigers: DEMO_EVALUATIE_BEVESTIGERS,
  },
};
