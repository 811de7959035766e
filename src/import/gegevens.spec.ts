import { alleAfspraken, CONTROLE_BESTAND, leesCorpus } from '../../test/import/corpus/corpus';
import { Doelgroep } from '../overeenkomsten/afspraak-type';
import { NormEenheid, normenOpslaan, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import { BedragFrequentie } from '../overeenkomsten/financieel-overzicht';
import { LocatieSoort } from '../overeenkomsten/locatie.entity';
import { doelgroepenUit, geldUit, locatiesUit, normenUit } from './gegevens';

/*
 * The texts quoted here are afspraken of the labelled corpus (test/import/corpus), which
 * paraphrase the seed documents; a few made-up sentences cover wordings the corpus lacks.
 */

const { OUDEREN, OUDEREN_MET_ZORGVRAAG, GGZ, URGENTEN } = Doelgroep;
const { TEN_MINSTE, HOOGSTENS, PRECIES, TUSSEN, MINDER_DAN } = NormVergelijking;

describe('doelgroepenUit', () => {
  it.each<[string, Doelgroep[]]>([
    [
      'Urgenten met een medische indicatie en 70-plussers met een mobiliteitsbeperking die naar een geschikte woning van een van de corporaties verhuizen, betalen daar geen hogere huur dan in hun oude woning, mits zij voldoen aan de voorwaarden van de verhuisregeling.',
      [OUDEREN, Doelgroep.LICHAMELIJKE_BEPERKING, URGENTEN],
    ],
    // Ouderen met een zorgvraag are that group, not also ouderen.
    [
      'Uit de Wmo-middelen stelt de gemeente geld beschikbaar voor investeringen in de aanleunwoningen van Zorggroep Dijkhoven, zodat deze woningen geschikt blijven voor ouderen met een zorgvraag.',
      [OUDEREN_MET_ZORGVRAAG],
    ],
    [
      'In de periode 2027-2029 realiseren partijen 40 tot 80 extra plekken voor volwassenen in de GGZ en 25 tot 50 extra plekken voor volwassenen met een verstandelijke beperking.',
      [Doelgroep.VERSTANDELIJKE_BEPERKING, GGZ],
    ],
    // "Kompas GGZ" is a partij, not the group.
    [
      'Elk kwartaal herijken de gemeente, Beemdwonen, Kompas GGZ en De Overstap het aantal doorstroomwoningen voor uitstromers uit beschermd wonen.',
      [Doelgroep.UITSTROMERS_BW_MO],
    ],
    [
      'Woonstichting Eemhof en Stichting Kernwonen houden samen ongeveer honderd opstapwoningen beschikbaar voor cliënten van maatschappelijke opvang en beschermd wonen. De gemeente garandeert begeleiding, schuldhulpverlening en terugkeer; Stichting Onderdak en Herstel draagt kandidaten voor via de afgesproken procedure.',
      [Doelgroep.UITSTROMERS_BW_MO],
    ],
    [
      'Bij acute dreiging van dakloosheid kan Beemdwonen via het sociaal wijkteam altijd een beroep doen op De Overstap.',
      [Doelgroep.DAK_EN_THUISLOZEN],
    ],
    [
      'De Kernen en Het Zandlint nemen het initiatief voor de bouw van 16 woningen met een belevingstuin voor mensen met dementie in Oosterzand, waar de behoefte aan kleinschalig wonen voor deze groep het grootst is.',
      [Doelgroep.PSYCHOGERIATRISCH],
    ],
    [
      'De gemeente start een bewustwordingscampagne die inwoners aanspoort hun woning tijdig op te plussen, in eerste instantie gericht op 55- tot 70-jarigen en daarna op 70-plussers. Op verzoek komt een vrijwillige woonadviseur kosteloos langs voor een woningscan aan de hand van een checklist, waarna de bewoner een schriftelijk advies ontvangt.',
      [OUDEREN],
    ],
    [
      'De gemeente koopt elk jaar het onderhoud van de deuropeners in de seniorencomplexen af bij Brugstede Wonen.',
      [OUDEREN],
    ],
  ])('%s', (tekst, verwacht) => {
    expect(doelgroepenUit(tekst)).toEqual(verwacht);
  });

  it.each([
    // "Ouderinitiatieven" are parents; "mensen met een beperking" does not say which.
    'Vlietwonen neemt zich voor om particuliere wooninitiatieven, zoals ouderinitiatieven voor mensen met een beperking, te ondersteunen bij het realiseren van huisvesting.',
    // Beschermd wonen as a kind of dwelling, not its people.
    'Partijen maken onderscheid tussen geschikte woningen, nultredenwoningen, woningen voor verzorgd wonen, beschermd wonen en Wmo-geschikte woningen. De definities van deze categorieën staan in bijlage 2 bij deze overeenkomst en gelden voor alle afspraken en rapportages.',
    'Waardzorg opent in 2028 samen met twee andere zorgorganisaties in drie kernen een Huiskamer van de Wijk, waar iedere inwoner, met of zonder zorgvraag, welkom is.',
    'Laat de buurtsignalering zien dat de leefbaarheid in een subbuurt achteruitgaat, dan plaatst Beemdwonen daar niet nog meer mensen met een zorgvraag.',
    // Made up: names of organisations, and urgency that is haste.
    'Stichting Kompas GGZ en Vereniging Senioren Vlietdam onderstrepen de urgentie van de opgave.',
    'De helft van de gemeenten betrekt de jeugdzorg bij de woonzorgvisie.',
  ])('finds no group in: %s', (tekst) => {
    expect(doelgroepenUit(tekst)).toEqual([]);
  });

  it('reads the usual wordings of the other groups, in the order of the enum', () => {
    expect(
      doelgroepenUit(
        'Zorgbehoevende senioren, vergunninghouders, mensen met een lichamelijke, verstandelijke of ' +
          'zintuiglijke beperking of psychische problemen, jongeren uit de jeugdzorg, woningzoekenden ' +
          'met een urgentieverklaring, mantelzorgers, arbeidsmigranten, studenten, bewoners van ' +
          'standplaatsen en alle huurders komen aan bod; net als somatische zorg.',
      ),
    ).toEqual([
      OUDEREN_MET_ZORGVRAAG,
      Doelgroep.SOMATISCH,
      Doelgroep.LICHAMELIJKE_BEPERKING,
      Doelgroep.VERSTANDELIJKE_BEPERKING,
      Doelgroep.ZINTUIGLIJKE_BEPERKING,
      GGZ,
      Doelgroep.STATUSHOUDERS,
      Doelgroep.JONGEREN_UIT_JEUGDZORG,
      URGENTEN,
      Doelgroep.MANTELZORGERS,
      Doelgroep.ARBEIDSMIGRANTEN,
      Doelgroep.STUDENTEN,
      Doelgroep.WOONWAGENBEWONERS,
      Doelgroep.ALLE_HUURDERS,
    ]);
  });
});

describe('normenUit', () => {
  it('reads a count and a percentage, with what each is about and the words they stand on', () => {
    expect(
      normenUit(
        'Onder een geclusterde woonvorm verstaan partijen een complex van ten minste 12 nultredenwoningen met een inpandige ontmoetingsruimte, waarvan minimaal 50% wordt bewoond door 55-plussers.',
      ),
    ).toEqual([
      {
        onderwerp: 'nultredenwoningen met een inpandige ontmoetingsruimte',
        vergelijking: TEN_MINSTE,
        waarde: 12,
        totWaarde: null,
        eenheid: NormEenheid.WONINGEN,
        eenheidTekst: null,
        woorden: 'ten minste 12 nultredenwoningen',
      },
      {
        onderwerp: 'bewoond door 55-plussers',
        vergelijking: TEN_MINSTE,
        waarde: 50,
        totWaarde: null,
        eenheid: NormEenheid.PROCENT,
        eenheidTekst: null,
        woorden: 'minimaal 50%',
      },
    ]);
  });

  it.each<[string, Partial<ReturnType<typeof normenUit>[number]>[]]>([
    // "1.661" is one thousand six hundred and sixty-one; the unit is named earlier.
    [
      'Het aantal toegankelijke en levensloopbestendige sociale huurwoningen in Lindeveen blijft ten minste gelijk aan het huidige aantal van 1.661.',
      [
        {
          vergelijking: TEN_MINSTE,
          waarde: 1661,
          eenheid: NormEenheid.WONINGEN,
          onderwerp: 'toegankelijke en levensloopbestendige sociale huurwoningen',
        },
      ],
    ],
    [
      'Brugstede Wonen handhaaft ten minste het huidige aantal van 1.661 toegankelijke en levensloopbestendige sociale huurwoningen.',
      [{ vergelijking: TEN_MINSTE, waarde: 1661, eenheid: NormEenheid.WONINGEN }],
    ],
    [
      'Beide gemeenten reserveren in hun woningbouwprogramma minimaal 10 en hoogstens 15 procent van de nieuwbouwopgave voor bijzondere woonvormen, zoals doelgroephofjes, collectief particulier opdrachtgeverschap en woonvormen voor gemengde doelgroepen.',
      [
        {
          vergelijking: TUSSEN,
          waarde: 10,
          totWaarde: 15,
          eenheid: NormEenheid.PROCENT,
          onderwerp: 'nieuwbouwopgave voor bijzondere woonvormen',
          woorden: 'minimaal 10 en hoogstens 15 procent',
        },
      ],
    ],
    [
      'Bij de keuze van locaties voor geclusterde woonvormen hanteren partijen als uitgangspunt dat deze binnen een straal van 500 meter van (zorg)voorzieningen liggen.',
      [
        {
          vergelijking: HOOGSTENS,
          waarde: 500,
          eenheid: NormEenheid.METER,
          onderwerp: 'afstand tot (zorg)voorzieningen',
          woorden: 'binnen een straal van 500 meter',
        },
      ],
    ],
    [
      'De woonzorgquote, het totaal van huur, energie, lokale lasten en zorgkosten, bedraagt voor huurders van Lindewoon en Het Veenhuis niet meer dan 40 procent van het inkomen.',
      [
        {
          vergelijking: HOOGSTENS,
          waarde: 40,
          eenheid: NormEenheid.PROCENT,
          onderwerp: 'woonzorgquote als deel van het inkomen',
        },
      ],
    ],
    [
      'Lindewoon stelt elk jaar minimaal 20 procent van haar vrijkomende woningen beschikbaar voor bijzondere doelgroepen.',
      [
        {
          vergelijking: TEN_MINSTE,
          waarde: 20,
          onderwerp: 'vrijkomende woningen beschikbaar voor bijzondere doelgroepen',
        },
      ],
    ],
    [
      'De stuurgroep wonen en zorg vergadert ten minste tweemaal per jaar. Een projectgroep, waarin vooral managers van de partijen zitting hebben, bereidt deze vergaderingen voor en zorgt ervoor dat de lopende prestatieafspraken tijdig worden geëvalueerd.',
      [
        {
          vergelijking: TEN_MINSTE,
          waarde: 2,
          eenheid: NormEenheid.ANDERS,
          eenheidTekst: 'maal per jaar',
          onderwerp: 'stuurgroep wonen en zorg vergadert',
        },
      ],
    ],
    [
      'De corporaties huisvesten kwetsbare woningzoekenden binnen drie maanden. Doen zich daarna problemen voor rond het woongedrag, dan zet de gemeente zonder voorafgaande indicatie kortdurende begeleiding in, tot maximaal vijftig uur, of start zij een spoedprocedure voor begeleiding als maatwerkvoorziening.',
      [
        {
          vergelijking: HOOGSTENS,
          waarde: 3,
          eenheid: NormEenheid.MAANDEN,
          onderwerp: 'corporaties huisvesten kwetsbare woningzoekenden',
        },
        { vergelijking: HOOGSTENS, waarde: 50, eenheid: NormEenheid.UREN },
      ],
    ],
    [
      'In de periode 2026-2029 worden veertig tot tachtig extra plaatsen gerealiseerd voor volwassenen in de ggz en 25 tot 50 extra plaatsen voor volwassenen met een verstandelijke beperking.',
      [
        { vergelijking: TUSSEN, waarde: 40, totWaarde: 80, eenheid: NormEenheid.PLAATSEN },
        {
          vergelijking: TUSSEN,
          waarde: 25,
          totWaarde: 50,
          eenheid: NormEenheid.PLAATSEN,
          onderwerp: 'extra plaatsen voor volwassenen met een verstandelijke beperking',
        },
      ],
    ],
    [
      'Bij de transformatie van zorgcomplex De Meerpaal garanderen Vlietwonen en Zorggroep Vlietlanden samen een minimum van 10 verpleegzorgplaatsen.',
      [{ vergelijking: TEN_MINSTE, waarde: 10, eenheid: NormEenheid.PLAATSEN }],
    ],
    [
      'Partijen monitoren in 2028 hoeveel cliënten uit beschermde woonvormen met voorrang een woning krijgen binnen het contingent van maximaal zeven woningen, en evalueren in 2029 of werken met een contingent efficiënt en effectief is.',
      [
        {
          vergelijking: HOOGSTENS,
          waarde: 7,
          eenheid: NormEenheid.WONINGEN,
          onderwerp: 'contingent',
        },
      ],
    ],
    [
      'Nieuwbouwappartementen van de corporaties hebben ten minste drie sterren.',
      [{ vergelijking: TEN_MINSTE, waarde: 3, eenheid: NormEenheid.STERREN }],
    ],
    // A bare count of dwellings is a target; the years of the period are not.
    [
      'De Kernen laat in de periode 2028-2031 250 woningen certificeren volgens het Politiekeurmerk Veilig Wonen.',
      [
        {
          vergelijking: PRECIES,
          waarde: 250,
          eenheid: NormEenheid.WONINGEN,
          woorden: '250 woningen',
        },
      ],
    ],
    [
      'De Kernen en Het Zandlint nemen het initiatief voor de bouw van 16 woningen met een belevingstuin voor mensen met dementie in Oosterzand, waar de behoefte aan kleinschalig wonen voor deze groep het grootst is.',
      [
        {
          vergelijking: PRECIES,
          waarde: 16,
          onderwerp: 'woningen met een belevingstuin voor mensen met dementie',
        },
      ],
    ],
    // Made up: the example of the brief, a rent limit, a share below a bound, a decimal comma.
    [
      'De corporatie realiseert in 2027 ten minste 40 sociale huurwoningen voor ouderen in de wijk Oudeland.',
      [
        {
          vergelijking: TEN_MINSTE,
          waarde: 40,
          eenheid: NormEenheid.WONINGEN,
          onderwerp: 'sociale huurwoningen voor ouderen',
          woorden: 'ten minste 40 sociale huurwoningen',
        },
      ],
    ],
    [
      'De huurprijs van deze woningen bedraagt maximaal € 880 per maand.',
      [
        {
          vergelijking: HOOGSTENS,
          waarde: 880,
          eenheid: NormEenheid.EURO,
          onderwerp: 'huurprijs van deze woningen per maand',
          woorden: 'maximaal € 880 per maand',
        },
      ],
    ],
    [
      'De leegstand in de seniorencomplexen blijft minder dan 2,5 procent.',
      [{ vergelijking: MINDER_DAN, waarde: 2.5, eenheid: NormEenheid.PROCENT }],
    ],
    [
      'De gemeente legt binnen 5 werkdagen een huisbezoek af.',
      [
        {
          vergelijking: HOOGSTENS,
          waarde: 5,
          eenheid: NormEenheid.ANDERS,
          eenheidTekst: 'werkdagen',
        },
      ],
    ],
  ])('%s', (tekst, verwacht) => {
    expect(normenUit(tekst)).toEqual(verwacht.map((n): unknown => expect.objectContaining(n)));
  });

  it.each([
    // Frequencies, periods and dates without a comparison.
    'Partijen komen twee keer per jaar bijeen in een bestuurlijk overleg. Eens in de twee jaar vernieuwen zij de afspraken in een monitoringsgesprek en na vier jaar volgt een evaluatie.',
    'Vlietwonen rapporteert jaarlijks vóór 1 mei over wat zij in het voorgaande jaar heeft gerealiseerd. In juni evalueren de gemeente, Vlietwonen en de huurdersvereniging samen de uitvoering van die jaarschijf.',
    'Komt een aangepaste woning vrij, dan heeft de gemeente drie maanden de tijd om een kandidaat te vinden en betaalt zij in die periode de huurderving. Is er na drie maanden geen kandidaat, dan is de corporatie vrij de woning aan een eigen kandidaat toe te wijzen en worden de aanpassingen zo nodig verwijderd.',
    // "Ongeveer": no exact number, nor a bound.
    'Beemdwonen houdt ongeveer 100 opstapwoningen beschikbaar voor mensen uit de maatschappelijke opvang en beschermd wonen. De gemeente staat garant voor begeleiding, schuldhulpverlening en terugkeer als het zelfstandig wonen niet lukt. Kompas GGZ en De Overstap dragen kandidaten voor via de afgesproken procedure.',
    // An annex number, a count of places that is no target.
    'Voor het uitrustingsniveau van woningen hanteren partijen het sterrensysteem; bijlage 2 beschrijft hoe een woning wordt gescoord.',
    'Uiterlijk in 2029 stelt de gemeente voor alle achttien kernen een kernvisie op; de behoefte per kern bepaalt het leefbaarheidsbeleid.',
    // Money without a comparison is an amount, not a norm.
    'De gemeente stelt jaarlijks € 25.000 beschikbaar voor burgerinitiatieven op het gebied van wonen en zorg; De Kernen stelt voor deze initiatieven daarnaast om niet ruimten in haar complexen ter beschikking.',
    // A comparison without a number.
    'De zorg- en welzijnsorganisaties die het Pact Waardig Thuis hebben ondertekend, spannen zich maximaal in om hun diensten in alle kernen beschikbaar, bereikbaar en betaalbaar te houden.',
    'Bij nieuwbouw realiseert De Kernen minimaal het toegankelijkheidsniveau bezoekbaar.',
    // Made up: article numbers and a figure in passing.
    'Zoals bedoeld in artikel 4 lid 2 geldt dit vanaf 1 januari 2027 voor zorgaanbieders (88%).',
  ])('finds no norm in: %s', (tekst) => {
    expect(normenUit(tekst)).toEqual([]);
  });
});

describe('locatiesUit', () => {
  const partijen = [
    'Gemeente Zandhoven',
    'Woningstichting De Kernen',
    'Woningstichting Het Veenhuis',
    'Zorggroep Dijkhoven',
  ];

  it.each<[string, { soort: LocatieSoort; naam: string }[]]>([
    [
      'Vlietwonen ontwikkelt in 2028 in de wijk Westhaven 20 bestaande woningen tot een geclusterde woonvorm met een gemeenschappelijke ontmoetingsruimte.',
      [{ soort: LocatieSoort.WIJK, naam: 'Westhaven' }],
    ],
    [
      'Bij de transformatie van zorgcomplex De Meerpaal garanderen Vlietwonen en Zorggroep Vlietlanden samen een minimum van 10 verpleegzorgplaatsen.',
      [{ soort: LocatieSoort.COMPLEX, naam: 'De Meerpaal' }],
    ],
    // The kern Zandhoven is a place, though Gemeente Zandhoven is a partij.
    [
      'Uitgangspunt is dat de middelzware en zware zorg geconcentreerd is in de kernen Zandhoven en Oosterzand, die de uitvalsbasis vormen voor de lichtere zorg in de kleine kernen.',
      [
        { soort: LocatieSoort.KERN, naam: 'Zandhoven' },
        { soort: LocatieSoort.KERN, naam: 'Oosterzand' },
      ],
    ],
    [
      'In de woonzorgcomplexen Zonnehof, Veerstaete en Oranjehof is 50 procent van de woningen gelabeld voor toewijzing met voorrang aan mensen met een CIZ- of Wmo-indicatie. Voor De Brugwachter geldt dezelfde labeling, op voorwaarde dat er geen leegstand ontstaat en toewijzing op maat mogelijk blijft.',
      [
        { soort: LocatieSoort.COMPLEX, naam: 'Zonnehof' },
        { soort: LocatieSoort.COMPLEX, naam: 'Veerstaete' },
        { soort: LocatieSoort.COMPLEX, naam: 'Oranjehof' },
      ],
    ],
    [
      'Voor het cluster van acht woningen aan de Beemdstraat voor mensen met een lichamelijke beperking bekostigen de gemeente en het zorgkantoor samen de 24-uursondersteuning; Beemdwonen stelt daarvoor tussen de woningen een kantoor met slaapruimte voor de medewerkers beschikbaar.',
      [{ soort: LocatieSoort.ADRES, naam: 'Beemdstraat' }],
    ],
    [
      'Komt de locatie van het voormalige verzorgingshuis Rozenhof vrij, dan transformeert Vlietwonen het vastgoed tot een locatie voor gemengd wonen.',
      [{ soort: LocatieSoort.COMPLEX, naam: 'Rozenhof' }],
    ],
    [
      'Als de zorglocatie Het Veerhuis vrijkomt, wordt het vastgoed getransformeerd tot een locatie voor gemengd wonen.',
      [{ soort: LocatieSoort.COMPLEX, naam: 'Het Veerhuis' }],
    ],
    // Made up: names of more words, and an address with its number.
    [
      'In het dorp Krimpen aan den IJssel en in de wijken De Hoven en Oud-Beijerland komt een huiskamer; het steunpunt Kerkstraat 12 wordt verbouwd.',
      [
        { soort: LocatieSoort.KERN, naam: 'Krimpen aan den IJssel' },
        { soort: LocatieSoort.WIJK, naam: 'De Hoven' },
        { soort: LocatieSoort.WIJK, naam: 'Oud-Beijerland' },
        { soort: LocatieSoort.ADRES, naam: 'Kerkstraat 12' },
      ],
    ],
  ])('%s', (tekst, verwacht) => {
    expect(locatiesUit(tekst, partijen)).toEqual(verwacht);
  });

  it.each([
    'Partijen gaan ervan uit dat inwoners zo lang mogelijk in hun eigen kern blijven wonen en dat voorzieningen gebiedsgericht worden aangeboden; dat is het uitgangspunt voor de ruimtelijke samenhang tussen wonen en zorg.',
    'Waardzorg opent in 2028 samen met twee andere zorgorganisaties in drie kernen een Huiskamer van de Wijk, waar iedere inwoner, met of zonder zorgvraag, welkom is.',
    'De Kernen houdt het bestaande zorgvastgoed en de ontmoetingsplekken in de kernen in stand.',
    // The gemeente that pays is a partij, not a place.
    'De gemeente Westerwaard stelt via SVn € 500.000 beschikbaar voor Blijversleningen en Verzilverleningen, waarmee eigenaar-bewoners hun woning levensloopbestendig maken; SVn voert de financiële toets uit en sluit de overeenkomsten.',
    // A name without a word that says it is a place.
    'De Kernen en Het Zandlint nemen het initiatief voor de bouw van 16 woningen met een belevingstuin voor mensen met dementie in Oosterzand, waar de behoefte aan kleinschalig wonen voor deze groep het grootst is.',
    // Made up: a partij, a weekday and a month.
    'Op maandag 3 maart overleggen partijen in het complex Het Veenhuis; in de wijk Januari is niets.',
  ])('finds no place in: %s', (tekst) => {
    expect(locatiesUit(tekst, partijen)).toEqual([]);
  });
});

describe('geldUit', () => {
  it.each<[string, number[], Partial<ReturnType<typeof geldUit>[number]>[]]>([
    [
      'De gemeente subsidieert Welzijn Vlietdam met € 45.000 per jaar voor het organiseren van een activiteitenaanbod in geclusterde woonvormen met een ontmoetingsruimte.',
      [],
      [
        {
          euro: 45_000,
          frequentie: BedragFrequentie.PER_JAAR,
          jaar: null,
          totJaar: null,
          doel: 'organiseren van een activiteitenaanbod in geclusterde woonvormen met een ontmoetingsruimte',
          woorden: '€ 45.000 per jaar',
        },
      ],
    ],
    // No year in the text: yearly.
    [
      'Lindewoon en Het Veenhuis dragen samen € 200.000 bij aan de preventieve schuldhulpverlening van de gemeente.',
      [],
      [
        {
          euro: 200_000,
          frequentie: BedragFrequentie.TOTAAL,
          doel: 'preventieve schuldhulpverlening van de gemeente',
        },
      ],
    ],
    [
      'De gemeente stelt jaarlijks € 25.000 beschikbaar voor burgerinitiatieven op het gebied van wonen en zorg; De Kernen stelt voor deze initiatieven daarnaast om niet ruimten in haar complexen ter beschikking.',
      [],
      [
        {
          euro: 25_000,
          frequentie: BedragFrequentie.PER_JAAR,
          doel: 'burgerinitiatieven op het gebied van wonen en zorg',
          woorden: 'jaarlijks € 25.000',
        },
      ],
    ],
    // What is given back is not what the money is for.
    [
      'De gemeente stelt uit het Wmo-budget € 150.000 beschikbaar voor de aanleunwoningen van Het Zandlint, in ruil voor het rollatorgeschikt maken van deze woningen door Het Zandlint.',
      [],
      [{ euro: 150_000, doel: 'aanleunwoningen van Het Zandlint' }],
    ],
    // Made up, after the demo agreement: each frequency, and the year of each amount.
    [
      'De gemeente draagt jaarlijks € 25.000 bij aan de wijkbudgetten.',
      [],
      [{ euro: 25_000, frequentie: BedragFrequentie.PER_JAAR, doel: 'wijkbudgetten' }],
    ],
    [
      'In 2029 zijn er op 4 locaties 110 nieuwe geclusterde wooneenheden ontwikkeld. De gemeente draagt per ontmoetingsruimte eenmalig € 50.000 bij aan de onrendabele top.',
      [2029],
      [
        {
          euro: 50_000,
          frequentie: BedragFrequentie.EENMALIG,
          jaar: 2029,
          doel: 'onrendabele top (per ontmoetingsruimte)',
          woorden: 'eenmalig € 50.000',
        },
      ],
    ],
    [
      'De corporaties dragen in de looptijd samen € 200.000 bij aan de aanpak Vroeg Erop Af van de gemeente.',
      [],
      [{ frequentie: BedragFrequentie.TOTAAL, doel: 'aanpak Vroeg Erop Af van de gemeente' }],
    ],
    [
      'In de periode 2027-2030 stelt de gemeente jaarlijks € 30.000 beschikbaar voor de buurtkamers.',
      [2027, 2030],
      [{ frequentie: BedragFrequentie.PER_JAAR, jaar: 2027, totJaar: 2030, doel: 'buurtkamers' }],
    ],
    [
      'De gemeente betaalt € 10.000 in 2027 en € 20.000 in 2028 aan Stichting Welzijn voor de buurtcoaches.',
      [2027, 2028],
      [
        { euro: 10_000, frequentie: BedragFrequentie.EENMALIG, jaar: 2027, doel: 'buurtcoaches' },
        { euro: 20_000, frequentie: BedragFrequentie.EENMALIG, jaar: 2028, doel: 'buurtcoaches' },
      ],
    ],
    [
      'In 2027 investeert de gemeente € 1,5 miljoen in de herinrichting van het Dorpsplein.',
      [2027],
      [
        {
          euro: 1_500_000,
          frequentie: BedragFrequentie.EENMALIG,
          jaar: 2027,
          doel: 'herinrichting van het Dorpsplein',
        },
      ],
    ],
    // Without a purpose in so many words, the sentence says it.
    [
      'De gemeente stelt € 150.000 beschikbaar, in ruil voor het rollatorgeschikt maken van de woningen.',
      [],
      [
        {
          doel: 'De gemeente stelt € 150.000 beschikbaar, in ruil voor het rollatorgeschikt maken van de woningen',
        },
      ],
    ],
  ])('%s', (tekst, jaren, verwacht) => {
    expect(geldUit(tekst, jaren)).toEqual(verwacht.map((b): unknown => expect.objectContaining(b)));
  });

  it.each([
    'Uit de Wmo-middelen stelt de gemeente geld beschikbaar voor investeringen in de aanleunwoningen van Zorggroep Dijkhoven, zodat deze woningen geschikt blijven voor ouderen met een zorgvraag.',
    'De gemeente subsidieert Stichting Welzijn Hoogerbrug voor het organiseren van een activiteitenaanbod in de geclusterde woonvormen die over een ontmoetingsruimte beschikken.',
    // Made up: a limit on a rent is no money anyone gives.
    'De huurprijs van deze woningen bedraagt maximaal € 880 per maand.',
  ])('finds no amount in: %s', (tekst) => {
    expect(geldUit(tekst, [])).toEqual([]);
  });
});

describe('over every afspraak of both corpora', () => {
  const afspraken = [...alleAfspraken(), ...alleAfspraken(leesCorpus(CONTROLE_BESTAND))].map(
    ({ afspraak }) => afspraak,
  );

  it('proposes only norms the afspraak may store, each with its words from the text', () => {
    for (const { tekst } of afspraken) {
      const normen = normenUit(tekst);
      expect(() =>
        normenOpslaan(
          normen.map((n) => ({ ...n, waardeTekst: null, deel: null })),
          'normen',
          { leden: [], activiteiten: 0, locatieIds: [] },
        ),
      ).not.toThrow();
      for (const n of normen) {
        expect(tekst.replace(/\s+/g, ' ')).toContain(n.woorden);
        expect(n.onderwerp.length).toBeGreaterThan(0);
        expect(n.onderwerp.length).toBeLessThanOrEqual(120);
      }
    }
  });

  it('finds the amounts the corpus labels, each with a purpose', () => {
    for (const { tekst, bedragen } of afspraken) {
      const geld = geldUit(tekst, []);
      expect(geld.map((b) => b.euro)).toEqual(bedragen ?? []);
      for (const b of geld) {
        expect(b.doel.length).toBeGreaterThan(0);
        expect(b.doel.length).toBeLessThanOrEqual(500);
      }
    }
  });
});
