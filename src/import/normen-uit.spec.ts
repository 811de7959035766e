import { NormEenheid, NormVergelijking } from '../overeenkomsten/afspraak-normen';
import { normenUit } from './gegevens';

/*
 * The texts quoted here are afspraken of the labelled corpus (test/import/corpus), which
 * paraphrase the seed documents; a few made-up sentences cover wordings the corpus lacks.
 */

const { TEN_MINSTE, HOOGSTENS, PRECIES, TUSSEN, MINDER_DAN } = NormVergelijking;

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
