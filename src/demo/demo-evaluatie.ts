import type { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import type { VerantwoordingStatus } from '../verantwoording/verantwoording.entity';
import type { EvaluatieBesluit, Stoplicht } from '../evaluatie/evaluatie.entity';

/*
 * The demo's completed 2026: what each trekker reported in mei 2027 and how the driehoek judged
 * every afspraak in juni 2027, so that the verantwoording and evaluatie screens and the
 * evaluation report have content. Keys are the demo afspraken' keys.
 */

export interface DemoJaarEvaluatie {
  afspraak: string;
  verantwoording: { status: `${VerantwoordingStatus}`; toelichting: string };
  evaluatie: {
    stoplicht: `${Stoplicht}`;
    conclusie: string;
    les?: string;
    besluit: `${EvaluatieBesluit}`;
    /** BIJSTELLEN: new targets for later years (indicator by name). */
    bijstellingen?: {
      indicator: string;
      jaar: number;
      soort: `${StreefwaardeSoort}`;
      waarde?: number;
      min?: number;
      max?: number;
    }[];
  };
}

export const DEMO_EVALUATIE_JAAR = 2026;

/** The driehoek members who confirmed the evaluation, by demo e-mail. */
export const DEMO_EVALUATIE_BEVESTIGERS = [
  'gemeente@demo.driehoek.nl',
  'corporatie@demo.driehoek.nl',
  'corporatie2@demo.driehoek.nl',
  'huurders@demo.driehoek.nl',
  'huurders2@demo.driehoek.nl',
];

export const DEMO_EVALUATIE_2026: DemoJaarEvaluatie[] = [
  {
    afspraak: 'bestuurlijk-overleg',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Twee bestuurlijke overleggen (maart en oktober) en het monitoringsgesprek in november gehouden; verslagen gedeeld met alle partijen.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie:
        'Het overleg liep volgens de afgesproken cyclus; alle partijen waren steeds aanwezig.',
      les: 'De agenda een week eerder rondsturen zodat de huurdersorganisaties hun achterban kunnen raadplegen.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'behoud-toegankelijk',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Voorraad toegankelijke woningen eind 2026: 1.697; vier verkochte woningen gecompenseerd door nieuwbouw in Oeverpark.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'De garantie is gehaald: de voorraad ligt binnen de bandbreedte van 1.690–1.720.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'nieuwbouw-nultreden',
    verantwoording: {
      status: 'OP_SCHEMA',
      toelichting:
        '40 nultredenwoningen opgeleverd in Oeverpark; 70 in aanbouw aan de Dijkstraat, oplevering voorzien in 2027.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie:
        'Op schema voor 240 woningen in de periode; de eerste 40 zijn verhuurd aan 65-plussers.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'definities-woningtypen',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'De definities van nultredenwoning, geclusterde woonvorm en verzorgd wonen zijn in juni 2026 vastgesteld en in alle rapportages gebruikt.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie:
        'De definities zijn vastgesteld en worden gebruikt in de monitor en de jaarverslagen.',
      besluit: 'AFGEROND',
    },
  },
  {
    afspraak: 'geclusterd-110',
    verantwoording: {
      status: 'VERTRAAGD',
      toelichting:
        'Molenhof: 18 van de 30 eenheden opgeleverd; de aannemer liep vier maanden vertraging op door stikstofonderzoek. Rest volgt in het eerste kwartaal van 2027.',
    },
    evaluatie: {
      stoplicht: 'ORANJE',
      conclusie:
        '204 van de 216 beoogde wooneenheden; de achterstand is tijdelijk en komt door één locatie.',
      les: 'Bij de volgende locaties het stikstofonderzoek vóór de aanbesteding afronden.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'urgentieregeling',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        '58 woningen toegewezen via de urgentieregeling: 34 door De Vliet, 24 door Polderpoort; 21 aan uitstromers uit beschermd wonen.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie:
        'Binnen de bandbreedte van 50–75 woningen; de verdeling tussen de corporaties is evenwichtig.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'verdeling-bijzondere-doelgroepen',
    verantwoording: {
      status: 'OP_SCHEMA',
      toelichting:
        'Het aandeel toewijzingen aan bijzondere doelgroepen was 14% per wijk, met een uitschieter van 22% in Vlietkwartier.',
    },
    evaluatie: {
      stoplicht: 'ORANJE',
      conclusie: 'Gemiddeld binnen de afspraak, maar Vlietkwartier krijgt een onevenredig deel.',
      les: 'Per wijk rapporteren in plaats van gemiddeld over de gemeente.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'huurderving-aangepast',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Voor 11 aangepaste woningen is huurderving vergoed (totaal € 23.400); gemiddelde leegstand 9 weken.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie:
        'De regeling werkt: aangepaste woningen gaan vaker naar huishoudens die de aanpassing nodig hebben.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'wooninitiatieven',
    verantwoording: {
      status: 'NIET_GEREALISEERD',
      toelichting:
        'Er is in 2026 geen initiatief van bewoners aangemeld; de informatieavond in april trok zes belangstellenden.',
    },
    evaluatie: {
      stoplicht: 'ROOD',
      conclusie: 'Zonder concrete initiatiefnemers heeft de afspraak geen effect gehad.',
      les: 'Wooninitiatieven horen bij de woonvisie, niet bij de prestatieafspraken; de gemeente neemt het daar op.',
      besluit: 'VERVALLEN',
    },
  },
  {
    afspraak: 'doorstroomcoach',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        '34 senioren verhuisd naar een geschiktere woning; 19 begeleid door de doorstroomcoach, 11 met behoud van huurprijs.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'Boven verwachting: de coach bereikt senioren die anders niet zouden verhuizen.',
      les: 'De ambitie mag omhoog nu de coach bekend is in de wijken.',
      besluit: 'BIJSTELLEN',
      bijstellingen: [
        {
          indicator: 'Verhuizingen van senioren naar een geschikte woning',
          jaar: 2027,
          soort: 'BANDBREEDTE',
          min: 35,
          max: 50,
        },
      ],
    },
  },
  {
    afspraak: 'woonzorgquote',
    verantwoording: {
      status: 'OP_SCHEMA',
      toelichting:
        '212 huishoudens met een woonzorgquote boven 40% benaderd; 168 kregen huurmaatwerk of een minimaregeling.',
    },
    evaluatie: {
      stoplicht: 'ORANJE',
      conclusie:
        '79% van de bekende huishoudens geholpen; de overige 44 waren niet bereikbaar of weigerden.',
      les: 'Samen met het wijkteam huisbezoeken afleggen bij wie niet reageert.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'huuroverleg',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Huuroverleg gevoerd in februari; de huurverhoging bleef 0,5 procentpunt onder de inflatie.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie:
        'Het overleg leidde tot een gematigde huurverhoging met instemming van beide huurdersorganisaties.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'financiele-uitgangspunten',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'De grondprijs voor sociale huur is in 2026 gehanteerd voor alle drie de nieuwbouwlocaties.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie:
        'De uitgangspunten zijn toegepast; de investeringsruimte van de corporaties is voldoende.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'schuldhulp-200k',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'De corporaties hebben € 200.000 overgemaakt; 312 meldingen na één gemiste huurbetaling, 87% binnen vijf werkdagen bezocht.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'Negen huisuitzettingen, onder de streefwaarde van tien; vroegsignalering werkt.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'aanpasbaar-bouwen',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Van de 54 opgeleverde sociale huurwoningen zijn er 40 aanpasbaar gebouwd (74%).',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'Boven de afgesproken 70%.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'opplussen',
    verantwoording: {
      status: 'VERTRAAGD',
      toelichting:
        'Drie van de vier geplande complexen opgeplust; bij De Rietkraag wacht de liftinstallatie op een vergunning.',
    },
    evaluatie: {
      stoplicht: 'ORANJE',
      conclusie:
        'Eén complex schuift door naar 2027; de totale planning van twaalf complexen blijft haalbaar.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'looproutes-haltes',
    verantwoording: {
      status: 'OP_SCHEMA',
      toelichting:
        'Vijf bushaltes toegankelijk gemaakt; de looproute Molenhof–centrum is in uitvoering.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'Volgens planning.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'gespreid-huisvesten',
    verantwoording: {
      status: 'OP_SCHEMA',
      toelichting:
        'Leefbaarheidsmonitor uitgevoerd in vier wijken; in Vlietkwartier daalde de score licht.',
    },
    evaluatie: {
      stoplicht: 'ORANJE',
      conclusie: 'Het uitgangspunt wordt gevolgd, maar Vlietkwartier vraagt extra aandacht.',
      les: 'Koppelen aan de verdeling van bijzondere doelgroepen (afspraak over verdeling).',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'regietafel',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'De regietafel kwam vier keer bijeen; de woonzorgkaart is in oktober 2026 gepubliceerd.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'De regietafel is het vaste overleg van wonen en zorg geworden.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'kwartaaloverleg-bw',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Vier kwartaaloverleggen; 21 uitstromers gehuisvest, 3 extra plekken beschermd thuis na herijking.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'Uitstroom verloopt beter dan in 2025; de wachttijd daalde van 14 naar 9 maanden.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'opstapwoningen',
    verantwoording: {
      status: 'OP_SCHEMA',
      toelichting:
        '31 opstapwoningen in gebruik; één woning werd omgezet naar een regulier huurcontract.',
    },
    evaluatie: {
      stoplicht: 'ORANJE',
      conclusie: 'Eén woning onder de streefwaarde; een omzetting is op zich een succes.',
      les: 'Een omgezette opstapwoning binnen drie maanden vervangen.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'kosten-uithuiszetting',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Eén uithuiszetting na uitstroom; de kosten (€ 6.800) zijn gedeeld volgens de afspraak.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'De kostendeling werkte zonder discussie.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'week-eenzaamheid',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting: 'Veertien activiteiten in de Week tegen Eenzaamheid met 420 deelnemers.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'Goed bezocht; de corporaties stelden vijf ontmoetingsruimten beschikbaar.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'vastgoed-vlietoever',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Overdracht van De Vlietoever afgerond in november 2026; 48 zorggeschikte woningen, renovatie start in 2027.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'De transactie is volgens afspraak uitgevoerd.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'verzorgd-wonen',
    verantwoording: {
      status: 'OP_SCHEMA',
      toelichting: 'Het concept verzorgd wonen is toegepast in Molenhof en De Vlietoever.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'Het concept geeft richting aan nieuwe woonvormen.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'huisbezoeken-75',
    verantwoording: {
      status: 'VERTRAAGD',
      toelichting:
        '610 van de geplande 900 huisbezoeken afgelegd; twee vacatures bij de ouderenadviseurs.',
    },
    evaluatie: {
      stoplicht: 'ROOD',
      conclusie: 'Door personeelstekort is een derde van de bezoeken niet afgelegd.',
      les: 'Vrijwilligers van de huurdersorganisaties inzetten voor een eerste kennismaking.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'ontmoetingsruimten',
    verantwoording: {
      status: 'GEREALISEERD',
      toelichting:
        'Vijf ontmoetingsruimten met een vast programma; Molenhof sinds november drie dagdelen per week.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'De streefwaarde van vijf ruimten is gehaald.',
      besluit: 'DOORZETTEN',
    },
  },
  {
    afspraak: 'beweegtuinen',
    verantwoording: {
      status: 'OP_SCHEMA',
      toelichting:
        'Twee beweegtuinen aangelegd (Molenhof, Oeverpark); de wandelroute is bewegwijzerd.',
    },
    evaluatie: {
      stoplicht: 'GROEN',
      conclusie: 'Volgens planning; bewoners gebruiken de tuinen dagelijks.',
      besluit: 'DOORZETTEN',
    },
  },
];
