import { PartijSoort } from '../partijen/partij.entity';
import { DeelnemerRol, InstrumentSoort } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { AfspraakType, Doelgroep, Volwassenheid } from '../overeenkomsten/afspraak-type';
import { BeschrijvendSoort } from '../overeenkomsten/afspraak-details';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { IndicatorRichting } from '../indicatoren/richting';
import { LidRol } from '../partijen/lidmaatschap.entity';
import type { DemoData } from './demo-types';

/*
 * The second, smaller demo agreement, so the regional view has a region: the fictitious
 * neighbouring gemeente Rietwijk (Zuid-Holland) with its own corporatie and huurders, a
 * zorgaanbieder that co-signs the bijlage, and the same Provincie Zuid-Holland as waarnemer.
 * Three of its indicators carry exactly the name and unit of indicators of Vlietdam, so the
 * province sees them added up across the two gemeenten. All names, places and numbers are made up.
 */

const DRIEHOEK = ['gemeente', 'corporatie', 'huurders'];
const ALLE_JAREN = [2026, 2027, 2028, 2029].map((jaar) => ({ jaar }));

export const DEMO_REGIO_TITEL = 'Prestatieafspraken Rietwijk 2026–2029';

export const DEMO_REGIO: DemoData = {
  partijen: [
    {
      key: 'gemeente',
      naam: 'Gemeente Rietwijk',
      soort: PartijSoort.GEMEENTE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Gemeente Rietwijk',
      vestigingsplaats: 'Rietwijk',
      kvkNummer: '27412906',
      vertegenwoordiger: 'A.C. (Anouk) Bakker',
      vertegenwoordigerFunctie: 'wethouder Wonen',
      logo: { vorm: 'schild', kleur: [178, 34, 52] },
    },
    {
      key: 'corporatie',
      naam: 'Woningstichting Rietland',
      soort: PartijSoort.WONINGCORPORATIE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Woningstichting Rietland',
      vestigingsplaats: 'Rietwijk',
      kvkNummer: '41163977',
      vertegenwoordiger: 'ir. H.J. (Henk) Smits',
      vertegenwoordigerFunctie: 'directeur-bestuurder',
      logo: { vorm: 'daken', kleur: [0, 110, 120] },
    },
    {
      key: 'huurders',
      naam: 'Huurdersbelangenvereniging Rietland',
      soort: PartijSoort.HUURDERSORGANISATIE,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Huurdersbelangenvereniging Rietland',
      vestigingsplaats: 'Rietwijk',
      kvkNummer: '40398812',
      vertegenwoordiger: 'F. (Fatima) El Idrissi',
      vertegenwoordigerFunctie: 'voorzitter',
    },
    {
      key: 'zorg',
      naam: 'Zorgcentrum De Rietkraag',
      soort: PartijSoort.ZORGAANBIEDER,
      regio: 'Zuid-Holland',
      statutaireNaam: 'Stichting Zorgcentrum De Rietkraag',
      vestigingsplaats: 'Rietwijk',
      kvkNummer: '41129630',
      vertegenwoordiger: 'drs. J.W. (Jan-Willem) Kok',
      vertegenwoordigerFunctie: 'bestuurder',
    },
    // The partij of the first demo: found by name and kind when loading, not made twice.
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
  ],

  gebruikers: [
    {
      email: 'gemeente-rietwijk@demo.driehoek.nl',
      naam: 'Noor Verbeek',
      partij: 'gemeente',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'corporatie-rietwijk@demo.driehoek.nl',
      naam: 'Daan Vermeulen',
      partij: 'corporatie',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'huurders-rietwijk@demo.driehoek.nl',
      naam: 'Wilma de Graaf',
      partij: 'huurders',
      rollen: [LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
    {
      email: 'zorg-rietwijk@demo.driehoek.nl',
      naam: 'Youssef Amrani',
      partij: 'zorg',
      rollen: [LidRol.OPSTELLER, LidRol.ONDERTEKENAAR, LidRol.BEHEERDER],
    },
  ],

  overeenkomst: {
    titel: DEMO_REGIO_TITEL,
    startjaar: 2026,
    eindjaar: 2029,
    preambule: [
      'Gemeente Rietwijk, Woningstichting Rietland en Huurdersbelangenvereniging Rietland maken op grond van ' +
        'artikel 44 van de Woningwet prestatieafspraken voor de jaren 2026 tot en met 2029. Elk jaar werken ' +
        'partijen de jaarschijf van het volgende jaar uit op basis van het bod van Rietland en de ' +
        'gezamenlijke evaluatie van het afgelopen jaar.',
      'Rietwijk vergrijst sneller dan het gemiddelde van de regio: in 2035 is bijna een op de drie inwoners ' +
        '65 jaar of ouder. Partijen sluiten daarom aan bij het Regionaal Pact Wonen en Zorg voor Ouderen en ' +
        'tellen nultredenwoningen en geclusterde woonvormen volgens dezelfde definities als de buurgemeente ' +
        'Vlietdam, zodat de Provincie Zuid-Holland, die als waarnemer deelneemt, de voortgang in de regio ' +
        'kan optellen.',
      'Zorgcentrum De Rietkraag ondertekent de Bijlage wonen en zorg Rietwijk mee. Afspraken gelden onder ' +
        'voorbehoud van financiële haalbaarheid; tussentijdse wijziging gebeurt alleen met instemming van ' +
        'alle ondertekenaars, via een addendum.',
    ].join('\n\n'),
    gemeenten: ['gemeente'],
    deelnemers: [
      { partij: 'gemeente', rol: DeelnemerRol.ONDERTEKENAAR, regie: true },
      { partij: 'corporatie', rol: DeelnemerRol.ONDERTEKENAAR },
      { partij: 'huurders', rol: DeelnemerRol.ONDERTEKENAAR },
      { partij: 'zorg', rol: DeelnemerRol.MEDEONDERTEKENAAR_BIJLAGE },
      { partij: 'provincie', rol: DeelnemerRol.WAARNEMER },
    ],
    referenties: [
      {
        soort: InstrumentSoort.WOONZORGVISIE,
        titel: 'Woonzorgvisie Rietwijk 2025–2030: Oud worden in het Riet',
        url: 'https://www.rietwijk.nl/woonzorgvisie',
      },
      {
        soort: InstrumentSoort.PACT,
        titel: 'Regionaal Pact Wonen en Zorg voor Ouderen Zuid-Holland Zuid',
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
      titel: 'Bijlage wonen en zorg Rietwijk',
      ondertekenaars: [...DRIEHOEK, 'zorg'],
    },
  ],

  afspraken: [
    // ---------------------------------------------------------------- hoofddocument
    {
      key: 'overleg',
      onderdeel: 'hoofd',
      titel: 'Bestuurlijk overleg en gezamenlijke woonmonitor',
      type: AfspraakType.PROCES,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'gemeente',
      tekst:
        'Gemeente, Rietland en de huurdersvereniging komen twee keer per jaar bestuurlijk bijeen. In het ' +
        'voorjaar bespreken zij de woonmonitor over het afgelopen jaar, in het najaar het bod voor de ' +
        'volgende jaarschijf. De gemeente levert de monitor aan in het regionale format, zodat de cijfers ' +
        'optelbaar zijn met die van de buurgemeenten.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.ALLE_HUURDERS],
      betrokkenen: [
        { partij: 'corporatie', bijdrage: 'Levert de cijfers over het eigen bezit voor 1 april' },
        { partij: 'huurders', bijdrage: 'Geeft een zienswijze op het bod en op de monitor' },
      ],
      jaren: ALLE_JAREN,
      details: {
        proces: {
          overlegvorm: 'Bestuurlijk overleg lokale driehoek met woonmonitor',
          frequentie: '2x per jaar (maart en oktober)',
          deelnemers: DRIEHOEK,
        },
      },
    },
    {
      key: 'definities',
      onderdeel: 'hoofd',
      titel: 'Tellen volgens de regionale definities van woningtypen',
      type: AfspraakType.BESCHRIJVEND,
      thema: 'Geclusterde woonvormen met ontmoetingsruimte',
      trekker: 'gemeente',
      tekst:
        'Partijen tellen nultredenwoningen, geclusterde woonvormen en zorggeschikte woningen volgens de ' +
        'definities van BZK/VWS uit 2023, net als de andere gemeenten in de regio. Rietland zet de eigen ' +
        'labels (seniorenwoning, 55+-complex) daarop om voor 1 mei 2026.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN],
      betrokkenen: [
        { partij: 'corporatie', bijdrage: 'Labelt het eigen bezit volgens de BZK-definities' },
      ],
      jaren: [{ jaar: 2026, concretisering: 'Omzetting van de bestaande labels voor 1 mei 2026.' }],
      details: {
        beschrijvend: {
          soort: BeschrijvendSoort.DEFINITIE,
          omschrijving:
            'Nultredenwoning: intern en extern toegankelijk. Geclusterde woonvorm: minimaal nultreden, ten minste ' +
            '12 woningen, ten minste 50% bewoond door 55-plussers, met een inpandige gemeenschappelijke ' +
            'ontmoetingsruimte (BZK/VWS 2023).',
        },
      },
    },
    {
      key: 'behoud-nultreden',
      onderdeel: 'hoofd',
      titel: 'Behoud van ten minste 740 nultredenwoningen in de sociale huur',
      type: AfspraakType.GARANTIE,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'corporatie',
      tekst:
        'Rietland houdt gedurende de looptijd ten minste 740 sociale huurwoningen in Rietwijk die voldoen aan ' +
        'de definitie nultredenwoning. Verkoop of sloop van zo’n woning wordt in hetzelfde jaar gecompenseerd ' +
        'door nieuwbouw of door het opplussen van een bestaande woning.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.LICHAMELIJKE_BEPERKING],
      betrokkenen: [{ partij: 'huurders', bijdrage: 'Volgt het aantal in de woonmonitor' }],
      jaren: ALLE_JAREN,
      details: {
        garantie: {
          garantstellers: ['corporatie'],
          wat: 'Ten minste 740 nultredenwoningen in de sociale huur in Rietwijk',
          geldigTot: '2029-12-31',
        },
      },
    },
    {
      key: 'rietpark',
      onderdeel: 'hoofd',
      titel: 'Grond in het Rietpark tegen sociale grondprijs in ruil voor 60 nultredenwoningen',
      type: AfspraakType.TRANSACTIE,
      thema: 'Nultredenwoningen en levensloopbestendige woningen',
      trekker: 'gemeente',
      tekst:
        'De gemeente levert de kavels A en B in het Rietpark tegen de grondprijs voor sociale huur. Rietland ' +
        'bouwt daar in 2027 en 2028 samen 60 nultredenwoningen, waarvan 24 in een hofje met een ' +
        'gemeenschappelijke tuin. De huur blijft onder de tweede aftoppingsgrens.',
      volwassenheid: Volwassenheid.SMART,
      voorwaarden: ['Mits het bestemmingsplan Rietpark in 2026 onherroepelijk wordt'],
      doelgroepen: [Doelgroep.OUDEREN],
      betrokkenen: [
        { partij: 'corporatie', bijdrage: 'Investering circa € 14 miljoen', kostenaandeel: 90 },
        { partij: 'gemeente', bijdrage: 'Korting op de grondprijs', kostenaandeel: 10 },
      ],
      jaren: [
        { jaar: 2026, concretisering: 'Bestemmingsplan en bouwrijp maken.' },
        { jaar: 2027, concretisering: 'Oplevering kavel A: 36 woningen.' },
        { jaar: 2028, concretisering: 'Oplevering kavel B: 24 woningen in een hofje.' },
      ],
      details: {
        transactie: {
          posten: [
            {
              partij: 'gemeente',
              levert: 'Bouwrijpe kavels A en B in het Rietpark tegen de sociale grondprijs',
              ontvangt: '60 nultredenwoningen in de sociale huur voor ouderen uit Rietwijk',
            },
            {
              partij: 'corporatie',
              levert: 'Bouw en verhuur van 60 nultredenwoningen onder de tweede aftoppingsgrens',
              ontvangt: 'Grond tegen de sociale grondprijs en versnelde procedures',
            },
          ],
        },
      },
    },
    {
      key: 'lisdodde',
      onderdeel: 'hoofd',
      titel: 'Transformatie van seniorenflat De Lisdodde tot 24 geclusterde wooneenheden',
      type: AfspraakType.HANDELING,
      thema: 'Geclusterde woonvormen met ontmoetingsruimte',
      trekker: 'corporatie',
      tekst:
        'Rietland verbouwt de seniorenflat De Lisdodde tot een geclusterde woonvorm van 24 wooneenheden met ' +
        'een inpandige ontmoetingsruimte. Zittende bewoners kunnen terugkeren met behoud van hun huurprijs. ' +
        'De gemeente draagt € 50.000 bij aan de inrichting van de ontmoetingsruimte.',
      volwassenheid: Volwassenheid.SMART,
      voorwaarden: ['Mits 70% van de bewoners instemt met het renovatievoorstel'],
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.OUDEREN_MET_ZORGVRAAG],
      betrokkenen: [
        { partij: 'gemeente', bijdrage: '€ 50.000 voor de ontmoetingsruimte', kostenaandeel: 5 },
        { partij: 'huurders', bijdrage: 'Begeleidt de bewonersraadpleging' },
      ],
      jaren: [
        { jaar: 2026, concretisering: 'Bewonersraadpleging en eerste 8 eenheden opgeleverd.' },
        { jaar: 2027, concretisering: 'Overige 16 eenheden en de ontmoetingsruimte opgeleverd.' },
      ],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Bewonersraadpleging renovatievoorstel De Lisdodde',
              partijen: ['corporatie', 'huurders'],
              wanneer: 'Q1 2026',
            },
            {
              wat: 'Oplevering eerste 8 geclusterde wooneenheden',
              partijen: ['corporatie'],
              wanneer: 'Q4 2026',
            },
            {
              wat: 'Oplevering overige 16 eenheden en ontmoetingsruimte',
              partijen: ['corporatie', 'gemeente'],
              wanneer: 'Q3 2027',
            },
          ],
        },
      },
    },
    {
      key: 'huurbevriezing',
      onderdeel: 'hoofd',
      titel: 'Huurbevriezing bij een te hoge woonzorgquote',
      type: AfspraakType.INTENTIE,
      thema: 'Betaalbaarheid',
      trekker: 'corporatie',
      tekst:
        'Als een huishouden met een laag inkomen meer dan 40% van zijn inkomen kwijt is aan huur, energie, ' +
        'lokale lasten en eigen bijdragen voor zorg, dan bevriest Rietland de huur voor dat jaar en verwijst ' +
        'de gemeente naar de minimaregelingen.',
      volwassenheid: Volwassenheid.AANZWENGELEN,
      doelgroepen: [Doelgroep.ALLE_HUURDERS, Doelgroep.OUDEREN_MET_ZORGVRAAG],
      betrokkenen: [
        { partij: 'gemeente', bijdrage: 'Minimaregelingen en kwijtschelding lokale lasten' },
        { partij: 'huurders', bijdrage: 'Signaleert huishoudens via het huurdersspreekuur' },
      ],
      jaren: ALLE_JAREN,
      details: {
        intentie: {
          voorwaarde:
            'Als een huishouden met een laag inkomen een woonzorgquote boven 40% heeft en zich meldt',
          gevolg:
            'Dan bevriest Rietland de huur voor dat jaar en biedt de gemeente de minimaregelingen aan',
        },
      },
    },
    {
      key: 'looproutes',
      onderdeel: 'hoofd',
      titel: 'Rollatorvriendelijke looproutes rond De Lisdodde en het Rietpark',
      type: AfspraakType.HANDELING,
      thema: 'Bereikbaarheid',
      trekker: 'gemeente',
      tekst:
        'De gemeente maakt de looproutes van De Lisdodde en het Rietpark naar het winkelcentrum, de huisarts ' +
        'en de bushalte rollatorvriendelijk: verlaagde stoepranden, bankjes om de 150 meter en goede ' +
        'verlichting. Rietland richt de buitenruimte van de eigen complexen op dezelfde manier in.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.LICHAMELIJKE_BEPERKING],
      betrokkenen: [
        { partij: 'corporatie', bijdrage: 'Buitenruimte van de eigen complexen' },
        { partij: 'huurders', bijdrage: 'Schouw van de routes met bewoners' },
      ],
      jaren: [{ jaar: 2027 }, { jaar: 2028 }],
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Schouw van de looproutes met bewoners',
              partijen: ['gemeente', 'huurders'],
              wanneer: 'voorjaar 2027',
            },
            {
              wat: 'Aanpassing van de routes en de buitenruimte',
              partijen: ['gemeente', 'corporatie'],
              wanneer: '2027–2028',
            },
          ],
        },
      },
    },

    // ---------------------------------------------------------------- bijlage wonen en zorg
    {
      key: 'wijkzorgoverleg',
      onderdeel: 'bijlage',
      titel: 'Wijkzorgoverleg Rietwijk-Oost',
      type: AfspraakType.PROCES,
      thema: 'Zorg en ondersteuning thuis',
      trekker: 'zorg',
      tekst:
        'De wijkverpleging van De Rietkraag, de wijkconsulent van Rietland en het sociaal wijkteam bespreken ' +
        'elke zes weken de bewoners van Rietwijk-Oost bij wie zorg, wonen of geld knelt. Afspraken uit het ' +
        'overleg worden binnen twee weken opgevolgd.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN_MET_ZORGVRAAG],
      betrokkenen: [
        { partij: 'corporatie', bijdrage: 'Wijkconsulent neemt deel' },
        { partij: 'gemeente', bijdrage: 'Sociaal wijkteam neemt deel en zit voor' },
      ],
      jaren: ALLE_JAREN,
      details: {
        proces: {
          overlegvorm: 'Wijkzorgoverleg',
          frequentie: 'Elke zes weken',
          deelnemers: ['zorg', 'corporatie', 'gemeente'],
        },
      },
    },
    {
      key: 'zorg-lisdodde',
      onderdeel: 'bijlage',
      titel: 'Zorg op afroep voor de bewoners van De Lisdodde',
      type: AfspraakType.GARANTIE,
      thema: 'Zorg en ondersteuning thuis',
      trekker: 'zorg',
      tekst:
        'Zodra De Lisdodde als geclusterde woonvorm is opgeleverd, garandeert De Rietkraag de bewoners ' +
        'dag en nacht zorg op afroep vanuit het naastgelegen zorgcentrum, binnen 15 minuten ter plaatse.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN_MET_ZORGVRAAG, Doelgroep.SOMATISCH],
      betrokkenen: [{ partij: 'corporatie', bijdrage: 'Alarmering in elke wooneenheid' }],
      jaren: [{ jaar: 2027 }, { jaar: 2028 }, { jaar: 2029 }],
      details: {
        garantie: {
          garantstellers: ['zorg'],
          wat: 'Zorg op afroep, dag en nacht, binnen 15 minuten ter plaatse in De Lisdodde',
        },
      },
    },
    {
      key: 'huisbezoeken',
      onderdeel: 'bijlage',
      titel: 'Preventieve huisbezoeken bij 75-plussers en vroegsignalering van huurachterstand',
      type: AfspraakType.HANDELING,
      thema: 'Vroegsignalering en preventie',
      trekker: 'gemeente',
      tekst:
        'Vrijwilligers van de ouderenadviseur van De Rietkraag leggen jaarlijks 150 preventieve huisbezoeken af ' +
        'bij alleenwonende 75-plussers. Rietland meldt huurachterstanden na één gemiste maand bij de gemeente, ' +
        'die binnen vijf werkdagen op huisbezoek gaat.',
      volwassenheid: Volwassenheid.SMART,
      doelgroepen: [Doelgroep.OUDEREN, Doelgroep.ALLE_HUURDERS],
      betrokkenen: [
        { partij: 'zorg', bijdrage: 'Ouderenadviseur en vrijwilligers' },
        { partij: 'corporatie', bijdrage: 'Meldt huurachterstanden na één gemiste maand' },
      ],
      jaren: ALLE_JAREN,
      details: {
        handeling: {
          activiteiten: [
            {
              wat: '150 preventieve huisbezoeken per jaar',
              partijen: ['zorg'],
              wanneer: 'doorlopend, jaarlijks',
            },
            {
              wat: 'Melding van huurachterstand en huisbezoek binnen vijf werkdagen',
              partijen: ['corporatie', 'gemeente'],
              wanneer: 'doorlopend',
            },
          ],
        },
      },
    },
  ],

  indicatoren: [
    {
      // The same name and unit as in Vlietdam: added up in the regional view.
      naam: 'Nultredenwoningen in de sociale huur',
      eenheid: 'woningen',
      definitie:
        'Reguliere sociale huurwoningen van Woningstichting Rietland in Rietwijk die intern en extern ' +
        'toegankelijk zijn (definitie nultredenwoning), peildatum 31 december.',
      definitieBron: 'BZK/VWS 2023, definities woningtypen programma WOZO',
      nulmeting: { waarde: 742, jaar: 2025 },
      afspraken: ['behoud-nultreden', 'rietpark'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.BANDBREEDTE, min: 745, max: 760 },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 790 },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 815 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 820 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 751,
          bron: 'Jaarverslag Woningstichting Rietland 2026',
          toelichting: '9 woningen opgeplust met een traplift en een verlaagde drempel.',
        },
      ],
    },
    {
      naam: 'Geclusterde wooneenheden voor ouderen',
      eenheid: 'wooneenheden',
      definitie:
        'Wooneenheden in geclusterde woonvormen in Rietwijk (minimaal nultreden, ten minste 12 woningen, ' +
        'ten minste 50% bewoond door 55-plussers, met een inpandige ontmoetingsruimte), peildatum 31 december.',
      definitieBron: 'BZK/VWS 2023, definities woningtypen programma WOZO',
      nulmeting: { waarde: 58, jaar: 2025 },
      afspraken: ['lisdodde', 'definities'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.EXACT, waarde: 66 },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 82 },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 106 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 106 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 66,
          bron: 'Jaarverslag Woningstichting Rietland 2026',
          toelichting: 'De eerste 8 eenheden van De Lisdodde zijn in december 2026 opgeleverd.',
        },
      ],
    },
    {
      naam: 'Huisuitzettingen wegens huurachterstand',
      eenheid: 'ontruimingen per jaar',
      definitie:
        'Aantal daadwerkelijk uitgevoerde ontruimingen van sociale huurwoningen in Rietwijk met huurachterstand als hoofdreden.',
      definitieBron: 'Aedes-benchmark, definitie ontruimingen',
      nulmeting: { waarde: 5, jaar: 2025 },
      richting: IndicatorRichting.LAGER_IS_BETER,
      afspraken: ['huisbezoeken'],
      streefwaarden: [
        {
          jaar: 2026,
          soort: StreefwaardeSoort.EFFECT,
          effect:
            'Geen ontruiming wegens huurachterstand zonder voorafgaand huisbezoek en aanbod van schuldhulp',
        },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 3 },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 2 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 2 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 3,
          bron: 'Jaarverslag Woningstichting Rietland 2026',
          toelichting: 'Bij alle drie was een huisbezoek afgelegd; schuldhulp werd geweigerd.',
        },
      ],
    },
    {
      naam: 'Preventieve huisbezoeken bij alleenwonende 75-plussers',
      eenheid: 'huisbezoeken per jaar',
      definitie:
        'Aantal afgelegde preventieve huisbezoeken door de ouderenadviseur en vrijwilligers van De Rietkraag ' +
        'bij alleenwonende inwoners van 75 jaar en ouder in Rietwijk.',
      definitieBron: 'Registratie ouderenadvies Zorgcentrum De Rietkraag',
      nulmeting: { waarde: 96, jaar: 2025 },
      afspraken: ['huisbezoeken'],
      streefwaarden: [
        { jaar: 2026, soort: StreefwaardeSoort.BANDBREEDTE, min: 120, max: 150 },
        { jaar: 2027, soort: StreefwaardeSoort.EXACT, waarde: 150 },
        { jaar: 2028, soort: StreefwaardeSoort.EXACT, waarde: 150 },
        { jaar: 2029, soort: StreefwaardeSoort.EXACT, waarde: 150 },
      ],
      realisaties: [
        {
          jaar: 2026,
          waarde: 131,
          bron: 'Registratie ouderenadvies Zorgcentrum De Rietkraag 2026',
        },
      ],
    },
  ],
};
