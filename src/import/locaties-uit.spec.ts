import { LocatieSoort } from '../overeenkomsten/locatie.entity';
import { locatiesUit } from './gegevens';

/*
 * The texts quoted here are afspraken of the labelled corpus (test/import/corpus), which
 * paraphrase the seed documents; a few made-up sentences cover wordings the corpus lacks.
 */

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
